#include "catalog.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

namespace gw {

namespace {

constexpr std::array notifyTypeNames{
    std::pair{NotifyType::Desktop, u"desktop"},
    std::pair{NotifyType::Slack, u"slack"},
    std::pair{NotifyType::Webhook, u"webhook"},
    std::pair{NotifyType::Alertmanager, u"alertmanager"},
};

} // namespace

QString machineName(NotifyType type)
{
    for (const auto &[value, name] : notifyTypeNames) {
        if (value == type)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<NotifyType> notifyTypeFromName(QStringView name)
{
    for (const auto &[value, text] : notifyTypeNames) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

const IntegrationSpec *Catalog::integration(const QString &id) const
{
    const auto it =
        std::find_if(integrations.cbegin(), integrations.cend(), [&](const IntegrationSpec &i) { return i.id == id; });
    return it == integrations.cend() ? nullptr : &*it;
}

const WebhookSource *Catalog::webhook(const QString &id) const
{
    const auto it =
        std::find_if(webhooks.cbegin(), webhooks.cend(), [&](const WebhookSource &w) { return w.id == id; });
    return it == webhooks.cend() ? nullptr : &*it;
}

const VendorSpec *Catalog::vendor(const QString &id) const
{
    const auto it = std::find_if(vendors.cbegin(), vendors.cend(), [&](const VendorSpec &v) { return v.id == id; });
    return it == vendors.cend() ? nullptr : &*it;
}

const VendorSpec *Catalog::vendorOf(const QString &integrationId) const
{
    const auto it = std::find_if(vendors.cbegin(), vendors.cend(),
                                 [&](const VendorSpec &v) { return v.integrations.contains(integrationId); });
    return it == vendors.cend() ? nullptr : &*it;
}

namespace {

bool callConcerns(const AlertCall &call, const Catalog &catalog, const VendorSpec &vendor)
{
    const QString &subject = call.subject;
    const QString &f = call.function;
    if (f == u"vendor_incident")
        return subject == vendor.id;
    if (f == u"local_network_down")
        return false;
    if (f == u"webhook_signature_failures" || f == u"webhook_delivery_rate")
        return subject == vendor.id || vendor.integrations.contains(subject);
    if (f == u"route_error_ratio" || f == u"route_p95") {
        if (!catalog.gateway)
            return false;
        const qsizetype slash = subject.indexOf(u'/');
        const std::optional<QString> route = slash < 0 ? std::nullopt : std::optional(subject.sliced(slash + 1));
        const QString integration = catalog.gateway->integrationFor(slash < 0 ? subject : subject.first(slash), route);
        return !integration.isEmpty() && vendor.integrations.contains(integration);
    }
    // An integration, or "integration/check".
    return vendor.integrations.contains(subject.section(u'/', 0, 0));
}

} // namespace

bool Catalog::concerns(const AlertRule &rule, const VendorSpec &vendor) const
{
    QList<AlertCall> calls = rule.when.calls();
    if (rule.resolveWhen)
        calls += rule.resolveWhen->calls();
    return std::any_of(calls.cbegin(), calls.cend(),
                       [&](const AlertCall &call) { return callConcerns(call, *this, vendor); });
}

QList<VendorSpec> Catalog::vendorsConcerned(const AlertRule &rule) const
{
    QList<VendorSpec> concerned;
    for (const VendorSpec &vendor : vendors) {
        if (concerns(rule, vendor))
            concerned.append(vendor);
    }
    return concerned;
}

double VendorContract::creditFor(double availabilityPct) const
{
    // The deepest tier reached: the lowest bound the availability is below.
    std::optional<CreditTier> reached;
    for (const CreditTier &tier : credits) {
        if (availabilityPct < tier.belowPct && (!reached || tier.belowPct < reached->belowPct))
            reached = tier;
    }
    return reached ? reached->creditPct : 0.0;
}

double VendorCost::total(const QMap<QString, double> &usage, double months) const
{
    double sum = monthlyFee * months;
    for (auto it = overage.cbegin(); it != overage.cend(); ++it) {
        const double beyond = usage.value(it.key()) - included.value(it.key()) * months;
        if (beyond > 0)
            sum += beyond * it.value();
    }
    return sum;
}

QList<EscalationStep> VendorSpec::escalationFor(AlertSeverity severity) const
{
    const auto at = [this](AlertSeverity s) {
        QList<EscalationStep> steps;
        for (const EscalationStep &step : escalation) {
            if (step.severity == s)
                steps.append(step);
        }
        return steps;
    };
    // Nearest below first (a warning contact also takes what nobody named for critical), then above.
    for (int s = int(severity); s >= int(AlertSeverity::Info); --s) {
        if (QList<EscalationStep> steps = at(AlertSeverity(s)); !steps.isEmpty())
            return steps;
    }
    for (int s = int(severity) + 1; s <= int(AlertSeverity::Critical); ++s) {
        if (QList<EscalationStep> steps = at(AlertSeverity(s)); !steps.isEmpty())
            return steps;
    }
    return {};
}

const CheckSpec *Catalog::check(const QString &integrationId, const QString &checkId) const
{
    const IntegrationSpec *owner = integration(integrationId);
    if (!owner)
        return nullptr;
    const auto it =
        std::find_if(owner->checks.cbegin(), owner->checks.cend(), [&](const CheckSpec &c) { return c.id == checkId; });
    return it == owner->checks.cend() ? nullptr : &*it;
}

QString integrationForRoute(const QHash<QString, GatewayRoute> &routes, const QString &service,
                            const std::optional<QString> &route)
{
    QString exact;
    QString serviceWide;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        if (it->service != service)
            continue;
        QString *slot = nullptr;
        if (it->route.isEmpty())
            slot = &serviceWide;
        else if (route && it->route == *route)
            slot = &exact;
        else
            continue;
        if (slot->isEmpty() || it.key() < *slot)
            *slot = it.key();
    }
    return exact.isEmpty() ? serviceWide : exact;
}

bool Catalog::behindGateway(const QString &integrationId) const
{
    if (!gateway || integrationId == gatewayId)
        return false;
    if (gateway->routes.contains(integrationId))
        return true;
    // Checks sent to the gateway's own host and port cross it too.
    const auto origin = [](const QString &url) {
        const QUrl parsed(url);
        return parsed.isValid() && !parsed.host().isEmpty()
                   ? parsed.host().toLower() + u':'
                         + QString::number(parsed.port(parsed.scheme() == u"https" ? 443 : 80))
                   : QString();
    };
    QStringList gatewayOrigins;
    for (const QString &url : {gateway->healthUrl, gateway->metricsUrl, gateway->eventsUrl}) {
        if (const QString o = origin(url); !o.isEmpty())
            gatewayOrigins.append(o);
    }
    const IntegrationSpec *spec = integration(integrationId);
    return spec && std::any_of(spec->checks.cbegin(), spec->checks.cend(), [&](const CheckSpec &check) {
               return gatewayOrigins.contains(origin(check.url));
           });
}

IntegrationSpec gatewayIntegration(const GatewaySpec &gateway, const Settings &settings)
{
    IntegrationSpec integration;
    integration.id = Catalog::gatewayId;
    integration.name = gateway.name;
    integration.position = gateway.position;
    integration.breaker = settings.breaker;
    integration.quotaThresholds = settings.quotaThresholds;
    auto check = [&](const QString &id, const QString &name, const QString &url, CheckRole role) {
        CheckSpec spec;
        spec.id = id;
        spec.name = name;
        spec.url = url;
        spec.headers = gateway.headers;
        spec.interval = gateway.interval;
        spec.timeout = gateway.timeout;
        spec.thresholds = settings.thresholds;
        spec.caFile = gateway.caFile;
        spec.position = gateway.position;
        spec.role = role;
        spec.quotaMode = QuotaMode::Off;
        return spec;
    };
    if (!gateway.healthUrl.isEmpty())
        integration.checks.append(
            check(QStringLiteral("health"), QStringLiteral("Health"), gateway.healthUrl, CheckRole::GatewayHealth));
    if (!gateway.metricsUrl.isEmpty()) {
        CheckSpec metrics =
            check(QStringLiteral("metrics"), QStringLiteral("Metrics"), gateway.metricsUrl, CheckRole::GatewayMetrics);
        metrics.maxBodyBytes = 32 * 1024 * 1024;
        metrics.conditions.append(Condition::parse(QStringLiteral("[STATUS] == 200")).value());
        integration.checks.append(std::move(metrics));
    }
    return integration;
}

qsizetype Catalog::checkCount() const
{
    qsizetype n = 0;
    for (const IntegrationSpec &i : integrations)
        n += i.checks.size();
    return n;
}

} // namespace gw
