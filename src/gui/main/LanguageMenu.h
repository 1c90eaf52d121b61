#pragma once

#include <QMenu>

class Settings;

// The View ▸ Language menu: stores the chosen language, which applies at the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    LanguageMenu(Settings *settings, QWidget *parent = nullptr);

private:
    void choose(const QString &language);

    Settings *m_settings;
};
