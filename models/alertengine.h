#pragma once

#include "alertexpr.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace gw {

enum class AlertSeverity { Info, Warning, Critical };

// "info", "warning", "critical"
QString machineName(AlertSeverity severity);
std::optional<AlertSeverity> alertSeverityFromName(QStringView name);

// One rule of `alerts:` (docs/alerts.md).
struct AlertRule
{
    QString name;
    AlertExpression when;
    std::optional<AlertExpression> resolveWhen; // hysteresis: a firing alert resolves only when this holds
    qint64 forMs = 0;                           // how long `when` must hold before the alert fires
    qint64 keepFiringForMs = 0;                 // how long a firing alert stays firing once it would resolve
    AlertSeverity severity = AlertSeverity::Warning;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;

    bool operator==(const AlertRule &) const = default;
};

// The labels of a rule's alert, as silences match them and receivers see them: the rule's labels
// plus alertname (the rule's name), severity, and integration when the rule watches one
// integration only (through status, p50/p95/p99, error_rate, failures, quota_*, tls_days: the part
// of each subject before '/'). The rule's own labels win.
QMap<QString, QString> alertLabels(const AlertRule &rule);

enum class AlertState { Inactive, Pending, Firing };

// What people are told: an alert fired or resolved, or its rule started flapping.
struct AlertNotice
{
    enum class Kind { Firing, Resolved, Flapping };

    QString rule;
    Kind kind = Kind::Firing;
    qint64 atMs = 0;
    qint64 startsAtMs = 0;          // when it fired (for Flapping: when flapping was detected)
    std::optional<qint64> endsAtMs; // Resolved: when it resolved
    std::optional<double> value;    // the measured value at `atMs`
    AlertSeverity severity = AlertSeverity::Warning;

    bool operator==(const AlertNotice &) const = default;
};

// "firing", "resolved", "flapping"
QString machineName(AlertNotice::Kind kind);

// A rule's state between evaluations.
struct AlertStatus
{
    QString rule;
    AlertState state = AlertState::Inactive;
    std::optional<qint64> activeSinceMs;     // pending or firing: when `when` started to hold
    std::optional<qint64> firedAtMs;         // firing: since when
    std::optional<qint64> keepFiringSinceMs; // firing, but it would resolve since then
    std::optional<double> value;             // at the last evaluation
    std::optional<qint64> lastEvaluationMs;
    bool flapping = false;
    double flapPercent = 0; // percent state change over the recent evaluations
    QList<bool> recent;     // whether `when` held, oldest first, at most flapWindow

    bool operator==(const AlertStatus &) const = default;
};

// Evaluates rules as Prometheus does (pending -> firing after `for`, resolved when the condition
// no longer holds, `keep_firing_for`), with `resolve_when` hysteresis, and with two things
// Prometheus leaves to others:
// - flapping: the percent state change of `when` over the last 21 evaluations (later changes
//   weigh more, 0.8 to 1.2, as Nagios does) at or above the high threshold turns a rule's
//   notifications into one Flapping notice; below the low threshold the rule is quiet again and
//   says where it stands if that changed meanwhile (Firing or Resolved);
// - gaps: when evaluations are further apart than `maxGapMs` (a suspended laptop, a clock jump, in
//   either direction), pending alerts start their `for` again and `keep_firing_for` starts over,
//   so nothing fires or resolves because of the time that was not watched.
// Pure: time is passed in.
class AlertEngine
{
public:
    static constexpr int flapWindow = 21;

    struct Options
    {
        qint64 maxGapMs = 5 * 60'000;
        double flapLowPercent = 25;
        double flapHighPercent = 50;
    };

    AlertEngine() = default;
    explicit AlertEngine(const Options &options) : m_options(options) {}
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Rules that keep their name and their definition keep their state; others start inactive.
    // A firing rule that disappears is not resolved by this: its alert is gone with it.
    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }

    // Carries on with an alert that was firing when the app stopped (from the incident history):
    // the rule is firing since `firedAtMs` without a new Firing notice; the next evaluation
    // resolves it if its condition no longer holds. Unknown rules are ignored.
    void restoreFiring(const QString &rule, qint64 firedAtMs);

    // Evaluates every rule at `nowMs`; what people are to be told, in rule order.
    QList<AlertNotice> evaluate(const AlertFacts &facts, qint64 nowMs);

    const AlertStatus *status(const QString &rule) const;
    QList<AlertStatus> statuses() const;

    // The weighted percent state change of a run of results, oldest first (0 with fewer than two).
    static double flapPercent(const QList<bool> &results);

private:
    void evaluateRule(const AlertRule &rule, AlertStatus &status, const AlertFacts &facts, qint64 nowMs,
                      QList<AlertNotice> &notices) const;

    Options m_options;
    QList<AlertRule> m_rules;
    QHash<QString, AlertStatus> m_status;
    QHash<QString, AlertNotice::Kind> m_lastNotified; // what receivers last heard, by rule
};

} // namespace gw
