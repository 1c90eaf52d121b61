#include "Countries.h"

#include <QFile>
#include <QTest>

class TestCountries final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every row of the document's table, read independently from the document itself.
    void wholeTableMatchesTheDocument()
    {
        QFile document(QStringLiteral(IELTS_API_DOCUMENT));
        if (!document.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("The API document is not beside the repository.");
        const QString text = QString::fromUtf8(document.readAll());
        const qsizetype begin = text.indexOf(u"Country Codes");
        const qsizetype end = text.indexOf(u"Error Codes");
        QVERIFY(begin > 0 && end > begin);
        QHash<QString, QString> expected;
        const QStringList lines = text.mid(begin, end - begin).split(u'\n');
        for (const QString &line : lines.mid(2)) {
            QStringList cells;
            for (const QString &cell : line.split(u'|')) {
                if (!cell.trimmed().isEmpty())
                    cells.append(cell.trimmed());
            }
            if (cells.size() != 6)
                continue;
            for (int i = 0; i < 6; i += 2)
                expected.insert(cells.at(i + 1), cells.at(i));
        }
        QCOMPARE(expected.size(), 207);
        QCOMPARE(Countries::all().size(), expected.size());
        for (const Countries::Entry &entry : Countries::all()) {
            QVERIFY2(expected.contains(entry.code), qPrintable(entry.code));
            QCOMPARE(entry.name, expected.value(entry.code));
            QCOMPARE(Countries::nameFor(entry.code), entry.name);
        }
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::newRow("other") << u"0"_qs << u"Other"_qs << true;
        QTest::newRow("UNK") << u"UNK"_qs << u"UNKNOWN"_qs << true;
        QTest::newRow("XXX") << u"XXX"_qs << u"Unknown"_qs << true;
        QTest::newRow("Kosovo") << u"XKX"_qs << u"Kosovo"_qs << true;
        QTest::newRow("accent") << u"REU"_qs << u"Réunion"_qs << true;
        QTest::newRow("apostrophe") << u"CIV"_qs << u"Côte d'Ivoire"_qs << true;
        QTest::newRow("comma") << u"IRN"_qs << u"Iran, Islamic Republic of"_qs << true;
        QTest::newRow("not in the table") << u"MHL"_qs << u"MHL"_qs << false;
        QTest::newRow("made up") << u"ZZZ"_qs << u"ZZZ"_qs << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void lookup()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(bool, known);
        QCOMPARE(Countries::nameFor(code), name);
        QCOMPARE(Countries::contains(code), known);
    }
};

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_countries.moc"
