#pragma once

#include "alertengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace gw {

// The bodies of the notifications sent for alert transitions (docs/alerts.md#notifications). Times
// are RFC 3339 in UTC with milliseconds ("2026-12-02T10:00:00.000Z"): notices carry milliseconds,
// and Alertmanager and most receivers read fractional seconds. Texts for people (Slack) are plain:
// no links, no mentions, whatever the annotations say. Pure: the time of sending is passed in.
class AlertPayload
{
    Q_DECLARE_TR_FUNCTIONS(gw::AlertPayload)

public:
    // Why a message is sent, when it is not a transition of its own.
    enum class Occasion { Transition, Reminder };

    // "2026-12-02T10:00:00.000Z"
    static QString rfc3339(qint64 msSinceEpoch);

    // A generic webhook's body, one object per transition: {"alert", "state", "severity",
    // "labels" (alertLabels(): as silences see them), "annotations", "value" (number or null),
    // "starts_at", "ends_at" (null unless resolved)}.
    static QJsonObject webhook(const AlertNotice &notice, const AlertRule &rule);

    // A Slack incoming webhook message: {"text": the notification's one line, "blocks": [a header,
    // what (the rule's summary or description when it has them), severity, since when, value]}.
    static QJsonObject slack(const AlertNotice &notice, const AlertRule &rule,
                             Occasion occasion = Occasion::Transition);

    // One alert of an Alertmanager `POST /api/v2/alerts` body. Its labels are alertLabels() (with
    // "alertname", "severity" and "integration"), names made valid for Alertmanager. endsAt is, as
    // Prometheus sets it, `nowMs` plus four resend intervals while firing (Alertmanager resolves
    // the alert by itself unless it is posted again in time), and the time it resolved once
    // resolved. A Flapping notice becomes an alert of its own, labelled flapping="true", that ends
    // four resend intervals after it was detected, so it never resolves or masks the alert itself.
    static QJsonObject alertmanagerAlert(const AlertNotice &notice, const AlertRule &rule, qint64 nowMs,
                                         qint64 resendIntervalMs, const QString &generatorUrl = {});

    // A valid Alertmanager label name ([a-zA-Z_][a-zA-Z0-9_]*): other characters become '_'.
    static QString labelName(const QString &name);
};

} // namespace gw
