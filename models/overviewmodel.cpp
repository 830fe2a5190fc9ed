#include "overviewmodel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gw {

namespace {

// Internal ids: 0 marks an integration row; a check row stores its integration's row + 1.
constexpr quintptr integrationMarker = 0;

// Raw value of an uptime or trend cell without a summary: after every known value when sorting
// in ascending order (availability is at most 1; latencies are far below this).
constexpr double unknownSummaryValue = std::numeric_limits<double>::max();

QString statusWord(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Up:
        return OverviewModel::tr("Up");
    case HealthStatus::Degraded:
        return OverviewModel::tr("Degraded");
    case HealthStatus::Down:
        return OverviewModel::tr("Down");
    case HealthStatus::Paused:
        return OverviewModel::tr("Paused");
    case HealthStatus::RateLimited:
        return OverviewModel::tr("Rate limited");
    case HealthStatus::Unknown:
        break;
    }
    return OverviewModel::tr("Unknown");
}

} // namespace

HealthStatus OverviewModel::IntegrationRow::state() const
{
    if (checks.isEmpty())
        return HealthStatus::Unknown;
    HealthStatus result = HealthStatus::Up;
    for (const CheckRow &check : checks)
        result = worst(result, check.state);
    return result;
}

OverviewModel::OverviewModel(QObject *parent) : QAbstractItemModel(parent)
{}

void OverviewModel::setCatalog(const Catalog &catalog)
{
    QList<IntegrationRow> rows;
    rows.reserve(catalog.integrations.size());
    for (const IntegrationSpec &integration : catalog.integrations) {
        IntegrationRow row{
            integration.id, integration.name.isEmpty() ? integration.id : integration.name, {}, {}, {}, {}};
        row.behindGateway = catalog.behindGateway(integration.id);
        if (const VendorSpec *vendor = catalog.vendorOf(integration.id); vendor && !vendor->statusPage.isEmpty())
            row.vendor = *vendor;
        for (const IntegrationRow &old : std::as_const(m_rows)) {
            if (old.id == integration.id) {
                row.quotaStatus = old.quotaStatus;
                row.quotaHeadroom = old.quotaHeadroom;
                row.summary = old.summary;
            }
        }
        for (const CheckSpec &check : integration.checks) {
            CheckRow checkRow{check.id, check.name.isEmpty() ? check.id : check.name, HealthStatus::Unknown,
                              std::nullopt};
            // Keep what we know about checks that survive a reload.
            for (const IntegrationRow &old : std::as_const(m_rows)) {
                if (old.id != integration.id)
                    continue;
                for (const CheckRow &oldCheck : old.checks) {
                    if (oldCheck.id == check.id) {
                        checkRow.state = oldCheck.state;
                        checkRow.last = oldCheck.last;
                    }
                }
            }
            row.checks.append(checkRow);
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_gatewayRow = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (catalog.gateway && m_rows[r].id == Catalog::gatewayId) {
            m_gatewayRow = r;
            m_gatewayName = m_rows[r].name;
        }
    }
    m_gatewayWasDown = gatewayDown();
    m_positions.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_rows[r].checks.size(); ++c)
            m_positions.insert(m_rows[r].id + u'/' + m_rows[r].checks[c].id, {r, c});
    }
    endResetModel();
    emitOverallIfChanged();
}

void OverviewModel::applyUpdates(const QList<CheckUpdate> &updates)
{
    // One dataChanged per touched row, however many updates a batch holds for it.
    QList<int> touchedIntegrations;
    bool stateChanged = false;
    for (const CheckUpdate &update : updates) {
        const auto position = m_positions.constFind(update.sample.integrationId + u'/' + update.sample.checkId);
        if (position == m_positions.cend())
            continue;
        const auto [r, c] = *position;
        CheckRow &check = m_rows[r].checks[c];
        stateChanged = stateChanged || check.state != update.state;
        check.state = update.state;
        check.last = update.sample;
        check.circuit = update.circuit;
        const QModelIndex parentIndex = index(r, 0);
        Q_EMIT dataChanged(index(c, 0, parentIndex), index(c, ColumnCount - 1, parentIndex));
        if (!touchedIntegrations.contains(r))
            touchedIntegrations.append(r);
    }
    for (int r : std::as_const(touchedIntegrations))
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    if (stateChanged) {
        refreshConsequences();
        emitOverallIfChanged();
    }
}

bool OverviewModel::gatewayDown() const
{
    return m_gatewayRow >= 0 && m_rows.at(m_gatewayRow).state() == HealthStatus::Down;
}

bool OverviewModel::isConsequence(const IntegrationRow &row) const
{
    if (!row.behindGateway || !gatewayDown())
        return false;
    const HealthStatus state = row.state();
    return state == HealthStatus::Down || state == HealthStatus::Degraded;
}

int OverviewModel::consequenceCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [this](const IntegrationRow &row) { return isConsequence(row); }));
}

void OverviewModel::refreshConsequences()
{
    const bool down = gatewayDown();
    if (down == m_gatewayWasDown)
        return;
    m_gatewayWasDown = down;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_rows[r].behindGateway)
            continue;
        const QModelIndex parentIndex = index(r, 0);
        Q_EMIT dataChanged(parentIndex, index(r, ColumnCount - 1));
        const int checks = static_cast<int>(m_rows[r].checks.size());
        if (checks > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(checks - 1, ColumnCount - 1, parentIndex));
    }
}

void OverviewModel::setQuotaSummary(const QString &integrationId, std::optional<QuotaStatus> status,
                                    std::optional<double> lowestHeadroom)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        IntegrationRow &row = m_rows[r];
        if (row.id != integrationId || (row.quotaStatus == status && row.quotaHeadroom == lowestHeadroom))
            continue;
        row.quotaStatus = status;
        row.quotaHeadroom = lowestHeadroom;
        Q_EMIT dataChanged(index(r, QuotaColumn), index(r, QuotaColumn));
    }
}

void OverviewModel::setSummaries(const QList<IntegrationSummary> &summaries)
{
    QHash<QString, const IntegrationSummary *> byId;
    for (const IntegrationSummary &summary : summaries)
        byId.insert(summary.integrationId, &summary);
    for (int r = 0; r < m_rows.size(); ++r) {
        IntegrationRow &row = m_rows[r];
        const IntegrationSummary *summary = byId.value(row.id);
        const std::optional<IntegrationSummary> wanted =
            summary ? std::optional<IntegrationSummary>(*summary) : std::nullopt;
        if (row.summary == wanted)
            continue;
        row.summary = wanted;
        Q_EMIT dataChanged(index(r, TrendColumn), index(r, UptimeColumn));
    }
}

void OverviewModel::setCheckState(const QString &integrationId, const QString &checkId, HealthStatus state)
{
    const auto position = m_positions.constFind(integrationId + u'/' + checkId);
    if (position == m_positions.cend())
        return;
    const auto [r, c] = *position;
    m_rows[r].checks[c].state = state;
    const QModelIndex parentIndex = index(r, 0);
    Q_EMIT dataChanged(index(c, 0, parentIndex), index(c, ColumnCount - 1, parentIndex));
    Q_EMIT dataChanged(parentIndex, index(r, ColumnCount - 1));
    refreshConsequences();
    emitOverallIfChanged();
}

void OverviewModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QModelIndex parentIndex = index(r, 0);
        Q_EMIT dataChanged(index(r, LastCheckedColumn), index(r, CertificateColumn));
        const int checks = static_cast<int>(m_rows[r].checks.size());
        if (checks > 0)
            Q_EMIT dataChanged(index(0, LastCheckedColumn, parentIndex),
                               index(checks - 1, CertificateColumn, parentIndex));
    }
}

HealthStatus OverviewModel::overallStatus() const
{
    if (m_rows.isEmpty())
        return HealthStatus::Unknown;
    HealthStatus result = HealthStatus::Up;
    for (const IntegrationRow &row : m_rows)
        result = worst(result, row.state());
    return result;
}

int OverviewModel::countInState(HealthStatus status) const
{
    int n = 0;
    for (const IntegrationRow &row : m_rows)
        n += static_cast<int>(std::count_if(row.checks.cbegin(), row.checks.cend(),
                                            [&](const CheckRow &c) { return c.state == status; }));
    return n;
}

QModelIndex OverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, integrationMarker) : QModelIndex();
    if (parent.internalId() != integrationMarker || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows[parent.row()].checks.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex OverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == integrationMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, integrationMarker);
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != integrationMarker)
        return 0;
    return static_cast<int>(m_rows[parent.row()].checks.size());
}

int OverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == integrationMarker)
        return integrationData(m_rows[index.row()], index.column(), role);
    const IntegrationRow &owner = m_rows[static_cast<int>(index.internalId() - 1)];
    const CheckRow &check = owner.checks[index.row()];
    if (role == IntegrationIdRole)
        return owner.id;
    if (role == ConsequenceRole)
        return isConsequence(owner) && (check.state == HealthStatus::Down || check.state == HealthStatus::Degraded);
    if (role == GatewayRole)
        return m_gatewayRow >= 0 && &owner == &m_rows.at(m_gatewayRow);
    if (role == VendorIdRole)
        return owner.vendor ? owner.vendor->id : QString();
    if (role == VendorNameRole)
        return owner.vendor ? owner.vendor->name : QString();
    return checkData(check, index.column(), role);
}

QVariant OverviewModel::integrationData(const IntegrationRow &row, int column, int role) const
{
    const HealthStatus state = row.state();
    switch (role) {
    case StatusRole:
        return static_cast<int>(state);
    case IntegrationIdRole:
        return row.id;
    case ConsequenceRole:
        return isConsequence(row);
    case GatewayRole:
        return m_gatewayRow >= 0 && &row == &m_rows.at(m_gatewayRow);
    case VendorIdRole:
        return row.vendor ? row.vendor->id : QString();
    case VendorNameRole:
        return row.vendor ? row.vendor->name : QString();
    case ChecksSummaryRole: {
        const auto up = std::count_if(row.checks.cbegin(), row.checks.cend(),
                                      [](const CheckRow &c) { return c.state == HealthStatus::Up; });
        return tr("%1 of %2 up").arg(up).arg(row.checks.size());
    }
    default:
        break;
    }

    // The integration row summarises its worst check: that is what someone scanning the list needs.
    const CheckRow *worstCheck = nullptr;
    for (const CheckRow &check : row.checks) {
        if (!worstCheck || static_cast<int>(check.state) > static_cast<int>(worstCheck->state))
            worstCheck = &check;
    }
    std::optional<QDateTime> latest;
    double maxLatency = -1;
    for (const CheckRow &check : row.checks) {
        if (!check.last)
            continue;
        if (!latest || check.last->at > *latest)
            latest = check.last->at;
        if (check.last->httpStatus != 0 || check.last->latencyMs > 0)
            maxLatency = std::max(maxLatency, check.last->latencyMs);
    }

    if (column == CertificateColumn)
        return certificateData(earliestCertificate(row), role);
    if (column == TrendColumn || column == UptimeColumn)
        return summaryData(row, column, role);
    if (column == VendorColumn)
        return vendorData(row, role);
    if (column == QuotaColumn) {
        // Compact on purpose: the Quotas page has the detail.
        switch (role) {
        case Qt::DisplayRole:
            if (row.quotaHeadroom)
                return tr("%1% left").arg(std::lround(*row.quotaHeadroom * 100));
            if (row.quotaStatus == QuotaStatus::Exhausted)
                return tr("exhausted");
            return row.quotaStatus ? tr("reported") : QVariant();
        case RawValueRole:
            return row.quotaHeadroom.value_or(row.quotaStatus ? 1.5 : 2.0); // unknown sorts after known
        case QuotaStatusRole:
            return row.quotaStatus ? QVariant(static_cast<int>(*row.quotaStatus)) : QVariant();
        case Qt::ToolTipRole:
            return row.quotaStatus ? tr("Lowest headroom among this integration's quotas; see the Quotas page")
                                   : QVariant();
        default:
            return {};
        }
    }

    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (column) {
        case NameColumn:
            // The gateway is named as the configuration names it; say what it is when the name does not.
            if (!raw && m_gatewayRow >= 0 && &row == &m_rows.at(m_gatewayRow)
                && !row.name.contains(u"gateway", Qt::CaseInsensitive))
                return tr("%1 (API gateway)").arg(row.name);
            return row.name;
        case StatusColumn:
            if (!raw && isConsequence(row))
                return tr("%1 (gateway)").arg(statusWord(state));
            return raw ? QVariant(static_cast<int>(state)) : QVariant(statusWord(state));
        case LatencyColumn:
            if (maxLatency < 0)
                return raw ? QVariant(-1.0) : QVariant();
            return raw ? QVariant(maxLatency) : QVariant(tr("%1 ms").arg(QLocale().toString(maxLatency, 'f', 0)));
        case LastCheckedColumn:
            if (!latest)
                return raw ? QVariant(QDateTime()) : QVariant(tr("never"));
            return raw ? QVariant(*latest) : QVariant(relativeTime(*latest));
        case ReasonColumn:
            if (isConsequence(row)) {
                const QString reason = worstCheck ? reasonText(*worstCheck) : QString();
                return reason.isEmpty()
                           ? tr("Probably a consequence: the gateway %1 is down").arg(m_gatewayName)
                           : tr("Probably a consequence: the gateway %1 is down (%2)").arg(m_gatewayName, reason);
            }
            if (worstCheck && worstCheck->state != HealthStatus::Up) {
                const QString reason = reasonText(*worstCheck);
                if (!reason.isEmpty())
                    return tr("%1: %2").arg(worstCheck->name, reason);
            }
            return QString();
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && column == LastCheckedColumn && latest)
        return QLocale().toString(latest->toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant OverviewModel::checkData(const CheckRow &row, int column, int role) const
{
    if (column == CertificateColumn)
        return certificateData(row.last ? row.last->tls : std::nullopt, role);
    // The history summarises integrations; a check row leaves these cells empty.
    if ((column == TrendColumn || column == UptimeColumn) && role != StatusRole && role != CheckIdRole
        && role != FailureClassRole)
        return role == RawValueRole ? QVariant(unknownSummaryValue) : QVariant();

    switch (role) {
    case StatusRole:
        return static_cast<int>(row.state);
    case CheckIdRole:
        return row.id;
    case FailureClassRole:
        return static_cast<int>(row.last ? row.last->failureClass : FailureClass::None);
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        switch (column) {
        case NameColumn:
            return row.name;
        case StatusColumn:
            return raw ? QVariant(static_cast<int>(row.state)) : QVariant(statusWord(row.state));
        case LatencyColumn:
            if (!row.last || (row.last->httpStatus == 0 && row.last->latencyMs <= 0))
                return raw ? QVariant(-1.0) : QVariant();
            return raw ? QVariant(row.last->latencyMs)
                       : QVariant(tr("%1 ms").arg(QLocale().toString(row.last->latencyMs, 'f', 0)));
        case LastCheckedColumn:
            if (!row.last)
                return raw ? QVariant(QDateTime()) : QVariant(tr("never"));
            return raw ? QVariant(row.last->at) : QVariant(relativeTime(row.last->at));
        case ReasonColumn:
            return reasonText(row);
        default:
            break;
        }
        break;
    }
    case Qt::ToolTipRole:
        if (column == ReasonColumn && row.last && !row.last->failedConditions.isEmpty()) {
            QStringList lines;
            for (const FailedCondition &failed : row.last->failedConditions)
                lines.append(tr("%1 (actual: %2)").arg(failed.condition, failed.actual));
            return lines.join(u'\n');
        }
        if (column == LastCheckedColumn && row.last)
            return QLocale().toString(row.last->at.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant OverviewModel::vendorData(const IntegrationRow &row, int role) const
{
    // Sorted after every status: rows without a page, then those whose page could not be read.
    constexpr int noReading = 100;
    constexpr int unreadable = 99;
    const auto found = row.vendor ? m_vendorReadings.constFind(row.vendor->id) : m_vendorReadings.cend();
    const VendorStatusReading *reading = found == m_vendorReadings.cend() ? nullptr : &*found;
    if (!reading) {
        if (role == RawValueRole)
            return noReading;
        if (role == Qt::ToolTipRole && row.vendor)
            return tr("%1's status page has not been read yet").arg(row.vendor->name);
        return {};
    }
    const VendorSpec &vendor = *row.vendor;
    const QString readAt = QLocale().toString(QDateTime::fromMSecsSinceEpoch(reading->atMs).toLocalTime().time(),
                                              QLocale::ShortFormat);
    if (!reading->ok()) {
        switch (role) {
        case Qt::DisplayRole:
            return reading->problem == VendorStatusReading::Problem::BadAnswer ? tr("Page unreadable")
                                                                                : tr("Page unreachable");
        case RawValueRole:
            return unreadable;
        case VendorStatusRole:
            return static_cast<int>(HealthStatus::Unknown);
        case Qt::ToolTipRole:
            return tr("%1's status page could not be read at %2: %3.\nThis says nothing about %1 itself.")
                .arg(vendor.name, readAt, reading->error);
        default:
            return {};
        }
    }
    const std::optional<ComponentStatus> status = reading->statusOf(vendor, row.id);
    const QList<StatusIncident> incidents = reading->incidentsOf(vendor, row.id);
    switch (role) {
    case Qt::DisplayRole: {
        if (!status)
            return tr("Not on the page");
        const QString word = displayName(*status);
        return incidents.isEmpty() ? word : tr("%1 · incident").arg(word);
    }
    case RawValueRole:
        return status ? static_cast<int>(*status) + (incidents.isEmpty() ? 0 : 10) : unreadable;
    case VendorStatusRole:
        if (!status)
            return static_cast<int>(HealthStatus::Unknown);
        // An open incident on an otherwise operational component is still the vendor admitting trouble.
        return static_cast<int>(incidents.isEmpty() || *status != ComponentStatus::Operational
                                    ? healthOf(*status)
                                    : HealthStatus::Degraded);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(tr("%1's status page at %2: %3").arg(vendor.name, readAt, reading->page->description));
        if (!status)
            lines.append(tr("None of the components mapped to this integration is on the page."));
        for (const StatusIncident &incident : incidents) {
            lines.append(QString());
            lines.append(tr("Incident: %1 (%2)").arg(incident.name, incident.status));
            if (!incident.updates.isEmpty() && !incident.updates.first().body.isEmpty())
                lines.append(incident.updates.first().body);
            if (!incident.shortlink.isEmpty())
                lines.append(incident.shortlink);
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant OverviewModel::summaryData(const IntegrationRow &row, int column, int role)
{
    // A plain flag and value rather than a copied optional: GCC 12 warns about the copy.
    const bool known = row.summary && row.summary->availability24h.has_value();
    const double availability = known ? row.summary->availability24h.value() : unknownSummaryValue;
    const QList<QPointF> sparkline = row.summary ? row.summary->latencySparkline : QList<QPointF>();
    if (column == UptimeColumn) {
        switch (role) {
        case Qt::DisplayRole: {
            if (!known)
                return {};
            // Truncated, never rounded up: 99.996 % is not 100 %.
            const double percent = std::floor(availability * 10000.0) / 100.0;
            return tr("%1 %", "uptime percentage").arg(QLocale().toString(percent, 'f', percent >= 100.0 ? 0 : 2));
        }
        case RawValueRole:
            return availability;
        case Qt::TextAlignmentRole:
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return known ? tr("Share of attempts in the last 24 hours that got an answer (up, degraded or "
                              "rate limited)")
                         : tr("No history for the last 24 hours");
        default:
            return {};
        }
    }
    switch (role) {
    case SparklineRole:
        return sparkline.isEmpty() ? QVariant() : QVariant::fromValue(sparkline);
    case RawValueRole: {
        // The typical latency of the last hour: sorting by it puts the slowest integrations together.
        if (sparkline.isEmpty())
            return unknownSummaryValue;
        double sum = 0;
        for (const QPointF &point : sparkline)
            sum += point.y();
        return sum / static_cast<double>(sparkline.size());
    }
    case Qt::ToolTipRole: {
        if (sparkline.isEmpty())
            return tr("No latency history for the last hour");
        double lowest = sparkline.constFirst().y();
        double highest = lowest;
        for (const QPointF &point : sparkline) {
            lowest = std::min(lowest, point.y());
            highest = std::max(highest, point.y());
        }
        const QLocale locale;
        return tr("Median latency over the last hour: %1–%2 ms, latest %3 ms")
            .arg(locale.toString(lowest, 'f', 0), locale.toString(highest, 'f', 0),
                 locale.toString(sparkline.constLast().y(), 'f', 0));
    }
    default:
        return {};
    }
}

std::optional<TlsInfo> OverviewModel::earliestCertificate(const IntegrationRow &row)
{
    std::optional<TlsInfo> earliest;
    for (const CheckRow &check : row.checks) {
        if (check.last && check.last->tls && (!earliest || check.last->tls->expiresAt < earliest->expiresAt))
            earliest = check.last->tls;
    }
    return earliest;
}

QVariant OverviewModel::certificateData(const std::optional<TlsInfo> &tls, int role) const
{
    // Certificates are judged against the latest "now" the view gave us; without one, not at all.
    if (!tls || !m_now.isValid()) {
        if (role == RawValueRole)
            return std::numeric_limits<qint64>::max(); // plain HTTP sorts after every certificate
        return {};
    }
    const qint64 secondsLeft = m_now.secsTo(tls->expiresAt);
    const qint64 days = secondsLeft >= 0 ? secondsLeft / 86400 : -((-secondsLeft + 86399) / 86400);
    switch (role) {
    case Qt::DisplayRole:
        // Compact on purpose: a column of "212 d" scans faster than sentences; the tooltip has the date.
        if (secondsLeft < 0)
            return tr("expired");
        if (days == 0)
            return tr("expires today");
        return tr("%1 d", "days until the certificate expires").arg(days);
    case RawValueRole:
        return secondsLeft;
    case CertificateStatusRole:
        if (days < 7)
            return static_cast<int>(HealthStatus::Down);
        return static_cast<int>(days < 30 ? HealthStatus::Degraded : HealthStatus::Up);
    case Qt::ToolTipRole:
        return tr("Certificate '%1' valid until %2")
            .arg(tls->subject, QLocale().toString(tls->expiresAt.toLocalTime(), QLocale::LongFormat));
    default:
        break;
    }
    return {};
}

QString OverviewModel::reasonText(const CheckRow &row)
{
    if (row.state == HealthStatus::Paused)
        return tr("paused: no requests are sent");
    if (!row.last)
        return QString();
    QString reason = row.last->reason;
    // Between thresholds the state lags the latest evaluation; say so rather than show a
    // failure next to "Up" without comment.
    if (row.last->verdict != row.state && row.state != HealthStatus::Unknown) {
        if (row.last->verdict == HealthStatus::Up)
            reason = tr("Last attempt succeeded; confirming recovery");
        else if (!reason.isEmpty())
            reason = tr("Last attempt: %1").arg(reason);
    }
    // The circuit breaker holds back requests to a failing vendor: say why nothing changes.
    switch (row.circuit) {
    case CircuitState::Open:
        return tr("circuit open after repeated failures, checks wait for a trial: %1").arg(reason);
    case CircuitState::HalfOpen:
        return tr("circuit half-open, one trial request decides: %1").arg(reason);
    case CircuitState::Closed:
        break;
    }
    return reason;
}

QString OverviewModel::relativeTime(const QDateTime &when) const
{
    if (!m_now.isValid())
        return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
    const qint64 seconds = std::max<qint64>(0, when.secsTo(m_now));
    if (seconds < 60)
        return tr("%n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == UptimeColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Integration");
    case StatusColumn:
        return tr("Status");
    case VendorColumn:
        return tr("Vendor says", "column header: the vendor's own status page");
    case LatencyColumn:
        return tr("Latency");
    case TrendColumn:
        return tr("Trend", "column header: latency over the last hour");
    case UptimeColumn:
        return tr("Uptime (24 h)");
    case LastCheckedColumn:
        return tr("Last checked");
    case CertificateColumn:
        return tr("Certificate");
    case QuotaColumn:
        return tr("Quota");
    case ReasonColumn:
        return tr("Reason");
    default:
        break;
    }
    return {};
}

bool OverviewModel::hasVendorPages() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const IntegrationRow &row) { return row.vendor.has_value(); });
}

void OverviewModel::setVendorStatus(const VendorStatusReading &reading)
{
    m_vendorReadings.insert(reading.vendorId, reading);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).vendor && m_rows.at(r).vendor->id == reading.vendorId) {
            const QModelIndex cell = index(r, VendorColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

void OverviewModel::forgetVendorStatus(const QString &vendorId)
{
    if (m_vendorReadings.remove(vendorId) == 0)
        return;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).vendor && m_rows.at(r).vendor->id == vendorId) {
            const QModelIndex cell = index(r, VendorColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

void OverviewModel::emitOverallIfChanged()
{
    const HealthStatus now = overallStatus();
    if (now == m_overall)
        return;
    m_overall = now;
    Q_EMIT overallStatusChanged(now);
}

} // namespace gw
