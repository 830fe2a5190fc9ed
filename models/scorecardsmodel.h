#pragma once

#include "scorecard.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>

namespace gw {

// The vendors' scorecards for one period side by side, for the Scorecards page: who met their SLA,
// who owes a credit, who got worse. Rows are keyed by vendor id: a refresh with the same vendors
// changes the rows in place (dataChanged only), so views keep their selection. The model sorts
// itself, missing values last in either order, and keeps its sort across refreshes. Numbers are
// formatted for the locale handed in with the scorecards. Pure: everything comes from the
// scorecards. GUI thread.
class ScorecardsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardsModel)

public:
    enum Column {
        VendorColumn,
        ScoreColumn,
        TrendColumn,
        AvailabilityColumn,
        SlaColumn,
        DowntimeColumn, // minutes
        CreditColumn,   // % of the period's fee
        P95Column,
        ErrorRateColumn,
        IncidentsColumn, // alert incidents
        CostColumn,
        SupportColumn,
        ColumnCount
    };
    enum Role {
        // The cell's number (the vendor column: its shown name), invalid when missing. The SLA is
        // 0 when missed and 1 when met, so that ascending puts the misses first.
        RawValueRole = Qt::UserRole + 1,
        VendorIdRole, // QString
        VerdictRole,  // Verdict as int; the view picks the colours
    };

    enum class Verdict { None, Good, Warning, Bad };
    Q_ENUM(Verdict)

    // Scores (as shown, to one decimal) below these are bad, or need a look.
    static constexpr double badScore = 2.5;
    static constexpr double warningScore = 3.5;

    explicit ScorecardsModel(QObject *parent = nullptr);

    // One row per vendor id (the first scorecard of an id that comes twice).
    void setScorecards(const QList<Scorecard> &cards, const QLocale &locale = QLocale());

    const Scorecard &scorecard(int row) const { return m_rows.at(row); }
    // -1 when no row has that vendor.
    int rowOf(const QString &vendorId) const;

    // How the scorecard fares in `column`, judged against its targets and budget.
    static Verdict verdictOf(const Scorecard &card, int column);

    // -1 when never sorted.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A stable sort by RawValueRole; ties in vendor-name order, missing values last. Worst first is
    // sort(ScoreColumn, Qt::AscendingOrder): the lowest score on top, vendors without one at the
    // bottom. A column of -1 forgets the sort and keeps the rows where they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayValue(const Scorecard &card, int column) const;
    QVariant rawValue(const Scorecard &card, int column) const;
    QVariant toolTip(const Scorecard &card, int column) const;

    // The rows in sorted order, as today's row numbers.
    QList<int> sortedRows() const;
    void applySort(bool notify);

    QList<Scorecard> m_rows;
    QLocale m_locale;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gw
