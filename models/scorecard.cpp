#include "scorecard.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr double minuteMs = 60'000;
constexpr double maxScore = 5;
constexpr double defaultAvailabilityTargetPct = 99.9;

// Decimals of the numbers in JSON and CSV (docs/scorecards.md).
constexpr int availabilityDecimals = 4;
constexpr int percentDecimals = 3;
constexpr int minuteDecimals = 2;
constexpr int millisecondDecimals = 1;
constexpr int scoreDecimals = 3;

constexpr std::array reasonNames{
    std::pair{Exclusion::Reason::Offline, u"offline"},
    std::pair{Exclusion::Reason::Paused, u"paused"},
    std::pair{Exclusion::Reason::Maintenance, u"maintenance"},
};

// Symbols as CLDR's English data has them; `wide` where the short one is shared with another
// currency, for locales whose own currency uses the short one.
struct CurrencySymbol
{
    QStringView code;
    QStringView symbol;
    QStringView wide;
};

constexpr std::array<CurrencySymbol, 19> currencySymbols{{
    {u"USD", u"$", u"US$"},
    {u"EUR", u"€", u"€"},
    {u"GBP", u"£", u"GB£"},
    {u"JPY", u"¥", u"JP¥"},
    {u"CNY", u"CN¥", u"CN¥"},
    {u"CAD", u"CA$", u"CA$"},
    {u"AUD", u"A$", u"A$"},
    {u"NZD", u"NZ$", u"NZ$"},
    {u"HKD", u"HK$", u"HK$"},
    {u"MXN", u"MX$", u"MX$"},
    {u"TWD", u"NT$", u"NT$"},
    {u"BRL", u"R$", u"R$"},
    {u"INR", u"₹", u"₹"},
    {u"KRW", u"₩", u"₩"},
    {u"ILS", u"₪", u"₪"},
    {u"VND", u"₫", u"₫"},
    {u"PHP", u"₱", u"₱"},
    {u"XAF", u"FCFA", u"FCFA"},
    {u"XOF", u"F\u202FCFA", u"F\u202FCFA"},
}};

// ISO 4217 currencies whose minor unit is not a hundredth.
constexpr std::array<QStringView, 17> noDecimals{u"BIF", u"CLP", u"DJF", u"GNF", u"ISK", u"JPY", u"KMF", u"KRW", u"PYG",
                                                 u"RWF", u"UGX", u"UYI", u"VND", u"VUV", u"XAF", u"XOF", u"XPF"};
constexpr std::array<QStringView, 7> threeDecimals{u"BHD", u"IQD", u"JOD", u"KWD", u"LYD", u"OMR", u"TND"};

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

qint64 startOf(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

// Four ASCII digits, two, one: nothing else.
std::optional<int> digits(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return text.isEmpty() ? std::nullopt : std::optional<int>(value);
}

std::optional<QDate> isoDay(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const auto year = digits(text.first(4));
    const auto month = digits(text.sliced(5, 2));
    const auto day = digits(text.sliced(8, 2));
    if (!year || !month || !day || !QDate::isValid(*year, *month, *day))
        return std::nullopt;
    return QDate(*year, *month, *day);
}

// Spans [from, to), sorted and merged where they overlap or touch.
struct Span
{
    qint64 from = 0;
    qint64 to = 0;
};

std::vector<Span> merged(std::vector<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    std::vector<Span> result;
    for (const Span &span : spans) {
        if (span.to <= span.from)
            continue;
        if (!result.empty() && span.from <= result.back().to)
            result.back().to = std::max(result.back().to, span.to);
        else
            result.push_back(span);
    }
    return result;
}

qint64 lengthOf(const std::vector<Span> &spans)
{
    qint64 sum = 0;
    for (const Span &span : spans)
        sum += span.to - span.from;
    return sum;
}

// How much of [from, to) merged spans cover.
qint64 coveredIn(const std::vector<Span> &spans, qint64 from, qint64 to)
{
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), from, [](qint64 at, const Span &s) { return at < s.to; });
    qint64 covered = 0;
    for (; it != spans.cend() && it->from < to; ++it)
        covered += std::min(to, it->to) - std::max(from, it->from);
    return covered;
}

// Percentages compared with contract figures are cut to nine decimals first, so that 99.9 % of
// a month measures as 99.9 and not as 99.89999999999999.
double cleanPct(double pct)
{
    return std::round(pct * 1e9) / 1e9;
}

double clampScore(double score)
{
    return std::clamp(score, 0.0, maxScore);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale + 0.0; // + 0.0: no "-0"
}

QJsonValue jsonNumber(const std::optional<double> &value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return {QJsonValue::Null};
    return rounded(*value, decimals);
}

QJsonValue jsonBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject periodJson(const Period &period)
{
    return {{u"from"_s, isoTime(period.fromMs)}, {u"to"_s, isoTime(period.toMs)}};
}

QString csvNumber(const std::optional<double> &value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return {};
    return QString::number(rounded(*value, decimals), 'f', decimals);
}

QString csvBool(const std::optional<bool> &value)
{
    return value ? (*value ? u"true"_s : u"false"_s) : QString();
}

std::optional<double> percent(quint64 part, quint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return std::min(100.0, 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

// Availability: 5 at or above the target, falling linearly to 0 where the unavailability reaches
// ten times what the target allows.
double availabilityScore(double availabilityPct, double targetPct)
{
    if (availabilityPct >= targetPct)
        return maxScore;
    const double allowed = 100.0 - targetPct;
    if (allowed <= 0)
        return 0;
    const double unavailable = 100.0 - availabilityPct;
    return clampScore(maxScore * (10 * allowed - unavailable) / (9 * allowed));
}

// What the scorecard measured of the vendor's rollups.
struct Measured
{
    std::vector<qint64> monthMonitoredMs;
    std::vector<double> monthDownMs;
    LatencyHistogram latency;
    quint64 attempts = 0;
    quint64 failures = 0;
    quint64 rateLimited = 0;
};

// One bucket with judged attempts: the share of them that were down.
struct BucketDown
{
    qint64 startMs = 0;
    double fraction = 0;
};

Measured measure(const ScorecardInput &input, const QList<Period> &months, const std::vector<Span> &excluded)
{
    Measured m;
    m.monthMonitoredMs.assign(static_cast<std::size_t>(months.size()), 0);
    m.monthDownMs.assign(static_cast<std::size_t>(months.size()), 0.0);
    const Period &period = input.period;
    const qint64 width = input.bucketMs;
    if (width <= 0 || period.isEmpty())
        return m;

    std::vector<BucketDown> buckets;
    QStringList ids = input.rollups.keys();
    ids.sort(); // a fixed order whatever the hash's
    for (const QString &id : std::as_const(ids)) {
        const QList<Rollup> &rollups = *input.rollups.constFind(id);
        buckets.reserve(buckets.size() + static_cast<std::size_t>(rollups.size()));
        for (const Rollup &r : rollups) {
            if (r.startMs >= period.toMs || r.startMs + width <= period.fromMs)
                continue;
            // A down attempt that failed for the workstation's network says nothing about the vendor.
            const quint64 local = r.failuresOf(FailureClass::LocalNetwork);
            const quint64 down = r.count(HealthStatus::Down) - std::min<quint64>(local, r.count(HealthStatus::Down));
            const quint64 good = static_cast<quint64>(r.count(HealthStatus::Up)) + r.count(HealthStatus::Degraded)
                                 + r.count(HealthStatus::RateLimited);
            const quint64 judged = good + down;
            if (judged > 0)
                buckets.push_back({r.startMs, static_cast<double>(down) / static_cast<double>(judged)});
            // Counts belong to the period that holds the bucket's middle.
            const qint64 middle = r.startMs + width / 2;
            if (middle >= period.fromMs && middle < period.toMs) {
                m.attempts += judged;
                m.failures += r.failureTotal() - local;
                m.rateLimited += r.failuresOf(FailureClass::RateLimited);
                m.latency.merge(r.latency);
            }
        }
    }

    // The vendor is down while any of its integrations is: per bucket, the worst one's share.
    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const BucketDown &a, const BucketDown &b) { return a.startMs < b.startMs; });
    qsizetype month = 0;
    for (std::size_t i = 0; i < buckets.size();) {
        const qint64 start = buckets[i].startMs;
        double fraction = 0;
        for (; i < buckets.size() && buckets[i].startMs == start; ++i)
            fraction = std::max(fraction, buckets[i].fraction);
        const qint64 from = std::max(start, period.fromMs);
        const qint64 to = std::min(start + width, period.toMs);
        while (month < months.size() && months[month].toMs <= from)
            ++month;
        for (qsizetype k = month; k < months.size() && months[k].fromMs < to; ++k) {
            const qint64 pieceFrom = std::max(from, months[k].fromMs);
            const qint64 pieceTo = std::min(to, months[k].toMs);
            const qint64 monitored = pieceTo - pieceFrom - coveredIn(excluded, pieceFrom, pieceTo);
            const auto slot = static_cast<std::size_t>(k);
            m.monthMonitoredMs[slot] += monitored;
            m.monthDownMs[slot] += static_cast<double>(monitored) * fraction;
        }
    }
    return m;
}

std::vector<Span> spansOf(const QList<Exclusion> &exclusions, const Period &period,
                          std::initializer_list<Exclusion::Reason> reasons)
{
    std::vector<Span> spans;
    for (const Exclusion &e : exclusions) {
        if (std::find(reasons.begin(), reasons.end(), e.reason) != reasons.end())
            spans.push_back({std::max(e.fromMs, period.fromMs), std::min(e.toMs, period.toMs)});
    }
    return merged(std::move(spans));
}

Criterion criterion(const QString &name, double weight, std::optional<double> score)
{
    Criterion c;
    c.name = name;
    c.weight = weight;
    if (score)
        c.score = clampScore(*score);
    return c;
}

} // namespace

Period calendarMonth(int year, int month, const QTimeZone &zone)
{
    if (month < 1 || month > 12 || !zone.isValid() || !QDate::isValid(year, month, 1))
        return {};
    const QDate first(year, month, 1);
    return {startOf(first, zone), startOf(first.addMonths(1), zone)};
}

Period calendarQuarter(int year, int quarter, const QTimeZone &zone)
{
    if (quarter < 1 || quarter > 4 || !zone.isValid() || !QDate::isValid(year, 1, 1))
        return {};
    const QDate first(year, 3 * quarter - 2, 1);
    return {startOf(first, zone), startOf(first.addMonths(3), zone)};
}

Period previousPeriod(const Period &period, const QTimeZone &zone)
{
    if (zone.isValid() && !period.isEmpty()) {
        const QDate first = localDate(period.fromMs, zone);
        if (first.day() == 1 && period == calendarMonth(first.year(), first.month(), zone)) {
            const QDate before = first.addMonths(-1);
            return calendarMonth(before.year(), before.month(), zone);
        }
        if (first.day() == 1 && (first.month() - 1) % 3 == 0) {
            const int quarter = (first.month() - 1) / 3 + 1;
            if (period == calendarQuarter(first.year(), quarter, zone)) {
                return quarter == 1 ? calendarQuarter(first.year() - 1, 4, zone)
                                    : calendarQuarter(first.year(), quarter - 1, zone);
            }
        }
    }
    return {period.fromMs - period.lengthMs(), period.fromMs};
}

std::optional<Period> parsePeriod(QStringView text, const QTimeZone &zone)
{
    if (!zone.isValid())
        return std::nullopt;
    text = text.trimmed();
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        const auto first = isoDay(text.first(slash));
        const auto last = isoDay(text.sliced(slash + 1));
        if (!first || !last || *last < *first)
            return std::nullopt;
        return Period{startOf(*first, zone), startOf(last->addDays(1), zone)};
    }
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    const auto year = digits(text.first(4));
    if (!year || *year == 0)
        return std::nullopt;
    if (text[5] == u'Q' || text[5] == u'q') {
        const auto quarter = digits(text.sliced(6));
        if (!quarter || *quarter < 1 || *quarter > 4)
            return std::nullopt;
        return calendarQuarter(*year, *quarter, zone);
    }
    const auto month = digits(text.sliced(5));
    if (!month || *month < 1 || *month > 12)
        return std::nullopt;
    return calendarMonth(*year, *month, zone);
}

QList<Period> splitByMonth(const Period &period, const QTimeZone &zone)
{
    QList<Period> pieces;
    if (period.isEmpty() || !zone.isValid())
        return pieces;
    const QDate first = localDate(period.fromMs, zone);
    QDate month(first.year(), first.month(), 1);
    qint64 from = period.fromMs;
    while (from < period.toMs && month.isValid()) {
        const QDate next = month.addMonths(1);
        const qint64 to = std::min(startOf(next, zone), period.toMs);
        if (to > from) {
            pieces.append({from, to});
            from = to;
        }
        month = next;
    }
    return pieces;
}

double monthsIn(const Period &period, const QTimeZone &zone)
{
    double months = 0;
    for (const Period &piece : splitByMonth(period, zone)) {
        const QDate day = localDate(piece.fromMs, zone);
        const Period whole = calendarMonth(day.year(), day.month(), zone);
        if (whole.lengthMs() > 0)
            months += static_cast<double>(piece.lengthMs()) / static_cast<double>(whole.lengthMs());
    }
    return months;
}

QString machineName(Exclusion::Reason reason)
{
    for (const auto &[value, name] : reasonNames) {
        if (value == reason)
            return QStringView(name).toString();
    }
    return {};
}

QList<AlertIncident> alertIncidents(const QList<IncidentEvent> &events)
{
    std::map<std::pair<qint64, QString>, AlertIncident> incidents;
    const auto earliest = [](std::optional<qint64> &slot, qint64 atMs) {
        if (!slot || atMs < *slot)
            slot = atMs;
    };
    for (const IncidentEvent &event : events) {
        if (event.rule.isEmpty() || event.incidentStartMs == 0)
            continue;
        if (event.kind != IncidentEvent::Kind::Firing && event.kind != IncidentEvent::Kind::Acknowledged
            && event.kind != IncidentEvent::Kind::Resolved)
            continue;
        auto [it, inserted] = incidents.try_emplace({event.incidentStartMs, event.rule});
        if (inserted) {
            it->second.rule = event.rule;
            it->second.startMs = event.incidentStartMs;
        }
        if (event.kind == IncidentEvent::Kind::Acknowledged)
            earliest(it->second.acknowledgedMs, event.atMs);
        else if (event.kind == IncidentEvent::Kind::Resolved)
            earliest(it->second.resolvedMs, event.atMs);
    }
    QList<AlertIncident> result;
    result.reserve(static_cast<qsizetype>(incidents.size()));
    for (auto &entry : incidents)
        result.append(std::move(entry.second));
    return result;
}

Scorecard computeScorecard(const ScorecardInput &input)
{
    const VendorSpec &vendor = input.vendor;
    const Period &period = input.period;
    Scorecard card;
    card.vendor = vendor.id;
    card.vendorName = vendor.name;
    card.period = period;

    // Excluded time: each moment once, for the first reason of maintenance, offline, paused.
    using R = Exclusion::Reason;
    const std::vector<Span> maintenance = spansOf(input.exclusions, period, {R::Maintenance});
    const std::vector<Span> maintenanceOrOffline = spansOf(input.exclusions, period, {R::Maintenance, R::Offline});
    const std::vector<Span> excluded = spansOf(input.exclusions, period, {R::Maintenance, R::Offline, R::Paused});
    card.excludedMaintenanceMs = lengthOf(maintenance);
    card.excludedOfflineMs = lengthOf(maintenanceOrOffline) - card.excludedMaintenanceMs;
    card.excludedPausedMs = lengthOf(excluded) - lengthOf(maintenanceOrOffline);
    for (const Exclusion &e : input.exclusions) {
        if (e.fromMs < period.toMs && e.toMs > period.fromMs && e.toMs > e.fromMs) {
            Exclusion clipped = e;
            clipped.fromMs = std::max(e.fromMs, period.fromMs);
            clipped.toMs = std::min(e.toMs, period.toMs);
            card.exclusions.append(clipped);
        }
    }
    std::stable_sort(card.exclusions.begin(), card.exclusions.end(), [](const Exclusion &a, const Exclusion &b) {
        return std::tie(a.fromMs, a.toMs) < std::tie(b.fromMs, b.toMs);
    });

    // Availability, per calendar month (the contract's unit) and over the period.
    const QList<Period> months = splitByMonth(period, input.zone);
    const Measured measured = measure(input, months, excluded);
    const VendorContract &contract = vendor.contract;
    card.slaTargetPct = contract.availabilityPct;
    double creditShares = 0; // Σ credit % × the month's share of a fee
    bool anyData = false;
    bool allMet = true;
    for (qsizetype k = 0; k < months.size(); ++k) {
        const auto slot = static_cast<std::size_t>(k);
        ScorecardMonth month;
        month.period = months[k];
        month.monitoredMs = measured.monthMonitoredMs[slot];
        month.downMs = measured.monthDownMs[slot];
        const double share = monthsIn(months[k], input.zone);
        card.months += share;
        if (month.monitoredMs > 0) {
            const double pct = cleanPct(100.0 * (1.0 - month.downMs / static_cast<double>(month.monitoredMs)));
            month.availabilityPct = pct;
            if (contract.availabilityPct) {
                month.slaMet = pct >= *contract.availabilityPct;
                allMet = allMet && *month.slaMet;
            }
            month.creditPct = contract.creditFor(pct);
            creditShares += *month.creditPct * share;
            anyData = true;
        }
        card.monitoredMs += month.monitoredMs;
        card.downMs += month.downMs;
        card.monthly.append(month);
    }
    if (card.monitoredMs > 0)
        card.availabilityPct = cleanPct(100.0 * (1.0 - card.downMs / static_cast<double>(card.monitoredMs)));
    if (anyData && contract.availabilityPct)
        card.slaMet = allMet;
    if (anyData && card.months > 0)
        card.creditPct = creditShares / card.months;

    // Latency and errors.
    card.p95Ms = measured.latency.quantile(0.95);
    if (contract.p95Latency)
        card.p95TargetMs = static_cast<double>(contract.p95Latency->count());
    if (card.p95Ms && card.p95TargetMs)
        card.p95Met = *card.p95Ms <= *card.p95TargetMs;
    card.attempts = measured.attempts;
    card.failures = measured.failures;
    card.rateLimited = measured.rateLimited;
    card.errorRatePct = percent(card.failures, card.attempts);
    card.rateLimitedPct = percent(card.rateLimited, card.attempts);
    card.minQuotaHeadroomPct = input.minQuotaHeadroomPct;

    // Incidents.
    double acknowledgeMs = 0;
    double resolveMs = 0;
    int acknowledged = 0;
    int resolved = 0;
    for (const AlertIncident &incident : input.incidents) {
        if (incident.startMs < period.fromMs || incident.startMs >= period.toMs)
            continue;
        ++card.incidents;
        if (incident.acknowledgedMs) {
            acknowledgeMs += static_cast<double>(std::max<qint64>(0, *incident.acknowledgedMs - incident.startMs));
            ++acknowledged;
        }
        if (incident.resolvedMs) {
            resolveMs += static_cast<double>(std::max<qint64>(0, *incident.resolvedMs - incident.startMs));
            ++resolved;
        }
    }
    if (acknowledged > 0)
        card.mttaMin = acknowledgeMs / acknowledged / minuteMs;
    if (resolved > 0)
        card.mttrMin = resolveMs / resolved / minuteMs;
    for (const DeclaredIncident &incident : input.declared) {
        if (incident.startMs < period.toMs && (!incident.endMs || *incident.endMs > period.fromMs))
            card.declared.append(incident);
    }
    std::stable_sort(card.declared.begin(), card.declared.end(),
                     [](const DeclaredIncident &a, const DeclaredIncident &b) { return a.startMs < b.startMs; });

    // Webhooks.
    card.webhookDeliveries = input.webhookDeliveries;
    card.webhookDelivered = input.webhookDelivered;
    card.signatureFailures = input.signatureFailures;
    if (input.webhookDeliveries > 0) {
        card.webhookDeliveryPct = percent(static_cast<quint64>(std::max<qint64>(0, input.webhookDelivered)),
                                          static_cast<quint64>(input.webhookDeliveries));
    }

    // Cost, and the credit in money.
    card.usage = input.usage;
    if (const std::optional<VendorCost> &c = vendor.cost) {
        card.currency = c->currency;
        card.cost = c->total(input.usage, card.months);
        if (c->budget)
            card.budget = *c->budget * card.months;
        if (card.budget)
            card.overBudget = *card.cost > *card.budget;
        if (card.creditPct)
            card.creditAmount = creditShares / 100.0 * c->monthlyFee;
    }

    card.supportRating = input.supportRating ? input.supportRating : vendor.supportRating;

    // The score.
    const ScoreWeights &w = vendor.weights;
    std::optional<double> availability;
    if (card.availabilityPct)
        availability =
            availabilityScore(*card.availabilityPct, contract.availabilityPct.value_or(defaultAvailabilityTargetPct));
    std::optional<double> latency;
    if (card.p95Ms && card.p95TargetMs && *card.p95TargetMs > 0)
        latency = maxScore * (2 * *card.p95TargetMs - *card.p95Ms) / *card.p95TargetMs;
    std::optional<double> errors;
    if (card.errorRatePct)
        errors = maxScore * (5.0 - *card.errorRatePct) / 5.0;
    std::optional<double> incidents;
    if (card.monitoredMs > 0 || card.incidents > 0)
        incidents = maxScore - card.incidents;
    std::optional<double> costScore;
    if (card.cost && card.budget) {
        if (*card.cost <= *card.budget)
            costScore = maxScore;
        else if (*card.budget <= 0)
            costScore = 0;
        else
            costScore = maxScore * (1.5 * *card.budget - *card.cost) / (0.5 * *card.budget);
    }
    std::optional<double> support;
    if (card.supportRating)
        support = *card.supportRating;

    card.criteria = {
        criterion(u"availability"_s, w.availability, availability),
        criterion(u"latency"_s, w.latency, latency),
        criterion(u"errors"_s, w.errors, errors),
        criterion(u"incidents"_s, w.incidents, incidents),
        criterion(u"cost"_s, w.cost, costScore),
        criterion(u"support"_s, w.support, support),
    };
    double weights = 0;
    for (const Criterion &c : std::as_const(card.criteria)) {
        if (c.present())
            weights += std::max(0.0, c.weight);
    }
    if (weights > 0) {
        double score = 0;
        for (Criterion &c : card.criteria) {
            if (!c.present())
                continue;
            c.share = std::max(0.0, c.weight) / weights;
            c.contribution = c.share * *c.score;
            score += c.contribution;
        }
        card.score = score;
        if (input.previousScore)
            card.trend = score - *input.previousScore;
    }
    return card;
}

QList<Scorecard> dailyScorecards(const ScorecardInput &input)
{
    QList<Scorecard> days;
    ScorecardInput day = input;
    day.previousScore.reset();
    QDate date = QDateTime::fromMSecsSinceEpoch(input.period.fromMs, input.zone).date();
    for (qint64 from = input.period.fromMs; from < input.period.toMs;) {
        date = date.addDays(1);
        const qint64 next = std::min(date.startOfDay(input.zone).toMSecsSinceEpoch(), input.period.toMs);
        if (next <= from)
            break; // a zone that never starts the next day: cannot happen, but never loop forever
        day.period = {from, next};
        days.append(computeScorecard(day));
        from = next;
    }
    return days;
}

std::optional<ScorecardNote> noteFor(const QList<ScorecardNote> &notes, const QString &vendor, const Period &period)
{
    for (const ScorecardNote &note : notes) {
        if (note.vendor == vendor && note.period == period)
            return note;
    }
    return std::nullopt;
}

VendorReview reviewOf(ScorecardInput input, const std::optional<ScorecardNote> &note)
{
    if (note && note->rating)
        input.supportRating = note->rating;
    VendorReview review;
    review.scorecard = computeScorecard(input);
    review.vendor = input.vendor;
    for (const AlertIncident &incident : std::as_const(input.incidents)) {
        if (incident.startMs >= input.period.fromMs && incident.startMs < input.period.toMs)
            review.incidents.append(incident);
    }
    for (const Scorecard &day : dailyScorecards(input)) {
        review.dailyAvailability.append({day.period.fromMs, day.availabilityPct});
        review.dailyP95Ms.append({day.period.fromMs, day.p95Ms});
    }
    review.note = note;
    return review;
}

QJsonObject toJson(const Scorecard &card)
{
    const int money = currencyDecimals(card.currency);
    QJsonArray exclusions;
    for (const Exclusion &e : card.exclusions) {
        exclusions.append(QJsonObject{{u"from"_s, isoTime(e.fromMs)},
                                      {u"to"_s, isoTime(e.toMs)},
                                      {u"reason"_s, machineName(e.reason)},
                                      {u"label"_s, e.label}});
    }
    QJsonArray monthly;
    for (const ScorecardMonth &m : card.monthly) {
        monthly.append(
            QJsonObject{{u"period"_s, periodJson(m.period)},
                        {u"availability_pct"_s, jsonNumber(m.availabilityPct, availabilityDecimals)},
                        {u"sla_met"_s, jsonBool(m.slaMet)},
                        {u"downtime_min"_s, rounded(m.downMs / minuteMs, minuteDecimals)},
                        {u"monitored_min"_s, rounded(static_cast<double>(m.monitoredMs) / minuteMs, minuteDecimals)},
                        {u"credit_pct"_s, jsonNumber(m.creditPct, percentDecimals)}});
    }
    QJsonObject criteria;
    for (const Criterion &c : card.criteria) {
        criteria.insert(c.name, QJsonObject{{u"score"_s, jsonNumber(c.score, scoreDecimals)},
                                            {u"weight"_s, c.weight},
                                            {u"share"_s, rounded(c.share, scoreDecimals)},
                                            {u"contribution"_s, rounded(c.contribution, scoreDecimals)}});
    }
    QJsonObject usage;
    for (auto it = card.usage.cbegin(); it != card.usage.cend(); ++it)
        usage.insert(it.key(), rounded(it.value(), 0));
    const auto toMinutes = [](qint64 ms) { return rounded(static_cast<double>(ms) / minuteMs, minuteDecimals); };
    return QJsonObject{
        {u"vendor"_s, card.vendor},
        {u"vendor_name"_s, card.vendorName},
        {u"period"_s, periodJson(card.period)},
        {u"availability_pct"_s, jsonNumber(card.availabilityPct, availabilityDecimals)},
        {u"monitored_min"_s, toMinutes(card.monitoredMs)},
        {u"excluded_min"_s, QJsonObject{{u"offline"_s, toMinutes(card.excludedOfflineMs)},
                                        {u"paused"_s, toMinutes(card.excludedPausedMs)},
                                        {u"maintenance"_s, toMinutes(card.excludedMaintenanceMs)}}},
        {u"exclusions"_s, exclusions},
        {u"sla_target_pct"_s, jsonNumber(card.slaTargetPct, availabilityDecimals)},
        {u"sla_met"_s, jsonBool(card.slaMet)},
        {u"downtime_min"_s, rounded(card.downMs / minuteMs, minuteDecimals)},
        {u"credit_pct"_s, jsonNumber(card.creditPct, percentDecimals)},
        {u"credit"_s, jsonNumber(card.creditAmount, money)},
        {u"months"_s, monthly},
        {u"p95_ms"_s, jsonNumber(card.p95Ms, millisecondDecimals)},
        {u"p95_target_ms"_s, jsonNumber(card.p95TargetMs, millisecondDecimals)},
        {u"p95_met"_s, jsonBool(card.p95Met)},
        {u"error_rate"_s, jsonNumber(card.errorRatePct, percentDecimals)},
        {u"rate_limited_pct"_s, jsonNumber(card.rateLimitedPct, percentDecimals)},
        {u"min_quota_headroom_pct"_s, jsonNumber(card.minQuotaHeadroomPct, percentDecimals)},
        {u"incidents"_s, card.incidents},
        {u"mtta_min"_s, jsonNumber(card.mttaMin, minuteDecimals)},
        {u"mttr_min"_s, jsonNumber(card.mttrMin, minuteDecimals)},
        {u"vendor_incidents"_s, card.declared.size()},
        {u"webhook_delivery_pct"_s, jsonNumber(card.webhookDeliveryPct, percentDecimals)},
        {u"signature_failures"_s, card.signatureFailures},
        {u"usage"_s, usage},
        {u"currency"_s, card.currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(card.currency)},
        {u"cost"_s, jsonNumber(card.cost, money)},
        {u"budget"_s, jsonNumber(card.budget, money)},
        {u"over_budget"_s, jsonBool(card.overBudget)},
        {u"support_rating"_s, card.supportRating ? QJsonValue(*card.supportRating) : QJsonValue(QJsonValue::Null)},
        {u"score"_s, jsonNumber(card.score, scoreDecimals)},
        {u"trend"_s, jsonNumber(card.trend, scoreDecimals)},
        {u"criteria"_s, criteria},
    };
}

QStringList scorecardCsvHeader()
{
    QStringList header{u"vendor"_s,
                       u"vendor_name"_s,
                       u"from"_s,
                       u"to"_s,
                       u"availability_pct"_s,
                       u"sla_target_pct"_s,
                       u"sla_met"_s,
                       u"downtime_min"_s,
                       u"monitored_min"_s,
                       u"excluded_offline_min"_s,
                       u"excluded_paused_min"_s,
                       u"excluded_maintenance_min"_s,
                       u"credit_pct"_s,
                       u"credit"_s,
                       u"p95_ms"_s,
                       u"p95_target_ms"_s,
                       u"p95_met"_s,
                       u"error_rate"_s,
                       u"rate_limited_pct"_s,
                       u"min_quota_headroom_pct"_s,
                       u"incidents"_s,
                       u"mtta_min"_s,
                       u"mttr_min"_s,
                       u"vendor_incidents"_s,
                       u"webhook_delivery_pct"_s,
                       u"signature_failures"_s,
                       u"currency"_s,
                       u"cost"_s,
                       u"budget"_s,
                       u"over_budget"_s,
                       u"support_rating"_s,
                       u"score"_s,
                       u"trend"_s};
    for (const QString &name : {u"availability"_s, u"latency"_s, u"errors"_s, u"incidents"_s, u"cost"_s, u"support"_s})
        header << name + u"_score"_s << name + u"_contribution"_s;
    return header;
}

QStringList scorecardCsvRow(const Scorecard &card)
{
    const int money = currencyDecimals(card.currency);
    const auto toMinutes = [](double ms) { return csvNumber(ms / minuteMs, minuteDecimals); };
    QStringList row{card.vendor,
                    card.vendorName,
                    isoTime(card.period.fromMs),
                    isoTime(card.period.toMs),
                    csvNumber(card.availabilityPct, availabilityDecimals),
                    csvNumber(card.slaTargetPct, availabilityDecimals),
                    csvBool(card.slaMet),
                    toMinutes(card.downMs),
                    toMinutes(static_cast<double>(card.monitoredMs)),
                    toMinutes(static_cast<double>(card.excludedOfflineMs)),
                    toMinutes(static_cast<double>(card.excludedPausedMs)),
                    toMinutes(static_cast<double>(card.excludedMaintenanceMs)),
                    csvNumber(card.creditPct, percentDecimals),
                    csvNumber(card.creditAmount, money),
                    csvNumber(card.p95Ms, millisecondDecimals),
                    csvNumber(card.p95TargetMs, millisecondDecimals),
                    csvBool(card.p95Met),
                    csvNumber(card.errorRatePct, percentDecimals),
                    csvNumber(card.rateLimitedPct, percentDecimals),
                    csvNumber(card.minQuotaHeadroomPct, percentDecimals),
                    QString::number(card.incidents),
                    csvNumber(card.mttaMin, minuteDecimals),
                    csvNumber(card.mttrMin, minuteDecimals),
                    QString::number(card.declared.size()),
                    csvNumber(card.webhookDeliveryPct, percentDecimals),
                    QString::number(card.signatureFailures),
                    card.currency,
                    csvNumber(card.cost, money),
                    csvNumber(card.budget, money),
                    csvBool(card.overBudget),
                    card.supportRating ? QString::number(*card.supportRating) : QString(),
                    csvNumber(card.score, scoreDecimals),
                    csvNumber(card.trend, scoreDecimals)};
    for (const Criterion &c : card.criteria) {
        row << csvNumber(c.score, scoreDecimals)
            << (c.present() ? csvNumber(c.contribution, scoreDecimals) : QString());
    }
    return row;
}

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    QString code = currency.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return own.isEmpty() ? code : own;
    for (const CurrencySymbol &known : currencySymbols) {
        if (known.code != code)
            continue;
        if (known.symbol != own)
            return known.symbol.toString();
        if (known.wide != own)
            return known.wide.toString();
        break;
    }
    return code;
}

int currencyDecimals(QStringView currency)
{
    const QString code = currency.trimmed().toString().toUpper();
    if (std::find(noDecimals.cbegin(), noDecimals.cend(), code) != noDecimals.cend())
        return 0;
    if (std::find(threeDecimals.cbegin(), threeDecimals.cend(), code) != threeDecimals.cend())
        return 3;
    return 2;
}

QString formatMoney(double amount, const QString &currency, const QLocale &given)
{
    // The C locale has no currency conventions (Qt puts the symbol after the digits there): money
    // is written as in American English, the usual neutral choice.
    const QLocale locale = given.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : given;
    const int decimals = currencyDecimals(currency);
    const QString symbol = currencySymbol(currency, locale);
    if (symbol.isEmpty())
        return locale.toString(amount, 'f', decimals);
    QString text = locale.toCurrencyString(amount, symbol, decimals);
    // CLDR's currency spacing, which Qt leaves out: a symbol that ends (starts) with a letter is
    // kept apart from a digit after (before) it, as in "CHF 1,234.50" or "1.234,50 CHF".
    if (const qsizetype at = text.indexOf(symbol); at >= 0) {
        const qsizetype after = at + symbol.size();
        if (after < text.size() && text.at(after).isDigit() && symbol.back().isLetter())
            text.insert(after, QChar(0x00A0));
        else if (at > 0 && text.at(at - 1).isDigit() && symbol.front().isLetter())
            text.insert(at, QChar(0x00A0));
    }
    return text;
}

} // namespace gw
