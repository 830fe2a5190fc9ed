#include "webhookhealth.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace gw {

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr int usualDays = 7;

qint64 floorHour(qint64 ms)
{
    const qint64 rest = ms % hourMs;
    return rest < 0 ? ms - rest - hourMs : ms - rest;
}

// Nearest rank: the smallest value with at least `p` of the values at or below it.
qint64 percentile(const QList<qint64> &sorted, double p)
{
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

std::optional<double> WebhookSourceHealth::deliveryRate() const
{
    const int finished = delivered + undelivered;
    return finished > 0 ? std::optional(double(delivered) / finished) : std::nullopt;
}

std::optional<double> WebhookSourceHealth::signatureFailureRate() const
{
    return checked > 0 ? std::optional(double(signatureFailures) / checked) : std::nullopt;
}

std::optional<double> WebhookSourceHealth::volumeRatio() const
{
    if (!usualVolume || *usualVolume <= 0)
        return std::nullopt;
    return volumeLastHour / *usualVolume;
}

bool WebhookSourceHealth::needsAttention() const
{
    const std::optional<double> rate = deliveryRate();
    const std::optional<double> ratio = volumeRatio();
    return (rate && *rate < 0.95) || signatureFailures > 0 || (ratio && (*ratio < 0.5 || *ratio > 2.0));
}

bool isSignatureFailure(const WebhookDelivery &delivery)
{
    if (!delivery.verification)
        return false;
    switch (delivery.verification->verdict) {
    case WebhookVerdict::BadSignature:
    case WebhookVerdict::MissingSignature:
    case WebhookVerdict::MalformedHeader:
    case WebhookVerdict::Stale:
    case WebhookVerdict::Future:
        return true;
    case WebhookVerdict::Valid:
    case WebhookVerdict::ValidPreviousSecret:
    case WebhookVerdict::Duplicate:
    case WebhookVerdict::UnknownScheme:
    case WebhookVerdict::NoSecret:
        return false;
    }
    return false;
}

bool isSignatureFailureByEither(const WebhookDelivery &delivery)
{
    const bool gatewatchDecided = delivery.verification
                                  && delivery.verification->verdict != WebhookVerdict::UnknownScheme
                                  && delivery.verification->verdict != WebhookVerdict::NoSecret;
    if (gatewatchDecided)
        return isSignatureFailure(delivery);
    const QString &reason = delivery.verdictReason;
    return reason == u"bad_signature" || reason == u"missing_signature" || reason == u"stale";
}

Forwarding forwarding(const WebhookDelivery &delivery)
{
    if (delivery.verdict == u"rejected")
        return Forwarding::Rejected;
    const DeliveryAttempt *latest = delivery.latestAttempt();
    if (!latest)
        return Forwarding::InProgress;
    if (latest->status == u"success")
        return Forwarding::Delivered;
    if (latest->status == u"failed" && !delivery.nextAttemptMs)
        return Forwarding::Undelivered;
    return Forwarding::InProgress;
}

bool isDuplicate(const WebhookDelivery &delivery)
{
    return (delivery.verification && delivery.verification->verdict == WebhookVerdict::Duplicate)
           || delivery.verdictReason == u"duplicate";
}

QList<WebhookSourceHealth> webhookHealth(const QList<WebhookDelivery> &deliveries, const QList<WebhookVolume> &volumes,
                                         qint64 nowMs)
{
    QMap<QString, WebhookSourceHealth> bySource;
    QHash<QString, QList<qint64>> lags;
    for (const WebhookDelivery &delivery : deliveries) {
        WebhookSourceHealth &health = bySource[delivery.source];
        ++health.deliveries;
        switch (forwarding(delivery)) {
        case Forwarding::Rejected:
            ++health.rejected;
            break;
        case Forwarding::Delivered:
            ++health.delivered;
            break;
        case Forwarding::Undelivered:
            ++health.undelivered;
            break;
        case Forwarding::InProgress:
            ++health.retrying;
            break;
        }
        if (delivery.verification) {
            ++health.checked;
            if (isSignatureFailure(delivery))
                ++health.signatureFailures;
        }
        if (isDuplicate(delivery))
            ++health.duplicates;
        if (delivery.sentAtMs)
            lags[delivery.source].append(delivery.receivedAtMs - *delivery.sentAtMs);
    }

    const qint64 lastHour = floorHour(nowMs) - hourMs;
    QHash<QString, QHash<qint64, int>> perHour;
    QHash<QString, qint64> firstHour;
    for (const WebhookVolume &volume : volumes) {
        bySource[volume.source]; // a source with volumes only is still shown
        perHour[volume.source].insert(volume.hourMs, volume.deliveries);
        const auto first = firstHour.constFind(volume.source);
        if (first == firstHour.cend() || volume.hourMs < *first)
            firstHour.insert(volume.source, volume.hourMs);
    }

    QList<WebhookSourceHealth> result;
    result.reserve(bySource.size());
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        WebhookSourceHealth &health = it.value();
        health.source = it.key();
        QList<qint64> &lag = lags[health.source];
        if (!lag.isEmpty()) {
            std::sort(lag.begin(), lag.end());
            health.lagP50Ms = percentile(lag, 0.5);
            health.lagP95Ms = percentile(lag, 0.95);
        }
        {
            const QHash<qint64, int> hours = perHour.value(health.source);
            health.volumeHourMs = lastHour;
            health.volumeLastHour = hours.value(lastHour);
            const auto first = firstHour.constFind(health.source);
            QList<int> sameHour;
            for (int day = 1; day <= usualDays; ++day) {
                const qint64 hour = lastHour - day * dayMs;
                if (first != firstHour.cend() && hour >= *first)
                    sameHour.append(hours.value(hour));
            }
            if (!sameHour.isEmpty())
                health.usualVolume = median(sameHour);
        }
        result.append(health);
    }
    return result;
}

} // namespace gw
