#pragma once

#include "scorecard.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

namespace gw {

class ScorecardsModel;

// The vendors' scorecards for a period a vendor manager picks (last month by default; any of the
// last twelve months, this or last quarter, or a custom range of days): a comparison table, worst
// score first and sortable by any column, and below it a card for the selected vendor with its
// availability day by day against the contract, the p95 latency trend, the incidents (alerts and
// those the vendor declared), cost against budget, the credit owed, the escalation matrix, and the
// support rating and notes for the period, which the manager edits here. Exports the scorecards
// as CSV, and as a PDF for the review meeting (all vendors, or the selected one).
//
// Asks for reviews with reviewsRequested() and shows the answer given to showReviews(); an answer
// for a period no longer picked is dropped. Edited notes leave through noteEdited(); the app
// stores them and answers with fresh reviews. GUI thread.
class ScorecardsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardsPage)

public:
    explicit ScorecardsPage(QWidget *parent = nullptr);
    ~ScorecardsPage() override;

    // Whose calendar the months, quarters and days follow; the system's zone by default.
    void setZone(const QTimeZone &zone);
    // Where "now" comes from (which month was last month); the wall clock by default.
    void setClock(std::function<qint64()> clock);

    // Whether any vendor is configured; without one the page explains how to add them.
    void setHasVendors(bool hasVendors);

    Period period() const;
    // Picks `period`: one of the picker's when it is one, else a custom range.
    void setPeriod(const Period &period);
    // Asks for the current period's reviews again: now when the page is visible, else as soon as
    // it is shown.
    void refresh();

    // The reviews of `period`, one per vendor. Dropped when another period is picked meanwhile.
    void showReviews(const Period &period, const QList<VendorReview> &reviews);
    // Why no reviews can be shown (history off, a read error); empty hides it.
    void showProblem(const QString &problem);
    // Why the last note was not saved; empty hides it.
    void showNoteProblem(const QString &problem);

    QString selectedVendor() const;
    void selectVendor(const QString &vendorId);
    ScorecardsModel *model() const;

    // Writes what the page shows: every vendor's scorecard as CSV in the table's order, or a PDF
    // of every vendor (`vendorId` empty) or one. The notes being edited go in as they stand.
    // An error message, empty on success.
    QString exportCsv(const QString &path) const;
    QString exportPdf(const QString &path, const QString &vendorId = {}) const;

Q_SIGNALS:
    void reviewsRequested(const gw::Period &period);
    // The support rating or notes of one vendor for the period were edited and saved.
    void noteEdited(const gw::ScorecardNote &note);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildHeader();
    void buildTable();
    void buildCard();
    void fillPicker();
    void pickerChanged();
    void pickCustom();
    void request();
    void fitTable();
    void showCard();
    // The parts of the selected vendor's card.
    void showHeadline(const VendorReview &review);
    void showAvailability(const VendorReview &review);
    void showLatency(const VendorReview &review);
    void showIncidents(const VendorReview &review);
    void showCost(const VendorReview &review);
    void showEscalation(const VendorReview &review);
    void showNote(const VendorReview &review);
    void updateSummary();
    void updateNoteButtons();
    void saveNote();
    void askExportCsv();
    void askExportPdf(const QString &vendorId);
    // The reviews in the table's order, with the notes being edited as they stand.
    QList<VendorReview> shownReviews() const;
    QString fileStem() const;
    qint64 now() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
