#include "alertwatch.h"

#include <QDateTime>

#include <algorithm>

namespace gw {

namespace {

// Attempts are kept a little longer than the longest window, and at least an hour.
constexpr qint64 minimumRetentionMs = 3'600'000;

} // namespace

AlertWatch::AlertWatch(QObject *parent) : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertWatch::evaluate);
}

void AlertWatch::setCatalog(const Catalog &catalog)
{
    QSet<QString> checks;
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks)
            checks.insert(integration.id + u'/' + check.id);
    }
    m_inputs.retainChecks(checks);
    // Counters read from other metrics (as GatewayWatch::setGateway tells) do not continue the old.
    const std::optional<GatewaySpec> &gateway = catalog.gateway;
    if (!(m_gateway && gateway && m_gateway->metricsUrl == gateway->metricsUrl && m_gateway->flavor == gateway->flavor
          && m_gateway->generic == gateway->generic))
        m_inputs.forgetRoutes();
    m_gateway = gateway;
    const qint64 interval = std::min<qint64>(catalog.settings.evaluationInterval.count(), 24 * 3'600'000);
    m_timer.setInterval(int(interval));
    // A gap is what regular evaluations never leave: five minutes, or three intervals if longer.
    AlertEngine::Options options = m_engine.options();
    options.maxGapMs = std::max<qint64>(5 * 60'000, 3 * interval);
    m_engine.setOptions(options);
    setRules(catalog.alerts);
}

void AlertWatch::setRules(const QList<AlertRule> &configured)
{
    QList<AlertRule> rules = configured;
    const AlertRule builtIn = localNetworkRule();
    // Without rules of its own, nothing is there to hold back, and nothing is evaluated.
    if (!rules.isEmpty()
        && std::none_of(rules.cbegin(), rules.cend(), [&](const AlertRule &r) { return r.name == builtIn.name; }))
        rules.prepend(builtIn);
    m_engine.setRules(rules);
    QList<AlertExpression> expressions;
    for (const AlertRule &rule : rules) {
        expressions.append(rule.when);
        if (rule.resolveWhen)
            expressions.append(*rule.resolveWhen);
    }
    m_inputs.setRetention(std::max(minimumRetentionMs, AlertInputs::longestWindow(expressions)));
    m_inputs.watchRoutes(AlertInputs::routeSubjects(expressions));
    if (configured.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void AlertWatch::addUpdates(const QList<CheckUpdate> &updates)
{
    for (const CheckUpdate &update : updates)
        m_inputs.add(update);
}

void AlertWatch::addDeliveries(const QList<GatewayEvent> &events)
{
    // A feed read from its start brings days of deliveries that no window needs.
    const qint64 oldest = m_clock() - m_inputs.retention();
    for (const GatewayEvent &event : events) {
        const WebhookDelivery *delivery = event.webhookDelivery();
        if (delivery && delivery->receivedAtMs > oldest)
            m_inputs.addDelivery(event.id, *delivery);
    }
}

void AlertWatch::addScrape(const GatewayScrape &scrape)
{
    m_inputs.addScrape(scrape);
}

void AlertWatch::addVendorStatus(const VendorStatusReading &reading)
{
    m_inputs.setVendorIncident(reading.vendorId, reading.reportsIncident());
}

void AlertWatch::forgetVendorStatus(const QString &vendorId)
{
    m_inputs.setVendorIncident(vendorId, std::nullopt);
}

void AlertWatch::evaluate()
{
    const qint64 now = m_clock();
    m_inputs.prune(now);
    for (const AlertNotice &notice : m_engine.evaluate(m_inputs, now))
        Q_EMIT noticed(notice);
    Q_EMIT evaluated();
}

} // namespace gw
