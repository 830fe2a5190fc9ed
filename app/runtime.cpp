#include "runtime.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gw {

Runtime::Runtime(const QString &configPath, const QString &dataDir, QObject *parent)
    : QObject(parent), m_watcher(configPath), m_monitor(&m_secrets), m_dataDir(dataDir)
{
    connect(&m_watcher, &ConfigWatcher::catalogLoaded, this, &Runtime::apply);
    connect(&m_watcher, &ConfigWatcher::loadFailed, this, &Runtime::configFailed);
    connect(&m_monitor, &Monitor::metricsPageReceived, &m_gateway, &GatewayWatch::addPage);
}

// The monitor stops before the store commits what it has queued and closes.
Runtime::~Runtime()
{
    m_monitor.stop();
}

QString Runtime::historyPath(const QString &dataDir)
{
    return dataDir + u"/history.sqlite"_s;
}

void Runtime::createHistory(const Catalog &catalog)
{
    if (m_history) {
        m_history->setRetention(catalog.settings.retention);
        return;
    }
    if (m_dataDir.isEmpty())
        return;
    HistoryStore::Options options;
    options.path = historyPath(m_dataDir);
    options.retention = catalog.settings.retention;
    m_history = std::make_unique<HistoryStore>(options);
    connect(&m_monitor, &Monitor::checksUpdated, m_history.get(), &HistoryStore::record);
    connect(&m_monitor, &Monitor::checkStateChanged, m_history.get(),
            [this](const QString &integrationId, const QString &checkId, HealthStatus state) {
                m_history->recordState(integrationId, checkId, state, QDateTime::currentMSecsSinceEpoch());
            });
    Q_EMIT historyCreated(m_history.get());
    m_history->open();
}

ConfigErrors Runtime::start()
{
    m_started = true;
    return m_watcher.load();
}

void Runtime::apply(const Catalog &catalog)
{
    // Secrets first, so no check runs with a reference its value has not arrived for yet.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_secrets, &SecretStore::prefetched, this, [this, catalog, connection] {
        disconnect(*connection);
        m_monitor.setCatalog(catalog);
        m_gateway.setGateway(catalog.gateway);
        createHistory(catalog);
        if (m_started)
            m_monitor.start();
        Q_EMIT catalogApplied(catalog);
    });
    m_secrets.prefetch(secretNames(catalog));
}

QStringList Runtime::secretNames(const Catalog &catalog)
{
    QStringList names;
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            names += References::secretNames(check.url);
            names += References::secretNames(check.body);
            for (const auto &header : check.headers)
                names += References::secretNames(header.second);
        }
    }
    if (catalog.gateway) {
        names += References::secretNames(catalog.gateway->eventsUrl);
        for (const auto &header : catalog.gateway->headers)
            names += References::secretNames(header.second);
    }
    names.removeDuplicates();
    return names;
}

} // namespace gw
