#pragma once

#include "historyreader.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "prometheushistory.h"
#include "quotamodel.h"
#include "runtime.h"
#include "scorecardsource.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

namespace gw {

class AlertTray;

// The window's composition: a runtime for one configuration file feeding the overview and quota
// models that the main window shows (the window ticks their clocks). GUI thread.
class Dashboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    // Without a data directory no history is kept or shown.
    explicit Dashboard(const QString &configPath, const QString &dataDir = {}, QObject *parent = nullptr);
    ~Dashboard() override;

    // Loads the configuration and starts monitoring; problems show in the window.
    void start();

    MainWindow &window() { return m_window; }
    OverviewModel &model() { return m_model; }
    QuotaModel &quotas() { return m_quotas; }
    Runtime &runtime() { return m_runtime; }
    // What the window reads history through, once the store exists; null without a data directory.
    HistoryReader *history() { return m_history.get(); }

private:
    void replaceHistoryReader(const Retention &retention);
    // The window's history: the local store's, or Prometheus's while live state comes from there.
    void chooseHistoryProvider();
    // Live state from Prometheus: where from, and whether it answers.
    void wireLiveSource();
    void showGateway();
    // The Alerts page shows the alert center and asks it to act.
    void wireAlerts();
    // The team's Alertmanager: its silences on the Alerts page, its problems in the status bar.
    void wireAlertmanager(const std::function<void()> &showActive);
    // A silence from now for `durationMs`, kept in the team's Alertmanager while it is followed,
    // else here; `report` gets what went wrong, or an empty text.
    void silence(const QList<LabelMatcher> &matchers, qint64 durationMs, const QString &comment,
                 const std::function<void(const QString &)> &report);
    // The Scorecards page asks for a period's reviews and edits notes; the reviews are computed
    // on the thread pool from the history, or from the agents' rollups in Prometheus while live
    // state comes from there.
    void wireScorecards();
    void computeScorecards(const Period &period);
    // Every vendor's review of `period`, on the thread pool, from the source `makeSource` makes there.
    void reviewVendors(const Catalog &catalog, const Period &period, const QTimeZone &zone,
                       const QList<ScorecardNote> &notes, std::function<ScorecardSource()> makeSource);
    void waitForScorecards();
    void followFeed(GatewayEventFeed *feed);
    void showFailedCalls(const QString &service, const std::optional<QString> &route, qint64 fromMs, qint64 toMs);

    OverviewModel m_model;
    QuotaModel m_quotas;
    MainWindow m_window;
    Runtime m_runtime;
    std::unique_ptr<HistoryReader> m_history;
    std::unique_ptr<PrometheusHistory> m_prometheusHistory; // reads m_history for what Prometheus lacks
    Retention m_historyRetention;
    QTimer m_quotaSummary;
    AlertTray *m_tray = nullptr;           // owned by the window
    QMap<QString, QString> m_notifyProblems; // by channel: its last failure, until it delivers again
    qint64 m_eventsStored = 0; // by the current feed, since it started
    QList<QFuture<void>> m_scorecardJobs; // reading m_history: waited for before it goes
};

} // namespace gw
