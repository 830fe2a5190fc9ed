#include "agentexporter.h"

#include "runtime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gw {

namespace {

double nowSeconds()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

AgentExporter::AgentExporter(Runtime &runtime, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_startSeconds(nowSeconds())
{
    connect(&runtime, &Runtime::catalogApplied, this, [this](const Catalog &catalog) {
        m_metrics.setCatalog(catalog);
        m_applied = true;
        m_lastLoadGood = true;
        m_loadedAtSeconds = nowSeconds();
    });
    connect(&runtime, &Runtime::configFailed, this, [this] { m_lastLoadGood = false; });
    connect(&runtime.monitor(), &Monitor::checksUpdated, this, [this](const QList<CheckUpdate> &updates) {
        for (const CheckUpdate &update : updates)
            m_metrics.observe(update);
    });
    connect(&runtime.monitor(), &Monitor::checkStateChanged, this, [this](const QString &integrationId,
                                                                          const QString &checkId, HealthStatus state) {
        m_metrics.setState(integrationId, checkId, state);
    });
    connect(&runtime.gateway(), &GatewayWatch::updated, this, [this] {
        const GatewayTracker &tracker = m_runtime.gateway().tracker();
        m_metrics.setRoutes(tracker.routes(), tracker.latest());
    });
    connect(&runtime, &Runtime::eventFeedChanged, this, [this](GatewayEventFeed *feed) {
        if (feed)
            connect(feed, &GatewayEventFeed::eventsRecorded, this,
                    [this](const QList<GatewayEvent> &events) { m_metrics.observeEvents(events); });
    });
    connect(&runtime, &Runtime::historyCreated, this, [this](HistoryStore *store) {
        connect(store, &HistoryStore::statusChanged, this, [this](HistoryStore::Status status) {
            if (status == HistoryStore::Status::WriteFailing || status == HistoryStore::Status::Unavailable
                || status == HistoryStore::Status::MovedAside)
                ++m_storeErrors;
        });
    });
}

QByteArray AgentExporter::page() const
{
    AgentHealth health;
    health.schedulingLag = m_runtime.monitor().scheduler().lag();
    health.checksInFlight = m_runtime.monitor().scheduler().inFlight();
    health.storeErrors = m_storeErrors;
    health.configLoaded = m_lastLoadGood;
    health.configLoadedAtSeconds = m_loadedAtSeconds;
    health.startTimeSeconds = m_startSeconds;
    health.version = QCoreApplication::applicationVersion();
    return m_metrics.render(health);
}

std::optional<QString> AgentExporter::problem() const
{
    if (!m_applied)
        return tr("starting: the configuration is not running yet");
    return std::nullopt;
}

} // namespace gw
