#include "scorecardsmodel.h"

#include <QCollator>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace gw {

namespace {

constexpr double minuteMs = 60'000.0;
constexpr int maxScore = 5;

QString none()
{
    return ScorecardsModel::tr("—", "no value");
}

// NaN would break the sort's ordering; a scorecard never holds one, but a missing value is safe.
std::optional<double> finite(const std::optional<double> &value)
{
    if (value && std::isfinite(*value))
        return value;
    return std::nullopt;
}

QString vendorNameOf(const Scorecard &card)
{
    return card.vendorName.isEmpty() ? card.vendor : card.vendorName;
}

// Scores and trends to one decimal, as shown; verdicts judge what people see.
double shownScore(double score)
{
    return std::round(score * 10) / 10 + 0.0; // + 0.0: no "-0"
}

double minutesOf(qint64 ms)
{
    return static_cast<double>(ms) / minuteMs;
}

QString percentText(double value, int decimals, const QLocale &locale)
{
    return ScorecardsModel::tr("%1 %", "percentage").arg(locale.toString(value, 'f', decimals));
}

// A configured figure as written: 99.9, not 99.900.
QString plainPercentText(double value, const QLocale &locale)
{
    return ScorecardsModel::tr("%1 %", "percentage")
        .arg(locale.toString(std::round(value * 1e6) / 1e6, 'f', QLocale::FloatingPointShortest));
}

// Three decimals from 99.9 %, where the contracts' targets lie. Cut rather than rounded, so that an
// availability just under its target never shows as the target itself.
QString availabilityText(double pct, const QLocale &locale)
{
    const int decimals = pct >= 99.9 ? 3 : 2;
    const double scale = decimals == 3 ? 1000.0 : 100.0;
    // The nudge keeps 99.95 (99.94999… in binary) at 99.950; scorecards clean percentages to
    // nine decimals, so it hides no real difference.
    const double cut = std::floor(pct * scale + 1e-6) / scale;
    return percentText(cut, decimals, locale);
}

// Credits are whole tiers for a month and shares of them over longer periods: 10 %, 8.33 %.
QString creditText(double pct, const QLocale &locale)
{
    return ScorecardsModel::tr("%1 %", "percentage")
        .arg(locale.toString(std::round(pct * 100) / 100 + 0.0, 'f', QLocale::FloatingPointShortest));
}

QString scoreText(double score, const QLocale &locale)
{
    return locale.toString(score, 'f', 1);
}

QString trendText(double trend, const QLocale &locale)
{
    const double shown = shownScore(trend);
    if (shown == 0)
        return ScorecardsModel::tr("±%1", "no change of the score").arg(locale.toString(0.0, 'f', 1));
    const QString number = locale.toString(std::abs(shown), 'f', 1);
    if (shown > 0)
        return ScorecardsModel::tr("▲ %1", "score went up").arg(number);
    return ScorecardsModel::tr("▼ %1", "score went down").arg(number);
}

QString msText(double ms, const QLocale &locale)
{
    return ScorecardsModel::tr("%1 ms", "milliseconds")
        .arg(ms < 10 ? locale.toString(ms, 'f', 1) : locale.toString(static_cast<qint64>(std::llround(ms))));
}

// "45 min", "2 h 5 min", "3 d 4 h"; "< 1 min" for a moment.
QString durationText(double minutes, const QLocale &locale)
{
    if (minutes <= 0)
        return ScorecardsModel::tr("%1 min", "a duration in minutes").arg(locale.toString(0));
    if (minutes < 1)
        return ScorecardsModel::tr("< %1 min", "a duration under a minute").arg(locale.toString(1));
    const qint64 total = std::llround(minutes);
    if (total < 60)
        return ScorecardsModel::tr("%1 min", "a duration in minutes").arg(locale.toString(total));
    if (total < 24 * 60) {
        if (total % 60 == 0)
            return ScorecardsModel::tr("%1 h", "a duration in hours").arg(locale.toString(total / 60));
        return ScorecardsModel::tr("%1 h %2 min", "a duration in hours and minutes")
            .arg(locale.toString(total / 60), locale.toString(total % 60));
    }
    const qint64 hours = (total + 30) / 60;
    if (hours % 24 == 0)
        return ScorecardsModel::tr("%1 d", "a duration in days").arg(locale.toString(hours / 24));
    return ScorecardsModel::tr("%1 d %2 h", "a duration in days and hours")
        .arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

QString criterionText(const QString &name)
{
    if (name == u"availability")
        return ScorecardsModel::tr("availability", "scorecard criterion");
    if (name == u"latency")
        return ScorecardsModel::tr("latency", "scorecard criterion");
    if (name == u"errors")
        return ScorecardsModel::tr("errors", "scorecard criterion");
    if (name == u"incidents")
        return ScorecardsModel::tr("incidents", "scorecard criterion");
    if (name == u"cost")
        return ScorecardsModel::tr("cost", "scorecard criterion");
    if (name == u"support")
        return ScorecardsModel::tr("support", "scorecard criterion");
    return name;
}

// The number a column sorts by; none when the scorecard has no value for it.
std::optional<double> numberOf(const Scorecard &card, int column)
{
    switch (column) {
    case ScorecardsModel::ScoreColumn:
        return finite(card.score);
    case ScorecardsModel::TrendColumn:
        return finite(card.trend);
    case ScorecardsModel::AvailabilityColumn:
        return finite(card.availabilityPct);
    case ScorecardsModel::SlaColumn:
        if (!card.slaMet)
            return std::nullopt;
        return *card.slaMet ? 1.0 : 0.0;
    case ScorecardsModel::DowntimeColumn:
        if (card.monitoredMs <= 0)
            return std::nullopt;
        return finite(card.downMs / minuteMs);
    case ScorecardsModel::CreditColumn:
        return finite(card.creditPct);
    case ScorecardsModel::P95Column:
        return finite(card.p95Ms);
    case ScorecardsModel::ErrorRateColumn:
        return finite(card.errorRatePct);
    case ScorecardsModel::IncidentsColumn:
        return static_cast<double>(card.incidents);
    case ScorecardsModel::CostColumn:
        return finite(card.cost);
    case ScorecardsModel::SupportColumn:
        if (!card.supportRating)
            return std::nullopt;
        return static_cast<double>(*card.supportRating);
    default:
        return std::nullopt;
    }
}

} // namespace

ScorecardsModel::ScorecardsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ScorecardsModel::setScorecards(const QList<Scorecard> &cards, const QLocale &locale)
{
    QList<Scorecard> fresh;
    fresh.reserve(cards.size());
    QHash<QString, qsizetype> freshAt;
    for (const Scorecard &card : cards) {
        if (freshAt.contains(card.vendor))
            continue;
        freshAt.insert(card.vendor, fresh.size());
        fresh.append(card);
    }

    const bool sameVendors = fresh.size() == m_rows.size()
                             && std::all_of(m_rows.cbegin(), m_rows.cend(),
                                            [&freshAt](const Scorecard &row) { return freshAt.contains(row.vendor); });
    if (!sameVendors) {
        beginResetModel();
        m_rows = std::move(fresh);
        m_locale = locale;
        if (m_sortColumn >= 0)
            applySort(false);
        endResetModel();
        return;
    }

    // The same vendors: every row stays where it is, so that the view keeps its selection.
    const bool relocalised = locale != m_locale; // every text changes
    m_locale = locale;
    const int rows = rowCount();
    QList<bool> changed(rows, false);
    for (int row = 0; row < rows; ++row) {
        const Scorecard &next = fresh.at(freshAt.value(m_rows.at(row).vendor));
        const bool differs = m_rows.at(row) != next;
        if (differs)
            m_rows[row] = next;
        changed[row] = differs || relocalised;
    }
    for (int row = 0; row < rows; ++row) {
        if (!changed.at(row))
            continue;
        int last = row;
        while (last + 1 < rows && changed.at(last + 1))
            ++last;
        Q_EMIT dataChanged(index(row, 0), index(last, ColumnCount - 1));
        row = last;
    }
    if (m_sortColumn >= 0)
        applySort(true);
}

int ScorecardsModel::rowOf(const QString &vendorId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&vendorId](const Scorecard &card) { return card.vendor == vendorId; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

ScorecardsModel::Verdict ScorecardsModel::verdictOf(const Scorecard &card, int column)
{
    switch (column) {
    case ScoreColumn: {
        const std::optional<double> score = finite(card.score);
        if (!score)
            return Verdict::None;
        const double shown = shownScore(*score);
        if (shown < badScore)
            return Verdict::Bad;
        return shown < warningScore ? Verdict::Warning : Verdict::Good;
    }
    case TrendColumn: {
        const std::optional<double> trend = finite(card.trend);
        return trend && shownScore(*trend) < 0 ? Verdict::Warning : Verdict::None;
    }
    case AvailabilityColumn:
        return card.availabilityPct && card.slaTargetPct && *card.availabilityPct < *card.slaTargetPct ? Verdict::Bad
                                                                                                       : Verdict::None;
    case SlaColumn:
        if (!card.slaMet)
            return Verdict::None;
        return *card.slaMet ? Verdict::Good : Verdict::Bad;
    case CreditColumn:
        // A credit is owed only for a month that fell below a tier: the SLA was missed.
        return card.creditPct && *card.creditPct > 0 ? Verdict::Bad : Verdict::None;
    case P95Column:
        return card.p95Met && !*card.p95Met ? Verdict::Warning : Verdict::None;
    case CostColumn:
        return card.overBudget.value_or(false) ? Verdict::Warning : Verdict::None;
    default:
        return Verdict::None;
    }
}

int ScorecardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scorecard &card = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(card, column);
    case Qt::ToolTipRole:
        return toolTip(card, column);
    case RawValueRole:
        return rawValue(card, column);
    case VendorIdRole:
        return card.vendor;
    case VerdictRole:
        return static_cast<int>(verdictOf(card, column));
    case Qt::TextAlignmentRole:
        if (column == VendorColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScorecardsModel::displayValue(const Scorecard &card, int column) const
{
    const QLocale &locale = m_locale;
    const std::optional<double> number = numberOf(card, column);
    switch (column) {
    case VendorColumn:
        return vendorNameOf(card);
    case ScoreColumn:
        return number ? scoreText(*number, locale) : none();
    case TrendColumn:
        return number ? trendText(*number, locale) : none();
    case AvailabilityColumn:
        return number ? availabilityText(*number, locale) : none();
    case SlaColumn:
        if (!card.slaMet)
            return none();
        return *card.slaMet ? tr("Met", "SLA") : tr("Missed", "SLA");
    case DowntimeColumn:
        return number ? durationText(*number, locale) : none();
    case CreditColumn:
        return number ? creditText(*number, locale) : none();
    case P95Column:
        return number ? msText(*number, locale) : none();
    case ErrorRateColumn:
        return number ? percentText(*number, 2, locale) : none();
    case IncidentsColumn:
        return locale.toString(card.incidents);
    case CostColumn:
        return number ? formatMoney(*number, card.currency, locale) : none();
    case SupportColumn:
        return card.supportRating ? tr("%1 / %2", "a rating out of the best")
                                        .arg(locale.toString(*card.supportRating), locale.toString(maxScore))
                                  : none();
    default:
        return {};
    }
}

QVariant ScorecardsModel::rawValue(const Scorecard &card, int column) const
{
    if (column == VendorColumn)
        return vendorNameOf(card);
    const std::optional<double> number = numberOf(card, column);
    if (!number)
        return {};
    switch (column) {
    case SlaColumn:
    case IncidentsColumn:
    case SupportColumn:
        return static_cast<int>(*number);
    default:
        return *number;
    }
}

QVariant ScorecardsModel::toolTip(const Scorecard &card, int column) const
{
    const QLocale &locale = m_locale;
    const auto duration = [&locale](double minutes) { return durationText(minutes, locale); };
    const auto money = [&locale, &card](double amount) { return formatMoney(amount, card.currency, locale); };
    const QString nothingMonitored = tr("Nothing was monitored in this period");
    QStringList lines;
    switch (column) {
    case VendorColumn:
        return tr("Vendor id: %1").arg(card.vendor);
    case ScoreColumn: {
        const std::optional<double> score = finite(card.score);
        if (!score)
            return tr("No criterion has data for this period");
        lines.append(tr("%1 of %2, the sum of the criteria's parts:")
                         .arg(locale.toString(*score, 'f', 2), locale.toString(maxScore)));
        for (const Criterion &criterion : card.criteria) {
            if (criterion.present()) {
                lines.append(
                    tr("%1 %2 (%3 of %4)", "criterion, its part of the score, its share of the weights, its own score")
                        .arg(criterionText(criterion.name), locale.toString(criterion.contribution, 'f', 2),
                             percentText(criterion.share * 100, 0, locale), locale.toString(*criterion.score, 'f', 1)));
            } else {
                lines.append(tr("%1 (no data)", "criterion without data").arg(criterionText(criterion.name)));
            }
        }
        break;
    }
    case TrendColumn: {
        const std::optional<double> trend = finite(card.trend);
        const std::optional<double> score = finite(card.score);
        if (!trend || !score)
            return tr("No score for the previous period to compare with");
        return tr("Score %1, previous period %2")
            .arg(locale.toString(*score, 'f', 2), locale.toString(*score - *trend, 'f', 2));
    }
    case AvailabilityColumn: {
        if (card.monitoredMs > 0) {
            lines.append(tr("Over %1 of monitored time, down for %2")
                             .arg(duration(minutesOf(card.monitoredMs)), duration(card.downMs / minuteMs)));
        } else {
            lines.append(nothingMonitored);
        }
        QStringList excluded;
        if (card.excludedOfflineMs > 0)
            excluded.append(tr("%1 offline", "the workstation was not monitoring")
                                .arg(duration(minutesOf(card.excludedOfflineMs))));
        if (card.excludedPausedMs > 0)
            excluded.append(tr("%1 paused", "monitoring was paused").arg(duration(minutesOf(card.excludedPausedMs))));
        if (card.excludedMaintenanceMs > 0)
            excluded.append(tr("%1 in maintenance", "the vendor's announced maintenance")
                                .arg(duration(minutesOf(card.excludedMaintenanceMs))));
        lines.append(excluded.isEmpty() ? tr("No time excluded")
                                        : tr("Not counted: %1").arg(locale.createSeparatedList(excluded)));
        break;
    }
    case SlaColumn: {
        if (!card.slaTargetPct)
            return tr("No availability target in the contract");
        lines.append(tr("target %1").arg(plainPercentText(*card.slaTargetPct, locale)));
        if (!card.slaMet) {
            lines.append(nothingMonitored);
            break;
        }
        qint64 judged = 0;
        qint64 missed = 0;
        for (const ScorecardMonth &month : card.monthly) {
            if (!month.slaMet)
                continue;
            ++judged;
            if (!*month.slaMet)
                ++missed;
        }
        if (judged > 1 && missed > 0)
            lines.append(tr("missed in %1 of %2 months").arg(locale.toString(missed), locale.toString(judged)));
        break;
    }
    case DowntimeColumn:
        if (card.monitoredMs <= 0)
            return nothingMonitored;
        return tr("Down for %1 of %2 monitored")
            .arg(duration(card.downMs / minuteMs), duration(minutesOf(card.monitoredMs)));
    case CreditColumn: {
        const std::optional<double> credit = finite(card.creditPct);
        if (!credit)
            return tr("Nothing was monitored: no credit to judge");
        if (*credit <= 0)
            return tr("No credit owed");
        if (const std::optional<double> amount = finite(card.creditAmount))
            return tr("%1 owed: %2 of the period's fee").arg(money(*amount), creditText(*credit, locale));
        return tr("%1 of the period's fee; no fee configured to put an amount on it").arg(creditText(*credit, locale));
    }
    case P95Column:
        if (!finite(card.p95Ms))
            lines.append(tr("No response times measured in this period"));
        lines.append(card.p95TargetMs ? tr("target %1").arg(msText(*card.p95TargetMs, locale))
                                      : tr("No latency target in the contract"));
        break;
    case ErrorRateColumn:
        if (!finite(card.errorRatePct))
            return tr("No attempts in this period");
        lines.append(tr("%1 of %2 attempts failed")
                         .arg(locale.toString(static_cast<qulonglong>(card.failures)),
                              locale.toString(static_cast<qulonglong>(card.attempts))));
        if (const std::optional<double> limited = finite(card.rateLimitedPct))
            lines.append(tr("%1 answered 429 (rate limited)").arg(percentText(*limited, 2, locale)));
        break;
    case IncidentsColumn:
        if (card.incidents == 0)
            lines.append(tr("No alert incidents started in this period"));
        if (const std::optional<double> mtta = finite(card.mttaMin))
            lines.append(tr("MTTA %1 (mean time to acknowledge)").arg(duration(*mtta)));
        if (const std::optional<double> mttr = finite(card.mttrMin))
            lines.append(tr("MTTR %1 (mean time to resolve)").arg(duration(*mttr)));
        lines.append(
            card.declared.isEmpty()
                ? tr("None declared by the vendor")
                : tr("%1 declared by the vendor").arg(locale.toString(static_cast<qint64>(card.declared.size()))));
        break;
    case CostColumn: {
        const std::optional<double> cost = finite(card.cost);
        if (!cost)
            return tr("No cost configured for this vendor");
        const std::optional<double> budget = finite(card.budget);
        if (!budget)
            return tr("No budget configured");
        if (*cost > *budget)
            return tr("over budget %1 by %2").arg(money(*budget), money(*cost - *budget));
        return tr("of budget %1").arg(money(*budget));
    }
    case SupportColumn:
        return card.supportRating ? tr("Support rating from the configuration, or the review's for this period")
                                  : tr("No support rating");
    default:
        return {};
    }
    return lines.join(u'\n');
}

QVariant ScorecardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VendorColumn:
            return tr("The vendor, as configured");
        case ScoreColumn:
            return tr("0–5 from the weighted criteria; hover a score for each criterion's part");
        case TrendColumn:
            return tr("Change of the score since the previous period");
        case AvailabilityColumn:
            return tr("Share of the monitored time the vendor was up; time offline, paused or in the vendor's "
                      "maintenance is not counted");
        case SlaColumn:
            return tr("Whether every calendar month of the period reached the contract's availability target");
        case DowntimeColumn:
            return tr("Time the vendor was down within the monitored time");
        case CreditColumn:
            return tr("Service credit owed under the contract, as a share of the period's fee");
        case P95Column:
            return tr("95th percentile of the response times, against the contract's target");
        case ErrorRateColumn:
            return tr("Failed attempts over all attempts; failures of the workstation's own network are not counted");
        case IncidentsColumn:
            return tr("Alert incidents about the vendor that started in the period");
        case CostColumn:
            return tr("Fees and overage for the period, against the budget");
        case SupportColumn:
            return tr("Support rating from 1 to 5");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case ScoreColumn:
        return tr("Score");
    case TrendColumn:
        return tr("Trend");
    case AvailabilityColumn:
        return tr("Availability");
    case SlaColumn:
        return tr("SLA");
    case DowntimeColumn:
        return tr("Downtime");
    case CreditColumn:
        return tr("Credit", "a service credit owed by the vendor");
    case P95Column:
        return tr("p95");
    case ErrorRateColumn:
        return tr("Error rate");
    case IncidentsColumn:
        return tr("Incidents");
    case CostColumn:
        return tr("Cost");
    case SupportColumn:
        return tr("Support");
    default:
        return {};
    }
}

void ScorecardsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    if (m_sortColumn >= 0)
        applySort(true);
}

QList<int> ScorecardsModel::sortedRows() const
{
    QList<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    QCollator collator(m_locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList names;
    names.reserve(m_rows.size());
    for (const Scorecard &card : m_rows)
        names.append(vendorNameOf(card));
    // Names, then ids: one order whatever the rows' order was, for the ties of every column.
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (const int order = collator.compare(names.at(a), names.at(b)); order != 0)
            return order < 0;
        return m_rows.at(a).vendor < m_rows.at(b).vendor;
    });
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == VendorColumn) {
        if (descending)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }

    QList<std::optional<double>> keys;
    keys.reserve(m_rows.size());
    for (const Scorecard &card : m_rows)
        keys.append(numberOf(card, m_sortColumn));
    std::stable_sort(rows.begin(), rows.end(), [&keys, descending](int a, int b) {
        const std::optional<double> &x = keys.at(a);
        const std::optional<double> &y = keys.at(b);
        if (!x || !y)
            return x.has_value() && !y.has_value(); // missing values last, in either order
        return descending ? *y < *x : *x < *y;
    });
    return rows;
}

void ScorecardsModel::applySort(bool notify)
{
    const QList<int> order = sortedRows();
    if (std::is_sorted(order.cbegin(), order.cend()))
        return; // already in order: nothing moves
    if (notify)
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<Scorecard> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int row = 0; row < order.size(); ++row) {
        sorted.append(std::move(m_rows[order.at(row)]));
        newRowOf[order.at(row)] = row;
    }
    m_rows = std::move(sorted);
    if (!notify)
        return;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from)
        to.append(index(newRowOf.at(old.row()), old.column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace gw
