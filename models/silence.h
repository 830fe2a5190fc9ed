#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw {

// The labels an alert carries (what silences match and receivers see).
using AlertLabels = QMap<QString, QString>;

// One matcher of a silence, as Alertmanager has them: name="value", name!="value",
// name=~"regex", name!~"regex". A label the alert lacks has the empty value; a regex matches the
// whole value (it is anchored).
class LabelMatcher
{
public:
    enum class Op { Equal, NotEqual, Regex, NotRegex };

    LabelMatcher() = default;
    // An invalid regex is an error naming it.
    static Result<LabelMatcher> make(QString name, Op op, QString value);
    // One matcher as amtool and Alertmanager's UI write it: team="commerce", alertname=~"shopify-.*",
    // severity!=info. The value may be quoted ("…", with \" \\ \n escapes) or bare.
    static Result<LabelMatcher> parse(QStringView text);
    // A comma-separated list, optionally in braces: {alertname="shopify-down", team="commerce"}.
    // Commas inside quotes do not separate.
    static Result<QList<LabelMatcher>> parseList(QStringView text);

    const QString &name() const { return m_name; }
    Op op() const { return m_op; }
    const QString &value() const { return m_value; }

    bool matches(const AlertLabels &labels) const;
    // As parse() reads it back, the value always quoted: team="commerce".
    QString toString() const;

    bool operator==(const LabelMatcher &other) const
    {
        return m_name == other.m_name && m_op == other.m_op && m_value == other.m_value;
    }

private:
    QString m_name;
    Op m_op = Op::Equal;
    QString m_value;
    QRegularExpression m_regex; // anchored, for Regex and NotRegex
};

// "{a="1", b=~"x.*"}"
QString matchersText(const QList<LabelMatcher> &matchers);

// What silences one alert of `rule` and nothing else: alertname="<rule>", and its integration
// when its labels name one (a rule may fire for several).
QList<LabelMatcher> matchersFor(const QString &rule, const AlertLabels &labels);

// A silence: alerts whose labels all its matchers match are not notified between startsAt and
// endsAt (Alertmanager's semantics). They still fire and are recorded; the Alerts page shows
// them as silenced.
struct Silence
{
    enum class State { Pending, Active, Expired };

    QString id;
    QList<LabelMatcher> matchers;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    QString createdBy;
    QString comment;

    State state(qint64 nowMs) const;
    // Active at `nowMs` and every matcher matches.
    bool silences(const AlertLabels &labels, qint64 nowMs) const;

    // Why Alertmanager would refuse it: no matchers, a matcher list that matches every alert (at
    // least one matcher must not match the empty value), an end not after the start, no author.
    static std::optional<QString> problem(const Silence &silence);

    bool operator==(const Silence &) const = default;
};

// "pending", "active", "expired"
QString machineName(Silence::State state);

// The silences that silence `labels` at `nowMs` (their ids), in order.
QStringList silencing(const QList<Silence> &silences, const AlertLabels &labels, qint64 nowMs);

} // namespace gw
