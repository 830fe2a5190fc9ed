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
    // The smallest id wins when several name the same route, so the answer never depends on
    // the hash's order.
    QString exact;
    QString serviceWide;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        if (it->service != call.service)
            continue;
        QString *slot = nullptr;
        if (it->route.isEmpty())
            slot = &serviceWide;
        else if (it->route == call.route)
            slot = &exact;
        else
            continue;
        if (slot->isEmpty() || it.key() < *slot)
            *slot = it.key();
    }
    if (!exact.isEmpty())
        return exact;
    if (!serviceWide.isEmpty())
        return serviceWide;
    return call.integration;
}

} // namespace gw
