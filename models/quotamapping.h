#pragma once

#include "quotareading.h"
#include "responsefacts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

// How a check gets its quota readings: every known wire format (Auto), none (Off), or the known
// formats plus one reading mapped from the response by placeholders (Custom).
enum class QuotaMode { Auto, Off, Custom };

// Where a vendor without a standard format puts its quota, as condition placeholders such as
// "[BODY].rate.remaining" or "[HEADER].X-Quota-Limit". Empty limit/reset: not reported.
struct QuotaMapping
{
    enum ResetUnit {
        Epoch, // seconds since 1970-01-01 UTC
        Delta, // seconds from the time of the response
        Iso,   // ISO 8601 date and time; without an offset, UTC
    };

    QString remaining;
    QString limit;
    QString reset;
    ResetUnit resetUnit = Epoch;
    QString policy = QStringLiteral("default");
    QuotaUnit unit = QuotaUnit::Requests;

    bool operator==(const QuotaMapping &) const = default;
};

// The reading `mapping` describes in `response`, received at `now` (source Custom); nullopt when
// the remaining count is missing or not a number. A limit or reset that cannot be read is left unset.
std::optional<QuotaReading> readMappedQuota(const QuotaMapping &mapping, const ResponseFacts &response,
                                            const QDateTime &now);

// Fills in limits the API does not send (GA4 sends only what remains), by policy name.
void applyQuotaLimits(QList<QuotaReading> &readings, const QHash<QString, double> &limits);

} // namespace gw
