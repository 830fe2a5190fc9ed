// parseEventPage on arbitrary bodies, and the redaction of what it reads. The input is the
// response body, as it is. Besides not crashing: an error's offset lies inside the input, every
// event kept has an id and a cursor, problems stay bounded, an event reads back from what the
// history stores as itself, and redaction leaves no configured secret behind.

#include "gatewayfeed.h"
#include "redaction.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const gw::Result<gw::EventPage, gw::EventPageError> page = gw::parseEventPage(input);
    if (!page) {
        if (page.error().message.isEmpty())
            qFatal("an error without a message");
        if (page.error().position > input.size())
            qFatal("an error offset past the end of the input");
        return 0;
    }
    if (page->problems.size() > 101)
        qFatal("%lld problems, more than the cap", static_cast<long long>(page->problems.size()));
    const QString secret = QStringLiteral("s3cr3t-value");
    const gw::Redactor redactor({secret});
    for (const gw::GatewayEvent &event : page->events) {
        if (event.id.isEmpty() || event.cursor.isEmpty())
            qFatal("an event without an id or a cursor");
        const QByteArray form = QJsonDocument(gw::eventToJson(event)).toJson(QJsonDocument::Compact);
        const gw::Result<gw::GatewayEvent> again = gw::parseEvent(QJsonDocument::fromJson(form).object());
        if (!again || !(again.value() == event))
            qFatal("an event does not read back from its stored form");
        const gw::GatewayEvent redacted = redactor.event(event);
        // The id and the cursor are the gateway's keys and stay as they are.
        QJsonObject object = gw::eventToJson(redacted);
        object.remove(QStringLiteral("id"));
        object.remove(QStringLiteral("cursor"));
        const QByteArray stored = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (stored.contains(secret.toUtf8()))
            qFatal("a configured secret survived redaction");
        if (const gw::WebhookDelivery *delivery = redacted.webhookDelivery();
            delivery && delivery->body.contains(secret.toUtf8()))
            qFatal("a configured secret survived in a webhook body");
    }
    return 0;
}
