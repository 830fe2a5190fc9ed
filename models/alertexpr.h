#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gw {

// The small language of alert rules' `when:` and `resolve_when:` (docs/alerts.md), e.g.
//   status(shopify) == down
//   p95(chatwoot, 10m) > 1500ms
//   error_rate(stripe, 5m, timeout) > 5% and failures(stripe, 5m) >= 3
//   quota_exhausts_before_reset(shopify) or quota_left(shopify) < 10%
// Pure: parsing checks names, arguments and units; evaluation asks an AlertFacts for the value of
// each function at the time given.

// What a function measures, and so what it may be compared with.
enum class AlertValueKind {
    State,    // a health state: compared with == or != to up, down, degraded, rate-limited, paused, unknown
    Duration, // milliseconds: compared with a duration (1500ms, 2s)
    Percent,  // 0–100: compared with a percentage (5%)
    Count,    // compared with a plain number
    Days,     // compared with a plain number or days (14d)
    Boolean,  // stands alone: quota_exhausts_before_reset(x), vendor_incident(x)
};

// One function in an expression, as written: p95(chatwoot, 10m) is {"p95", "chatwoot", 600000, {}}.
struct AlertCall
{
    QString function; // "status", "p95", "error_rate", …
    QString subject;  // an integration id, "integration/check", a gateway route "service/route", a webhook source or a
                      // vendor id
    std::optional<qint64> windowMs; // for functions over a window
    QString qualifier;              // error_rate's and failures' failure class ("timeout"); empty: all
    qsizetype position = 0;         // where it starts in the text

    bool operator==(const AlertCall &) const = default;
};

// Where evaluation gets its numbers from (implemented by the app over monitor state and history).
class AlertFacts
{
public:
    AlertFacts() = default;
    virtual ~AlertFacts() = default;
    Q_DISABLE_COPY_MOVE(AlertFacts)

    // The value of `call` at `nowMs`: milliseconds, percent (0–100), a count, days, or 0/1 for a
    // Boolean; nullopt when there is no data (the comparison is then false).
    virtual std::optional<double> number(const AlertCall &call, qint64 nowMs) const = 0;
    // status(): the state's machine name ("up", "down", "degraded", "rate-limited", "paused",
    // "unknown"); nullopt when the subject is unknown.
    virtual std::optional<QString> state(const AlertCall &call, qint64 nowMs) const = 0;
};

// The functions the language knows, with their kind and arguments.
struct AlertFunction
{
    QString name;
    AlertValueKind kind;
    bool window;    // takes a window (second argument, a duration)
    bool qualifier; // takes an optional failure class (third argument)
};
const QList<AlertFunction> &alertFunctions();

struct AlertEvaluation
{
    bool holds = false;
    // The measured value of the expression's first comparison (or Boolean), for notifications;
    // none when it had no data or is a state.
    std::optional<double> value;
    AlertValueKind kind = AlertValueKind::Count;
};

class AlertExpression
{
public:
    AlertExpression() = default; // empty: never holds

    // An error says what is wrong and where (its position: an offset into `text`), in the words of
    // a configuration error ("unknown function p96; known: …", "p95 is a duration: compare it with
    // a duration such as 1500ms").
    static Result<AlertExpression> parse(QStringView text);

    QString text() const; // as parsed
    // Every function call, in the order written.
    QList<AlertCall> calls() const;
    AlertEvaluation evaluate(const AlertFacts &facts, qint64 nowMs) const;

    bool operator==(const AlertExpression &other) const; // by text

private:
    struct Node;
    std::shared_ptr<const Node> m_root; // immutable, shared between copies
    QString m_text;
};

} // namespace gw
