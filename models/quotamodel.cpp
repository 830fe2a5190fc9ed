#include "quotamodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QString keyOf(const QString &integrationId, const QString &policy)
{
    return integrationId + u'/' + policy;
}

QString keyOf(const QuotaState &state)
{
    return keyOf(state.integrationId, state.policy);
}

// Vendors send whole units or short fractions (Shopify's 996.5 cost points); one decimal is plenty.
QString number(double value)
{
    const QLocale locale;
    if (std::abs(value - std::round(value)) < 0.05)
        return locale.toString(static_cast<qint64>(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

QString rate(double value)
{
    return value < 10 ? QLocale().toString(value, 'f', 1)
                      : QLocale().toString(static_cast<qint64>(std::llround(value)));
}

QString percent(double fraction)
{
    return QuotaModel::tr("%1%", "percentage")
        .arg(QLocale().toString(static_cast<qint64>(std::llround(fraction * 100))));
}

bool windowFinished(const QuotaState &state, const QDateTime &now)
{
    return state.latest.resetAt && *state.latest.resetAt <= now;
}

} // namespace

QuotaModel::QuotaModel(QObject *parent) : QAbstractTableModel(parent)
{}

void QuotaModel::setCatalog(const Catalog &catalog)
{
    QHash<QString, QString> names;
    for (const IntegrationSpec &integration : catalog.integrations) {
        names.insert(integration.id, integration.name.isEmpty() ? integration.id : integration.name);
        m_tracker.setThresholds(integration.id, integration.quotaThresholds);
    }

    QSet<QString> gone;
    for (const QuotaState &state : std::as_const(m_rows)) {
        if (!names.contains(state.integrationId))
            gone.insert(state.integrationId);
    }
    for (const QString &id : std::as_const(gone)) {
        m_tracker.forget(id);
        for (auto it = m_history.begin(); it != m_history.end();) {
            if (it.key().startsWith(id + u'/'))
                it = m_history.erase(it);
            else
                ++it;
        }
    }
    const bool renamed = names != m_names;
    m_names = names;
    refresh();
    if (renamed && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, IntegrationColumn), index(rowCount() - 1, IntegrationColumn));
}

void QuotaModel::applyUpdates(const QList<CheckUpdate> &updates)
{
    bool observed = false;
    for (const CheckUpdate &update : updates) {
        const Sample &sample = update.sample;
        if (sample.quotas.isEmpty() || !sample.at.isValid())
            continue;
        for (QuotaReading reading : sample.quotas) {
            // "default" only says the vendor named no policy; one integration can have several such
            // quotas (Shopify's REST call bucket and its GraphQL cost points), so name them by source.
            if (reading.policy == u"default")
                reading.policy = machineName(reading.source);
            m_tracker.observe(sample.integrationId, reading, sample.at, 1);
            QList<HistoryPoint> &points = m_history[keyOf(sample.integrationId, reading.policy)];
            // The tracker ignores late and duplicate readings; so does the chart.
            if (points.isEmpty() || sample.at > points.constLast().at) {
                points.append({sample.at, reading.remaining, reading.limit});
                if (points.size() > maxHistoryPoints)
                    points.remove(0, points.size() - maxHistoryPoints);
            }
        }
        if (!m_latestObserved.isValid() || sample.at > m_latestObserved)
            m_latestObserved = sample.at;
        observed = true;
    }
    if (observed)
        refresh();
}

void QuotaModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    refresh();
}

QList<QuotaModel::HistoryPoint> QuotaModel::history(const QString &integrationId, const QString &policy) const
{
    return m_history.value(keyOf(integrationId, policy));
}

QList<QPointF> QuotaModel::history(int row) const
{
    QList<QPointF> points;
    if (row < 0 || row >= m_rows.size())
        return points;
    const QList<HistoryPoint> stored = m_history.value(keyOf(m_rows.at(row)));
    points.reserve(stored.size());
    for (const HistoryPoint &point : stored)
        points.append(QPointF(static_cast<double>(point.at.toMSecsSinceEpoch()), point.remaining));
    return points;
}

int QuotaModel::problemCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const QuotaState &state) { return state.status != QuotaStatus::Ok; }));
}

std::optional<QuotaStatus> QuotaModel::worstStatus(const QString &integrationId) const
{
    std::optional<QuotaStatus> worst;
    for (const QuotaState &state : m_rows) {
        if (state.integrationId == integrationId && (!worst || state.status > *worst))
            worst = state.status;
    }
    return worst;
}

std::optional<double> QuotaModel::lowestHeadroom(const QString &integrationId) const
{
    std::optional<double> lowest;
    for (const QuotaState &state : m_rows) {
        if (state.integrationId == integrationId && state.headroom && (!lowest || *state.headroom < *lowest))
            lowest = state.headroom;
    }
    return lowest;
}

QString QuotaModel::statusText(QuotaStatus status)
{
    switch (status) {
    case QuotaStatus::Ok:
        return tr("Ok");
    case QuotaStatus::Warning:
        return tr("Warning");
    case QuotaStatus::Critical:
        return tr("Critical");
    case QuotaStatus::Exhausted:
        break;
    }
    return tr("Exhausted");
}

int QuotaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuotaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QuotaState &state = m_rows.at(row);
    const QDateTime now = m_now.isValid() ? m_now : m_latestObserved;

    switch (role) {
    case StatusRole:
        return static_cast<int>(state.status);
    case IntegrationIdRole:
        return state.integrationId;
    case PolicyRole:
        return state.policy;
    case HeadroomRole:
        return state.headroom ? QVariant(*state.headroom) : QVariant();
    case RawValueRole:
        return rawValue(state, row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == BurnColumn || index.column() == ShareColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PolicyColumn:
            return tr("Read from the response as %1").arg(machineName(state.latest.source));
        case RemainingColumn:
            if (state.latest.restorePerSecond)
                return tr("Refills %1 per second").arg(number(*state.latest.restorePerSecond));
            return {};
        case ForecastColumn:
            if (state.recentPaceExhaustsAt) {
                return tr("At the pace of the last few readings this quota runs out at %1, before its reset at "
                          "%2. The smoothed burn rate does not show that yet: a surge to watch.")
                    .arg(QLocale().toString(state.recentPaceExhaustsAt->toLocalTime(), QLocale::LongFormat),
                         QLocale().toString(state.latest.resetAt->toLocalTime(), QLocale::LongFormat));
            }
            return state.exhaustsAt ? QLocale().toString(state.exhaustsAt->toLocalTime(), QLocale::LongFormat)
                                    : QVariant();
        case ShareColumn:
            return tr("Share of the consumption caused by Gatewatch's own checks");
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const QString none = tr("—", "no value");
    switch (index.column()) {
    case IntegrationColumn:
        return integrationName(state.integrationId);
    case PolicyColumn:
        return state.policy;
    case RemainingColumn:
        return windowFinished(state, now) ? none : remainingText(state);
    case HeadroomColumn:
        return state.headroom ? percent(*state.headroom) : none;
    case BurnColumn:
        return burnText(state);
    case ForecastColumn:
        return forecastText(state);
    case ShareColumn:
        return state.ownShare ? percent(*state.ownShare) : none;
    case StatusColumn:
        return statusText(state.status);
    default:
        return {};
    }
}

QVariant QuotaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == BurnColumn)
        return tr("Consumption rate, averaged over about five minutes");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IntegrationColumn:
        return tr("Integration");
    case PolicyColumn:
        return tr("Policy");
    case RemainingColumn:
        return tr("Remaining");
    case HeadroomColumn:
        return tr("Headroom");
    case BurnColumn:
        return tr("Burn");
    case ForecastColumn:
        return tr("Forecast");
    case ShareColumn:
        return tr("Our share");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString QuotaModel::integrationName(const QString &id) const
{
    return m_names.value(id, id);
}

QString QuotaModel::remainingText(const QuotaState &state) const
{
    const QuotaReading &r = state.latest;
    const QString remaining = number(r.remaining);
    if (r.limit) {
        const QString limit = number(*r.limit);
        switch (r.unit) {
        case QuotaUnit::Requests:
            return tr("%1 of %2 requests").arg(remaining, limit);
        case QuotaUnit::Points:
            return tr("%1 of %2 points").arg(remaining, limit);
        case QuotaUnit::Tokens:
            return tr("%1 of %2 tokens").arg(remaining, limit);
        case QuotaUnit::Bytes:
            return tr("%1 of %2 bytes").arg(remaining, limit);
        case QuotaUnit::Concurrent:
            return tr("%1 of %2 concurrent").arg(remaining, limit);
        }
    }
    switch (r.unit) {
    case QuotaUnit::Requests:
        return tr("%1 requests left").arg(remaining);
    case QuotaUnit::Points:
        return tr("%1 points left").arg(remaining);
    case QuotaUnit::Tokens:
        return tr("%1 tokens left").arg(remaining);
    case QuotaUnit::Bytes:
        return tr("%1 bytes left").arg(remaining);
    case QuotaUnit::Concurrent:
        break;
    }
    return tr("%1 concurrent left").arg(remaining);
}

QString QuotaModel::burnText(const QuotaState &state) const
{
    if (!state.burnPerSecond)
        return tr("—", "no value");
    const double perSecond = *state.burnPerSecond;
    if (perSecond >= 1)
        return tr("%1/s", "units per second").arg(rate(perSecond));
    if (perSecond * 60 >= 1 || perSecond <= 0)
        return tr("%1/min", "units per minute").arg(rate(perSecond * 60));
    return tr("%1/h", "units per hour").arg(rate(perSecond * 3600));
}

QString QuotaModel::forecastText(const QuotaState &state) const
{
    const QDateTime now = m_now.isValid() ? m_now : m_latestObserved;
    const QuotaReading &latest = state.latest;
    if (windowFinished(state, now))
        return tr("reset %1, waiting for a reading").arg(timeText(*latest.resetAt));
    if (latest.remaining <= 0)
        return latest.resetAt ? tr("exhausted, resets %1").arg(timeText(*latest.resetAt)) : tr("exhausted");
    if (state.exhaustsAt && state.exhaustsBeforeReset)
        return tr("exhausts at %1, before reset at %2").arg(timeText(*state.exhaustsAt), timeText(*latest.resetAt));
    if (state.recentPaceExhaustsAt)
        return tr("at the recent pace, exhausts at %1, before reset at %2")
            .arg(timeText(*state.recentPaceExhaustsAt), timeText(*latest.resetAt));
    if (state.exhaustsAt && !latest.resetAt)
        return tr("exhausts %1").arg(timeText(*state.exhaustsAt));
    if (latest.resetAt)
        return tr("resets %1").arg(timeText(*latest.resetAt));
    return tr("—", "no value");
}

// Today's times as 14:32; later ones with the weekday, as daily quotas reset at midnight somewhere.
QString QuotaModel::timeText(const QDateTime &when) const
{
    const QDateTime now = m_now.isValid() ? m_now : m_latestObserved;
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (now.isValid() && local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), u"HH:mm"_s);
    return locale.toString(local, u"ddd HH:mm"_s);
}

QVariant QuotaModel::rawValue(const QuotaState &state, int row, int column) const
{
    // Unknown values sort after known ones in ascending order.
    constexpr double unknown = std::numeric_limits<double>::max();
    switch (column) {
    case IntegrationColumn:
        return integrationName(state.integrationId);
    case PolicyColumn:
        return state.policy;
    case RemainingColumn:
        return state.latest.remaining;
    case HeadroomColumn:
        return state.headroom.value_or(unknown);
    case BurnColumn:
        return state.burnPerSecond.value_or(-1.0);
    case ForecastColumn:
        return state.exhaustsAt ? state.exhaustsAt->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case ShareColumn:
        return state.ownShare.value_or(-1.0);
    case StatusColumn:
        return row;
    default:
        return {};
    }
}

void QuotaModel::refresh()
{
    const QDateTime now = m_now.isValid() ? m_now : m_latestObserved;
    const QList<QuotaState> fresh = now.isValid() ? m_tracker.states(now) : QList<QuotaState>();

    QHash<QString, int> target;
    for (int row = 0; row < fresh.size(); ++row)
        target.insert(keyOf(fresh.at(row)), row);

    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!target.contains(keyOf(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }

    QSet<QString> present;
    for (const QuotaState &state : std::as_const(m_rows))
        present.insert(keyOf(state));
    QList<QuotaState> added;
    for (const QuotaState &state : fresh) {
        if (!present.contains(keyOf(state)))
            added.append(state);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }

    // Now the same set of rows as `fresh`, possibly in another order.
    QHash<QString, QuotaState> previous;
    bool reordered = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        previous.insert(keyOf(m_rows.at(row)), m_rows.at(row));
        reordered = reordered || target.value(keyOf(m_rows.at(row))) != row;
    }

    if (reordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        for (const QModelIndex &index : persistent) {
            const int row = target.value(keyOf(m_rows.at(index.row())));
            changePersistentIndex(index, createIndex(row, index.column()));
        }
        m_rows = fresh;
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_rows = fresh;
    }

    // Times show a weekday unless they are today, so a new day changes text without changing state.
    const QDate today = now.isValid() ? now.toLocalTime().date() : QDate();
    const bool newDay = today != m_shownDate;
    m_shownDate = today;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (newDay || previous.value(keyOf(m_rows.at(row))) != m_rows.at(row))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace gw
