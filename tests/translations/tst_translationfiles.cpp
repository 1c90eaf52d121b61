#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // of the <translation> element
    QStringList translations;
    qint64 line = 0;
};

QList<Message> readMessages(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus translation is complete once its end tag is read.
        if (xml.isEndElement() && xml.name() == u"translation" && current.numerus)
            messages.append(current);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            current.line = xml.lineNumber();
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
                messages.append(current);
            }
        } else if (name == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured().remove(u'L'));
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

// How many plural forms Qt expects for the languages shipped.
int pluralForms(const QString &language)
{
    const QString base = language.section(u'_', 0, 0);
    if (base == u"ar")
        return 6;
    if (base == u"zh" || base == u"ja" || base == u"ko")
        return 1;
    return 2;
}
} // namespace

class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(IELTS_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, path);
        QString language;
        QString error;
        const QList<Message> messages = readMessages(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!language.isEmpty());
        QVERIFY(!messages.isEmpty());
        const bool pluralOnly = language == u"en";

        QStringList problems;
        for (const Message &m : messages) {
            const QString where =
                QStringLiteral("line %1 (%2 “%3”)").arg(m.line).arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems.append(QStringLiteral("%1: %2").arg(where, m.type));
                continue;
            }
            if (pluralOnly && !m.numerus)
                continue;
            if (m.numerus && m.translations.size() != pluralForms(language)) {
                problems.append(QStringLiteral("%1: %2 plural forms, expected %3")
                                    .arg(where)
                                    .arg(m.translations.size())
                                    .arg(pluralForms(language)));
                continue;
            }
            const QStringList expected = placeholders(m.source);
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("%1: empty translation").arg(where));
                    continue;
                }
                QStringList got = placeholders(translation);
                // One plural form may leave out %n ("un resultado"), but never add a marker.
                if (m.numerus && !got.contains(u"%n") && expected.contains(u"%n")) {
                    got.append(QStringLiteral("%n"));
                    got.sort();
                }
                if (got != expected)
                    problems.append(
                        QStringLiteral("%1: placeholders %2 in “%3”, expected %4")
                            .arg(where, got.join(u' '), translation, expected.join(u' ')));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
