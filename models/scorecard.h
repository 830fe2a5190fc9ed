#pragma once

#include "catalog.h"
#include "incident.h"
#include "latencyhistogram.h"
#include "rollup.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace gw {

// A span of time [fromMs, toMs), in milliseconds since the epoch (UTC).
struct Period
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    qint64 lengthMs() const { return toMs > fromMs ? toMs - fromMs : 0; }
    bool isEmpty() const { return toMs <= fromMs; }

    bool operator==(const Period &) const = default;
};

// Calendar periods are local to `zone`: they start at the first moment of their first day there
// (midnight, or the end of a gap when a clock change skips midnight), so a month in which the
// clocks go forward is an hour short. An empty Period for a month outside 1–12 or a quarter
// outside 1–4.
Period calendarMonth(int year, int month, const QTimeZone &zone);
Period calendarQuarter(int year, int quarter, const QTimeZone &zone);
// The calendar month or quarter before `period` when it is one, else the span of the same length
// that ends where it starts.
Period previousPeriod(const Period &period, const QTimeZone &zone);
// "2026-11" (a month), "2026-Q4" (a quarter) or "2026-11-03/2026-11-16" (whole days, both
// included); nullopt for anything else.
std::optional<Period> parsePeriod(QStringView text, const QTimeZone &zone);
// `period` cut at the calendar months' boundaries, in order.
QList<Period> splitByMonth(const Period &period, const QTimeZone &zone);
// How many calendar months `period` spans: each month counts by the share of its time inside.
double monthsIn(const Period &period, const QTimeZone &zone);

// Time that is not monitored time: availability neither gains nor loses by it.
struct Exclusion
{
    enum class Reason { Offline, Paused, Maintenance }; // the workstation, the user, the vendor

    qint64 fromMs = 0;
    qint64 toMs = 0;
    Reason reason = Reason::Offline;
    QString label; // e.g. the vendor's maintenance title

    bool operator==(const Exclusion &) const = default;
};

// "offline", "paused", "maintenance"
QString machineName(Exclusion::Reason reason);

// One firing of an alert rule, from the incident history.
struct AlertIncident
{
    QString rule;
    qint64 startMs = 0;
    std::optional<qint64> acknowledgedMs; // the first acknowledgement
    std::optional<qint64> resolvedMs;

    bool operator==(const AlertIncident &) const = default;
};

// The incidents in an incident history (in any order): one per rule and incident start, with its
// first acknowledgement and its resolution. Ordered by start, then rule.
QList<AlertIncident> alertIncidents(const QList<IncidentEvent> &events);

// An incident the vendor announced on its status page.
struct DeclaredIncident
{
    QString name;
    QString impact; // as the page says: "none", "minor", "major", "critical"
    qint64 startMs = 0;
    std::optional<qint64> endMs; // none: still open

    bool operator==(const DeclaredIncident &) const = default;
};

// Everything one vendor's scorecard for one period is computed from.
struct ScorecardInput
{
    VendorSpec vendor;
    Period period;
    QTimeZone zone = QTimeZone::utc(); // whose calendar months the contract and the fees follow
    // Integration id -> its rollups (buckets of bucketMs, aligned to the epoch, ordered by start).
    // Buckets outside the period are ignored.
    QHash<QString, QList<Rollup>> rollups;
    qint64 bucketMs = 3'600'000;
    QList<Exclusion> exclusions; // may overlap each other and reach beyond the period
    QList<AlertIncident> incidents;
    QList<DeclaredIncident> declared;
    std::optional<double> minQuotaHeadroomPct;
    qint64 webhookDeliveries = 0; // finished deliveries of the vendor's webhooks
    qint64 webhookDelivered = 0;
    qint64 signatureFailures = 0;
    QMap<QString, double> usage;      // unit -> amount counted in the period
    std::optional<int> supportRating; // 1–5, overrides vendor.supportRating
    std::optional<double> previousScore;
};

// Availability and credits of one calendar month (or the part of it inside the period).
struct ScorecardMonth
{
    Period period;
    qint64 monitoredMs = 0;
    double downMs = 0;
    std::optional<double> availabilityPct;
    std::optional<bool> slaMet;
    std::optional<double> creditPct; // of this month's fee

    bool operator==(const ScorecardMonth &) const = default;
};

// One part of the overall score. Criteria without data are left out, and the others' weights
// renormalised so that the contributions add up to the score.
struct Criterion
{
    QString name;                // "availability", "latency", "errors", "incidents", "cost", "support"
    std::optional<double> score; // 0–5; none: no data, left out
    double weight = 0;           // as configured
    double share = 0;            // weight / sum of the weights of the criteria with a score
    double contribution = 0;     // share × score

    bool present() const { return score.has_value(); }

    bool operator==(const Criterion &) const = default;
};

// A vendor's scorecard for one period (docs/scorecards.md).
struct Scorecard
{
    QString vendor; // id
    QString vendorName;
    Period period;

    // Availability over monitored time.
    qint64 monitoredMs = 0;
    double downMs = 0;
    qint64 excludedOfflineMs = 0; // time inside the period; overlapping reasons count once,
    qint64 excludedPausedMs = 0;  // for maintenance first, then offline, then paused
    qint64 excludedMaintenanceMs = 0;
    QList<Exclusion> exclusions; // those reaching into the period, clipped to it, by start
    std::optional<double> availabilityPct;
    std::optional<double> slaTargetPct;
    std::optional<bool> slaMet;         // every month with data at or above the target
    std::optional<double> creditPct;    // of the period's fee
    std::optional<double> creditAmount; // in the cost's currency
    QList<ScorecardMonth> monthly;      // one per calendar month the period touches

    // Latency and errors (local-network failures are the workstation's, not the vendor's).
    std::optional<double> p95Ms;
    std::optional<double> p95TargetMs;
    std::optional<bool> p95Met;
    quint64 attempts = 0;
    quint64 failures = 0;
    quint64 rateLimited = 0;
    std::optional<double> errorRatePct;
    std::optional<double> rateLimitedPct;
    std::optional<double> minQuotaHeadroomPct;

    // Incidents.
    int incidents = 0; // alert incidents that started in the period
    std::optional<double> mttaMin;
    std::optional<double> mttrMin;
    QList<DeclaredIncident> declared; // those overlapping the period

    // Webhooks.
    qint64 webhookDeliveries = 0;
    qint64 webhookDelivered = 0;
    qint64 signatureFailures = 0;
    std::optional<double> webhookDeliveryPct;

    // Cost.
    QMap<QString, double> usage; // counted in the period, per unit (ScorecardInput::usage)
    QString currency;
    double months = 0; // monthsIn(period)
    std::optional<double> cost;
    std::optional<double> budget;
    std::optional<bool> overBudget;

    std::optional<int> supportRating;

    std::optional<double> score; // 0–5; none when no criterion has data
    std::optional<double> trend; // score - previous score
    QList<Criterion> criteria;   // always all six, in the order above

    bool operator==(const Scorecard &) const = default;
};

Scorecard computeScorecard(const ScorecardInput &input);
// The scorecard of each calendar day of the input's period (days of its zone; the first and last
// cut to the period), for charts by day. Without a previous score.
QList<Scorecard> dailyScorecards(const ScorecardInput &input);

// What a vendor manager adds to one vendor's scorecard for one period: a support rating that
// overrides the configured one, and notes for the review.
struct ScorecardNote
{
    QString vendor; // id
    Period period;
    std::optional<int> rating; // 1–5
    QString notes;             // plain text
    qint64 updatedMs = 0;
    QString updatedBy; // the OS user name

    bool operator==(const ScorecardNote &) const = default;
};

// The note in `notes` for exactly this vendor and period (no other period's, even one overlapping it).
std::optional<ScorecardNote> noteFor(const QList<ScorecardNote> &notes, const QString &vendor, const Period &period);

// A vendor's scorecard for one period with what a review shows beside it.
struct VendorReview
{
    Scorecard scorecard;
    VendorSpec vendor; // contract targets and credit tiers, cost, escalation matrix, support tier
    QList<AlertIncident> incidents; // the alert incidents that started in the period
    QList<QPair<qint64, std::optional<double>>> dailyAvailability; // local day start (ms) -> availability %
    QList<QPair<qint64, std::optional<double>>> dailyP95Ms;        // local day start (ms) -> p95 in ms
    std::optional<ScorecardNote> note; // what the vendor manager added for the period

    QString notes() const { return note ? note->notes : QString(); }

    bool operator==(const VendorReview &) const = default;
};

// The review of `input`: its scorecard (with the note's rating, when it has one, as the support
// rating), the days of its period for charts, its incidents and the note.
VendorReview reviewOf(ScorecardInput input, const std::optional<ScorecardNote> &note = {});

// The scorecard as the documented JSON object (docs/scorecards.md): times in UTC, numbers
// rounded, null for what is missing.
QJsonObject toJson(const Scorecard &scorecard);
// CSV in a stable column order (docs/scorecards.md); numbers in the C locale with fixed decimals,
// empty fields for what is missing. Fields are unquoted: the writer quotes them.
QStringList scorecardCsvHeader();
QStringList scorecardCsvRow(const Scorecard &scorecard);

// Currency amounts for people: `amount` in `currency` (ISO 4217) with the currency's minor units
// and the locale's number and symbol placement, e.g. "$1,234.50" in en_US, "1.234,50 €" in de_DE;
// the C locale, which has no currency conventions, as en_US.
QString formatMoney(double amount, const QString &currency, const QLocale &locale);
// The symbol `locale` shows for `currency`: its own symbol for its own currency, else a common
// one ("$", "€", "£", "¥"…) unless the locale's own currency uses the same, else the ISO code.
QString currencySymbol(const QString &currency, const QLocale &locale);
// ISO 4217 minor units: 0 for JPY, KRW…, 3 for KWD, BHD…, else 2.
int currencyDecimals(QStringView currency);

} // namespace gw
