#pragma once

#include "historyquery.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace gw {

class HistoryProvider;

// The history of one integration (all its checks) or one check: a range picker, a summary line
// and stacked charts on one time axis (a status strip, latency, errors by failure class, quota
// remaining, TLS days left; empty ones hidden), with what the vendor's status page declared in the
// range (incidents, maintenance) drawn across them. Dragging zooms every chart, shift-drag or the
// wheel pans, a double click or Reset returns to the picked range. Clicking a cell, point or bar
// lists the failed attempts of that window below the charts.
//
// Asks a HistoryProvider and receives its answers on the GUI thread; an answer to a question that
// has since been replaced (another subject, range or zoom) is dropped. Relative ranges refresh
// every ten seconds while the panel is visible, redrawing at most ten times a second with one
// replace() per series. GUI thread.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    enum class Range { Minutes15, Hour, Hours6, Hours24, Days7, Days30, Year, Custom };
    Q_ENUM(Range)

    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // nullptr: history is off, and the panel says so.
    void setProvider(HistoryProvider *provider);
    // An integration (empty checkId: all of its checks) or one check; an empty integrationId
    // shows a hint to pick one. `vendorId` (the integration's vendor, named `vendorName`) has its
    // status page history drawn over the charts; empty: none.
    void setSubject(const QString &integrationId, const QString &checkId, const QString &displayName,
                    const QString &vendorId = {}, const QString &vendorName = {});
    // Names for check ids in the list of failed attempts.
    void setCheckNames(const QHash<QString, QString> &namesByCheckId);

    Range range() const;
    void setRange(Range range);
    // A fixed window (not refreshed); the picker shows "Custom…".
    void setCustomRange(qint64 fromMs, qint64 toMs);
    // Where "now" comes from; the wall clock unless a test or a preview says otherwise.
    void setClock(std::function<qint64()> clock);

    // Asks again now (relative ranges also every ten seconds).
    void refresh();
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const;
    // Lists the failed attempts in [fromMs, toMs) below the charts.
    void selectWindow(qint64 fromMs, qint64 toMs);
    void clearSelection();

    // The question behind what is shown or being fetched, and the one the shown data answers.
    HistoryQuery currentQuery() const;
    std::optional<HistoryQuery> shownQuery() const;
    // Draws `data` at once, as if it had just arrived for the current subject.
    void showChartData(const ChartData &data);

Q_SIGNALS:
    // The charts now show the answer to `query`.
    void chartShown(const gw::HistoryQuery &query);
    // A status cell or a point of a chart was clicked: the user wants the failed calls of the
    // subject (every check of the integration when `checkId` is empty) in [fromMs, toMs).
    void failedCallsRequested(const QString &integrationId, const QString &checkId, qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildHeader();
    void buildCharts();
    void buildFailures();
    void requestChart();
    void handleChart(quint64 generation, const std::optional<ChartData> &data);
    void scheduleApply();
    void applyPending();
    void applyRange(qint64 fromMs, qint64 toMs);
    void applyColours();
    void updateState();
    void updateHeader();
    void updateInsets();
    void updateLegends();
    void updateVendorNote();
    void updateLiveTimer();
    void handlePickerChanged(int index);
    void pickCustomRange();
    void pan(qint64 fromMs, qint64 toMs);
    void selectAround(qint64 atMs);
    void selectErrorBucket(qint64 atMs);
    void setCrosshair(std::optional<qint64> atMs);
    qint64 now() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
