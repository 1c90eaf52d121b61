#include "ApiError.h"
#include "ResponseParser.h"

#include <QTest>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("60001") << 400 << "60001" << Kind::BadRequest;
        QTest::newRow("70401") << 401 << "70401" << Kind::Authentication;
        QTest::newRow("70402") << 401 << "70402" << Kind::Authentication;
        QTest::newRow("70405") << 401 << "70405" << Kind::Authentication;
        QTest::newRow("70403") << 403 << "70403" << Kind::Authorization;
        QTest::newRow("70404") << 404 << "70404" << Kind::NotFound;
        QTest::newRow("60006") << 500 << "60006" << Kind::Server;
        QTest::newRow("70503") << 503 << "70503" << Kind::Server;
        QTest::newRow("70504") << 504 << "70504" << Kind::Server;
        // No code: by HTTP status.
        QTest::newRow("401 bare") << 401 << "" << Kind::Authentication;
        QTest::newRow("403 bare") << 403 << "" << Kind::Authorization;
        QTest::newRow("429 bare") << 429 << "" << Kind::Quota;
        QTest::newRow("502 bare") << 502 << "" << Kind::Server;
        QTest::newRow("418 bare") << 418 << "" << Kind::BadRequest;
        QTest::newRow("302 bare") << 302 << "" << Kind::Protocol;
        QTest::newRow("unknown code") << 400 << "99999" << Kind::BadRequest;
    }
    void everyDocumentedCode()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(Kind, kind);
        ResponseParser::ErrorBody body;
        body.code = code;
        body.message = QStringLiteral("server words");
        const ApiError e = ApiError::fromResponse(status, body, QStringLiteral("tx-1"));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.transactionId, QStringLiteral("tx-1"));
        QCOMPARE(e.serverMessage, QStringLiteral("server words"));
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.advice.isEmpty());
        QVERIFY(e.summary().contains(QStringLiteral("tx-1")));
    }

    void quotaRefusals()
    {
        ResponseParser::ErrorBody body;
        body.code = QStringLiteral("70403");
        body.message = QStringLiteral("Message Not Processed: Daily request quota exceeded.");
        QCOMPARE(ApiError::fromResponse(403, body, {}).kind, Kind::Quota);
        body.message = QStringLiteral("Not allowed to access requested resource.");
        QCOMPARE(ApiError::fromResponse(403, body, {}).kind, Kind::Authorization);
        body.code = QStringLiteral("70429");
        QCOMPARE(ApiError::fromResponse(429, body, {}).kind, Kind::Quota);
    }

    void errorBodiesOfEveryShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("flat") << QByteArray(R"({"errorCode":"70401","errorMessage":"Invalid"})")
                              << "70401";
        QTest::newRow("gateway")
            << QByteArray(R"({"fault":{"faultstring":"Invalid","detail":{"errorcode":"70401"}}})")
            << "70401";
        QTest::newRow("plain text") << QByteArray("Invalid Access token") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void errorBodiesOfEveryShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const ApiError e =
            ApiError::fromResponse(401, ResponseParser::parseErrorBody(body), QStringLiteral("t"));
        QCOMPARE(e.kind, Kind::Authentication);
        QCOMPARE(e.code, code);
    }

    void networkErrors()
    {
        const ApiError e =
            ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError,
                                       QStringLiteral("bad cert"), QStringLiteral("t"));
        QCOMPARE(e.kind, Kind::Network);
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(ApiError::cancelled().kind, Kind::Cancelled);
        QVERIFY(!ApiError().isError());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
