#include "historycodec.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr quint8 listedFormat = 1;
constexpr quint8 histogramFormat = 2;

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

template<std::size_t N>
void appendCounts(QByteArray &out, const std::array<quint32, N> &counts)
{
    quint64 mask = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (counts[i] > 0)
            mask |= quint64(1) << i;
    }
    appendVarint(out, mask);
    for (std::size_t i = 0; i < N; ++i) {
        if (counts[i] > 0)
            appendVarint(out, counts[i]);
    }
}

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    qsizetype position() const { return m_pos; }
    QByteArrayView rest() const { return m_data.sliced(m_pos); }

    std::optional<quint8> byte()
    {
        if (m_pos >= m_data.size())
            return std::nullopt;
        return static_cast<quint8>(m_data[m_pos++]);
    }

    std::optional<quint64> varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::optional<quint8> b = byte();
            if (!b)
                return std::nullopt;
            value |= quint64(*b & 0x7fu) << shift;
            if ((*b & 0x80u) == 0)
                return value;
        }
        return std::nullopt;
    }

    template<std::size_t N>
    bool counts(std::array<quint32, N> &out)
    {
        const std::optional<quint64> mask = varint();
        if (!mask || (*mask >> N) != 0)
            return false;
        for (std::size_t i = 0; i < N; ++i) {
            if ((*mask & (quint64(1) << i)) == 0)
                continue;
            const std::optional<quint64> n = varint();
            if (!n || *n == 0 || *n > std::numeric_limits<quint32>::max())
                return false;
            out[i] = static_cast<quint32>(*n);
        }
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

Error cellError(const QString &what, qsizetype position)
{
    return Error{u"rollup cell: "_s + what, position};
}

} // namespace

void RollupCell::add(const HistorySample &sample)
{
    rollup.add(sample);
    if (!listed || !sample.latencyMs)
        return;
    if (latenciesUs.size() >= maxListed) {
        listed = false;
        latenciesUs.clear();
        return;
    }
    latenciesUs.append(toMicroseconds(*sample.latencyMs));
}

void RollupCell::merge(const Rollup &other)
{
    rollup.merge(other);
    if (other.latency.count() > 0) {
        listed = false;
        latenciesUs.clear();
    }
}

QByteArray RollupCell::toBlob() const
{
    QByteArray out;
    out.reserve(listed ? 8 + 3 * latenciesUs.size() : 64);
    out.append(static_cast<char>(listed ? listedFormat : histogramFormat));
    appendCounts(out, rollup.states);
    appendCounts(out, rollup.failures);
    if (listed) {
        appendVarint(out, static_cast<quint64>(latenciesUs.size()));
        for (const qint64 us : latenciesUs)
            appendVarint(out, static_cast<quint64>(std::max<qint64>(us, 0)));
    } else {
        out.append(rollup.latency.toBlob());
    }
    return out;
}

Result<RollupCell> RollupCell::fromBlob(QByteArrayView blob, qint64 startMs)
{
    Reader in(blob);
    RollupCell cell;
    cell.rollup.startMs = startMs;
    const std::optional<quint8> format = in.byte();
    if (!format || (*format != listedFormat && *format != histogramFormat))
        return cellError(u"unknown format"_s, 0);
    if (!in.counts(cell.rollup.states) || !in.counts(cell.rollup.failures))
        return cellError(u"bad counts"_s, in.position());
    if (*format == histogramFormat) {
        Result<LatencyHistogram> histogram = LatencyHistogram::fromBlob(in.rest());
        if (!histogram)
            return cellError(histogram.error().message, in.position() + histogram.error().position);
        cell.rollup.latency = std::move(histogram).value();
        cell.listed = false;
        return cell;
    }
    const std::optional<quint64> n = in.varint();
    if (!n || *n > static_cast<quint64>(maxListed))
        return cellError(u"bad number of latencies"_s, in.position());
    cell.latenciesUs.reserve(static_cast<qsizetype>(*n));
    for (quint64 i = 0; i < *n; ++i) {
        const std::optional<quint64> us = in.varint();
        if (!us || *us > static_cast<quint64>(std::numeric_limits<qint64>::max()))
            return cellError(u"bad latency"_s, in.position());
        cell.latenciesUs.append(static_cast<qint64>(*us));
        cell.rollup.latency.add(static_cast<double>(*us) / 1000.0);
    }
    if (!in.rest().isEmpty())
        return cellError(u"trailing bytes"_s, in.position());
    return cell;
}

qint64 toMicroseconds(double ms)
{
    if (!std::isfinite(ms) || ms <= 0)
        return 0;
    return std::llround(std::min(ms * 1000.0, 9.0e15));
}

HistorySample roundedToMicroseconds(HistorySample sample)
{
    if (sample.latencyMs)
        sample.latencyMs = static_cast<double>(toMicroseconds(*sample.latencyMs)) / 1000.0;
    sample.queueMs = static_cast<double>(toMicroseconds(sample.queueMs)) / 1000.0;
    return sample;
}

QString sampleColumns()
{
    return u"t_ms, state, latency_us, queue_us, http_status, failure_class, reason"_s;
}

HistorySample sampleFromRow(const QSqlQuery &query, int first)
{
    HistorySample sample;
    sample.atMs = query.value(first).toLongLong();
    sample.state = healthStatusFromStorage(query.value(first + 1).toInt()).value_or(HealthStatus::Unknown);
    const QVariant latency = query.value(first + 2);
    if (!latency.isNull())
        sample.latencyMs = static_cast<double>(latency.toLongLong()) / 1000.0;
    sample.queueMs = static_cast<double>(query.value(first + 3).toLongLong()) / 1000.0;
    sample.httpStatus = query.value(first + 4).toInt();
    const QVariant failureClass = query.value(first + 5);
    if (!failureClass.isNull())
        sample.failureClass = failureClassFromStorage(failureClass.toInt()).value_or(FailureClass::None);
    sample.reason = query.value(first + 6).toString();
    return sample;
}

} // namespace gw
