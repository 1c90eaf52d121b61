#include "UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const QString resourceDir = QStringLiteral(":/i18n");
const QString filePrefix = QStringLiteral("ielts-verifier_");

// Qt lays the whole application out right-to-left when this translates to "RTL"; marked here so
// that every .ts file carries it, whether or not Qt's own translations are installed.
//: "RTL" for languages written right to left, "LTR" for all others.
[[maybe_unused]] const char *const layoutDirectionKey =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

bool installTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

QStringList UiLanguage::shipped()
{
    QStringList languages;
    const QStringList files = QDir(resourceDir).entryList({filePrefix + u"*.qm"}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(filePrefix.size()).chopped(3));
    if (!languages.contains(u"en"))
        languages.prepend(QStringLiteral("en"));
    return languages;
}

QLocale UiLanguage::install(const QString &language)
{
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        // Dates and numbers follow a language chosen on purpose, too.
        QLocale::setDefault(locale);
    }
    // Without a translation for this locale the window stays in English, which still needs its
    // own file for plural forms ("1 result", "2 results").
    if (!installTranslator(locale, filePrefix.chopped(1), resourceDir))
        installTranslator(QLocale(QLocale::English), filePrefix.chopped(1), resourceDir);
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}
