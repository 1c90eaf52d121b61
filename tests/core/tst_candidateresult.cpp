#include "CandidateResult.h"
#include "ResponseParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCandidateResult final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyRecord()
    {
        const CandidateResult r;
        QVERIFY(r.fields().isEmpty());
        QVERIFY(r.trfNumber().isEmpty());
        QVERIFY(!r.overall().isValid());
        QVERIFY(!r.lastModified().isValid());
        QCOMPARE(r.toJson(), QByteArray("{}"));
    }

    void fromFieldsDecodesBothPhotoShapes()
    {
        const CandidateResult object = CandidateResult::fromFields(
            {{u"trfNumber"_qs, u"A1"_qs},
             {u"photo"_qs, QJsonObject{{u"data"_qs, u"AAEC"_qs}, {u"kind"_qs, u"x"_qs}}}});
        QCOMPARE(object.photo(), QByteArray("\x00\x01\x02", 3));
        QCOMPARE(object.photoShape(), CandidateResult::PhotoShape::Object);
        QCOMPARE(object.toJson(),
                 QByteArray(R"({"trfNumber":"A1","photo":{"kind":"x","data":"AAEC"}})"));
        QCOMPARE(object.toJson(false), QByteArray(R"({"trfNumber":"A1"})"));

        const CandidateResult plain = CandidateResult::fromFields(
            {{u"photo"_qs, u"AAEC"_qs}, {u"photoMediaType"_qs, u"JPEG"_qs}});
        QCOMPARE(plain.photoShape(), CandidateResult::PhotoShape::String);
        QCOMPARE(plain.photoMediaType(), u"JPEG"_qs);
        QCOMPARE(plain.toJson(), QByteArray(R"({"photo":"AAEC","photoMediaType":"JPEG"})"));
    }

    // What the API sent comes out again: same members, same order, same values.
    void jsonRoundTripKeepsEveryField()
    {
        QFile file(QStringLiteral(IELTS_TEST_DATA_DIR "/responses/notes-sample.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        const auto page = ResponseParser::parsePage(body);
        QVERIFY(page.ok());
        const CandidateResult &r = page.value().results.first();

        const QByteArray json = r.toJson();
        QJsonParseError error;
        const QJsonDocument again = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject original =
            QJsonDocument::fromJson(body).object().value(u"results").toArray().first().toObject();
        QCOMPARE(again.object(), original);

        // And the order of the members is the API's, not alphabetical.
        QVERIFY(json.startsWith(R"({"roName":"PT517","roId":"103428","candidateId")"));
        QVERIFY(json.indexOf("\"photo\"") < json.indexOf("\"photoMediaType\""));
        QVERIFY(json.indexOf("\"lastModifiedDate\"") < json.indexOf("\"osrSkill\""));

        // Through the parser once more: identical text.
        const auto reparsed = ResponseParser::parsePage("{\"results\":[" + json + "]}");
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed.value().results.first().toJson(), json);
    }

    void escapesControlCharacters()
    {
        const CandidateResult r = CandidateResult::fromFields(
            {{u"a"_qs, QString::fromUtf8("tab\there \"q\" \\ \x01 é")}});
        const QByteArray json = r.toJson();
        QCOMPARE(json, QByteArray("{\"a\":\"tab\\there \\\"q\\\" \\\\ \\u0001 \xC3\xA9\"}"));
        QCOMPARE(QJsonDocument::fromJson(json).object().value(u"a").toString(),
                 QString::fromUtf8("tab\there \"q\" \\ \x01 é"));
    }

    void copiesShareData()
    {
        const CandidateResult a =
            CandidateResult::fromFields({{u"trfNumber"_qs, u"A1"_qs}, {u"photo"_qs, u"AAEC"_qs}});
        const CandidateResult b = a;
        QCOMPARE(b.photo().constData(), a.photo().constData());
        QCOMPARE(b.trfNumber(), u"A1"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCandidateResult)
#include "tst_candidateresult.moc"
