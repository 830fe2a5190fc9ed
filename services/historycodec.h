#pragma once

#include "historysample.h"
#include "result.h"
#include "rollup.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class QSqlQuery;

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

} // namespace gw
