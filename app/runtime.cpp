#include "runtime.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace gw {

Runtime::Runtime(const QString &configPath, const QString &dataDir, QObject *parent)
    : QObject(parent), m_watcher(configPath), m_monitor(&m_secrets), m_dataDir(dataDir)
{
    connect(&m_watcher, &ConfigWatcher::catalogLoaded, this,
            [this](const Catalog &catalog) { apply(m_shard.of(catalog)); });
    connect(&m_watcher, &ConfigWatcher::loadFailed, this, &Runtime::configFailed);
    connect(&m_monitor, &Monitor::metricsPageReceived, &m_gateway, &GatewayWatch::addPage);
    connect(&m_monitor, &Monitor::checksUpdated, &m_alerts, &AlertWatch::addUpdates);
    connect(&m_prometheus, &PrometheusWatch::checksUpdated, &m_alerts, &AlertWatch::addUpdates);
    connect(&m_gateway, &GatewayWatch::scrapeRead, &m_alerts, &AlertWatch::addScrape);
    // Following the team's Alertmanager, its silences hold back this desktop's notices.
    connect(&m_alertmanager, &AlertmanagerWatch::silencesRead, this, [this](const QList<Silence> &silences) {
        if (m_followsAlertmanager)
            m_center.setTeamSilences(silences);
    });
    // Reading Prometheus, the gateway's routes come from the agent that read its page.
    connect(&m_prometheus, &PrometheusWatch::gatewayRead, &m_gateway, &GatewayWatch::addScrape);
    connect(&m_status, &StatusWatch::statusRead, &m_alerts, &AlertWatch::addVendorStatus);
    connect(&m_status, &StatusWatch::statusForgotten, &m_alerts, &AlertWatch::forgetVendorStatus);
    connect(this, &Runtime::eventFeedChanged, &m_alerts, [this](GatewayEventFeed *feed) {
        if (feed)
            connect(feed, &GatewayEventFeed::eventsRecorded, &m_alerts, &AlertWatch::addDeliveries);
    });
    // What the silences let through is told; what became of it goes into the incident history
    // (once per message: a delivery or its last failed attempt).
    connect(&m_center, &AlertCenter::deliver, &m_notifier, &AlertNotifier::notify);
    m_notifier.setReminderFilter([this](const QString &rule) { return m_center.needsReminder(rule); });
    connect(&m_notifier, &AlertNotifier::delivered, &m_center,
            [this](const QString &channel, const AlertNotice &notice) {
                m_center.recordNotification(notice, channel, {});
            });
    connect(&m_notifier, &AlertNotifier::failed, &m_center,
            [this](const QString &channel, const AlertNotice &notice, const QString &error, bool willRetry) {
                if (!willRetry)
                    m_center.recordNotification(notice, channel, error);
            });
    followReachability();
}

void Runtime::followReachability()
{
    // Where the platform has a backend for it (NetworkManager on Linux); without one, only the
    // checks' own failures tell (AlertInputs::localNetworkDown).
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *information = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        m_reachability = reachability;
        applyReachability();
    };
    connect(information, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(information->reachability());
}

void Runtime::applyReachability()
{
    using R = QNetworkInformation::Reachability;
    // Checks that only reach this machine (the built-in simulator) work without a network.
    if (m_reachability == R::Unknown || m_onlyLoopback)
        m_alerts.setOnline(std::nullopt);
    else
        m_alerts.setOnline(m_reachability == R::Online);
}

// The monitor stops before the store commits what it has queued and closes.
Runtime::~Runtime()
{
    m_monitor.stop();
    m_prometheus.stop();
    m_status.stop();
    m_feed.reset();
}

QString Runtime::historyPath(const QString &dataDir)
{
    return dataDir + u"/history.sqlite"_s;
}

QString Runtime::incidentsPath(const QString &dataDir)
{
    return dataDir + u"/incidents.sqlite"_s;
}

void Runtime::keepIncidents(const Catalog &catalog)
{
    const Redactor redactor(References::sensitiveValues(catalog, m_secrets));
    if (m_incidents) {
        m_incidents->setRedactor(redactor);
        return;
    }
    if (m_dataDir.isEmpty())
        return;
    m_incidents = std::make_unique<IncidentStore>(incidentsPath(m_dataDir));
    m_incidents->setRedactor(redactor);
    m_incidents->open(); // a problem is kept in problem(); entries wait in memory meanwhile
    m_center.setStore(m_incidents.get());
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
    connect(&m_status, &StatusWatch::statusRead, m_history.get(), &HistoryStore::recordVendorStatus);
    connect(&m_gateway, &GatewayWatch::scrapeRead, m_history.get(), [this](const GatewayScrape &scrape) {
        m_history->recordGatewayRequests(scrape, [this](const RouteTotals &route) {
            return m_gateway.integrationFor(route.service, route.route);
        });
    });
    Q_EMIT historyCreated(m_history.get());
    m_history->open();
}

void Runtime::followEvents(const Catalog &catalog)
{
    std::optional<EventFeedOptions> wanted;
    QString problem;
    if (catalog.gateway && !catalog.gateway->eventsUrl.isEmpty() && m_history) {
        const GatewaySpec &gateway = *catalog.gateway;
        EventFeedOptions options;
        options.interval = gateway.interval;
        options.timeout = gateway.timeout;
        options.routes = gateway.routes;
        const Result<QString> url = References::expand(gateway.eventsUrl, m_secrets);
        if (!url)
            problem = url.error().message;
        else
            options.url = QUrl(url.value());
        for (const auto &[name, value] : gateway.headers) {
            const Result<QString> expanded = References::expand(value, m_secrets);
            if (!expanded) {
                problem = expanded.error().message;
                break;
            }
            options.headers.append({name.toLatin1(), expanded.value().toUtf8()});
        }
        // Every secret the configuration uses is kept out of stored events, wherever it appears.
        options.secrets = References::sensitiveValues(catalog, m_secrets);
        // A secret that cannot be resolved is left out: its deliveries are then said to have none.
        for (const WebhookSource &source : catalog.webhooks) {
            WebhookCheck check{source.scheme, {}};
            for (const QString &secret : QStringList{source.secret} + source.previousSecrets) {
                const Result<QString> value = References::expand(secret, m_secrets);
                check.secrets.append(value ? value.value().toUtf8() : QByteArray());
            }
            options.webhooks.insert(source.id, check);
        }
        if (!gateway.caFile.isEmpty()) {
            options.extraCaCertificates = QSslCertificate::fromPath(gateway.caFile, QSsl::Pem);
            if (options.extraCaCertificates.isEmpty())
                problem = tr("no PEM certificates could be read from CA file '%1'").arg(gateway.caFile);
        }
        if (problem.isEmpty())
            wanted = options;
    }
    if (m_feed && wanted && m_feed->options().url == wanted->url && m_feed->options().headers == wanted->headers
        && m_feed->options().interval == wanted->interval && m_feed->options().timeout == wanted->timeout
        && m_feed->options().routes == wanted->routes && m_feed->options().secrets == wanted->secrets
        && m_feed->options().webhooks == wanted->webhooks)
        return;
    m_feed.reset();
    if (!problem.isEmpty())
        Q_EMIT eventFeedProblem(tr("The gateway's event feed is not followed: %1").arg(problem));
    if (wanted) {
        if (!m_feedNetwork)
            m_feedNetwork = new QNetworkAccessManager(this);
        m_feed = std::make_unique<GatewayEventFeed>(m_feedNetwork, *wanted, m_history.get());
        if (m_started)
            m_feed->start();
    }
    Q_EMIT eventFeedChanged(m_feed.get());
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
        m_status.setCatalog(catalog, m_secrets);
        Catalog evaluated = catalog;
        // The agents evaluate the rules and post to Alertmanager; the window would only double them.
        if (m_followsBackends && catalog.alertmanager && !catalog.alertmanager->evaluateRules)
            evaluated.alerts.clear();
        m_alerts.setCatalog(evaluated);
        m_onlyLoopback = onlyLoopback(catalog);
        applyReachability();
        QSet<QString> behindGateway;
        if (catalog.gateway) {
            for (auto it = catalog.gateway->routes.cbegin(); it != catalog.gateway->routes.cend(); ++it)
                behindGateway.insert(it.key());
        }
        m_center.setBehindGateway(behindGateway);
        keepIncidents(catalog);
        notifyThrough(catalog);
        createHistory(catalog);
        followEvents(catalog);
        chooseLiveSource(catalog);
        followAlertmanager(catalog);
        if (m_started)
            m_status.start();
        Q_EMIT catalogApplied(catalog);
    });
    m_secrets.prefetch(secretNames(catalog));
}

void Runtime::chooseLiveSource(const Catalog &catalog)
{
    const bool wasPrometheus = m_readsPrometheus;
    const std::optional<ApiServer> wasServer = m_prometheusApi;
    m_readsPrometheus = m_followsBackends && catalog.settings.prometheus.has_value();
    m_prometheusApi.reset();
    QString problem;
    if (m_readsPrometheus) {
        // Never polled here instead: a desktop taking over an agent's checks would hit the
        // vendors' quotas from every workstation.
        m_monitor.stop();
        const Result<ApiServer> server = resolveApiServer(*catalog.settings.prometheus, m_secrets);
        if (server) {
            m_prometheusApi = server.value();
            m_prometheus.setSource(server.value(), catalog);
            if (m_started && !m_prometheus.isActive())
                m_prometheus.start();
        } else {
            m_prometheus.stop();
            problem = tr("Prometheus cannot be asked: %1").arg(server.error().message);
        }
    } else {
        m_prometheus.stop();
        if (m_started)
            m_monitor.start();
    }
    if (wasPrometheus != m_readsPrometheus || wasServer != m_prometheusApi)
        Q_EMIT liveSourceChanged();
    Q_EMIT liveSourceProblem(problem);
}

void Runtime::followAlertmanager(const Catalog &catalog)
{
    m_followsAlertmanager = m_followsBackends && catalog.alertmanager.has_value();
    QString problem;
    if (m_followsAlertmanager) {
        const Result<ApiServer> server = resolveApiServer(catalog.alertmanager->api, m_secrets);
        if (server) {
            m_alertmanager.setServer(server.value());
        } else {
            m_alertmanager.stop();
            problem = tr("Alertmanager cannot be asked: %1").arg(server.error().message);
        }
    } else {
        m_alertmanager.stop();
    }
    m_center.setTeamSilences(m_followsAlertmanager ? std::optional(m_alertmanager.silences()) : std::nullopt);
    Q_EMIT alertmanagerProblem(problem);
}

void Runtime::notifyThrough(const Catalog &catalog)
{
    m_notifier.setChannels(catalog.notify, m_secrets);
    // Alerts the engine no longer has firing (a rule removed or redefined) are forgotten: no more
    // reminders, and Alertmanager lets them expire. Flapping ones stand as receivers last heard.
    QList<AlertRule> firing;
    for (const AlertRule &rule : catalog.alerts) {
        const AlertStatus *status = m_alerts.engine().status(rule.name);
        if (status && (status->state == AlertState::Firing || status->flapping))
            firing.append(rule);
    }
    m_notifier.retainAlerts(firing);
}

bool Runtime::onlyLoopback(const Catalog &catalog)
{
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            const QString host = QUrl(References::mask(check.url, u"x"_s)).host();
            if (!QHostAddress(host).isLoopback() && host != u"localhost")
                return false;
        }
    }
    return true;
}

QStringList Runtime::secretNames(const Catalog &catalog)
{
    return References::secretNames(catalog);
}

} // namespace gw
