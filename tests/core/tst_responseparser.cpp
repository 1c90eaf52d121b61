#include "ResponseParser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace ResponseParser;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(IELTS_TEST_DATA_DIR "/responses/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}
} // namespace

class TestResponseParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDocumentedSample()
    {
        const auto parsed = parsePage(fixture("notes-sample.json"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        const Page &page = parsed.value();
        QCOMPARE(page.results.size(), 1);
        QCOMPARE(page.recordCount, std::optional<qint64>(1));
        QCOMPARE(page.messageRequestUid, u"uqapiap801-4777-492020-1"_qs);
        QVERIFY(page.nextResultSetUrl.contains(u"page=2"));

        const CandidateResult &r = page.results.first();
        QCOMPARE(r.trfNumber(), u"17UZ010772RAKN025A"_qs);
        QCOMPARE(r.familyName(), u"DOE"_qs);
        QCOMPARE(r.firstName(), u"JANE"_qs);
        QCOMPARE(r.dateOfBirth(), QDate(2003, 4, 14));
        QCOMPARE(r.testDate(), QDate(2019, 7, 2));
        QCOMPARE(r.module(), u"Academic"_qs);
        QCOMPARE(r.listening().toString(), u"9"_qs);
        QCOMPARE(r.reading().value(), 8.5);
        QCOMPARE(r.speaking().toString(), u"6.5"_qs);
        QCOMPARE(r.overall().value(), 8.0);
        QCOMPARE(r.countryCode(), u"MHL"_qs);
        QVERIFY(r.isReleased());
        QCOMPARE(r.lastModified(),
                 QDateTime(QDate(2019, 8, 10), QTime(9, 8, 57), QTimeZone::utc()));
        QCOMPARE(r.photo(), QByteArray::fromBase64("/9j/4AAQSkZJRgABAQ=="));
        QCOMPARE(r.photoMediaType(), u"JPEG"_qs);
        QCOMPARE(r.photoShape(), CandidateResult::PhotoShape::Object);
        QCOMPARE(r.text(u"addressLine1"), u"Flat 2, \"The Old Mill\""_qs);
        QCOMPARE(r.text(u"addressLine2"), u"Line\nBreak"_qs);
        QCOMPARE(r.text(u"addressLine4"), QString());
        QVERIFY(r.has(u"addressLine4"));

        // Every field, known or not, in the order the API sent it.
        QStringList names;
        for (const auto &field : r.fields())
            names.append(field.name);
        QCOMPARE(names.size(), 36);
        QCOMPARE(names.first(), u"roName"_qs);
        QCOMPARE(names.at(names.indexOf(u"photo"_qs) + 1), u"photoMediaType"_qs);
        QCOMPARE(names.last(), u"aFieldNobodyDocumented"_qs);
        QCOMPARE(names.at(names.size() - 2), u"osrSkill"_qs);
    }

    void photoAsPlainString()
    {
        const QByteArray body = R"({"results":[{"trfNumber":"X1","photo":"AAEC"}]})";
        const auto parsed = parsePage(body);
        QVERIFY(parsed.ok());
        const CandidateResult &r = parsed.value().results.first();
        QCOMPARE(r.photo(), QByteArray("\x00\x01\x02", 3));
        QCOMPARE(r.photoShape(), CandidateResult::PhotoShape::String);
        QCOMPARE(r.toJson(), QByteArray(R"({"trfNumber":"X1","photo":"AAEC"})"));
    }

    void photoBytesSurviveEveryLength()
    {
        // Every remainder of base64 (0, 1 or 2 padding characters), every byte value, both shapes.
        for (int length = 0; length < 70; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i)
                bytes[i] = char((i * 37 + length) & 0xff);
            const QByteArray base64 = bytes.toBase64();
            const QByteArray body = "{\"results\":[{\"photo\":\"" + base64 +
                                    "\"},{\"photo\":{\"data\":\"" + base64 + "\"}}]}";
            const auto parsed = parsePage(body);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed.value().results.at(0).photo(), bytes);
            QCOMPARE(parsed.value().results.at(1).photo(), bytes);
        }
    }

    void photosKeptAsTextMatchDecoded_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("string") << QByteArray(R"({"results":[{"trfNumber":"X1","photo":"AAEC"}]})");
        QTest::newRow("object") << QByteArray(
            R"({"results":[{"photo":{"mediaType":"JPEG","data":"AAECAw=="},"trfNumber":"X2"}]})");
        QTest::newRow("escaped slash")
            << QByteArray(R"({"results":[{"trfNumber":"X3","photo":"\/+8A"}]})");
        QTest::newRow("no photo") << QByteArray(R"({"results":[{"trfNumber":"X4","photo":""}]})");
        QTest::newRow("long") << QByteArray("{\"results\":[{\"photo\":\"" +
                                            QByteArray(5000, '\xa5').toBase64() + "\"}]}");
    }

    void photosKeptAsTextMatchDecoded()
    {
        QFETCH(QByteArray, body);
        const auto decoded = parsePage(body, PhotoForm::Decoded);
        QVERIFY(decoded.ok());
        std::optional<CandidateResult> text;
        {
            // The record keeps the text it points into alive after the caller lets go of it.
            QByteArray copy(body.constData(), body.size());
            auto parsed = parsePage(copy, PhotoForm::Base64Text);
            QVERIFY(parsed.ok());
            text = parsed.value().results.first();
            copy.fill('!');
        }
        const CandidateResult &d = decoded.value().results.first();
        QCOMPARE(text->photo(), d.photo());
        QCOMPARE(text->hasPhoto(), d.hasPhoto());
        QCOMPARE(text->photoShape(), d.photoShape());
        QCOMPARE(text->photoBase64(), d.photoBase64());
        QCOMPARE(text->toJson(), d.toJson());
        QCOMPARE(text->toJson(false), d.toJson(false));
    }

    void controlCharacterInPhotoTextIsRefused()
    {
        const QByteArray body = "{\"results\":[{\"photo\":\"" + QByteArray(40, 'A') + '\x01' +
                                QByteArray(7, 'A') + "\"}]}";
        QVERIFY(!parsePage(body, PhotoForm::Base64Text).ok());
        QVERIFY(!parsePage(body, PhotoForm::Decoded).ok());
    }

    void unusualBase64IsStillDecoded()
    {
        // An escaped line break inside the text, and the URL-safe alphabet, go the slow way.
        const auto wrapped = parsePage(R"({"results":[{"photo":"AAEC\nAwQF"}]})");
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped.value().results.first().photo(),
                 QByteArray("\x00\x01\x02\x03\x04\x05", 6));
        const auto urlSafe = parsePage(R"({"results":[{"photo":"-_-_"}]})");
        QVERIFY(urlSafe.ok());
        QCOMPARE(urlSafe.value().results.first().photoShape(), CandidateResult::PhotoShape::String);
        QCOMPARE(urlSafe.value().results.first().photo(),
                 QByteArray::fromBase64("-_-_", QByteArray::Base64UrlEncoding));
    }

    void tolerant_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("records");
        QTest::newRow("no results key") << QByteArray(R"({"messageMetadata":{}})") << 0;
        QTest::newRow("results null") << QByteArray(R"({"results":null})") << 0;
        QTest::newRow("empty results")
            << QByteArray(R"({"results":[],"resultSummary":{"recordCount":"0"}})") << 0;
        QTest::newRow("stray element")
            << QByteArray(R"({"results":[1,{"trfNumber":"A"},null]})") << 1;
        QTest::newRow("nulls everywhere")
            << QByteArray(
                   R"({"results":[{"trfNumber":"A","overallBandScore":null,"photo":null,"testDate":null}]})")
            << 1;
        QTest::newRow("numbers not strings")
            << QByteArray(
                   R"({"results":[{"trfNumber":"A","overallBandScore":7.5,"testDate":20190702}]})")
            << 1;
        QTest::newRow("photo without data") << QByteArray(R"({"results":[{"photo":{}}]})") << 1;
        QTest::newRow("photo not base64") << QByteArray(R"({"results":[{"photo":"%%%"}]})") << 1;
        QTest::newRow("unicode escapes")
            << QByteArray(R"({"results":[{"familyName":"\u00d1\u00fa\u00f1ez \ud83d\ude00"}]})")
            << 1;
    }
    void tolerant()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, records);
        const auto parsed = parsePage(body);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().results.size(), records);
    }

    void typedValuesFromOddInput()
    {
        const auto parsed = parsePage(QByteArray(
            R"({"results":[{"trfNumber":" 17uz010772rakn025a","overallBandScore":7.5,"listeningScore":"","testDate":20190702,"familyName":"\u00d1\u00fa\u00f1ez \ud83d\ude00","status":"withheld"}]})"));
        QVERIFY(parsed.ok());
        const CandidateResult &r = parsed.value().results.first();
        QCOMPARE(r.trfNumber(), u"17UZ010772RAKN025A"_qs);
        QCOMPARE(r.overall().toString(), u"7.5"_qs);
        QVERIFY(!r.listening().isValid());
        QCOMPARE(r.testDate(), QDate(2019, 7, 2));
        QCOMPARE(r.familyName(), QString::fromUtf8("Ñúñez \xF0\x9F\x98\x80"));
        QVERIFY(!r.isReleased());
        QVERIFY(r.photo().isEmpty());
        QCOMPARE(r.photoShape(), CandidateResult::PhotoShape::None);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("cut off") << QByteArray(
            "{\"results\":[{\"trfNumber\":\"A\",\"photo\":{\"data\":\"AAE");
        QTest::newRow("trailing garbage") << QByteArray(R"({"results":[]} xyz)");
        QTest::newRow("bad escape") << QByteArray(R"({"results":[{"a":"\q"}]})");
        QTest::newRow("control char") << QByteArray("{\"results\":[{\"a\":\"x\x01y\"}]}");
        QTest::newRow("deep nesting")
            << QByteArray(1000, '[').prepend("{\"results\":[{\"a\":").append(QByteArray(1000, ']'));
        QTest::newRow("bad number") << QByteArray(R"({"results":[{"a":-}]})");
        QTest::newRow("bad literal") << QByteArray(R"({"results":[{"a":nul}]})");
        QTest::newRow("missing colon") << QByteArray(R"({"results" []})");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        const auto parsed = parsePage(body);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void errorBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageStart");
        QTest::addColumn<QString>("transactionId");
        QTest::newRow("flat")
            << QByteArray(
                   R"({"errorCode":"70401","errorMessage":"Message Not Processed: Invalid Access token.","transactionId":"abc-123"})")
            << u"70401"_qs << u"Message Not Processed: Invalid"_qs << u"abc-123"_qs;
        QTest::newRow("code as number")
            << QByteArray(R"({"code":70404,"message":"Requested resource is not found."})")
            << u"70404"_qs << u"Requested"_qs << QString();
        QTest::newRow("snake case")
            << QByteArray(R"({"error_code":"60001","error_message":"Missing"})") << u"60001"_qs
            << QString() << QString();
        QTest::newRow("nested error")
            << QByteArray(R"({"error":{"code":"70503","message":"One or more back-end is down."}})")
            << u"70503"_qs << u"One or more"_qs << QString();
        QTest::newRow("errors array")
            << QByteArray(R"({"errors":[{"errorCode":"70403","description":"Not allowed"}]})")
            << u"70403"_qs << u"Not allowed"_qs << QString();
        QTest::newRow("gateway fault")
            << QByteArray(
                   R"({"fault":{"faultstring":"Access token expired","detail":{"errorcode":"70405"}}})")
            << u"70405"_qs << u"Access token expired"_qs << QString();
        QTest::newRow("oauth")
            << QByteArray(
                   R"({"error":"invalid_client","error_description":"Client authentication failed"})")
            << u"invalid_client"_qs << u"Client authentication"_qs << QString();
        QTest::newRow("plain text with code")
            << QByteArray("70504 Message Not Processed: Back-end timed out.") << u"70504"_qs
            << u"70504 Message"_qs << QString();
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway 70503</body></html>")
                              << QString() << QString() << QString();
        QTest::newRow("empty") << QByteArray() << QString() << QString() << QString();
        QTest::newRow("json without names")
            << QByteArray(R"({"foo":"bar"})") << QString() << QString() << QString();
    }
    void errorBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, messageStart);
        QFETCH(QString, transactionId);
        const ErrorBody parsed = parseErrorBody(body);
        QCOMPARE(parsed.code, code);
        if (messageStart.isEmpty())
            QVERIFY(parsed.message.isEmpty() || !code.isEmpty() || parsed.isJson);
        else
            QVERIFY2(parsed.message.startsWith(messageStart), qPrintable(parsed.message));
        QCOMPARE(parsed.transactionId, transactionId);
    }

    void token_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expires");
        QTest::newRow("documented sample, numbers as strings")
            << QByteArray(
                   R"({"refresh_token_expires_in":"0","token_type":"Bearer","issued_at":"1675861928817","access_token":"ODc0MTlm==","expires_in":"3600","status":"approved"})")
            << true << qint64(3600);
        QTest::newRow("numbers as numbers")
            << QByteArray(R"({"access_token":"t","token_type":"Bearer","expires_in":1799})") << true
            << qint64(1799);
        QTest::newRow("no expiry") << QByteArray(R"({"access_token":"t"})") << true << qint64(0);
        QTest::newRow("no token") << QByteArray(R"({"token_type":"Bearer"})") << false << qint64(0);
        QTest::newRow("not json") << QByteArray("nope") << false << qint64(0);
    }
    void token()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(qint64, expires);
        const auto parsed = parseToken(body);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value().expiresInSeconds, expires);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
