#pragma once

#include "Connection.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxServer;

// The offline demo: the project's local double of the service, running in-process on its own
// thread (so that building large pages never stalls the window), with the demo credentials.
class DemoService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoService)

public:
    explicit DemoService(QObject *parent = nullptr);
    ~DemoService() override;

    // Generates the demo data and starts listening on 127.0.0.1. False with a message on failure.
    bool start(int records, QString *error);
    bool isRunning() const { return m_port != 0; }
    QUrl resultUrl() const;
    QUrl tokenUrl() const;
    // A connection to the demo service with the demo credentials.
    Connection connection(AuthMethod auth = AuthMethod::Bearer) const;

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; the server is created and destroyed there
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};
