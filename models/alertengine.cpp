#include "alertengine.h"

#include <QSet>

#include <algorithm>

#include <array>
#include <utility>

namespace gw {

namespace {

constexpr std::array severityNames{
    std::pair{AlertSeverity::Info, u"info"},
    std::pair{AlertSeverity::Warning, u"warning"},
    std::pair{AlertSeverity::Critical, u"critical"},
};

// What makes a rule the same rule across a reload: its state is kept only if these stayed.
bool sameDefinition(const AlertRule &a, const AlertRule &b)
{
    return a.when == b.when && a.resolveWhen == b.resolveWhen && a.forMs == b.forMs
           && a.keepFiringForMs == b.keepFiringForMs;
}

} // namespace

QString machineName(AlertSeverity severity)
{
    for (const auto &[value, name] : severityNames) {
        if (value == severity)
            return QStringView(name).toString();
    }
    return {};
}

std::optional<AlertSeverity> alertSeverityFromName(QStringView name)
{
    for (const auto &[value, text] : severityNames) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

QMap<QString, QString> alertLabels(const AlertRule &rule)
{
    QMap<QString, QString> labels;
    labels.insert(QStringLiteral("alertname"), rule.name);
    labels.insert(QStringLiteral("severity"), machineName(rule.severity));
    // Functions whose subject is an integration or one of its checks (not a route, a webhook source,
    // a vendor or the workstation).
    static const QStringList integrationFunctions{
        QStringLiteral("status"),     QStringLiteral("p50"),        QStringLiteral("p95"),
        QStringLiteral("p99"),        QStringLiteral("error_rate"), QStringLiteral("failures"),
        QStringLiteral("quota_left"), QStringLiteral("quota_exhausts_before_reset"), QStringLiteral("tls_days")};
    QSet<QString> integrations;
    for (const AlertCall &call : rule.when.calls()) {
        if (integrationFunctions.contains(call.function))
            integrations.insert(call.subject.section(u'/', 0, 0));
    }
    if (integrations.size() == 1)
        labels.insert(QStringLiteral("integration"), *integrations.cbegin());
    labels.insert(rule.labels);
    return labels;
}

QString machineName(AlertNotice::Kind kind)
{
    switch (kind) {
    case AlertNotice::Kind::Firing:
        return QStringLiteral("firing");
    case AlertNotice::Kind::Resolved:
        return QStringLiteral("resolved");
    case AlertNotice::Kind::Flapping:
        return QStringLiteral("flapping");
    }
    return {};
}

double AlertEngine::flapPercent(const QList<bool> &results)
{
    // Nagios: of the 20 possible changes between 21 results, each that happened counts with a
    // weight from 0.8 (oldest) to 1.2 (newest); the sum over 20 is the percent state change.
    const qsizetype n = results.size();
    if (n < 2)
        return 0;
    const int positions = flapWindow - 1;
    double sum = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (results.at(i) == results.at(i - 1))
            continue;
        // The newest change is in the last slot, whatever the length of the run.
        const qsizetype slot = positions - (n - i);
        sum += 0.8 + 0.4 * double(slot) / double(positions - 1);
    }
    return sum * 100.0 / positions;
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    QHash<QString, AlertStatus> kept;
    QHash<QString, AlertNotice::Kind> notified;
    for (const AlertRule &rule : rules) {
        const auto old =
            std::find_if(m_rules.cbegin(), m_rules.cend(), [&rule](const AlertRule &r) { return r.name == rule.name; });
        if (old != m_rules.cend() && sameDefinition(*old, rule) && m_status.contains(rule.name)) {
            kept.insert(rule.name, m_status.value(rule.name));
            if (m_lastNotified.contains(rule.name))
                notified.insert(rule.name, m_lastNotified.value(rule.name));
        } else {
            AlertStatus status;
            status.rule = rule.name;
            kept.insert(rule.name, status);
        }
    }
    m_rules = rules;
    m_status = std::move(kept);
    m_lastNotified = std::move(notified);
}

void AlertEngine::restoreFiring(const QString &rule, qint64 firedAtMs)
{
    const auto status = m_status.find(rule);
    if (status == m_status.end() || status->state == AlertState::Firing)
        return;
    status->state = AlertState::Firing;
    status->activeSinceMs = firedAtMs;
    status->firedAtMs = firedAtMs;
    status->keepFiringSinceMs.reset();
    m_lastNotified.insert(rule, AlertNotice::Kind::Firing);
}

QList<AlertNotice> AlertEngine::evaluate(const AlertFacts &facts, qint64 nowMs)
{
    QList<AlertNotice> notices;
    for (const AlertRule &rule : std::as_const(m_rules)) {
        AlertStatus &status = m_status[rule.name];
        status.rule = rule.name;
        QList<AlertNotice> ruleNotices;
        evaluateRule(rule, status, facts, nowMs, ruleNotices);
        for (const AlertNotice &notice : std::as_const(ruleNotices)) {
            if (notice.kind != AlertNotice::Kind::Flapping)
                m_lastNotified.insert(rule.name, notice.kind);
        }
        notices += ruleNotices;
    }
    return notices;
}

void AlertEngine::evaluateRule(const AlertRule &rule, AlertStatus &status, const AlertFacts &facts, qint64 nowMs,
                               QList<AlertNotice> &notices) const
{
    const bool gap = status.lastEvaluationMs
                     && (nowMs < *status.lastEvaluationMs || nowMs - *status.lastEvaluationMs > m_options.maxGapMs);
    status.lastEvaluationMs = nowMs;
    if (gap) {
        // Nothing was watched in between: a `for` or a `keep_firing_for` starts over now.
        if (status.state == AlertState::Pending)
            status.activeSinceMs = nowMs;
        if (status.keepFiringSinceMs)
            status.keepFiringSinceMs = nowMs;
    }

    const AlertEvaluation when = rule.when.evaluate(facts, nowMs);
    status.value = when.value;

    status.recent.append(when.holds);
    while (status.recent.size() > flapWindow)
        status.recent.removeFirst();
    const bool wasFlapping = status.flapping;
    status.flapPercent = flapPercent(status.recent);
    if (!status.flapping && status.recent.size() == flapWindow && status.flapPercent >= m_options.flapHighPercent)
        status.flapping = true;
    else if (status.flapping && status.flapPercent < m_options.flapLowPercent)
        status.flapping = false;

    auto notice = [&](AlertNotice::Kind kind) {
        AlertNotice n;
        n.rule = rule.name;
        n.kind = kind;
        n.atMs = nowMs;
        n.startsAtMs = kind == AlertNotice::Kind::Flapping ? nowMs : status.firedAtMs.value_or(nowMs);
        if (kind == AlertNotice::Kind::Resolved)
            n.endsAtMs = nowMs;
        n.value = when.value;
        n.severity = rule.severity;
        return n;
    };

    std::optional<AlertNotice> told; // this evaluation's transition
    switch (status.state) {
    case AlertState::Inactive:
        if (!when.holds)
            break;
        status.activeSinceMs = nowMs;
        status.state = AlertState::Pending;
        [[fallthrough]];
    case AlertState::Pending:
        if (!when.holds) {
            status.state = AlertState::Inactive;
            status.activeSinceMs.reset();
        } else if (nowMs - *status.activeSinceMs >= rule.forMs) {
            status.state = AlertState::Firing;
            status.firedAtMs = nowMs;
            told = notice(AlertNotice::Kind::Firing);
        }
        break;
    case AlertState::Firing: {
        // Without resolve_when, it resolves once `when` no longer holds; with it, once that holds.
        const bool wouldResolve = rule.resolveWhen ? rule.resolveWhen->evaluate(facts, nowMs).holds : !when.holds;
        if (!wouldResolve) {
            status.keepFiringSinceMs.reset();
            break;
        }
        if (!status.keepFiringSinceMs)
            status.keepFiringSinceMs = nowMs;
        if (nowMs - *status.keepFiringSinceMs >= rule.keepFiringForMs) {
            told = notice(AlertNotice::Kind::Resolved);
            status.state = AlertState::Inactive;
            status.activeSinceMs.reset();
            status.firedAtMs.reset();
            status.keepFiringSinceMs.reset();
        }
        break;
    }
    }

    if (status.flapping) {
        if (!wasFlapping)
            notices.append(notice(AlertNotice::Kind::Flapping));
        return; // quiet while flapping
    }
    if (told) {
        notices.append(*told);
    } else if (wasFlapping) {
        // Flapping is over: say where the alert stands if receivers last heard otherwise.
        const auto last = m_lastNotified.constFind(rule.name);
        const bool toldFiring = last != m_lastNotified.cend() && *last == AlertNotice::Kind::Firing;
        if (status.state == AlertState::Firing && !toldFiring)
            notices.append(notice(AlertNotice::Kind::Firing));
        else if (status.state != AlertState::Firing && toldFiring)
            notices.append(notice(AlertNotice::Kind::Resolved));
    }
}

const AlertStatus *AlertEngine::status(const QString &rule) const
{
    const auto it = m_status.constFind(rule);
    return it == m_status.cend() ? nullptr : &*it;
}

QList<AlertStatus> AlertEngine::statuses() const
{
    QList<AlertStatus> list;
    list.reserve(m_rules.size());
    for (const AlertRule &rule : m_rules)
        list.append(m_status.value(rule.name));
    return list;
}

} // namespace gw
