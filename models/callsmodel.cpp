#include "callsmodel.h"

#include "failuresmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace gw {

CallsModel::CallsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CallsModel::setSource(const CallSource *source)
{
    m_source = source;
    setFilter(m_filter);
}

void CallsModel::setFilter(const CallFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    ++m_generation;
    m_total = 0;
    m_counted = false;
    m_rows.clear();
    m_pending.clear();
    m_lastAsked = 0;
    endResetModel();
    count(false);
}

void CallsModel::refresh()
{
    if (m_counted)
        count(true);
}

void CallsModel::setIntegrationNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, IntegrationColumn), index(rowCount() - 1, IntegrationColumn), {Qt::DisplayRole});
}

void CallsModel::count(bool refreshing)
{
    if (!m_source) {
        m_counted = true;
        Q_EMIT counted(0);
        return;
    }
    const int generation = m_generation;
    // Answers are always handled from the event loop, never inside the call that asked (a source
    // may answer at once), so views never see the model change while they read it.
    m_source->countCalls(m_filter).then(this, [this, generation, refreshing](qint64 calls) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, refreshing, calls] {
                if (generation == m_generation)
                    handleCounted(calls, refreshing);
            },
            Qt::QueuedConnection);
    });
}

void CallsModel::handleCounted(qint64 calls, bool refreshing)
{
    const qint64 shown = std::min<qint64>(calls, INT_MAX);
    const qint64 before = m_total;
    if (!refreshing || !m_counted) {
        if (shown > 0) {
            beginInsertRows({}, 0, int(shown - 1));
            m_total = shown;
            endInsertRows();
        }
    } else if (shown > before) {
        const qint64 added = shown - before;
        if (m_filter.newestFirst) {
            // New calls are the newest: they come in at the top, and what was loaded moves down.
            beginInsertRows({}, 0, int(added - 1));
            QHash<qint64, CallSummary> moved;
            moved.reserve(m_rows.size());
            for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
                moved.insert(it.key() + added, it.value());
            m_rows = std::move(moved);
            m_lastAsked += added;
            m_total = shown;
            endInsertRows();
        } else {
            beginInsertRows({}, int(before), int(shown - 1));
            m_total = shown;
            endInsertRows();
        }
    } else if (shown < before) {
        // Retention removed the oldest calls.
        const qint64 removed = before - shown;
        if (m_filter.newestFirst) {
            beginRemoveRows({}, int(shown), int(before - 1));
            m_rows.removeIf([shown](const auto &it) { return it.key() >= shown; });
        } else {
            beginRemoveRows({}, 0, int(removed - 1));
            QHash<qint64, CallSummary> moved;
            for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
                if (it.key() >= removed)
                    moved.insert(it.key() - removed, it.value());
            }
            m_rows = std::move(moved);
            m_lastAsked = std::max<qint64>(0, m_lastAsked - removed);
        }
        m_total = shown;
        endRemoveRows();
    }
    m_counted = true;
    if (refreshing && m_total > 0) {
        // What is in view may have changed under the same rows (a late call with an older time).
        m_pending.clear();
        ++m_generation;
        const qint64 page = std::min(m_lastAsked, m_total - 1) / pageSize;
        requestPage(page);
    }
    Q_EMIT counted(calls);
}

void CallsModel::requestPage(qint64 page) const
{
    if (!m_source || m_pending.contains(page))
        return;
    m_pending.insert(page);
    auto *self = const_cast<CallsModel *>(this);
    const int generation = m_generation;
    m_source->callRows(m_filter, page * pageSize, pageSize)
        .then(self, [self, generation, page](const QList<CallSummary> &rows) {
            QMetaObject::invokeMethod(
                self,
                [self, generation, page, rows] {
                    if (generation == self->m_generation)
                        self->handlePage(page, rows);
                },
                Qt::QueuedConnection);
        });
}

void CallsModel::handlePage(qint64 page, const QList<CallSummary> &rows)
{
    m_pending.remove(page);
    const qint64 first = page * pageSize;
    for (qsizetype i = 0; i < rows.size() && first + i < m_total; ++i)
        m_rows.insert(first + i, rows.at(i));
    evictFarFrom(m_lastAsked);
    const qint64 last = std::min(first + pageSize, m_total) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
        Q_EMIT rowsLoaded(int(first), int(last));
    }
}

void CallsModel::evictFarFrom(qint64 row)
{
    if (m_rows.size() <= maxCachedRows)
        return;
    QList<qint64> keys = m_rows.keys();
    std::sort(keys.begin(), keys.end(), [row](qint64 a, qint64 b) { return std::abs(a - row) > std::abs(b - row); });
    for (qsizetype i = 0; i < keys.size() && m_rows.size() > maxCachedRows; ++i)
        m_rows.remove(keys.at(i));
}

std::optional<CallSummary> CallsModel::summary(int row) const
{
    const auto it = m_rows.constFind(row);
    if (it == m_rows.cend())
        return std::nullopt;
    return *it;
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int CallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto it = m_rows.constFind(index.row());
    if (it == m_rows.cend()) {
        if (role == Qt::DisplayRole || role == LoadedRole) {
            m_lastAsked = index.row();
            requestPage(index.row() / pageSize);
        }
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == TimeColumn)
            return tr("Loading…");
        return {};
    }
    const CallSummary &call = *it;
    switch (role) {
    case LoadedRole:
        return true;
    case IdRole:
        return call.id;
    case TimeRole:
        return call.timeMs;
    case FailureClassRole:
        return static_cast<int>(call.failureClass);
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return call.timeMs;
        case IntegrationColumn:
            return call.integration;
        case TargetColumn:
            return call.checkOrRoute;
        case StatusColumn:
            return call.status;
        case FailureClassColumn:
            return machineName(call.failureClass);
        case DurationColumn:
            return call.totalMs;
        case RequestColumn:
            return call.url;
        case ReasonColumn:
            return call.reason;
        case RequestIdColumn:
            return call.vendorRequestId;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(call.timeMs, Qt::UTC).toLocalTime(),
                                      u"yyyy-MM-dd HH:mm:ss"_s);
        case IntegrationColumn:
            return m_names.value(call.integration, call.integration);
        case TargetColumn:
            return call.checkOrRoute;
        case StatusColumn:
            return call.status > 0 ? QString::number(call.status) : tr("none", "no HTTP response");
        case FailureClassColumn:
            return FailuresModel::failureClassText(call.failureClass);
        case DurationColumn:
            return tr("%1 ms").arg(QLocale().toString(call.totalMs, 'f', 0));
        case RequestColumn:
            return QString(call.method + u' ' + call.url);
        case ReasonColumn:
            return call.reason;
        case RequestIdColumn:
            return call.vendorRequestId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(call.timeMs, Qt::UTC).toLocalTime(),
                                      QLocale::LongFormat);
        case IntegrationColumn:
            return call.integration;
        case RequestColumn:
            return QString(call.method + u' ' + call.url);
        case ReasonColumn:
            return call.reason;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case IntegrationColumn:
        return tr("Integration");
    case TargetColumn:
        return tr("Check or route");
    case StatusColumn:
        return tr("HTTP", "column header: HTTP status code");
    case FailureClassColumn:
        return tr("Failure");
    case DurationColumn:
        return tr("Duration");
    case RequestColumn:
        return tr("Request");
    case ReasonColumn:
        return tr("Reason");
    case RequestIdColumn:
        return tr("Request id", "column header: the vendor's id for the request");
    default:
        return {};
    }
}

void CallsModel::sort(int column, Qt::SortOrder order)
{
    if (column != TimeColumn)
        return;
    const bool newestFirst = order == Qt::DescendingOrder;
    if (newestFirst == m_filter.newestFirst)
        return;
    CallFilter filter = m_filter;
    filter.newestFirst = newestFirst;
    setFilter(filter);
}

} // namespace gw
