#include "CredentialsText.h"

#include <QTest>

// The words the credentials dialog uses: test data marked in words, and failures with the API's
// code, status and transaction ID.
class TestCredentialsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listLabel_data();
    void listLabel();
    void testOutcome_data();
    void testOutcome();
    void testCostNote();
};

void TestCredentialsText::listLabel_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("marked");

    QTest::newRow("production") << Environment::Production << false << false;
    QTest::newRow("production in use") << Environment::Production << true << false;
    QTest::newRow("sandbox") << Environment::Sandbox << false << true;
    QTest::newRow("demo in use") << Environment::Demo << true << true;
    QTest::newRow("custom") << Environment::Custom << false << false;
}

void TestCredentialsText::listLabel()
{
    QFETCH(Environment, environment);
    QFETCH(bool, active);
    QFETCH(bool, marked);

    Profile profile = Profile::create(QStringLiteral("Campus North"));
    profile.environment = environment;
    const QString label = CredentialsText::listLabel(profile, active);
    QVERIFY(label.startsWith(profile.name));
    QCOMPARE(label.contains(CredentialsText::tr("TEST DATA")), marked);
    QCOMPARE(label.contains(CredentialsText::tr("in use")), active);

    const QString description = CredentialsText::listDescription(profile, active);
    QVERIFY(description.contains(environmentDisplayName(environment)));
    QCOMPARE(description.contains(CredentialsText::tr("not real")), marked);
}

void TestCredentialsText::testOutcome_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("usedQuota");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    QTest::newRow("works, bearer")
        << true << QString() << 0 << false << QStringList{QStringLiteral("The credentials work.")}
        << QStringList{QStringLiteral("quota"), QStringLiteral("failed")};
    QTest::newRow("works, basic") << true << QString() << 0 << true
                                  << QStringList{QStringLiteral("The credentials work."),
                                                 QStringLiteral("quota")}
                                  << QStringList{QStringLiteral("failed")};
    QTest::newRow("refused with code")
        << false << QStringLiteral("70401") << 401 << true
        << QStringList{QStringLiteral("The test failed"), QStringLiteral("code 70401"),
                       QStringLiteral("HTTP status 401"), QStringLiteral("transaction ID t-1"),
                       QStringLiteral("Check the client ID")}
        << QStringList{QStringLiteral("work.")};
    QTest::newRow("no answer at all")
        << false << QString() << 0 << false
        << QStringList{QStringLiteral("The test failed"), QStringLiteral("transaction ID t-1")}
        << QStringList{QStringLiteral("code"), QStringLiteral("HTTP status")};
}

void TestCredentialsText::testOutcome()
{
    QFETCH(bool, ok);
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(bool, usedQuota);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);

    ApiError error;
    QString message = QStringLiteral("The credentials work.");
    if (!ok) {
        error.kind = ApiError::Kind::Authentication;
        error.code = code;
        error.httpStatus = status;
        error.transactionId = QStringLiteral("t-1");
        error.message = QStringLiteral("Refused.");
        error.advice = QStringLiteral("Check the client ID and secret.");
        message = error.message;
    }
    const QString text = CredentialsText::testOutcome(ok, message, error, usedQuota);
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : unexpected)
        QVERIFY2(!text.contains(part), qPrintable(text));
}

void TestCredentialsText::testCostNote()
{
    QVERIFY(CredentialsText::testCostNote(AuthMethod::Bearer, 5, 10).contains(u"does not count"));
    const QString basic = CredentialsText::testCostNote(AuthMethod::Basic, 9998, 10000);
    QVERIFY(basic.contains(u"counts against"));
    QVERIFY(basic.contains(u"9998 of 10000"));
    QVERIFY(!CredentialsText::testCostNote(AuthMethod::Basic, -1, -1).contains(u"left today"));
}

QTEST_GUILESS_MAIN(TestCredentialsText)
#include "tst_credentialstext.moc"
