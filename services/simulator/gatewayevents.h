#pragma once

#include "egressroutes.h"
#include "httpexchange.h"
#include "simulator.h"
#include "vendorapi.h"
#include "webhooksender.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <variant>

namespace gw::sim {

// The event log of the company's gateway as its feed serves it (docs/gateway-events-api.md):
// the product's failed calls to vendors, which follow the vendors' faults, and the webhooks it
// received, verified and forwarded. A discrete-event simulation on its own clock, which moves
// with scenario time and never back; everything is drawn from one seeded RNG in event order, so a
// seed and a sequence of advance() calls give the same log however the time is cut up.
class GatewayEvents
{
public:
    struct Options
    {
        quint32 seed = 1;
        QDateTime epoch; // wall-clock time of the feed clock's zero
        qsizetype capacity = 20'000;
        double backgroundFailureShare = 0.003;
        double webhooksPerSecond = 0.5;
        QMap<QString, WebhookSecret> secrets; // by source, over WebhookSender::defaultSecrets()
    };

    // The fault in effect on a vendor's path at a scenario time.
    using FaultAt = std::function<Fault(const QString &vendor, const QString &path, std::chrono::milliseconds)>;

    explicit GatewayEvents(const Options &options);

    // Runs the gateway from scenario time `from` to `to` (nothing when to <= from).
    void advance(std::chrono::milliseconds from, std::chrono::milliseconds to, const FaultAt &faultAt);

    // GET /events?after=&limit=: a page, or 400 for a malformed cursor or limit.
    HttpResponse page(const QUrlQuery &query) const;

    std::chrono::milliseconds clock() const { return m_clock; }
    quint64 appended() const { return m_nextSequence - 1; } // events ever logged
    qsizetype retained() const { return qsizetype(m_log.size()); }

private:
    struct CallAttempt
    {
        int route = 0;
        int attempt = 1;
        bool background = false; // a sporadic failure, not a vendor fault
    };
    struct Delivery
    {
        QByteArray id;
        InboundWebhook webhook;
        QDateTime receivedAt;
        QJsonObject verdict;
        QJsonObject response;
        QJsonArray attempts;
    };
    struct ForwardAttempt
    {
        QByteArray delivery;
    };
    struct Emit
    {
        QJsonObject event;
    };
    using Action = std::variant<CallAttempt, ForwardAttempt, Emit, int /*route arrival*/, std::monostate /*webhook*/>;

    void schedule(std::chrono::milliseconds at, Action action);
    void process(std::chrono::milliseconds at, const Action &action, std::chrono::milliseconds scenarioAt,
                 const FaultAt &faultAt);
    void call(std::chrono::milliseconds at, const CallAttempt &call, const Fault &fault);
    void receive(std::chrono::milliseconds at, std::chrono::milliseconds scenarioAt, const FaultAt &faultAt);
    void forward(std::chrono::milliseconds at, const QByteArray &deliveryId, bool trouble);
    void append(QJsonObject event);
    QJsonObject deliveryEvent(const Delivery &delivery, std::chrono::milliseconds at,
                              std::optional<std::chrono::milliseconds> nextAttempt) const;
    QString cursor(quint64 sequence) const;
    QDateTime wallClock(std::chrono::milliseconds at) const;

    std::chrono::milliseconds exponential(double perSecond);
    double lognormal(double median, double p95);
    QByteArray ulid(std::chrono::milliseconds at);
    QByteArray hex(int length);

    Options m_options;
    std::mt19937_64 m_rng;
    WebhookSender m_sender;
    QList<EgressRoute> m_routes;
    std::map<QString, VendorApi> m_vendors;                // for the vendors' own error bodies and headers
    std::map<QByteArray, Delivery> m_deliveries;           // accepted ones whose forwarding is not over
    std::map<std::pair<qint64, quint64>, Action> m_agenda; // (time ms, order) → what happens
    quint64 m_order = 0;
    std::chrono::milliseconds m_clock{0};
    bool m_started = false;

    QString m_instance;           // in every cursor: a cursor of another log is unknown here
    std::deque<QByteArray> m_log; // serialised events, oldest first
    quint64 m_firstSequence = 1;  // of m_log.front()
    quint64 m_nextSequence = 1;
};

} // namespace gw::sim
