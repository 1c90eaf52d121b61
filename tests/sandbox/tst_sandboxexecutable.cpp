#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesPagesWithBasicAuth();
    void refusesBadOptions_data();
    void refusesBadOptions();
};

void TestSandboxExecutable::servesPagesWithBasicAuth()
{
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(IELTS_SANDBOX_EXECUTABLE));
    sandbox.setArguments({u"--records"_s, u"50"_s, u"--anchor"_s, u"2024-03-15T12:00:00"_s});
    sandbox.start();
    QVERIFY2(sandbox.waitForStarted(10000), qPrintable(sandbox.errorString()));

    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
    const QByteArray firstLine = sandbox.readLine().trimmed();
    bool ok = false;
    const int port = firstLine.toInt(&ok);
    QVERIFY2(ok && port > 0 && port < 65536, firstLine.constData());

    QUrl url(u"http://127.0.0.1/v1/ielts/result-verification"_s);
    url.setPort(port);
    url = withQuery(url, {{u"startDateTime"_s, u"2023-12-15T12:00:00"_s},
                          {u"endDateTime"_s, u"2024-03-15T12:00:00"_s},
                          {u"photoFlag"_s, u"N"_s},
                          {u"page"_s, u"1"_s},
                          {u"limit"_s, u"100"_s}});
    TestHttp http;
    const HttpResult result = http.get(url, standardHeaders());
    QCOMPARE(result.status, 200);
    const QJsonArray results = result.json().value(u"results").toArray();
    QCOMPARE(results.size(), 50);
    QCOMPARE(results.last().toObject().value(u"lastModifiedDate").toString(),
             u"2024-03-15T12:00:00"_s);

    // The rest of the output names the endpoints.
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.bytesAvailable() > 0 || sandbox.canReadLine(), 5000);
    const QByteArray rest = sandbox.readAll();
    QVERIFY(rest.contains("/v1/ielts/result-verification"));
    QVERIFY(rest.contains("demo-client"));

    sandbox.terminate(); // SIGTERM: a clean exit
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
}

void TestSandboxExecutable::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("fail status") << QStringList{u"--fail-status"_s, u"418"_s};
    QTest::newRow("records") << QStringList{u"--records"_s, u"many"_s};
    QTest::newRow("end of data") << QStringList{u"--end-of-data"_s, u"maybe"_s};
    QTest::newRow("quota status") << QStringList{u"--quota-status"_s, u"500"_s};
    QTest::newRow("anchor") << QStringList{u"--anchor"_s, u"2024-03-15 12:00:00"_s};
    QTest::newRow("unknown option") << QStringList{u"--no-such-option"_s};
}

void TestSandboxExecutable::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess sandbox;
    sandbox.start(QStringLiteral(IELTS_SANDBOX_EXECUTABLE), arguments);
    QVERIFY(sandbox.waitForFinished(10000));
    QVERIFY(sandbox.exitCode() != 0);
    QVERIFY(sandbox.readAllStandardOutput().isEmpty());
    QVERIFY(!sandbox.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
