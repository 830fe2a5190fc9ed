#pragma once

#include "callsource.h"

#include <QMainWindow>

#include <memory>

namespace gw {

class AlertsPage;
class FailedCallsPage;
class GatewayPage;
class HistoryProvider;
class OverviewModel;
class QuotaModel;
class ScorecardsPage;
class WebhooksPage;

// The main window: an Overview tab of all integrations with overall health in the title and status
// bar and, below the list, the history of the selected integration or check; a banner for
// configuration problems and an empty state; a Quotas tab whose title counts quotas that need
// attention; a Gateway tab whose title counts the gateway's troubles; Failed calls; and Webhooks,
// whose title counts the webhook sources that need attention; Alerts, whose title counts firing
// alerts nobody has acknowledged or silenced; and Scorecards, the vendors' scorecards by period. Talks to the rest of the
// app only through the models, the pages, the history provider it is given and the slots below.
// Lives on the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(OverviewModel *model, QuotaModel *quotas, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The app hands it the gateway's readings and listens for its requests.
    GatewayPage *gatewayPage() const;
    // The app hands it the stored calls and answers its retries.
    FailedCallsPage *failedCallsPage() const;
    // Webhook deliveries and their sources' health, from the history provider.
    WebhooksPage *webhooksPage() const;
    // Active alerts, incident history and silences; the app feeds it and answers its requests.
    AlertsPage *alertsPage() const;
    // The vendors' scorecards; the app computes them and keeps the notes edited there.
    ScorecardsPage *scorecardsPage() const;

public Q_SLOTS:
    // A configuration problem (positioned messages, one per line). An empty list hides the banner.
    // `keptRunning` says whether the last good configuration is still being monitored.
    void showConfigProblems(const QStringList &problems, bool keptRunning);
    // Standing notes on how the checks run (e.g. intervals stretched to fit a budget), one per
    // line; an empty list hides them.
    void showNotices(const QStringList &notices);
    // Trouble with the history (a full disk, a corrupt file moved aside); monitoring goes on.
    // An empty headline hides it.
    void showHistoryProblem(const QString &headline, const QString &details);
    // Trouble reading the live state from where the configuration says (Prometheus unreachable);
    // the last state read stays shown. An empty headline hides it.
    void showLiveSourceProblem(const QString &headline, const QString &details);
    // Where live state comes from when this machine does not poll ("Prometheus at host:9090"),
    // shown beside the configuration's path; empty: polled here.
    void setLiveSource(const QString &source);
    // The file being monitored, shown in the status bar and the empty state.
    void setConfigPath(const QString &path);
    // Where charts and the overview's uptime and trend come from; nullptr: no history (the panel
    // says so and those columns stay empty). Not owned; must outlive the window or be unset first.
    void setHistoryProvider(HistoryProvider *provider);
    // Opens the Failed calls tab with `filter` applied.
    void showFailedCalls(const gw::CallFilter &filter);
    // Opens the Overview on one integration (or one of its checks) with its history over
    // [fromMs, toMs) (toMs 0: until now).
    void showHistory(const QString &integrationId, const QString &checkId, qint64 fromMs, qint64 toMs);
    // Opens the Webhooks tab on one source's deliveries (empty: all).
    void showWebhooks(const QString &source);
    // Opens the Alerts tab, on one alert when `rule` is given.
    void showAlerts(const QString &rule = {});

Q_SIGNALS:
    // The user asked to pause or resume a check, or a whole integration when `checkId` is empty.
    void pauseRequested(const QString &integrationId, const QString &checkId, bool paused);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildOverviewPage();
    void buildEmptyPage();
    void buildConfigErrorPage();
    void buildMenus();
    void updateCheckActions();
    void requestPause(bool paused);
    void setupColumns();
    void applyFilter(const QString &text);
    // Expands top-level rows in [first, last] (all when last is -1) unless the user collapsed them.
    void applyExpansion(int first = 0, int last = -1);
    void updatePage();
    void scheduleSummary();
    void refreshSummary();
    void updateOverallColour();
    void updateQuotasTab();
    void updateGatewayTab();
    void updateWebhooksTab();
    void updateAlertsTab();
    void applyColours();
    void showHistoryOfCurrent();
    void chooseSplit();
    void restoreCurrent();
    void requestSummaries();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
