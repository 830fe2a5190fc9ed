#include "fakehistory.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 stepMs = 30'000;

template<typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

// A steady pseudo-random wobble, the same for the same instant.
double wobble(qint64 atMs)
{
    const auto x = static_cast<quint64>(atMs / stepMs) * 2654435761ULL;
    return static_cast<double>((x >> 7) % 1000) / 1000.0;
}

} // namespace

FakeHistory::FakeHistory(qint64 nowMs) : m_nowMs(nowMs)
{}

QList<HistorySample> FakeHistory::samples(qint64 fromMs, qint64 toMs) const
{
    QList<HistorySample> result;
    if (options.empty)
        return result;
    const qint64 span = toMs - fromMs;
    // Long ranges are thinned, as rollups would be; every instant still gets the same verdict.
    const qint64 step = std::max<qint64>(stepMs, (span / 3000 / stepMs) * stepMs);
    for (qint64 at = (fromMs / step + 1) * step; at < std::min(toMs, m_nowMs); at += step) {
        HistorySample sample;
        sample.atMs = at;
        const qint64 ago = m_nowMs - at;
        const double base = 170 + 45 * std::sin(static_cast<double>(at) / (7.0 * minuteMs)) + 60 * wobble(at);
        if (ago <= 50 * minuteMs && ago > 38 * minuteMs) {
            sample.state = HealthStatus::Down;
            sample.httpStatus = 503;
            sample.latencyMs = 55 + 10 * wobble(at);
            sample.failureClass = FailureClass::HttpStatus;
            sample.reason = u"HTTP 503 Service Unavailable: condition [STATUS] == 200 failed (actual 503)"_s;
        } else if (ago <= 90 * minuteMs + 40'000 && ago > 90 * minuteMs) {
            sample.state = HealthStatus::Down;
            sample.failureClass = FailureClass::Timeout;
            sample.reason = u"no response within 10 s"_s;
        } else if (ago <= 3 * hourMs && ago > 3 * hourMs - 20 * minuteMs) {
            sample.state = HealthStatus::Degraded;
            sample.httpStatus = 200;
            sample.latencyMs = 1600 + 400 * wobble(at);
            sample.failureClass = FailureClass::Condition;
            sample.reason = u"response took longer than 1500 ms"_s;
        } else if (ago <= 20 * hourMs && ago > 20 * hourMs - 10 * minuteMs) {
            sample.state = HealthStatus::RateLimited;
            sample.httpStatus = 429;
            sample.latencyMs = 40;
            sample.failureClass = FailureClass::RateLimited;
            sample.reason = u"rate limited (HTTP 429)"_s;
        } else {
            sample.state = HealthStatus::Up;
            sample.httpStatus = 200;
            sample.latencyMs = base;
        }
        result.append(sample);
    }
    return result;
}

ChartData FakeHistory::makeChart(const HistoryQuery &query) const
{
    ChartData data;
    data.query = query;
    const qint64 span = query.toMs - query.fromMs;
    data.resolution = span <= 2 * hourMs ? Resolution::Raw : Resolution::Minute;
    const QList<HistorySample> all = samples(query.fromMs, query.toMs);

    const int cells = std::max(1, query.maxCells);
    const qint64 cellMs = std::max<qint64>(1, span / cells);
    for (int i = 0; i < cells; ++i) {
        TimelineCell cell;
        cell.startMs = query.fromMs + i * cellMs;
        cell.endMs = i + 1 == cells ? query.toMs : cell.startMs + cellMs;
        data.timeline.append(cell);
        ErrorBucket bucket;
        bucket.startMs = cell.startMs;
        bucket.endMs = cell.endMs;
        data.errors.append(bucket);
    }
    QList<QList<double>> latencies(cells);
    for (const HistorySample &sample : all) {
        data.total.add(sample);
        const int i = std::clamp(static_cast<int>((sample.atMs - query.fromMs) / cellMs), 0, cells - 1);
        TimelineCell &cell = data.timeline[i];
        cell.state = cell.attempts == 0 ? sample.state : worst(cell.state, sample.state);
        ++cell.attempts;
        if (sample.state == HealthStatus::Down)
            ++cell.failures;
        ErrorBucket &bucket = data.errors[i];
        ++bucket.attempts;
        if (sample.failureClass != FailureClass::None && sample.state != HealthStatus::Up)
            ++bucket.byClass[static_cast<std::size_t>(storageCode(sample.failureClass))];
        if (sample.latencyMs) {
            latencies[i].append(*sample.latencyMs);
            if (data.resolution == Resolution::Raw)
                data.latencyRaw.append(QPointF(static_cast<double>(sample.atMs), *sample.latencyMs));
        }
    }
    for (int i = 0; i < cells; ++i) {
        QList<double> values = latencies.at(i);
        if (values.isEmpty())
            continue;
        std::sort(values.begin(), values.end());
        const double x = static_cast<double>(data.timeline.at(i).startMs + cellMs / 2);
        data.latencyP50.append(QPointF(x, values.at(values.size() / 2)));
        data.latencyP95.append(QPointF(x, values.at(std::min(values.size() - 1, values.size() * 95 / 100))));
    }
    if (data.total.total() == 0) {
        data.errors.clear();
    }
    if (options.quotas && !all.isEmpty()) {
        for (const HistorySample &sample : all) {
            const double minute = static_cast<double>((sample.atMs / minuteMs) % 60);
            data.quotas[u"requests per minute"_s].append(
                QuotaPoint{sample.atMs, 120 - std::fmod(minute * 7, 110), 120.0, std::nullopt});
            data.quotas[u"tokens per day"_s].append(
                QuotaPoint{sample.atMs, 200000 - static_cast<double>((sample.atMs / minuteMs) % 1440) * 90, 200000.0,
                           std::nullopt});
        }
    }
    if (options.tls && !all.isEmpty()) {
        const qint64 expiry = m_nowMs + 40LL * 24 * hourMs;
        for (qsizetype i = 0; i < all.size(); i += std::max<qsizetype>(1, all.size() / 200))
            data.tlsDaysLeft.append(QPointF(static_cast<double>(all.at(i).atMs),
                                            static_cast<double>(expiry - all.at(i).atMs) / (24.0 * hourMs)));
    }
    for (const ChartAnnotation &annotation : annotations) {
        if (!query.vendorId.isEmpty() && annotation.fromMs < query.toMs
            && (!annotation.toMs || *annotation.toMs > query.fromMs))
            data.annotations.append(annotation);
    }
    return data;
}

QFuture<ChartData> FakeHistory::chart(const HistoryQuery &query) const
{
    chartQueries.append(query);
    if (options.hold) {
        auto promise = std::make_shared<QPromise<ChartData>>();
        promise->start();
        m_held.append({query, promise});
        return promise->future();
    }
    return ready(makeChart(query));
}

void FakeHistory::releaseChart(int index)
{
    Held &held = m_held[index];
    held.promise->addResult(makeChart(held.query));
    held.promise->finish();
}

void FakeHistory::failChart(int index)
{
    Held &held = m_held[index];
    held.promise->future().cancel();
    held.promise->finish();
}

QFuture<QList<CheckSample>> FakeHistory::failures(const HistoryQuery &query, int limit) const
{
    failureQueries.append(query);
    QList<CheckSample> result;
    const QList<HistorySample> all = samples(query.fromMs, query.toMs);
    for (auto it = all.crbegin(); it != all.crend() && result.size() < limit; ++it) {
        if (it->state != HealthStatus::Up)
            result.append(
                CheckSample{query.integrationId, query.checkId.isEmpty() ? u"webhooks"_s : query.checkId, *it});
    }
    return ready(result);
}

QFuture<QList<IntegrationSummary>> FakeHistory::summaries(const QStringList &integrationIds, qint64 nowMs) const
{
    summaryRequests.append(integrationIds);
    QList<IntegrationSummary> result;
    for (qsizetype i = 0; i < integrationIds.size(); ++i) {
        IntegrationSummary summary;
        summary.integrationId = integrationIds.at(i);
        summary.availability24h = 1.0 - 0.0071 * static_cast<double>(i % 3);
        for (int minute = 0; minute < 60; ++minute) {
            const qint64 at = nowMs - (60 - minute) * minuteMs;
            summary.latencySparkline.append(QPointF(static_cast<double>(at), 80.0 * static_cast<double>(i + 1)
                                                                                 + 30 * wobble(at * 2 + i)
                                                                                 + (minute > 40 && i == 2 ? 150 : 0)));
        }
        result.append(summary);
    }
    return ready(result);
}

} // namespace gw

namespace gw {

QFuture<QList<GatewayEvent>> FakeHistory::events(const EventQuery &query) const
{
    eventQueries.append(query);
    QList<GatewayEvent> result;
    for (const GatewayEvent &event : gatewayEvents) {
        if (event.type() != query.type || event.timeMs < query.fromMs || event.timeMs >= query.toMs)
            continue;
        if (const WebhookDelivery *delivery = event.webhookDelivery()) {
            if (!query.source.isEmpty() && delivery->source != query.source)
                continue;
        }
        if (const FailedCall *call = event.failedCall()) {
            if ((!query.service.isEmpty() && call->service != query.service)
                || (!query.route.isEmpty() && call->route != query.route)
                || (!query.integration.isEmpty() && call->integration != query.integration))
                continue;
        }
        result.append(event);
    }
    std::sort(result.begin(), result.end(),
              [](const GatewayEvent &a, const GatewayEvent &b) { return a.timeMs > b.timeMs; });
    if (result.size() > query.limit)
        result.resize(query.limit);
    return QtFuture::makeReadyFuture(result);
}

QFuture<QList<WebhookVolume>> FakeHistory::webhookVolumes(qint64 fromMs, qint64 toMs) const
{
    constexpr qint64 hour = 3'600'000;
    const qint64 from = (fromMs + hour - 1) / hour * hour;
    QMap<std::pair<QString, qint64>, int> counts;
    for (const GatewayEvent &event : gatewayEvents) {
        if (const WebhookDelivery *delivery = event.webhookDelivery(); delivery && event.timeMs >= from && event.timeMs < toMs)
            ++counts[{delivery->source, event.timeMs / hour * hour}];
    }
    QList<WebhookVolume> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append(WebhookVolume{it.key().first, it.key().second, it.value()});
    return QtFuture::makeReadyFuture(result);
}

} // namespace gw
