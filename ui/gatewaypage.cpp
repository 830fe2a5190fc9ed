#include "gatewaypage.h"

#include "axisscale.h"
#include "banner.h"
#include "charthelpers.h"
#include "overviewmodel.h"
#include "sparklinedelegate.h"
#include "statusdelegate.h"
#include "statuspalette.h"
#include "timechartview.h"
#include "timeformat.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

static_assert(static_cast<int>(GatewayRoutesModel::SparklineRole) == static_cast<int>(OverviewModel::SparklineRole),
              "SparklineDelegate reads the overview's role");

// Readings come every few seconds at most; charts follow them at most five times a second.
constexpr int chartIntervalMs = 200;
// The charts span at least this, so the first scrapes do not fill them edge to edge.
constexpr qint64 minimumSpanMs = 5 * qint64(60'000);
// A click this close to a point of a line, in pixels, means that point.
constexpr double pickRadiusPx = 14;
// A last scrape older than this many intervals is called out in the header.
constexpr int staleIntervals = 3;

enum ChartKind { RateChart, ErrorChart };

HealthStatus healthOf(GatewayRoutesModel::Severity severity)
{
    switch (severity) {
    case GatewayRoutesModel::Severity::Healthy:
        return HealthStatus::Up;
    case GatewayRoutesModel::Severity::Warning:
        return HealthStatus::Degraded;
    case GatewayRoutesModel::Severity::Critical:
        break;
    }
    return HealthStatus::Down;
}

QString statusWord(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up:
        return GatewayPage::tr("Up");
    case HealthStatus::Degraded:
        return GatewayPage::tr("Degraded");
    case HealthStatus::Down:
        return GatewayPage::tr("Down");
    case HealthStatus::Paused:
        return GatewayPage::tr("Paused");
    case HealthStatus::RateLimited:
        return GatewayPage::tr("Rate limited");
    case HealthStatus::Unknown:
        break;
    }
    return GatewayPage::tr("Unknown");
}

QString flavorText(const PageDiagnostics &diagnostics)
{
    if (diagnostics.fromAgents)
        return GatewayPage::tr("Read back from the agents' metrics in Prometheus");
    const bool recognised = diagnostics.flavorRecognised;
    switch (diagnostics.flavor) {
    case GatewayFlavor::Kong:
        return recognised ? GatewayPage::tr("Kong, recognised from its metric names")
                          : GatewayPage::tr("Kong, as configured");
    case GatewayFlavor::Traefik:
        return recognised ? GatewayPage::tr("Traefik, recognised from its metric names")
                          : GatewayPage::tr("Traefik, as configured");
    case GatewayFlavor::Envoy:
        return recognised ? GatewayPage::tr("Envoy, recognised from its metric names")
                          : GatewayPage::tr("Envoy, as configured");
    case GatewayFlavor::Generic:
        break;
    }
    return recognised ? GatewayPage::tr("No known gateway's metric names found")
                      : GatewayPage::tr("Generic, with the configured metric names");
}

QString agoText(qint64 ms)
{
    if (ms < 60'000)
        return GatewayPage::tr("%1 s ago").arg(QLocale().toString(std::max<qint64>(0, ms / 1000)));
    return GatewayPage::tr("%1 ago", "a duration ago").arg(formatSpan(ms));
}

QString routeKey(const QString &service, const std::optional<QString> &route)
{
    return QString::number(service.size()) + u':' + service + (route ? u'+' + *route : u"-"_s);
}

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return label;
}

QLabel *caption(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

// The 5xx share of a route that needs attention sits on a tinted pill in its status colour; a
// healthy one is plain text like its neighbours.
class ErrorRatioDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto severity =
            static_cast<GatewayRoutesModel::Severity>(index.data(GatewayRoutesModel::StatusRole).toInt());
        if (severity == GatewayRoutesModel::Severity::Healthy) {
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
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics fm(bold);
        const int padding = fm.height() / 3;
        const int width = std::min(content.width(), fm.horizontalAdvance(text) + 2 * padding + 2);
        const int height = std::min(content.height(), fm.height() + 2);
        const QRect pill(content.right() - width + 1, content.top() + (content.height() - height) / 2, width, height);
        const StatusPalette colours(opt.palette);
        const HealthStatus status = healthOf(severity);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.tint(status));
        painter->drawRoundedRect(QRectF(pill), height / 2.0, height / 2.0);
        // The pill is its own background, so its colour stays readable on a selected row too.
        painter->setPen(colours.foreground(status));
        painter->setFont(bold);
        painter->drawText(pill.adjusted(padding, 0, -padding, 0), Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics fm(bold);
        size.setWidth(std::max(size.width(), fm.horizontalAdvance(index.data().toString()) + fm.height() + 12));
        return size;
    }
};

} // namespace

struct GatewayPage::Private
{
    // A route's rate and 5xx share over time: a line on each chart when it is charted.
    struct Charted
    {
        QString service;
        std::optional<QString> route;
        QString name;
        QList<QPointF> rate;   // ms since the epoch, requests per second
        QList<QPointF> errors; // ms since the epoch, 5xx in percent
        double meanRate = 0;
        double errorRatio = 0; // the latest
        GatewayRoutesModel::Severity severity = GatewayRoutesModel::Severity::Healthy;
        int colour = 0; // index into categoricalColour()
    };

    std::optional<GatewaySpec> gateway;
    GatewayRoutesModel *model = nullptr;
    QSortFilterProxyModel *proxy = nullptr;

    QStackedWidget *stack = nullptr;
    QWidget *noGateway = nullptr;
    QWidget *waiting = nullptr;
    QLabel *waitingTitle = nullptr;
    QLabel *waitingText = nullptr;
    QLabel *waitingProblem = nullptr;
    QWidget *content = nullptr;

    QLabel *name = nullptr;
    QLabel *pill = nullptr;
    QLabel *details = nullptr;
    QLabel *feedStatus = nullptr;
    Banner *warning = nullptr;

    QSplitter *splitter = nullptr;
    QLabel *routesCaption = nullptr;
    QTableView *table = nullptr;
    QPushButton *showFailed = nullptr;
    QAction *showFailedAction = nullptr;

    QLabel *legend = nullptr;
    QLabel *chartHint = nullptr;
    std::array<TimeChartView *, 2> views{};
    std::array<QList<QLineSeries *>, 2> series;
    QTimer chartTimer;

    QLabel *upstreamsCaption = nullptr;
    QTableWidget *upstreams = nullptr;
    QLabel *noUpstreams = nullptr;
    QLabel *datastore = nullptr;

    // From the latest reading.
    bool read = false; // a page was read (or failed to be) since the gateway was set
    PageDiagnostics diagnostics;
    HealthStatus status = HealthStatus::Unknown;
    std::optional<qint64> scrapedAtMs;
    QList<UpstreamTarget> targets;
    std::optional<bool> datastoreReachable;
    QList<Charted> trends; // every route with a trend
    QList<Charted> charted;
    // A route keeps its colour while it stays charted, whatever comes and goes around it.
    QHash<QString, int> colours;
    std::optional<std::pair<QString, std::optional<QString>>> selected; // the current row's route
    qint64 intervalMs = 15'000; // between the latest scrapes, else as configured
    QDateTime now;

    // Until the user zooms or pans, the charts follow the latest scrape.
    bool following = true;
    QPointF pressedAt;        // in the chart view's coordinates
    bool splitChosen = false; // the user moved the splitter
};

GatewayPage::GatewayPage(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(u"gatewayPage"_s);
    d->model = new GatewayRoutesModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->stack = new QStackedWidget(this);
    layout->addWidget(d->stack);
    buildEmptyStates();

    d->content = new QWidget(d->stack);
    d->content->setObjectName(u"gatewayContent"_s);
    auto *contentLayout = new QVBoxLayout(d->content);
    contentLayout->setContentsMargins(16, 14, 16, 10);
    contentLayout->setSpacing(8);
    buildHeader(d->content);

    d->splitter = new QSplitter(Qt::Vertical, d->content);
    d->splitter->setObjectName(u"gatewaySplitter"_s);
    d->splitter->setChildrenCollapsible(false);
    buildTable(d->splitter);
    auto *lower = new QWidget(d->splitter);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    lowerLayout->setSpacing(16);
    buildCharts(lower);
    buildUpstreams(lower);
    d->splitter->setStretchFactor(0, 1);
    d->splitter->setStretchFactor(1, 1);
    d->splitter->installEventFilter(this);
    connect(d->splitter, &QSplitter::splitterMoved, this, [this] { d->splitChosen = true; });
    contentLayout->addWidget(d->splitter, 1);
    d->stack->addWidget(d->content);

    d->chartTimer.setSingleShot(true);
    d->chartTimer.setInterval(chartIntervalMs);
    connect(&d->chartTimer, &QTimer::timeout, this, &GatewayPage::refreshCharts);

    applyColours();
    updateState();
    refreshCharts();
}

GatewayPage::~GatewayPage()
{
    // The widgets outlive d; nothing they report on their way out may reach it.
    d->chartTimer.stop();
    d->splitter->removeEventFilter(this);
    disconnect(d->splitter, nullptr, this, nullptr);
    disconnect(d->table->selectionModel(), nullptr, this, nullptr);
    for (TimeChartView *view : d->views) {
        view->viewport()->removeEventFilter(this);
        disconnect(view, nullptr, this, nullptr);
        disconnect(view->chart(), nullptr, this, nullptr);
    }
}

void GatewayPage::buildEmptyStates()
{
    // A readable column of text in the middle of the page, a little above the centre.
    const auto emptyPage = [this](const QString &name, QLabel **title, QLabel **text) {
        auto *page = new QWidget(d->stack);
        page->setObjectName(name);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(32, 32, 32, 32);
        layout->addStretch(2);
        auto *row = new QHBoxLayout;
        auto *column = new QWidget(page);
        column->setMaximumWidth(620);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(8);
        *title = wrappingLabel(QString(), column);
        (*title)->setObjectName(name + u"Title"_s);
        QFont titleFont = (*title)->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
        titleFont.setBold(true);
        (*title)->setFont(titleFont);
        columnLayout->addWidget(*title);
        *text = wrappingLabel(QString(), column);
        (*text)->setObjectName(name + u"Text"_s);
        (*text)->setForegroundRole(QPalette::PlaceholderText);
        columnLayout->addWidget(*text);
        row->addStretch(1);
        row->addWidget(column, 6);
        row->addStretch(1);
        layout->addLayout(row);
        layout->addStretch(3);
        d->stack->addWidget(page);
        return column;
    };

    QLabel *title = nullptr;
    QLabel *text = nullptr;
    d->noGateway = emptyPage(u"gatewayEmptyState"_s, &title, &text)->parentWidget();
    title->setText(tr("No gateway configured"));
    text->setText(tr("Add a gateway section to the configuration (see docs/configuration.md). Gatewatch then "
                     "reads the gateway's metrics and shows here the health of every route it carries, its "
                     "upstream targets and its error rates."));

    QWidget *column = emptyPage(u"gatewayWaiting"_s, &d->waitingTitle, &d->waitingText);
    d->waiting = column->parentWidget();
    d->waitingProblem = wrappingLabel(QString(), column);
    d->waitingProblem->setObjectName(u"gatewayWaitingProblem"_s);
    d->waitingProblem->setTextFormat(Qt::PlainText);
    column->layout()->addWidget(d->waitingProblem);
}

void GatewayPage::buildHeader(QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    d->name = new QLabel(parent);
    d->name->setObjectName(u"gatewayName"_s);
    QFont nameFont = d->name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    d->name->setFont(nameFont);
    d->name->setTextFormat(Qt::PlainText);
    row->addWidget(d->name, 0, Qt::AlignVCenter);
    d->pill = new QLabel(parent);
    d->pill->setObjectName(u"gatewayStatus"_s);
    d->pill->setTextFormat(Qt::RichText);
    d->pill->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    row->addWidget(d->pill, 0, Qt::AlignVCenter);
    row->addStretch(1);
    static_cast<QBoxLayout *>(parent->layout())->addLayout(row);

    d->details = new QLabel(parent);
    d->details->setObjectName(u"gatewayDetails"_s);
    d->details->setTextFormat(Qt::RichText);
    d->details->setWordWrap(true);
    static_cast<QBoxLayout *>(parent->layout())->addWidget(d->details);

    d->feedStatus = new QLabel(parent);
    d->feedStatus->setObjectName(u"gatewayFeedStatus"_s);
    d->feedStatus->setTextFormat(Qt::PlainText);
    d->feedStatus->setWordWrap(true);
    d->feedStatus->hide();
    static_cast<QBoxLayout *>(parent->layout())->addWidget(d->feedStatus);

    d->warning = new Banner(Banner::Kind::Warning, u"gatewayWarning"_s, parent);
    static_cast<QBoxLayout *>(parent->layout())->addWidget(d->warning);
}

void GatewayPage::setEventFeedStatus(const QString &text, bool problem)
{
    d->feedStatus->setText(problem ? u"⚠ "_s + text : text);
    d->feedStatus->setForegroundRole(problem ? QPalette::Text : QPalette::PlaceholderText);
    QFont font = d->feedStatus->font();
    font.setBold(problem);
    d->feedStatus->setFont(font);
    d->feedStatus->setVisible(!text.isEmpty());
}

void GatewayPage::buildTable(QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    d->routesCaption = caption(tr("Routes"), u"gatewayRoutesCaption"_s, holder);
    row->addWidget(d->routesCaption);
    auto *hint = new QLabel(tr("Double-click a route, or click a point on a chart, to see its failed calls"), holder);
    hint->setObjectName(u"gatewayRoutesHint"_s);
    hint->setForegroundRole(QPalette::PlaceholderText);
    row->addSpacing(8);
    row->addWidget(hint, 1);

    d->showFailedAction = new QAction(tr("Show failed calls"), this);
    d->showFailedAction->setObjectName(u"actionShowFailedCalls"_s);
    d->showFailedAction->setToolTip(tr("The failed calls through the selected route in the last %1, up to the "
                                       "latest scrape")
                                        .arg(formatSpan(rowWindowMs)));
    connect(d->showFailedAction, &QAction::triggered, this, &GatewayPage::requestForCurrentRow);
    d->showFailed = new QPushButton(d->showFailedAction->text(), holder);
    d->showFailed->setObjectName(u"gatewayShowFailedCalls"_s);
    d->showFailed->setToolTip(d->showFailedAction->toolTip());
    connect(d->showFailed, &QPushButton::clicked, d->showFailedAction, &QAction::trigger);
    row->addWidget(d->showFailed);
    layout->addLayout(row);

    d->proxy = new QSortFilterProxyModel(this);
    d->proxy->setSourceModel(d->model);
    d->proxy->setSortRole(GatewayRoutesModel::RawValueRole);
    d->proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    d->table = new QTableView(holder);
    d->table->setObjectName(u"gatewayRoutesTable"_s);
    d->table->setModel(d->proxy);
    d->table->setItemDelegateForColumn(GatewayRoutesModel::TrendColumn, new SparklineDelegate(d->table));
    d->table->setItemDelegateForColumn(GatewayRoutesModel::ServerErrorColumn, new ErrorRatioDelegate(d->table));
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->table->setAlternatingRowColors(true);
    d->table->setShowGrid(false);
    d->table->setWordWrap(false);
    d->table->setTextElideMode(Qt::ElideRight);
    d->table->verticalHeader()->setVisible(false);
    d->table->verticalHeader()->setDefaultSectionSize(d->table->fontMetrics().height() + 12);
    // Busiest first; any header re-sorts, and the rows keep their sort as readings arrive.
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(GatewayRoutesModel::RateColumn, Qt::DescendingOrder);

    QHeaderView *header = d->table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    for (int column = 0; column < GatewayRoutesModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The sparkline takes what is left: a wider one shows more of the window.
    header->setSectionResizeMode(GatewayRoutesModel::TrendColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(d->table->fontMetrics().averageCharWidth() * 6);

    d->table->setContextMenuPolicy(Qt::ActionsContextMenu);
    d->table->addAction(d->showFailedAction);
    connect(d->table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        d->table->setCurrentIndex(index);
        requestForCurrentRow();
    });
    connect(d->table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateActions();
        std::optional<std::pair<QString, std::optional<QString>>> selected;
        if (current.isValid()) {
            const QVariant route = current.data(GatewayRoutesModel::RouteRole);
            selected = std::pair(current.data(GatewayRoutesModel::ServiceRole).toString(),
                                 route.isValid() ? std::optional(route.toString()) : std::nullopt);
        }
        if (selected == d->selected)
            return;
        d->selected = selected;
        refreshCharts();
    });
    layout->addWidget(d->table, 1);
    updateActions();
}

void GatewayPage::buildCharts(QWidget *parent)
{
    auto *holder = new QWidget(parent);
    holder->setObjectName(u"gatewayCharts"_s);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *row = new QHBoxLayout;
    auto *chartsCaption = caption(tr("Over time"), u"gatewayChartsCaption"_s, holder);
    chartsCaption->setToolTip(tr("The %1 busiest routes; routes with 5xx errors and the selected route take the "
                                 "places of the least busy")
                                  .arg(chartedRoutes));
    row->addWidget(chartsCaption);
    row->addSpacing(12);
    d->legend = new QLabel(holder);
    d->legend->setObjectName(u"gatewayLegend"_s);
    d->legend->setTextFormat(Qt::RichText);
    d->legend->setTextInteractionFlags(Qt::NoTextInteraction);
    row->addWidget(d->legend, 1);
    layout->addLayout(row);

    d->chartHint = new QLabel(tr("The charts start with the second scrape, when there is a rate to draw."), holder);
    d->chartHint->setObjectName(u"gatewayChartHint"_s);
    d->chartHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(d->chartHint);

    const std::array<QString, 2> names{u"gatewayRateChart"_s, u"gatewayErrorChart"_s};
    const std::array<QString, 2> titles{tr("Request rate"), tr("5xx share of requests")};
    for (int kind : {RateChart, ErrorChart}) {
        auto *title = new QLabel(titles.at(static_cast<std::size_t>(kind)), holder);
        title->setObjectName(names.at(static_cast<std::size_t>(kind)) + u"Title"_s);
        title->setForegroundRole(QPalette::PlaceholderText);
        title->setContentsMargins(0, kind == RateChart ? 2 : 8, 0, 0);
        layout->addWidget(title);
        auto *view = new TimeChartView(names.at(static_cast<std::size_t>(kind)), holder);
        view->setMinimumHeight(120);
        view->chart()->legend()->hide();
        view->viewport()->installEventFilter(this);
        layout->addWidget(view, 1);
        d->views[static_cast<std::size_t>(kind)] = view;

        connect(view, &TimeChartView::zoomRequested, this, [this](qint64 from, qint64 to) {
            d->following = false;
            setTimeRange(from, to);
        });
        connect(view, &TimeChartView::panRequested, this, [this](qint64 from, qint64 to) {
            d->following = false;
            setTimeRange(from, to);
        });
        connect(view, &TimeChartView::resetRequested, this, &GatewayPage::followLatest);
        connect(view, &TimeChartView::clicked, this, [this, kind](qint64 at) { requestAtPoint(kind, at); });
        connect(view, &TimeChartView::hovered, this, [this](qint64 at) { setCrosshair(at); });
        connect(view, &TimeChartView::hoverLeft, this, [this] { setCrosshair(std::nullopt); });
        view->setHoverProvider([this, kind](qint64 at) {
            QList<TimeChartView::HoverLine> lines;
            const QLocale locale;
            const bool dark = StatusPalette(palette()).isDark();
            for (const Private::Charted &charted : std::as_const(d->charted)) {
                const QList<QPointF> &points = kind == RateChart ? charted.rate : charted.errors;
                const qsizetype i = nearestPoint(points, static_cast<double>(at));
                if (i < 0)
                    continue;
                const double value = points.at(i).y();
                const QString text =
                    kind == RateChart
                        ? tr("%1: %2 req/s", "route: requests per second")
                              .arg(charted.name, locale.toString(value, 'f', value < 10 ? 1 : 0))
                        : tr("%1: %2%", "route: 5xx percentage").arg(charted.name, locale.toString(value, 'f', 2));
                lines.append({categoricalColour(charted.colour, dark), text, points.at(i)});
            }
            return lines;
        });
    }
    connect(d->views[RateChart]->chart(), &QChart::plotAreaChanged, this, &GatewayPage::updateInsets);
    parent->layout()->addWidget(holder);
    static_cast<QBoxLayout *>(parent->layout())->setStretchFactor(holder, 2);
    updateInsets();
}

void GatewayPage::buildUpstreams(QWidget *parent)
{
    auto *holder = new QWidget(parent);
    holder->setObjectName(u"gatewayUpstreamsBox"_s);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    d->upstreamsCaption = caption(tr("Upstream targets"), u"gatewayUpstreamsCaption"_s, holder);
    layout->addWidget(d->upstreamsCaption);

    d->upstreams = new QTableWidget(0, 3, holder);
    d->upstreams->setObjectName(u"gatewayUpstreams"_s);
    d->upstreams->setHorizontalHeaderLabels({tr("Upstream"), tr("Target"), tr("State")});
    d->upstreams->setItemDelegateForColumn(2, new StatusDelegate(StatusDelegate::Kind::Health, d->upstreams));
    d->upstreams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->upstreams->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->upstreams->setSelectionMode(QAbstractItemView::SingleSelection);
    d->upstreams->setAlternatingRowColors(true);
    d->upstreams->setShowGrid(false);
    d->upstreams->setWordWrap(false);
    // Host names and addresses differ at both ends (a.klaviyo.com:443, 10.0.3.12:443).
    d->upstreams->setTextElideMode(Qt::ElideMiddle);
    d->upstreams->verticalHeader()->setVisible(false);
    d->upstreams->verticalHeader()->setDefaultSectionSize(d->upstreams->fontMetrics().height() + 12);
    QHeaderView *header = d->upstreams->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(d->upstreams, 1);

    d->noUpstreams = new QLabel(
        tr("The gateway reports no upstream targets. Kong does once health checks are configured; Traefik and "
           "Envoy for their load-balanced services."),
        holder);
    d->noUpstreams->setObjectName(u"gatewayNoUpstreams"_s);
    d->noUpstreams->setWordWrap(true);
    d->noUpstreams->setForegroundRole(QPalette::PlaceholderText);
    d->noUpstreams->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(d->noUpstreams, 1);

    d->datastore = new QLabel(holder);
    d->datastore->setObjectName(u"gatewayDatastore"_s);
    d->datastore->setTextFormat(Qt::RichText);
    d->datastore->setWordWrap(true);
    layout->addWidget(d->datastore);

    holder->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    parent->layout()->addWidget(holder);
    static_cast<QBoxLayout *>(parent->layout())->setStretchFactor(holder, 1);
}

void GatewayPage::setGateway(const std::optional<GatewaySpec> &gateway)
{
    const auto sameSource = [](const std::optional<GatewaySpec> &a, const std::optional<GatewaySpec> &b) {
        return a.has_value() == b.has_value()
               && (!a || (a->metricsUrl == b->metricsUrl && a->flavor == b->flavor && a->generic == b->generic));
    };
    if (!sameSource(d->gateway, gateway)) {
        // Another page: what was shown is not its history.
        d->read = false;
        d->diagnostics = PageDiagnostics();
        d->scrapedAtMs.reset();
        d->targets.clear();
        d->datastoreReachable.reset();
        d->trends.clear();
        d->model->update(GatewayTracker(), {});
        d->following = true;
        scheduleCharts();
    }
    d->gateway = gateway;
    if (gateway)
        d->intervalMs = std::max<qint64>(1000, gateway->interval.count());
    updateState();
    updateHeader();
    updateUpstreams();
    Q_EMIT summaryChanged();
}

void GatewayPage::showReading(const GatewayTracker &tracker, const PageDiagnostics &diagnostics,
                              HealthStatus gatewayStatus, const GatewayRoutesModel::IntegrationLookup &integrationFor)
{
    d->read = true;
    d->diagnostics = diagnostics;
    d->status = gatewayStatus;
    d->model->update(tracker, integrationFor);
    const std::optional<GatewayScrape> &latest = tracker.latest();
    d->scrapedAtMs = latest ? std::optional(latest->atMs) : std::nullopt;
    d->targets = latest ? latest->upstreams : QList<UpstreamTarget>();
    d->datastoreReachable = latest ? latest->datastoreReachable : std::nullopt;
    collectTrends(tracker);

    updateState();
    updateHeader();
    updateUpstreams();
    updateActions();
    chooseSplit();
    scheduleCharts();
    Q_EMIT summaryChanged();
}

void GatewayPage::setNow(const QDateTime &now)
{
    if (now == d->now)
        return;
    d->now = now;
    if (d->scrapedAtMs)
        updateHeader();
}

const GatewayRoutesModel *GatewayPage::model() const
{
    return d->model;
}

int GatewayPage::problemCount() const
{
    if (!d->gateway)
        return 0;
    int problems = d->model->problemCount();
    for (const UpstreamTarget &target : std::as_const(d->targets)) {
        if (GatewayRoutesModel::severityOf(target) == GatewayRoutesModel::Severity::Critical)
            ++problems;
    }
    if (d->datastoreReachable == false)
        ++problems;
    if (d->read && !d->diagnostics.error.isEmpty())
        ++problems;
    return problems;
}

HealthStatus GatewayPage::attention() const
{
    if (!d->gateway)
        return HealthStatus::Up;
    HealthStatus result = HealthStatus::Up;
    if (d->read && (d->status == HealthStatus::Down || d->status == HealthStatus::Degraded))
        result = d->status;
    for (int row = 0; row < d->model->rowCount(); ++row)
        result = worst(result, healthOf(d->model->severity(row)));
    // A target or the datastore down, or an unreadable page, is worth a look; the routes say
    // whether callers feel it.
    const bool targetDown = std::any_of(d->targets.cbegin(), d->targets.cend(), [](const UpstreamTarget &target) {
        return GatewayRoutesModel::severityOf(target) == GatewayRoutesModel::Severity::Critical;
    });
    if (targetDown || d->datastoreReachable == false || (d->read && !d->diagnostics.error.isEmpty()))
        result = worst(result, HealthStatus::Degraded);
    return result;
}

void GatewayPage::updateState()
{
    if (!d->gateway) {
        d->stack->setCurrentWidget(d->noGateway);
        return;
    }
    if (d->scrapedAtMs) {
        d->stack->setCurrentWidget(d->content);
        return;
    }
    d->stack->setCurrentWidget(d->waiting);
    if (d->gateway->metricsUrl.isEmpty()) {
        d->waitingTitle->setText(tr("No metrics page configured"));
        d->waitingText->setText(tr("Routes, upstream targets and error rates come from the gateway's Prometheus "
                                   "metrics. Add metrics_url to the gateway section (see docs/configuration.md)."));
    } else {
        d->waitingTitle->setText(tr("Waiting for the first metrics page…"));
        d->waitingText->setText(tr("Gatewatch reads the gateway's metrics every %1 s; its routes, upstream targets "
                                   "and error rates appear here once a page has been read.")
                                    .arg(QLocale().toString(d->intervalMs / 1000)));
    }
    const QString problem = d->read && !d->diagnostics.error.isEmpty()
                                ? tr("The last page could not be read: %1").arg(d->diagnostics.error)
                                : QString();
    d->waitingProblem->setText(problem);
    d->waitingProblem->setVisible(!problem.isEmpty());
}

void GatewayPage::updateHeader()
{
    const StatusPalette colours(palette());
    d->name->setText(d->gateway ? d->gateway->name : QString());
    const HealthStatus status = d->read ? d->status : HealthStatus::Unknown;
    d->pill->setText(u"<span style=\"color:%1\">\u25CF</span>&nbsp;%2"_s.arg(colourName(colours.foreground(status)),
                                                                             statusWord(status).toHtmlEscaped()));
    d->pill->setStyleSheet(u"QLabel { background: %1; color: %2; border-radius: 10px; padding: 2px 10px; }"_s.arg(
        colourName(colours.tint(status)), colourName(palette().color(QPalette::WindowText))));
    d->pill->setToolTip(tr("The gateway's health, as the overview shows it"));

    const QLocale locale;
    const QString separator = u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s;
    QStringList parts;
    if (d->read)
        parts.append(flavorText(d->diagnostics).toHtmlEscaped());
    if (d->scrapedAtMs) {
        QString scraped = tr("last scrape %1").arg(formatInstant(*d->scrapedAtMs, 0)).toHtmlEscaped();
        if (d->now.isValid()) {
            const qint64 age = d->now.toMSecsSinceEpoch() - *d->scrapedAtMs;
            const QString ago = agoText(age).toHtmlEscaped();
            // Late scrapes are what a person should notice first: the rest of the page is that old.
            scraped += age > staleIntervals * d->intervalMs ? u" <span style=\"color:%1\">(%2)</span>"_s.arg(
                           colourName(colours.foreground(HealthStatus::Degraded)), ago)
                                                            : u" (%1)"_s.arg(ago);
        }
        parts.append(scraped);
    }
    if (d->read && d->diagnostics.series > 0)
        parts.append(tr("%1 series").arg(locale.toString(static_cast<qint64>(d->diagnostics.series))).toHtmlEscaped());
    if (d->scrapedAtMs) {
        const int routes = d->model->rowCount();
        parts.append((routes == 1 ? tr("1 route") : tr("%1 routes").arg(locale.toString(routes))).toHtmlEscaped());
    }
    d->details->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
        colourName(palette().color(QPalette::PlaceholderText)), parts.join(separator)));
    QStringList tip;
    if (d->gateway && !d->gateway->metricsUrl.isEmpty())
        tip.append(tr("Metrics page: %1").arg(d->gateway->metricsUrl));
    if (d->read && d->diagnostics.atMs > 0 && !d->diagnostics.fromAgents)
        tip.append(tr("Read in %1 ms").arg(locale.toString(d->diagnostics.parseMs, 'f', 1)));
    d->details->setToolTip(tip.join(u'\n'));

    // Only the page's own troubles here; the gateway's health has the pill.
    const PageDiagnostics &page = d->diagnostics;
    if (d->read && !page.error.isEmpty()) {
        const QString headline = d->scrapedAtMs
                                     ? tr("The latest metrics page could not be read; the page shows the reading of %1")
                                           .arg(formatInstant(*d->scrapedAtMs, 0))
                                     : tr("The latest metrics page could not be read");
        d->warning->setMessage(headline, {page.error});
    } else if (d->read && page.problemCount > 0) {
        const QString headline = page.problemCount == 1
                                     ? tr("1 line of the latest metrics page could not be read and was skipped")
                                     : tr("%1 lines of the latest metrics page could not be read and were skipped")
                                           .arg(locale.toString(static_cast<qint64>(page.problemCount)));
        d->warning->setMessage(headline, page.firstProblem.isEmpty() ? QStringList() : QStringList{page.firstProblem},
                               true);
    } else {
        d->warning->clear();
    }
}

void GatewayPage::updateUpstreams()
{
    QList<UpstreamTarget> targets = d->targets;
    // Worst first, then by name: trouble is at the top of a long list.
    std::stable_sort(targets.begin(), targets.end(), [](const UpstreamTarget &a, const UpstreamTarget &b) {
        const auto sa = GatewayRoutesModel::severityOf(a);
        const auto sb = GatewayRoutesModel::severityOf(b);
        if (sa != sb)
            return sa > sb;
        return std::tie(a.upstream, a.target) < std::tie(b.upstream, b.target);
    });
    d->upstreams->setRowCount(static_cast<int>(targets.size()));
    int healthy = 0;
    for (int row = 0; row < targets.size(); ++row) {
        const UpstreamTarget &target = targets.at(row);
        const GatewayRoutesModel::Severity severity = GatewayRoutesModel::severityOf(target);
        healthy += severity == GatewayRoutesModel::Severity::Healthy ? 1 : 0;
        const auto item = [&](int column, const QString &text) {
            QTableWidgetItem *cell = d->upstreams->item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                d->upstreams->setItem(row, column, cell);
            }
            cell->setText(text);
            cell->setToolTip(text);
            return cell;
        };
        item(0, target.upstream);
        item(1, target.target);
        QTableWidgetItem *state = item(2, GatewayRoutesModel::stateText(target.state));
        state->setData(OverviewModel::StatusRole, static_cast<int>(healthOf(severity)));
        state->setToolTip(tr("Reported by the gateway as %1").arg(target.state));
    }
    const bool any = !targets.isEmpty();
    d->upstreams->setVisible(any);
    d->noUpstreams->setVisible(!any);
    d->upstreamsCaption->setText(any ? tr("Upstream targets: %1 of %2 healthy")
                                           .arg(QLocale().toString(healthy), QLocale().toString(targets.size()))
                                     : tr("Upstream targets"));

    d->datastore->setVisible(d->datastoreReachable.has_value());
    if (d->datastoreReachable) {
        const StatusPalette colours(palette());
        const bool reachable = *d->datastoreReachable;
        d->datastore->setText(u"<span style=\"color:%1\">\u25CF</span>&nbsp;%2"_s.arg(
            colourName(colours.foreground(reachable ? HealthStatus::Up : HealthStatus::Down)),
            (reachable ? tr("Datastore reachable") : tr("Datastore unreachable")).toHtmlEscaped()));
        d->datastore->setToolTip(reachable ? tr("Kong reaches its database")
                                           : tr("Kong cannot reach its database: it keeps proxying with what it "
                                                "has cached, but configuration changes do not take effect"));
    }
}

void GatewayPage::updateActions()
{
    const bool enabled = d->table->currentIndex().isValid() && d->scrapedAtMs.has_value();
    d->showFailedAction->setEnabled(enabled);
    d->showFailed->setEnabled(enabled);
}

void GatewayPage::collectTrends(const GatewayTracker &tracker)
{
    d->trends.clear();
    std::optional<qint64> interval;
    for (const RouteHealth &health : tracker.routes()) {
        const QList<RoutePoint> trend = tracker.trend(health.service, health.route);
        if (trend.isEmpty())
            continue;
        Private::Charted charted;
        charted.service = health.service;
        charted.route = health.route;
        charted.name = GatewayRoutesModel::routeName(health.service, health.route);
        charted.rate.reserve(trend.size());
        double sum = 0;
        for (const RoutePoint &point : trend) {
            const auto x = static_cast<double>(point.atMs);
            charted.rate.append(QPointF(x, point.requestsPerSecond));
            if (point.errorRatio)
                charted.errors.append(QPointF(x, *point.errorRatio * 100.0));
            sum += point.requestsPerSecond;
        }
        charted.meanRate = sum / static_cast<double>(trend.size());
        charted.errorRatio = health.errorRatio.value_or(0);
        charted.severity = GatewayRoutesModel::severityOf(health.errorRatio);
        if (trend.size() >= 2 && !interval)
            interval = trend.constLast().atMs - trend.at(trend.size() - 2).atMs;
        d->trends.append(std::move(charted));
    }
    if (interval && *interval > 0)
        d->intervalMs = *interval;
}

void GatewayPage::chooseCharted()
{
    // Busiest over the whole window rather than at the latest scrape, so lines do not come and go
    // as two routes trade places for a moment.
    QList<const Private::Charted *> busiest;
    for (const Private::Charted &charted : std::as_const(d->trends))
        busiest.append(&charted);
    std::stable_sort(busiest.begin(), busiest.end(), [](const Private::Charted *a, const Private::Charted *b) {
        if (a->meanRate != b->meanRate)
            return a->meanRate > b->meanRate;
        return a->name < b->name;
    });
    // Errors are what the 5xx chart is for: a quiet route failing its callers outranks a busy one.
    QList<const Private::Charted *> troubled;
    for (const Private::Charted *charted : std::as_const(busiest)) {
        if (charted->severity != GatewayRoutesModel::Severity::Healthy)
            troubled.append(charted);
    }
    std::stable_sort(troubled.begin(), troubled.end(), [](const Private::Charted *a, const Private::Charted *b) {
        return a->errorRatio > b->errorRatio;
    });

    QList<const Private::Charted *> chosen;
    const auto add = [&chosen](const Private::Charted *charted) {
        if (chosen.size() < chartedRoutes && !chosen.contains(charted))
            chosen.append(charted);
    };
    const auto selected = std::find_if(busiest.cbegin(), busiest.cend(), [this](const Private::Charted *charted) {
        return d->selected && charted->service == d->selected->first && charted->route == d->selected->second;
    });
    if (selected != busiest.cend())
        add(*selected);
    for (const Private::Charted *charted : std::as_const(troubled))
        add(charted);
    for (const Private::Charted *charted : std::as_const(busiest))
        add(charted);
    // Busiest first, as the table: the first colours go to the lines most people look for.
    std::stable_sort(chosen.begin(), chosen.end(), [&busiest](const Private::Charted *a, const Private::Charted *b) {
        return busiest.indexOf(a) < busiest.indexOf(b);
    });
    d->charted.clear();
    QHash<QString, int> colours;
    for (const Private::Charted *charted : std::as_const(chosen)) {
        const QString key = routeKey(charted->service, charted->route);
        if (d->colours.contains(key))
            colours.insert(key, d->colours.value(key));
    }
    for (const Private::Charted *charted : std::as_const(chosen)) {
        const QString key = routeKey(charted->service, charted->route);
        int colour = 0;
        while (!colours.contains(key) && colours.values().contains(colour))
            ++colour;
        colours.insert(key, colours.value(key, colour));
        d->charted.append(*charted);
        d->charted.last().colour = colours.value(key);
    }
    d->colours = colours;
}

void GatewayPage::scheduleCharts()
{
    // Not restarted while running, so a steady stream of readings still redraws.
    if (!d->chartTimer.isActive())
        d->chartTimer.start();
}

void GatewayPage::refreshCharts()
{
    chooseCharted();
    const bool dark = StatusPalette(palette()).isDark();
    std::array<double, 2> top{0, 0};
    for (int kind : {RateChart, ErrorChart}) {
        TimeChartView *view = d->views.at(static_cast<std::size_t>(kind));
        QList<QLineSeries *> &lines = d->series[static_cast<std::size_t>(kind)];
        while (lines.size() > d->charted.size()) {
            QLineSeries *line = lines.takeLast();
            view->chart()->removeSeries(line);
            delete line;
        }
        while (lines.size() < d->charted.size()) {
            auto *line = new QLineSeries(view->chart());
            view->addSeries(line);
            lines.append(line);
        }
        for (qsizetype i = 0; i < d->charted.size(); ++i) {
            const Private::Charted &charted = d->charted.at(i);
            const QList<QPointF> &points = kind == RateChart ? charted.rate : charted.errors;
            QLineSeries *line = lines.at(i);
            line->setName(charted.name);
            const bool selected =
                d->selected && charted.service == d->selected->first && charted.route == d->selected->second;
            QPen pen(categoricalColour(charted.colour, dark), selected ? 3.0 : 1.5);
            pen.setJoinStyle(Qt::RoundJoin);
            line->setPen(pen);
            line->replace(points);
            for (const QPointF &point : points)
                top[static_cast<std::size_t>(kind)] = std::max(top[static_cast<std::size_t>(kind)], point.y());
        }
    }
    d->views[RateChart]->setValueScale(niceScale(top[RateChart] > 0 ? top[RateChart] : 1.0),
                                       tr("req/s", "unit: requests per second"));
    // At least up to the warning threshold, so a few stray errors do not look like a wall, and
    // never past 100 %: a share has nowhere higher to go.
    AxisScale errorScale = niceScale(std::max(top[ErrorChart], GatewayRoutesModel::warningErrorRatio * 100.0));
    if (errorScale.max > 100.0)
        errorScale = AxisScale{100.0, 25.0, 5, 0};
    d->views[ErrorChart]->setValueScale(errorScale, tr("%", "unit: percent"));

    const bool any = !d->charted.isEmpty();
    d->chartHint->setVisible(!any);
    if (d->following)
        followLatest();
    updateLegend();
}

void GatewayPage::followLatest()
{
    d->following = true;
    qint64 first = std::numeric_limits<qint64>::max();
    for (const Private::Charted &charted : std::as_const(d->charted)) {
        if (!charted.rate.isEmpty())
            first = std::min(first, static_cast<qint64>(charted.rate.constFirst().x()));
    }
    const qint64 to = d->scrapedAtMs.value_or(d->now.isValid() ? d->now.toMSecsSinceEpoch() : 0);
    // A round span, so the time axis gets round steps; the first points are at its left edge at most.
    const qint64 needed = first == std::numeric_limits<qint64>::max() ? 0 : to - first;
    qint64 span = minimumSpanMs;
    for (const qint64 minutes : {5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440}) {
        span = minutes * 60'000;
        if (span >= needed)
            break;
    }
    setTimeRange(to - std::max(span, needed), to);
}

void GatewayPage::setTimeRange(qint64 fromMs, qint64 toMs)
{
    for (TimeChartView *view : d->views)
        view->setTimeRange(fromMs, toMs);
}

void GatewayPage::setCrosshair(std::optional<qint64> atMs)
{
    for (TimeChartView *view : d->views)
        view->setCrosshair(atMs);
}

void GatewayPage::updateLegend()
{
    const bool dark = StatusPalette(palette()).isDark();
    QStringList entries;
    for (const Private::Charted &charted : std::as_const(d->charted)) {
        const bool selected =
            d->selected && charted.service == d->selected->first && charted.route == d->selected->second;
        const QString name = charted.name.toHtmlEscaped();
        entries.append(u"<span style=\"color:%1\">\u2501</span>&nbsp;%2"_s.arg(
            colourName(categoricalColour(charted.colour, dark)), selected ? u"<b>%1</b>"_s.arg(name) : name));
    }
    d->legend->setText(entries.join(u"&nbsp;&nbsp;&nbsp;&nbsp;"_s));
}

void GatewayPage::updateInsets()
{
    // One column for value labels on both charts, so their time axes line up.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    const int left =
        fm.horizontalAdvance(QLocale().toString(88888) + u' ' + tr("req/s", "unit: requests per second")) + 16;
    const int right = fm.horizontalAdvance(u"88:88:88 AM"_s) / 2 + 8;
    for (TimeChartView *view : d->views)
        view->setInsets(left, right);
}

void GatewayPage::requestForCurrentRow()
{
    const QModelIndex current = d->table->currentIndex();
    if (!current.isValid() || !d->scrapedAtMs)
        return;
    const QVariant route = current.data(GatewayRoutesModel::RouteRole);
    Q_EMIT failedCallsRequested(current.data(GatewayRoutesModel::ServiceRole).toString(),
                                route.isValid() ? std::optional(route.toString()) : std::nullopt,
                                *d->scrapedAtMs - rowWindowMs, *d->scrapedAtMs);
}

void GatewayPage::requestAtPoint(int chart, qint64 atMs)
{
    const TimeChartView *view = d->views.at(static_cast<std::size_t>(chart));
    const Private::Charted *picked = nullptr;
    qsizetype pickedIndex = -1;
    double closest = pickRadiusPx;
    for (const Private::Charted &charted : std::as_const(d->charted)) {
        const QList<QPointF> &points = chart == RateChart ? charted.rate : charted.errors;
        const qsizetype i = nearestPoint(points, static_cast<double>(atMs));
        if (i < 0)
            continue;
        const QPointF at(view->xFor(static_cast<qint64>(points.at(i).x())), view->yFor(points.at(i).y()));
        const double distance = std::hypot(at.x() - d->pressedAt.x(), at.y() - d->pressedAt.y());
        if (distance <= closest) {
            closest = distance;
            picked = &charted;
            pickedIndex = i;
        }
    }
    if (!picked)
        return;
    const QList<QPointF> &points = chart == RateChart ? picked->rate : picked->errors;
    const auto pointMs = static_cast<qint64>(points.at(pickedIndex).x());
    // The point stands for the interval that ended at it; a scrape interval either side has room
    // for calls logged a little early or late.
    qint64 interval = d->intervalMs;
    if (pickedIndex > 0)
        interval = pointMs - static_cast<qint64>(points.at(pickedIndex - 1).x());
    else if (pickedIndex + 1 < points.size())
        interval = static_cast<qint64>(points.at(pickedIndex + 1).x()) - pointMs;
    Q_EMIT failedCallsRequested(picked->service, picked->route, pointMs - interval, pointMs + interval);
}

// Until the user drags the handle: the table gets what its rows need, up to three fifths of the
// height, and the charts the rest.
void GatewayPage::chooseSplit()
{
    if (d->splitChosen || !d->splitter->isVisibleTo(this))
        return;
    const int total = d->splitter->height() - d->splitter->handleWidth();
    if (total <= 0)
        return;
    const QWidget *holder = d->splitter->widget(0);
    const QMargins margins = holder->layout()->contentsMargins();
    const int chrome = margins.top() + margins.bottom() + holder->layout()->spacing()
                       + std::max(d->showFailed->sizeHint().height(), d->routesCaption->sizeHint().height());
    const int rows = std::max(1, d->proxy->rowCount());
    const int wanted = chrome + d->table->horizontalHeader()->sizeHint().height()
                       + rows * d->table->verticalHeader()->defaultSectionSize() + 2 * d->table->frameWidth() + 2;
    const int lower = d->splitter->widget(1)->minimumSizeHint().height();
    const int most = std::max(0, std::min(total * 3 / 5, total - lower));
    const int least = std::min(most, chrome + 4 * d->table->verticalHeader()->defaultSectionSize());
    const int table = std::clamp(wanted, least, most);
    d->splitter->setSizes({table, total - table});
}

bool GatewayPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->splitter && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        chooseSplit();
    if (event->type() == QEvent::MouseButtonPress) {
        for (TimeChartView *view : d->views) {
            if (watched == view->viewport())
                d->pressedAt = static_cast<QMouseEvent *>(event)->position();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GatewayPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (d && d->upstreams
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::StyleChange)) {
        applyColours();
        updateHeader();
        updateUpstreams();
        refreshCharts();
    }
}

void GatewayPage::applyColours()
{
    const QPalette p = palette();
    for (TimeChartView *view : d->views)
        view->applyPalette(p);
    d->warning->applyColours(p);
    QPalette problem = d->waitingProblem->palette();
    problem.setColor(QPalette::WindowText, StatusPalette(p).foreground(HealthStatus::Degraded));
    d->waitingProblem->setPalette(problem);
}

} // namespace gw
