#include "NameMatch.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNameMatch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void key_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");

        QTest::newRow("plain") << u"Smith"_s << u"smith"_s;
        QTest::newRow("header example") << u"O’Brien-Núñez "_s << u"obriennunez"_s;
        QTest::newRow("decomposed accents") << u"Nu\u0301n\u0303ez"_s << u"nunez"_s;
        QTest::newRow("spaces and dots") << u" St. John  Smith"_s << u"stjohnsmith"_s;
        QTest::newRow("every apostrophe") << u"d'a’b‘c`d´e\u02BCf"_s << u"dabcdef"_s;
        QTest::newRow("every hyphen") << u"a-b‐c–d"_s << u"abcd"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("ae ligature") << u"Æsa"_s << u"aesa"_s;
        QTest::newRow("o slash") << u"Søren Ørsted"_s << u"sorenorsted"_s;
        QTest::newRow("d stroke and eth") << u"Đorđe Ðór"_s << u"dordedor"_s;
        QTest::newRow("l stroke") << u"Łukasz Wałęsa"_s << u"lukaszwalesa"_s;
        QTest::newRow("thorn") << u"Þór"_s << u"thor"_s;
        QTest::newRow("oe ligature") << u"Œuvre"_s << u"oeuvre"_s;
        QTest::newRow("dotless i") << u"Işık"_s << u"isik"_s;
        QTest::newRow("dotted capital I") << u"İlker"_s << u"ilker"_s;
        QTest::newRow("chinese") << u"王 小明"_s << u"王小明"_s;
        QTest::newRow("arabic vowel marks") << u"مُحَمَّد"_s << u"محمد"_s;
        QTest::newRow("empty") << u"  "_s << QString();
    }

    void key()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(NameMatch::key(name), key);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("claimedFamily");
        QTest::addColumn<QString>("claimedFirst");
        QTest::addColumn<QString>("actualFamily");
        QTest::addColumn<QString>("actualFirst");
        QTest::addColumn<bool>("familyMatches");
        QTest::addColumn<bool>("firstMatches");
        QTest::addColumn<unsigned>("forgiven");

        using namespace NameMatch;
        QTest::newRow("same") << u"Smith"_s << u"Anna"_s << u"Smith"_s << u"Anna"_s << true << true
                              << unsigned(None);
        QTest::newRow("trailing space is nothing") << u"Smith "_s << u" Anna"_s << u"Smith"_s
                                                   << u"Anna"_s << true << true << unsigned(None);
        QTest::newRow("doubled space is nothing") << u"Van  Dyk"_s << QString() << u"Van Dyk"_s
                                                  << u"Anna"_s << true << true << unsigned(None);
        QTest::newRow("case") << u"SMITH"_s << QString() << u"Smith"_s << u"Anna"_s << true << true
                              << unsigned(Case);
        QTest::newRow("accents") << u"Muller"_s << QString() << u"Müller"_s << u"Anna"_s << true
                                 << true << unsigned(Diacritics);
        QTest::newRow("composed and decomposed are the same")
            << u"Mu\u0308ller"_s << QString() << u"Müller"_s << u"Anna"_s << true << true
            << unsigned(None);
        QTest::newRow("sharp s in capitals")
            << u"STRASSE"_s << QString() << u"Straße"_s << u"Anna"_s << true << true
            << unsigned(Case | Diacritics);
        QTest::newRow("spacing") << u"VanDyk"_s << QString() << u"Van Dyk"_s << u"Anna"_s << true
                                 << true << unsigned(Spacing);
        QTest::newRow("apostrophe") << u"OBrien"_s << QString() << u"O'Brien"_s << u"Anna"_s << true
                                    << true << unsigned(Punctuation);
        QTest::newRow("typographic apostrophe")
            << u"O’Brien"_s << QString() << u"O'Brien"_s << u"Anna"_s << true << true
            << unsigned(Punctuation);
        QTest::newRow("hyphen for space")
            << QString() << u"Anna-Maria"_s << u"Smith"_s << u"Anna Maria"_s << true << true
            << unsigned(Spacing | Punctuation);
        QTest::newRow("everything at once")
            << u"o brien-nunez"_s << QString() << u"O’Brien Núñez"_s << u"Anna"_s << true << true
            << unsigned(Case | Diacritics | Spacing | Punctuation);
        QTest::newRow("not forgiven") << u"Smith"_s << u"Anna"_s << u"Smyth"_s << u"Anna"_s << false
                                      << true << unsigned(None);
        QTest::newRow("first differs")
            << u"Smith"_s << u"Ana"_s << u"Smith"_s << u"Anna"_s << true << false << unsigned(None);
        QTest::newRow("swapped") << u"Anna"_s << u"Smith"_s << u"Smith"_s << u"Anna"_s << true
                                 << true << unsigned(Swapped);
        QTest::newRow("swapped with case") << u"WANG"_s << u"Xiaoming"_s << u"Xiaoming"_s
                                           << u"Wang"_s << true << true << unsigned(Swapped | Case);
        QTest::newRow("swap needs both names")
            << u"Anna"_s << QString() << u"Smith"_s << u"Anna"_s << false << true << unsigned(None);
        QTest::newRow("half swapped is no swap") << u"Anna"_s << u"Smith"_s << u"Smith"_s
                                                 << u"Eva"_s << false << false << unsigned(None);
        QTest::newRow("nothing claimed")
            << QString() << QString() << u"Smith"_s << u"Anna"_s << true << true << unsigned(None);
        QTest::newRow("claimed but none on the result")
            << u"Smith"_s << QString() << QString() << u"Anna"_s << false << true << unsigned(None);
        QTest::newRow("chinese") << u"王"_s << u"小明"_s << u"王"_s << u"小明"_s << true << true
                                 << unsigned(None);
        QTest::newRow("chinese different character")
            << u"王"_s << u"小明"_s << u"汪"_s << u"小明"_s << false << true << unsigned(None);
        QTest::newRow("chinese swapped")
            << u"小明"_s << u"王"_s << u"王"_s << u"小明"_s << true << true << unsigned(Swapped);
        QTest::newRow("arabic harakat") << u"مُحَمَّد"_s << QString() << u"محمد"_s << u"Ali"_s << true
                                        << true << unsigned(Diacritics);
        QTest::newRow("arabic different")
            << u"محمد"_s << QString() << u"أحمد"_s << u"Ali"_s << false << true << unsigned(None);
    }

    void compare()
    {
        QFETCH(QString, claimedFamily);
        QFETCH(QString, claimedFirst);
        QFETCH(QString, actualFamily);
        QFETCH(QString, actualFirst);
        QFETCH(bool, familyMatches);
        QFETCH(bool, firstMatches);
        QFETCH(unsigned, forgiven);

        const NameMatch::Comparison c =
            NameMatch::compare(claimedFamily, claimedFirst, actualFamily, actualFirst);
        QCOMPARE(c.familyMatches, familyMatches);
        QCOMPARE(c.firstMatches, firstMatches);
        QCOMPARE(c.forgiven, forgiven);
        QCOMPARE(c.matches(), familyMatches && firstMatches);
    }

    void describe()
    {
        QCOMPARE(NameMatch::describe(NameMatch::None), QStringList());
        QCOMPARE(NameMatch::describe(NameMatch::Case | NameMatch::Diacritics | NameMatch::Spacing |
                                     NameMatch::Punctuation | NameMatch::Swapped),
                 (QStringList{u"letter case"_s, u"accents"_s, u"spacing"_s,
                              u"hyphens or apostrophes"_s, u"given and family names swapped"_s}));
    }
};

QTEST_GUILESS_MAIN(TestNameMatch)
#include "tst_namematch.moc"
