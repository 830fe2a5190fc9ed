#include "quotamapping.h"

#include "condition.h"

#include <cmath>

namespace gw {

namespace {

std::optional<double> numberAt(const QString &placeholder, const ResponseFacts &response)
{
    if (placeholder.isEmpty())
        return std::nullopt;
    const std::optional<QString> text = Condition::valueOf(placeholder, response);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = text->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<QDateTime> resetTime(const QuotaMapping &mapping, const ResponseFacts &response, const QDateTime &now)
{
    if (mapping.reset.isEmpty())
        return std::nullopt;
    if (mapping.resetUnit == QuotaMapping::Iso) {
        const std::optional<QString> text = Condition::valueOf(mapping.reset, response);
        if (!text)
            return std::nullopt;
        QDateTime at = QDateTime::fromString(text->trimmed(), Qt::ISODateWithMs);
        if (!at.isValid())
            return std::nullopt;
        // Read as local time it would depend on the machine's zone; vendors mean UTC.
        if (at.timeSpec() == Qt::LocalTime)
            at.setTimeSpec(Qt::UTC);
        return at.toUTC();
    }
    const std::optional<double> seconds = numberAt(mapping.reset, response);
    // Beyond this a millisecond count would overflow; no real reset is that far away.
    constexpr double maxSeconds = 1.0e12;
    if (!seconds || std::fabs(*seconds) > maxSeconds)
        return std::nullopt;
    const auto ms = static_cast<qint64>(std::llround(*seconds * 1000.0));
    if (mapping.resetUnit == QuotaMapping::Epoch)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return now.toUTC().addMSecs(ms);
}

} // namespace

std::optional<QuotaReading> readMappedQuota(const QuotaMapping &mapping, const ResponseFacts &response,
                                            const QDateTime &now)
{
    const std::optional<double> remaining = numberAt(mapping.remaining, response);
    if (!remaining)
        return std::nullopt;
    QuotaReading reading;
    reading.policy = mapping.policy;
    reading.remaining = *remaining;
    reading.limit = numberAt(mapping.limit, response);
    reading.resetAt = resetTime(mapping, response, now);
    reading.unit = mapping.unit;
    reading.source = QuotaSource::Custom;
    return reading;
}

void applyQuotaLimits(QList<QuotaReading> &readings, const QHash<QString, double> &limits)
{
    if (limits.isEmpty())
        return;
    for (QuotaReading &reading : readings) {
        if (reading.limit)
            continue;
        if (const auto it = limits.constFind(reading.policy); it != limits.cend())
            reading.limit = *it;
    }
}

} // namespace gw
