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

    // Enough for a realistic first look: several pages of a date range, every awkward case.
    static constexpr int defaultRecords = 2500;

    // Generates the demo data and starts listening on 127.0.0.1 (once; later calls do nothing).
    // False with a message on failure.
    bool start(QString *error, int records = defaultRecords);
    bool isRunning() const { return m_port != 0; }
    QUrl resultUrl() const;
    QUrl tokenUrl() const;
    // A made-up applicant list drawn from the demo's own records, with every outcome a batch can
    // have; empty before start().
    QByteArray sampleApplicantList() const;
    // A connection to the demo service with the demo credentials.
    Connection connection(AuthMethod auth = AuthMethod::Bearer) const;

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; the server is created and destroyed there
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};
