#include "alertspage.h"

#include "alertsmodel.h"
#include "duration.h"
#include "statuspalette.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// How far before an alert's start its evidence window opens.
constexpr qint64 evidenceLeadMs = 15 * 60'000;

HealthStatus severityStatus(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return HealthStatus::Down;
    case AlertSeverity::Warning:
        return HealthStatus::Degraded;
    case AlertSeverity::Info:
        break;
    }
    return HealthStatus::Paused; // blue: worth knowing
}

// The severity column in its colour, bold.
class SeverityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant severity = index.data(ActiveAlertsModel::SeverityRole);
        if (!severity.isValid())
            return;
        const StatusPalette palette(option->palette);
        option->palette.setColor(QPalette::Text,
                                 palette.foreground(severityStatus(static_cast<AlertSeverity>(severity.toInt()))));
        option->font.setBold(true);
    }
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

// A label's text in a state's colour (a problem: Down; a warning: Degraded).
void colourText(QLabel *label, HealthStatus status)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusPalette(label->palette()).foreground(status));
    label->setPalette(palette);
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

} // namespace

// --- SilenceDialog ---

SilenceDialog::SilenceDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New silence"));
    setObjectName(u"silenceDialog"_s);
    auto *form = new QFormLayout;
    m_matchers = new QLineEdit(this);
    m_matchers->setObjectName(u"silenceMatchers"_s);
    m_matchers->setPlaceholderText(u"alertname=\"shopify-down\", team=~\"commerce|ops\""_s);
    m_matchers->setMinimumWidth(420);
    form->addRow(tr("Alerts matching"), m_matchers);
    m_duration = new QComboBox(this);
    m_duration->setObjectName(u"silenceDuration"_s);
    m_duration->setEditable(true);
    m_duration->addItems({u"30m"_s, u"1h"_s, u"2h"_s, u"4h"_s, u"8h"_s, u"1d"_s, u"7d"_s});
    m_duration->setCurrentText(u"2h"_s);
    m_duration->setToolTip(tr("How long from now, e.g. 45m, 2h, 1d"));
    form->addRow(tr("For"), m_duration);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"silenceComment"_s);
    m_comment->setPlaceholderText(tr("Why (a vendor's maintenance window, a known incident…)"));
    m_comment->setFixedHeight(72);
    form->addRow(tr("Comment"), m_comment);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"silenceProblem"_s);
    m_problem->setWordWrap(true);
    colourText(m_problem, HealthStatus::Down);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Silence"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Matching alerts still fire and are recorded, but nobody is notified until the "
                                "silence ends. Matchers work as in Alertmanager: = != =~ !~, regular expressions "
                                "match the whole value."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_matchers, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    connect(m_duration, &QComboBox::currentTextChanged, this, &SilenceDialog::validate);
    validate();
}

void SilenceDialog::setMatchers(const QString &text)
{
    m_matchers->setText(text);
}

void SilenceDialog::setDuration(const QString &text)
{
    m_duration->setCurrentText(text);
}

void SilenceDialog::setComment(const QString &text)
{
    m_comment->setPlainText(text);
}

QList<LabelMatcher> SilenceDialog::matchers() const
{
    const Result<QList<LabelMatcher>> parsed = LabelMatcher::parseList(m_matchers->text());
    return parsed ? *parsed : QList<LabelMatcher>();
}

qint64 SilenceDialog::durationMs() const
{
    const Result<std::chrono::milliseconds> parsed = parseDuration(m_duration->currentText().trimmed());
    return parsed ? parsed->count() : 0;
}

QString SilenceDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString SilenceDialog::problem() const
{
    const Result<QList<LabelMatcher>> parsed = LabelMatcher::parseList(m_matchers->text());
    if (!parsed) {
        return parsed.error().position >= 0
                   ? tr("Matchers, at character %1: %2").arg(parsed.error().position + 1).arg(parsed.error().message)
                   : parsed.error().message;
    }
    const Result<std::chrono::milliseconds> duration = parseDuration(m_duration->currentText().trimmed());
    if (!duration)
        return tr("Duration: %1").arg(duration.error().message);
    if (duration->count() <= 0)
        return tr("Duration: a silence needs a duration, e.g. 2h");
    Silence silence;
    silence.matchers = *parsed;
    silence.startsAtMs = 0;
    silence.endsAtMs = duration->count();
    silence.createdBy = u"-"_s;
    return Silence::problem(silence).value_or(QString());
}

void SilenceDialog::validate()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// --- RuleDialog ---

namespace {

// "team=commerce, page=yes" <-> labels
QString labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u", "_s);
}

Result<QMap<QString, QString>> parseLabels(const QString &text)
{
    QMap<QString, QString> labels;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString name = part.left(equals).trimmed();
        if (equals < 0 || name.isEmpty())
            return Error{AlertsPage::tr("labels: write name=value pairs separated by commas, e.g. team=commerce")};
        labels.insert(name, part.mid(equals + 1).trimmed());
    }
    return labels;
}

QString expressionProblem(const QString &what, const QString &text)
{
    const Result<AlertExpression> parsed = AlertExpression::parse(text);
    if (parsed)
        return {};
    return AlertsPage::tr("%1, at character %2: %3").arg(what).arg(parsed.error().position + 1).arg(parsed.error().message);
}

} // namespace

RuleDialog::RuleDialog(const QStringList &taken, QWidget *parent) : QDialog(parent), m_taken(taken)
{
    setWindowTitle(tr("Alert rule"));
    setObjectName(u"ruleDialog"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto line = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &RuleDialog::validate);
        return edit;
    };
    m_name = line(u"ruleName"_s, u"shopify-down"_s);
    m_when = line(u"ruleWhen"_s, u"status(shopify) == down"_s);
    m_when->setFont(mono);
    m_when->setMinimumWidth(460);
    m_for = line(u"ruleFor"_s, u"0s"_s);
    m_for->setToolTip(tr("How long the condition must hold before the alert fires, e.g. 2m"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"ruleSeverity"_s);
    for (AlertSeverity severity : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        m_severity->addItem(severityText(severity), int(severity));
    m_severity->setCurrentIndex(1);
    m_resolve = line(u"ruleResolve"_s, tr("optional, e.g. p95(chatwoot, 10m) < 1000ms"));
    m_resolve->setFont(mono);
    m_keepFiring = line(u"ruleKeepFiring"_s, u"0s"_s);
    m_labels = line(u"ruleLabels"_s, u"team=commerce"_s);
    m_summary = line(u"ruleSummary"_s, tr("What people read, e.g. Shopify Admin API is failing"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"ruleProblem"_s);
    m_problem->setWordWrap(true);
    colourText(m_problem, HealthStatus::Down);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("For"), m_for);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("Resolve when"), m_resolve);
    form->addRow(tr("Keep firing for"), m_keepFiring);
    form->addRow(tr("Labels"), m_labels);
    form->addRow(tr("Summary"), m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save to configuration"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *hint = new QLabel(tr("Functions: status, p50/p95/p99, error_rate, failures, quota_left, "
                               "quota_exhausts_before_reset, tls_days, webhook_signature_failures, "
                               "webhook_delivery_rate, route_error_ratio, route_p95, vendor_incident, "
                               "local_network_down; combine with and, or, not. See docs/alerts.md."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

void RuleDialog::setRule(const AlertRule &rule)
{
    m_original = rule;
    m_name->setText(rule.name);
    m_when->setText(rule.when.text());
    m_for->setText(formatDuration(std::chrono::milliseconds(rule.forMs)));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_resolve->setText(rule.resolveWhen ? rule.resolveWhen->text() : QString());
    m_keepFiring->setText(formatDuration(std::chrono::milliseconds(rule.keepFiringForMs)));
    m_labels->setText(labelsText(rule.labels));
    m_summary->setText(rule.annotations.value(u"summary"_s));
}

QString RuleDialog::problem() const
{
    static const QRegularExpression validName(u"^[A-Za-z0-9_.-]+$"_s);
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Name: a rule needs a name");
    if (!validName.match(name).hasMatch())
        return tr("Name: use letters, digits, '-', '_' and '.'");
    if (m_taken.contains(name))
        return tr("Name: another rule is called %1").arg(name);
    if (m_when->text().trimmed().isEmpty())
        return tr("When: a rule needs a condition, e.g. status(shopify) == down");
    if (const QString problem = expressionProblem(tr("When"), m_when->text()); !problem.isEmpty())
        return problem;
    if (!m_resolve->text().trimmed().isEmpty()) {
        if (const QString problem = expressionProblem(tr("Resolve when"), m_resolve->text()); !problem.isEmpty())
            return problem;
    }
    for (const auto &[what, edit] : {std::pair{tr("For"), m_for}, std::pair{tr("Keep firing for"), m_keepFiring}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (const Result<std::chrono::milliseconds> duration = parseDuration(text); !duration)
            return tr("%1: %2").arg(what, duration.error().message);
    }
    if (const Result<QMap<QString, QString>> labels = parseLabels(m_labels->text()); !labels)
        return labels.error().message;
    return {};
}

AlertRule RuleDialog::rule() const
{
    AlertRule rule;
    rule.name = m_name->text().trimmed();
    rule.when = AlertExpression::parse(m_when->text().trimmed()).value();
    if (!m_resolve->text().trimmed().isEmpty())
        rule.resolveWhen = AlertExpression::parse(m_resolve->text().trimmed()).value();
    const auto duration = [](const QLineEdit *edit) -> qint64 {
        const Result<std::chrono::milliseconds> parsed = parseDuration(edit->text().trimmed());
        return parsed ? parsed->count() : 0;
    };
    rule.forMs = duration(m_for);
    rule.keepFiringForMs = duration(m_keepFiring);
    rule.severity = static_cast<AlertSeverity>(m_severity->currentData().toInt());
    const Result<QMap<QString, QString>> labels = parseLabels(m_labels->text());
    if (labels)
        rule.labels = *labels;
    rule.annotations = m_original.annotations;
    if (m_summary->text().trimmed().isEmpty())
        rule.annotations.remove(u"summary"_s);
    else
        rule.annotations.insert(u"summary"_s, m_summary->text().trimmed());
    return rule;
}

void RuleDialog::validate()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// --- AlertsPage ---

struct AlertsPage::Private
{
    Catalog catalog;
    ActiveAlertsModel *alerts = nullptr;
    SilencesModel *silences = nullptr;
    IncidentHistoryModel *history = nullptr;
    AlertRulesModel *rules = nullptr;
    QTableView *rulesView = nullptr;
    QPushButton *newRule = nullptr;
    QPushButton *editRule = nullptr;
    QPushButton *deleteRule = nullptr;
    bool rulesEditable = false;
    QTableView *alertsView = nullptr;
    QTableView *silencesView = nullptr;
    QTableView *historyView = nullptr;
    QLabel *heading = nullptr;
    QLabel *empty = nullptr;
    QLabel *problem = nullptr;
    QLabel *notifyProblem = nullptr;
    QPushButton *acknowledge = nullptr;
    QPushButton *note = nullptr;
    QPushButton *silence = nullptr;
    QPushButton *evidence = nullptr;
    QPushButton *chart = nullptr;
    QPushButton *summary = nullptr;
    QPushButton *expire = nullptr;
    QPushButton *newSilence = nullptr;
    QLineEdit *search = nullptr;
    QTabWidget *lower = nullptr;
    QTimer searchDelay;
    QList<IncidentEvent> events;
    int lastUnhandled = -1;
    int lastWorst = -2;
};

AlertsPage::AlertsPage(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(u"alertsPage"_s);
    d->alerts = new ActiveAlertsModel(this);
    d->silences = new SilencesModel(this);
    d->history = new IncidentHistoryModel(this);
    d->rules = new AlertRulesModel(this);

    d->heading = new QLabel(this);
    d->heading->setObjectName(u"alertsHeading"_s);
    QFont headingFont = d->heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    d->heading->setFont(headingFont);

    d->problem = new QLabel(this);
    d->problem->setObjectName(u"alertsProblem"_s);
    d->problem->setWordWrap(true);
    d->problem->hide();
    d->notifyProblem = new QLabel(this);
    d->notifyProblem->setObjectName(u"notificationProblems"_s);
    d->notifyProblem->setWordWrap(true);
    d->notifyProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->notifyProblem->hide();

    auto makeButton = [this](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        return button;
    };
    d->acknowledge = makeButton(tr("Acknowledge…"), u"acknowledgeButton"_s,
                                tr("Say you are on it, with a note; reminders stop for this incident"));
    d->note = makeButton(tr("Add note…"), u"noteButton"_s, tr("Add a note to this incident's history"));
    d->silence = makeButton(tr("Silence…"), u"silenceButton"_s,
                            tr("Stop notifications for alerts like this one for a while"));
    d->evidence = makeButton(tr("Show failed calls"), u"evidenceButton"_s,
                             tr("The failed calls of this alert's integration since shortly before it started"));
    d->chart = makeButton(tr("Show chart"), u"chartButton"_s,
                          tr("The history of this alert's integration from shortly before it started: latency, "
                             "errors and the vendor's own notices"));
    d->summary = makeButton(tr("Copy incident summary"), u"summaryButton"_s,
                            tr("Markdown with times, values, who is on it and the history, for a ticket or a chat"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(d->heading, 1);
    for (QPushButton *button : {d->acknowledge, d->note, d->silence, d->evidence, d->chart, d->summary})
        actions->addWidget(button);

    d->alertsView = makeTable(d->alerts, u"activeAlerts"_s, this);
    d->alertsView->setItemDelegateForColumn(ActiveAlertsModel::SeverityColumn, new SeverityDelegate(d->alertsView));
    d->alertsView->horizontalHeader()->setSectionResizeMode(ActiveAlertsModel::AlertColumn, QHeaderView::Stretch);
    d->alertsView->horizontalHeader()->setStretchLastSection(false);
    d->alertsView->horizontalHeader()->setSectionResizeMode(ActiveAlertsModel::HandlingColumn,
                                                            QHeaderView::ResizeToContents);
    d->empty = new QLabel(tr("No alert is firing or pending. Rules are evaluated as results come in; see "
                             "docs/alerts.md to add your own."),
                          this);
    d->empty->setObjectName(u"alertsEmpty"_s);
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setEnabled(false);

    // History and silences below.
    auto *historyPane = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 8, 0, 0);
    d->search = new QLineEdit(historyPane);
    d->search->setObjectName(u"historySearch"_s);
    d->search->setPlaceholderText(tr("Search alerts, notes, people, channels"));
    d->search->setClearButtonEnabled(true);
    historyLayout->addWidget(d->search);
    d->historyView = makeTable(d->history, u"incidentHistory"_s, historyPane);
    d->historyView->setToolTip(tr("Double-click an entry for the failed calls of its incident"));
    historyLayout->addWidget(d->historyView);

    auto *silencesPane = new QWidget(this);
    auto *silencesLayout = new QVBoxLayout(silencesPane);
    silencesLayout->setContentsMargins(0, 8, 0, 0);
    auto *silenceActions = new QHBoxLayout;
    d->newSilence = makeButton(tr("New silence…"), u"newSilenceButton"_s, tr("Silence alerts by their labels"));
    d->expire = makeButton(tr("Expire"), u"expireButton"_s, tr("End the selected silence now"));
    silenceActions->addStretch(1);
    silenceActions->addWidget(d->newSilence);
    silenceActions->addWidget(d->expire);
    silencesLayout->addLayout(silenceActions);
    d->silencesView = makeTable(d->silences, u"silences"_s, silencesPane);
    silencesLayout->addWidget(d->silencesView);

    auto *rulesPane = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->setContentsMargins(0, 8, 0, 0);
    auto *ruleActions = new QHBoxLayout;
    d->newRule = makeButton(tr("New rule…"), u"newRuleButton"_s, tr("Add an alert rule to the configuration"));
    d->editRule = makeButton(tr("Edit…"), u"editRuleButton"_s, tr("Change the selected rule"));
    d->deleteRule = makeButton(tr("Delete"), u"deleteRuleButton"_s, tr("Remove the selected rule from the configuration"));
    ruleActions->addStretch(1);
    for (QPushButton *button : {d->newRule, d->editRule, d->deleteRule})
        ruleActions->addWidget(button);
    rulesLayout->addLayout(ruleActions);
    d->rulesView = makeTable(d->rules, u"alertRules"_s, rulesPane);
    d->rulesView->horizontalHeader()->setSectionResizeMode(AlertRulesModel::WhenColumn, QHeaderView::Stretch);
    d->rulesView->horizontalHeader()->setStretchLastSection(false);
    rulesLayout->addWidget(d->rulesView);

    d->lower = new QTabWidget(this);
    d->lower->setObjectName(u"alertsLowerTabs"_s);
    d->lower->setDocumentMode(true);
    d->lower->addTab(historyPane, tr("History"));
    d->lower->addTab(silencesPane, tr("Silences"));
    d->lower->addTab(rulesPane, tr("Rules"));

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(actions);
    upperLayout->addWidget(d->problem);
    upperLayout->addWidget(d->notifyProblem);
    upperLayout->addWidget(d->alertsView, 1);
    upperLayout->addWidget(d->empty, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(d->lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(splitter);

    connect(d->alertsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateActions);
    connect(d->silencesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateActions);
    connect(d->rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateActions);
    connect(d->newRule, &QPushButton::clicked, this, [this] { askRule(true); });
    connect(d->editRule, &QPushButton::clicked, this, [this] { askRule(false); });
    connect(d->rulesView, &QTableView::doubleClicked, this, [this] { askRule(false); });
    connect(d->deleteRule, &QPushButton::clicked, this, &AlertsPage::deleteSelectedRule);
    connect(d->acknowledge, &QPushButton::clicked, this, &AlertsPage::askAcknowledge);
    connect(d->note, &QPushButton::clicked, this, &AlertsPage::askNote);
    connect(d->silence, &QPushButton::clicked, this, [this] { askSilence(true); });
    connect(d->newSilence, &QPushButton::clicked, this, [this] { askSilence(false); });
    connect(d->expire, &QPushButton::clicked, this, &AlertsPage::expireSelectedSilence);
    connect(d->evidence, &QPushButton::clicked, this, &AlertsPage::showEvidence);
    connect(d->chart, &QPushButton::clicked, this, &AlertsPage::showChart);
    connect(d->alertsView, &QTableView::doubleClicked, this, &AlertsPage::showEvidence);
    connect(d->historyView, &QTableView::doubleClicked, this, &AlertsPage::showHistoryEvidence);
    connect(d->summary, &QPushButton::clicked, this, &AlertsPage::copySummary);
    d->searchDelay.setSingleShot(true);
    d->searchDelay.setInterval(250);
    connect(d->search, &QLineEdit::textChanged, &d->searchDelay, qOverload<>(&QTimer::start));
    connect(&d->searchDelay, &QTimer::timeout, this, [this] { Q_EMIT historyRequested(historyQuery()); });
    setAlerts({});
}

AlertsPage::~AlertsPage() = default;

ActiveAlertsModel *AlertsPage::alertsModel() const
{
    return d->alerts;
}

SilencesModel *AlertsPage::silencesModel() const
{
    return d->silences;
}

IncidentHistoryModel *AlertsPage::historyModel() const
{
    return d->history;
}

AlertRulesModel *AlertsPage::rulesModel() const
{
    return d->rules;
}

void AlertsPage::setCatalog(const Catalog &catalog)
{
    d->catalog = catalog;
}

void AlertsPage::setRules(const QList<AlertRule> &rules, bool editable)
{
    const QModelIndexList rows = d->rulesView->selectionModel()->selectedRows();
    const QString selected = rows.isEmpty() ? QString() : d->rules->rules().value(rows.constFirst().row()).name;
    d->rules->setRules(rules);
    d->rulesEditable = editable;
    for (int row = 0; row < d->rules->rowCount(); ++row) {
        if (!selected.isEmpty() && d->rules->rules().at(row).name == selected)
            d->rulesView->selectRow(row);
    }
    d->rulesView->resizeColumnToContents(AlertRulesModel::NameColumn);
    d->lower->setTabText(2, tr("Rules (%1)").arg(rules.size()));
    updateActions();
}

void AlertsPage::putRule(const AlertRule &rule, bool isNew)
{
    QList<AlertRule> rules = d->rules->rules();
    const QModelIndexList rows = d->rulesView->selectionModel()->selectedRows();
    if (isNew || rows.isEmpty())
        rules.append(rule);
    else
        rules[rows.constFirst().row()] = rule;
    showActionProblem({});
    Q_EMIT rulesEdited(rules);
}

void AlertsPage::deleteSelectedRule()
{
    const QModelIndexList rows = d->rulesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<AlertRule> rules = d->rules->rules();
    rules.removeAt(rows.constFirst().row());
    showActionProblem({});
    Q_EMIT rulesEdited(rules);
}

void AlertsPage::askRule(bool isNew)
{
    const QModelIndexList rows = d->rulesView->selectionModel()->selectedRows();
    if (!d->rulesEditable || (!isNew && rows.isEmpty()))
        return;
    const AlertRule *editing = isNew ? nullptr : &d->rules->rules().at(rows.constFirst().row());
    QStringList taken;
    for (const AlertRule &rule : d->rules->rules()) {
        if (&rule != editing)
            taken.append(rule.name);
    }
    RuleDialog dialog(taken, this);
    if (editing)
        dialog.setRule(*editing);
    if (dialog.exec() == QDialog::Accepted && dialog.problem().isEmpty())
        putRule(dialog.rule(), isNew);
}

const ActiveAlert *AlertsPage::selectedAlert() const
{
    const QModelIndexList rows = d->alertsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : d->alerts->alert(rows.constFirst().row());
}

void AlertsPage::selectAlert(const QString &rule)
{
    const int row = d->alerts->rowOf(rule);
    if (row < 0)
        return;
    d->alertsView->selectRow(row);
    d->alertsView->scrollTo(d->alerts->index(row, 0));
}

IncidentQuery AlertsPage::historyQuery() const
{
    IncidentQuery query;
    query.text = d->search->text().trimmed();
    return query;
}

void AlertsPage::setAlerts(const QList<ActiveAlert> &alerts)
{
    const QString selected = selectedAlert() ? selectedAlert()->rule : QString();
    d->alerts->setAlerts(alerts);
    if (!selected.isEmpty() && !selectedAlert())
        selectAlert(selected);
    const int firing = int(std::count_if(alerts.cbegin(), alerts.cend(),
                                         [](const ActiveAlert &a) { return a.state == AlertState::Firing; }));
    const int pending = int(alerts.size()) - firing;
    if (alerts.isEmpty())
        d->heading->setText(tr("No active alerts"));
    else if (pending == 0)
        d->heading->setText(tr("Firing: %1").arg(firing));
    else
        d->heading->setText(tr("Firing: %1 · pending: %2").arg(firing).arg(pending));
    d->alertsView->setVisible(!alerts.isEmpty());
    d->empty->setVisible(alerts.isEmpty());
    if (!alerts.isEmpty())
        d->alertsView->resizeColumnToContents(ActiveAlertsModel::SinceColumn);
    updateActions();

    const int unhandled = d->alerts->unhandledFiring();
    const std::optional<AlertSeverity> worst = d->alerts->worstFiring();
    const int worstValue = worst ? int(*worst) : -1;
    if (unhandled != d->lastUnhandled || worstValue != d->lastWorst) {
        d->lastUnhandled = unhandled;
        d->lastWorst = worstValue;
        Q_EMIT attentionChanged(unhandled, worstValue);
    }
}

void AlertsPage::setSilences(const QList<Silence> &silences, qint64 nowMs)
{
    const QModelIndexList rows = d->silencesView->selectionModel()->selectedRows();
    const QString selected = rows.isEmpty() ? QString() : rows.constFirst().data(SilencesModel::IdRole).toString();
    d->silences->setSilences(silences, nowMs);
    for (int row = 0; row < d->silences->rowCount(); ++row) {
        if (!selected.isEmpty() && d->silences->silence(row)->id == selected)
            d->silencesView->selectRow(row);
    }
    int active = 0;
    for (const Silence &silence : silences)
        active += silence.state(nowMs) != Silence::State::Expired ? 1 : 0;
    d->lower->setTabText(1, active > 0 ? tr("Silences (%1)").arg(active) : tr("Silences"));
    updateActions();
}

void AlertsPage::setHistory(const QList<IncidentEvent> &events)
{
    d->events = events;
    d->history->setEvents(events);
    d->historyView->resizeColumnToContents(IncidentHistoryModel::TimeColumn);
    d->historyView->resizeColumnToContents(IncidentHistoryModel::AlertColumn);
    d->historyView->resizeColumnToContents(IncidentHistoryModel::WhatColumn);
}

void AlertsPage::showActionProblem(const QString &message)
{
    d->problem->setText(message);
    colourText(d->problem, HealthStatus::Down);
    d->problem->setVisible(!message.isEmpty());
}

void AlertsPage::setNotificationProblems(const QStringList &problems)
{
    colourText(d->notifyProblem, HealthStatus::Degraded);
    d->notifyProblem->setText(tr("Notifications are failing (the history lists each one):") + u"\n"_s
                              + problems.join(u'\n'));
    d->notifyProblem->setVisible(!problems.isEmpty());
}

void AlertsPage::updateActions()
{
    const ActiveAlert *alert = selectedAlert();
    const bool firing = alert && alert->state == AlertState::Firing;
    d->acknowledge->setEnabled(firing && !alert->acknowledgement);
    d->note->setEnabled(alert != nullptr);
    d->silence->setEnabled(alert != nullptr);
    d->evidence->setEnabled(alert != nullptr);
    d->chart->setEnabled(alert && !alert->labels.value(u"integration"_s).isEmpty());
    d->summary->setEnabled(d->alerts->rowCount() > 0);
    const bool ruleSelected = !d->rulesView->selectionModel()->selectedRows().isEmpty();
    d->newRule->setEnabled(d->rulesEditable);
    d->editRule->setEnabled(d->rulesEditable && ruleSelected);
    d->deleteRule->setEnabled(d->rulesEditable && ruleSelected);
    const QModelIndexList rows = d->silencesView->selectionModel()->selectedRows();
    d->expire->setEnabled(!rows.isEmpty()
                          && rows.constFirst().data(SilencesModel::StateRole).toInt()
                                 != int(Silence::State::Expired));
}

void AlertsPage::acknowledgeSelected(const QString &note)
{
    if (const ActiveAlert *alert = selectedAlert()) {
        showActionProblem({});
        Q_EMIT acknowledgeRequested(alert->rule, note.trimmed());
    }
}

void AlertsPage::addNoteToSelected(const QString &note)
{
    const ActiveAlert *alert = selectedAlert();
    if (alert && !note.trimmed().isEmpty()) {
        showActionProblem({});
        Q_EMIT noteRequested(alert->rule, note.trimmed());
    }
}

void AlertsPage::expireSelectedSilence()
{
    const QModelIndexList rows = d->silencesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    showActionProblem({});
    Q_EMIT expireSilenceRequested(rows.constFirst().data(SilencesModel::IdRole).toString());
}

void AlertsPage::askAcknowledge()
{
    const ActiveAlert *alert = selectedAlert();
    if (!alert)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Acknowledge %1").arg(alert->rule),
        tr("A note for the others (what you are doing, a ticket number); it goes into the incident history:"), {},
        &ok);
    if (ok)
        acknowledgeSelected(note);
}

void AlertsPage::askNote()
{
    const ActiveAlert *alert = selectedAlert();
    if (!alert)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Note on %1").arg(alert->rule),
                                                        tr("The note goes into the incident history:"), {}, &ok);
    if (ok)
        addNoteToSelected(note);
}

void AlertsPage::askSilence(bool fromSelection)
{
    SilenceDialog dialog(this);
    const ActiveAlert *alert = fromSelection ? selectedAlert() : nullptr;
    if (alert) {
        const QString text = matchersText(matchersFor(alert->rule, alert->labels));
        dialog.setMatchers(text.mid(1, text.size() - 2));
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    showActionProblem({});
    Q_EMIT silenceRequested(dialog.matchers(), dialog.durationMs(), dialog.comment());
}

void AlertsPage::showEvidence()
{
    const ActiveAlert *alert = selectedAlert();
    if (!alert)
        return;
    Q_EMIT evidenceRequested(alert->rule, alert->sinceMs - evidenceLeadMs, 0);
}

void AlertsPage::showChart()
{
    const ActiveAlert *alert = selectedAlert();
    if (!alert || alert->labels.value(u"integration"_s).isEmpty())
        return;
    Q_EMIT chartRequested(alert->labels.value(u"integration"_s), alert->sinceMs - evidenceLeadMs, 0);
}

void AlertsPage::showHistoryEvidence(const QModelIndex &index)
{
    const IncidentEvent *event = d->history->event(index.row());
    if (!event || event->rule.isEmpty())
        return;
    const qint64 start = event->incidentStartMs > 0 ? event->incidentStartMs : event->atMs;
    // A resolved incident's window ends a little after it resolved; others run until now.
    qint64 end = 0;
    for (const IncidentEvent &other : std::as_const(d->events)) {
        if (other.rule == event->rule && other.incidentStartMs == event->incidentStartMs
            && other.kind == IncidentEvent::Kind::Resolved && event->incidentStartMs > 0)
            end = other.atMs + 60'000;
    }
    Q_EMIT evidenceRequested(event->rule, start - evidenceLeadMs, end);
}

QString AlertsPage::incidentSummary() const
{
    QList<const ActiveAlert *> alerts;
    if (const ActiveAlert *selected = selectedAlert()) {
        alerts.append(selected);
    } else {
        for (int row = 0; row < d->alerts->rowCount(); ++row)
            alerts.append(d->alerts->alert(row));
    }
    QString text;
    for (const ActiveAlert *alert : std::as_const(alerts)) {
        const QString state = alert->flapping ? tr("flapping")
                              : alert->state == AlertState::Firing ? tr("firing")
                                                                   : tr("pending");
        text += u"## "_s + alert->rule + u" ("_s + severityText(alert->severity).toLower() + u", "_s + state
                + u")\n\n"_s;
        const QString summary = alert->annotations.value(u"summary"_s);
        if (!summary.isEmpty())
            text += summary + u"\n\n"_s;
        text += u"- "_s + tr("Since: %1").arg(utcText(alert->sinceMs)) + u'\n';
        text += u"- "_s + tr("Condition: `%1`").arg(alert->expression) + u'\n';
        const QString value = alertValueText(alert->value, alert->valueKind);
        if (!value.isEmpty())
            text += u"- "_s + tr("Value: %1").arg(value) + u'\n';
        if (alert->labels.contains(u"integration"_s))
            text += u"- "_s + tr("Integration: %1").arg(alert->labels.value(u"integration"_s)) + u'\n';
        if (alert->acknowledgement) {
            const Acknowledgement &ack = *alert->acknowledgement;
            text += u"- "_s
                    + (ack.note.isEmpty() ? tr("Acknowledged by %1 at %2").arg(ack.user, utcText(ack.atMs))
                                          : tr("Acknowledged by %1 at %2: %3").arg(ack.user, utcText(ack.atMs), ack.note))
                    + u'\n';
        }
        if (!alert->silencedBy.isEmpty())
            text += u"- "_s + tr("Silenced (%1)").arg(alert->silencedBy.join(u", "_s)) + u'\n';
        for (auto it = alert->annotations.cbegin(); it != alert->annotations.cend(); ++it) {
            if (it.key() != u"summary")
                text += u"- "_s + it.key() + u": "_s + it.value() + u'\n';
        }
        QStringList timeline;
        for (const IncidentEvent &event : std::as_const(d->events)) {
            if (event.rule != alert->rule || (alert->incidentStartMs && event.incidentStartMs != alert->incidentStartMs))
                continue;
            QString line = u"- "_s + utcText(event.atMs) + u" — "_s + IncidentHistoryModel::kindText(event.kind);
            if (!event.channel.isEmpty())
                line += u" ("_s + event.channel + u')';
            if (!event.user.isEmpty())
                line += u", "_s + event.user;
            if (!event.text.isEmpty())
                line += u": "_s + event.text;
            timeline.prepend(line);
        }
        if (!timeline.isEmpty())
            text += u'\n' + tr("Timeline:") + u"\n\n"_s + timeline.join(u'\n') + u'\n';
        text += escalationText(*alert);
        text += u'\n';
    }
    return text.trimmed() + u'\n';
}

QString AlertsPage::escalationText(const ActiveAlert &alert) const
{
    const QList<AlertRule> &rules = d->rules->rules();
    const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&](const AlertRule &r) { return r.name == alert.rule; });
    if (rule == rules.cend())
        return {};
    QString text;
    for (const VendorSpec &vendor : d->catalog.vendorsConcerned(*rule)) {
        const QList<EscalationStep> steps = vendor.escalationFor(alert.severity);
        text += u'\n' + tr("Escalation to %1:").arg(vendor.name) + u"\n\n"_s;
        if (steps.isEmpty())
            text += u"- "_s + tr("no contact configured for %1").arg(vendor.name) + u'\n';
        for (const EscalationStep &step : steps) {
            QString line = u"- "_s + step.contact;
            if (!step.channel.isEmpty())
                line += u" — "_s + step.channel;
            if (step.respondWithin)
                line += u" — "_s + tr("responds within %1").arg(formatDuration(*step.respondWithin));
            text += line + u'\n';
        }
    }
    return text;
}

void AlertsPage::copySummary()
{
    QApplication::clipboard()->setText(incidentSummary());
}

} // namespace gw
