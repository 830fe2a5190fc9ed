#pragma once

#include "callrecord.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw {

// Which stored calls to list. Every field narrows; empty fields do not.
struct CallFilter
{
    QStringList integrations; // any of these
    // A check id, or a gateway route ("service/route"); with origin Gateway a service alone stands
    // for all its routes too.
    QString checkOrRoute;
    std::optional<CallOrigin> origin;
    std::optional<FailureClass> failureClass;
    // HTTP status in [statusFrom, statusTo]; 0/0: any. Calls without a response have status 0, so
    // [0, 99] selects exactly those.
    int statusFrom = 0;
    int statusTo = 0;
    qint64 fromMs = 0; // [fromMs, toMs); toMs 0: open-ended
    qint64 toMs = 0;
    QString text; // case-insensitive substring of URL, reason, request ids
    bool includeSucceeded = false;
    bool newestFirst = true; // sorted by time, then id

    bool operator==(const CallFilter &) const = default;
};

// One line of the failed-calls table: what a list shows, without headers and bodies.
struct CallSummary
{
    qint64 id = 0;
    qint64 timeMs = 0;
    CallOrigin origin = CallOrigin::Check;
    QString integration;
    QString checkOrRoute;
    int attempt = 1;
    QString method;
    QString url;
    int status = 0; // 0: no response
    FailureClass failureClass = FailureClass::None;
    QString reason;
    double totalMs = 0;
    QString vendorRequestId;

    bool operator==(const CallSummary &) const = default;
};

// What the failed-calls page may ask of the stored calls. Every call returns at once; the work
// runs off the GUI thread and the future carries values. Implemented in services/ (HistoryReader).
class CallSource
{
public:
    CallSource() = default;
    virtual ~CallSource() = default;
    Q_DISABLE_COPY_MOVE(CallSource)

    // How many calls match.
    virtual QFuture<qint64> countCalls(const CallFilter &filter) const = 0;
    // Rows [offset, offset + limit) of the matching calls in the filter's order.
    virtual QFuture<QList<CallSummary>> callRows(const CallFilter &filter, qint64 offset, int limit) const = 0;
    // One call in full; nullopt when it is gone (retention).
    virtual QFuture<std::optional<CallRecord>> call(qint64 id) const = 0;
    // The newest successful response of the same check before `beforeMs`, for comparison.
    virtual QFuture<std::optional<CallRecord>> lastSuccess(const QString &integration, const QString &check,
                                                           qint64 beforeMs) const = 0;
};

} // namespace gw
