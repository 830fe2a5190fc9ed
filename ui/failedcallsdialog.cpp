#include "failedcallsdialog.h"

#include "gatewaycallsmodel.h"
#include "historyprovider.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gw {

struct FailedCallsDialog::Private
{
    HistoryProvider *history = nullptr;
    EventQuery query;
    bool feedConfigured = false;
    GatewayCallsModel model;
    QSortFilterProxyModel sorted;
    QLabel *title = nullptr;
    QLabel *status = nullptr;
    QStackedWidget *stack = nullptr;
    QTableView *table = nullptr;
    QPlainTextEdit *detail = nullptr;
    QPushButton *copy = nullptr;
};

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

FailedCallsDialog::FailedCallsDialog(HistoryProvider *history, const EventQuery &query, bool feedConfigured,
                                     QWidget *parent)
    : QDialog(parent), d(std::make_unique<Private>())
{
    d->history = history;
    d->query = query;
    d->feedConfigured = feedConfigured;
    setObjectName(u"failedCallsDialog"_s);
    const QString where = query.route.isEmpty() ? query.service : query.service + u" / "_s + query.route;
    setWindowTitle(tr("Failed calls: %1").arg(where));
    resize(1100, 680);

    auto *layout = new QVBoxLayout(this);
    d->title = new QLabel(tr("<b>Failed calls through the gateway</b> on %1, %2 – %3")
                              .arg(where.toHtmlEscaped(), timeText(query.fromMs), timeText(query.toMs)),
                          this);
    layout->addWidget(d->title);

    d->stack = new QStackedWidget(this);
    d->status = new QLabel(this);
    d->status->setObjectName(u"failedCallsStatus"_s);
    d->status->setAlignment(Qt::AlignCenter);
    d->status->setWordWrap(true);
    d->stack->addWidget(d->status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    d->sorted.setSourceModel(&d->model);
    d->sorted.setSortRole(GatewayCallsModel::RawValueRole);
    d->table = new QTableView(splitter);
    d->table->setObjectName(u"failedCallsTable"_s);
    d->table->setModel(&d->sorted);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(GatewayCallsModel::TimeColumn, Qt::DescendingOrder);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->verticalHeader()->hide();
    d->table->setAlternatingRowColors(true);
    d->table->horizontalHeader()->setSectionResizeMode(GatewayCallsModel::RequestColumn, QHeaderView::Stretch);
    d->table->setWordWrap(false);
    d->table->setTextElideMode(Qt::ElideMiddle);
    d->detail = new QPlainTextEdit(splitter);
    d->detail->setObjectName(u"failedCallDetail"_s);
    d->detail->setReadOnly(true);
    d->detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->detail->setPlaceholderText(tr("Select a call to see its request and response."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    d->stack->addWidget(splitter);
    layout->addWidget(d->stack, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    d->copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    d->copy->setEnabled(false);
    connect(d->copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(d->detail->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailedCallsDialog::showSelected);
    load();
}

FailedCallsDialog::~FailedCallsDialog() = default;

const EventQuery &FailedCallsDialog::query() const
{
    return d->query;
}

int FailedCallsDialog::callCount() const
{
    return d->model.rowCount();
}

void FailedCallsDialog::load()
{
    if (!d->history) {
        d->status->setText(tr("History is off, so no failed calls are kept."));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT loaded(0); }, Qt::QueuedConnection);
        return;
    }
    d->status->setText(tr("Loading…"));
    auto *watcher = new QFutureWatcher<QList<GatewayEvent>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QFuture<QList<GatewayEvent>> done = watcher->future();
        const QList<GatewayEvent> events =
            done.isCanceled() || done.resultCount() == 0 ? QList<GatewayEvent>() : done.result();
        d->model.setEvents(events);
        if (d->model.rowCount() > 0) {
            d->stack->setCurrentIndex(1);
            d->table->resizeColumnsToContents();
            d->table->horizontalHeader()->setSectionResizeMode(GatewayCallsModel::RequestColumn, QHeaderView::Stretch);
            d->table->selectRow(0);
        } else if (!d->feedConfigured) {
            d->status->setText(tr("The gateway has no event feed, so Gatewatch does not know its failed calls. "
                                  "Add events_url to the gateway section (see docs/gateway-events-api.md)."));
        } else {
            d->status->setText(tr("The gateway reported no failed calls on this route in this window."));
        }
        if (d->model.rowCount() >= d->query.limit)
            d->title->setText(d->title->text() + tr(" — the newest %1 shown").arg(d->query.limit));
        Q_EMIT loaded(d->model.rowCount());
    });
    watcher->setFuture(d->history->events(d->query));
}

void FailedCallsDialog::showSelected()
{
    const QModelIndex current = d->sorted.mapToSource(d->table->currentIndex());
    if (!current.isValid()) {
        d->detail->clear();
        d->copy->setEnabled(false);
        return;
    }
    d->detail->setPlainText(GatewayCallsModel::detailText(d->model.event(current.row())));
    d->copy->setEnabled(true);
}

} // namespace gw
