#pragma once

#include "callsource.h"
#include "gatewayevent.h"
#include "historyprovider.h"
#include "historyquery.h"
#include "result.h"
#include "scorecard.h"

#include <QMap>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace gw {

// A statement and the values to bind to it, in order.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// Answers queries on the history database with connections of its own (WAL lets it read while
// the store writes), on a thread pool: the resolution is picked from the range, the retention and
// maxPoints, and series are downsampled before they are returned. Safe to use from any thread.
// It is also the failed-calls page's CallSource: lists of a million calls page through indexes in
// time order (see historyschema.h) and jump by OFFSET without reading the rows they skip.
class HistoryReader final : public HistoryProvider, public CallSource
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
    QFuture<QList<WebhookVolume>> webhookVolumes(qint64 fromMs, qint64 toMs) const override;
    // Gaps the gateways reported in [fromMs, toMs), newest first.
    QFuture<QList<RecordedGap>> eventGaps(qint64 fromMs, qint64 toMs, int limit) const;

    // Stored calls (CallSource). Text matches case-insensitively as SQLite's LIKE does: letters
    // outside ASCII only as they are written.
    QFuture<qint64> countCalls(const CallFilter &filter) const override;
    QFuture<QList<CallSummary>> callRows(const CallFilter &filter, qint64 offset, int limit) const override;
    QFuture<std::optional<CallRecord>> call(qint64 id) const override;
    QFuture<std::optional<CallRecord>> lastSuccess(const QString &integration, const QString &check,
                                                   qint64 beforeMs) const override;

    // Synchronous forms of the queries above, for the command line and tests.
    ChartData chartNow(const HistoryQuery &query) const;
    QList<GatewayEvent> eventsNow(const EventQuery &query) const;
    QList<WebhookVolume> webhookVolumesNow(qint64 fromMs, qint64 toMs) const;
    QList<RecordedGap> eventGapsNow(qint64 fromMs, qint64 toMs, int limit) const;
    qint64 countCallsNow(const CallFilter &filter) const;
    QList<CallSummary> callRowsNow(const CallFilter &filter, qint64 offset, int limit) const;
    std::optional<CallRecord> callNow(qint64 id) const;
    std::optional<CallRecord> lastSuccessNow(const QString &integration, const QString &check, qint64 beforeMs) const;

    // What the vendor's status page said about [fromMs, toMs), as HistoryStore::recordVendorStatus()
    // kept it, ordered by start. Incidents that overlap the range; one without an end (open when
    // last seen) has no endMs, and counts as lasting until it was last seen: one that left the
    // page unresolved is not taken to go on for ever.
    QList<DeclaredIncident> vendorIncidentsNow(const QString &vendorId, qint64 fromMs, qint64 toMs) const;
    // Announced maintenance windows that overlap the range (Reason::Maintenance, labelled with the
    // maintenance's name), unclipped. A window without a planned end lasts until it was last seen.
    QList<Exclusion> vendorMaintenanceNow(const QString &vendorId, qint64 fromMs, qint64 toMs) const;

    // The requests the gateway carried for the integration in [fromMs, toMs), as
    // HistoryStore::recordGatewayRequests() counted them: the sum of its hours whose middle lies in
    // the range. nullopt when the history holds none of its hours there (no gateway carries it, or
    // none was read then), which is not the same as a count of 0; an error when the history
    // cannot be read.
    Result<std::optional<double>, QString> gatewayRequestsNow(const QString &integrationId, qint64 fromMs, qint64 toMs) const;

    // What the integration's quotas consumed in [fromMs, toMs) by unit ("tokens", …), as
    // HistoryStore::record() counted it, hours taken as by gatewayRequestsNow(). Several policies
    // of one unit count the same use (a per-minute and a per-day limit): the unit's figure is the
    // largest of theirs. A unit without counted hours is absent; an error when the history cannot
    // be read.
    Result<QMap<QString, double>, QString> quotaUsageNow(const QString &integrationId, qint64 fromMs,
                                                         qint64 toMs) const;

    // What countCalls() and callRows() ask SQLite (the ids of one page, in order; an unfiltered
    // page past the middle is asked for in the other order), for tests and benchmarks to EXPLAIN.
    static SqlStatement callCountStatement(const CallFilter &filter);
    static SqlStatement callPageStatement(const CallFilter &filter, qint64 offset, int limit);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
