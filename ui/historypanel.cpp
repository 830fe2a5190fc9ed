#include "historypanel.h"

#include "charthelpers.h"

#include "axisscale.h"
#include "failuresmodel.h"
#include "historyprovider.h"
#include "overviewmodel.h"
#include "statusdelegate.h"
#include "statuspalette.h"
#include "statusstrip.h"
#include "timechartview.h"
#include "timeformat.h"
#include "whenready.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// Live ranges ask again this often while the panel is visible.
constexpr int liveIntervalMs = 10'000;
// At most ten redraws a second, however fast answers arrive.
constexpr qint64 applyIntervalMs = 100;
// Panning and wheel steps settle for this long before the finer data is asked for.
constexpr int requeryDelayMs = 250;
// Zooming further than this shows single attempts and nothing more.
constexpr qint64 minimumZoomMs = 30'000;
constexpr int failuresLimit = 100;

static_assert(static_cast<int>(FailuresModel::StatusRole) == static_cast<int>(OverviewModel::StatusRole),
              "the failures table reuses the overview's status pill");

qint64 spanOf(HistoryPanel::Range range)
{
    switch (range) {
    case HistoryPanel::Range::Minutes15:
        return 15 * minuteMs;
    case HistoryPanel::Range::Hour:
        return hourMs;
    case HistoryPanel::Range::Hours6:
        return 6 * hourMs;
    case HistoryPanel::Range::Hours24:
        return dayMs;
    case HistoryPanel::Range::Days7:
        return 7 * dayMs;
    case HistoryPanel::Range::Days30:
        return 30 * dayMs;
    case HistoryPanel::Range::Year:
        return 365 * dayMs;
    case HistoryPanel::Range::Custom:
        break;
    }
    return dayMs;
}

QString rangeText(HistoryPanel::Range range)
{
    switch (range) {
    case HistoryPanel::Range::Minutes15:
        return HistoryPanel::tr("Last 15 minutes");
    case HistoryPanel::Range::Hour:
        return HistoryPanel::tr("Last hour");
    case HistoryPanel::Range::Hours6:
        return HistoryPanel::tr("Last 6 hours");
    case HistoryPanel::Range::Hours24:
        return HistoryPanel::tr("Last 24 hours");
    case HistoryPanel::Range::Days7:
        return HistoryPanel::tr("Last 7 days");
    case HistoryPanel::Range::Days30:
        return HistoryPanel::tr("Last 30 days");
    case HistoryPanel::Range::Year:
        return HistoryPanel::tr("Last year");
    case HistoryPanel::Range::Custom:
        break;
    }
    return HistoryPanel::tr("Custom…");
}

QColor failureColour(FailureClass failureClass, bool dark)
{
    switch (failureClass) {
    case FailureClass::HttpStatus:
        return categoricalColour(7, dark);
    case FailureClass::Timeout:
        return categoricalColour(1, dark);
    case FailureClass::Connect:
        return categoricalColour(6, dark);
    case FailureClass::Dns:
        return categoricalColour(2, dark);
    case FailureClass::Tls:
        return categoricalColour(4, dark);
    case FailureClass::Condition:
        return categoricalColour(0, dark);
    case FailureClass::RateLimited:
        return categoricalColour(3, dark);
    case FailureClass::BodyTooLarge:
        return categoricalColour(5, dark);
    case FailureClass::LocalNetwork:
    case FailureClass::None:
        break;
    }
    return categoricalColour(8, dark);
}

// ErrorBucket::byClass and Rollup::failures are indexed by storage code.
FailureClass classOfSlot(int slot)
{
    return failureClassFromStorage(slot).value_or(FailureClass::None);
}

double maxY(const QList<QPointF> &points)
{
    double result = 0;
    for (const QPointF &point : points)
        result = std::max(result, point.y());
    return result;
}

QString msText(double ms)
{
    return HistoryPanel::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

QString percentText(double share)
{
    // Truncated, never rounded up: 99.996 % is not 100 %.
    const double percent = std::floor(share * 10000.0) / 100.0;
    return HistoryPanel::tr("%1 %").arg(QLocale().toString(percent, 'f', percent >= 100.0 ? 0 : 2));
}

QString legendEntry(const QColor &colour, const QString &symbol, const QString &name)
{
    return u"<span style=\"color:%1\">%2</span>&nbsp;%3"_s.arg(colour.name(QColor::HexRgb), symbol,
                                                               name.toHtmlEscaped());
}

// The custom range: two date-time editors, keyboard first.
class RangeDialog final : public QDialog
{
public:
    RangeDialog(qint64 fromMs, qint64 toMs, QWidget *parent) : QDialog(parent)
    {
        setObjectName(u"customRangeDialog"_s);
        setWindowTitle(HistoryPanel::tr("Custom time range"));
        auto *layout = new QFormLayout(this);
        const QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
        m_from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime(), this);
        m_from->setObjectName(u"customFrom"_s);
        m_to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime(), this);
        m_to->setObjectName(u"customTo"_s);
        for (QDateTimeEdit *edit : {m_from, m_to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(format);
        }
        layout->addRow(HistoryPanel::tr("&From:"), m_from);
        layout->addRow(HistoryPanel::tr("&To:"), m_to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        const auto validate = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(m_from->dateTime() < m_to->dateTime());
        };
        connect(m_from, &QDateTimeEdit::dateTimeChanged, this, validate);
        connect(m_to, &QDateTimeEdit::dateTimeChanged, this, validate);
        validate();
    }

    qint64 fromMs() const { return m_from->dateTime().toMSecsSinceEpoch(); }
    qint64 toMs() const { return m_to->dateTime().toMSecsSinceEpoch(); }

private:
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
};

struct ChartSection
{
    QWidget *holder = nullptr;
    QLabel *legend = nullptr;
    TimeChartView *view = nullptr;
    bool visible = false;
};

} // namespace

struct HistoryPanel::Private
{
    enum class Status { NoSubject, Off, Loading, Ready, Empty, Failed };

    HistoryProvider *provider = nullptr;
    QString integrationId;
    QString checkId;
    QString displayName;
    QString vendorId;
    QString vendorName;
    QHash<QString, QString> checkNames;
    Range range = Range::Hours24;
    qint64 customFromMs = 0;
    qint64 customToMs = 0;
    std::optional<std::pair<qint64, qint64>> zoom;
    std::function<qint64()> clock;

    bool lastFailed = false;
    QString lastProblem; // why the last chart could not be read, when its source said
    quint64 chartGeneration = 0;
    quint64 failuresGeneration = 0;
    std::optional<ChartData> pending;
    std::optional<ChartData> shown;
    QElapsedTimer sinceApply;
    qint64 updatedAtMs = 0;
    std::optional<std::pair<qint64, qint64>> selection;

    QTimer applyTimer;
    QTimer liveTimer;
    QTimer requeryTimer;

    QWidget *header = nullptr;
    QLabel *title = nullptr;
    QComboBox *picker = nullptr;
    int pickerIndex = 0;
    QPushButton *resetButton = nullptr;
    QToolButton *refreshButton = nullptr;
    QWidget *summaryRow = nullptr;
    QLabel *summary = nullptr;
    QLabel *vendorNote = nullptr;
    QLabel *updated = nullptr;

    QStackedWidget *stack = nullptr;
    QWidget *messagePage = nullptr;
    QLabel *messageTitle = nullptr;
    QLabel *messageText = nullptr;
    QScrollArea *scroll = nullptr;

    StatusStrip *strip = nullptr;
    ChartSection latency;
    ChartSection errors;
    ChartSection quota;
    ChartSection tls;
    QLineSeries *p50 = nullptr;
    QLineSeries *p95 = nullptr;
    QColor rawColour;
    std::array<QAreaSeries *, Rollup::failureCount> errorAreas{};
    QList<QLineSeries *> quotaLines;
    QStringList quotaPolicies;
    bool quotaPercent = false;
    QLineSeries *tlsLine = nullptr;

    QSplitter *split = nullptr;
    QWidget *failuresBox = nullptr;
    QLabel *failuresTitle = nullptr;
    QTableView *failuresTable = nullptr;
    FailuresModel *failures = nullptr;
    QSortFilterProxyModel *failuresProxy = nullptr;

    Status status() const
    {
        if (!provider)
            return Status::Off;
        if (integrationId.isEmpty())
            return Status::NoSubject;
        if (!shown)
            return lastFailed ? Status::Failed : Status::Loading;
        const bool anything = shown->total.total() > 0 || !shown->latencyP50.isEmpty()
                              || std::any_of(shown->timeline.cbegin(), shown->timeline.cend(),
                                             [](const TimelineCell &cell) { return cell.attempts > 0; });
        return anything ? Status::Ready : Status::Empty;
    }

    QList<TimeChartView *> views() const { return {latency.view, errors.view, quota.view, tls.view}; }
};

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(u"historyPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    buildHeader();
    layout->addWidget(d->header);
    layout->addWidget(d->summaryRow);

    d->stack = new QStackedWidget(this);
    d->stack->setObjectName(u"historyStack"_s);
    d->messagePage = new QWidget(d->stack);
    d->messagePage->setObjectName(u"historyMessagePage"_s);
    auto *messageLayout = new QVBoxLayout(d->messagePage);
    messageLayout->setContentsMargins(24, 16, 24, 16);
    messageLayout->addStretch(1);
    d->messageTitle = new QLabel(d->messagePage);
    d->messageTitle->setObjectName(u"historyMessageTitle"_s);
    d->messageTitle->setAlignment(Qt::AlignHCenter);
    d->messageTitle->setWordWrap(true);
    QFont titleFont = d->messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    d->messageTitle->setFont(titleFont);
    messageLayout->addWidget(d->messageTitle);
    d->messageText = new QLabel(d->messagePage);
    d->messageText->setObjectName(u"historyMessageText"_s);
    d->messageText->setAlignment(Qt::AlignHCenter);
    d->messageText->setWordWrap(true);
    d->messageText->setForegroundRole(QPalette::PlaceholderText);
    // A readable column: the text wraps within the middle of the panel.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(d->messageText, 4);
    textRow->addStretch(1);
    messageLayout->addLayout(textRow);
    messageLayout->addStretch(2);
    d->stack->addWidget(d->messagePage);

    buildCharts();
    d->stack->addWidget(d->scroll);
    buildFailures();
    // The charts on top, the failed attempts of a selected window below, in proportions the
    // user can change.
    d->split = new QSplitter(Qt::Vertical, this);
    d->split->setObjectName(u"historySplitter"_s);
    d->split->setChildrenCollapsible(false);
    d->split->addWidget(d->stack);
    d->split->addWidget(d->failuresBox);
    d->split->setStretchFactor(0, 3);
    d->split->setStretchFactor(1, 2);
    layout->addWidget(d->split, 1);

    d->clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    d->applyTimer.setSingleShot(true);
    connect(&d->applyTimer, &QTimer::timeout, this, &HistoryPanel::applyPending);
    d->liveTimer.setInterval(liveIntervalMs);
    connect(&d->liveTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            requestChart();
    });
    d->requeryTimer.setSingleShot(true);
    d->requeryTimer.setInterval(requeryDelayMs);
    connect(&d->requeryTimer, &QTimer::timeout, this, &HistoryPanel::requestChart);

    auto *resetShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    resetShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(resetShortcut, &QShortcut::activated, this, [this] {
        if (d->selection)
            clearSelection();
        else
            resetZoom();
    });

    updateInsets();
    applyColours();
    updateState();
}

HistoryPanel::~HistoryPanel()
{
    // The child widgets outlive d; nothing they emit on their way out may reach it.
    for (TimeChartView *view : d->views()) {
        disconnect(view, nullptr, this, nullptr);
        disconnect(view->chart(), nullptr, this, nullptr);
    }
    disconnect(d->strip, nullptr, this, nullptr);
}

void HistoryPanel::buildHeader()
{
    d->header = new QWidget(this);
    d->header->setObjectName(u"historyHeader"_s);
    auto *row = new QHBoxLayout(d->header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    d->title = new QLabel(d->header);
    d->title->setObjectName(u"historyTitle"_s);
    QFont bold = d->title->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    bold.setBold(true);
    d->title->setFont(bold);
    d->title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(d->title, 1);

    auto *rangeLabel = new QLabel(tr("&Range:"), d->header);
    d->picker = new QComboBox(d->header);
    d->picker->setObjectName(u"historyRange"_s);
    d->picker->setAccessibleName(tr("Time range"));
    for (Range range : {Range::Minutes15, Range::Hour, Range::Hours6, Range::Hours24, Range::Days7, Range::Days30,
                        Range::Year, Range::Custom})
        d->picker->addItem(rangeText(range), QVariant::fromValue(range));
    d->picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    d->pickerIndex = static_cast<int>(Range::Hours24);
    d->picker->setCurrentIndex(d->pickerIndex);
    rangeLabel->setBuddy(d->picker);
    row->addWidget(rangeLabel);
    row->addWidget(d->picker);

    d->resetButton = new QPushButton(tr("Reset &zoom"), d->header);
    d->resetButton->setObjectName(u"historyReset"_s);
    d->resetButton->setToolTip(tr("Back to the picked range (Esc, or double-click a chart)"));
    d->resetButton->setEnabled(false);
    row->addWidget(d->resetButton);

    d->refreshButton = new QToolButton(d->header);
    d->refreshButton->setObjectName(u"historyRefresh"_s);
    d->refreshButton->setText(tr("Refresh"));
    d->refreshButton->setToolTip(tr("Ask the history again now (F5)"));
    d->refreshButton->setShortcut(QKeySequence(Qt::Key_F5));
    row->addWidget(d->refreshButton);

    connect(d->picker, &QComboBox::activated, this, &HistoryPanel::handlePickerChanged);
    connect(d->resetButton, &QPushButton::clicked, this, &HistoryPanel::resetZoom);
    connect(d->refreshButton, &QToolButton::clicked, this, &HistoryPanel::refresh);

    d->summaryRow = new QWidget(this);
    auto *summaryLayout = new QHBoxLayout(d->summaryRow);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->setSpacing(12);
    d->summary = new QLabel(d->summaryRow);
    d->summary->setObjectName(u"historySummary"_s);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    summaryLayout->addWidget(d->summary, 1);
    // Says that the bands on the charts are the vendor's, and how many; the tooltip names them.
    d->vendorNote = new QLabel(d->summaryRow);
    d->vendorNote->setObjectName(u"historyVendorNote"_s);
    d->vendorNote->setTextFormat(Qt::RichText);
    d->vendorNote->setTextInteractionFlags(Qt::NoTextInteraction);
    d->vendorNote->setForegroundRole(QPalette::PlaceholderText);
    d->vendorNote->setVisible(false);
    summaryLayout->addWidget(d->vendorNote);
    d->updated = new QLabel(d->summaryRow);
    d->updated->setObjectName(u"historyUpdated"_s);
    d->updated->setForegroundRole(QPalette::PlaceholderText);
    d->updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for the longest text, so the summary does not shift every ten seconds.
    d->updated->setMinimumWidth(
        d->updated->fontMetrics().horizontalAdvance(tr("Live · updated %1").arg(u"88:88:88 AM"_s)) + 8);
    summaryLayout->addWidget(d->updated);
    // One line, always the same height, whether it says something yet or not.
    d->summaryRow->setFixedHeight(d->summary->fontMetrics().lineSpacing() + 4);
}

void HistoryPanel::buildCharts()
{
    d->scroll = new QScrollArea(d->stack);
    d->scroll->setObjectName(u"historyCharts"_s);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    d->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(d->scroll);
    page->setObjectName(u"historyChartsPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    d->strip = new StatusStrip(page);
    layout->addWidget(d->strip);

    const auto section = [&](ChartSection &s, const QString &name, int minimumHeight, int stretch) {
        s.holder = new QWidget(page);
        s.holder->setObjectName(name + u"Section"_s);
        auto *box = new QVBoxLayout(s.holder);
        box->setContentsMargins(0, 6, 0, 0);
        box->setSpacing(0);
        s.legend = new QLabel(s.holder);
        s.legend->setObjectName(name + u"Legend"_s);
        s.legend->setTextFormat(Qt::RichText);
        s.legend->setTextInteractionFlags(Qt::NoTextInteraction);
        box->addWidget(s.legend);
        s.view = new TimeChartView(name + u"Chart"_s, s.holder);
        s.view->setMinimumHeight(minimumHeight);
        s.view->chart()->legend()->hide();
        box->addWidget(s.view, 1);
        s.holder->setVisible(false);
        layout->addWidget(s.holder, stretch);
    };
    section(d->latency, u"latency"_s, 170, 3);
    section(d->errors, u"errors"_s, 120, 2);
    section(d->quota, u"quota"_s, 120, 2);
    section(d->tls, u"tls"_s, 100, 1);
    layout->addStretch(0);

    d->p95 = new QLineSeries(d->latency.view->chart());
    d->p95->setName(tr("p95"));
    d->p50 = new QLineSeries(d->latency.view->chart());
    d->p50->setName(tr("p50 (median)"));
    d->latency.view->addSeries(d->p95);
    d->latency.view->addSeries(d->p50);

    for (int c = 1; c < Rollup::failureCount; ++c) {
        auto *area = new QAreaSeries(d->errors.view->chart());
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(FailuresModel::failureClassText(classOfSlot(c)));
        area->setVisible(false);
        d->errors.view->addSeries(area);
        d->errorAreas[static_cast<std::size_t>(c)] = area;
    }

    d->tlsLine = new QLineSeries(d->tls.view->chart());
    d->tlsLine->setName(tr("days left"));
    d->tls.view->addSeries(d->tlsLine);

    for (TimeChartView *view : d->views()) {
        connect(view, &TimeChartView::zoomRequested, this, &HistoryPanel::zoomTo);
        connect(view, &TimeChartView::panRequested, this, &HistoryPanel::pan);
        connect(view, &TimeChartView::panFinished, this, [this] { d->requeryTimer.start(); });
        connect(view, &TimeChartView::resetRequested, this, &HistoryPanel::resetZoom);
        connect(view, &TimeChartView::hovered, this, [this](qint64 at) { setCrosshair(at); });
        connect(view, &TimeChartView::hoverLeft, this, [this] { setCrosshair(std::nullopt); });
        connect(view->chart(), &QChart::plotAreaChanged, this, &HistoryPanel::updateInsets);
    }
    connect(d->strip, &StatusStrip::cellClicked, this, &HistoryPanel::selectWindow);
    connect(d->strip, &StatusStrip::hovered, this, [this](qint64 at) { setCrosshair(at); });
    connect(d->strip, &StatusStrip::hoverLeft, this, [this] { setCrosshair(std::nullopt); });
    connect(d->latency.view, &TimeChartView::clicked, this, &HistoryPanel::selectAround);
    connect(d->quota.view, &TimeChartView::clicked, this, &HistoryPanel::selectAround);
    connect(d->tls.view, &TimeChartView::clicked, this, &HistoryPanel::selectAround);
    connect(d->errors.view, &TimeChartView::clicked, this, &HistoryPanel::selectErrorBucket);

    d->latency.view->setHoverProvider([this](qint64 at) {
        QList<TimeChartView::HoverLine> lines;
        if (!d->shown)
            return lines;
        const auto add = [&](const QList<QPointF> &points, const QColor &colour, const QString &label) {
            const qsizetype i = nearestPoint(points, static_cast<double>(at));
            if (i >= 0)
                lines.append({colour, tr("%1: %2").arg(label, msText(points.at(i).y())), points.at(i)});
        };
        add(d->shown->latencyP95, d->p95->color(), tr("p95"));
        add(d->shown->latencyP50, d->p50->color(), tr("p50"));
        if (d->latency.view->dotCount() > 0) {
            const qsizetype i = nearestPoint(d->shown->latencyRaw, static_cast<double>(at));
            const double tolerance = static_cast<double>(d->latency.view->toMs() - d->latency.view->fromMs()) / 100.0;
            if (i >= 0 && std::abs(d->shown->latencyRaw.at(i).x() - static_cast<double>(at)) <= tolerance)
                lines.append({d->p50->color(),
                              tr("attempt at %1: %2")
                                  .arg(formatInstant(static_cast<qint64>(d->shown->latencyRaw.at(i).x()), 0),
                                       msText(d->shown->latencyRaw.at(i).y())),
                              d->shown->latencyRaw.at(i)});
        }
        return lines;
    });
    d->errors.view->setHoverProvider([this](qint64 at) {
        QList<TimeChartView::HoverLine> lines;
        if (!d->shown)
            return lines;
        const auto it = std::find_if(d->shown->errors.cbegin(), d->shown->errors.cend(),
                                     [at](const ErrorBucket &b) { return at >= b.startMs && at < b.endMs; });
        if (it == d->shown->errors.cend())
            return lines;
        quint32 failed = 0;
        for (quint32 n : it->byClass)
            failed += n;
        const QLocale locale;
        lines.append({QColor(),
                      tr("%1 of %2 attempts failed").arg(locale.toString(failed), locale.toString(it->attempts)),
                      std::nullopt});
        for (int c = 1; c < Rollup::failureCount; ++c) {
            const quint32 n = it->byClass.at(static_cast<std::size_t>(c));
            if (n > 0)
                lines.append({d->errorAreas.at(static_cast<std::size_t>(c))->color(),
                              tr("%1: %2").arg(FailuresModel::failureClassText(classOfSlot(c)), locale.toString(n)),
                              std::nullopt});
        }
        return lines;
    });
    d->quota.view->setHoverProvider([this](qint64 at) {
        QList<TimeChartView::HoverLine> lines;
        if (!d->shown)
            return lines;
        const QLocale locale;
        for (qsizetype p = 0; p < d->quotaPolicies.size() && p < d->quotaLines.size(); ++p) {
            const QList<QuotaPoint> points = d->shown->quotas.value(d->quotaPolicies.at(p));
            if (points.isEmpty())
                continue;
            const auto it = std::lower_bound(points.cbegin(), points.cend(), at,
                                             [](const QuotaPoint &q, qint64 value) { return q.atMs < value; });
            const QuotaPoint &q = it == points.cend() ? points.constLast() : *it;
            const QString amount =
                q.limit
                    ? tr("%1 of %2 left").arg(locale.toString(q.remaining, 'f', 0), locale.toString(*q.limit, 'f', 0))
                    : tr("%1 left").arg(locale.toString(q.remaining, 'f', 0));
            const double y = d->quotaPercent && q.limit && *q.limit > 0 ? q.remaining / *q.limit * 100.0 : q.remaining;
            lines.append({d->quotaLines.at(p)->color(), tr("%1: %2").arg(d->quotaPolicies.at(p), amount),
                          QPointF(static_cast<double>(q.atMs), y)});
        }
        return lines;
    });
    d->tls.view->setHoverProvider([this](qint64 at) {
        QList<TimeChartView::HoverLine> lines;
        if (!d->shown)
            return lines;
        const qsizetype i = nearestPoint(d->shown->tlsDaysLeft, static_cast<double>(at));
        if (i >= 0)
            lines.append({d->tlsLine->color(),
                          tr("%1 days until the certificate expires")
                              .arg(QLocale().toString(d->shown->tlsDaysLeft.at(i).y(), 'f', 0)),
                          d->shown->tlsDaysLeft.at(i)});
        return lines;
    });

    d->scroll->setWidget(page);
}

void HistoryPanel::buildFailures()
{
    d->failuresBox = new QWidget(this);
    d->failuresBox->setObjectName(u"failuresBox"_s);
    auto *layout = new QVBoxLayout(d->failuresBox);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    d->failuresTitle = new QLabel(d->failuresBox);
    d->failuresTitle->setObjectName(u"failuresTitle"_s);
    QFont bold = d->failuresTitle->font();
    bold.setBold(true);
    d->failuresTitle->setFont(bold);
    row->addWidget(d->failuresTitle, 1);
    auto *close = new QToolButton(d->failuresBox);
    close->setObjectName(u"failuresClose"_s);
    close->setText(tr("Close"));
    close->setToolTip(tr("Clear the selected window (Esc)"));
    close->setAutoRaise(true);
    row->addWidget(close);
    layout->addLayout(row);

    d->failures = new FailuresModel(this);
    d->failuresProxy = new QSortFilterProxyModel(this);
    d->failuresProxy->setSourceModel(d->failures);
    d->failuresProxy->setSortRole(FailuresModel::RawValueRole);
    d->failuresTable = new QTableView(d->failuresBox);
    d->failuresTable->setObjectName(u"failuresTable"_s);
    d->failuresTable->setModel(d->failuresProxy);
    d->failuresTable->setItemDelegateForColumn(FailuresModel::StateColumn, new StatusDelegate(d->failuresTable));
    d->failuresTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->failuresTable->setSelectionMode(QAbstractItemView::SingleSelection);
    d->failuresTable->setAlternatingRowColors(true);
    d->failuresTable->setShowGrid(false);
    d->failuresTable->setWordWrap(false);
    d->failuresTable->setTextElideMode(Qt::ElideRight);
    d->failuresTable->verticalHeader()->setVisible(false);
    const int rowHeight = d->failuresTable->fontMetrics().height() + 10;
    d->failuresTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    d->failuresTable->setSortingEnabled(true);
    d->failuresTable->sortByColumn(FailuresModel::TimeColumn, Qt::DescendingOrder);
    QHeaderView *header = d->failuresTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    for (int column = 0; column < FailuresModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FailuresModel::ReasonColumn, QHeaderView::Stretch);
    // A short list: a few rows at least, then it scrolls.
    d->failuresTable->setMinimumHeight(header->sizeHint().height() + rowHeight * 3 + 4);
    layout->addWidget(d->failuresTable, 1);
    d->failuresBox->setVisible(false);

    connect(close, &QToolButton::clicked, this, &HistoryPanel::clearSelection);
}

void HistoryPanel::setProvider(HistoryProvider *provider)
{
    if (provider == d->provider)
        return;
    d->provider = provider;
    d->shown.reset();
    d->pending.reset();
    d->lastFailed = false;
    ++d->chartGeneration;
    clearSelection();
    for (TimeChartView *view : d->views())
        view->setAnnotations({});
    requestChart();
    updateState();
}

void HistoryPanel::setSubject(const QString &integrationId, const QString &checkId, const QString &displayName,
                              const QString &vendorId, const QString &vendorName)
{
    if (integrationId == d->integrationId && checkId == d->checkId) {
        if (vendorId != d->vendorId) {
            // Another vendor's notices (or none) for the same charts: the old bands go at once.
            d->vendorId = vendorId;
            d->vendorName = vendorName;
            d->displayName = displayName;
            if (d->shown)
                d->shown->annotations.clear();
            for (TimeChartView *view : d->views())
                view->setAnnotations({});
            requestChart();
        } else if (displayName != d->displayName || vendorName != d->vendorName) {
            d->displayName = displayName;
            d->vendorName = vendorName;
            updateHeader();
            updateState();
        }
        return;
    }
    d->integrationId = integrationId;
    d->checkId = checkId;
    d->displayName = displayName;
    d->vendorId = vendorId;
    d->vendorName = vendorName;
    for (TimeChartView *view : d->views())
        view->setAnnotations({});
    d->shown.reset();
    d->pending.reset();
    d->lastFailed = false;
    d->zoom.reset();
    ++d->chartGeneration;
    clearSelection();
    d->failuresTable->setColumnHidden(FailuresModel::CheckColumn, !checkId.isEmpty());
    requestChart();
    updateState();
}

void HistoryPanel::setCheckNames(const QHash<QString, QString> &namesByCheckId)
{
    d->checkNames = namesByCheckId;
    d->failures->setCheckNames(namesByCheckId);
}

HistoryPanel::Range HistoryPanel::range() const
{
    return d->range;
}

void HistoryPanel::setRange(Range range)
{
    if (range == Range::Custom) {
        const HistoryQuery current = currentQuery();
        setCustomRange(current.fromMs, current.toMs);
        return;
    }
    d->range = range;
    d->zoom.reset();
    d->pickerIndex = static_cast<int>(range);
    d->picker->setCurrentIndex(d->pickerIndex);
    clearSelection();
    requestChart();
}

void HistoryPanel::setCustomRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    d->range = Range::Custom;
    d->customFromMs = fromMs;
    d->customToMs = toMs;
    d->zoom.reset();
    d->pickerIndex = static_cast<int>(Range::Custom);
    d->picker->setCurrentIndex(d->pickerIndex);
    clearSelection();
    requestChart();
}

void HistoryPanel::setClock(std::function<qint64()> clock)
{
    d->clock = std::move(clock);
}

qint64 HistoryPanel::now() const
{
    return d->clock();
}

void HistoryPanel::refresh()
{
    requestChart();
}

void HistoryPanel::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < minimumZoomMs) {
        const qint64 middle = fromMs + (toMs - fromMs) / 2;
        fromMs = middle - minimumZoomMs / 2;
        toMs = fromMs + minimumZoomMs;
    }
    d->zoom = std::pair(fromMs, toMs);
    applyRange(fromMs, toMs);
    requestChart();
}

void HistoryPanel::pan(qint64 fromMs, qint64 toMs)
{
    // Not into the future: nothing is there yet.
    const qint64 latest = std::max(now(), d->zoom ? d->zoom->second : now());
    if (toMs > latest) {
        fromMs -= toMs - latest;
        toMs = latest;
    }
    d->zoom = std::pair(fromMs, toMs);
    applyRange(fromMs, toMs);
    updateHeader();
    updateLiveTimer();
}

void HistoryPanel::resetZoom()
{
    const bool wasZoomed = d->zoom.has_value();
    d->zoom.reset();
    clearSelection();
    if (wasZoomed)
        requestChart();
}

bool HistoryPanel::isZoomed() const
{
    return d->zoom.has_value();
}

HistoryQuery HistoryPanel::currentQuery() const
{
    HistoryQuery query;
    query.integrationId = d->integrationId;
    query.checkId = d->checkId;
    query.vendorId = d->vendorId;
    // About one latency point per three pixels across: a percentile per bucket of a few
    // minutes reads as a line, where one per minute over a day is noise.
    query.maxPoints = std::clamp(width() / 3, 120, 2000);
    if (d->zoom) {
        query.fromMs = d->zoom->first;
        query.toMs = d->zoom->second;
    } else if (d->range == Range::Custom) {
        query.fromMs = d->customFromMs;
        query.toMs = d->customToMs;
    } else {
        // Aligned to whole cells, so a live refresh moves the strip by whole cells and the rest
        // of the picture stays put.
        const qint64 span = spanOf(d->range);
        const qint64 cell = std::max<qint64>(1000, span / query.maxCells);
        query.toMs = (now() / cell + 1) * cell;
        query.fromMs = query.toMs - span;
    }
    return query;
}

std::optional<HistoryQuery> HistoryPanel::shownQuery() const
{
    return d->shown ? std::optional<HistoryQuery>(d->shown->query) : std::nullopt;
}

void HistoryPanel::requestChart()
{
    d->requeryTimer.stop();
    updateLiveTimer();
    updateHeader();
    if (!d->provider || d->integrationId.isEmpty()) {
        updateState();
        return;
    }
    const HistoryQuery query = currentQuery();
    const quint64 generation = ++d->chartGeneration;
    d->pending.reset(); // an answer waiting to be drawn is superseded too
    if (!d->shown || d->shown->query.integrationId != query.integrationId || d->shown->query.checkId != query.checkId)
        applyRange(query.fromMs, query.toMs);
    whenReady(d->provider->chart(query), this,
              [this, generation](const std::optional<ChartData> &data) { handleChart(generation, data); });
    updateState();
}

void HistoryPanel::handleChart(quint64 generation, const std::optional<ChartData> &data)
{
    if (generation != d->chartGeneration)
        return; // a newer question is on its way
    // The source could not answer (Prometheus unreachable, a refused query): said as such, and
    // the chart last shown stays, never drawn as a gap in the integration's history.
    if (!data || !data->problem.isEmpty()) {
        d->lastFailed = true;
        d->lastProblem = data ? data->problem : QString();
        updateState();
        updateHeader();
        return;
    }
    d->lastFailed = false;
    d->lastProblem.clear();
    d->updatedAtMs = now();
    d->pending = *data;
    scheduleApply();
}

void HistoryPanel::scheduleApply()
{
    if (d->applyTimer.isActive())
        return;
    const qint64 since = d->sinceApply.isValid() ? d->sinceApply.elapsed() : applyIntervalMs;
    d->applyTimer.start(static_cast<int>(std::max<qint64>(0, applyIntervalMs - since)));
}

void HistoryPanel::applyPending()
{
    if (!d->pending)
        return;
    ChartData data = std::move(*d->pending);
    d->pending.reset();
    showChartData(data);
}

void HistoryPanel::showChartData(const ChartData &data)
{
    d->sinceApply.start();
    // Charts that showed something stay while the same view refreshes, so a quiet minute does
    // not make the page jump; a new subject or range starts from what it has.
    const bool sameView = d->shown && d->shown->query.integrationId == data.query.integrationId
                          && d->shown->query.checkId == data.query.checkId
                          && d->shown->query.toMs - d->shown->query.fromMs == data.query.toMs - data.query.fromMs;
    d->shown = data;
    d->lastFailed = false;
    const auto show = [&](ChartSection &section, bool hasData) {
        section.visible = hasData || (sameView && section.visible);
        section.holder->setVisible(section.visible);
    };

    d->strip->setCells(data.timeline);

    // Latency: one replace() per series, the raw attempts only when they are what was read.
    d->p50->replace(data.latencyP50);
    d->p95->replace(data.latencyP95);
    const bool raw = data.resolution == Resolution::Raw && !data.latencyRaw.isEmpty();
    d->latency.view->setDots(raw ? data.latencyRaw : QList<QPointF>(), d->rawColour);
    d->p50->setVisible(!data.latencyP50.isEmpty());
    d->p95->setVisible(!data.latencyP95.isEmpty());
    const double latencyTop =
        std::max({maxY(data.latencyP50), maxY(data.latencyP95), raw ? maxY(data.latencyRaw) : 0.0});
    d->latency.view->setValueScale(niceScale(latencyTop > 0 ? latencyTop : 1), tr("ms", "unit: milliseconds"));
    show(d->latency, !data.latencyP50.isEmpty() || !data.latencyP95.isEmpty() || raw);

    // Errors: each class stacked on the ones before it, as a share of the bucket's attempts.
    std::array<bool, Rollup::failureCount> present{};
    for (const ErrorBucket &bucket : data.errors) {
        for (int c = 1; c < Rollup::failureCount; ++c)
            present[static_cast<std::size_t>(c)] =
                present[static_cast<std::size_t>(c)] || bucket.byClass.at(static_cast<std::size_t>(c)) > 0;
    }
    QList<double> below(data.errors.size(), 0.0);
    double errorTop = 0;
    bool anyErrors = false;
    for (int c = 1; c < Rollup::failureCount; ++c) {
        QAreaSeries *area = d->errorAreas.at(static_cast<std::size_t>(c));
        if (!present.at(static_cast<std::size_t>(c))) {
            if (area->isVisible()) {
                area->upperSeries()->clear();
                area->lowerSeries()->clear();
                area->setVisible(false);
            }
            continue;
        }
        anyErrors = true;
        QList<QPointF> upper;
        QList<QPointF> lower;
        upper.reserve(data.errors.size() * 2);
        lower.reserve(data.errors.size() * 2);
        for (qsizetype i = 0; i < data.errors.size(); ++i) {
            const ErrorBucket &bucket = data.errors.at(i);
            const double share = bucket.attempts > 0 ? 100.0 * bucket.byClass.at(static_cast<std::size_t>(c))
                                                           / static_cast<double>(bucket.attempts)
                                                     : 0.0;
            const double base = below.at(i);
            // Steps, so a bucket reads as the span it covers.
            lower.append(QPointF(static_cast<double>(bucket.startMs), base));
            lower.append(QPointF(static_cast<double>(bucket.endMs), base));
            upper.append(QPointF(static_cast<double>(bucket.startMs), base + share));
            upper.append(QPointF(static_cast<double>(bucket.endMs), base + share));
            below[i] = base + share;
            errorTop = std::max(errorTop, base + share);
        }
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(lower);
        area->setVisible(true);
    }
    d->errors.view->setValueScale(errorTop > 50 ? AxisScale{100, 25, 5, 0} : niceScale(std::max(errorTop, 1.0)),
                                  tr("%", "unit: percent"));
    show(d->errors, anyErrors);

    // Quotas: as a share of the limit when every policy has one, else in units.
    QStringList policies = data.quotas.keys();
    policies.sort(Qt::CaseInsensitive);
    bool allLimited = !policies.isEmpty();
    for (const QString &policy : std::as_const(policies)) {
        for (const QuotaPoint &point : data.quotas.value(policy))
            allLimited = allLimited && point.limit && *point.limit > 0;
    }
    d->quotaPercent = allLimited;
    d->quotaPolicies = policies;
    double quotaTop = 0;
    while (d->quotaLines.size() < policies.size()) {
        auto *line = new QLineSeries(d->quota.view->chart());
        line->setPen(
            QPen(categoricalColour(static_cast<int>(d->quotaLines.size()), StatusPalette(palette()).isDark()), 1.0));
        d->quota.view->addSeries(line);
        d->quotaLines.append(line);
    }
    for (qsizetype p = 0; p < d->quotaLines.size(); ++p) {
        QLineSeries *line = d->quotaLines.at(p);
        if (p >= policies.size()) {
            if (line->isVisible()) {
                line->clear();
                line->setVisible(false);
            }
            continue;
        }
        const QList<QuotaPoint> readings = data.quotas.value(policies.at(p));
        QList<QPointF> points;
        points.reserve(readings.size());
        for (const QuotaPoint &reading : readings) {
            const double y = allLimited ? reading.remaining / *reading.limit * 100.0 : reading.remaining;
            points.append(QPointF(static_cast<double>(reading.atMs), y));
            quotaTop = std::max(quotaTop, y);
        }
        line->setName(policies.at(p));
        line->replace(points);
        line->setVisible(!points.isEmpty());
    }
    d->quota.view->setValueScale(allLimited ? AxisScale{100, 25, 5, 0} : niceScale(std::max(quotaTop, 1.0)),
                                 allLimited ? tr("%", "unit: percent") : QString());
    show(d->quota, !policies.isEmpty());

    d->tlsLine->replace(data.tlsDaysLeft);
    d->tlsLine->setVisible(!data.tlsDaysLeft.isEmpty());
    d->tls.view->setValueScale(niceScale(std::max(maxY(data.tlsDaysLeft), 1.0)), tr("d", "unit: days"));
    show(d->tls, !data.tlsDaysLeft.isEmpty());

    for (TimeChartView *view : d->views())
        view->setAnnotations(data.annotations);

    if (!d->requeryTimer.isActive())
        applyRange(data.query.fromMs, data.query.toMs);
    updateLegends();
    updateHeader();
    updateState();
    Q_EMIT chartShown(data.query);
}

void HistoryPanel::applyRange(qint64 fromMs, qint64 toMs)
{
    // A crosshair names a time; once the window moves, that time is no longer under the mouse.
    if (d->latency.view->fromMs() != fromMs || d->latency.view->toMs() != toMs)
        setCrosshair(std::nullopt);
    for (TimeChartView *view : d->views())
        view->setTimeRange(fromMs, toMs);
    d->strip->setTimeRange(fromMs, toMs);
}

void HistoryPanel::setCrosshair(std::optional<qint64> atMs)
{
    for (TimeChartView *view : d->views())
        view->setCrosshair(atMs);
    d->strip->setCrosshair(atMs);
}

void HistoryPanel::selectAround(qint64 atMs)
{
    if (!d->shown)
        return;
    // About one bucket either side of the nearest point: what that point summarises.
    const QList<QPointF> &points = d->shown->latencyP50;
    const qint64 span = d->shown->query.toMs - d->shown->query.fromMs;
    qint64 step = std::max<qint64>(1000, span / std::max(1, d->shown->query.maxCells));
    double centre = static_cast<double>(atMs);
    if (points.size() >= 2) {
        step = std::max<qint64>(1000, static_cast<qint64>((points.constLast().x() - points.constFirst().x())
                                                          / static_cast<double>(points.size() - 1)));
        const qsizetype i = nearestPoint(points, centre);
        if (std::abs(points.at(i).x() - centre) <= static_cast<double>(step) * 2)
            centre = points.at(i).x();
    }
    const auto middle = static_cast<qint64>(centre);
    selectWindow(middle - step, middle + step);
}

void HistoryPanel::selectErrorBucket(qint64 atMs)
{
    if (!d->shown)
        return;
    for (const ErrorBucket &bucket : d->shown->errors) {
        if (atMs >= bucket.startMs && atMs < bucket.endMs) {
            selectWindow(bucket.startMs, bucket.endMs);
            return;
        }
    }
    selectAround(atMs);
}

void HistoryPanel::selectWindow(qint64 fromMs, qint64 toMs)
{
    if (!d->provider || d->integrationId.isEmpty() || toMs <= fromMs)
        return;
    d->selection = std::pair(fromMs, toMs);
    Q_EMIT failedCallsRequested(d->integrationId, d->checkId, fromMs, toMs);
    for (TimeChartView *view : d->views())
        view->setSelection(d->selection);
    d->strip->setSelection(d->selection);
    d->failures->clear();
    const QString window = formatWindow(fromMs, toMs);
    d->failuresTitle->setText(tr("Loading failed attempts, %1…").arg(window));
    if (d->failuresBox->isHidden()) {
        d->failuresBox->setVisible(true);
        // Room for about five rows, never more than two fifths: the charts stay readable.
        const int total = d->split->height() - d->split->handleWidth();
        const int wanted = d->failuresTitle->sizeHint().height()
                           + d->failuresTable->horizontalHeader()->sizeHint().height()
                           + d->failuresTable->verticalHeader()->defaultSectionSize() * 5 + 12;
        const int failures = std::clamp(wanted, d->failuresBox->minimumSizeHint().height(), std::max(1, total * 2 / 5));
        d->split->setSizes({total - failures, failures});
    }

    HistoryQuery query;
    query.integrationId = d->integrationId;
    query.checkId = d->checkId;
    query.fromMs = fromMs;
    query.toMs = toMs;
    const quint64 generation = ++d->failuresGeneration;
    whenReady(d->provider->failures(query, failuresLimit), this,
              [this, generation, window](const std::optional<QList<CheckSample>> &failures) {
                  if (generation != d->failuresGeneration)
                      return;
                  if (!failures) {
                      d->failuresTitle->setText(tr("The failed attempts of %1 could not be read").arg(window));
                      return;
                  }
                  d->failures->setFailures(*failures);
                  const qsizetype n = failures->size();
                  if (n == 0)
                      d->failuresTitle->setText(tr("No failed attempts, %1").arg(window));
                  else if (n >= failuresLimit)
                      d->failuresTitle->setText(tr("Latest %1 failed attempts, %2").arg(n).arg(window));
                  else if (n == 1)
                      d->failuresTitle->setText(tr("1 failed attempt, %1").arg(window));
                  else
                      d->failuresTitle->setText(tr("%1 failed attempts, %2").arg(n).arg(window));
              });
}

void HistoryPanel::clearSelection()
{
    ++d->failuresGeneration;
    d->selection.reset();
    for (TimeChartView *view : d->views())
        view->setSelection(std::nullopt);
    d->strip->setSelection(std::nullopt);
    d->failures->clear();
    d->failuresBox->setVisible(false);
}

void HistoryPanel::handlePickerChanged(int index)
{
    const auto range = d->picker->itemData(index).value<Range>();
    if (range == Range::Custom) {
        pickCustomRange();
        return;
    }
    setRange(range);
}

void HistoryPanel::pickCustomRange()
{
    // The live ranges end at a whole cell, which may lie a little ahead: offer what is shown, up to now.
    const HistoryQuery current = currentQuery();
    const qint64 to = std::min(current.toMs, now());
    auto *dialog = new RangeDialog(to - (current.toMs - current.fromMs), to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            setCustomRange(dialog->fromMs(), dialog->toMs());
        else
            d->picker->setCurrentIndex(d->pickerIndex); // back to what is shown
    });
    dialog->open();
}

void HistoryPanel::updateLiveTimer()
{
    const bool live = d->provider && !d->integrationId.isEmpty() && d->range != Range::Custom && !d->zoom;
    if (live && !d->liveTimer.isActive())
        d->liveTimer.start();
    else if (!live)
        d->liveTimer.stop();
}

void HistoryPanel::updateHeader()
{
    const bool active = d->provider && !d->integrationId.isEmpty();
    d->header->setVisible(active);
    d->summaryRow->setVisible(active);
    if (!active) {
        updateVendorNote();
        return;
    }
    d->title->setText(d->displayName.isEmpty() ? d->integrationId : d->displayName);
    d->title->setToolTip(d->title->text());
    d->resetButton->setEnabled(d->zoom.has_value());

    const QLocale locale;
    QString summary;
    if (d->shown && d->status() == Private::Status::Ready) {
        const Rollup &total = d->shown->total;
        QStringList parts;
        const std::optional<double> availability = total.availability();
        parts.append(availability ? tr("Availability %1").arg(percentText(*availability)) : tr("Availability unknown"));
        const std::optional<double> p50 = total.latency.quantile(0.5);
        const std::optional<double> p95 = total.latency.quantile(0.95);
        if (p50 && p95)
            parts.append(tr("p50 %1 · p95 %2").arg(msText(*p50), msText(*p95)));
        const quint64 attempts = total.total();
        const quint32 failed = total.count(HealthStatus::Down);
        parts.append(attempts == 1 ? tr("1 attempt") : tr("%1 attempts").arg(locale.toString(attempts)));
        parts.append(failed == 1 ? tr("1 failed") : tr("%1 failed").arg(locale.toString(failed)));
        summary = parts.join(u"  ·  "_s);
    }
    d->summary->setText(summary);
    const qint64 span = d->shown ? d->shown->query.toMs - d->shown->query.fromMs : 0;
    QString resolution;
    if (d->shown) {
        switch (d->shown->resolution) {
        case Resolution::Raw:
            resolution = tr("every attempt");
            break;
        case Resolution::Minute:
            resolution = tr("per minute");
            break;
        case Resolution::Hour:
            resolution = tr("per hour");
            break;
        case Resolution::Day:
            resolution = tr("per day");
            break;
        }
    }
    d->summary->setToolTip(
        d->shown ? tr("%1 (%2), charted %3")
                       .arg(formatWindow(d->shown->query.fromMs, d->shown->query.toMs), formatSpan(span), resolution)
                 : QString());

    QString state;
    if (d->zoom)
        state = tr("Zoomed to %1").arg(formatWindow(d->zoom->first, d->zoom->second));
    else if (d->range == Range::Custom)
        state = tr("Fixed range, not refreshed");
    else if (d->lastFailed && d->shown)
        state = tr("Update failed, retrying");
    else if (d->updatedAtMs > 0 && d->shown)
        state = tr("Live · updated %1")
                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(d->updatedAtMs).toLocalTime().time(),
                                         QLocale::ShortFormat));
    d->updated->setText(state);
    d->updated->setToolTip(d->lastFailed ? d->lastProblem : QString());
    updateVendorNote();
}

void HistoryPanel::updateVendorNote()
{
    const QList<ChartAnnotation> annotations = d->shown ? d->shown->annotations : QList<ChartAnnotation>();
    d->vendorNote->setVisible(!annotations.isEmpty());
    if (annotations.isEmpty()) {
        d->vendorNote->clear();
        d->vendorNote->setAccessibleName(QString());
        d->vendorNote->setToolTip(QString());
        return;
    }
    qsizetype incidents = 0;
    qsizetype maintenance = 0;
    // The swatch takes the colour of the most severe band.
    const auto severity = [](const ChartAnnotation &a) {
        if (a.kind == ChartAnnotation::Kind::Maintenance)
            return 0;
        const qsizetype rank = QStringList{u"none"_s, u"minor"_s, u"major"_s, u"critical"_s}.indexOf(a.impact);
        return rank < 0 ? 2 : static_cast<int>(rank) + 1;
    };
    const ChartAnnotation *worst = &annotations.constFirst();
    QStringList lines;
    for (const ChartAnnotation &annotation : annotations) {
        if (annotation.kind == ChartAnnotation::Kind::Incident)
            ++incidents;
        else
            ++maintenance;
        if (severity(annotation) > severity(*worst))
            worst = &annotation;
        lines.append(TimeChartView::describe(annotation, d->shown->query.toMs).toHtmlEscaped());
    }
    const QLocale locale;
    QStringList counts;
    if (incidents > 0)
        counts.append(incidents == 1 ? tr("1 incident") : tr("%1 incidents").arg(locale.toString(incidents)));
    if (maintenance > 0)
        counts.append(maintenance == 1 ? tr("1 maintenance window")
                                       : tr("%1 maintenance windows").arg(locale.toString(maintenance)));
    const QString vendor = d->vendorName.isEmpty() ? d->vendorId : d->vendorName;
    const QString what = counts.size() == 2
                             ? tr("%1 and %2", "incidents and maintenance windows").arg(counts.at(0), counts.at(1))
                             : counts.constFirst();
    const QString text = tr("%1's status page: %2 in range").arg(vendor, what);
    // The summary keeps its room: the note takes what the row has left and is cut short first.
    const QString swatch = u"\u25AE\u00A0"_s;
    const QFontMetrics fm = d->vendorNote->fontMetrics();
    const int room = d->summaryRow->width() - d->summary->fontMetrics().horizontalAdvance(d->summary->text())
                     - d->updated->width() - 2 * d->summaryRow->layout()->spacing() - fm.horizontalAdvance(swatch) - 4;
    d->vendorNote->setText(u"<span style=\"color:%1\">%2</span>%3"_s.arg(
        TimeChartView::annotationColour(*worst, palette()).name(QColor::HexRgb), swatch,
        fm.elidedText(text, Qt::ElideRight, std::max(room, 0)).toHtmlEscaped()));
    d->vendorNote->setAccessibleName(text);
    d->vendorNote->setToolTip(
        u"<p style=\"white-space:pre\"><b>%1</b><br>%2</p>"_s.arg(text.toHtmlEscaped(), lines.join(u"<br>"_s)));
}

void HistoryPanel::updateState()
{
    const Private::Status status = d->status();
    const QString subject = d->displayName.isEmpty() ? d->integrationId : d->displayName;
    const QString range =
        d->range == Range::Custom ? formatWindow(d->customFromMs, d->customToMs) : rangeText(d->range);
    QString title;
    QString text;
    switch (status) {
    case Private::Status::Off:
        title = tr("History is off");
        text = tr("Gatewatch keeps no history in this session, so there is nothing to chart. Uptime, latency and "
                  "failures over time appear here when it does.");
        break;
    case Private::Status::NoSubject:
        title = tr("Select an integration or a check");
        text = tr("Its uptime, latency and failures over time appear here.");
        break;
    case Private::Status::Loading:
        title = tr("Loading history…");
        text = tr("%1, %2").arg(subject, range);
        break;
    case Private::Status::Failed:
        title = tr("The history of %1 could not be read").arg(subject);
        text = d->lastProblem.isEmpty()
                   ? tr("Gatewatch will try again at the next refresh, or press Refresh.")
                   : tr("%1\nGatewatch will try again at the next refresh, or press Refresh.").arg(d->lastProblem);
        break;
    case Private::Status::Empty:
        title = tr("No history yet for %1").arg(subject);
        text = d->zoom ? tr("Nothing was recorded in this window. Reset the zoom to see the whole range.")
                       : tr("Nothing was recorded in the selected range (%1). Results appear here after the next "
                            "checks; a longer range may show older ones.")
                             .arg(range);
        break;
    case Private::Status::Ready:
        break;
    }
    d->messageTitle->setText(title);
    d->messageText->setText(text);
    d->stack->setCurrentWidget(status == Private::Status::Ready ? static_cast<QWidget *>(d->scroll) : d->messagePage);
    updateHeader();
}

void HistoryPanel::updateInsets()
{
    // One column for value labels, as wide as the widest any chart can need, so every plot area
    // starts at the same x and stays there.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    const QLocale locale;
    const int left = fm.horizontalAdvance(locale.toString(888888) + u' ' + tr("ms", "unit: milliseconds")) + 16;
    const int right = fm.horizontalAdvance(u"88:88:88 AM"_s) / 2 + 8;
    for (TimeChartView *view : d->views())
        view->setInsets(left, right);
    // The strip follows whichever chart has been laid out.
    for (TimeChartView *view : d->views()) {
        const QRectF plot = view->plotArea();
        if (view->isVisibleTo(this) && plot.width() > 0) {
            d->strip->setInsets(static_cast<int>(std::round(plot.left())),
                                static_cast<int>(std::round(view->width() - plot.right())));
            return;
        }
    }
    d->strip->setInsets(left, right);
}

void HistoryPanel::updateLegends()
{
    const QString line = u"\u2501"_s;
    const QString dot = u"\u25CF"_s;
    const QString square = u"\u25A0"_s;
    const QString separator = u"&nbsp;&nbsp;&nbsp;"_s;
    const auto caption = [](const QString &text) {
        return u"<b>%1</b>&nbsp;&nbsp;&nbsp;&nbsp;"_s.arg(text.toHtmlEscaped());
    };

    QStringList latency;
    if (d->p50->isVisible())
        latency.append(legendEntry(d->p50->color(), line, tr("p50 (median)")));
    if (d->p95->isVisible())
        latency.append(legendEntry(d->p95->color(), line, tr("p95")));
    if (d->latency.view->dotCount() > 0)
        latency.append(legendEntry(d->rawColour, dot, tr("single attempts")));
    d->latency.legend->setText(caption(tr("Latency")) + latency.join(separator));

    QStringList errors;
    for (int c = 1; c < Rollup::failureCount; ++c) {
        const QAreaSeries *area = d->errorAreas.at(static_cast<std::size_t>(c));
        if (area->isVisible())
            errors.append(legendEntry(area->color(), square, area->name()));
    }
    d->errors.legend->setText(caption(tr("Errors by cause")) + errors.join(separator));

    QStringList quotas;
    for (qsizetype p = 0; p < d->quotaPolicies.size() && p < d->quotaLines.size(); ++p)
        quotas.append(legendEntry(d->quotaLines.at(p)->color(), line, d->quotaPolicies.at(p)));
    d->quota.legend->setText(
        caption(d->quotaPercent ? tr("Quota remaining (share of the limit)") : tr("Quota remaining"))
        + quotas.join(separator));

    d->tls.legend->setText(caption(tr("TLS certificate"))
                           + legendEntry(d->tlsLine->color(), line, tr("days until it expires")));
}

void HistoryPanel::applyColours()
{
    const QPalette p = palette();
    const StatusPalette colours(p);
    const bool dark = colours.isDark();
    for (TimeChartView *view : d->views())
        view->applyPalette(p);

    const QColor p50 = categoricalColour(0, dark);
    const QColor p95 = categoricalColour(1, dark);
    // One pixel wide: the raster engine's fast path. A wider antialiased pen costs about 4 ms more
    // per repaint of a 2,000-point line (bench_chart).
    QPen pen(p50, 1.0);
    d->p50->setPen(pen);
    pen.setColor(p95);
    d->p95->setPen(pen);
    // Single attempts as a light cloud behind the lines.
    d->rawColour = p50;
    d->rawColour.setAlphaF(dark ? 0.45f : 0.35f);
    if (d->shown && d->latency.view->dotCount() > 0)
        d->latency.view->setDots(d->shown->latencyRaw, d->rawColour);

    for (int c = 1; c < Rollup::failureCount; ++c) {
        QAreaSeries *area = d->errorAreas.at(static_cast<std::size_t>(c));
        const QColor colour = failureColour(classOfSlot(c), dark);
        QColor fill = colour;
        fill.setAlphaF(0.7f);
        area->setColor(fill);
        // No outline: it would draw every class along the zero line.
        area->setPen(Qt::NoPen);
    }
    for (qsizetype i = 0; i < d->quotaLines.size(); ++i)
        d->quotaLines.at(i)->setPen(QPen(categoricalColour(static_cast<int>(i), dark), 1.0));
    d->tlsLine->setPen(QPen(categoricalColour(2, dark), 2.0));
    updateLegends();
    updateVendorNote();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (!d || !d->strip)
        return;
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        applyColours();
        break;
    case QEvent::FontChange:
        updateInsets();
        break;
    default:
        break;
    }
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Hidden panels do not ask; a stale live view catches up when it is shown again.
    if (d->liveTimer.isActive() && d->shown && now() - d->updatedAtMs > liveIntervalMs)
        requestChart();
}

void HistoryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateInsets();
    updateVendorNote();
}

} // namespace gw
