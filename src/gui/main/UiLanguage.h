#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Chooses the language of the user interface at start-up and loads the application's and Qt's
// own translations for it, so that standard dialogs match the rest of the window.
class UiLanguage final
{
public:
    // The languages shipped with the application, as locale names ("en", "es", …).
    static QStringList shipped();
    // Installs the translators for language (a locale name; empty: the system's) on the running
    // application, which takes ownership of them. Returns the locale the interface now uses.
    static QLocale install(const QString &language);
};
