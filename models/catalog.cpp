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
