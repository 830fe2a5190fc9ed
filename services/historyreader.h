#pragma once

#include "gatewayevent.h"
#include "historyprovider.h"
#include "historyquery.h"

#include <QString>

#include <functional>
#include <memory>

namespace gw {

// Answers queries on the history database with connections of its own (WAL lets it read while
// the store writes), on a thread pool: the resolution is picked from the range, the retention and
// maxPoints, and series are downsampled before they are returned. Safe to use from any thread.
class HistoryReader final : public HistoryProvider
{
public:
    HistoryReader(QString path, Retention retention, std::function<qint64()> clock = {});
    ~HistoryReader() override;

    QFuture<ChartData> chart(const HistoryQuery &query) const override;
    QFuture<QList<CheckSample>> failures(const HistoryQuery &query, int limit) const override;
    QFuture<QList<IntegrationSummary>> summaries(const QStringList &integrationIds, qint64 nowMs) const override;

    // Streams samples (every check when query.integrationId is empty) in time order at the given
    // resolution, calling `sink` once per sample or rollup, on the calling thread, without loading
    // the range into memory. For Raw the CheckSample carries the attempt; for rollups use the
    // overload. Returns an error message, or an empty string.
    QString exportSamples(const HistoryQuery &query, const std::function<bool(const CheckSample &)> &sink) const;
    QString exportRollups(const HistoryQuery &query, Resolution resolution,
                          const std::function<bool(const QString &integrationId, const QString &checkId,
                                                   const Rollup &rollup)> &sink) const;

    // Stored gateway events of one type in [fromMs, toMs), newest first, at most query.limit;
    // a delivery as its latest version.
    QFuture<QList<GatewayEvent>> events(const EventQuery &query) const override;
    // Gaps the gateways reported in [fromMs, toMs), newest first.
    QFuture<QList<RecordedGap>> eventGaps(qint64 fromMs, qint64 toMs, int limit) const;

    // Synchronous forms of the queries above, for the command line and tests.
    ChartData chartNow(const HistoryQuery &query) const;
    QList<GatewayEvent> eventsNow(const EventQuery &query) const;
    QList<RecordedGap> eventGapsNow(qint64 fromMs, qint64 toMs, int limit) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
