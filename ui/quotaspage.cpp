#include "quotaspage.h"

#include "axisscale.h"

#include "quotamodel.h"
#include "statusdelegate.h"
#include "statuspalette.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// A chart that follows live data at most twice a second is smooth enough and cheap.
constexpr int chartIntervalMs = 500;

// Headroom as a horizontal gauge coloured by the quota's status, with the percentage beside it.
class HeadroomDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant headroom = index.data(QuotaModel::HeadroomRole);
        if (!headroom.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect content = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        const QFontMetrics fm(opt.font);
        const int textWidth = fm.horizontalAdvance(u"100%"_s) + fm.averageCharWidth();
        const int barHeight = std::max(6, fm.height() / 2);
        const QRectF track(content.left() + 2, content.top() + (content.height() - barHeight) / 2.0,
                           std::max(0, content.width() - textWidth - 6), barHeight);
        const StatusPalette colours(opt.palette);
        const auto status = static_cast<QuotaStatus>(index.data(QuotaModel::StatusRole).toInt());

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.tint(status));
        painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
        const double fraction = std::clamp(headroom.toDouble(), 0.0, 1.0);
        if (fraction > 0) {
            QRectF fill = track;
            fill.setWidth(std::max(static_cast<double>(barHeight), track.width() * fraction));
            painter->setBrush(colours.foreground(status));
            painter->drawRoundedRect(fill, barHeight / 2.0, barHeight / 2.0);
        }
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const QRect textRect(static_cast<int>(track.right()) + 6, content.top(), textWidth, content.height());
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 20));
        return size;
    }
};

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return label;
}

} // namespace

struct QuotasPage::Private
{
    QuotaModel *model = nullptr;
    QSortFilterProxyModel *proxy = nullptr;
    QStackedWidget *stack = nullptr;
    QWidget *emptyState = nullptr;
    QWidget *content = nullptr;
    QLabel *summary = nullptr;
    QTableView *table = nullptr;
    QLabel *chartTitle = nullptr;
    QChartView *chartView = nullptr;
    QChart *chart = nullptr;
    QLineSeries *remaining = nullptr;
    QLineSeries *limit = nullptr;
    QScatterSeries *resets = nullptr;
    QDateTimeAxis *timeAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QTimer chartTimer;

    // The charted quota, by identity: rows move as urgency changes. Until the user picks one,
    // the chart follows whichever is on top.
    QString integrationId;
    QString policy;
    bool userChose = false;
    bool selecting = false;
};

QuotasPage::QuotasPage(QuotaModel *model, QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->model = model;
    setObjectName(u"quotasPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->stack = new QStackedWidget(this);
    layout->addWidget(d->stack);

    d->emptyState = new QWidget(d->stack);
    d->emptyState->setObjectName(u"quotasEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(d->emptyState);
    emptyLayout->setContentsMargins(32, 32, 32, 32);
    emptyLayout->addStretch(2);
    auto *emptyTitle = wrappingLabel(tr("No quota information yet"), d->emptyState);
    emptyTitle->setObjectName(u"quotasEmptyTitle"_s);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    emptyLayout->addWidget(emptyTitle);
    auto *emptyText =
        wrappingLabel(tr("Gatewatch reads rate-limit headers from every check's responses. Quotas appear here "
                         "as soon as a vendor reports one, with how fast they are used up and when they run out."),
                      d->emptyState);
    emptyText->setMaximumWidth(560);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    d->stack->addWidget(d->emptyState);

    d->content = new QWidget(d->stack);
    auto *contentLayout = new QVBoxLayout(d->content);
    contentLayout->setContentsMargins(16, 14, 16, 10);
    contentLayout->setSpacing(10);
    d->summary = new QLabel(d->content);
    d->summary->setObjectName(u"quotasSummary"_s);
    QFont summaryFont = d->summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.4);
    summaryFont.setBold(true);
    d->summary->setFont(summaryFont);
    contentLayout->addWidget(d->summary);

    auto *splitter = new QSplitter(Qt::Vertical, d->content);
    splitter->setObjectName(u"quotasSplitter"_s);
    splitter->setChildrenCollapsible(false);
    buildTable(splitter);
    buildChart(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    contentLayout->addWidget(splitter, 1);
    d->stack->addWidget(d->content);

    d->chartTimer.setSingleShot(true);
    d->chartTimer.setInterval(chartIntervalMs);
    connect(&d->chartTimer, &QTimer::timeout, this, &QuotasPage::refreshChart);

    connect(d->model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateState();
        scheduleChart();
    });
    connect(d->model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateState();
        scheduleChart();
    });
    connect(d->model, &QAbstractItemModel::modelReset, this, [this] {
        updateState();
        scheduleChart();
    });
    connect(d->model, &QAbstractItemModel::dataChanged, this, [this] {
        updateState();
        scheduleChart();
    });
    connect(d->model, &QAbstractItemModel::layoutChanged, this, &QuotasPage::updateState);

    applyColours();
    updateState();
    refreshChart();
}

QuotasPage::~QuotasPage() = default;

void QuotasPage::buildTable(QWidget *parent)
{
    d->proxy = new QSortFilterProxyModel(this);
    d->proxy->setSourceModel(d->model);
    d->proxy->setSortRole(QuotaModel::RawValueRole);
    d->proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    d->table = new QTableView(parent);
    d->table->setObjectName(u"quotasTable"_s);
    d->table->setModel(d->proxy);
    d->table->setItemDelegateForColumn(QuotaModel::HeadroomColumn, new HeadroomDelegate(d->table));
    d->table->setItemDelegateForColumn(QuotaModel::StatusColumn,
                                       new StatusDelegate(StatusDelegate::Kind::Quota, d->table));
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setAlternatingRowColors(true);
    d->table->setShowGrid(false);
    d->table->setWordWrap(false);
    d->table->setTextElideMode(Qt::ElideRight);
    d->table->verticalHeader()->setVisible(false);
    d->table->verticalHeader()->setDefaultSectionSize(d->table->fontMetrics().height() + 14);
    // Urgency first (the Status column's raw value is the urgency rank); any header re-sorts.
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(QuotaModel::StatusColumn, Qt::AscendingOrder);

    QHeaderView *header = d->table->horizontalHeader();
    header->setHighlightSections(false);
    // Every text in full, but the table never scrolls sideways: the forecast, the longest text,
    // takes what is left and is elided when the window is narrow (its tooltip has it all).
    header->setStretchLastSection(false);
    for (int column = 0; column < QuotaModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuotaModel::ForecastColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuotaModel::HeadroomColumn, QHeaderView::Fixed);
    header->resizeSection(QuotaModel::HeadroomColumn, d->table->fontMetrics().averageCharWidth() * 20);

    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                d->userChose = d->userChose || !d->selecting;
                d->integrationId = current.data(QuotaModel::IntegrationIdRole).toString();
                d->policy = current.data(QuotaModel::PolicyRole).toString();
                refreshChart();
            });
}

void QuotasPage::buildChart(QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    d->chartTitle = new QLabel(holder);
    d->chartTitle->setObjectName(u"quotaChartTitle"_s);
    QFont bold = d->chartTitle->font();
    bold.setBold(true);
    d->chartTitle->setFont(bold);
    layout->addWidget(d->chartTitle);

    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setAlignment(Qt::AlignTop);
    d->chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    d->remaining = new QLineSeries(d->chart);
    d->remaining->setName(tr("Remaining"));
    d->limit = new QLineSeries(d->chart);
    d->limit->setName(tr("Limit"));
    d->resets = new QScatterSeries(d->chart);
    d->resets->setName(tr("Reset"));
    d->resets->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    d->resets->setMarkerSize(9);
    for (QXYSeries *series : {static_cast<QXYSeries *>(d->limit), static_cast<QXYSeries *>(d->remaining),
                              static_cast<QXYSeries *>(d->resets)})
        d->chart->addSeries(series);

    d->timeAxis = new QDateTimeAxis(d->chart);
    d->timeAxis->setFormat(u"HH:mm"_s);
    d->timeAxis->setTickCount(7);
    d->valueAxis = new QValueAxis(d->chart);
    d->valueAxis->setLabelFormat(u"%.0f"_s);
    d->valueAxis->setTickCount(5);
    d->chart->addAxis(d->timeAxis, Qt::AlignBottom);
    d->chart->addAxis(d->valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : d->chart->series()) {
        series->attachAxis(d->timeAxis);
        series->attachAxis(d->valueAxis);
    }

    d->chartView = new QChartView(d->chart, holder);
    d->chartView->setObjectName(u"quotaChart"_s);
    d->chartView->setRenderHint(QPainter::Antialiasing);
    d->chartView->setMinimumHeight(180);
    layout->addWidget(d->chartView, 1);
}

void QuotasPage::updateState()
{
    const int rows = d->model->rowCount();
    d->stack->setCurrentWidget(rows == 0 ? d->emptyState : d->content);
    const int problems = d->model->problemCount();
    // Spelled out rather than "%n quota(s)": there is no English catalog to resolve plurals.
    if (problems == 0)
        d->summary->setText(rows == 1 ? tr("The quota has headroom") : tr("All %1 quotas have headroom").arg(rows));
    else
        d->summary->setText(problems == 1 ? tr("1 quota needs attention")
                                          : tr("%1 quotas need attention").arg(problems));
    QPalette summaryPalette = d->summary->palette();
    const StatusPalette colours(palette());
    QuotaStatus worst = QuotaStatus::Ok;
    for (int row = 0; row < rows; ++row)
        worst = std::max(worst, d->model->state(row).status);
    summaryPalette.setColor(QPalette::WindowText,
                            problems == 0 ? palette().color(QPalette::WindowText) : colours.foreground(worst));
    d->summary->setPalette(summaryPalette);
    selectCurrent();
}

// Something is always charted: the chosen quota while it exists, else the one on top.
void QuotasPage::selectCurrent()
{
    QModelIndex wanted = d->proxy->index(0, 0);
    for (int row = 0; d->userChose && row < d->proxy->rowCount(); ++row) {
        const QModelIndex index = d->proxy->index(row, 0);
        if (index.data(QuotaModel::IntegrationIdRole).toString() == d->integrationId
            && index.data(QuotaModel::PolicyRole).toString() == d->policy) {
            wanted = index;
            break;
        }
    }
    if (!wanted.isValid() || d->table->currentIndex().row() == wanted.row())
        return;
    d->selecting = true;
    d->table->setCurrentIndex(wanted);
    d->selecting = false;
}

void QuotasPage::scheduleChart()
{
    // Not restarted while running, so a steady stream of updates still redraws twice a second.
    if (!d->chartTimer.isActive())
        d->chartTimer.start();
}

void QuotasPage::refreshChart()
{
    int row = -1;
    for (int r = 0; r < d->model->rowCount(); ++r) {
        const QuotaState &state = d->model->state(r);
        if (state.integrationId == d->integrationId && state.policy == d->policy) {
            row = r;
            break;
        }
    }
    if (row < 0) {
        d->remaining->clear();
        d->limit->clear();
        d->resets->clear();
        d->chartTitle->setText(tr("Select a quota to see its history"));
        return;
    }

    const QuotaState &state = d->model->state(row);
    const QList<QuotaModel::HistoryPoint> history = d->model->history(state.integrationId, state.policy);
    QList<QPointF> remaining;
    QList<QPointF> limit;
    QList<QPointF> resets;
    remaining.reserve(history.size());
    double top = 0;
    // A leaky bucket refills all the time; only windowed quotas have resets worth marking.
    const bool leaky = state.latest.restorePerSecond.has_value();
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QuotaModel::HistoryPoint &point = history.at(i);
        const double x = static_cast<double>(point.at.toMSecsSinceEpoch());
        remaining.append(QPointF(x, point.remaining));
        top = std::max(top, point.remaining);
        if (point.limit) {
            limit.append(QPointF(x, *point.limit));
            top = std::max(top, *point.limit);
        }
        if (!leaky && i > 0 && point.remaining > history.at(i - 1).remaining)
            resets.append(QPointF(x, point.remaining));
    }
    d->remaining->replace(remaining);
    d->limit->replace(limit);
    d->resets->replace(resets);

    const QString integration = d->model->index(row, QuotaModel::IntegrationColumn).data().toString();
    d->chartTitle->setText(tr("%1 · %2 — remaining over time").arg(integration, state.policy));

    if (!history.isEmpty()) {
        QDateTime from = history.constFirst().at.toLocalTime();
        QDateTime to = history.constLast().at.toLocalTime();
        if (from.secsTo(to) < 60) {
            from = from.addSecs(-30);
            to = to.addSecs(30);
        }
        d->timeAxis->setFormat(from.secsTo(to) < 600 ? u"HH:mm:ss"_s : u"HH:mm"_s);
        d->timeAxis->setRange(from, to);
    }
    const AxisScale scale = niceScale(top);
    d->valueAxis->setRange(0, scale.max);
    d->valueAxis->setTickCount(scale.ticks);
    d->valueAxis->setLabelFormat(u"%.%1f"_s.arg(scale.decimals));

    const StatusPalette colours(palette());
    QPen pen(colours.foreground(state.status));
    pen.setWidthF(2.0);
    d->remaining->setPen(pen);
}

void QuotasPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (d && d->chart
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::StyleChange)) {
        applyColours();
        updateState();
        refreshChart();
    }
}

void QuotasPage::applyColours()
{
    const QPalette p = palette();
    const StatusPalette colours(p);
    d->chart->setBackgroundBrush(p.color(QPalette::Base));
    d->chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    d->chart->setPlotAreaBackgroundVisible(false);
    d->chart->legend()->setLabelColor(p.color(QPalette::Text));
    const QColor grid = colours.isDark() ? p.color(QPalette::Light) : p.color(QPalette::Midlight);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(d->timeAxis), static_cast<QAbstractAxis *>(d->valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    d->chartView->setBackgroundBrush(p.color(QPalette::Base));

    QPen dashed(p.color(QPalette::PlaceholderText));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    d->limit->setPen(dashed);
    const QColor reset = colours.foreground(HealthStatus::Paused);
    d->resets->setColor(reset);
    d->resets->setBorderColor(p.color(QPalette::Base));
}

} // namespace gw
