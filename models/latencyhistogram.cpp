#include "latencyhistogram.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr quint8 blobVersion = 1;
constexpr int lastBucket = LatencyHistogram::bucketCount - 1;
// A 64-bit value takes at most ten 7-bit groups.
constexpr int maxVarintBytes = 10;

// bounds[k] is the lower bound of bucket k + 1. Each octave is the first one scaled by an exact
// power of two, so 0.1 * 2^n is exactly the boundary it reads as and every octave is cut alike.
const std::array<double, LatencyHistogram::bucketCount - 1> &bounds()
{
    static const auto table = [] {
        std::array<double, LatencyHistogram::bucketCount - 1> result{};
        std::array<double, LatencyHistogram::bucketsPerDoubling> octave{};
        octave[0] = LatencyHistogram::lowestMs;
        for (int j = 1; j < LatencyHistogram::bucketsPerDoubling; ++j)
            octave[static_cast<std::size_t>(j)] =
                LatencyHistogram::lowestMs * std::exp2(static_cast<double>(j) / LatencyHistogram::bucketsPerDoubling);
        for (std::size_t k = 0; k < result.size(); ++k)
            result[k] = std::ldexp(octave[k % octave.size()], static_cast<int>(k / octave.size()));
        return result;
    }();
    return table;
}

quint64 saturatingAdd(quint64 a, quint64 b)
{
    return b > std::numeric_limits<quint64>::max() - a ? std::numeric_limits<quint64>::max() : a + b;
}

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

void appendDouble(QByteArray &out, double value)
{
    const quint64 bits = qToLittleEndian(std::bit_cast<quint64>(value));
    out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
}

// Reads the blob front to back; every read fails cleanly at the end of the input, with the offset
// of the first byte it could not use.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    std::optional<quint8> byte()
    {
        if (atEnd())
            return std::nullopt;
        return static_cast<quint8>(m_data[m_pos++]);
    }

    // Only the shortest encoding is accepted, so every histogram has exactly one blob.
    std::optional<quint64> varint()
    {
        quint64 value = 0;
        for (int i = 0; i < maxVarintBytes; ++i) {
            const std::optional<quint8> b = byte();
            if (!b)
                return std::nullopt;
            const quint64 group = *b & 0x7FU;
            if (i == maxVarintBytes - 1 && group > 1)
                return std::nullopt;
            value |= group << (7 * i);
            if ((*b & 0x80U) == 0) {
                if (i > 0 && group == 0)
                    return std::nullopt;
                return value;
            }
        }
        return std::nullopt;
    }

    std::optional<double> float64()
    {
        if (m_data.size() - m_pos < static_cast<qsizetype>(sizeof(quint64)))
            return std::nullopt;
        const auto bits = qFromLittleEndian<quint64>(m_data.data() + m_pos);
        m_pos += static_cast<qsizetype>(sizeof(quint64));
        return std::bit_cast<double>(bits);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

Error blobError(const QString &what, qsizetype position)
{
    return Error{u"latency histogram: "_s + what, position};
}

} // namespace

int LatencyHistogram::bucketOf(double ms)
{
    // NaN compares false with every bound and lands in bucket 0; +inf lands in the last bucket.
    if (!(ms >= lowestMs))
        return 0;
    const auto &b = bounds();
    return static_cast<int>(std::upper_bound(b.begin(), b.end(), ms) - b.begin());
}

double LatencyHistogram::lowerBoundMs(int bucket)
{
    if (bucket <= 0)
        return 0;
    return bounds()[static_cast<std::size_t>(std::min(bucket, lastBucket) - 1)];
}

double LatencyHistogram::upperBoundMs(int bucket)
{
    if (bucket >= lastBucket)
        return std::numeric_limits<double>::infinity();
    return bounds()[static_cast<std::size_t>(std::max(bucket, 0))];
}

// Non-finite values are not latencies and would poison the sum, so they are dropped; a negative
// one is a clock quirk on a very fast response and counts as 0.
void LatencyHistogram::add(double ms, quint32 count)
{
    if (count == 0 || !std::isfinite(ms))
        return;
    if (!(ms > 0))
        ms = 0;
    auto &bucket = m_buckets[static_cast<std::size_t>(bucketOf(ms))];
    bucket = saturatingAdd(bucket, count);
    if (m_count == 0) {
        m_minMs = ms;
        m_maxMs = ms;
    } else {
        m_minMs = std::min(m_minMs, ms);
        m_maxMs = std::max(m_maxMs, ms);
    }
    m_count = saturatingAdd(m_count, count);
    m_sumMs += ms * static_cast<double>(count);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] = saturatingAdd(m_buckets[i], other.m_buckets[i]);
    if (m_count == 0) {
        m_minMs = other.m_minMs;
        m_maxMs = other.m_maxMs;
    } else {
        m_minMs = std::min(m_minMs, other.m_minMs);
        m_maxMs = std::max(m_maxMs, other.m_maxMs);
    }
    m_count = saturatingAdd(m_count, other.m_count);
    m_sumMs += other.m_sumMs;
}

std::optional<double> LatencyHistogram::minMs() const
{
    return m_count > 0 ? std::optional(m_minMs) : std::nullopt;
}

std::optional<double> LatencyHistogram::maxMs() const
{
    return m_count > 0 ? std::optional(m_maxMs) : std::nullopt;
}

std::optional<double> LatencyHistogram::meanMs() const
{
    return m_count > 0 ? std::optional(m_sumMs / static_cast<double>(m_count)) : std::nullopt;
}

// The bucket holding the nearest-rank value (the ceil(q * count)-th smallest) is found exactly;
// inside it the values are assumed spread evenly on the log scale, between the bucket's bounds
// narrowed to the exact minimum and maximum.
std::optional<double> LatencyHistogram::quantile(double q) const
{
    if (m_count == 0 || std::isnan(q))
        return std::nullopt;
    q = std::clamp(q, 0.0, 1.0);
    const double rank = q * static_cast<double>(m_count);
    quint64 before = 0;
    for (int i = 0; i < bucketCount; ++i) {
        const quint64 n = m_buckets[static_cast<std::size_t>(i)];
        if (n == 0)
            continue;
        if (static_cast<double>(before + n) < rank && before + n < m_count) {
            before += n;
            continue;
        }
        const double fraction = std::clamp((rank - static_cast<double>(before)) / static_cast<double>(n), 0.0, 1.0);
        const double lo = std::max(lowerBoundMs(i), m_minMs);
        const double hi = std::min(upperBoundMs(i), m_maxMs);
        if (hi <= lo)
            return lo;
        // Bucket 0 starts at 0, where the log scale does not reach.
        const double value = lo > 0 ? lo * std::pow(hi / lo, fraction) : lo + (hi - lo) * fraction;
        return std::clamp(value, m_minMs, m_maxMs);
    }
    return m_maxMs;
}

// Layout (version 1): the version byte, a varint count; when the count is not 0 the sum, minimum
// and maximum as little-endian IEEE doubles, a varint number of non-empty buckets and, per such
// bucket in ascending order, a varint index step (from -1, so never 0) and a varint count.
QByteArray LatencyHistogram::toBlob() const
{
    QByteArray out;
    out.append(static_cast<char>(blobVersion));
    appendVarint(out, m_count);
    if (m_count == 0)
        return out;
    appendDouble(out, m_sumMs);
    appendDouble(out, m_minMs);
    appendDouble(out, m_maxMs);
    const auto nonEmpty = std::count_if(m_buckets.begin(), m_buckets.end(), [](quint64 n) { return n > 0; });
    appendVarint(out, static_cast<quint64>(nonEmpty));
    int previous = -1;
    for (int i = 0; i < bucketCount; ++i) {
        const quint64 n = m_buckets[static_cast<std::size_t>(i)];
        if (n == 0)
            continue;
        appendVarint(out, static_cast<quint64>(i - previous));
        appendVarint(out, n);
        previous = i;
    }
    return out;
}

Result<LatencyHistogram> LatencyHistogram::fromBlob(QByteArrayView blob)
{
    Reader in(blob);
    const std::optional<quint8> version = in.byte();
    if (!version)
        return blobError(u"empty"_s, 0);
    if (*version != blobVersion)
        return blobError(u"unknown version %1"_s.arg(static_cast<int>(*version)), 0);

    LatencyHistogram h;
    qsizetype at = in.position();
    const std::optional<quint64> count = in.varint();
    if (!count)
        return blobError(u"bad or truncated count"_s, at);
    h.m_count = *count;
    if (h.m_count == 0) {
        if (!in.atEnd())
            return blobError(u"trailing bytes"_s, in.position());
        return h;
    }

    at = in.position();
    const std::optional<double> sum = in.float64();
    const std::optional<double> min = in.float64();
    const std::optional<double> max = in.float64();
    if (!sum || !min || !max)
        return blobError(u"truncated sum, minimum or maximum"_s, at);
    if (!std::isfinite(*sum) || !std::isfinite(*min) || !std::isfinite(*max) || *sum < 0 || *min < 0 || *min > *max)
        return blobError(u"impossible sum, minimum or maximum"_s, at);
    h.m_sumMs = *sum;
    h.m_minMs = *min;
    h.m_maxMs = *max;

    at = in.position();
    const std::optional<quint64> nonEmpty = in.varint();
    if (!nonEmpty)
        return blobError(u"bad or truncated bucket count"_s, at);
    if (*nonEmpty == 0 || *nonEmpty > static_cast<quint64>(bucketCount))
        return blobError(u"impossible number of buckets %1"_s.arg(*nonEmpty), at);

    int index = -1;
    int first = -1;
    quint64 total = 0;
    for (quint64 k = 0; k < *nonEmpty; ++k) {
        at = in.position();
        const std::optional<quint64> step = in.varint();
        const std::optional<quint64> n = in.varint();
        if (!step || !n)
            return blobError(u"bad or truncated bucket"_s, at);
        if (*step == 0 || *step > static_cast<quint64>(lastBucket - index))
            return blobError(u"bucket index out of order or out of range"_s, at);
        if (*n == 0)
            return blobError(u"empty bucket listed"_s, at);
        if (*n > std::numeric_limits<quint64>::max() - total)
            return blobError(u"bucket counts overflow"_s, at);
        index += static_cast<int>(*step);
        if (first < 0)
            first = index;
        total += *n;
        h.m_buckets[static_cast<std::size_t>(index)] = *n;
    }
    if (!in.atEnd())
        return blobError(u"trailing bytes"_s, in.position());
    if (total != h.m_count)
        return blobError(u"bucket counts do not add up to the count"_s, at);
    if (bucketOf(h.m_minMs) != first || bucketOf(h.m_maxMs) != index)
        return blobError(u"minimum or maximum outside the first or last bucket"_s, at);
    return h;
}

} // namespace gw
