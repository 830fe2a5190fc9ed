#include "historybackfill.h"

#include "egressroutes.h"
#include "vendorapi.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <random>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gw::sim {

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr double z95 = 1.6448536269514722; // standard normal 95th percentile

// Incidents are placed per day from a generator seeded by the day and the vendor, so any range
// of any length sees the same incidents on the same days.
std::mt19937 dayGenerator(quint32 seed, qint64 day, const QString &vendor)
{
    std::seed_seq sequence{seed, static_cast<quint32>(day), static_cast<quint32>(day >> 32),
                           static_cast<quint32>(qHash(vendor, 0))};
    return std::mt19937(sequence);
}

// Busier in the (UTC) afternoon, as a storefront's traffic is: 1.0 at night, up to 1.35.
double loadFactor(qint64 atMs)
{
    const double hour = double((atMs % dayMs + dayMs) % dayMs) / double(hourMs);
    return 1.0 + 0.35 * std::max(0.0, std::sin((hour - 8.0) / 12.0 * M_PI));
}

} // namespace

HistoryBackfill::HistoryBackfill(QList<Check> checks, quint32 seed) : m_checks(std::move(checks)), m_seed(seed)
{}

QList<HistoryBackfill::Incident> HistoryBackfill::incidents(qint64 fromMs, qint64 toMs) const
{
    QStringList vendors;
    for (const Check &check : m_checks) {
        if (!vendors.contains(check.vendor))
            vendors.append(check.vendor);
    }
    QList<Incident> out;
    const qint64 firstDay = fromMs / dayMs - 1; // an incident may run into the next day
    const qint64 lastDay = toMs / dayMs;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        for (const QString &vendor : std::as_const(vendors)) {
            std::mt19937 random = dayGenerator(m_seed, day, vendor);
            std::uniform_real_distribution<double> unit(0.0, 1.0);
            // About one incident per vendor every three days, of one of a few kinds.
            if (unit(random) > 0.33)
                continue;
            Incident incident;
            incident.vendor = vendor;
            incident.startMs = day * dayMs + qint64(unit(random) * double(dayMs));
            const double kind = unit(random);
            if (kind < 0.35) {
                incident.endMs = incident.startMs + qint64((5 + unit(random) * 40) * 60'000);
                incident.verdict = HealthStatus::Down;
                incident.failureClass = FailureClass::HttpStatus;
                incident.httpStatus = 503;
                incident.reason = u"[STATUS] == 200 (actual: 503)"_s;
            } else if (kind < 0.6) {
                incident.endMs = incident.startMs + qint64((30 + unit(random) * 150) * 60'000);
                incident.verdict = HealthStatus::Degraded;
                incident.slowdown = 4 + unit(random) * 4;
                incident.reason = u"responses slower than the degraded threshold"_s;
            } else if (kind < 0.8) {
                incident.endMs = incident.startMs + qint64((10 + unit(random) * 50) * 60'000);
                incident.verdict = HealthStatus::RateLimited;
                incident.failureClass = FailureClass::RateLimited;
                incident.httpStatus = 429;
                incident.reason = u"rate limited (HTTP 429)"_s;
            } else {
                incident.endMs = incident.startMs + qint64((2 + unit(random) * 12) * 60'000);
                incident.verdict = HealthStatus::Down;
                incident.failureClass = FailureClass::Timeout;
                incident.reason = u"no answer within the timeout"_s;
            }
            if (incident.endMs > fromMs && incident.startMs < toMs)
                out.append(incident);
        }
    }
    std::sort(out.begin(), out.end(), [](const Incident &a, const Incident &b) { return a.startMs < b.startMs; });
    return out;
}

void HistoryBackfill::generate(qint64 fromMs, qint64 toMs, const std::function<bool(const QList<CheckUpdate> &)> &sink,
                               int batchSize) const
{
    const QList<Incident> all = incidents(fromMs, toMs);
    struct Cursor
    {
        const Check *check;
        qint64 nextMs;
        std::mt19937 random;
        double mu;
        double sigma;
        QDateTime certificateExpiry;
    };
    std::vector<Cursor> cursors;
    for (const Check &check : m_checks) {
        const LatencyProfile profile = VendorApi::latencyProfile(check.vendor);
        const double mu = std::log(profile.medianMs);
        const qint64 interval = std::max<qint64>(1000, check.interval.count());
        // A stable phase per check, as the scheduler spreads checks over their interval.
        const qint64 phase = qint64(qHash(check.integrationId + u'/' + check.checkId, m_seed) % quint64(interval));
        const qint64 first = fromMs - (fromMs % interval + interval) % interval + phase;
        // Certificates renewed every 90 days, expiring at a point fixed by the seed.
        const qint64 renewal = 90 * dayMs;
        const qint64 offset = qint64(qHash(check.vendor, m_seed) % quint64(renewal));
        const qint64 expiry = ((toMs - offset) / renewal + 1) * renewal + offset;
        cursors.push_back({&check, first < fromMs ? first + interval : first,
                           std::mt19937(m_seed ^ quint32(qHash(check.integrationId + check.checkId, 0))), mu,
                           (std::log(profile.p95Ms) - mu) / z95,
                           check.https ? QDateTime::fromMSecsSinceEpoch(expiry, Qt::UTC) : QDateTime()});
    }

    QList<CheckUpdate> batch;
    batch.reserve(batchSize);
    while (true) {
        auto next = std::min_element(cursors.begin(), cursors.end(),
                                     [](const Cursor &a, const Cursor &b) { return a.nextMs < b.nextMs; });
        if (next == cursors.end() || next->nextMs >= toMs)
            break;
        Cursor &cursor = *next;
        const Check &check = *cursor.check;
        const qint64 at = cursor.nextMs;
        cursor.nextMs += std::max<qint64>(1000, check.interval.count());

        const Incident *incident = nullptr;
        for (const Incident &candidate : all) {
            if (candidate.startMs > at)
                break;
            if (candidate.vendor == check.vendor && at < candidate.endMs)
                incident = &candidate;
        }
        std::lognormal_distribution<double> latency(cursor.mu, cursor.sigma);
        CheckUpdate update;
        Sample &sample = update.sample;
        sample.integrationId = check.integrationId;
        sample.checkId = check.checkId;
        sample.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        sample.verdict = HealthStatus::Up;
        sample.httpStatus = 200;
        sample.latencyMs = latency(cursor.random) * loadFactor(at);
        if (cursor.certificateExpiry.isValid())
            sample.tls = TlsInfo{cursor.certificateExpiry, u"CN=127.0.0.1"_s};
        if (incident) {
            sample.verdict = incident->verdict;
            sample.failureClass = incident->failureClass;
            sample.reason = incident->reason;
            sample.latencyMs *= incident->slowdown;
            if (incident->failureClass == FailureClass::Timeout) {
                sample.httpStatus = 0;
                sample.latencyMs = 0;
                sample.tls.reset();
            } else if (incident->httpStatus) {
                sample.httpStatus = incident->httpStatus;
            }
        }
        update.state = sample.verdict;
        update.previousState = sample.verdict;
        batch.append(update);
        if (batch.size() >= batchSize) {
            if (!sink(batch))
                return;
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        sink(batch);
}

QList<GatewayScrape> HistoryBackfill::gatewayTraffic(const GatewayScrape &end, qint64 fromMs, qint64 stepMs) const
{
    if (stepMs <= 0 || fromMs > end.atMs)
        return {};
    // The egress routes that `end` has, with their rates.
    QList<std::pair<RouteTotals, double>> routes;
    for (const EgressRoute &egress : egressRoutes()) {
        for (const RouteTotals &route : end.routes) {
            if (route.service == egress.service && route.route == egress.route)
                routes.append({route, egress.callsPerSecond});
        }
    }
    std::sort(routes.begin(), routes.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.service, a.first.route) < std::tie(b.first.service, b.first.route);
    });
    QList<qint64> times;
    for (qint64 t = fromMs; t < end.atMs; t += stepMs)
        times.append(t);
    times.append(end.atMs);
    // Backwards from `end`: each step's traffic taken off the counters.
    std::mt19937 rng(m_seed);
    std::uniform_real_distribution<double> jitter(0.85, 1.15);
    QList<GatewayScrape> scrapes(times.size());
    QList<double> totals;
    for (const auto &[route, rate] : routes)
        totals.append(route.requests);
    for (qsizetype k = times.size() - 1; k >= 0; --k) {
        GatewayScrape &scrape = scrapes[k];
        scrape.flavor = end.flavor;
        scrape.atMs = times.at(k);
        for (qsizetype i = 0; i < routes.size(); ++i) {
            const RouteTotals &route = routes.at(i).first;
            scrape.routes.append({route.service, route.route, std::round(totals.at(i)), 0, 0, 0, {}});
        }
        if (k > 0) {
            const double seconds = double(times.at(k) - times.at(k - 1)) / 1000.0;
            for (qsizetype i = 0; i < routes.size(); ++i)
                totals[i] -= routes.at(i).second * seconds * loadFactor(times.at(k - 1)) * jitter(rng);
        }
    }
    return scrapes;
}

} // namespace gw::sim
