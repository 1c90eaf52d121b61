#include "DemoService.h"

#include "SandboxServer.h"

DemoService::DemoService(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-service"));
}

DemoService::~DemoService()
{
    if (m_anchor) {
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool DemoService::start(QString *error, int records)
{
    if (m_port != 0)
        return true;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
    // A short, one-off wait at start-up while the data set is generated on the service's thread.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, records] {
            SandboxConfig config;
            config.records = records;
            config.seed = 2026;
            m_server = new SandboxServer(config);
            m_port = m_server->listen();
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        *error = tr("The offline demo could not start: no local port was free.");
        return false;
    }
    return true;
}

QUrl DemoService::resultUrl() const
{
    return m_server ? m_server->resultUrl() : QUrl();
}

QUrl DemoService::tokenUrl() const
{
    return m_server ? m_server->tokenUrl() : QUrl();
}

QByteArray DemoService::sampleApplicantList() const
{
    // The demo's data set never changes once generated (it moves no records), so reading it
    // from this thread is safe.
    return m_server ? m_server->dataSet().sampleApplicantList() : QByteArray();
}

Connection DemoService::connection(AuthMethod auth) const
{
    Connection c;
    c.environment = Environment::Demo;
    c.resultUrl = resultUrl();
    c.tokenUrl = tokenUrl();
    c.auth = auth;
    c.clientId = SandboxConfig::demoClientId.toString();
    c.clientSecret = SandboxConfig::demoClientSecret.toString();
    return c;
}
