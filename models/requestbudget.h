#pragma once

#include "result.h"

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <deque>
#include <optional>

namespace gw {

// At most `requests` requests per `period` to one integration ("60/h", "100/min", "5000/d",
// "10/30s"): what the checks may spend of a vendor's quota.
struct RequestBudget
{
    int requests = 0;
    std::chrono::milliseconds period{0};

    bool operator==(const RequestBudget &) const = default;

    static Result<RequestBudget> parse(QStringView text);
    QString toString() const;
};

// Enforces a budget over a sliding window: a request may go out only while fewer than
// `requests` went out in the last `period`. Pure: monotonic milliseconds are passed in.
class BudgetWindow
{
public:
    explicit BudgetWindow(RequestBudget budget = {});

    bool tryConsume(qint64 nowMs); // true and counted, or false when the budget is spent
    int spent(qint64 nowMs);
    // When the next request may go out, if not now: the moment the oldest request in the window leaves it.
    std::optional<qint64> availableAtMs(qint64 nowMs);
    const RequestBudget &budget() const { return m_budget; }

private:
    void expire(qint64 nowMs);

    RequestBudget m_budget;
    std::deque<qint64> m_sent;
};

} // namespace gw
