#pragma once

#include "callsource.h"
#include "gatewayevent.h"
#include "historysample.h"
#include "historyschema.h"
#include "result.h"
#include "rollup.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace gw {

// A rollup as the history keeps it on disk, with the latencies themselves while there are few:
// a minute of a 10 s check holds six, which take a third of the bytes of a histogram and give the
// same histogram back. That is what keeps a month of minute rollups within the size target.
//
// Blob layout: a format byte (1: latencies listed, 2: histogram); the state counts as a varint
// bit mask of storage codes followed by a varint count per set bit; the failure counts the same
// way; then either a varint number of latencies and each latency in microseconds as a varint, or
// LatencyHistogram::toBlob().
struct RollupCell
{
    static constexpr int maxListed = 16;

    Rollup rollup;
    QList<qint64> latenciesUs; // every latency in `rollup`, in the order added, while `listed`
    bool listed = true;

    // The sample's latency is expected in whole microseconds (see roundedToMicroseconds).
    void add(const HistorySample &sample);
    // Merging a rollup forgets the individual latencies.
    void merge(const Rollup &other);

    QByteArray toBlob() const;
    static Result<RollupCell> fromBlob(QByteArrayView blob, qint64 startMs);
};

// Latencies and queue times are stored in whole microseconds. Samples are rounded once, when
// they are recorded, so a rollup computed in memory and one computed from stored rows agree.
qint64 toMicroseconds(double ms);
HistorySample roundedToMicroseconds(HistorySample sample);

// The columns a sample is stored in, in this order, for SELECT lists.
QString sampleColumns(); // "t_ms, state, latency_us, queue_us, http_status, failure_class, reason"
// A sample from a row selected with sampleColumns() starting at `first`.
HistorySample sampleFromRow(const QSqlQuery &query, int first = 0);

// Calls (schema 3) are rows of `calls`, columns to filter and sort on, and the whole record in
// `call_data.data` (same id) as JSON: compact UTF-8, bodies base64 or text as CallRecord holds
// them, each cut to maxCallBodyBytes here whatever the producer sent. A call from a gateway's
// feed also keeps what its event said beyond the record (id, cursor, feed, the vendor request id
// as the gateway gave it), so that the event can be given back as it came.

// Codes stored for CallOrigin, fixed forever: 0 check, 1 gateway.
int storageCode(CallOrigin origin);
std::optional<CallOrigin> callOriginFromStorage(int code);

QByteArray callToData(const CallRecord &record, const GatewayEvent *event = nullptr, const QString &feed = {});
// The record kept in `data`; its id is the row's, which `data` does not hold.
Result<CallRecord> callFromData(QByteArrayView data);
// The gateway event a call came from; an error for a call that did not come from one.
Result<GatewayEvent> gatewayEventFromData(QByteArrayView data);

// Writes calls with statements prepared once on `db`, inside the caller's transaction: a new
// call is added; a gateway's event already stored (by event id) is replaced by a newer version
// of it and left alone by an older one, as events are.
class CallWriter
{
public:
    explicit CallWriter(const QSqlDatabase &db);
    Q_DISABLE_COPY_MOVE(CallWriter)

    // The statements could not be prepared (a file older than schema 3): every write fails.
    std::optional<DbError> prepareError() const { return m_prepareError; }
    std::optional<DbError> write(const CallRecord &record, const GatewayEvent *event = nullptr,
                                 const QString &feed = {});

private:
    QSqlQuery m_upsert;
    QSqlQuery m_data;
    std::optional<DbError> m_prepareError;
};

// The columns of a CallSummary, in this order, for SELECT lists.
QString callSummaryColumns(); // "id, t_ms, origin, integration, check_or_route, attempt, method, url, …"
CallSummary callSummaryFromRow(const QSqlQuery &query, int first = 0);

} // namespace gw
