#include "Settings.h"

#include <QScopeGuard>
#include <QSettings>

#include <algorithm>

namespace {

// Fixed, not taken from QCoreApplication, so that the GUI and the command line share one file.
constexpr auto organisation = "ielts-result-verifier";
constexpr auto application = "settings";

const QString profilesGroup = QStringLiteral("profiles");
const QString lastPullGroup = QStringLiteral("lastPull");

namespace ProfileKey {
const QString name = QStringLiteral("name");
const QString environment = QStringLiteral("environment");
const QString auth = QStringLiteral("auth");
const QString clientId = QStringLiteral("clientId");
const QString resultUrl = QStringLiteral("resultUrl");
const QString tokenUrl = QStringLiteral("tokenUrl");
} // namespace ProfileKey

// Profile ids become group names; anything else could escape its group.
bool isUsableId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'-' || c == u'_';
    });
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QLatin1String(organisation),
                                             QLatin1String(application)))
{}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Profiles:
        return profilesGroup;
    case Key::ActiveProfile:
        return QStringLiteral("activeProfile");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::SplitterState:
        return QStringLiteral("window/splitter");
    case Key::LastSearchMode:
        return QStringLiteral("search/lastMode");
    case Key::ColumnLayout:
        return QStringLiteral("results/columnLayout");
    case Key::Language:
        return QStringLiteral("language");
    case Key::LastPull:
        return lastPullGroup;
    case Key::BatchFolder:
        return QStringLiteral("batch/folder");
    case Key::BatchRequirements:
        return QStringLiteral("batch/requirements");
    case Key::BatchWindowGeometry:
        return QStringLiteral("batch/geometry");
    }
    return {};
}

QVariant Settings::value(const QString &name, const QVariant &fallback) const
{
    return m_settings->value(name, fallback);
}

void Settings::setValue(Key key, const QString &name, const QVariant &value)
{
    if (m_settings->contains(name) && m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
    Q_EMIT changed(key);
}

QList<Profile> Settings::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

std::optional<Profile> Settings::profile(const QString &id) const
{
    if (!isUsableId(id))
        return std::nullopt;
    m_settings->beginGroup(profilesGroup + u'/' + id);
    const auto restore = qScopeGuard([this] { m_settings->endGroup(); });
    if (!m_settings->contains(ProfileKey::name))
        return std::nullopt;

    Profile p;
    p.id = id;
    p.name = m_settings->value(ProfileKey::name).toString();
    bool known = false;
    p.environment =
        environmentFromKey(m_settings->value(ProfileKey::environment).toString(), &known);
    // A profile from a newer version, or edited by hand: keep it, and let validation ask for URLs.
    if (!known)
        p.environment = Environment::Custom;
    p.auth = authMethodFromKey(m_settings->value(ProfileKey::auth).toString(), &known);
    if (!known)
        p.auth = Profile().auth;
    p.clientId = m_settings->value(ProfileKey::clientId).toString();
    p.customResultUrl = QUrl(m_settings->value(ProfileKey::resultUrl).toString());
    p.customTokenUrl = QUrl(m_settings->value(ProfileKey::tokenUrl).toString());
    return p;
}

void Settings::setProfile(const Profile &profile)
{
    Q_ASSERT(isUsableId(profile.id));
    if (!isUsableId(profile.id) || this->profile(profile.id) == profile)
        return;
    m_settings->beginGroup(profilesGroup + u'/' + profile.id);
    m_settings->setValue(ProfileKey::name, profile.name);
    m_settings->setValue(ProfileKey::environment, environmentKey(profile.environment));
    m_settings->setValue(ProfileKey::auth, authMethodKey(profile.auth));
    m_settings->setValue(ProfileKey::clientId, profile.clientId);
    for (const auto &[key, url] : {std::pair{ProfileKey::resultUrl, profile.customResultUrl},
                                   std::pair{ProfileKey::tokenUrl, profile.customTokenUrl}}) {
        if (url.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, url.toString(QUrl::FullyEncoded));
    }
    m_settings->endGroup();
    Q_EMIT changed(Key::Profiles);
}

void Settings::removeProfile(const QString &id)
{
    if (!profile(id))
        return;
    m_settings->remove(profilesGroup + u'/' + id);
    Q_EMIT changed(Key::Profiles);
    if (m_settings->contains(lastPullGroup + u'/' + id)) {
        m_settings->remove(lastPullGroup + u'/' + id);
        Q_EMIT changed(Key::LastPull);
    }
    if (activeProfileId() == id)
        setActiveProfileId({});
}

QString Settings::activeProfileId() const
{
    return value(keyName(Key::ActiveProfile)).toString();
}

void Settings::setActiveProfileId(const QString &id)
{
    setValue(Key::ActiveProfile, keyName(Key::ActiveProfile), id);
}

QByteArray Settings::windowGeometry() const
{
    return value(keyName(Key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, keyName(Key::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return value(keyName(Key::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, keyName(Key::WindowState), state);
}

QByteArray Settings::splitterState() const
{
    return value(keyName(Key::SplitterState)).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    setValue(Key::SplitterState, keyName(Key::SplitterState), state);
}

QString Settings::lastSearchMode() const
{
    return value(keyName(Key::LastSearchMode)).toString();
}

void Settings::setLastSearchMode(const QString &mode)
{
    setValue(Key::LastSearchMode, keyName(Key::LastSearchMode), mode);
}

QByteArray Settings::columnLayout() const
{
    return value(keyName(Key::ColumnLayout)).toByteArray();
}

void Settings::setColumnLayout(const QByteArray &layout)
{
    setValue(Key::ColumnLayout, keyName(Key::ColumnLayout), layout);
}

QString Settings::language() const
{
    return value(keyName(Key::Language)).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, keyName(Key::Language), language);
}

QString Settings::batchFolder() const
{
    return value(keyName(Key::BatchFolder)).toString();
}

void Settings::setBatchFolder(const QString &folder)
{
    setValue(Key::BatchFolder, keyName(Key::BatchFolder), folder);
}

QString Settings::batchRequirements() const
{
    return value(keyName(Key::BatchRequirements)).toString();
}

void Settings::setBatchRequirements(const QString &requirements)
{
    setValue(Key::BatchRequirements, keyName(Key::BatchRequirements), requirements);
}

QByteArray Settings::batchWindowGeometry() const
{
    return value(keyName(Key::BatchWindowGeometry)).toByteArray();
}

void Settings::setBatchWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::BatchWindowGeometry, keyName(Key::BatchWindowGeometry), geometry);
}

QDateTime Settings::lastPull(const QString &profileId) const
{
    if (!isUsableId(profileId))
        return {};
    const QString stored = value(lastPullGroup + u'/' + profileId).toString();
    return QDateTime::fromString(stored, Qt::ISODateWithMs);
}

void Settings::setLastPull(const QString &profileId, const QDateTime &when)
{
    if (!isUsableId(profileId))
        return;
    const QString name = lastPullGroup + u'/' + profileId;
    if (!when.isValid()) {
        if (m_settings->contains(name)) {
            m_settings->remove(name);
            Q_EMIT changed(Key::LastPull);
        }
        return;
    }
    setValue(Key::LastPull, name, when.toUTC().toString(Qt::ISODateWithMs));
}
