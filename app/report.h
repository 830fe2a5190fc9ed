#pragma once

#include "alertengine.h"
#include "catalog.h"
#include "gatewaywatch.h"
#include "sample.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gw {

// Machine- and human-readable renderings of check results for the command line. The JSON keys
// are a documented interface (docs/cli.md): add keys, never rename them.
class Report
{
public:
    static QJsonObject toJson(const CheckUpdate &update, const QDateTime &now);
    // {"generated_at": …, "checks": […]} for `check --once --format json`, and "gateway" when
    // `gateway` is given.
    static QByteArray checksDocument(const QList<CheckUpdate> &updates, const QDateTime &now,
                                     const QJsonObject &gateway = {});
    // The gateway's health and what its metrics page says per route and upstream, cumulative.
    static QJsonObject gatewayJson(const GatewaySpec &spec, HealthStatus status, const GatewayWatch &watch);
    // An aligned plain-text table for `check --once --format table`.
    static QString checksTable(const QList<CheckUpdate> &updates);
    // One line per state change for `agent --format text`.
    static QString stateChangeLine(const CheckUpdate &update);
    // One alert transition: "2026-12-02T09:14:03Z alert shopify-down firing (critical) value 4".
    static QString alertLine(const AlertNotice &notice);
    // {"time": "…Z", "alert": …, "state": "firing", "severity": …, "value": … or null}
    static QJsonObject alertJson(const AlertNotice &notice);
    // One failed attempt to tell of an alert transition, at `now`: "2026-12-02T09:14:05Z
    // notification slack failed (alert shopify-down firing): slack: HTTP 404 Not Found: no_service",
    // with " (will retry)" when it is tried again.
    static QString notificationFailureLine(const QString &channel, const AlertNotice &notice, const QString &error,
                                           bool willRetry, const QDateTime &now);
    // {"time": "…Z", "notification": channel, "alert": …, "state": "firing", "error": …,
    //  "will_retry": true or false}
    static QJsonObject notificationFailureJson(const QString &channel, const AlertNotice &notice, const QString &error,
                                               bool willRetry, const QDateTime &now);
};

} // namespace gw
