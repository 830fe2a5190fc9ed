#include "prometheushistory.h"

#include "promchart.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

template<typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// {integration=~"a|b"}, each id taken literally.
QString integrationsSelector(const QStringList &ids, const QString &more = {})
{
    QStringList escaped;
    for (const QString &id : ids)
        escaped.append(QRegularExpression::escape(id));
    return u"{integration=~"_s + promQuote(escaped.join(u'|')) + more + u'}';
}

} // namespace

PrometheusHistory::PrometheusHistory(Options options, const HistoryProvider *local, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_local(local),
      m_client(new PrometheusClient(m_options.server, this))
{}

PrometheusHistory::~PrometheusHistory() = default;

QFuture<ChartData> PrometheusHistory::chart(const HistoryQuery &query) const
{
    ChartData empty;
    empty.query = query;
    if (query.integrationId.isEmpty() || query.toMs <= query.fromMs)
        return ready(empty);
    const qint64 minStep = std::max<qint64>(m_options.scrapeIntervalMs, 1'000);
    // Buckets lie between neighbouring points: one point more than the buckets wanted.
    const RangeStep grid = rangeStep(query.fromMs, query.toMs, std::max(query.maxPoints, 2) + 1, minStep);
    const RangeStep cells = rangeStep(query.fromMs, query.toMs, std::max(query.maxCells, 1) + 1, minStep);
    const QString check = promSelector(query.integrationId, query.checkId);
    const QString integration = promSelector(query.integrationId, {});

    QList<QFuture<PromResult>> asked{
        m_client->queryRange(u"gatewatch_check_attempts_total"_s + check, grid),
        m_client->queryRange(u"gatewatch_check_failures_total"_s + check, grid),
        m_client->queryRange(u"gatewatch_check_duration_seconds_bucket"_s + check, grid),
        m_client->queryRange(u"gatewatch_check_attempts_total"_s + check, cells),
        m_client->queryRange(u"gatewatch_quota_remaining"_s + integration, grid),
        m_client->queryRange(u"gatewatch_quota_limit"_s + integration, grid),
        m_client->queryRange(u"gatewatch_quota_reset_timestamp_seconds"_s + integration, grid),
        m_client->queryRange(u"gatewatch_tls_cert_expiry_timestamp_seconds"_s + check, grid),
    };
    return QtFuture::whenAll(asked.begin(), asked.end())
        .then(m_client, [query, grid, cells, empty](const QList<QFuture<PromResult>> &answers) {
            QList<QList<PromSeries>> series;
            for (const QFuture<PromResult> &answer : answers) {
                if (!answer.isValid() || answer.isCanceled() || answer.resultCount() == 0) {
                    ChartData failed = empty;
                    failed.problem = PrometheusHistory::tr("Prometheus did not answer");
                    return failed;
                }
                const PromResult result = answer.result();
                if (!result) {
                    ChartData failed = empty;
                    failed.problem = result.error().message;
                    return failed;
                }
                series.append(result->series);
            }
            PromChartInputs inputs;
            inputs.grid = grid;
            inputs.cells = cells;
            inputs.attempts = series.at(0);
            inputs.failures = series.at(1);
            inputs.durationBuckets = series.at(2);
            inputs.cellAttempts = series.at(3);
            inputs.quotaRemaining = series.at(4);
            inputs.quotaLimit = series.at(5);
            inputs.quotaReset = series.at(6);
            inputs.tlsExpiry = series.at(7);
            return promChart(query, inputs);
        });
}

QFuture<QList<IntegrationSummary>> PrometheusHistory::summaries(const QStringList &integrationIds, qint64 nowMs) const
{
    QList<IntegrationSummary> blank;
    for (const QString &id : integrationIds)
        blank.append(IntegrationSummary{id, std::nullopt, {}});
    if (integrationIds.isEmpty())
        return ready(blank);
    // Availability as the history counts it: attempts that found the service answering (up,
    // degraded, rate-limited) over all attempts, the last 24 hours.
    const QString attempts = u"gatewatch_check_attempts_total"_s;
    const QString availability =
        u"sum by (integration) (increase(%1%2[24h])) / sum by (integration) (increase(%1%3[24h]))"_s.arg(
            attempts, integrationsSelector(integrationIds, u",result!=\"down\""_s), integrationsSelector(integrationIds));
    // The sparkline: the median latency minute by minute over the last hour, in ms.
    const QString sparkline =
        u"histogram_quantile(0.5, sum by (integration, le) (rate(gatewatch_check_duration_seconds_bucket%1[2m]))) * 1000"_s
            .arg(integrationsSelector(integrationIds));
    const qint64 minute = 60'000;
    const RangeStep lastHour = rangeStep(nowMs - 3'600'000, nowMs, 61, minute);
    QList<QFuture<PromResult>> asked{m_client->query(availability, nowMs), m_client->queryRange(sparkline, lastHour)};
    return QtFuture::whenAll(asked.begin(), asked.end())
        .then(m_client, [blank](const QList<QFuture<PromResult>> &answers) {
            QList<IntegrationSummary> out = blank;
            const auto seriesOf = [&](int i) -> QList<PromSeries> {
                const QFuture<PromResult> &answer = answers.at(i);
                if (answer.resultCount() == 0 || !answer.result())
                    return {};
                return answer.result()->series;
            };
            for (const PromSeries &one : seriesOf(0)) {
                for (IntegrationSummary &summary : out) {
                    if (summary.integrationId == one.labels.value(u"integration"_s) && !one.points.isEmpty()
                        && std::isfinite(one.points.constFirst().value))
                        summary.availability24h = one.points.constFirst().value;
                }
            }
            for (const PromSeries &one : seriesOf(1)) {
                for (IntegrationSummary &summary : out) {
                    if (summary.integrationId != one.labels.value(u"integration"_s))
                        continue;
                    for (const PromPoint &point : one.points) {
                        if (std::isfinite(point.value))
                            summary.latencySparkline.append(QPointF(static_cast<double>(point.atMs), point.value));
                    }
                }
            }
            return out;
        });
}

QFuture<Result<PromRollups, QString>> PrometheusHistory::scorecardHistory(const QStringList &integrationIds,
                                                                          qint64 fromMs, qint64 toMs) const
{
    const RangeStep grid = scorecardGrid(fromMs, toMs);
    if (integrationIds.isEmpty() || grid.points == 0) {
        PromRollups none;
        none.bucketMs = grid.stepMs;
        return ready(Result<PromRollups, QString>(none));
    }
    const QString selector = integrationsSelector(integrationIds);
    const QString window = u'[' + QString::number(grid.stepMs / 1000) + u"s]";
    const auto increase = [&](const QString &metric, const QString &by) {
        return u"sum by (integration, %1) (increase(%2%3%4))"_s.arg(by, metric, selector, window);
    };
    QList<QFuture<PromResult>> asked{
        m_client->queryRange(increase(u"gatewatch_check_attempts_total"_s, u"result"_s), grid),
        m_client->queryRange(increase(u"gatewatch_check_failures_total"_s, u"class"_s), grid),
        m_client->queryRange(increase(u"gatewatch_check_duration_seconds_bucket"_s, u"le"_s), grid),
        m_client->queryRange(u"min by (integration) (100 * min_over_time(gatewatch_quota_remaining%1%2)"
                             u" / max_over_time(gatewatch_quota_limit%1%2))"_s.arg(selector, window),
                             grid),
    };
    return QtFuture::whenAll(asked.begin(), asked.end())
        .then(m_client, [grid](const QList<QFuture<PromResult>> &answers) -> Result<PromRollups, QString> {
            QList<QList<PromSeries>> series;
            for (const QFuture<PromResult> &answer : answers) {
                if (!answer.isValid() || answer.isCanceled() || answer.resultCount() == 0)
                    return PrometheusHistory::tr("Prometheus did not answer");
                const PromResult result = answer.result();
                if (!result)
                    return result.error().message;
                series.append(result->series);
            }
            PromRollupInputs inputs;
            inputs.grid = grid;
            inputs.attempts = series.at(0);
            inputs.failures = series.at(1);
            inputs.durationBuckets = series.at(2);
            inputs.quotaHeadroom = series.at(3);
            return promRollups(inputs);
        });
}

QFuture<QList<CheckSample>> PrometheusHistory::failures(const HistoryQuery &query, int limit) const
{
    return m_local ? m_local->failures(query, limit) : ready(QList<CheckSample>());
}

QFuture<QList<GatewayEvent>> PrometheusHistory::events(const EventQuery &query) const
{
    return m_local ? m_local->events(query) : ready(QList<GatewayEvent>());
}

QFuture<QList<WebhookVolume>> PrometheusHistory::webhookVolumes(qint64 fromMs, qint64 toMs) const
{
    return m_local ? m_local->webhookVolumes(fromMs, toMs) : ready(QList<WebhookVolume>());
}

} // namespace gw
