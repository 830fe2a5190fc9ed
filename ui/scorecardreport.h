#pragma once

#include "catalog.h"
#include "scorecard.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace gw {

// What the PDF a vendor manager hands out in a review meeting shows: a summary page comparing the
// vendors (worst score first), then each vendor on pages of its own in the same order.
struct ScorecardReport
{
    QString title;
    Period period;
    QTimeZone zone = QTimeZone::utc(); // whose calendar the period, the days and the times follow
    QLocale locale;                    // numbers, money, dates and month names
    qint64 generatedAtMs = 0;
    QList<VendorReview> vendors;

    bool operator==(const ScorecardReport &) const = default;
};

// Writes `report` as an A4 PDF to `path`, atomically (the file appears complete or not at all).
// Returns an error message naming the path, empty on success. Needs a QGuiApplication (fonts);
// paints no pixmaps, so it may run on any thread.
QString writeScorecardPdf(const ScorecardReport &report, const QString &path);

// The period as a person names it in `locale`: "November 2026", "Q4 2026", or its first and
// last day for any other span.
QString scorecardPeriodText(const Period &period, const QTimeZone &zone, const QLocale &locale);

// What was counted of each unit the contract prices or includes, as a person reads it in
// `locale`: "761,610 requests counted, 1,000,000 included"; one line per unit, in unit order.
QStringList scorecardUsageText(const Scorecard &card, const std::optional<VendorCost> &cost, const QLocale &locale);

} // namespace gw
