#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <optional>

namespace gw {

// Latencies in fixed, log-spaced buckets, mergeable by adding counts, so p50/p95/p99 of any
// period come from per-minute histograms without the raw samples. Besides the buckets it keeps
// the exact count, sum, minimum and maximum.
//
// Buckets: 0 holds everything below 0.1 ms; bucket i (1 <= i < bucketCount - 1) holds
// [0.1 * g^(i-1), 0.1 * g^i) ms with g = 2^(1/8) (each ~9% wide); the last holds everything from
// ~10 minutes up. A quantile is interpolated geometrically inside its bucket and clamped to the
// exact min and max, so it is off by less than a bucket (~9%), and by at most about half of one
// (~4.5%) where the bucket holds many values.
class LatencyHistogram
{
public:
    static constexpr double lowestMs = 0.1;
    static constexpr int bucketsPerDoubling = 8;
    static constexpr int bucketCount = 2 + 23 * bucketsPerDoubling; // up to 0.1 ms * 2^23 = ~14 min

    static int bucketOf(double ms);         // NaN and anything below 0.1 ms: 0; +inf: the last
    static double lowerBoundMs(int bucket); // 0 for bucket 0
    static double upperBoundMs(int bucket); // +inf for the last

    void add(double ms, quint32 count = 1); // ignores NaN and infinities; negatives count as 0
    void merge(const LatencyHistogram &other);

    quint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    double sumMs() const { return m_sumMs; }
    std::optional<double> minMs() const;
    std::optional<double> maxMs() const;
    std::optional<double> meanMs() const;
    // q in [0, 1]; nullopt when empty.
    std::optional<double> quantile(double q) const;
    quint64 bucketCountAt(int bucket) const { return m_buckets.at(static_cast<std::size_t>(bucket)); }

    // A compact, versioned encoding for storage (only non-empty buckets); fromBlob rejects anything
    // malformed with an error instead of guessing.
    QByteArray toBlob() const;
    static Result<LatencyHistogram> fromBlob(QByteArrayView blob);

    bool operator==(const LatencyHistogram &) const = default;

private:
    std::array<quint64, bucketCount> m_buckets{};
    quint64 m_count = 0;
    double m_sumMs = 0;
    double m_minMs = 0; // meaningful when m_count > 0
    double m_maxMs = 0;
};

} // namespace gw
