#include "Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void scalarValuesRoundTrip();
    void changedOnlyOnChange();
    void profilesRoundTrip();
    void profilesSortedByName();
    void unknownKeysInFileFallBack();
    void removingProfileForgetsItsState();
    void lastPullPerProfile();
    void defaultFileIsPerUser();

private:
    QString iniFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    static Profile customProfile();

    QTemporaryDir m_dir;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Profile TestSettings::customProfile()
{
    Profile p = Profile::create(QStringLiteral("Campus B"));
    p.environment = Environment::Custom;
    p.auth = AuthMethod::Basic;
    p.clientId = QStringLiteral("client-b");
    p.customResultUrl =
        QUrl(QStringLiteral("https://api.example.org/v1/ielts/result-verification"));
    p.customTokenUrl =
        QUrl(QStringLiteral("https://api.example.org/v1/cambridge.id/token?x=a%20b"));
    return p;
}

void TestSettings::defaults()
{
    QFile::remove(iniFile());
    const Settings settings(iniFile());
    QVERIFY(settings.profiles().isEmpty());
    QVERIFY(settings.activeProfileId().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.lastSearchMode().isEmpty());
    QVERIFY(settings.columnLayout().isEmpty());
    QVERIFY(settings.language().isEmpty());
    QVERIFY(!settings.lastPull(QStringLiteral("nobody")).isValid());
}

void TestSettings::scalarValuesRoundTrip()
{
    QFile::remove(iniFile());
    const QByteArray geometry("\x01\x02\x00\xff geometry", 14);
    const QByteArray state("\x00state\x7f", 7);
    const QByteArray columns("columns\x00\x01", 9);
    {
        Settings settings(iniFile());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setLastSearchMode(QStringLiteral("dateRange"));
        settings.setColumnLayout(columns);
        settings.setLanguage(QStringLiteral("pt_BR"));
        QVERIFY(settings.sync());
    }
    const Settings reread(iniFile());
    QCOMPARE(reread.windowGeometry(), geometry);
    QCOMPARE(reread.windowState(), state);
    QCOMPARE(reread.lastSearchMode(), QStringLiteral("dateRange"));
    QCOMPARE(reread.columnLayout(), columns);
    QCOMPARE(reread.language(), QStringLiteral("pt_BR"));
}

void TestSettings::changedOnlyOnChange()
{
    QFile::remove(iniFile());
    Settings settings(iniFile());
    QSignalSpy spy(&settings, &Settings::changed);

    settings.setLanguage(QStringLiteral("de"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::Language);
    settings.setLanguage(QStringLiteral("de"));
    QCOMPARE(spy.count(), 1);

    settings.setLastSearchMode(QStringLiteral("trf"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<Settings::Key>(), Settings::Key::LastSearchMode);

    const Profile p = customProfile();
    settings.setProfile(p);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<Settings::Key>(), Settings::Key::Profiles);
    settings.setProfile(p);
    QCOMPARE(spy.count(), 3);

    settings.setActiveProfileId(p.id);
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(3).at(0).value<Settings::Key>(), Settings::Key::ActiveProfile);
}

void TestSettings::profilesRoundTrip()
{
    QFile::remove(iniFile());
    const Profile custom = customProfile();
    Profile sandbox = Profile::create(QStringLiteral("Sandbox"));
    sandbox.environment = Environment::Sandbox;
    sandbox.clientId = QStringLiteral("sandbox-client");
    {
        Settings settings(iniFile());
        settings.setProfile(custom);
        settings.setProfile(sandbox);
        settings.setProfile(Profile::offlineDemo());
        settings.setActiveProfileId(custom.id);
        QVERIFY(settings.sync());
    }
    const Settings reread(iniFile());
    QCOMPARE(reread.profiles().size(), 3);
    QCOMPARE(reread.profile(custom.id), std::optional<Profile>(custom));
    QCOMPARE(reread.profile(sandbox.id), std::optional<Profile>(sandbox));
    QCOMPARE(reread.profile(Profile::offlineDemoId()),
             std::optional<Profile>(Profile::offlineDemo()));
    QCOMPARE(reread.activeProfileId(), custom.id);
    QVERIFY(!reread.profile(QStringLiteral("missing")));
    QVERIFY(!reread.profile(QStringLiteral("../escape")));
}

void TestSettings::profilesSortedByName()
{
    QFile::remove(iniFile());
    Settings settings(iniFile());
    for (const char *name : {"zeta", "Alpha", "beta"}) {
        Profile p = Profile::create(QString::fromLatin1(name));
        p.clientId = QStringLiteral("id");
        settings.setProfile(p);
    }
    QStringList names;
    for (const Profile &p : settings.profiles())
        names.append(p.name);
    QCOMPARE(names, QStringList(
                        {QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
}

void TestSettings::unknownKeysInFileFallBack()
{
    QFile::remove(iniFile());
    {
        QSettings raw(iniFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/abc/name"), QStringLiteral("From the future"));
        raw.setValue(QStringLiteral("profiles/abc/environment"), QStringLiteral("moon"));
        raw.setValue(QStringLiteral("profiles/abc/auth"), QStringLiteral("kerberos"));
        raw.setValue(QStringLiteral("profiles/abc/clientId"), QStringLiteral("x"));
    }
    const Settings settings(iniFile());
    const auto p = settings.profile(QStringLiteral("abc"));
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("From the future"));
    QCOMPARE(p->environment, Environment::Custom);
    QCOMPARE(p->auth, Profile().auth);
    QVERIFY(!p->validate().isEmpty()); // a custom profile without URLs asks for them
}

void TestSettings::removingProfileForgetsItsState()
{
    QFile::remove(iniFile());
    Settings settings(iniFile());
    const Profile p = customProfile();
    settings.setProfile(p);
    settings.setActiveProfileId(p.id);
    settings.setLastPull(p.id, QDateTime::currentDateTimeUtc());

    QSignalSpy spy(&settings, &Settings::changed);
    settings.removeProfile(p.id);
    QVERIFY(!settings.profile(p.id));
    QVERIFY(settings.activeProfileId().isEmpty());
    QVERIFY(!settings.lastPull(p.id).isValid());
    QList<Settings::Key> keys;
    for (const auto &args : spy)
        keys.append(args.at(0).value<Settings::Key>());
    QVERIFY(keys.contains(Settings::Key::Profiles));
    QVERIFY(keys.contains(Settings::Key::ActiveProfile));
    QVERIFY(keys.contains(Settings::Key::LastPull));

    QVERIFY(settings.sync());
    const QSettings raw(iniFile(), QSettings::IniFormat);
    QVERIFY(!raw.allKeys().join(u' ').contains(p.id));
}

void TestSettings::lastPullPerProfile()
{
    QFile::remove(iniFile());
    const QDateTime first(QDate(2024, 3, 1), QTime(8, 30, 15, 250), Qt::UTC);
    const QDateTime second(QDate(2024, 3, 2), QTime(23, 59, 59), Qt::OffsetFromUTC, 3600);
    {
        Settings settings(iniFile());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setLastPull(QStringLiteral("one"), first);
        settings.setLastPull(QStringLiteral("two"), second);
        QCOMPARE(spy.count(), 2);
        settings.setLastPull(QStringLiteral("one"), first);
        QCOMPARE(spy.count(), 2);
        settings.sync();
    }
    Settings settings(iniFile());
    QCOMPARE(settings.lastPull(QStringLiteral("one")), first);
    QCOMPARE(settings.lastPull(QStringLiteral("two")), second); // same instant, kept as UTC
    settings.setLastPull(QStringLiteral("one"), {});
    QVERIFY(!settings.lastPull(QStringLiteral("one")).isValid());
}

void TestSettings::defaultFileIsPerUser()
{
    // The test's HOME is a throwaway one (see IeltsTesting.cmake): the file must land under it,
    // in the configuration directory, whatever the application's name.
    const Settings settings;
    const QString configDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(settings.fileName().startsWith(configDir), qPrintable(settings.fileName()));
    QVERIFY(settings.fileName().startsWith(QDir::homePath()));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
