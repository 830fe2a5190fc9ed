#pragma once

#include "gatewayevent.h"
#include "historyquery.h"

#include <QFuture>
#include <QList>

namespace gw {

// What the window may ask of the history. Every call returns at once; the work runs off the GUI
// thread and the future carries values. Implemented in services/ (HistoryReader); the ui sees
// only this.
class HistoryProvider
{
public:
    HistoryProvider() = default;
    virtual ~HistoryProvider() = default;
    Q_DISABLE_COPY_MOVE(HistoryProvider)

    virtual QFuture<ChartData> chart(const HistoryQuery &query) const = 0;
    // Attempts that were not up in the query's range, newest first, at most `limit`.
    virtual QFuture<QList<CheckSample>> failures(const HistoryQuery &query, int limit) const = 0;
    // One summary per integration id given, as of `nowMs`.
    virtual QFuture<QList<IntegrationSummary>> summaries(const QStringList &integrationIds, qint64 nowMs) const = 0;
    // Stored gateway events as the query says, newest first (a webhook delivery as its latest version).
    virtual QFuture<QList<GatewayEvent>> events(const EventQuery &query) const = 0;
    // Webhook deliveries per source and hour, for the hours that start in [fromMs, toMs); hours
    // without deliveries are left out. Ordered by source, then hour.
    virtual QFuture<QList<WebhookVolume>> webhookVolumes(qint64 fromMs, qint64 toMs) const = 0;
};

} // namespace gw
