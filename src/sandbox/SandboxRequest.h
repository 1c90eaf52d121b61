#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// One request as the sandbox received it, kept so tests can check what a client sent.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QString rawQuery; // the query string as sent, percent-encoding kept
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names and values as sent
    QDateTime receivedAt;                             // UTC

    // The value of a header, matched case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};
