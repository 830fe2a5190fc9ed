#include "webhookspage.h"

#include "callformat.h"
#include "evidenceviews.h"
#include "historyprovider.h"
#include "statuspalette.h"
#include "webhookdeliveriesmodel.h"
#include "whenready.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

struct Window
{
    const char *label;
    qint64 spanMs;
};
constexpr Window windows[] = {
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Last 15 minutes"), 15 * 60'000LL},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Last hour"), 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Last 6 hours"), 6 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Last 24 hours"), 24 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Last 7 days"), 7 * 24 * 3'600'000LL},
};
constexpr int defaultWindow = 3; // 24 hours

// What the "Show" filter lets through.
enum class Kind { All, Problems, SignatureFailures, Rejected, NotDelivered, Duplicates };
struct KindChoice
{
    const char *label;
    Kind kind;
};
constexpr KindChoice kinds[] = {
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "All deliveries"), Kind::All},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Any problem"), Kind::Problems},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Signature failures"), Kind::SignatureFailures},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Rejected by the gateway"), Kind::Rejected},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Not forwarded"), Kind::NotDelivered},
    {QT_TRANSLATE_NOOP("gw::WebhooksPage", "Duplicates"), Kind::Duplicates},
};

constexpr qint64 hourMs = 3'600'000;
// On screen the table follows new deliveries closely; off screen only the tab's count needs them.
constexpr int visibleRefreshMs = 5000;
constexpr int hiddenRefreshMs = 60'000;
constexpr qint64 volumeDays = 8; // the last complete hour and the same hour on the seven days before

enum HealthColumn {
    HealthSource,
    HealthDeliveries,
    HealthDelivered,
    HealthSignatures,
    HealthDuplicates,
    HealthLag,
    HealthVolume,
    HealthColumnCount
};

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Whole percentages without decimals; others with one, never rounded up to 100.
QString percent(double share)
{
    const double value = share * 100.0;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    const double shown = whole ? value : std::min(value, 99.9);
    return WebhooksPage::tr("%1 %").arg(QLocale().toString(shown, 'f', whole ? 0 : 1));
}

QString htmlRow(const QString &name, const QString &valueHtml)
{
    return u"<tr><td style='padding-right:14px; color:palette(mid)'>"_s + name.toHtmlEscaped() + u"</td><td>"_s
           + valueHtml + u"</td></tr>"_s;
}

QString code(const QString &text)
{
    return u"<code>"_s + text.toHtmlEscaped() + u"</code>"_s;
}

// The filters that are not the time window: those are asked of the history.
class DeliveryFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Failing verdicts in the palette's red, duplicates in amber.
    void setColours(const QColor &failed, const QColor &duplicate)
    {
        m_failed = failed;
        m_duplicate = duplicate;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole)
            return QSortFilterProxyModel::data(index, role);
        const auto *deliveries = static_cast<const WebhookDeliveriesModel *>(sourceModel());
        const WebhookDelivery *delivery = deliveries->delivery(mapToSource(index).row());
        if (!delivery)
            return {};
        switch (index.column()) {
        case WebhookDeliveriesModel::SignatureColumn:
            if (isSignatureFailure(*delivery))
                return m_failed;
            return isDuplicate(*delivery) ? QVariant(m_duplicate) : QVariant();
        case WebhookDeliveriesModel::GatewayColumn:
            return delivery->verdict == u"rejected" ? QVariant(m_failed) : QVariant();
        case WebhookDeliveriesModel::ForwardedColumn: {
            const DeliveryAttempt *latest = delivery->latestAttempt();
            return latest && latest->status == u"failed" ? QVariant(m_failed) : QVariant();
        }
        default:
            return {};
        }
    }

    void set(const QString &source, Kind kind, const QString &text)
    {
        if (source == m_source && kind == m_kind && text == m_text)
            return;
        m_source = source;
        m_kind = kind;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        Q_UNUSED(parent)
        const auto *deliveries = static_cast<const WebhookDeliveriesModel *>(sourceModel());
        const GatewayEvent *event = deliveries->event(row);
        if (!event)
            return false;
        const WebhookDelivery &delivery = *event->webhookDelivery();
        if (!m_source.isEmpty() && delivery.source != m_source)
            return false;
        if (!kindMatches(delivery))
            return false;
        if (m_text.isEmpty())
            return true;
        const auto has = [this](const QString &value) { return value.contains(m_text, Qt::CaseInsensitive); };
        return has(event->id) || has(delivery.topic) || has(delivery.verdictReason)
               || has(WebhookDeliveriesModel::signatureText(delivery))
               || (delivery.verification && has(delivery.verification->dedupeId));
    }

private:
    bool kindMatches(const WebhookDelivery &delivery) const
    {
        const DeliveryAttempt *latest = delivery.latestAttempt();
        const bool rejected = delivery.verdict == u"rejected";
        const bool notForwarded = latest && latest->status == u"failed";
        switch (m_kind) {
        case Kind::All:
            return true;
        case Kind::Problems:
            return isSignatureFailure(delivery) || rejected || notForwarded || isDuplicate(delivery);
        case Kind::SignatureFailures:
            return isSignatureFailure(delivery);
        case Kind::Rejected:
            return rejected;
        case Kind::NotDelivered:
            return notForwarded;
        case Kind::Duplicates:
            return isDuplicate(delivery);
        }
        return true;
    }

    QColor m_failed;
    QColor m_duplicate;
    QString m_source;
    Kind m_kind = Kind::All;
    QString m_text;
};

} // namespace

struct WebhooksPage::Private
{
    const HistoryProvider *provider = nullptr;
    std::function<qint64()> clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    WebhookDeliveriesModel *model = nullptr;
    DeliveryFilter *proxy = nullptr;
    QList<WebhookSourceHealth> health;
    int attention = 0;

    // One refresh asks for two things; both must be in before the page changes.
    quint64 generation = 0;
    std::optional<QList<GatewayEvent>> events;
    std::optional<QList<WebhookVolume>> volumes;
    bool failed = false;
    bool truncated = false;
    qint64 askedAtMs = 0;

    QComboBox *source = nullptr;
    QComboBox *kind = nullptr;
    QComboBox *window = nullptr;
    QLineEdit *text = nullptr;
    QLabel *count = nullptr;
    QTimer textDelay;
    QTimer refreshTimer;

    QTableWidget *healthTable = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *emptyLabel = nullptr;
    QTableView *table = nullptr;

    QStackedWidget *detailStack = nullptr;
    QLabel *detailHint = nullptr;
    QLabel *sentence = nullptr;
    QPushButton *copyPayload = nullptr;
    QPushButton *copySummary = nullptr;
    QTabWidget *tabs = nullptr;
    QTextBrowser *verification = nullptr;
    QTableWidget *headers = nullptr;
    QCheckBox *pretty = nullptr;
    QLabel *payloadSize = nullptr;
    QPlainTextEdit *payload = nullptr;
    QTableWidget *attempts = nullptr;
    QLabel *nextAttempt = nullptr;

    std::optional<GatewayEvent> shown;
    QString selectedId; // kept across refreshes
    bool applying = false;
};

WebhooksPage::WebhooksPage(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setObjectName(u"webhooksPage"_s);
    d->model = new WebhookDeliveriesModel(this);
    d->proxy = new DeliveryFilter(this);
    d->proxy->setSourceModel(d->model);
    d->proxy->setSortRole(WebhookDeliveriesModel::RawValueRole);
    applyColours();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    buildHealth();
    buildFilters();

    d->stack = new QStackedWidget(this);
    d->emptyLabel = new QLabel(tr("History is off, so webhook deliveries are not kept."), this);
    d->emptyLabel->setObjectName(u"webhooksEmpty"_s);
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    d->emptyLabel->setWordWrap(true);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"webhooksSplit"_s);
    d->table = new QTableView(split);
    d->table->setObjectName(u"webhookDeliveries"_s);
    d->table->setModel(d->proxy);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(WebhookDeliveriesModel::ReceivedColumn, Qt::DescendingOrder);
    d->table->setWordWrap(false);
    d->table->setShowGrid(false);
    d->table->setAlternatingRowColors(true);
    d->table->verticalHeader()->setVisible(false);
    d->table->verticalHeader()->setDefaultSectionSize(d->table->fontMetrics().height() + 8);
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = d->table->fontMetrics().horizontalAdvance(u'8');
    const std::pair<int, int> widths[] = {
        {WebhookDeliveriesModel::ReceivedColumn, 20}, {WebhookDeliveriesModel::SourceColumn, 10},
        {WebhookDeliveriesModel::TopicColumn, 22},    {WebhookDeliveriesModel::GatewayColumn, 20},
        {WebhookDeliveriesModel::AttemptsColumn, 8},  {WebhookDeliveriesModel::ForwardedColumn, 14},
        {WebhookDeliveriesModel::LagColumn, 8},       {WebhookDeliveriesModel::SignatureColumn, 20},
    };
    for (const auto &[column, chars] : widths)
        d->table->setColumnWidth(column, chars * digit);
    split->addWidget(d->table);
    buildDetail();
    split->addWidget(d->detailStack);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    d->stack->addWidget(split);
    d->stack->addWidget(d->emptyLabel);
    d->stack->setCurrentWidget(d->emptyLabel);
    layout->addWidget(d->stack, 1);

    d->refreshTimer.setInterval(hiddenRefreshMs);
    connect(&d->refreshTimer, &QTimer::timeout, this, &WebhooksPage::refresh);
    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WebhooksPage::selectionChanged);
    connect(d->proxy, &QAbstractItemModel::modelReset, this, &WebhooksPage::updateCount);
    connect(d->proxy, &QAbstractItemModel::rowsInserted, this, &WebhooksPage::updateCount);
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, &WebhooksPage::updateCount);
    connect(d->proxy, &QAbstractItemModel::layoutChanged, this, &WebhooksPage::updateCount);
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::buildHealth()
{
    d->healthTable = new QTableWidget(0, HealthColumnCount, this);
    d->healthTable->setObjectName(u"webhookHealth"_s);
    d->healthTable->setHorizontalHeaderLabels({tr("Source"), tr("Deliveries"), tr("Delivered"),
                                               tr("Signature failures"), tr("Duplicates"), tr("Lag p50 / p95"),
                                               tr("Last full hour")});
    d->healthTable->horizontalHeaderItem(HealthDelivered)
        ->setToolTip(tr("Of the deliveries the gateway accepted and finished with, the share forwarded to the "
                        "product"));
    d->healthTable->horizontalHeaderItem(HealthSignatures)
        ->setToolTip(tr("Of the deliveries Gatewatch checked, the share no configured secret signed"));
    d->healthTable->horizontalHeaderItem(HealthLag)->setToolTip(
        tr("From the vendor's own timestamp to the gateway's receipt"));
    d->healthTable->horizontalHeaderItem(HealthVolume)
        ->setToolTip(tr("Deliveries in the last complete hour, against the median of the same hour on the seven "
                        "days before"));
    d->healthTable->verticalHeader()->setVisible(false);
    d->healthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->healthTable->horizontalHeader()->setStretchLastSection(false);
    d->healthTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->healthTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->healthTable->setSelectionMode(QAbstractItemView::NoSelection);
    d->healthTable->setShowGrid(false);
    d->healthTable->setFocusPolicy(Qt::NoFocus);
    d->healthTable->setToolTip(tr("Click a source to see its deliveries"));
    d->healthTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(d->healthTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = d->healthTable->item(row, HealthSource))
            showSource(item->data(Qt::UserRole).toString());
    });
    layout()->addWidget(d->healthTable);
}

void WebhooksPage::buildFilters()
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    d->source = new QComboBox(this);
    d->source->setObjectName(u"webhooksSource"_s);
    d->source->addItem(tr("All sources"), QString());
    d->kind = new QComboBox(this);
    d->kind->setObjectName(u"webhooksKind"_s);
    for (const KindChoice &choice : kinds)
        d->kind->addItem(tr(choice.label), int(choice.kind));
    d->window = new QComboBox(this);
    d->window->setObjectName(u"webhooksWindow"_s);
    for (const Window &window : windows)
        d->window->addItem(tr(window.label), window.spanMs);
    d->window->setCurrentIndex(defaultWindow);
    d->text = new QLineEdit(this);
    d->text->setObjectName(u"webhooksText"_s);
    d->text->setPlaceholderText(tr("Search id, topic, verdict"));
    d->text->setClearButtonEnabled(true);
    d->count = new QLabel(this);
    d->count->setObjectName(u"webhooksCount"_s);
    bar->addWidget(d->source);
    bar->addWidget(d->kind);
    bar->addWidget(d->window);
    bar->addWidget(d->text, 1);
    bar->addWidget(d->count);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);

    d->textDelay.setSingleShot(true);
    d->textDelay.setInterval(200);
    connect(&d->textDelay, &QTimer::timeout, this, &WebhooksPage::applyFilter);
    connect(d->text, &QLineEdit::textChanged, this, [this] { d->textDelay.start(); });
    connect(d->source, &QComboBox::currentIndexChanged, this, [this] {
        if (!d->applying)
            applyFilter();
    });
    connect(d->kind, &QComboBox::currentIndexChanged, this, &WebhooksPage::applyFilter);
    connect(d->window, &QComboBox::currentIndexChanged, this, &WebhooksPage::refresh);
}

void WebhooksPage::buildDetail()
{
    d->detailStack = new QStackedWidget(this);
    d->detailHint = new QLabel(
        tr("Select a delivery to see how its signature was checked, what the vendor sent and how it was forwarded."),
        d->detailStack);
    d->detailHint->setObjectName(u"webhookDetailHint"_s);
    d->detailHint->setAlignment(Qt::AlignCenter);
    d->detailHint->setWordWrap(true);
    d->detailStack->addWidget(d->detailHint);

    auto *detail = new QWidget(d->detailStack);
    detail->setObjectName(u"webhookDetail"_s);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    d->sentence = new QLabel(detail);
    d->sentence->setObjectName(u"webhookSentence"_s);
    d->sentence->setWordWrap(true);
    d->sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = d->sentence->font();
    bold.setBold(true);
    d->sentence->setFont(bold);
    top->addWidget(d->sentence, 1);
    d->copyPayload = new QPushButton(tr("Copy payload"), detail);
    d->copyPayload->setObjectName(u"copyPayload"_s);
    d->copyPayload->setToolTip(tr("The payload exactly as received (redacted where it held a secret)"));
    d->copySummary = new QPushButton(tr("Copy summary"), detail);
    d->copySummary->setObjectName(u"copyWebhookSummary"_s);
    d->copySummary->setToolTip(tr("A Markdown summary for an incident channel"));
    top->addWidget(d->copyPayload, 0, Qt::AlignTop);
    top->addWidget(d->copySummary, 0, Qt::AlignTop);
    layout->addLayout(top);
    connect(d->copyPayload, &QPushButton::clicked, this, [this] {
        if (d->shown)
            QApplication::clipboard()->setText(QString::fromUtf8(d->shown->webhookDelivery()->body));
    });
    connect(d->copySummary, &QPushButton::clicked, this, &WebhooksPage::copySummary);

    d->tabs = new QTabWidget(detail);
    d->tabs->setObjectName(u"webhookTabs"_s);
    d->tabs->setDocumentMode(true);
    d->verification = new QTextBrowser(d->tabs);
    d->verification->setObjectName(u"webhookVerification"_s);
    d->tabs->addTab(d->verification, tr("Verification"));
    d->headers = headersTable(d->tabs, u"webhookHeaders"_s);
    d->tabs->addTab(d->headers, tr("Headers"));

    auto *payload = new QWidget(d->tabs);
    auto *payloadLayout = new QVBoxLayout(payload);
    auto *payloadTop = new QHBoxLayout;
    d->payloadSize = new QLabel(payload);
    d->payloadSize->setObjectName(u"webhookPayloadSize"_s);
    d->pretty = new QCheckBox(tr("Pretty"), payload);
    d->pretty->setObjectName(u"webhookPretty"_s);
    d->pretty->setChecked(true);
    d->pretty->setToolTip(tr("Indent JSON and XML for reading; off shows the bytes the signature covers"));
    payloadTop->addWidget(d->payloadSize, 1);
    payloadTop->addWidget(d->pretty);
    d->payload = bodyView(payload, u"webhookPayload"_s);
    payloadLayout->addLayout(payloadTop);
    payloadLayout->addWidget(d->payload, 1);
    d->tabs->addTab(payload, tr("Payload"));
    connect(d->pretty, &QCheckBox::toggled, this, &WebhooksPage::showPayload);

    auto *attempts = new QWidget(d->tabs);
    auto *attemptsLayout = new QVBoxLayout(attempts);
    d->attempts = new QTableWidget(0, 6, attempts);
    d->attempts->setObjectName(u"webhookAttempts"_s);
    d->attempts->setHorizontalHeaderLabels(
        {tr("Time"), tr("Status"), tr("HTTP"), tr("Duration"), tr("Trigger"), tr("Response")});
    d->attempts->verticalHeader()->setVisible(true);
    d->attempts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->attempts->horizontalHeader()->setStretchLastSection(true);
    d->attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->attempts->setShowGrid(false);
    d->attempts->setWordWrap(false);
    d->nextAttempt = new QLabel(attempts);
    d->nextAttempt->setObjectName(u"webhookNextAttempt"_s);
    d->nextAttempt->setWordWrap(true);
    attemptsLayout->addWidget(d->attempts, 1);
    attemptsLayout->addWidget(d->nextAttempt);
    d->tabs->addTab(attempts, tr("Attempts"));

    layout->addWidget(d->tabs, 1);
    d->detailStack->addWidget(detail);
}

void WebhooksPage::setProvider(const HistoryProvider *provider)
{
    d->provider = provider;
    ++d->generation; // answers from the previous provider are dropped
    d->stack->setCurrentIndex(provider ? 0 : 1);
    if (!provider) {
        d->refreshTimer.stop();
        d->model->setDeliveries({});
        d->health.clear();
        fillHealth();
        updateCount();
        if (d->attention != 0) {
            d->attention = 0;
            Q_EMIT attentionChanged(0);
        }
        return;
    }
    d->refreshTimer.start();
    refresh();
}

void WebhooksPage::setClock(std::function<qint64()> clock)
{
    d->clock = std::move(clock);
}

WebhookDeliveriesModel *WebhooksPage::model() const
{
    return d->model;
}

QList<WebhookSourceHealth> WebhooksPage::health() const
{
    return d->health;
}

std::optional<GatewayEvent> WebhooksPage::shownDelivery() const
{
    return d->shown;
}

int WebhooksPage::attention() const
{
    return d->attention;
}

int WebhooksPage::visibleDeliveries() const
{
    return d->proxy->rowCount();
}

void WebhooksPage::showSource(const QString &source)
{
    if (!source.isEmpty() && d->source->findData(source) < 0) {
        d->applying = true;
        d->source->addItem(source, source);
        d->applying = false;
    }
    const int index = std::max(0, d->source->findData(source));
    if (index == d->source->currentIndex())
        applyFilter();
    else
        d->source->setCurrentIndex(index);
}

void WebhooksPage::refresh()
{
    if (!d->provider)
        return;
    const quint64 generation = ++d->generation;
    d->events.reset();
    d->volumes.reset();
    d->failed = false;
    const qint64 now = d->clock();
    d->askedAtMs = now;
    EventQuery query;
    query.type = GatewayEventType::WebhookDelivery;
    query.fromMs = now - d->window->currentData().toLongLong();
    query.toMs = now + 1;
    query.limit = maxDeliveries;
    whenReady(d->provider->events(query), this, [this, generation](std::optional<QList<GatewayEvent>> events) {
        if (generation != d->generation)
            return;
        d->failed = d->failed || !events;
        d->events = events.value_or(QList<GatewayEvent>());
        handleAnswer(generation);
    });
    const qint64 lastHour = now - now % hourMs - hourMs;
    whenReady(d->provider->webhookVolumes(lastHour - (volumeDays - 1) * 24 * hourMs, lastHour + hourMs), this,
              [this, generation](std::optional<QList<WebhookVolume>> volumes) {
                  if (generation != d->generation)
                      return;
                  d->failed = d->failed || !volumes;
                  d->volumes = volumes.value_or(QList<WebhookVolume>());
                  handleAnswer(generation);
              });
}

void WebhooksPage::handleAnswer(quint64 generation)
{
    if (generation != d->generation || !d->events || !d->volumes)
        return;
    d->truncated = d->events->size() >= maxDeliveries;
    QList<WebhookDelivery> deliveries;
    deliveries.reserve(d->events->size());
    for (const GatewayEvent &event : std::as_const(*d->events)) {
        if (const WebhookDelivery *delivery = event.webhookDelivery())
            deliveries.append(*delivery);
    }
    d->health = webhookHealth(deliveries, *d->volumes, d->askedAtMs);
    d->model->setDeliveries(*d->events);
    d->events.reset();
    d->volumes.reset();
    fillSources();
    fillHealth();
    updateCount();
    // The selection follows its delivery when the rows were reset under it.
    if (!d->selectedId.isEmpty()) {
        const int row = d->model->rowOf(d->selectedId);
        const QModelIndex index = row < 0 ? QModelIndex() : d->proxy->mapFromSource(d->model->index(row, 0));
        if (index.isValid()) {
            if (d->table->currentIndex().row() != index.row())
                d->table->setCurrentIndex(index);
            else
                selectionChanged(); // the same row: show its newer version
        }
    }
    int attention = 0;
    for (const WebhookSourceHealth &health : std::as_const(d->health))
        attention += health.needsAttention() ? 1 : 0;
    if (attention != d->attention) {
        d->attention = attention;
        Q_EMIT attentionChanged(attention);
    }
    Q_EMIT refreshed();
}

void WebhooksPage::fillSources()
{
    QStringList sources;
    for (const WebhookSourceHealth &health : std::as_const(d->health))
        sources.append(health.source);
    QStringList present;
    for (int i = 1; i < d->source->count(); ++i)
        present.append(d->source->itemData(i).toString());
    const QString current = d->source->currentData().toString();
    if (!current.isEmpty() && !sources.contains(current))
        sources.append(current); // kept while chosen, even without deliveries in the window
    std::sort(sources.begin(), sources.end());
    if (sources == present)
        return;
    d->applying = true;
    d->source->clear();
    d->source->addItem(tr("All sources"), QString());
    for (const QString &source : std::as_const(sources))
        d->source->addItem(source, source);
    d->source->setCurrentIndex(std::max(0, d->source->findData(current)));
    d->applying = false;
}

void WebhooksPage::fillHealth()
{
    const StatusPalette colours(palette());
    d->healthTable->setVisible(d->provider && !d->health.isEmpty());
    d->healthTable->setRowCount(int(d->health.size()));
    const QString none = tr("—", "no value");
    for (int row = 0; row < d->health.size(); ++row) {
        const WebhookSourceHealth &h = d->health.at(row);
        QString delivered = h.deliveryRate() ? percent(*h.deliveryRate()) : none;
        if (h.retrying > 0)
            delivered = tr("%1 (%2 in progress)").arg(delivered, QLocale().toString(h.retrying));
        QString signatures = h.checked == 0             ? tr("not checked")
                             : h.signatureFailures == 0 ? percent(0)
                                                        : tr("%1 (%2)").arg(percent(*h.signatureFailureRate()),
                                                                            QLocale().toString(h.signatureFailures));
        const QString lag = h.lagP50Ms ? tr("%1 / %2").arg(WebhookDeliveriesModel::lagText(*h.lagP50Ms),
                                                           WebhookDeliveriesModel::lagText(*h.lagP95Ms))
                                       : none;
        QString volume = QLocale().toString(h.volumeLastHour);
        if (h.usualVolume)
            volume = tr("%1 (usual %2)").arg(volume, QLocale().toString(*h.usualVolume, 'f', 0));
        else
            volume = tr("%1 (no usual level yet)").arg(volume);
        const QString cells[HealthColumnCount] = {
            h.source, QLocale().toString(h.deliveries), delivered, signatures, QLocale().toString(h.duplicates), lag,
            volume,
        };
        for (int column = 0; column < HealthColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != HealthSource)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (h.needsAttention())
                item->setBackground(colours.tint(HealthStatus::Degraded));
            d->healthTable->setItem(row, column, item);
        }
        d->healthTable->item(row, HealthSource)->setData(Qt::UserRole, h.source);
        if (h.retrying > 0)
            d->healthTable->item(row, HealthDelivered)
                ->setToolTip(
                    tr("Not finished: waiting, sending or to be retried (%1)").arg(QLocale().toString(h.retrying)));
        d->healthTable->item(row, HealthVolume)
            ->setToolTip(tr("%1 to %2").arg(localTime(h.volumeHourMs), localTime(h.volumeHourMs + hourMs)));
    }
    // As tall as its rows, up to six, so the deliveries keep most of the page.
    const int rows = std::clamp(int(d->health.size()), 1, 6);
    d->healthTable->setFixedHeight(d->healthTable->horizontalHeader()->sizeHint().height()
                                   + rows * d->healthTable->verticalHeader()->defaultSectionSize()
                                   + 2 * d->healthTable->frameWidth());
}

void WebhooksPage::applyFilter()
{
    d->proxy->set(d->source->currentData().toString(), Kind(d->kind->currentData().toInt()), d->text->text().trimmed());
    updateCount();
}

void WebhooksPage::updateCount()
{
    if (!d->provider) {
        d->count->clear();
        return;
    }
    if (d->failed) {
        d->count->setText(tr("The history could not be read."));
        return;
    }
    const int shown = d->proxy->rowCount();
    const int all = d->model->rowCount();
    // Spelled out rather than "%n delivery(s)": there is no English catalog to resolve plurals.
    const QString total = all == 1 ? tr("1 delivery") : tr("%1 deliveries").arg(QLocale().toString(all));
    QString text =
        shown == all ? total : tr("%1 of %2", "shown of all deliveries").arg(QLocale().toString(shown), total);
    if (d->truncated)
        text = tr("%1, the newest only").arg(text);
    d->count->setText(text);
    if (all == 0)
        d->detailHint->setText(tr("No webhook deliveries in this window. They come from the gateway's event feed "
                                  "(gateway: events: in the configuration)."));
    else
        d->detailHint->setText(tr("Select a delivery to see how its signature was checked, what the vendor sent "
                                  "and how it was forwarded."));
}

void WebhooksPage::selectionChanged()
{
    const QModelIndex current = d->table->currentIndex();
    const GatewayEvent *event = current.isValid() ? d->model->event(d->proxy->mapToSource(current).row()) : nullptr;
    if (!event) {
        d->shown.reset();
        d->detailStack->setCurrentWidget(d->detailHint);
        return;
    }
    d->selectedId = event->id;
    if (d->shown && *d->shown == *event)
        return;
    showDelivery(*event);
}

void WebhooksPage::showDelivery(const GatewayEvent &event)
{
    d->shown = event;
    const WebhookDelivery &delivery = *event.webhookDelivery();
    const QString none = tr("—", "no value");

    QString sentence =
        tr("%1 %2, %3.")
            .arg(delivery.source, delivery.topic.isEmpty() ? event.id : delivery.topic,
                 delivery.verdict == u"rejected" ? tr("rejected by the gateway") : tr("accepted by the gateway"));
    if (delivery.verification) {
        const WebhookVerification &v = *delivery.verification;
        sentence += u' ' + tr("Signature: %1.").arg(machineName(v.verdict));
    } else {
        sentence += u' ' + tr("Signature not checked.");
    }
    sentence += u' ' + tr("Forwarded: %1.").arg(WebhookDeliveriesModel::forwardedText(delivery));
    d->sentence->setText(sentence);

    // Verification, worked through.
    QString html = u"<table>"_s;
    html += htmlRow(tr("Delivery"), code(event.id));
    html += htmlRow(tr("Received"), localTime(delivery.receivedAtMs).toHtmlEscaped());
    html += htmlRow(tr("Sent by the vendor"),
                    delivery.sentAtMs
                        ? tr("%1 (lag %2)")
                              .arg(localTime(*delivery.sentAtMs),
                                   WebhookDeliveriesModel::lagText(delivery.receivedAtMs - *delivery.sentAtMs))
                              .toHtmlEscaped()
                        : tr("the headers carry no timestamp").toHtmlEscaped());
    QString gateway = delivery.verdict;
    if (!delivery.verdictReason.isEmpty())
        gateway += u" ("_s + delivery.verdictReason + u')';
    if (delivery.responseStatus)
        gateway = tr("%1, answered %2").arg(gateway).arg(*delivery.responseStatus);
    html += htmlRow(tr("Gateway's verdict"), gateway.toHtmlEscaped());
    if (const std::optional<WebhookVerification> &v = delivery.verification) {
        const StatusPalette colours(palette());
        const QColor colour = isAuthentic(v->verdict)                   ? colours.foreground(HealthStatus::Up)
                              : v->verdict == WebhookVerdict::Duplicate ? colours.foreground(HealthStatus::Degraded)
                                                                        : colours.foreground(HealthStatus::Down);
        html += htmlRow(tr("Gatewatch's verdict"),
                        u"<b style='color:%1'>%2</b>"_s.arg(colour.name(), machineName(v->verdict).toHtmlEscaped()));
        if (!v->message.isEmpty())
            html += htmlRow(QString(), v->message.toHtmlEscaped());
        html += htmlRow(tr("Scheme"), v->scheme.toHtmlEscaped());
        html += htmlRow(tr("Header"), v->header.isEmpty() ? none : code(v->header));
        html += htmlRow(tr("Expected signature"), v->expected.isEmpty() ? none : code(v->expected));
        html += htmlRow(tr("Received signature"), v->received.isEmpty() ? none : code(v->received));
        html += htmlRow(tr("Clock skew"),
                        v->skewSeconds ? tr("%1 s").arg(QLocale().toString(*v->skewSeconds)).toHtmlEscaped() : none);
        html += htmlRow(tr("Secret that matched"), v->matchedSecret.isEmpty() ? tr("none") : v->matchedSecret);
        html += htmlRow(tr("Dedupe id"), v->dedupeId.isEmpty() ? none : code(v->dedupeId));
    } else {
        html += htmlRow(
            tr("Gatewatch's verdict"),
            tr("not checked: the configuration has no webhooks: entry for %1").arg(delivery.source).toHtmlEscaped());
    }
    html += u"</table>"_s;
    d->verification->setHtml(html);

    fillHeaders(d->headers, delivery.headers);
    showPayload();

    d->attempts->setRowCount(int(delivery.attempts.size()));
    for (int row = 0; row < delivery.attempts.size(); ++row) {
        const DeliveryAttempt &attempt = delivery.attempts.at(row);
        const QString cells[] = {
            localTime(attempt.timestampMs),
            attempt.status,
            attempt.responseStatusCode ? QString::number(*attempt.responseStatusCode) : none,
            attempt.responseDurationMs ? tr("%1 ms").arg(QLocale().toString(*attempt.responseDurationMs, 'f', 0))
                                       : none,
            attempt.triggerType,
            attempt.response.simplified(),
        };
        for (int column = 0; column < 6; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 5)
                item->setToolTip(attempt.response);
            d->attempts->setItem(row, column, item);
        }
        const StatusPalette colours(palette());
        if (attempt.status == u"failed")
            d->attempts->item(row, 1)->setForeground(colours.foreground(HealthStatus::Down));
        else if (attempt.status == u"success")
            d->attempts->item(row, 1)->setForeground(colours.foreground(HealthStatus::Up));
    }
    if (delivery.nextAttemptMs)
        d->nextAttempt->setText(tr("Next attempt at %1.").arg(localTime(*delivery.nextAttemptMs)));
    else if (delivery.attempts.isEmpty())
        d->nextAttempt->setText(delivery.verdict == u"rejected" ? tr("Not forwarded: the gateway rejected it.")
                                                                : tr("Not forwarded yet."));
    else
        d->nextAttempt->setText(tr("No further attempt is planned."));

    d->detailStack->setCurrentIndex(1);
}

void WebhooksPage::showPayload()
{
    if (!d->shown)
        return;
    const WebhookDelivery &delivery = *d->shown->webhookDelivery();
    const QString body = QString::fromUtf8(delivery.body);
    const QString contentType = headerValue(delivery.headers, u"Content-Type");
    std::optional<QString> pretty = d->pretty->isChecked() ? prettyBody(body, contentType) : std::nullopt;
    d->payload->setPlainText(pretty.value_or(body));
    d->payloadSize->setText(tr("%1, %2 B")
                                .arg(contentType.isEmpty() ? tr("no content type") : contentType,
                                     QLocale().toString(delivery.body.size())));
}

void WebhooksPage::copySummary()
{
    if (!d->shown)
        return;
    const GatewayEvent &event = *d->shown;
    const WebhookDelivery &delivery = *event.webhookDelivery();
    QStringList lines;
    lines << tr("**Webhook delivery** `%1` from %2 (%3)").arg(event.id, delivery.source, delivery.topic);
    QString received = tr("- Received: %1").arg(utcTime(delivery.receivedAtMs));
    if (delivery.sentAtMs)
        received += tr(" (lag %1)").arg(WebhookDeliveriesModel::lagText(delivery.receivedAtMs - *delivery.sentAtMs));
    lines << received;
    QString gateway = tr("- Gateway: %1").arg(delivery.verdict);
    if (!delivery.verdictReason.isEmpty())
        gateway += u" ("_s + delivery.verdictReason + u')';
    if (delivery.responseStatus)
        gateway += tr(", answered %1").arg(*delivery.responseStatus);
    lines << gateway;
    const qsizetype attempts = delivery.attempts.size();
    const QString forwarded = WebhookDeliveriesModel::forwardedText(delivery);
    if (attempts == 0)
        lines << tr("- Forwarded: %1").arg(forwarded);
    else if (attempts == 1)
        lines << tr("- Forwarded: %1 after 1 attempt").arg(forwarded);
    else
        lines << tr("- Forwarded: %1 after %2 attempts").arg(forwarded, QLocale().toString(attempts));
    if (delivery.nextAttemptMs)
        lines << tr("- Next attempt: %1").arg(utcTime(*delivery.nextAttemptMs));
    if (delivery.verification) {
        QString line = tr("- Signature (Gatewatch): %1").arg(machineName(delivery.verification->verdict));
        if (!delivery.verification->message.isEmpty())
            line += u": "_s + delivery.verification->message;
        lines << line;
    } else {
        lines << tr("- Signature (Gatewatch): not checked");
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void WebhooksPage::applyColours()
{
    const StatusPalette colours(palette());
    d->proxy->setColours(colours.foreground(HealthStatus::Down), colours.foreground(HealthStatus::Degraded));
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->refreshTimer.setInterval(visibleRefreshMs);
    refresh();
}

void WebhooksPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    d->refreshTimer.setInterval(hiddenRefreshMs);
}

void WebhooksPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        fillHealth();
        if (d->shown)
            showDelivery(*d->shown);
    }
}

} // namespace gw
