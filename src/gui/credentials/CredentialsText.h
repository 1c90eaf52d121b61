#pragma once

#include "ApiError.h"
#include "Connection.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QString>

// The words the credentials dialog shows for profiles and outcomes, kept apart from the widgets
// so that they can be checked without a window.
class CredentialsText final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsText)

public:
    CredentialsText() = delete;

    // A profile in the list: its name, "TEST DATA" for sandbox and demo profiles, "in use" for
    // the active one.
    static QString listLabel(const Profile &profile, bool active);
    // The same, spelled out for screen readers and tooltips.
    static QString listDescription(const Profile &profile, bool active);

    // What the chosen environment means, shown under it.
    static QString environmentNote(Environment environment, bool demoRunning);

    // What testing with this method costs; `remaining` and `limit` are left out when negative.
    static QString testCostNote(AuthMethod auth, int remaining, int limit);

    // The outcome of a connection test in words, with the API's code, HTTP status and
    // transaction ID when it failed.
    static QString testOutcome(bool ok, const QString &message, const ApiError &error,
                               bool usedQuota);
};
