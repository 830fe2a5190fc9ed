// Chart benchmark: applying an already-downsampled answer (2,000 points each of p50, p95 and
// single attempts, a strip of 120 cells, 120 error buckets) to the history panel and repainting
// it, over 50 rounds; then, for scale, a plain QLineSeries::replace() of 100,000 and 1,000,000
// points and one repaint of each.
//
//   bench_chart [--rounds 50] [--skip-large]
//
// Runs on whatever platform Qt picks: ctest sets QT_QPA_PLATFORM=offscreen; by hand, also run it
// under `xvfb-run -a` for a real X server. Not a unit test: no thresholds here; docs/PERFORMANCE.md
// records the results (target: apply + repaint under 16 ms).

#include "historypanel.h"
#include "historyprovider.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QPixmap>
#include <QPromise>
#include <QTextStream>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const qint64 nowMs = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

template<typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

// Answers every question with the same prepared chart.
class PreparedHistory final : public HistoryProvider
{
public:
    ChartData data;

    QFuture<ChartData> chart(const HistoryQuery &) const override { return ready(data); }
    QFuture<QList<CheckSample>> failures(const HistoryQuery &, int) const override
    {
        return ready(QList<CheckSample>());
    }
    QFuture<QList<IntegrationSummary>> summaries(const QStringList &, qint64) const override
    {
        return ready(QList<IntegrationSummary>());
    }
    QFuture<QList<GatewayEvent>> events(const EventQuery &) const override { return ready(QList<GatewayEvent>()); }
    QFuture<QList<WebhookVolume>> webhookVolumes(qint64, qint64) const override
    {
        return ready(QList<WebhookVolume>());
    }
};

// An hour at the raw resolution, shifted by `round` so every round really changes the series.
ChartData answer(const HistoryQuery &query, int round, int points, int cells)
{
    ChartData data;
    data.query = query;
    data.resolution = Resolution::Raw;
    const double span = static_cast<double>(query.toMs - query.fromMs);
    for (int i = 0; i < points; ++i) {
        const double x = static_cast<double>(query.fromMs) + span * (i + 0.5) / points;
        const double wave = 180 + 60 * std::sin((i + round * 7) / 40.0);
        data.latencyP50.append(QPointF(x, wave));
        data.latencyP95.append(QPointF(x, wave * 1.6 + (i % 17)));
        data.latencyRaw.append(QPointF(x, wave + ((i * 7919 + round * 13) % 120) - 60));
    }
    const qint64 cellMs = (query.toMs - query.fromMs) / cells;
    for (int i = 0; i < cells; ++i) {
        TimelineCell cell;
        cell.startMs = query.fromMs + i * cellMs;
        cell.endMs = cell.startMs + cellMs;
        const bool down = (i + round) % 40 >= 36;
        cell.state = down ? HealthStatus::Down : (i % 23 == 0 ? HealthStatus::Degraded : HealthStatus::Up);
        cell.attempts = 17;
        cell.failures = down ? 17 : 0;
        data.timeline.append(cell);
        ErrorBucket bucket;
        bucket.startMs = cell.startMs;
        bucket.endMs = cell.endMs;
        bucket.attempts = 17;
        bucket.byClass[5] = down ? 15 : 0; // HTTP status
        bucket.byClass[4] = down ? 2 : 0;  // timeout
        data.errors.append(bucket);
    }
    for (int i = 0; i < 2040; ++i) {
        HistorySample sample;
        sample.atMs = query.fromMs + i * 1000;
        sample.state = i % 40 >= 36 ? HealthStatus::Down : HealthStatus::Up;
        sample.latencyMs = 150 + i % 90;
        data.total.add(sample);
    }
    return data;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    return {ms[ms.size() / 2], ms.back()};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void measureLarge(QTextStream &out, int points)
{
    auto *chart = new QChart;
    auto *series = new QLineSeries(chart);
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->legend()->hide();
    QChartView view(chart);
    view.resize(1200, 400);
    view.show();
    QCoreApplication::processEvents();

    QList<QPointF> data;
    data.reserve(points);
    for (int i = 0; i < points; ++i)
        data.append(QPointF(i, 200 + 80 * std::sin(i / 500.0) + (i * 7919) % 50));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            value->setRange(0, axis->orientation() == Qt::Horizontal ? points : 400);
    }

    QElapsedTimer timer;
    timer.start();
    series->replace(data);
    const double replaceMs = elapsedMs(timer);
    timer.restart();
    const QPixmap picture = view.grab();
    const double paintMs = elapsedMs(timer);
    out << u"QLineSeries::replace() of %1 points: %2 ms, then one repaint: %3 ms (%4x%5)\n"_s
               .arg(QLocale::c().toString(points))
               .arg(replaceMs, 0, 'f', 0)
               .arg(paintMs, 0, 'f', 1)
               .arg(picture.width())
               .arg(picture.height());
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Rounds of apply + repaint."_s, u"n"_s, u"50"_s);
    const QCommandLineOption skipLargeOption(u"skip-large"_s, u"Skip the 100,000 and 1,000,000 point runs."_s);
    parser.addOption(roundsOption);
    parser.addOption(skipLargeOption);
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTextStream out(stdout);
    out << u"platform: %1\n"_s.arg(QGuiApplication::platformName());

    PreparedHistory history;
    HistoryPanel panel;
    panel.setClock([] { return nowMs; });
    panel.resize(1250, 820);
    panel.setRange(HistoryPanel::Range::Hour);
    HistoryQuery query = panel.currentQuery();
    query.integrationId = u"stripe"_s;
    query.checkId = u"webhooks"_s;
    history.data = answer(query, 0, 2000, 120);
    panel.setProvider(&history);
    panel.setSubject(query.integrationId, query.checkId, u"Stripe · Webhook endpoint"_s);
    panel.show();
    // The first answer arrives through the event loop.
    QElapsedTimer waited;
    waited.start();
    while (!panel.shownQuery() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    query = panel.currentQuery();

    std::vector<ChartData> answers;
    for (int round = 0; round <= rounds; ++round)
        answers.push_back(answer(query, round + 1, 2000, 120));

    // Per round: apply (showChartData: one replace() per series, the strip, legends and labels),
    // then what the event loop does next (layout and the repaint of what changed, as posted
    // events), then, separately, a full repaint of the whole panel into a pixmap.
    std::vector<double> apply;
    std::vector<double> eventLoop;
    std::vector<double> shown;
    std::vector<double> grab;
    std::vector<double> conservative;
    for (int round = 0; round <= rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        panel.showChartData(answers[static_cast<std::size_t>(round)]);
        const double applied = elapsedMs(timer);
        timer.restart();
        QCoreApplication::sendPostedEvents();
        const double posted = elapsedMs(timer);
        timer.restart();
        const QPixmap picture = panel.grab();
        const double grabbed = elapsedMs(timer);
        if (round == 0 || picture.isNull())
            continue; // warm-up
        apply.push_back(applied);
        eventLoop.push_back(posted);
        shown.push_back(applied + posted);
        grab.push_back(grabbed);
        conservative.push_back(applied + grabbed);
    }
    const auto line = [&](const QString &what, const Stats &s) {
        out << u"%1: median %2 ms, max %3 ms\n"_s.arg(what).arg(s.median, 0, 'f', 2).arg(s.max, 0, 'f', 2);
    };
    out << u"history panel %1x%2, 2,000 points each of p50, p95 and single attempts, 120 cells, %3 rounds\n"_s
               .arg(panel.width())
               .arg(panel.height())
               .arg(rounds);
    line(u"  apply (one replace() per series, strip, labels)"_s, stats(apply));
    line(u"  layout + repaint by the event loop"_s, stats(eventLoop));
    line(u"  apply + event-loop repaint"_s, stats(shown));
    line(u"  full repaint of the panel (QWidget::grab)"_s, stats(grab));
    line(u"  apply + full repaint"_s, stats(conservative));
    out.flush();

    if (!parser.isSet(skipLargeOption)) {
        measureLarge(out, 100'000);
        measureLarge(out, 1'000'000);
    }
    return 0;
}
