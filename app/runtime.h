#pragma once

#include "agentmetrics.h"
#include "alertcenter.h"
#include "alertmanagerwatch.h"
#include "alertnotifier.h"
#include "alertwatch.h"
#include "configwatcher.h"
#include "gatewayfeed.h"
#include "gatewaywatch.h"
#include "historystore.h"
#include "incidentstore.h"
#include "monitor.h"
#include "prometheuswatch.h"
#include "secretstore.h"
#include "statuswatch.h"

#include <QNetworkInformation>
#include <QObject>

#include <memory>

namespace gw {

// Wires configuration, secrets, monitoring and history together, the same way for the window and
// the headless agent: a loaded (or reloaded) catalog has its secrets fetched, then replaces the
// monitor's catalog; a broken reload leaves the last good one running. With a data directory,
// every result is recorded in the history store there. Alert rules are evaluated for both, and
// their transitions told on the configuration's notify channels.
// GUI thread.
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    // Without a data directory nothing is recorded.
    explicit Runtime(const QString &configPath, const QString &dataDir = {}, QObject *parent = nullptr);
    ~Runtime() override;

    // Only this shard of every configuration's checks runs here (all of them by default). Before start().
    void setShard(const Shard &shard) { m_shard = shard; }

    // Whether `history: {source: prometheus}` and `alertmanager: {evaluate_rules: false}` apply
    // here: they do in the window; the agent, which Prometheus scrapes and which posts to
    // Alertmanager, always polls and evaluates (the default). Before start().
    void setFollowsTeamBackends(bool follows) { m_followsBackends = follows; }
    // Live state comes from Prometheus (prometheus()) instead of this machine's polling.
    bool readsPrometheus() const { return m_readsPrometheus; }
    // The Prometheus that is read, its references resolved; null while this machine polls.
    const ApiServer *prometheusServer() const { return m_prometheusApi ? &*m_prometheusApi : nullptr; }

    // Loads the configuration and starts monitoring continuously once secrets are fetched.
    // Returns the configuration errors of the first load (empty on success).
    ConfigErrors start();

    // Polls the checks here; it keeps the catalog but does not run while Prometheus is read.
    Monitor &monitor() { return m_monitor; }
    // The checks' live state as Prometheus has it, while the configuration says to read it there.
    PrometheusWatch &prometheus() { return m_prometheus; }
    // The team's Alertmanager (its silences and alerts), while followsAlertmanager().
    AlertmanagerWatch &alertmanager() { return m_alertmanager; }
    // The configuration names an Alertmanager and this is the window: silences are the team's
    // ones there, not this machine's (even while its references do not resolve).
    bool followsAlertmanager() const { return m_followsAlertmanager; }
    ConfigWatcher &config() { return m_watcher; }
    GatewayWatch &gateway() { return m_gateway; }
    // The vendors' status pages, read on their own intervals.
    StatusWatch &statusPages() { return m_status; }
    // The configuration's alert rules, evaluated on every check update's data.
    AlertWatch &alerts() { return m_alerts; }
    // Silences, acknowledgements and the incident history of those alerts (kept in
    // <dataDir>/incidents.sqlite, or in memory without a data directory).
    AlertCenter &alertCenter() { return m_center; }
    // Tells people, on the configuration's notify channels, of the transitions the alert center
    // lets through; its desktop channels only signal (the window's tray shows them).
    AlertNotifier &notifier() { return m_notifier; }
    // The gateway's event feed, while one is configured and history is kept; null otherwise.
    GatewayEventFeed *eventFeed() { return m_feed.get(); }
    // The history store, once the first catalog is applied (its retention comes from there);
    // null without a data directory.
    HistoryStore *history() { return m_history.get(); }

    static QStringList secretNames(const Catalog &catalog);
    // Every check calls this machine (as the built-in simulator's do).
    static bool onlyLoopback(const Catalog &catalog);
    static QString historyPath(const QString &dataDir);   // <dataDir>/history.sqlite
    static QString incidentsPath(const QString &dataDir); // <dataDir>/incidents.sqlite

Q_SIGNALS:
    void catalogApplied(const gw::Catalog &catalog);
    // The history store exists (first catalog) and is opening; its statusChanged() follows.
    void historyCreated(gw::HistoryStore *store);
    void configFailed(const gw::ConfigErrors &errors, bool keptLastGood);
    // A new event feed was started (or the old one stopped: null) for a new configuration.
    void eventFeedChanged(gw::GatewayEventFeed *feed);
    // Where live state comes from changed: Prometheus (prometheusServer()) or this machine's polling.
    void liveSourceChanged();
    // The configured Prometheus cannot be asked (a reference that does not resolve); empty when it can.
    void liveSourceProblem(const QString &message);
    // The configured feed cannot be followed (a reference or CA file that does not resolve).
    void eventFeedProblem(const QString &message);
    // The configured Alertmanager cannot be asked (a reference that does not resolve); empty when it can.
    void alertmanagerProblem(const QString &message);

private:
    void apply(const Catalog &catalog);

    void createHistory(const Catalog &catalog);
    // The operating system's word on the network feeds the local-network alert.
    void followReachability();
    void applyReachability();
    // Opens the incident history on the first catalog (after the rules are set, so open
    // incidents carry on) and keeps the catalog's secrets out of it.
    void keepIncidents(const Catalog &catalog);
    // The catalog's notify channels, their secrets resolved.
    void notifyThrough(const Catalog &catalog);
    // Starts, restarts or stops the event feed to match the catalog's gateway.
    void followEvents(const Catalog &catalog);
    // Polls here, or follows the Prometheus the catalog names.
    void chooseLiveSource(const Catalog &catalog);
    // Follows the Alertmanager the catalog names, in the window.
    void followAlertmanager(const Catalog &catalog);

    SecretStore m_secrets;
    ConfigWatcher m_watcher;
    Monitor m_monitor;
    PrometheusWatch m_prometheus;
    AlertmanagerWatch m_alertmanager;
    GatewayWatch m_gateway;
    StatusWatch m_status;
    AlertWatch m_alerts;
    AlertCenter m_center{m_alerts};
    AlertNotifier m_notifier;
    std::unique_ptr<IncidentStore> m_incidents;
    QNetworkInformation::Reachability m_reachability = QNetworkInformation::Reachability::Unknown;
    bool m_onlyLoopback = true;
    QString m_dataDir;
    std::unique_ptr<HistoryStore> m_history;
    QNetworkAccessManager *m_feedNetwork = nullptr;
    std::unique_ptr<GatewayEventFeed> m_feed;
    bool m_started = false;
    bool m_followsBackends = false;
    bool m_readsPrometheus = false;
    bool m_followsAlertmanager = false;
    std::optional<ApiServer> m_prometheusApi; // while it is read
    Shard m_shard;
};

} // namespace gw
