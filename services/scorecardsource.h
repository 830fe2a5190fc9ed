#pragma once

#include "catalog.h"
#include "incident.h"
#include "promchart.h"
#include "result.h"
#include "scorecard.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace gw {

class HistoryReader;
class IncidentStore;

// Gathers what one vendor's scorecard for one period is computed from (docs/scorecards.md), from
// the history and the incident history, synchronously:
// - rollups: the hourly rollups of the vendor's integrations, the checks of one integration merged
//   per bucket (daily ones for a period older than the hourly retention);
// - exclusions: offline time from the resolved incidents of the "local-network" alert; paused time
//   from the pause markers among the raw samples, where the history still keeps them (see
//   pausedTime());
// - incidents: the alert incidents of the rules about the vendor (rulesAbout());
// - webhooks: the deliveries of the webhook sources named like the vendor or one of its
//   integrations;
// - the lowest quota headroom of its integrations;
// - usage: per integration, what its quotas consumed by unit (HistoryReader::quotaUsageNow());
//   for "requests", the requests the gateway carried for it (HistoryReader::gatewayRequestsNow())
//   where the history counted them in the period, else its quotas' count of requests, else
//   Gatewatch's own attempts (as the scorecard counts them);
// - declared and maintenance exclusions: the incidents and maintenance windows the vendor's status
//   page showed, as the history kept them (HistoryReader::vendorIncidentsNow(),
//   vendorMaintenanceNow());
// - previousScore: the previous period's score, gathered the same way, with that period's stored
//   rating (setNotes()).
// supportRating is left to the caller (reviewOf() with note()).
//
// Threading: the HistoryReader may be used from any thread. An IncidentStore's connection belongs
// to the thread that opened it, so with a store, call input() and scorecard() on that thread;
// to run them on a pool thread, read the incident events first and hand those in instead.
class ScorecardSource
{
public:
    // `incidents` may be null: then there are no alert incidents and no offline time.
    ScorecardSource(const HistoryReader &history, const IncidentStore *incidents);
    // The incident history read beforehand (every event since the start of the previous period
    // at least, e.g. IncidentStore::events() with fromMs and no limit to speak of).
    ScorecardSource(const HistoryReader &history, QList<IncidentEvent> incidentEvents);
    // For a desktop whose checks run in agents: the rollups and quota headroom of every period
    // asked for (the one shown and the one before it, for the trend) come from Prometheus
    // (PrometheusHistory::scorecardHistory()), and must cover them. `local` (may be null) is
    // still read for what Prometheus does not hold: webhook deliveries, the gateway's request
    // counts, quota usage and the vendors' status pages. Pauses are the agents' own and are
    // not excluded.
    ScorecardSource(PromRollups fromPrometheus, const HistoryReader *local, QList<IncidentEvent> incidentEvents);

    // The wall clock, for the retention of hourly rollups and the end of a pause still going on;
    // QDateTime::currentMSecsSinceEpoch by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // The vendor managers' notes (IncidentStore::scorecardNotes()): the previous period's stored
    // rating counts in the score the trend is measured against, as it did in that period's own.
    void setNotes(QList<ScorecardNote> notes) { m_notes = std::move(notes); }
    // The note for exactly this vendor and period among them.
    std::optional<ScorecardNote> note(const QString &vendorId, const Period &period) const;

    // The input for `vendor` over `period`, with calendar months in `zone`; an error when the
    // history cannot be read.
    Result<ScorecardInput, QString> input(const Catalog &catalog, const VendorSpec &vendor, const Period &period,
                                          const QTimeZone &zone) const;
    // reviewOf() input() and the period's stored note (setNotes()): what the Scorecards page and
    // the report show of a vendor.
    Result<VendorReview, QString> review(const Catalog &catalog, const VendorSpec &vendor, const Period &period,
                                         const QTimeZone &zone) const;
    // computeScorecard() of input(): with a trend against previousPeriod() when both have a score.
    Result<Scorecard, QString> scorecard(const Catalog &catalog, const VendorSpec &vendor, const Period &period,
                                         const QTimeZone &zone) const;

    // The names of the catalog's alert rules about `vendor`: those whose `when` or `resolve_when`
    // calls name one of its integrations (an integration, "integration/check", a webhook source of
    // the vendor's or an integration's name, a gateway route the gateway's `routes` give to one of
    // its integrations) or the vendor itself (vendor_incident). The "local-network" rule never is.
    static QStringList rulesAbout(const Catalog &catalog, const VendorSpec &vendor);

private:
    // What the vendor's status page history says about the period.
    struct StatusPageHistory
    {
        QList<DeclaredIncident> declared;
        QList<Exclusion> maintenance;
    };

    Result<ScorecardInput, QString> gather(const Catalog &catalog, const VendorSpec &vendor, const Period &period,
                                           const QTimeZone &zone) const;
    // The vendor's declared incidents and maintenance windows that overlap the period.
    StatusPageHistory statusPageHistory(const VendorSpec &vendor, const Period &period) const;
    // Spans in which every configured check of the vendor that has samples was paused, from the
    // pause markers (a Paused sample starts a pause, the check's next sample ends it) among the raw
    // samples. Raw samples are kept for settings.retention.raw (48 h by default), so older pauses
    // are not found; their hours hold no attempts that say something and are not monitored time
    // anyway. Read only when `markers` (a rollup of the period counted a pause).
    Result<QList<Exclusion>, QString> pausedTime(const Catalog &catalog, const VendorSpec &vendor, const Period &period,
                                                 bool markers) const;
    // One integration's rollups that overlap the period, its checks merged per bucket (the
    // scorecard takes an integration as one series), ordered by start.
    Result<QList<Rollup>, QString> rollups(const QString &integrationId, const Period &period,
                                           Resolution resolution) const;
    QList<IncidentEvent> incidentEvents(const QString &rule, qint64 fromMs) const;
    void addWebhooks(const VendorSpec &vendor, const Period &period, ScorecardInput &input) const;
    std::optional<double> minQuotaHeadroom(const Catalog &catalog, const VendorSpec &vendor,
                                           const Period &period) const;
    qint64 now() const;

    const HistoryReader *m_history = nullptr; // null only with m_prometheus
    const IncidentStore *m_store = nullptr;
    std::optional<QList<IncidentEvent>> m_events; // instead of m_store
    std::optional<PromRollups> m_prometheus;      // instead of m_history's rollups
    QList<ScorecardNote> m_notes;
    std::function<qint64()> m_clock;
};

} // namespace gw
