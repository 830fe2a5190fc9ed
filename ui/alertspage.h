#pragma once

#include "activealert.h"
#include "catalog.h"
#include "incident.h"
#include "silence.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;
class QDialogButtonBox;

namespace gw {

class ActiveAlertsModel;
class AlertRulesModel;
class IncidentHistoryModel;
class SilencesModel;

// Asks for a silence: matchers (prefilled from an alert's labels), a duration and a comment.
// Says what is wrong while it is wrong (bad matchers, matching every alert, no duration) and only
// then lets OK through.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceDialog)

public:
    explicit SilenceDialog(QWidget *parent = nullptr);

    void setMatchers(const QString &text);
    void setDuration(const QString &text); // "2h", "30m", "1d"
    void setComment(const QString &text);

    // Valid only when problem() is empty.
    QList<LabelMatcher> matchers() const;
    qint64 durationMs() const;
    QString comment() const;
    QString problem() const;

private:
    void validate();

    QLineEdit *m_matchers = nullptr;
    QComboBox *m_duration = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Asks for one alert rule: name, condition, for, severity, resolve condition, keep firing for,
// labels and a summary. Says what is wrong while it is wrong (a condition's error points at its
// character) and only then lets OK through. Whether the integrations it names exist is checked
// when the configuration is saved.
class RuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDialog)

public:
    // `taken`: names of the other rules.
    explicit RuleDialog(const QStringList &taken, QWidget *parent = nullptr);

    void setRule(const AlertRule &rule);
    // Valid only when problem() is empty. Annotations other than the summary are kept from setRule().
    AlertRule rule() const;
    QString problem() const;

    // The fields, for tests and callers that fill them in.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *whenEdit() const { return m_when; }
    QLineEdit *forEdit() const { return m_for; }
    QLineEdit *resolveEdit() const { return m_resolve; }
    QLineEdit *keepFiringEdit() const { return m_keepFiring; }
    QComboBox *severityBox() const { return m_severity; }
    QLineEdit *labelsEdit() const { return m_labels; }
    QLineEdit *summaryEdit() const { return m_summary; }

private:
    void validate();

    QStringList m_taken;
    AlertRule m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_when = nullptr;
    QLineEdit *m_for = nullptr;
    QLineEdit *m_resolve = nullptr;
    QLineEdit *m_keepFiring = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_labels = nullptr;
    QLineEdit *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The Alerts page: what fires or is pending now (severity, since, value, acknowledged or silenced),
// with Acknowledge, Add note, Silence, Show failed calls and Show chart for the selected alert; below, the incident
// history (searchable, newest first), the silences (expire early, create new) and the rules
// (new, edit, delete; saved into the configuration file by the app). It asks for
// everything through signals and is told what to show; it never acts by itself. GUI thread.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    explicit AlertsPage(QWidget *parent = nullptr);
    ~AlertsPage() override;

    ActiveAlertsModel *alertsModel() const;
    SilencesModel *silencesModel() const;
    IncidentHistoryModel *historyModel() const;
    AlertRulesModel *rulesModel() const;

    // The selected active alert, if any.
    const ActiveAlert *selectedAlert() const;
    void selectAlert(const QString &rule);
    // The history search as the user has it now.
    IncidentQuery historyQuery() const;

    // What the buttons do after their dialogs (public so the flows can be driven without them).
    void acknowledgeSelected(const QString &note);
    void addNoteToSelected(const QString &note);
    void expireSelectedSilence();
    // Replaces the selected rule (or adds `rule` when it is a new one), or deletes the selected one:
    // asks for the whole new list of rules through rulesEdited().
    void putRule(const AlertRule &rule, bool isNew);
    void deleteSelectedRule();
    // Markdown for the selected alert (or the whole list when none is selected): what, since when,
    // value, who acknowledged, and its recent history.
    QString incidentSummary() const;
    // Who to call about the alert: the escalation steps of the vendors its rule concerns.
    QString escalationText(const gw::ActiveAlert &alert) const;

public Q_SLOTS:
    void setAlerts(const QList<gw::ActiveAlert> &alerts);
    void setSilences(const QList<gw::Silence> &silences, qint64 nowMs);
    void setHistory(const QList<gw::IncidentEvent> &events);
    // The configuration's rules (not the built-in ones); editable only with `editable` (there is a
    // configuration file to save them in).
    void setRules(const QList<gw::AlertRule> &rules, bool editable);
    // The configuration: an incident summary names who to call at the vendors a rule concerns.
    void setCatalog(const gw::Catalog &catalog);
    // An action the app could not carry out (shown above the list until the next action).
    void showActionProblem(const QString &message);
    // Channels whose last notification failed, one line each ("slack: HTTP 404 …"); empty hides.
    void setNotificationProblems(const QStringList &problems);

Q_SIGNALS:
    void acknowledgeRequested(const QString &rule, const QString &note);
    void noteRequested(const QString &rule, const QString &note);
    void silenceRequested(const QList<gw::LabelMatcher> &matchers, qint64 durationMs, const QString &comment);
    void expireSilenceRequested(const QString &id);
    // The rules as they are to be saved.
    void rulesEdited(const QList<gw::AlertRule> &rules);
    // The history search changed (typed text, debounced).
    void historyRequested(const gw::IncidentQuery &query);
    // Open the failed calls behind an alert rule's incident over [fromMs, toMs) (toMs 0: until now).
    void evidenceRequested(const QString &rule, qint64 fromMs, qint64 toMs);
    // The user wants the history charts of the alert's integration over [fromMs, toMs) (toMs 0:
    // until now).
    void chartRequested(const QString &integrationId, qint64 fromMs, qint64 toMs);
    // Unhandled firing alerts and the worst firing severity (-1: none), for the tab and the tray.
    void attentionChanged(int unhandled, int worstSeverity);

private:
    struct Private;
    std::unique_ptr<Private> d;

    void updateActions();
    void askAcknowledge();
    void askNote();
    void askSilence(bool fromSelection);
    void showEvidence();
    void showChart();
    void showHistoryEvidence(const QModelIndex &index);
    void copySummary();
    void askRule(bool isNew);
};

} // namespace gw
