#pragma once

#include "SandboxServer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <utility>

// What the sandbox tests need from one HTTP exchange with a server on 127.0.0.1.
struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The error code under the flat body's name.
    QString errorCode() const { return json().value(u"errorCode").toString(); }
    QString errorMessage() const { return json().value(u"errorMessage").toString(); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

inline QByteArray
basicAuthorization(const QString &id = SandboxConfig::demoClientId.toString(),
                   const QString &secret = SandboxConfig::demoClientSecret.toString())
{
    return "Basic " + QString(id + u':' + secret).toUtf8().toBase64();
}

// The headers a well-behaved client sends with Basic authentication.
inline Headers standardHeaders()
{
    return {{"Authorization", basicAuthorization()}, {"Accept", "application/json"}};
}

inline QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, value);
    url.setQuery(query);
    return url;
}

class TestHttp
{
public:
    HttpResult get(const QUrl &url, const Headers &headers = standardHeaders(),
                   int transferTimeoutMs = 0)
    {
        QNetworkRequest request = prepare(url, headers, transferTimeoutMs);
        return wait(m_nam.get(request));
    }

    HttpResult post(const QUrl &url, const QByteArray &body, const Headers &headers)
    {
        return wait(m_nam.post(prepare(url, headers, 0), body));
    }

    QNetworkAccessManager &manager() { return m_nam; }

private:
    static QNetworkRequest prepare(const QUrl &url, const Headers &headers, int transferTimeoutMs)
    {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        return request;
    }

    static HttpResult wait(QNetworkReply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        HttpResult result;
        result.elapsedMs = timer.elapsed();
        result.finished = reply->isFinished();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_nam;
};
