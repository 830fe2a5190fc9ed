#include "mainwindow.h"

#include "alertengine.h"
#include "alertspage.h"
#include "banner.h"

#include "failedcallspage.h"
#include "gatewaypage.h"

#include "historypanel.h"
#include "historyprovider.h"
#include "overviewmodel.h"
#include "overviewproxymodel.h"
#include "quotamodel.h"
#include "quotaspage.h"
#include "scorecardspage.h"
#include "sparklinedelegate.h"
#include "statusdelegate.h"
#include "statuspalette.h"
#include "webhookspage.h"
#include <QScreen>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

enum Page { OverviewPage, EmptyPage, ConfigErrorPage };
enum Tab { OverviewTab, QuotasTab, GatewayTab, FailedCallsTab, WebhooksTab, AlertsTab, ScorecardsTab };

// The overview asks the history for uptime and trends this often.
constexpr int summariesIntervalMs = 60'000;
// ...and once this soon after a provider or a new catalog arrives.
constexpr int summariesSoonMs = 300;
constexpr QStringView splitterKey = u"mainWindow/overviewSplitter";

// Worst first: the order a person scanning the badges cares about.
constexpr std::array badgeOrder{HealthStatus::Down,    HealthStatus::Degraded, HealthStatus::RateLimited,
                                HealthStatus::Unknown, HealthStatus::Paused,   HealthStatus::Up};

QString countText(HealthStatus status, int n)
{
    switch (status) {
    case HealthStatus::Up:
        return MainWindow::tr("%n up", "count of checks", n);
    case HealthStatus::Paused:
        return MainWindow::tr("%n paused", "count of checks", n);
    case HealthStatus::Degraded:
        return MainWindow::tr("%n degraded", "count of checks", n);
    case HealthStatus::Down:
        return MainWindow::tr("%n down", "count of checks", n);
    case HealthStatus::RateLimited:
        return MainWindow::tr("%n rate limited", "count of checks", n);
    case HealthStatus::Unknown:
        break;
    }
    return MainWindow::tr("%n unknown", "count of checks", n);
}

QLabel *makeWrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void scaleFont(QWidget *widget, double factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

// Centres a readable column of text: it grows up to its maximum width, then the margins grow.
QHBoxLayout *centred(QWidget *column)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);
    return row;
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace

struct MainWindow::Private
{
    OverviewModel *model = nullptr;
    OverviewProxyModel *proxy = nullptr;
    QuotaModel *quotas = nullptr;

    QTabWidget *tabs = nullptr;
    QuotasPage *quotasPage = nullptr;
    GatewayPage *gatewayPage = nullptr;
    FailedCallsPage *failedCallsPage = nullptr;
    WebhooksPage *webhooksPage = nullptr;
    AlertsPage *alertsPage = nullptr;
    ScorecardsPage *scorecardsPage = nullptr;
    int unhandledAlerts = 0;
    int worstAlert = -1; // AlertSeverity, -1: none firing

    Banner *configBanner = nullptr;
    Banner *noticeBanner = nullptr;
    Banner *historyBanner = nullptr;
    Banner *liveSourceBanner = nullptr;
    QString liveSource;

    QStackedWidget *pages = nullptr;
    QFrame *header = nullptr;
    QLabel *overallLabel = nullptr;
    QLabel *headerPathLabel = nullptr;
    std::array<QLabel *, badgeOrder.size()> badges{};
    QLineEdit *filterEdit = nullptr;
    QTreeView *tree = nullptr;
    QSplitter *splitter = nullptr;
    HistoryPanel *history = nullptr;
    HistoryProvider *provider = nullptr;
    QTimer summariesTimer;
    QTimer summariesSoon;
    quint64 summariesGeneration = 0;
    // The row whose history is shown, by identity: it survives catalog reloads and re-sorting.
    QString subjectIntegration;
    QString subjectCheck;
    bool splitChosen = false; // restored from the settings, or moved by the user

    QLabel *emptyPathLabel = nullptr;
    QLabel *errorPathLabel = nullptr;
    QPlainTextEdit *errorText = nullptr;

    QLabel *statusSummary = nullptr;
    QLabel *statusLastUpdate = nullptr;

    QAction *pause = nullptr;
    QAction *resume = nullptr;

    QTimer tick;
    QTimer summaryTimer;

    QString configPath;
    bool configFatal = false;
    HealthStatus overall = HealthStatus::Unknown;

    // Integrations the user collapsed, by id: new ones start expanded, and the choice survives
    // catalog reloads (model resets) and filtering.
    QSet<QString> collapsed;
    bool applyingExpansion = false;
};

MainWindow::MainWindow(OverviewModel *model, QuotaModel *quotas, QWidget *parent)
    : QMainWindow(parent), d(std::make_unique<Private>())
{
    d->model = model;
    d->quotas = quotas;
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gatewatch"));
    // Most of a typical second monitor, never more than the screen it opens on.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::min(1440, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));

    d->configBanner = new Banner(Banner::Kind::Warning, u"configBanner"_s, this);
    d->noticeBanner = new Banner(Banner::Kind::Information, u"noticeBanner"_s, this);
    d->historyBanner = new Banner(Banner::Kind::Warning, u"historyBanner"_s, this);
    d->liveSourceBanner = new Banner(Banner::Kind::Warning, u"liveSourceBanner"_s, this);
    buildOverviewPage();
    buildEmptyPage();
    buildConfigErrorPage();

    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(u"mainTabs"_s);
    d->tabs->setDocumentMode(true);
    d->tabs->insertTab(OverviewTab, d->pages, tr("Overview"));
    d->quotasPage = new QuotasPage(d->quotas, d->tabs);
    d->tabs->insertTab(QuotasTab, d->quotasPage, tr("Quotas"));
    d->gatewayPage = new GatewayPage(d->tabs);
    d->tabs->insertTab(GatewayTab, d->gatewayPage, tr("Gateway"));
    d->failedCallsPage = new FailedCallsPage(d->tabs);
    d->failedCallsPage->setSource(nullptr);
    d->tabs->insertTab(FailedCallsTab, d->failedCallsPage, tr("Failed calls"));
    d->tabs->setTabToolTip(FailedCallsTab, tr("Every failed call with its request, response and timing (Ctrl+4)"));
    d->webhooksPage = new WebhooksPage(d->tabs);
    d->tabs->insertTab(WebhooksTab, d->webhooksPage, tr("Webhooks"));
    connect(d->webhooksPage, &WebhooksPage::attentionChanged, this, &MainWindow::updateWebhooksTab);
    updateWebhooksTab();
    d->alertsPage = new AlertsPage(d->tabs);
    d->tabs->insertTab(AlertsTab, d->alertsPage, tr("Alerts"));
    connect(d->alertsPage, &AlertsPage::attentionChanged, this, [this](int unhandled, int worst) {
        d->unhandledAlerts = unhandled;
        d->worstAlert = worst;
        updateAlertsTab();
    });
    updateAlertsTab();
    // An alert's chart: its integration's history from shortly before it started.
    connect(d->alertsPage, &AlertsPage::chartRequested, this,
            [this](const QString &integrationId, qint64 fromMs, qint64 toMs) { showHistory(integrationId, {}, fromMs, toMs); });
    d->scorecardsPage = new ScorecardsPage(d->tabs);
    d->tabs->insertTab(ScorecardsTab, d->scorecardsPage, tr("Scorecards"));
    d->tabs->setTabToolTip(ScorecardsTab, tr("Each vendor's month against its contract: SLA, latency, incidents, "
                                             "cost and a score, for the review (Ctrl+7)"));
    connect(d->history, &HistoryPanel::failedCallsRequested, this,
            [this](const QString &integrationId, const QString &checkId, qint64 fromMs, qint64 toMs) {
                CallFilter filter;
                filter.integrations = {integrationId};
                filter.checkOrRoute = checkId;
                filter.fromMs = fromMs;
                filter.toMs = toMs;
                showFailedCalls(filter);
            });
    d->tabs->setTabToolTip(OverviewTab, tr("Health of every integration and check (Ctrl+1)"));
    buildMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The banners are about the whole app, so they stay above both tabs.
    for (Banner *banner : {d->configBanner, d->liveSourceBanner, d->historyBanner, d->noticeBanner}) {
        auto *holder = new QWidget(central);
        holder->setObjectName(banner->objectName() + u"Holder"_s);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(16, 12, 16, 0);
        holderLayout->addWidget(banner);
        holder->setVisible(false);
        layout->addWidget(holder);
    }
    layout->addWidget(d->tabs, 1);
    setCentralWidget(central);

    d->statusSummary = new QLabel(statusBar());
    d->statusSummary->setObjectName(u"statusSummary"_s);
    d->statusLastUpdate = new QLabel(statusBar());
    d->statusLastUpdate->setObjectName(u"statusLastUpdate"_s);
    // Wide enough for any time, so the status bar does not shift every second.
    d->statusLastUpdate->setMinimumWidth(
        d->statusLastUpdate->fontMetrics().horizontalAdvance(tr("Last update %1").arg(u"88:88:88"_s)) + 8);
    d->statusLastUpdate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->setContentsMargins(10, 0, 10, 2);
    statusBar()->addWidget(d->statusSummary, 1);
    statusBar()->addPermanentWidget(d->statusLastUpdate);

    connect(d->proxy, &QAbstractItemModel::modelReset, this, [this] {
        applyExpansion();
        updatePage();
        scheduleSummary();
        restoreCurrent();
        if (d->provider)
            d->summariesSoon.start();
    });
    connect(d->proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            applyExpansion(first, last);
        updatePage();
        scheduleSummary();
    });
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePage();
        scheduleSummary();
    });
    connect(d->model, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleSummary);
    connect(d->model, &OverviewModel::overallStatusChanged, this, &MainWindow::scheduleSummary);

    // The summary reads the whole model; coalesce a burst of dataChanged into one refresh.
    d->summaryTimer.setSingleShot(true);
    d->summaryTimer.setInterval(0);
    connect(&d->summaryTimer, &QTimer::timeout, this, &MainWindow::refreshSummary);

    d->tick.setInterval(1000);
    connect(&d->tick, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        d->model->setNow(now);
        d->quotas->setNow(now);
        d->gatewayPage->setNow(now);
    });
    d->model->setNow(QDateTime::currentDateTimeUtc());
    d->quotas->setNow(QDateTime::currentDateTimeUtc());
    d->gatewayPage->setNow(QDateTime::currentDateTimeUtc());
    d->tick.start();

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(d->quotas, signal, this, &MainWindow::updateQuotasTab);
    connect(d->quotas, &QAbstractItemModel::dataChanged, this, &MainWindow::updateQuotasTab);
    connect(d->quotas, &QAbstractItemModel::modelReset, this, &MainWindow::updateQuotasTab);
    connect(d->quotas, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateQuotasTab);
    updateQuotasTab();
    connect(d->gatewayPage, &GatewayPage::summaryChanged, this, &MainWindow::updateGatewayTab);
    updateGatewayTab();

    d->summariesTimer.setInterval(summariesIntervalMs);
    connect(&d->summariesTimer, &QTimer::timeout, this, &MainWindow::requestSummaries);
    d->summariesSoon.setSingleShot(true);
    d->summariesSoon.setInterval(summariesSoonMs);
    connect(&d->summariesSoon, &QTimer::timeout, this, &MainWindow::requestSummaries);

    applyExpansion();
    applyColours();
    updatePage();
    refreshSummary();
}

MainWindow::~MainWindow()
{
    // The widgets outlive d; nothing they report on their way out may reach it.
    d->splitter->removeEventFilter(this);
    disconnect(d->tree->selectionModel(), nullptr, this, nullptr);
}

void MainWindow::buildOverviewPage()
{
    d->pages = new QStackedWidget(this);
    d->pages->setObjectName(u"pages"_s);

    auto *page = new QWidget(d->pages);
    page->setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 14, 16, 10);
    layout->setSpacing(10);

    d->header = new QFrame(page);
    d->header->setObjectName(u"summaryHeader"_s);
    auto *headerLayout = new QHBoxLayout(d->header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(16);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    d->overallLabel = new QLabel(d->header);
    d->overallLabel->setObjectName(u"overallLabel"_s);
    scaleFont(d->overallLabel, 1.7, true);
    d->headerPathLabel = new QLabel(d->header);
    d->headerPathLabel->setObjectName(u"configPathLabel"_s);
    d->headerPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->headerPathLabel->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(d->overallLabel);
    titles->addWidget(d->headerPathLabel);
    headerLayout->addLayout(titles, 1);

    auto *badgeLayout = new QHBoxLayout;
    badgeLayout->setSpacing(8);
    for (std::size_t i = 0; i < badgeOrder.size(); ++i) {
        auto *badge = new QLabel(d->header);
        badge->setObjectName(u"badge-"_s + machineName(badgeOrder[i]));
        badge->setTextFormat(Qt::RichText);
        badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        d->badges[i] = badge;
        badgeLayout->addWidget(badge, 0, Qt::AlignVCenter);
    }
    headerLayout->addLayout(badgeLayout);
    layout->addWidget(d->header);

    d->filterEdit = new QLineEdit(page);
    d->filterEdit->setObjectName(u"filterEdit"_s);
    d->filterEdit->setPlaceholderText(tr("Filter integrations…"));
    d->filterEdit->setClearButtonEnabled(true);
    d->filterEdit->setMaximumWidth(d->filterEdit->fontMetrics().averageCharWidth() * 40);
    d->filterEdit->setToolTip(tr("Show only integrations or checks whose name contains this text"));
    layout->addWidget(d->filterEdit);

    d->proxy = new OverviewProxyModel(this);
    d->proxy->setSourceModel(d->model);

    d->tree = new QTreeView(page);
    d->tree->setObjectName(u"overviewTree"_s);
    d->tree->setModel(d->proxy);
    d->tree->setItemDelegateForColumn(OverviewModel::StatusColumn, new StatusDelegate(d->tree));
    d->tree->setUniformRowHeights(true);
    d->tree->setAlternatingRowColors(true);
    d->tree->setAllColumnsShowFocus(true);
    d->tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->tree->setSelectionMode(QAbstractItemView::SingleSelection);
    d->tree->setTextElideMode(Qt::ElideRight);
    d->tree->setSortingEnabled(true);
    d->tree->sortByColumn(OverviewModel::NameColumn, Qt::AscendingOrder);
    d->tree->setItemDelegateForColumn(OverviewModel::TrendColumn, new SparklineDelegate(d->tree));
    // "Vendor says" only where some vendor's status page is read.
    const auto showVendorColumn = [this] {
        d->tree->setColumnHidden(OverviewModel::VendorColumn, !d->model->hasVendorPages());
    };
    connect(d->model, &QAbstractItemModel::modelReset, this, showVendorColumn);
    showVendorColumn();

    // The list on top, the history of its current row below; the list keeps a few rows at least.
    d->splitter = new QSplitter(Qt::Vertical, page);
    d->splitter->setObjectName(u"overviewSplitter"_s);
    d->splitter->setChildrenCollapsible(false);
    d->splitter->setHandleWidth(8);
    d->splitter->addWidget(d->tree);
    d->history = new HistoryPanel(d->splitter);
    d->splitter->addWidget(d->history);
    d->tree->setMinimumHeight(d->tree->fontMetrics().height() * 6);
    d->history->setMinimumHeight(d->history->fontMetrics().height() * 8);
    d->splitter->setStretchFactor(0, 2);
    d->splitter->setStretchFactor(1, 3);
    // The split is the user's: remembered across runs where the app has a settings identity.
    if (!QCoreApplication::organizationName().isEmpty()) {
        d->splitChosen = d->splitter->restoreState(QSettings().value(splitterKey).toByteArray());
        connect(d->splitter, &QSplitter::splitterMoved, this,
                [this] { QSettings().setValue(splitterKey, d->splitter->saveState()); });
    }
    connect(d->splitter, &QSplitter::splitterMoved, this, [this] { d->splitChosen = true; });
    d->splitter->installEventFilter(this);
    layout->addWidget(d->splitter, 1);
    setupColumns();

    setTabOrder(d->filterEdit, d->tree);

    connect(d->filterEdit, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(d->tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!d->applyingExpansion && d->proxy->nameFilter().isEmpty())
            d->collapsed.remove(index.data(OverviewModel::IntegrationIdRole).toString());
    });
    connect(d->tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!d->applyingExpansion && d->proxy->nameFilter().isEmpty())
            d->collapsed.insert(index.data(OverviewModel::IntegrationIdRole).toString());
    });

    d->pages->insertWidget(OverviewPage, page);
}

void MainWindow::buildEmptyPage()
{
    auto *page = new QWidget(d->pages);
    page->setObjectName(u"emptyPage"_s);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);

    auto *column = new QWidget(page);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("No integrations configured yet"), column);
    title->setObjectName(u"emptyTitle"_s);
    scaleFont(title, 1.6, true);
    layout->addWidget(title);

    auto *intro = makeWrappingLabel(column);
    intro->setText(tr("Gatewatch checks the integrations listed in its configuration file:"));
    layout->addWidget(intro);

    d->emptyPathLabel = new QLabel(column);
    d->emptyPathLabel->setObjectName(u"emptyPathLabel"_s);
    d->emptyPathLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->emptyPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->emptyPathLabel->setWordWrap(true);
    layout->addWidget(d->emptyPathLabel);

    auto *add = makeWrappingLabel(column);
    add->setText(tr("Add an integration with at least one check there. Gatewatch notices when the file is "
                    "saved, and the integration appears here."));
    layout->addWidget(add);

    auto *demo = makeWrappingLabel(column);
    demo->setText(tr("To look around first, run <code>gatewatch --demo</code>: it shows a demo with "
                     "simulated integrations."));
    layout->addWidget(demo);

    outer->addLayout(centred(column));
    outer->addStretch(3);
    d->pages->insertWidget(EmptyPage, page);
}

void MainWindow::buildConfigErrorPage()
{
    auto *page = new QWidget(d->pages);
    page->setObjectName(u"configErrorPage"_s);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(32, 24, 32, 24);

    auto *column = new QWidget(page);
    column->setMaximumWidth(820);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("The configuration could not be loaded"), column);
    title->setObjectName(u"configErrorTitle"_s);
    scaleFont(title, 1.6, true);
    layout->addWidget(title);

    auto *intro = makeWrappingLabel(column);
    intro->setText(tr("Nothing is being monitored yet. Fix the problems below and save the file; "
                      "Gatewatch loads it again automatically."));
    layout->addWidget(intro);

    d->errorPathLabel = new QLabel(column);
    d->errorPathLabel->setObjectName(u"configErrorPath"_s);
    d->errorPathLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->errorPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->errorPathLabel->setWordWrap(true);
    layout->addWidget(d->errorPathLabel);

    d->errorText = new QPlainTextEdit(column);
    d->errorText->setObjectName(u"configErrorText"_s);
    d->errorText->setReadOnly(true);
    d->errorText->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->errorText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(d->errorText, 1);

    outer->addLayout(centred(column), 1);
    d->pages->insertWidget(ConfigErrorPage, page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showOverview = view->addAction(tr("&Overview"));
    showOverview->setObjectName(u"actionShowOverview"_s);
    showOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showOverview, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(OverviewTab); });
    QAction *showQuotas = view->addAction(tr("&Quotas"));
    showQuotas->setObjectName(u"actionShowQuotas"_s);
    showQuotas->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showQuotas, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(QuotasTab); });
    QAction *showGateway = view->addAction(tr("&Gateway"));
    showGateway->setObjectName(u"actionShowGateway"_s);
    showGateway->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(showGateway, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(GatewayTab); });
    QAction *showFailedCalls = view->addAction(tr("&Failed Calls"));
    showFailedCalls->setObjectName(u"actionShowFailedCalls"_s);
    showFailedCalls->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(showFailedCalls, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(FailedCallsTab); });
    QAction *showWebhooks = view->addAction(tr("&Webhooks"));
    showWebhooks->setObjectName(u"actionShowWebhooks"_s);
    showWebhooks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(showWebhooks, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(WebhooksTab); });
    QAction *showAlerts = view->addAction(tr("&Alerts"));
    showAlerts->setObjectName(u"actionShowAlerts"_s);
    showAlerts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(showAlerts, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(AlertsTab); });
    QAction *showScorecards = view->addAction(tr("&Scorecards"));
    showScorecards->setObjectName(u"actionShowScorecards"_s);
    showScorecards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(showScorecards, &QAction::triggered, this, [this] { d->tabs->setCurrentIndex(ScorecardsTab); });
    view->addSeparator();
    QAction *expandAll = view->addAction(tr("&Expand All"));
    expandAll->setObjectName(u"actionExpandAll"_s);
    connect(expandAll, &QAction::triggered, this, [this] {
        d->collapsed.clear();
        d->tree->expandAll();
    });
    QAction *collapseAll = view->addAction(tr("&Collapse All"));
    collapseAll->setObjectName(u"actionCollapseAll"_s);
    connect(collapseAll, &QAction::triggered, this, [this] {
        for (int row = 0; row < d->model->rowCount(); ++row)
            d->collapsed.insert(d->model->index(row, 0).data(OverviewModel::IntegrationIdRole).toString());
        d->tree->collapseAll();
    });
    view->addSeparator();
    QAction *filter = view->addAction(tr("&Filter"));
    filter->setObjectName(u"actionFilter"_s);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(filter, &QAction::triggered, this, [this] {
        d->tabs->setCurrentIndex(OverviewTab);
        d->filterEdit->setFocus(Qt::ShortcutFocusReason);
        d->filterEdit->selectAll();
    });

    QMenu *checks = menuBar()->addMenu(tr("&Checks"));
    d->pause = checks->addAction(tr("&Pause"));
    d->pause->setObjectName(u"actionPause"_s);
    d->pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    d->pause->setToolTip(tr("Stop checking the selected integration or check, e.g. during announced maintenance"));
    connect(d->pause, &QAction::triggered, this, [this] { requestPause(true); });
    d->resume = checks->addAction(tr("&Resume"));
    d->resume->setObjectName(u"actionResume"_s);
    d->resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(d->resume, &QAction::triggered, this, [this] { requestPause(false); });
    // The same actions on the rows themselves.
    d->tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    d->tree->addAction(d->pause);
    d->tree->addAction(d->resume);
    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateCheckActions);
    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showHistoryOfCurrent);
    connect(d->proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCheckActions);
    updateCheckActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Gatewatch"));
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Gatewatch"),
                           tr("<h3>Gatewatch %1</h3>"
                              "<p>A health dashboard for the third-party integrations and the API gateway "
                              "your business depends on.</p>")
                               .arg(QString::fromLatin1(GATEWATCH_VERSION)));
    });
}

void MainWindow::updateCheckActions()
{
    const QModelIndex current = d->tree->currentIndex();
    if (!current.isValid()) {
        d->pause->setEnabled(false);
        d->resume->setEnabled(false);
        return;
    }
    const QModelIndex row = current.siblingAtColumn(OverviewModel::NameColumn);
    // An integration can be partly paused: offer whichever of the two would change something.
    bool anyPaused = false;
    bool anyRunning = false;
    const auto account = [&](const QModelIndex &index) {
        const bool paused =
            static_cast<HealthStatus>(index.data(OverviewModel::StatusRole).toInt()) == HealthStatus::Paused;
        anyPaused = anyPaused || paused;
        anyRunning = anyRunning || !paused;
    };
    if (row.parent().isValid() || d->proxy->rowCount(row) == 0) {
        account(row);
    } else {
        for (int child = 0; child < d->proxy->rowCount(row); ++child)
            account(d->proxy->index(child, 0, row));
    }
    d->pause->setEnabled(anyRunning);
    d->resume->setEnabled(anyPaused);
}

void MainWindow::requestPause(bool paused)
{
    const QModelIndex row = d->tree->currentIndex().siblingAtColumn(OverviewModel::NameColumn);
    if (!row.isValid())
        return;
    const QString integrationId = row.data(OverviewModel::IntegrationIdRole).toString();
    const QString checkId = row.parent().isValid() ? row.data(OverviewModel::CheckIdRole).toString() : QString();
    Q_EMIT pauseRequested(integrationId, checkId, paused);
}

void MainWindow::setupColumns()
{
    QHeaderView *header = d->tree->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(OverviewModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OverviewModel::ReasonColumn, QHeaderView::Stretch);
    for (OverviewModel::Column column : {OverviewModel::StatusColumn, OverviewModel::LatencyColumn,
                                         OverviewModel::LastCheckedColumn, OverviewModel::CertificateColumn})
        header->setSectionResizeMode(column, QHeaderView::Interactive);

    // Fixed widths from the widest text each column can show, so ticking relative times and
    // changing states never make columns jump.
    const QFontMetrics fm(d->tree->font());
    const int padding = fm.averageCharWidth() * 4;
    const auto headerWidth = [&](int column) {
        return fm.horizontalAdvance(d->model->headerData(column, Qt::Horizontal).toString()) + padding;
    };

    int statusWidth = 0;
    for (const char *word : {"Up", "Paused", "Unknown", "Rate limited", "Degraded", "Down"})
        statusWidth =
            std::max(statusWidth, fm.horizontalAdvance(QCoreApplication::translate("gw::OverviewModel", word)));
    statusWidth += fm.height() * 2 + padding;
    header->resizeSection(OverviewModel::StatusColumn, std::max(statusWidth, headerWidth(OverviewModel::StatusColumn)));

    int vendorWidth = 0;
    for (const QString &text : {QCoreApplication::translate("gw::OverviewModel", "%1 · incident")
                                    .arg(displayName(ComponentStatus::DegradedPerformance)),
                                QCoreApplication::translate("gw::OverviewModel", "Page unreachable"),
                                QCoreApplication::translate("gw::OverviewModel", "Page unreadable")})
        vendorWidth = std::max(vendorWidth, fm.horizontalAdvance(text));
    header->setSectionResizeMode(OverviewModel::VendorColumn, QHeaderView::Interactive);
    header->resizeSection(OverviewModel::VendorColumn,
                          std::max(vendorWidth + padding, headerWidth(OverviewModel::VendorColumn)));

    const int latencyWidth =
        fm.horizontalAdvance(QCoreApplication::translate("gw::OverviewModel", "%1 ms").arg(QLocale().toString(88888)))
        + padding;
    header->resizeSection(OverviewModel::LatencyColumn,
                          std::max(latencyWidth, headerWidth(OverviewModel::LatencyColumn)));

    const QString widestTime = QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    const QString widestAgo = QCoreApplication::translate("gw::OverviewModel", "%n min ago", nullptr, 58);
    const int timeWidth = std::max(fm.horizontalAdvance(widestTime), fm.horizontalAdvance(widestAgo)) + padding;
    header->resizeSection(OverviewModel::LastCheckedColumn,
                          std::max(timeWidth, headerWidth(OverviewModel::LastCheckedColumn)));
    header->setSectionResizeMode(OverviewModel::TrendColumn, QHeaderView::Interactive);
    header->resizeSection(OverviewModel::TrendColumn,
                          std::max(fm.averageCharWidth() * 10, headerWidth(OverviewModel::TrendColumn)));
    header->setSectionResizeMode(OverviewModel::UptimeColumn, QHeaderView::Interactive);
    const int uptimeWidth =
        fm.horizontalAdvance(QCoreApplication::translate("gw::OverviewModel", "%1 %", "uptime percentage")
                                 .arg(QLocale().toString(99.99, 'f', 2)))
        + padding;
    header->resizeSection(OverviewModel::UptimeColumn, std::max(uptimeWidth, headerWidth(OverviewModel::UptimeColumn)));
    int certificateWidth = 0;
    for (const QString &text :
         {QCoreApplication::translate("gw::OverviewModel", "expired"),
          QCoreApplication::translate("gw::OverviewModel", "%1 d", "days until the certificate expires").arg(8888),
          QCoreApplication::translate("gw::OverviewModel", "expires today")})
        certificateWidth = std::max(certificateWidth, fm.horizontalAdvance(text));
    header->resizeSection(OverviewModel::CertificateColumn,
                          std::max(certificateWidth + padding, headerWidth(OverviewModel::CertificateColumn)));
    int quotaWidth = 0;
    for (const QString &text : {QCoreApplication::translate("gw::OverviewModel", "%1% left").arg(100),
                                QCoreApplication::translate("gw::OverviewModel", "exhausted"),
                                QCoreApplication::translate("gw::OverviewModel", "reported")})
        quotaWidth = std::max(quotaWidth, fm.horizontalAdvance(text));
    header->setSectionResizeMode(OverviewModel::QuotaColumn, QHeaderView::Interactive);
    header->resizeSection(OverviewModel::QuotaColumn,
                          std::max(quotaWidth + padding, headerWidth(OverviewModel::QuotaColumn)));
    header->setMinimumSectionSize(fm.averageCharWidth() * 6);
}

void MainWindow::showConfigProblems(const QStringList &problems, bool keptRunning)
{
    d->configFatal = !problems.isEmpty() && !keptRunning;
    if (problems.isEmpty() || d->configFatal)
        d->configBanner->clear();
    else
        d->configBanner->setMessage(tr("The configuration has errors — the last good configuration keeps running."),
                                    problems, true);
    d->configBanner->parentWidget()->setVisible(!problems.isEmpty() && !d->configFatal);
    d->errorText->setPlainText(d->configFatal ? problems.join(u'\n') : QString());
    updatePage();
    refreshSummary();
}

void MainWindow::showHistoryProblem(const QString &headline, const QString &details)
{
    if (headline.isEmpty())
        d->historyBanner->clear();
    else
        d->historyBanner->setMessage(headline, details.isEmpty() ? QStringList() : QStringList{details});
    d->historyBanner->parentWidget()->setVisible(!headline.isEmpty());
}

void MainWindow::showLiveSourceProblem(const QString &headline, const QString &details)
{
    if (headline.isEmpty())
        d->liveSourceBanner->clear();
    else
        d->liveSourceBanner->setMessage(headline, details.isEmpty() ? QStringList() : QStringList{details});
    d->liveSourceBanner->parentWidget()->setVisible(!headline.isEmpty());
}

void MainWindow::setLiveSource(const QString &source)
{
    d->liveSource = source;
    setConfigPath(d->configPath);
}

void MainWindow::showNotices(const QStringList &notices)
{
    if (notices.isEmpty())
        d->noticeBanner->clear();
    else
        d->noticeBanner->setMessage(tr("Gatewatch adjusted how often some checks run"), notices);
    d->noticeBanner->parentWidget()->setVisible(!notices.isEmpty());
}

void MainWindow::setConfigPath(const QString &path)
{
    d->configPath = path;
    const QString shown = path.isEmpty() ? tr("(no configuration file)") : path;
    d->headerPathLabel->setText(d->liveSource.isEmpty()
                                    ? tr("Configuration: %1").arg(shown)
                                    : tr("Configuration: %1 · live state from %2").arg(shown, d->liveSource));
    d->headerPathLabel->setToolTip(path);
    d->emptyPathLabel->setText(shown);
    d->errorPathLabel->setText(shown);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (!d->statusSummary) // still being built
        return;
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        applyColours();
        refreshSummary();
        updateQuotasTab();
        updateGatewayTab();
        updateWebhooksTab();
        updateAlertsTab();
        break;
    default:
        break;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The splitter is resized before it is first shown (the overview page replaces the empty
    // page once a configuration loads), so both events count.
    if (watched == d->splitter && (event->type() == QEvent::Resize || event->type() == QEvent::Show) && !d->splitChosen)
        chooseSplit();
    return QMainWindow::eventFilter(watched, event);
}

// Until the user drags the handle (on every resize of the splitter, and when history comes or
// goes): the list gets what its rows need, up to two fifths of the height when there are charts
// to show, and all but a few lines of text when history is off.
void MainWindow::chooseSplit()
{
    if (!d->splitter->isVisibleTo(this))
        return;
    const int total = d->splitter->height() - d->splitter->handleWidth();
    if (total <= 0)
        return;
    int tree = total - d->history->minimumHeight();
    if (d->provider) {
        int rows = 0;
        for (int row = 0; row < d->proxy->rowCount(); ++row)
            rows +=
                1 + (d->tree->isExpanded(d->proxy->index(row, 0)) ? d->proxy->rowCount(d->proxy->index(row, 0)) : 0);
        const int rowHeight = std::max(d->tree->sizeHintForRow(0), d->tree->fontMetrics().height() + 8);
        const int wanted = d->tree->header()->sizeHint().height() + rows * rowHeight + 2 * d->tree->frameWidth() + 4;
        tree = std::min(wanted, total * 2 / 5);
    }
    tree = std::max(tree, d->tree->minimumHeight());
    d->splitter->setSizes({tree, std::max(0, total - tree)});
}

void MainWindow::applyFilter(const QString &text)
{
    d->proxy->setNameFilter(text);
    applyExpansion();
}

void MainWindow::applyExpansion(int first, int last)
{
    const int rows = d->proxy->rowCount();
    if (last < 0 || last >= rows)
        last = rows - 1;
    // While filtering, show every match; the user's own choices come back when the filter is cleared.
    const bool filtering = !d->proxy->nameFilter().isEmpty();
    d->applyingExpansion = true;
    for (int row = std::max(0, first); row <= last; ++row) {
        const QModelIndex index = d->proxy->index(row, 0);
        const bool expand =
            filtering || !d->collapsed.contains(index.data(OverviewModel::IntegrationIdRole).toString());
        d->tree->setExpanded(index, expand);
    }
    d->applyingExpansion = false;
}

void MainWindow::updatePage()
{
    if (d->configFatal)
        d->pages->setCurrentIndex(ConfigErrorPage);
    else if (d->model->rowCount() == 0)
        d->pages->setCurrentIndex(EmptyPage);
    else
        d->pages->setCurrentIndex(OverviewPage);
}

void MainWindow::scheduleSummary()
{
    d->summaryTimer.start();
}

void MainWindow::refreshSummary()
{
    int total = 0;
    std::array<int, badgeOrder.size()> counts{};
    for (std::size_t i = 0; i < badgeOrder.size(); ++i) {
        counts[i] = d->model->countInState(badgeOrder[i]);
        total += counts[i];
    }
    const auto count = [&](HealthStatus status) {
        for (std::size_t i = 0; i < badgeOrder.size(); ++i) {
            if (badgeOrder[i] == status)
                return counts[i];
        }
        return 0;
    };

    QString headline;
    QString titleSuffix;
    QStringList problems;
    for (HealthStatus status :
         {HealthStatus::Down, HealthStatus::Degraded, HealthStatus::RateLimited, HealthStatus::Unknown}) {
        if (count(status) > 0)
            problems.append(countText(status, count(status)));
    }
    const bool nothingChecked = count(HealthStatus::Unknown) > 0 && count(HealthStatus::Up) == 0
                                && count(HealthStatus::Down) == 0 && count(HealthStatus::Degraded) == 0;

    if (d->configFatal) {
        headline = tr("Configuration error");
        titleSuffix = tr("configuration error");
    } else if (d->model->rowCount() == 0 || total == 0) {
        headline = tr("No checks configured");
    } else if (nothingChecked) {
        headline = tr("Waiting for the first results");
        titleSuffix = tr("waiting for results");
    } else if (!problems.isEmpty()) {
        headline = problems.join(tr(", ", "separator between counts"));
        titleSuffix = headline;
    } else if (count(HealthStatus::Up) == 0) {
        headline = tr("All checks paused");
        titleSuffix = tr("all paused");
    } else {
        headline = tr("All systems up");
        titleSuffix = tr("all up");
    }

    d->overall = d->model->overallStatus();
    d->overallLabel->setText(headline);
    updateOverallColour();
    setWindowTitle(titleSuffix.isEmpty() ? tr("Gatewatch") : tr("Gatewatch — %1").arg(titleSuffix));

    const StatusPalette colours(palette());
    for (std::size_t i = 0; i < badgeOrder.size(); ++i) {
        QLabel *badge = d->badges[i];
        badge->setVisible(counts[i] > 0);
        badge->setText(u"<span style=\"color:%1\">\u25CF</span>&nbsp;%2"_s.arg(
            colourName(colours.foreground(badgeOrder[i])), countText(badgeOrder[i], counts[i]).toHtmlEscaped()));
    }

    QDateTime latest;
    for (int row = 0; row < d->model->rowCount(); ++row) {
        const QDateTime at =
            d->model->index(row, OverviewModel::LastCheckedColumn).data(OverviewModel::RawValueRole).toDateTime();
        if (at.isValid() && (!latest.isValid() || at > latest))
            latest = at;
    }
    d->statusSummary->setText(headline);
    d->statusLastUpdate->setText(
        latest.isValid() ? tr("Last update %1").arg(QLocale().toString(latest.toLocalTime().time(), u"HH:mm:ss"_s))
                         : tr("No results yet"));
}

void MainWindow::updateOverallColour()
{
    const StatusPalette colours(palette());
    const QColor wanted = d->model->rowCount() == 0 || d->configFatal ? palette().color(QPalette::WindowText)
                                                                      : colours.foreground(d->overall);
    if (d->overallLabel->palette().color(QPalette::WindowText) == wanted)
        return;
    QPalette overall = d->overallLabel->palette();
    overall.setColor(QPalette::WindowText, wanted);
    d->overallLabel->setPalette(overall);
}

void MainWindow::updateQuotasTab()
{
    const int problems = d->quotas->problemCount();
    d->tabs->setTabText(QuotasTab, problems > 0 ? tr("Quotas (%1)").arg(problems) : tr("Quotas"));
    d->tabs->setTabToolTip(QuotasTab, problems > 0 ? tr("Quotas running low or exhausted: %1 (Ctrl+2)").arg(problems)
                                                   : tr("Rate limits and quotas the vendors report (Ctrl+2)"));
    QuotaStatus worst = QuotaStatus::Ok;
    for (int row = 0; row < d->quotas->rowCount(); ++row)
        worst = std::max(worst, d->quotas->state(row).status);
    // An invalid colour gives the tab its normal text colour back.
    const QColor colour = problems > 0 ? StatusPalette(palette()).foreground(worst) : QColor();
    if (d->tabs->tabBar()->tabTextColor(QuotasTab) != colour)
        d->tabs->tabBar()->setTabTextColor(QuotasTab, colour);
}

void MainWindow::updateGatewayTab()
{
    const int problems = d->gatewayPage->problemCount();
    d->tabs->setTabText(GatewayTab, problems > 0 ? tr("Gateway (%1)").arg(problems) : tr("Gateway"));
    d->tabs->setTabToolTip(
        GatewayTab, problems > 0 ? tr("Routes with errors, upstream targets down or an unreadable metrics page: %1 "
                                      "(Ctrl+3)")
                                       .arg(problems)
                                 : tr("Routes, upstream targets and error rates of the API gateway (Ctrl+3)"));
    // The gateway itself down colours the tab even before any route counts against it.
    const HealthStatus attention = d->gatewayPage->attention();
    const QColor colour = attention == HealthStatus::Up ? QColor() : StatusPalette(palette()).foreground(attention);
    if (d->tabs->tabBar()->tabTextColor(GatewayTab) != colour)
        d->tabs->tabBar()->setTabTextColor(GatewayTab, colour);
}

void MainWindow::updateWebhooksTab()
{
    const int sources = d->webhooksPage->attention();
    d->tabs->setTabText(WebhooksTab, sources > 0 ? tr("Webhooks (%1)").arg(sources) : tr("Webhooks"));
    d->tabs->setTabToolTip(
        WebhooksTab,
        sources > 0 ? tr("Webhook sources with signature failures, undelivered webhooks or unusual volume: %1 (Ctrl+5)")
                          .arg(sources)
                    : tr("Webhooks the gateway received, their signatures and forwarding (Ctrl+5)"));
    const QColor colour = sources > 0 ? StatusPalette(palette()).foreground(HealthStatus::Degraded) : QColor();
    if (d->tabs->tabBar()->tabTextColor(WebhooksTab) != colour)
        d->tabs->tabBar()->setTabTextColor(WebhooksTab, colour);
}

void MainWindow::updateAlertsTab()
{
    const int count = d->unhandledAlerts;
    d->tabs->setTabText(AlertsTab, count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
    d->tabs->setTabToolTip(AlertsTab, count > 0
                                          ? tr("Firing alerts nobody has acknowledged or silenced: %1 (Ctrl+6)").arg(count)
                                          : tr("Active alerts, their history and silences (Ctrl+6)"));
    QColor colour;
    if (count > 0) {
        const HealthStatus status = d->worstAlert == int(AlertSeverity::Critical) ? HealthStatus::Down
                                    : d->worstAlert == int(AlertSeverity::Warning) ? HealthStatus::Degraded
                                                                                   : HealthStatus::Paused;
        colour = StatusPalette(palette()).foreground(status);
    }
    if (d->tabs->tabBar()->tabTextColor(AlertsTab) != colour)
        d->tabs->tabBar()->setTabTextColor(AlertsTab, colour);
}

AlertsPage *MainWindow::alertsPage() const
{
    return d->alertsPage;
}

void MainWindow::showAlerts(const QString &rule)
{
    if (!rule.isEmpty())
        d->alertsPage->selectAlert(rule);
    d->tabs->setCurrentIndex(AlertsTab);
}

ScorecardsPage *MainWindow::scorecardsPage() const
{
    return d->scorecardsPage;
}

WebhooksPage *MainWindow::webhooksPage() const
{
    return d->webhooksPage;
}

void MainWindow::showWebhooks(const QString &source)
{
    d->webhooksPage->showSource(source);
    d->tabs->setCurrentIndex(WebhooksTab);
}

GatewayPage *MainWindow::gatewayPage() const
{
    return d->gatewayPage;
}

void MainWindow::applyColours()
{
    if (!d->overallLabel)
        return;
    const StatusPalette colours(palette());
    const QPalette base = palette();

    for (std::size_t i = 0; i < badgeOrder.size(); ++i) {
        d->badges[i]->setStyleSheet(
            u"QLabel { background: %1; color: %2; border-radius: 10px; padding: 2px 10px; }"_s.arg(
                colourName(colours.tint(badgeOrder[i])), colourName(base.color(QPalette::WindowText))));
    }
    d->configBanner->applyColours(base);
    d->noticeBanner->applyColours(base);
    d->historyBanner->applyColours(base);
    d->liveSourceBanner->applyColours(base);
}

FailedCallsPage *MainWindow::failedCallsPage() const
{
    return d->failedCallsPage;
}

void MainWindow::showFailedCalls(const CallFilter &filter)
{
    d->failedCallsPage->showCalls(filter);
    d->tabs->setCurrentIndex(FailedCallsTab);
}

void MainWindow::showHistory(const QString &integrationId, const QString &checkId, qint64 fromMs, qint64 toMs)
{
    d->tabs->setCurrentIndex(OverviewTab);
    // The row must be there to be picked.
    if (!d->filterEdit->text().isEmpty())
        d->filterEdit->clear();
    d->subjectIntegration = integrationId;
    d->subjectCheck = checkId;
    restoreCurrent();
    if (d->subjectIntegration.isEmpty())
        return; // not in the configuration (any more)
    d->history->setCustomRange(fromMs, toMs > fromMs ? toMs : QDateTime::currentMSecsSinceEpoch());
}

void MainWindow::setHistoryProvider(HistoryProvider *provider)
{
    if (provider == d->provider)
        return;
    d->provider = provider;
    ++d->summariesGeneration; // answers from the previous provider are dropped
    d->history->setProvider(provider);
    d->webhooksPage->setProvider(provider);
    if (!d->splitChosen)
        chooseSplit();
    if (provider) {
        d->summariesTimer.start();
        d->summariesSoon.start();
    } else {
        d->summariesTimer.stop();
        d->summariesSoon.stop();
        d->model->setSummaries({});
    }
}

void MainWindow::requestSummaries()
{
    if (!d->provider)
        return;
    QStringList ids;
    for (int row = 0; row < d->model->rowCount(); ++row)
        ids.append(d->model->index(row, 0).data(OverviewModel::IntegrationIdRole).toString());
    if (ids.isEmpty())
        return;
    const quint64 generation = ++d->summariesGeneration;
    auto *watcher = new QFutureWatcher<QList<IntegrationSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<QList<IntegrationSummary>> done = watcher->future();
        // A newer question is on its way, or this one failed: keep what is shown until the next.
        if (generation != d->summariesGeneration || done.isCanceled() || done.resultCount() == 0)
            return;
        d->model->setSummaries(done.result());
    });
    watcher->setFuture(d->provider->summaries(ids, QDateTime::currentMSecsSinceEpoch()));
}

void MainWindow::showHistoryOfCurrent()
{
    const QModelIndex row = d->tree->currentIndex().siblingAtColumn(OverviewModel::NameColumn);
    if (!row.isValid()) {
        // A reset clears the current row for a moment; restoreCurrent() picks it up again.
        return;
    }
    const QString integrationId = row.data(OverviewModel::IntegrationIdRole).toString();
    const bool isCheck = row.parent().isValid();
    const QString checkId = isCheck ? row.data(OverviewModel::CheckIdRole).toString() : QString();
    const QModelIndex integration = isCheck ? row.parent() : row;
    QHash<QString, QString> checkNames;
    for (int child = 0; child < d->proxy->rowCount(integration); ++child) {
        const QModelIndex check = d->proxy->index(child, OverviewModel::NameColumn, integration);
        checkNames.insert(check.data(OverviewModel::CheckIdRole).toString(), check.data().toString());
    }
    const QString name =
        isCheck ? tr("%1 · %2", "integration · check").arg(integration.data().toString(), row.data().toString())
                : row.data().toString();
    d->subjectIntegration = integrationId;
    d->subjectCheck = checkId;
    d->history->setCheckNames(checkNames);
    // What the vendor's status page declared is drawn over the charts (a vendor is named only with a page).
    d->history->setSubject(integrationId, checkId, name, row.data(OverviewModel::VendorIdRole).toString(),
                           row.data(OverviewModel::VendorNameRole).toString());
}

void MainWindow::restoreCurrent()
{
    if (d->subjectIntegration.isEmpty())
        return;
    for (int row = 0; row < d->proxy->rowCount(); ++row) {
        const QModelIndex integration = d->proxy->index(row, 0);
        if (integration.data(OverviewModel::IntegrationIdRole).toString() != d->subjectIntegration)
            continue;
        QModelIndex wanted = integration;
        for (int child = 0; !d->subjectCheck.isEmpty() && child < d->proxy->rowCount(integration); ++child) {
            const QModelIndex check = d->proxy->index(child, 0, integration);
            if (check.data(OverviewModel::CheckIdRole).toString() == d->subjectCheck)
                wanted = check;
        }
        d->tree->setCurrentIndex(wanted);
        return;
    }
    // The integration is gone from the configuration.
    d->subjectIntegration.clear();
    d->subjectCheck.clear();
    d->history->setSubject({}, {}, {});
}

} // namespace gw
