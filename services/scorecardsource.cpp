#include "scorecardsource.h"

#include "activealert.h"
#include "historyreader.h"
#include "incidentstore.h"
#include "webhookhealth.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr int deliveriesPerPage = 1000;
const QString requestsUnit = QStringLiteral("requests");

// Hourly rollups while the history keeps them for the whole period, else daily ones.
Resolution rollupResolution(const Retention &retention, const Period &period, qint64 nowMs)
{
    if (retention.hour && period.fromMs < nowMs - retention.hour->count())
        return Resolution::Day;
    return Resolution::Hour;
}

// The attempts of a rollup the scorecard counts: those that say something about the vendor
// (up, degraded, rate-limited, down), less the failures of the workstation's own network.
quint64 countedAttempts(const Rollup &r)
{
    const quint64 down = r.count(HealthStatus::Down);
    const quint64 local = std::min<quint64>(r.failuresOf(FailureClass::LocalNetwork), down);
    return quint64(r.count(HealthStatus::Up)) + r.count(HealthStatus::Degraded) + r.count(HealthStatus::RateLimited)
           + down - local;
}

} // namespace

ScorecardSource::ScorecardSource(const HistoryReader &history, const IncidentStore *incidents)
    : m_history(&history), m_store(incidents)
{}

ScorecardSource::ScorecardSource(const HistoryReader &history, QList<IncidentEvent> incidentEvents)
    : m_history(&history), m_events(std::move(incidentEvents))
{}

ScorecardSource::ScorecardSource(PromRollups fromPrometheus, const HistoryReader *local,
                                 QList<IncidentEvent> incidentEvents)
    : m_history(local), m_events(std::move(incidentEvents)), m_prometheus(std::move(fromPrometheus))
{}

qint64 ScorecardSource::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QStringList ScorecardSource::rulesAbout(const Catalog &catalog, const VendorSpec &vendor)
{
    const QString localNetwork = localNetworkRule().name;
    QStringList names;
    for (const AlertRule &rule : catalog.alerts) {
        if (rule.name == localNetwork || names.contains(rule.name))
            continue;
        if (catalog.concerns(rule, vendor))
            names.append(rule.name);
    }
    return names;
}

Result<ScorecardInput, QString> ScorecardSource::input(const Catalog &catalog, const VendorSpec &vendor,
                                                       const Period &period, const QTimeZone &zone) const
{
    Result<ScorecardInput, QString> current = gather(catalog, vendor, period, zone);
    if (!current)
        return current;
    const Result<ScorecardInput, QString> previous = gather(catalog, vendor, previousPeriod(period, zone), zone);
    if (!previous)
        return previous.error();
    ScorecardInput in = std::move(current).value();
    ScorecardInput before = previous.value();
    if (const std::optional<ScorecardNote> stored = note(vendor.id, before.period); stored && stored->rating)
        before.supportRating = stored->rating;
    in.previousScore = computeScorecard(before).score;
    return in;
}

std::optional<ScorecardNote> ScorecardSource::note(const QString &vendorId, const Period &period) const
{
    return noteFor(m_notes, vendorId, period);
}

Result<VendorReview, QString> ScorecardSource::review(const Catalog &catalog, const VendorSpec &vendor,
                                                      const Period &period, const QTimeZone &zone) const
{
    const Result<ScorecardInput, QString> in = input(catalog, vendor, period, zone);
    if (!in)
        return in.error();
    return reviewOf(in.value(), note(vendor.id, period));
}

Result<Scorecard, QString> ScorecardSource::scorecard(const Catalog &catalog, const VendorSpec &vendor,
                                                      const Period &period, const QTimeZone &zone) const
{
    const Result<ScorecardInput, QString> in = input(catalog, vendor, period, zone);
    if (!in)
        return in.error();
    return computeScorecard(in.value());
}

Result<ScorecardInput, QString> ScorecardSource::gather(const Catalog &catalog, const VendorSpec &vendor,
                                                        const Period &period, const QTimeZone &zone) const
{
    ScorecardInput in;
    in.vendor = vendor;
    in.period = period;
    in.zone = zone;
    const Resolution resolution = rollupResolution(catalog.settings.retention, period, now());
    in.bucketMs = m_prometheus ? m_prometheus->bucketMs : bucketMs(resolution);

    bool pauseMarkers = false;
    double requests = 0;
    for (const QString &integrationId : vendor.integrations) {
        // Usage: what its quotas counted, per unit; requests as the gateway counted them where it
        // did, else the larger of its quotas' count and Gatewatch's own attempts (below): both
        // see only part of them.
        std::optional<double> carried;
        QMap<QString, double> consumed;
        if (m_history) {
            const Result<std::optional<double>, QString> gateway =
                m_history->gatewayRequestsNow(integrationId, period.fromMs, period.toMs);
            if (!gateway)
                return gateway.error();
            carried = gateway.value();
            const Result<QMap<QString, double>, QString> quotas =
                m_history->quotaUsageNow(integrationId, period.fromMs, period.toMs);
            if (!quotas)
                return quotas.error();
            consumed = quotas.value();
        }
        for (auto it = consumed.cbegin(); it != consumed.cend(); ++it) {
            if (it.key() != requestsUnit)
                in.usage[it.key()] += it.value();
        }

        Result<QList<Rollup>, QString> series = rollups(integrationId, period, resolution);
        if (!series)
            return series.error();
        double attempts = 0;
        for (const Rollup &rollup : series.value()) {
            pauseMarkers = pauseMarkers || rollup.count(HealthStatus::Paused) > 0;
            // Counted like the scorecard's attempts: by the period that holds the bucket's middle.
            const qint64 middle = rollup.startMs + in.bucketMs / 2;
            if (middle >= period.fromMs && middle < period.toMs)
                attempts += double(countedAttempts(rollup));
        }
        if (!series->isEmpty())
            in.rollups.insert(integrationId, series.value());
        if (carried)
            requests += *carried;
        else
            requests += std::max(attempts, consumed.value(requestsUnit));
    }
    in.usage.insert(requestsUnit, requests);

    // Exclusions.
    const StatusPageHistory statusPage = statusPageHistory(vendor, period);
    in.exclusions += statusPage.maintenance;
    in.declared = statusPage.declared;
    for (const AlertIncident &incident : alertIncidents(incidentEvents(localNetworkRule().name, period.fromMs))) {
        // An incident without a resolution (still firing, or Gatewatch stopped while it fired) is
        // left out: its end is unknown, and its attempts (local-network failures) say nothing anyway.
        if (!incident.resolvedMs || *incident.resolvedMs <= period.fromMs || incident.startMs >= period.toMs)
            continue;
        in.exclusions.append({incident.startMs, *incident.resolvedMs, Exclusion::Reason::Offline, {}});
    }
    Result<QList<Exclusion>, QString> paused = pausedTime(catalog, vendor, period, pauseMarkers);
    if (!paused)
        return paused.error();
    in.exclusions += paused.value();

    // Alert incidents that started in the period.
    QList<IncidentEvent> events;
    for (const QString &rule : rulesAbout(catalog, vendor))
        events += incidentEvents(rule, period.fromMs);
    for (const AlertIncident &incident : alertIncidents(events)) {
        if (incident.startMs >= period.fromMs && incident.startMs < period.toMs)
            in.incidents.append(incident);
    }

    addWebhooks(vendor, period, in);
    in.minQuotaHeadroomPct = minQuotaHeadroom(catalog, vendor, period);
    return in;
}

Result<QList<Rollup>, QString> ScorecardSource::rollups(const QString &integrationId, const Period &period,
                                                        Resolution resolution) const
{
    if (m_prometheus) {
        QList<Rollup> inside;
        const qint64 width = m_prometheus->bucketMs;
        for (const Rollup &r : m_prometheus->rollups.value(integrationId)) {
            if (r.startMs < period.toMs && r.startMs + width > period.fromMs)
                inside.append(r);
        }
        return inside;
    }
    // The checks of one integration merged per bucket, since the scorecard takes an integration
    // as one series.
    std::map<qint64, Rollup> buckets;
    HistoryQuery query;
    query.integrationId = integrationId;
    query.fromMs = period.fromMs;
    query.toMs = period.toMs;
    const QString problem =
        m_history->exportRollups(query, resolution, [&buckets](const QString &, const QString &, const Rollup &r) {
            const auto [it, inserted] = buckets.try_emplace(r.startMs, r);
            if (!inserted)
                it->second.merge(r);
            return true;
        });
    if (!problem.isEmpty())
        return problem;
    QList<Rollup> series;
    series.reserve(qsizetype(buckets.size()));
    for (auto &[start, rollup] : buckets)
        series.append(std::move(rollup));
    return series;
}

ScorecardSource::StatusPageHistory ScorecardSource::statusPageHistory(const VendorSpec &vendor,
                                                                      const Period &period) const
{
    if (!m_history)
        return {};
    return {m_history->vendorIncidentsNow(vendor.id, period.fromMs, period.toMs),
            m_history->vendorMaintenanceNow(vendor.id, period.fromMs, period.toMs)};
}

Result<QList<Exclusion>, QString> ScorecardSource::pausedTime(const Catalog &catalog, const VendorSpec &vendor,
                                                              const Period &period, bool markers) const
{
    QList<Exclusion> spans;
    if (!markers || !m_history)
        return spans;

    // Each configured check's changes between paused and not, in time order.
    struct Change
    {
        qint64 atMs = 0;
        QString check;
        bool paused = false;
    };
    std::vector<Change> changes;
    for (const QString &integrationId : vendor.integrations) {
        QHash<QString, bool> last;
        HistoryQuery query;
        query.integrationId = integrationId;
        query.fromMs = period.fromMs;
        query.toMs = period.toMs;
        const QString problem = m_history->exportSamples(query, [&](const CheckSample &s) {
            if (!catalog.check(s.integrationId, s.checkId))
                return true;
            const QString key = s.integrationId + u'/' + s.checkId;
            const bool paused = s.sample.state == HealthStatus::Paused;
            const auto it = last.constFind(key);
            if (it == last.cend() || *it != paused) {
                last.insert(key, paused);
                changes.push_back({s.sample.atMs, key, paused});
            }
            return true;
        });
        if (!problem.isEmpty())
            return problem;
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.atMs < b.atMs; });

    // The vendor is paused while every check seen so far is.
    QHash<QString, bool> state;
    qsizetype pausedChecks = 0;
    bool allPaused = false;
    qint64 since = 0;
    for (const Change &change : changes) {
        const auto it = state.find(change.check);
        if (it == state.end()) {
            state.insert(change.check, change.paused);
        } else {
            pausedChecks -= *it ? 1 : 0;
            *it = change.paused;
        }
        pausedChecks += change.paused ? 1 : 0;
        const bool all = pausedChecks == state.size();
        if (all && !allPaused) {
            since = change.atMs;
        } else if (!all && allPaused && change.atMs > since) {
            spans.append({since, change.atMs, Exclusion::Reason::Paused, {}});
        }
        allPaused = all;
    }
    // A pause still going on lasts until now (or the period's end), not into the future.
    if (allPaused) {
        const qint64 end = std::min(period.toMs, now());
        if (end > since)
            spans.append({since, end, Exclusion::Reason::Paused, {}});
    }
    return spans;
}

QList<IncidentEvent> ScorecardSource::incidentEvents(const QString &rule, qint64 fromMs) const
{
    if (m_events) {
        QList<IncidentEvent> found;
        for (const IncidentEvent &event : *m_events) {
            if (event.rule == rule && event.atMs >= fromMs)
                found.append(event);
        }
        return found;
    }
    if (!m_store)
        return {};
    // From the period's start on, with no end: an incident that started in the period may be
    // acknowledged or resolved after it, and an offline span that started before it ends in it.
    IncidentQuery query;
    query.rule = rule;
    query.fromMs = fromMs;
    query.limit = std::numeric_limits<int>::max();
    return m_store->events(query);
}

void ScorecardSource::addWebhooks(const VendorSpec &vendor, const Period &period, ScorecardInput &input) const
{
    if (!m_history)
        return;
    QStringList sources{vendor.id};
    for (const QString &id : vendor.integrations) {
        if (!sources.contains(id))
            sources.append(id);
    }
    for (const QString &source : std::as_const(sources)) {
        // Newest first, a page at a time; the next page ends just after the oldest time seen, and
        // what was counted at that time is skipped. A page all of one time grows the next.
        EventQuery query;
        query.type = GatewayEventType::WebhookDelivery;
        query.source = source;
        query.fromMs = period.fromMs;
        query.toMs = period.toMs;
        query.limit = deliveriesPerPage;
        qint64 oldest = query.toMs;
        QSet<QString> countedAtOldest;
        for (;;) {
            const QList<GatewayEvent> page = m_history->eventsNow(query);
            qsizetype fresh = 0;
            for (const GatewayEvent &event : page) {
                const WebhookDelivery *delivery = event.webhookDelivery();
                if (!delivery || countedAtOldest.contains(event.id))
                    continue;
                ++fresh;
                if (event.timeMs < oldest) {
                    oldest = event.timeMs;
                    countedAtOldest.clear();
                }
                if (event.timeMs == oldest)
                    countedAtOldest.insert(event.id);
                switch (forwarding(*delivery)) {
                case Forwarding::Delivered:
                    ++input.webhookDeliveries;
                    ++input.webhookDelivered;
                    break;
                case Forwarding::Undelivered:
                    ++input.webhookDeliveries;
                    break;
                case Forwarding::Rejected:
                case Forwarding::InProgress:
                    break;
                }
                if (isSignatureFailureByEither(*delivery))
                    ++input.signatureFailures;
            }
            if (page.size() < query.limit)
                break;
            if (fresh == 0) {
                if (query.limit > std::numeric_limits<int>::max() / 2)
                    break;
                query.limit *= 2;
                continue;
            }
            query.toMs = oldest + 1;
        }
    }
}

std::optional<double> ScorecardSource::minQuotaHeadroom(const Catalog &catalog, const VendorSpec &vendor,
                                                        const Period &period) const
{
    std::optional<double> lowest;
    if (m_prometheus) {
        for (const QString &integrationId : vendor.integrations) {
            for (const auto &[startMs, pct] : m_prometheus->quotaHeadroomPct.value(integrationId)) {
                const qint64 middle = startMs + m_prometheus->bucketMs / 2;
                if (middle >= period.fromMs && middle < period.toMs && (!lowest || pct < *lowest))
                    lowest = pct;
            }
        }
        return lowest;
    }
    if (!m_history)
        return lowest;
    for (const QString &integrationId : vendor.integrations) {
        HistoryQuery query;
        query.integrationId = integrationId;
        query.fromMs = period.fromMs;
        query.toMs = period.toMs;
        query.maxCells = 0;
        const ChartData chart = m_history->chartNow(query);
        const IntegrationSpec *integration = catalog.integration(integrationId);
        for (auto it = chart.quotas.cbegin(); it != chart.quotas.cend(); ++it) {
            // A limit the configuration gives, for readings that carry none.
            std::optional<double> configured;
            if (integration) {
                for (const CheckSpec &check : integration->checks) {
                    if (check.quotaLimits.contains(it.key())) {
                        configured = check.quotaLimits.value(it.key());
                        break;
                    }
                }
            }
            for (const QuotaPoint &point : it.value()) {
                const std::optional<double> limit = point.limit ? point.limit : configured;
                if (!limit || *limit <= 0)
                    continue;
                const double pct = std::clamp(100.0 * point.remaining / *limit, 0.0, 100.0);
                if (!lowest || pct < *lowest)
                    lowest = pct;
            }
        }
    }
    return lowest;
}

} // namespace gw
