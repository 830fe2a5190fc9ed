#pragma once

#include "activealert.h"
#include "alertengine.h"
#include "alertinputs.h"
#include "catalog.h"
#include "gatewayevent.h"
#include "gatewaymetrics.h"
#include "sample.h"
#include "vendorreading.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace gw {

// Evaluates the configuration's alert rules on a timer, the same way for the window and the
// agent: fed every check update, the gateway's webhook deliveries and its metrics scrapes
// (AlertInputs), it asks the AlertEngine every `interval` and says each transition through
// noticed(). New rules (a reload) keep the state of those unchanged. GUI thread.
class AlertWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertWatch)

public:
    static constexpr int defaultIntervalMs = 15'000;

    explicit AlertWatch(QObject *parent = nullptr);

    // The wall clock unless a test says otherwise.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // The catalog's rules; checks it no longer has are forgotten. Evaluates on the timer while
    // there are rules.
    void setCatalog(const Catalog &catalog);
    // The rules, and with them the built-in "local-network" rule (localNetworkRule()) unless one
    // of them has that name.
    void setRules(const QList<AlertRule> &rules);
    // What the operating system says of the network (nullopt: it does not say).
    void setOnline(std::optional<bool> online) { m_inputs.setOnline(online); }

    const AlertEngine &engine() const { return m_engine; }
    // See AlertEngine::restoreFiring (after the rules are set).
    void restoreFiring(const QString &rule, qint64 firedAtMs) { m_engine.restoreFiring(rule, firedAtMs); }
    qint64 now() const { return m_clock(); }
    const AlertInputs &inputs() const { return m_inputs; }

public Q_SLOTS:
    void addUpdates(const QList<gw::CheckUpdate> &updates);
    // Events of the gateway's feed: the webhook deliveries among them, those received longer ago
    // than any window reaches left out.
    void addDeliveries(const QList<gw::GatewayEvent> &events);
    // One scrape of the gateway's metrics (GatewayWatch::scrapeRead).
    void addScrape(const gw::GatewayScrape &scrape);
    // What a vendor's status page says (StatusWatch::statusRead), for vendor_incident().
    void addVendorStatus(const gw::VendorStatusReading &reading);
    void forgetVendorStatus(const QString &vendorId);
    // Evaluates now (the timer calls this).
    void evaluate();

Q_SIGNALS:
    void noticed(const gw::AlertNotice &notice);
    // After every evaluation, when the rules' statuses may have changed.
    void evaluated();

private:
    std::function<qint64()> m_clock;
    QTimer m_timer;
    AlertEngine m_engine;
    AlertInputs m_inputs;
    std::optional<GatewaySpec> m_gateway; // the catalog's, to tell when its metrics change
};

} // namespace gw
