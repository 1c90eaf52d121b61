#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

// The application's one settings class: a typed getter and setter per key, each with its default,
// and changed() after every change. Profiles are kept here without their secrets; no secret, token
// or password is ever a setting.
//
// A new setting is an enumerator in Key, its name in keyName(), and a getter/setter pair that
// calls value() and setValue().
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        Profiles, // a profile was added, changed or removed
        ActiveProfile,
        WindowGeometry,
        WindowState,
        SplitterState,
        LastSearchMode,
        ColumnLayout,
        Language,
        LastPull, // the last pull time of any profile
        BatchFolder,
        BatchRequirements,
        BatchWindowGeometry,
    };
    Q_ENUM(Key)

    // The user's settings of this application, shared by the GUI and the command line.
    explicit Settings(QObject *parent = nullptr);
    // The settings in one INI file, for tests and portable use.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QString fileName() const;
    // Writes pending changes to disk now (they are also written later on their own); false when
    // the file cannot be written.
    bool sync();

    // All profiles, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Adds the profile, or replaces the one with the same id.
    void setProfile(const Profile &profile);
    // Forgets the profile and everything kept per profile.
    void removeProfile(const QString &id);

    QString activeProfileId() const; // empty: none
    void setActiveProfileId(const QString &id);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    QString lastSearchMode() const; // empty: the search's own default
    void setLastSearchMode(const QString &mode);

    QByteArray columnLayout() const; // e.g. a header view's saved state; empty: default layout
    void setColumnLayout(const QByteArray &layout);

    QString language() const; // a locale name such as "de" or "pt_BR"; empty: the system's
    void setLanguage(const QString &language);

    // Where the last applicant list was opened from or a report saved to; empty: the documents.
    QString batchFolder() const;
    void setBatchFolder(const QString &folder);
    // The programme requirements last used for batches, in RequirementsPanel's text form.
    QString batchRequirements() const;
    void setBatchRequirements(const QString &requirements);
    QByteArray batchWindowGeometry() const;
    void setBatchWindowGeometry(const QByteArray &geometry);

    // When results were last pulled with a profile; invalid when never.
    QDateTime lastPull(const QString &profileId) const;
    void setLastPull(const QString &profileId, const QDateTime &when);

    static QString keyName(Key key);

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    QVariant value(const QString &name, const QVariant &fallback = {}) const;
    void setValue(Key key, const QString &name, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
