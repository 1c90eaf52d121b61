#include "LanguageMenu.h"

#include "Settings.h"
#include "UiLanguage.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

LanguageMenu::LanguageMenu(Settings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = m_settings->language();

    auto add = [this, group, &current](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System language"), QString());
    addSeparator();
    for (const QString &language : UiLanguage::shipped()) {
        // Each language is named in itself, so that it can be found whatever is shown now.
        const QLocale locale(language);
        QString name = locale.nativeLanguageName();
        if (language.contains(u'_'))
            name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
        add(name, language);
    }
}

void LanguageMenu::choose(const QString &language)
{
    if (language == m_settings->language())
        return;
    m_settings->setLanguage(language);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies the next time IELTS Result Verifier "
                                   "starts."),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
