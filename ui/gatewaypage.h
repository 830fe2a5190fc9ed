#pragma once

#include "catalog.h"
#include "gatewaymetrics.h"
#include "gatewayroutesmodel.h"
#include "healthstatus.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

namespace gw {

// The gateway tab: a header with the gateway's name, status and how its metrics page was read
// (with a warning when it could not be, or had problems); a sortable table of its routes; the
// health of its upstream targets; and the request rate and 5xx share over time of the busiest
// routes, the troubled ones and the selected one. A route's failed calls are asked for by
// double-clicking its row, from its context menu or by clicking a point of its line. Empty states
// while no gateway is configured or no page has been read. Knows nothing of services: the app
// hands it every reading. GUI thread.
class GatewayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayPage)

public:
    // Routes charted at once: the busiest by their mean rate over the charted window, but routes
    // at Warning or worse and the selected route take the places of the least busy.
    static constexpr int chartedRoutes = 5;
    // A route's row asks for its failed calls over this window, up to the latest scrape.
    static constexpr qint64 rowWindowMs = 15 * qint64(60'000);

    explicit GatewayPage(QWidget *parent = nullptr);
    ~GatewayPage() override;

    // The configured gateway, or none (the page says how to add one). Another metrics page or
    // flavor forgets what was shown until the next reading.
    void setGateway(const std::optional<GatewaySpec> &gateway);
    // A page was read: the tracker's routes, upstreams and trends, how the page was read, the
    // gateway's overall status (as the overview shows it) and which integration each route carries.
    void showReading(const GatewayTracker &tracker, const PageDiagnostics &diagnostics, HealthStatus gatewayStatus,
                     const GatewayRoutesModel::IntegrationLookup &integrationFor);
    // What the gateway's event feed is doing, in a sentence ("Following the event feed: 1,204
    // events stored"); `problem` shows it as a warning. Empty hides it.
    void setEventFeedStatus(const QString &text, bool problem);
    // How long ago the last scrape was is told relative to this; the window ticks it.
    void setNow(const QDateTime &now);

    const GatewayRoutesModel *model() const;
    // Routes at Warning or worse, upstream targets that are down, an unreachable datastore and a
    // page that could not be read: what the tab counts.
    int problemCount() const;
    // The worst of those and of the gateway's own status, for the tab's colour; Up when all is well.
    HealthStatus attention() const;

Q_SIGNALS:
    // The user wants the failed calls through this route in [fromMs, toMs].
    void failedCallsRequested(const QString &service, const std::optional<QString> &route, qint64 fromMs, qint64 toMs);
    // problemCount() or attention() may have changed.
    void summaryChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildEmptyStates();
    void buildHeader(QWidget *parent);
    void buildTable(QWidget *parent);
    void buildCharts(QWidget *parent);
    void buildUpstreams(QWidget *parent);
    void updateState();
    void updateHeader();
    void updateUpstreams();
    void updateActions();
    void collectTrends(const GatewayTracker &tracker);
    void chooseCharted();
    void chooseSplit();
    void scheduleCharts();
    void refreshCharts();
    void updateLegend();
    void updateInsets();
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void followLatest();
    void setCrosshair(std::optional<qint64> atMs);
    void requestForCurrentRow();
    void requestAtPoint(int chart, qint64 atMs);
    void applyColours();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
