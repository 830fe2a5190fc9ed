#pragma once

#include "historyprovider.h"

#include <QFuture>
#include <QPromise>

#include <memory>

namespace gw {

// An in-memory history for ui tests and screenshots: one check probed every 30 s, deterministic,
// with an outage 50 to 38 minutes before `nowMs` (HTTP 503), a timeout 90 minutes before it, a
// slow spell 3 h before it and a short rate-limited spell 20 h before it. Answers at once, or holds them until
// released.
class FakeHistory final : public HistoryProvider
{
public:
    struct Options
    {
        bool empty = false;  // nothing recorded
        bool quotas = false; // two quota policies
        bool tls = false;    // a certificate expiring in about 40 days
        bool hold = false;   // answers wait for releaseChart() / failChart()
    };

    explicit FakeHistory(qint64 nowMs);

    qint64 nowMs() const { return m_nowMs; }
    Options options;

    QFuture<ChartData> chart(const HistoryQuery &query) const override;
    // What the vendor's status page declared: a chart asked with a vendorId gets those that
    // overlap its range.
    QList<ChartAnnotation> annotations;
    QFuture<QList<CheckSample>> failures(const HistoryQuery &query, int limit) const override;
    QFuture<QList<IntegrationSummary>> summaries(const QStringList &integrationIds, qint64 nowMs) const override;
    // From `gatewayEvents`, filtered and ordered as the reader would.
    QFuture<QList<GatewayEvent>> events(const EventQuery &query) const override;
    QList<GatewayEvent> gatewayEvents;
    // Counted from the webhook deliveries of `gatewayEvents` by their time.
    QFuture<QList<WebhookVolume>> webhookVolumes(qint64 fromMs, qint64 toMs) const override;

    // What was asked, in order.
    mutable QList<HistoryQuery> chartQueries;
    mutable QList<HistoryQuery> failureQueries;
    mutable QList<QStringList> summaryRequests;
    mutable QList<EventQuery> eventQueries;

    int heldCount() const { return static_cast<int>(m_held.size()); }
    void releaseChart(int index);
    void failChart(int index);

    // The samples of [fromMs, toMs) and the chart built from them, as the reader would answer.
    QList<HistorySample> samples(qint64 fromMs, qint64 toMs) const;
    ChartData makeChart(const HistoryQuery &query) const;

private:
    struct Held
    {
        HistoryQuery query;
        std::shared_ptr<QPromise<ChartData>> promise;
    };

    qint64 m_nowMs;
    mutable QList<Held> m_held;
};

} // namespace gw
