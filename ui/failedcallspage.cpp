#include "failedcallspage.h"

#include "callformat.h"
#include "callsmodel.h"
#include "evidenceviews.h"
#include "failuresmodel.h"
#include "statuspalette.h"
#include "timeformat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// The time windows offered, in ms back from now; 0: all that is kept.
struct Window
{
    const char *label;
    qint64 spanMs;
};
constexpr Window windows[] = {
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Last 15 minutes"), 15 * 60'000LL},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Last hour"), 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Last 6 hours"), 6 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Last 24 hours"), 24 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Last 7 days"), 7 * 24 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Last 30 days"), 30 * 24 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "All kept"), 0},
};
constexpr int defaultWindow = 3; // 24 hours
constexpr int customWindow = -1; // item data of a window given by showCalls()

struct StatusChoice
{
    const char *label;
    int from;
    int to;
};
constexpr StatusChoice statusChoices[] = {
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "Any status"), 0, 0},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "5xx"), 500, 599},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "4xx"), 400, 499},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "429 Too Many Requests"), 429, 429},
    {QT_TRANSLATE_NOOP("gw::FailedCallsPage", "No response"), 0, 99}, // status 0: none arrived
};

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString msText(double ms)
{
    return FailedCallsPage::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

QString row(const QString &name, const QString &value)
{
    return u"<tr><td style='padding-right:12px; color:palette(mid)'>"_s + name.toHtmlEscaped() + u"</td><td>"_s + value
           + u"</td></tr>"_s;
}

QString code(const QString &text)
{
    return u"<code>"_s + text.toHtmlEscaped() + u"</code>"_s;
}

} // namespace

struct FailedCallsPage::Private
{
    const CallSource *source = nullptr;
    std::function<qint64()> clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    CallsModel *model = nullptr;
    CallFilter custom; // the window showCalls() was given, when it is not one of the presets

    QComboBox *integration = nullptr;
    QLineEdit *target = nullptr;
    QComboBox *failureClass = nullptr;
    QComboBox *status = nullptr;
    QComboBox *window = nullptr;
    QLineEdit *text = nullptr;
    QLabel *count = nullptr;
    QTimer textDelay;
    QTimer refreshTimer; // while the page is visible

    QStackedWidget *stack = nullptr;
    QLabel *emptyLabel = nullptr;
    QTableView *table = nullptr;

    QStackedWidget *detailStack = nullptr;
    QLabel *detailHint = nullptr;
    QLabel *sentence = nullptr;
    QLabel *retryResult = nullptr;
    QPushButton *curl = nullptr;
    QPushButton *summary = nullptr;
    QPushButton *retry = nullptr;
    QPushButton *exportButton = nullptr;
    QTabWidget *tabs = nullptr;
    QTextBrowser *summaryView = nullptr;
    QLabel *requestLine = nullptr;
    QTableWidget *requestHeaders = nullptr;
    QPlainTextEdit *requestBody = nullptr;
    QLabel *responseLine = nullptr;
    QTableWidget *responseHeaders = nullptr;
    QCheckBox *pretty = nullptr;
    QPlainTextEdit *responseBody = nullptr;
    QTextBrowser *timingView = nullptr;
    QTextBrowser *compareView = nullptr;

    std::optional<CallRecord> shown;
    qint64 wantedId = 0; // the call asked for; answers for another are dropped
    bool applying = false;
    bool retryPending = false; // the next result of the shown call's check answers Retry now
};

FailedCallsPage::FailedCallsPage(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(u"failedCallsPage"_s);
    d->model = new CallsModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    buildFilters();

    d->stack = new QStackedWidget(this);
    d->emptyLabel = new QLabel(this);
    d->emptyLabel->setObjectName(u"failedCallsEmpty"_s);
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    d->emptyLabel->setWordWrap(true);
    d->emptyLabel->setText(tr("History is off, so failed calls are not kept."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"failedCallsSplit"_s);
    split->setChildrenCollapsible(false);
    d->table = new QTableView(split);
    d->table->setObjectName(u"failedCallsTable"_s);
    d->table->setModel(d->model);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    d->table->setAlternatingRowColors(true);
    d->table->setShowGrid(false);
    d->table->setWordWrap(false);
    d->table->setTextElideMode(Qt::ElideMiddle);
    d->table->verticalHeader()->setVisible(false);
    d->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(CallsModel::TimeColumn, Qt::DescendingOrder);
    QHeaderView *header = d->table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setStretchLastSection(false);
    const QFontMetrics metrics(font());
    header->resizeSection(CallsModel::TimeColumn, metrics.horizontalAdvance(u"0000-00-00 00:00:00"_s) + 24);
    header->resizeSection(CallsModel::IntegrationColumn, metrics.horizontalAdvance(u"Google Analytics"_s) + 16);
    header->resizeSection(CallsModel::TargetColumn, metrics.horizontalAdvance(u"orders/checkout"_s) + 16);
    header->resizeSection(CallsModel::StatusColumn, metrics.horizontalAdvance(u"none 000"_s) + 16);
    header->resizeSection(CallsModel::FailureClassColumn, metrics.horizontalAdvance(u"Connection failed"_s) + 16);
    header->resizeSection(CallsModel::DurationColumn, metrics.horizontalAdvance(u"10,000 ms"_s) + 16);
    header->resizeSection(CallsModel::RequestColumn,
                          metrics.horizontalAdvance(u"GET https://api.vendor.example/v1/x"_s));
    header->setSectionResizeMode(CallsModel::ReasonColumn, QHeaderView::Stretch);
    split->addWidget(d->table);
    buildDetail();
    split->addWidget(d->detailStack);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    d->stack->addWidget(split);
    d->stack->addWidget(d->emptyLabel);
    layout->addWidget(d->stack, 1);
    d->stack->setCurrentWidget(d->emptyLabel);

    // New calls show up on their own while the page is on screen.
    d->refreshTimer.setInterval(5000);
    connect(&d->refreshTimer, &QTimer::timeout, this, &FailedCallsPage::refresh);
    connect(d->model, &CallsModel::counted, this, &FailedCallsPage::updateCount);
    connect(d->model, &QAbstractItemModel::modelReset, this, &FailedCallsPage::updateCount);
    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailedCallsPage::selectionChanged);
    connect(d->model, &CallsModel::rowsLoaded, this, [this](int first, int last) {
        const int current = d->table->currentIndex().row();
        if (current >= first && current <= last && !d->shown)
            selectionChanged();
    });
    connect(d->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { d->exportButton->setEnabled(d->table->selectionModel()->hasSelection()); });
}

FailedCallsPage::~FailedCallsPage() = default;

void FailedCallsPage::buildFilters()
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    d->integration = new QComboBox(this);
    d->integration->setObjectName(u"callsIntegration"_s);
    d->integration->addItem(tr("All integrations"), QString());
    d->target = new QLineEdit(this);
    d->target->setObjectName(u"callsTarget"_s);
    d->target->setPlaceholderText(tr("Check or route"));
    d->target->setClearButtonEnabled(true);
    d->target->setMaximumWidth(160);
    d->failureClass = new QComboBox(this);
    d->failureClass->setObjectName(u"callsFailureClass"_s);
    d->failureClass->addItem(tr("Any failure"), -1);
    for (int c = int(FailureClass::Dns); c <= int(FailureClass::LocalNetwork); ++c)
        d->failureClass->addItem(FailuresModel::failureClassText(FailureClass(c)), c);
    d->status = new QComboBox(this);
    d->status->setObjectName(u"callsStatus"_s);
    for (const StatusChoice &choice : statusChoices)
        d->status->addItem(tr(choice.label));
    d->window = new QComboBox(this);
    d->window->setObjectName(u"callsWindow"_s);
    for (const Window &window : windows)
        d->window->addItem(tr(window.label), window.spanMs);
    d->window->setCurrentIndex(defaultWindow);
    d->text = new QLineEdit(this);
    d->text->setObjectName(u"callsText"_s);
    d->text->setPlaceholderText(tr("Search URL, reason, request id"));
    d->text->setClearButtonEnabled(true);
    d->count = new QLabel(this);
    d->count->setObjectName(u"callsCount"_s);
    bar->addWidget(d->integration);
    bar->addWidget(d->target);
    bar->addWidget(d->failureClass);
    bar->addWidget(d->status);
    bar->addWidget(d->window);
    bar->addWidget(d->text, 1);
    bar->addWidget(d->count);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);

    d->textDelay.setSingleShot(true);
    d->textDelay.setInterval(250);
    connect(&d->textDelay, &QTimer::timeout, this, &FailedCallsPage::applyFilter);
    connect(d->text, &QLineEdit::textChanged, this, [this] { d->textDelay.start(); });
    connect(d->target, &QLineEdit::textChanged, this, [this] { d->textDelay.start(); });
    for (QComboBox *box : {d->integration, d->failureClass, d->status, d->window})
        connect(box, &QComboBox::currentIndexChanged, this, &FailedCallsPage::applyFilter);
}

void FailedCallsPage::buildDetail()
{
    d->detailStack = new QStackedWidget(this);
    d->detailHint =
        new QLabel(tr("Select a call to see what was sent, what came back and why it failed."), d->detailStack);
    d->detailHint->setObjectName(u"callDetailHint"_s);
    d->detailHint->setAlignment(Qt::AlignCenter);
    d->detailHint->setWordWrap(true);
    d->detailStack->addWidget(d->detailHint);

    auto *detail = new QWidget(d->detailStack);
    detail->setObjectName(u"callDetail"_s);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    d->sentence = new QLabel(detail);
    d->sentence->setObjectName(u"callSentence"_s);
    d->sentence->setWordWrap(true);
    d->sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = d->sentence->font();
    bold.setBold(true);
    d->sentence->setFont(bold);
    top->addWidget(d->sentence, 1);
    d->curl = new QPushButton(tr("Copy as cURL"), detail);
    d->curl->setObjectName(u"copyCurl"_s);
    d->curl->setToolTip(tr("A command that sends the same request; redacted values are environment variables"));
    d->summary = new QPushButton(tr("Copy summary"), detail);
    d->summary->setObjectName(u"copySummary"_s);
    d->summary->setToolTip(tr("A Markdown summary for an incident channel"));
    d->retry = new QPushButton(tr("Retry now"), detail);
    d->retry->setObjectName(u"retryNow"_s);
    d->retry->setToolTip(tr("Runs this check now and shows the result here"));
    d->exportButton = new QPushButton(tr("Export selected…"), detail);
    d->exportButton->setObjectName(u"exportCalls"_s);
    d->exportButton->setEnabled(false);
    for (QPushButton *button : {d->curl, d->summary, d->retry, d->exportButton})
        top->addWidget(button, 0, Qt::AlignTop);
    layout->addLayout(top);
    d->retryResult = new QLabel(detail);
    d->retryResult->setObjectName(u"retryResult"_s);
    d->retryResult->setWordWrap(true);
    d->retryResult->setVisible(false);
    layout->addWidget(d->retryResult);

    d->tabs = new QTabWidget(detail);
    d->tabs->setObjectName(u"callTabs"_s);
    d->tabs->setDocumentMode(true);
    d->summaryView = new QTextBrowser(d->tabs);
    d->summaryView->setObjectName(u"callSummary"_s);
    d->tabs->addTab(d->summaryView, tr("Summary"));

    auto *request = new QWidget(d->tabs);
    auto *requestLayout = new QVBoxLayout(request);
    d->requestLine = new QLabel(request);
    d->requestLine->setObjectName(u"requestLine"_s);
    d->requestLine->setFont(fixedFont());
    d->requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->requestLine->setWordWrap(true);
    d->requestHeaders = headersTable(request, u"requestHeaders"_s);
    d->requestBody = bodyView(request, u"requestBody"_s);
    auto *requestSplit = new QSplitter(Qt::Vertical, request);
    requestSplit->addWidget(d->requestHeaders);
    requestSplit->addWidget(d->requestBody);
    requestLayout->addWidget(d->requestLine);
    requestLayout->addWidget(requestSplit, 1);
    d->tabs->addTab(request, tr("Request"));

    auto *response = new QWidget(d->tabs);
    auto *responseLayout = new QVBoxLayout(response);
    auto *responseTop = new QHBoxLayout;
    d->responseLine = new QLabel(response);
    d->responseLine->setObjectName(u"responseLine"_s);
    d->responseLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->pretty = new QCheckBox(tr("Pretty"), response);
    d->pretty->setObjectName(u"prettyBody"_s);
    d->pretty->setChecked(true);
    d->pretty->setToolTip(tr("Indent JSON and XML; clear to see the body as it arrived"));
    responseTop->addWidget(d->responseLine, 1);
    responseTop->addWidget(d->pretty);
    d->responseHeaders = headersTable(response, u"responseHeaders"_s);
    d->responseBody = bodyView(response, u"responseBody"_s);
    auto *responseSplit = new QSplitter(Qt::Horizontal, response);
    responseSplit->addWidget(d->responseBody);
    responseSplit->addWidget(d->responseHeaders);
    responseSplit->setStretchFactor(0, 3);
    responseSplit->setStretchFactor(1, 2);
    responseLayout->addLayout(responseTop);
    responseLayout->addWidget(responseSplit, 1);
    d->tabs->addTab(response, tr("Response"));

    d->timingView = new QTextBrowser(d->tabs);
    d->timingView->setObjectName(u"callTiming"_s);
    d->tabs->addTab(d->timingView, tr("Timing"));
    d->compareView = new QTextBrowser(d->tabs);
    d->compareView->setObjectName(u"callCompare"_s);
    d->compareView->setFont(fixedFont());
    d->tabs->addTab(d->compareView, tr("Compare"));
    layout->addWidget(d->tabs, 1);
    d->detailStack->addWidget(detail);

    connect(d->pretty, &QCheckBox::toggled, this, &FailedCallsPage::showResponseBody);
    connect(d->curl, &QPushButton::clicked, this, &FailedCallsPage::copyCurl);
    connect(d->summary, &QPushButton::clicked, this, &FailedCallsPage::copySummary);
    connect(d->retry, &QPushButton::clicked, this, &FailedCallsPage::retry);
    connect(d->exportButton, &QPushButton::clicked, this, &FailedCallsPage::chooseExport);
}

void FailedCallsPage::setSource(const CallSource *source)
{
    d->source = source;
    d->stack->setCurrentIndex(source ? 0 : 1);
    d->model->setSource(source);
    applyFilter();
}

void FailedCallsPage::setIntegrations(const QList<QPair<QString, QString>> &integrations)
{
    const QString current = d->integration->currentData().toString();
    d->applying = true;
    d->integration->clear();
    d->integration->addItem(tr("All integrations"), QString());
    QHash<QString, QString> names;
    for (const auto &[id, name] : integrations) {
        d->integration->addItem(name.isEmpty() ? id : name, id);
        names.insert(id, name.isEmpty() ? id : name);
    }
    d->integration->setCurrentIndex(std::max(0, d->integration->findData(current)));
    d->applying = false;
    d->model->setIntegrationNames(names);
}

void FailedCallsPage::showCalls(const CallFilter &filter)
{
    d->applying = true;
    const QString integration = filter.integrations.size() == 1 ? filter.integrations.constFirst() : QString();
    int at = d->integration->findData(integration);
    if (at < 0 && !integration.isEmpty()) {
        d->integration->addItem(integration, integration);
        at = d->integration->count() - 1;
    }
    d->integration->setCurrentIndex(std::max(0, at));
    d->target->setText(filter.checkOrRoute);
    d->failureClass->setCurrentIndex(
        std::max(0, d->failureClass->findData(filter.failureClass ? int(*filter.failureClass) : -1)));
    int status = 0;
    for (int i = 0; i < int(std::size(statusChoices)); ++i) {
        if (statusChoices[i].from == filter.statusFrom && statusChoices[i].to == filter.statusTo)
            status = i;
    }
    d->status->setCurrentIndex(status);
    d->text->setText(filter.text);
    // A window from a chart or a status cell is shown as it is, above the presets.
    if (const int old = d->window->findData(customWindow); old >= 0)
        d->window->removeItem(old);
    if (filter.fromMs > 0) {
        d->custom = filter;
        d->window->insertItem(0, formatWindow(filter.fromMs, filter.toMs > 0 ? filter.toMs : d->clock()), customWindow);
        d->window->setCurrentIndex(0);
    } else {
        d->window->setCurrentIndex(int(std::size(windows)) - 1);
    }
    d->applying = false;
    d->textDelay.stop();
    applyFilter();
}

CallFilter FailedCallsPage::filter() const
{
    return d->model->filter();
}

CallsModel *FailedCallsPage::model() const
{
    return d->model;
}

void FailedCallsPage::refresh()
{
    d->model->refresh();
}

void FailedCallsPage::setClock(std::function<qint64()> clock)
{
    d->clock = std::move(clock);
}

std::optional<CallRecord> FailedCallsPage::shownCall() const
{
    return d->shown;
}

void FailedCallsPage::applyFilter()
{
    if (d->applying)
        return;
    CallFilter filter;
    if (const QString id = d->integration->currentData().toString(); !id.isEmpty())
        filter.integrations = {id};
    filter.checkOrRoute = d->target->text().trimmed();
    if (const int c = d->failureClass->currentData().toInt(); c >= 0)
        filter.failureClass = FailureClass(c);
    const StatusChoice &status = statusChoices[std::max(0, d->status->currentIndex())];
    filter.statusFrom = status.from;
    filter.statusTo = status.to;
    const qint64 span = d->window->currentData().toLongLong();
    if (span == customWindow) {
        filter.fromMs = d->custom.fromMs;
        filter.toMs = d->custom.toMs;
    } else if (span > 0) {
        filter.fromMs = d->clock() - span;
    }
    filter.text = d->text->text().trimmed();
    filter.newestFirst = d->model->filter().newestFirst;
    d->shown.reset();
    d->wantedId = 0;
    d->detailStack->setCurrentIndex(0);
    d->count->setText(tr("Counting…"));
    d->model->setFilter(filter);
}

void FailedCallsPage::updateCount()
{
    const std::optional<qint64> matching = d->model->matching();
    if (!matching)
        return;
    d->count->setText(*matching == 1 ? tr("1 failed call") : tr("%1 failed calls").arg(QLocale().toString(*matching)));
    if (*matching == 0 && d->source)
        d->detailHint->setText(tr("No failed calls match. Widen the time window or clear a filter."));
    else
        d->detailHint->setText(tr("Select a call to see what was sent, what came back and why it failed."));
}

void FailedCallsPage::selectionChanged()
{
    const QModelIndex current = d->table->currentIndex();
    const std::optional<CallSummary> summary = current.isValid() ? d->model->summary(current.row()) : std::nullopt;
    if (!summary || !d->source) {
        if (!current.isValid()) {
            d->shown.reset();
            d->detailStack->setCurrentIndex(0);
        }
        return;
    }
    if (d->shown && d->shown->id == summary->id)
        return;
    d->wantedId = summary->id;
    d->source->call(summary->id).then(this, [this, id = summary->id](const std::optional<CallRecord> &call) {
        if (id != d->wantedId)
            return;
        if (!call) {
            d->detailHint->setText(tr("This call is no longer kept."));
            d->detailStack->setCurrentIndex(0);
            return;
        }
        showCall(*call);
    });
}

void FailedCallsPage::showCall(const CallRecord &call)
{
    d->shown = call;
    d->retryPending = false;
    d->retryResult->setVisible(false);
    d->detailStack->setCurrentIndex(1);
    d->sentence->setText(callSentence(call));
    d->retry->setEnabled(call.origin == CallOrigin::Check);
    d->retry->setToolTip(call.origin == CallOrigin::Check ? tr("Runs this check now and shows the result here")
                                                          : tr("Only Gatewatch's own checks can be retried from here"));

    QString html = u"<table>"_s;
    html += row(tr("When"), timeText(call.timeMs).toHtmlEscaped());
    html += row(tr("Integration"), call.integration.toHtmlEscaped());
    if (call.origin == CallOrigin::Check)
        html += row(tr("Check"), call.check.toHtmlEscaped());
    else
        html += row(tr("Gateway route"), call.checkOrRoute().toHtmlEscaped());
    html += row(tr("Attempt"), QString::number(call.attempt));
    html += row(tr("Result"), call.response ? tr("HTTP %1").arg(call.response->status)
                                            : (call.error.isEmpty() ? tr("No response") : code(call.error)));
    html += row(tr("Failure"), FailuresModel::failureClassText(call.failureClass).toHtmlEscaped());
    if (!call.reason.isEmpty())
        html += row(tr("Reason"), call.reason.toHtmlEscaped());
    for (const FailedCondition &condition : call.failedConditions)
        html += row(tr("Condition"), tr("%1 saw %2").arg(code(condition.condition), code(condition.actual)));
    html += row(tr("Total time"), msText(call.timing.totalMs));
    if (!call.vendorRequestId.isEmpty())
        html += row(tr("Vendor request id"), code(call.vendorRequestId));
    if (!call.gatewayRequestId.isEmpty())
        html += row(tr("Gateway request id"), code(call.gatewayRequestId));
    if (!call.retryDecision.isEmpty())
        html += row(tr("Gateway's retry decision"), code(call.retryDecision));
    if (call.retryAfterMs)
        html += row(tr("Retry-After"), msText(double(*call.retryAfterMs)));
    html += u"</table>"_s;
    d->summaryView->setHtml(html);

    d->requestLine->setText(call.request.method + u' ' + call.request.url);
    fillHeaders(d->requestHeaders, call.request.headers);
    d->requestBody->setPlainText(call.requestBody.isEmpty() ? tr("(no body)") : QString::fromUtf8(call.requestBody));

    if (call.response) {
        d->responseLine->setText(call.response->bodyTruncated
                                     ? tr("HTTP %1 · the body is cut at 64 KiB").arg(call.response->status)
                                     : tr("HTTP %1").arg(call.response->status));
        fillHeaders(d->responseHeaders, call.response->headers);
    } else {
        d->responseLine->setText(call.error.isEmpty() ? tr("No response arrived.")
                                                      : tr("No response arrived: %1.").arg(call.error));
        fillHeaders(d->responseHeaders, {});
    }
    showResponseBody();

    // Timing: each measured phase as a bar on one scale.
    const double total = std::max(call.timing.totalMs + call.timing.queueMs, 0.001);
    const QColor bar = palette().color(QPalette::Highlight);
    QString timing = u"<table width='100%' cellspacing='2'>"_s;
    auto phase = [&](const QString &name, std::optional<double> ms) {
        if (!ms)
            return;
        const int percent = std::clamp(int(*ms * 100 / total), 1, 100);
        timing += u"<tr><td width='22%'>"_s + name.toHtmlEscaped() + u"</td><td width='12%' align='right'>"_s
                  + msText(*ms) + u"</td><td><table width='"_s + QString::number(percent)
                  + u"%' cellspacing='0'><tr><td bgcolor='"_s + bar.name() + u"'>&nbsp;</td></tr></table></td></tr>"_s;
    };
    phase(tr("Waiting for a connection slot"), call.timing.queueMs);
    phase(tr("DNS and connect"), call.timing.connectMs);
    phase(tr("TLS handshake"), call.timing.tlsMs);
    phase(tr("Until the first byte"), call.timing.firstByteMs);
    phase(tr("Total"), call.timing.totalMs);
    timing += u"</table>"_s;
    if (!call.timing.connectMs && !call.timing.tlsMs && call.origin == CallOrigin::Check && call.response)
        timing += u"<p>"_s + tr("The connection was reused, so there was no connect or TLS phase.").toHtmlEscaped()
                  + u"</p>"_s;
    d->timingView->setHtml(timing);

    d->compareView->setHtml(u"<p>"_s + tr("Looking for the last good answer…").toHtmlEscaped() + u"</p>"_s);
    if (call.origin != CallOrigin::Check || !d->source) {
        showComparison(call, std::nullopt);
    } else {
        d->source->lastSuccess(call.integration, call.check, call.timeMs)
            .then(this, [this, call](const std::optional<CallRecord> &good) {
                if (d->shown && d->shown->id == call.id)
                    showComparison(call, good);
            });
    }
    Q_EMIT callShown(call.id);
}

void FailedCallsPage::showComparison(const CallRecord &call, const std::optional<CallRecord> &good)
{
    if (!good) {
        d->compareView->setHtml(
            u"<p>"_s
            + (call.origin == CallOrigin::Check
                   ? tr("No successful answer of this check is kept from before this call, so there is nothing to "
                        "compare with yet.")
                   : tr("Calls the gateway reported have no good answer kept to compare with."))
                  .toHtmlEscaped()
            + u"</p>"_s);
        Q_EMIT comparisonShown(call.id, false);
        return;
    }
    const StatusPalette colours(palette());
    const QString removed = colours.tint(HealthStatus::Down).name();
    const QString added = colours.tint(HealthStatus::Up).name();
    QString html = u"<p style='font-family:sans-serif'>"_s
                   + tr("Compared with the last good answer, at %1: lines marked − were in the good answer, "
                        "lines marked + are new in this one.")
                         .arg(timeText(good->timeMs))
                         .toHtmlEscaped()
                   + u"</p><pre>"_s;
    for (const DiffLine &line : lineDiff(comparableLines(*good), comparableLines(call))) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case DiffLine::Same:
            html += u"  "_s + text + u'\n';
            break;
        case DiffLine::Removed:
            html += u"<span style='background-color:"_s + removed + u"'>− "_s + text + u"</span>\n"_s;
            break;
        case DiffLine::Added:
            html += u"<span style='background-color:"_s + added + u"'>+ "_s + text + u"</span>\n"_s;
            break;
        }
    }
    html += u"</pre>"_s;
    d->compareView->setHtml(html);
    Q_EMIT comparisonShown(call.id, true);
}

void FailedCallsPage::showResponseBody()
{
    if (!d->shown || !d->shown->response) {
        d->responseBody->setPlainText(d->shown ? tr("(no response)") : QString());
        d->pretty->setEnabled(false);
        return;
    }
    const CallResponse &response = *d->shown->response;
    const std::optional<QString> pretty =
        prettyBody(response.bodyExcerpt, headerValue(response.headers, u"Content-Type"));
    d->pretty->setEnabled(pretty.has_value());
    if (response.bodyExcerpt.isEmpty())
        d->responseBody->setPlainText(tr("(empty body)"));
    else
        d->responseBody->setPlainText(pretty && d->pretty->isChecked() ? *pretty : response.bodyExcerpt);
}

void FailedCallsPage::copyCurl()
{
    if (d->shown)
        QGuiApplication::clipboard()->setText(curlCommand(*d->shown));
}

void FailedCallsPage::copySummary()
{
    if (d->shown)
        QGuiApplication::clipboard()->setText(markdownSummary(*d->shown));
}

void FailedCallsPage::retry()
{
    if (!d->shown || d->shown->origin != CallOrigin::Check)
        return;
    d->retry->setEnabled(false);
    d->retryPending = true;
    d->retryResult->setText(tr("Running %1 now…").arg(d->shown->check));
    d->retryResult->setVisible(true);
    Q_EMIT retryRequested(d->shown->integration, d->shown->check);
}

void FailedCallsPage::showRetryResult(const Sample &sample)
{
    if (!d->retryPending || !d->shown || sample.integrationId != d->shown->integration
        || sample.checkId != d->shown->check)
        return;
    d->retryPending = false;
    d->retry->setEnabled(true);
    const QString result = sample.httpStatus > 0 ? tr("HTTP %1").arg(sample.httpStatus) : tr("no response");
    const StatusPalette colours(palette());
    if (sample.verdict == HealthStatus::Up) {
        d->retryResult->setText(
            tr("Retried at %1: it works now (%2 in %3).")
                .arg(QLocale().toString(sample.at.toLocalTime().time()), result, msText(sample.latencyMs)));
    } else {
        d->retryResult->setText(tr("Retried at %1: still failing (%2 in %3): %4")
                                    .arg(QLocale().toString(sample.at.toLocalTime().time()), result,
                                         msText(sample.latencyMs), sample.reason));
    }
    d->retryResult->setStyleSheet(u"QLabel { background: %1; padding: 4px; border-radius: 3px; }"_s.arg(
        colours.tint(sample.verdict == HealthStatus::Up ? HealthStatus::Up : HealthStatus::Down).name()));
    d->retryResult->setVisible(true);
}

void FailedCallsPage::chooseExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export selected calls"), u"failed-calls.json"_s, tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportSelected(path);
}

void FailedCallsPage::exportSelected(const QString &path)
{
    QList<qint64> ids;
    const QModelIndexList rows = d->table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const std::optional<CallSummary> summary = d->model->summary(index.row()))
            ids.append(summary->id);
    }
    if (ids.isEmpty() || !d->source) {
        Q_EMIT exported(path, 0, tr("No loaded calls are selected."));
        return;
    }
    // Collect every record, then write once, in the table's order.
    auto records = std::make_shared<QList<std::optional<CallRecord>>>(ids.size());
    auto remaining = std::make_shared<qsizetype>(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        d->source->call(ids.at(i)).then(
            this, [this, records, remaining, i, path](const std::optional<CallRecord> &call) {
                (*records)[i] = call;
                if (--*remaining > 0)
                    return;
                QList<CallRecord> calls;
                for (const std::optional<CallRecord> &record : std::as_const(*records)) {
                    if (record)
                        calls.append(*record);
                }
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(callsExport(calls)) < 0 || !file.commit()) {
                    Q_EMIT exported(path, 0, tr("Could not write %1: %2").arg(path, file.errorString()));
                    return;
                }
                Q_EMIT exported(path, int(calls.size()), QString());
            });
    }
}

void FailedCallsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->refreshTimer.start();
    refresh();
}

void FailedCallsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    d->refreshTimer.stop();
}

void FailedCallsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && d->shown)
        showCall(*d->shown);
}

} // namespace gw
