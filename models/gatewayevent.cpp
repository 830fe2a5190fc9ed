#include "gatewayevent.h"

using namespace Qt::StringLiterals;

namespace gw {

QString wireName(GatewayEventType type)
{
    switch (type) {
    case GatewayEventType::FailedCall:
        return u"call.failed"_s;
    case GatewayEventType::WebhookDelivery:
        return u"webhook.delivery"_s;
    }
    return {};
}

std::optional<GatewayEventType> gatewayEventTypeFromWire(QStringView name)
{
    if (name == u"call.failed")
        return GatewayEventType::FailedCall;
    if (name == u"webhook.delivery")
        return GatewayEventType::WebhookDelivery;
    return std::nullopt;
}

QString mapIntegration(const QHash<QString, GatewayRoute> &routes, const FailedCall &call)
{
    const QString configured =
        integrationForRoute(routes, call.service, call.route.isEmpty() ? std::nullopt : std::optional(call.route));
    return configured.isEmpty() ? call.integration : configured;
}

} // namespace gw
