#include "overviewproxymodel.h"

#include "overviewmodel.h"
#include "statuspalette.h"

#include <QFont>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace gw {

OverviewProxyModel::OverviewProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setRecursiveFilteringEnabled(true);
}

void OverviewProxyModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameFilter)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
}

QVariant OverviewProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == OverviewModel::LatencyColumn && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);

    // Reasons are elided in the column; the tooltip carries the whole text and any failed conditions.
    if (index.column() == OverviewModel::ReasonColumn && role == Qt::ToolTipRole) {
        const QString reason = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
        const QString details = QSortFilterProxyModel::data(index, Qt::ToolTipRole).toString();
        if (reason.isEmpty())
            return details.isEmpty() ? QVariant() : QVariant(details);
        return details.isEmpty() ? reason : reason + u"\n\n"_s + details;
    }

    // Certificates close to expiry are coloured like the state they will soon cause.
    if (index.column() == OverviewModel::CertificateColumn && role == Qt::ForegroundRole) {
        const QVariant level = QSortFilterProxyModel::data(index, OverviewModel::CertificateStatusRole);
        if (level.isValid() && static_cast<HealthStatus>(level.toInt()) != HealthStatus::Up)
            return StatusPalette(QGuiApplication::palette()).foreground(static_cast<HealthStatus>(level.toInt()));
    }

    // What the vendor admits is coloured like the state it names; an unreadable page stays grey.
    if (index.column() == OverviewModel::VendorColumn && role == Qt::ForegroundRole) {
        const QVariant status = QSortFilterProxyModel::data(index, OverviewModel::VendorStatusRole);
        if (status.isValid() && static_cast<HealthStatus>(status.toInt()) != HealthStatus::Up)
            return StatusPalette(QGuiApplication::palette()).foreground(static_cast<HealthStatus>(status.toInt()));
    }

    // The compact quota indicator takes the colour of its most urgent quota's state.
    if (index.column() == OverviewModel::QuotaColumn && role == Qt::ForegroundRole) {
        const QVariant status = QSortFilterProxyModel::data(index, OverviewModel::QuotaStatusRole);
        if (status.isValid() && static_cast<QuotaStatus>(status.toInt()) != QuotaStatus::Ok)
            return StatusPalette(QGuiApplication::palette()).foreground(static_cast<QuotaStatus>(status.toInt()));
    }
    if (index.column() == OverviewModel::QuotaColumn && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);

    // Integrations stand out from their checks.
    if (role == Qt::FontRole && index.column() == OverviewModel::NameColumn && !index.parent().isValid()) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }

    if (index.column() == OverviewModel::StatusColumn && role == Qt::ToolTipRole) {
        const QVariant summary = QSortFilterProxyModel::data(index, OverviewModel::ChecksSummaryRole);
        if (summary.isValid())
            return summary;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant OverviewProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Numbers are right-aligned, and so is their heading.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == OverviewModel::LatencyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool OverviewProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) {
        const bool leftGateway = left.data(OverviewModel::GatewayRole).toBool();
        const bool rightGateway = right.data(OverviewModel::GatewayRole).toBool();
        if (leftGateway != rightGateway)
            return sortOrder() == Qt::AscendingOrder ? leftGateway : rightGateway;
    }
    // Names in the user's collation, ignoring case ("edge" between "Chatwoot" and "Google"); a
    // locale-aware compare alone would put every lower-case name last in the C locale.
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString().toCaseFolded(), r.toString().toCaseFolded()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool OverviewProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_nameFilter.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, OverviewModel::NameColumn, sourceParent);
    if (nameMatches(source))
        return true;
    // Recursive filtering keeps integrations whose checks match; this keeps checks whose integration does.
    return sourceParent.isValid() && nameMatches(sourceParent.siblingAtColumn(OverviewModel::NameColumn));
}

bool OverviewProxyModel::nameMatches(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(Qt::DisplayRole).toString().contains(m_nameFilter, Qt::CaseInsensitive);
}

} // namespace gw
