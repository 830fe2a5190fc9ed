#pragma once

#include "catalog.h"
#include "circuitbreaker.h"
#include "healthstate.h"
#include "redaction.h"
#include "requestbudget.h"
#include "sample.h"
#include "scheduler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace gw {

class HttpProbe;
class SecretSource;

// Runs the catalog's checks: schedules them, resolves references, runs probes, keeps each
// check's debounced HealthState and publishes CheckUpdates in batches (one signal per event-loop
// turn, not per sample). Samples leave it redacted (reason, failed conditions, evidence) with every
// secret the catalog uses. A new catalog keeps the state of checks that remain. GUI thread.
class Monitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Monitor)

public:
    Monitor(const SecretSource *secrets, QObject *parent = nullptr);
    ~Monitor() override;

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }
    // What a person should know about how the current catalog's checks run (each was also
    // emitted as noticed() when the catalog was set).
    const QStringList &notices() const { return m_notices; }

    void start(); // continuous schedule
    void stop();
    void runOnce(); // every check once, concurrently; allFinished() when the last one answered
    // Runs one check as soon as its host has a free slot, ahead of its schedule (Retry now). A check
    // that is paused, running already or held back (circuit breaker, rate limit, budget) is not
    // forced: its next result comes when it may.
    void runNow(const QString &integrationId, const QString &checkId);

    Scheduler &scheduler() { return m_scheduler; }
    // The random draw in [0, 1) behind every jitter (backoff, cool-downs, waits without a hint);
    // tests make it fixed.
    void setJitterSource(std::function<double()> draw) { m_jitter = std::move(draw); }
    // A network failure while the platform reports no connectivity is a local-network failure;
    // answers from the vendor (HTTP status, conditions) stay what they are.
    static Sample reclassifiedAsLocal(Sample sample);
    HealthStatus state(const QString &integrationId, const QString &checkId) const;
    // Pauses or resumes one check, or every check of the integration when `checkId` is empty.
    // A paused check sends no requests and keeps its state across reloads; resuming starts it
    // afresh (unknown until its next result).
    void setPaused(const QString &integrationId, const QString &checkId, bool paused);

Q_SIGNALS:
    void checksUpdated(const QList<gw::CheckUpdate> &updates);
    void allFinished();
    // Something a person should know about how the checks run (e.g. a budget stretched intervals).
    void noticed(const QString &message);
    // The gateway's metrics check answered 200 with this page (Prometheus text), fetched at `at`.
    void metricsPageReceived(const QByteArray &page, const QDateTime &at);
    // A state that changed without a new result (pause, resume).
    void checkStateChanged(const QString &integrationId, const QString &checkId, gw::HealthStatus state);

private:
    struct Slot
    {
        QString integrationId;
        QString checkId;
        HealthState state;
        QPointer<HttpProbe> probe;
        int failuresInARow = 0;      // attempts since the last Up verdict
        qint64 successKeptAtMs = -1; // m_clock time of the last success that kept its evidence
    };

    void runCheck(const QString &key, double queueMs);
    // Politeness: nullopt when a request to this integration may go out now (and it is counted
    // against its budget); otherwise how long until one may (0 when that has no known end, as
    // while a circuit's trial is out). Holds, backoff, the circuit and the budget all apply.
    std::optional<qint64> waitBeforeCall(const QString &integrationId);
    CircuitBreaker &breakerFor(const QString &integrationId);
    static milliseconds stretchedInterval(const IntegrationSpec &integration, const CheckSpec &check);
    // Learns from a result: rate limits hold the integration until the reset, failures feed the breaker.
    void learnFrom(const Sample &sample);
    void holdIntegration(const QString &integrationId, qint64 forMs);
    void handleProbeFinished(const QString &key, const Sample &sample);
    void publish(const Sample &sample, Slot &slot);
    Redactor redactorFor(const Catalog &catalog) const;
    void flush();
    void cancelAll();

    const SecretSource *m_secrets;
    QNetworkAccessManager *m_network;
    Scheduler m_scheduler;
    Catalog m_catalog;
    Redactor m_redactor; // the catalog's secrets
    QHash<QString, Slot> m_slots;
    QHash<QString, QList<QSslCertificate>> m_caCache;
    QList<CheckUpdate> m_pending;
    QStringList m_notices;
    QElapsedTimer m_clock;                     // monotonic time for holds and breakers
    QHash<QString, qint64> m_holdUntilMs;      // integration -> no requests before this
    QHash<QString, CircuitBreaker> m_breakers; // integration -> breaker
    QHash<QString, BudgetWindow> m_budgets;    // integration -> requests spent in its budget window
    QTimer m_flush;
    int m_onceRemaining = 0;
    std::function<double()> m_jitter;
};

} // namespace gw
