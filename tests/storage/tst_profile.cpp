#include "Profile.h"

#include <QTest>

Q_DECLARE_METATYPE(ProfileField)

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProfiles_data();
    void validProfiles();
    void issues_data();
    void issues();
    void secretIssues_data();
    void secretIssues();
    void urlsPerEnvironment();
    void toConnection();
    void secretKeyIsStableAcrossRenames();
    void offlineDemo();

private:
    static Profile base();
};

Profile TestProfile::base()
{
    Profile p = Profile::create(QStringLiteral("Main campus"));
    p.clientId = QStringLiteral("0oa1b2c3d4");
    return p;
}

void TestProfile::validProfiles_data()
{
    QTest::addColumn<Profile>("profile");

    QTest::newRow("production bearer") << base();
    Profile basic = base();
    basic.auth = AuthMethod::Basic;
    QTest::newRow("production basic") << basic;
    Profile sandbox = base();
    sandbox.environment = Environment::Sandbox;
    QTest::newRow("sandbox") << sandbox;
    QTest::newRow("demo") << Profile::offlineDemo();

    Profile custom = base();
    custom.environment = Environment::Custom;
    custom.customResultUrl = QUrl(QStringLiteral("https://api.example.org/v1/verify"));
    custom.customTokenUrl = QUrl(QStringLiteral("https://api.example.org/token"));
    QTest::newRow("custom https") << custom;
    Profile local = custom;
    local.customResultUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/verify"));
    local.customTokenUrl = QUrl(QStringLiteral("http://localhost:8080/token"));
    QTest::newRow("custom http loopback") << local;
    Profile ipv6 = custom;
    ipv6.customResultUrl = QUrl(QStringLiteral("http://[::1]:8080/v1/verify"));
    QTest::newRow("custom http ipv6 loopback") << ipv6;
    Profile basicNoToken = custom;
    basicNoToken.auth = AuthMethod::Basic;
    basicNoToken.customTokenUrl = QUrl();
    QTest::newRow("custom basic needs no token url") << basicNoToken;
}

void TestProfile::validProfiles()
{
    QFETCH(Profile, profile);
    const QList<ProfileIssue> issues = profile.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
}

void TestProfile::issues_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<ProfileField>("field");
    QTest::addColumn<QString>("message");

    Profile p = base();
    p.name = QStringLiteral("   ");
    QTest::newRow("blank name") << p << ProfileField::Name
                                << QStringLiteral("Enter a name for the profile.");
    p = base();
    p.name = QString(Profile::maxNameLength + 1, u'x');
    QTest::newRow("long name") << p << ProfileField::Name
                               << QStringLiteral(
                                      "The profile name is too long: at most 100 characters.");
    p = base();
    p.clientId.clear();
    QTest::newRow("empty client id")
        << p << ProfileField::ClientId
        << QStringLiteral("Enter the client ID you received from the API portal.");
    p = base();
    p.clientId = QStringLiteral("abc:def");
    QTest::newRow("colon in client id")
        << p << ProfileField::ClientId
        << QStringLiteral("The client ID cannot contain spaces, colons or control characters.");
    p = base();
    p.clientId = QStringLiteral(" abc");
    QTest::newRow("space in client id")
        << p << ProfileField::ClientId
        << QStringLiteral("The client ID cannot contain spaces, colons or control characters.");

    Profile custom = base();
    custom.environment = Environment::Custom;
    custom.customTokenUrl = QUrl(QStringLiteral("https://api.example.org/token"));
    p = custom;
    QTest::newRow("custom without result url")
        << p << ProfileField::ResultUrl
        << QStringLiteral("Enter the address of the result service.");

    custom.customResultUrl = QUrl(QStringLiteral("https://api.example.org/v1/verify"));
    p = custom;
    p.customTokenUrl = QUrl();
    QTest::newRow("custom bearer without token url")
        << p << ProfileField::TokenUrl
        << QStringLiteral("Enter the address of the token endpoint.");
    p = custom;
    p.customResultUrl = QUrl(QStringLiteral("api.example.org/v1/verify"));
    QTest::newRow("relative result url")
        << p << ProfileField::ResultUrl
        << QStringLiteral("\"api.example.org/v1/verify\" is not a valid URL.");
    p = custom;
    p.customResultUrl = QUrl(QStringLiteral("http://api.example.org/v1/verify"));
    QTest::newRow("plain http to a remote host")
        << p << ProfileField::ResultUrl
        << QStringLiteral("\"http://api.example.org/v1/verify\" is not an HTTPS address. "
                          "Credentials are only sent over HTTPS (plain HTTP is allowed for this "
                          "computer's own addresses only).");
    p = custom;
    p.customTokenUrl = QUrl(QStringLiteral("http://10.0.0.5/token"));
    QTest::newRow("plain http token url to a private host")
        << p << ProfileField::TokenUrl
        << QStringLiteral("\"http://10.0.0.5/token\" is not an HTTPS address. "
                          "Credentials are only sent over HTTPS (plain HTTP is allowed for this "
                          "computer's own addresses only).");
    p = custom;
    p.customResultUrl = QUrl(QStringLiteral("http://localhost.evil.example/v1/verify"));
    QTest::newRow("http to a name that only starts like localhost")
        << p << ProfileField::ResultUrl
        << QStringLiteral("\"http://localhost.evil.example/v1/verify\" is not an HTTPS address. "
                          "Credentials are only sent over HTTPS (plain HTTP is allowed for this "
                          "computer's own addresses only).");
    p = custom;
    p.customResultUrl = QUrl(QStringLiteral("ftp://api.example.org/v1/verify"));
    QTest::newRow("ftp")
        << p << ProfileField::ResultUrl
        << QStringLiteral("\"ftp://api.example.org/v1/verify\" is not an HTTPS address. "
                          "Credentials are only sent over HTTPS (plain HTTP is allowed for this "
                          "computer's own addresses only).");
    p = custom;
    p.customResultUrl = QUrl(QStringLiteral("https://user:pw@api.example.org/v1/verify"));
    QTest::newRow("credentials in the url")
        << p << ProfileField::ResultUrl
        << QStringLiteral("The URL must not contain a user name or password.");
}

void TestProfile::issues()
{
    QFETCH(Profile, profile);
    QFETCH(ProfileField, field);
    QFETCH(QString, message);

    const QList<ProfileIssue> issues = profile.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().message, message);
}

void TestProfile::secretIssues_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("fill");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::newRow("empty") << 0 << QStringLiteral("x")
                           << QStringLiteral("Enter the client secret.");
    QTest::newRow("typical") << 40 << QStringLiteral("a") << QString();
    QTest::newRow("at the limit") << 2560 << QStringLiteral("a") << QString();
    const QString tooLong = QStringLiteral(
        "The client secret is too long: the system keychain can keep at most 2560 bytes.");
    QTest::newRow("over the limit") << 2561 << QStringLiteral("a") << tooLong;
    // Two bytes each in UTF-8: 1281 characters are 2562 bytes.
    QTest::newRow("over the limit in bytes, not characters")
        << 1281 << QStringLiteral("\u00e9") << tooLong;
    QTest::newRow("trailing line break")
        << 1 << QStringLiteral("\n")
        << QStringLiteral("The client secret contains a line break or another control character. "
                          "Copy it again without them.");
}

void TestProfile::secretIssues()
{
    QFETCH(int, length);
    QFETCH(QString, fill);
    QFETCH(QString, message);

    const QString secret = fill.repeated(length);
    const auto issue = Profile::validateSecret(secret);
    QCOMPARE(issue.has_value(), !message.isEmpty());
    if (issue) {
        QCOMPARE(issue->field, ProfileField::Secret);
        QCOMPARE(issue->message, message);
    }
}

void TestProfile::urlsPerEnvironment()
{
    Profile p = base();
    QCOMPARE(p.resultUrl(), Connection::defaultResultUrl(Environment::Production));
    QCOMPARE(p.tokenUrl(), Connection::defaultTokenUrl(Environment::Production));
    QVERIFY(!p.isTestEnvironment());

    p.environment = Environment::Sandbox;
    QCOMPARE(p.resultUrl(), Connection::defaultResultUrl(Environment::Sandbox));
    QVERIFY(p.isTestEnvironment());

    // Custom URLs are ignored outside Custom.
    p.customResultUrl = QUrl(QStringLiteral("https://elsewhere.example/v1"));
    QCOMPARE(p.resultUrl(), Connection::defaultResultUrl(Environment::Sandbox));
    p.environment = Environment::Custom;
    QCOMPARE(p.resultUrl(), p.customResultUrl);
    QVERIFY(!p.isTestEnvironment());

    QVERIFY(Profile::offlineDemo().isTestEnvironment());
    QVERIFY(Profile::offlineDemo().resultUrl().isEmpty());
}

void TestProfile::toConnection()
{
    Profile p = base();
    p.environment = Environment::Custom;
    p.auth = AuthMethod::Basic;
    p.customResultUrl = QUrl(QStringLiteral("https://api.example.org/v1/verify"));
    p.customTokenUrl = QUrl(QStringLiteral("https://api.example.org/token"));
    const QString secret = QStringLiteral("not-a-real-secret");

    const Connection c = p.toConnection(secret);
    QCOMPARE(c.environment, Environment::Custom);
    QCOMPARE(c.auth, AuthMethod::Basic);
    QCOMPARE(c.clientId, p.clientId);
    QVERIFY(c.clientSecret == secret);
    QCOMPARE(c.resultUrl, p.customResultUrl);
    QCOMPARE(c.tokenUrl, p.customTokenUrl);
}

void TestProfile::secretKeyIsStableAcrossRenames()
{
    Profile p = base();
    const QString key = p.secretKey();
    QVERIFY(!key.isEmpty());
    p.name = QStringLiteral("Renamed");
    QCOMPARE(p.secretKey(), key);
    QVERIFY(Profile::create().secretKey() != key);
    QVERIFY(!key.contains(QStringLiteral("Main campus")));
}

void TestProfile::offlineDemo()
{
    const Profile demo = Profile::offlineDemo();
    QVERIFY(demo.isOfflineDemo());
    QCOMPARE(demo.environment, Environment::Demo);
    QCOMPARE(demo.clientId, QStringLiteral("demo-client"));
    QCOMPARE(Profile::demoSecret(), QStringLiteral("demo-secret"));
    QCOMPARE(demo.name, QStringLiteral("Offline demo"));
    QVERIFY(!base().isOfflineDemo());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
