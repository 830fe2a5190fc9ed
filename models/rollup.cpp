#include "rollup.h"

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

quint32 saturatingAdd(quint32 a, quint32 b)
{
    return b > std::numeric_limits<quint32>::max() - a ? std::numeric_limits<quint32>::max() : a + b;
}

// Slots are storage codes, so the array reads the same wherever it is persisted.
std::optional<std::size_t> stateSlot(HealthStatus state)
{
    const int code = storageCode(state);
    if (code < 0 || code >= Rollup::stateCount)
        return std::nullopt;
    return static_cast<std::size_t>(code);
}

std::optional<std::size_t> failureSlot(FailureClass failureClass)
{
    const int code = storageCode(failureClass);
    if (code <= 0 || code >= Rollup::failureCount)
        return std::nullopt;
    return static_cast<std::size_t>(code);
}

template<typename Item, typename Start, typename Fold>
QList<Rollup> groupByBucket(const QList<Item> &items, Resolution resolution, Start start, Fold fold)
{
    std::map<qint64, Rollup> buckets;
    for (const Item &item : items) {
        const qint64 bucket = bucketStart(start(item), resolution);
        auto [it, inserted] = buckets.try_emplace(bucket);
        if (inserted)
            it->second.startMs = bucket;
        fold(it->second, item);
    }
    QList<Rollup> result;
    result.reserve(static_cast<qsizetype>(buckets.size()));
    for (auto &entry : buckets)
        result.append(entry.second);
    return result;
}

} // namespace

qint64 bucketMs(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return 0;
    case Resolution::Minute:
        return minuteMs;
    case Resolution::Hour:
        return hourMs;
    case Resolution::Day:
        return dayMs;
    }
    return 0;
}

QString machineName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return u"raw"_s;
    case Resolution::Minute:
        return u"1m"_s;
    case Resolution::Hour:
        return u"1h"_s;
    case Resolution::Day:
        return u"1d"_s;
    }
    return {};
}

std::optional<Resolution> resolutionFromName(QStringView name)
{
    for (const Resolution r : {Resolution::Raw, Resolution::Minute, Resolution::Hour, Resolution::Day}) {
        if (name == machineName(r))
            return r;
    }
    return std::nullopt;
}

// Floor division, so that times before the epoch fall into the bucket that starts before them.
// Raw has no buckets: every time is its own start.
qint64 bucketStart(qint64 atMs, Resolution resolution)
{
    const qint64 width = bucketMs(resolution);
    if (width <= 0)
        return atMs;
    const qint64 remainder = atMs % width;
    if (remainder >= 0)
        return atMs - remainder;
    const qint64 above = atMs - remainder; // the multiple of `width` just above, no overflow
    // The bucket below would not be representable: only the first ~292 million years BC.
    if (above < std::numeric_limits<qint64>::min() + width)
        return above;
    return above - width;
}

// startMs is left alone: the bucket is the caller's (rollUp sets it).
void Rollup::add(const HistorySample &sample)
{
    if (const auto slot = stateSlot(sample.state))
        states[*slot] = saturatingAdd(states[*slot], 1);
    if (const auto slot = failureSlot(sample.failureClass))
        failures[*slot] = saturatingAdd(failures[*slot], 1);
    if (sample.latencyMs)
        latency.add(*sample.latencyMs);
}

// Keeps this rollup's startMs: merging finer rollups into a coarser bucket that already has one.
void Rollup::merge(const Rollup &other)
{
    for (std::size_t i = 0; i < states.size(); ++i)
        states[i] = saturatingAdd(states[i], other.states[i]);
    for (std::size_t i = 0; i < failures.size(); ++i)
        failures[i] = saturatingAdd(failures[i], other.failures[i]);
    latency.merge(other.latency);
}

quint32 Rollup::count(HealthStatus state) const
{
    const auto slot = stateSlot(state);
    return slot ? states[*slot] : 0;
}

quint32 Rollup::failuresOf(FailureClass failureClass) const
{
    const auto slot = failureSlot(failureClass);
    return slot ? failures[*slot] : 0;
}

quint64 Rollup::total() const
{
    quint64 sum = 0;
    for (const quint32 n : states)
        sum += n;
    return sum;
}

quint64 Rollup::failureTotal() const
{
    quint64 sum = 0;
    for (const quint32 n : failures)
        sum += n;
    return sum;
}

std::optional<double> Rollup::availability() const
{
    const quint64 good = static_cast<quint64>(count(HealthStatus::Up)) + count(HealthStatus::Degraded)
                         + count(HealthStatus::RateLimited);
    const quint64 judged = good + count(HealthStatus::Down);
    if (judged == 0)
        return std::nullopt;
    return static_cast<double>(good) / static_cast<double>(judged);
}

HealthStatus Rollup::worstState() const
{
    std::optional<HealthStatus> result;
    for (const HealthStatus s : {HealthStatus::Up, HealthStatus::Paused, HealthStatus::Unknown,
                                 HealthStatus::RateLimited, HealthStatus::Degraded, HealthStatus::Down}) {
        if (count(s) > 0)
            result = result ? worst(*result, s) : s;
    }
    return result.value_or(HealthStatus::Unknown);
}

QList<Rollup> rollUp(const QList<HistorySample> &samples, Resolution resolution)
{
    return groupByBucket(
        samples, resolution, [](const HistorySample &s) { return s.atMs; },
        [](Rollup &r, const HistorySample &s) { r.add(s); });
}

QList<Rollup> rollUp(const QList<Rollup> &finer, Resolution resolution)
{
    return groupByBucket(
        finer, resolution, [](const Rollup &r) { return r.startMs; }, [](Rollup &r, const Rollup &f) { r.merge(f); });
}

} // namespace gw
