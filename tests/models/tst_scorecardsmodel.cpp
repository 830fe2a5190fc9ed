#include "scorecardsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::Scorecard)

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 thirtyDaysMs = 30 * dayMs;

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);

Scorecard named(const QString &id, const QString &name)
{
    Scorecard card;
    card.vendor = id;
    card.vendorName = name;
    return card;
}

// Acme Payments with nothing measured, changed by `change`.
Scorecard acmeWith(const std::function<void(Scorecard &)> &change)
{
    Scorecard card = named(u"acme"_s, u"Acme Payments"_s);
    change(card);
    return card;
}

Criterion criterion(const QString &name, double weight, std::optional<double> score = {}, double share = 0,
                    double contribution = 0)
{
    return Criterion{name, score, weight, share, contribution};
}

// A month of Acme with a bit of everything; see toolTips_data() for what it shows.
Scorecard acmeMonth()
{
    Scorecard card = named(u"acme"_s, u"Acme Payments"_s);
    card.monitoredMs = (29 * 24 + 20) * hourMs; // 30 days less what is excluded
    card.downMs = 43 * minuteMs;
    card.excludedOfflineMs = 2 * hourMs + 5 * minuteMs;
    card.excludedMaintenanceMs = hourMs + 55 * minuteMs;
    card.availabilityPct = 99.8999069;
    card.slaTargetPct = 99.9;
    card.slaMet = false;
    card.creditPct = 10;
    card.creditAmount = 120;
    card.p95Ms = 812;
    card.p95TargetMs = 500;
    card.p95Met = false;
    card.attempts = 2840;
    card.failures = 12;
    card.rateLimited = 10;
    card.errorRatePct = 100.0 * 12 / 2840;
    card.rateLimitedPct = 100.0 * 10 / 2840;
    card.incidents = 3;
    card.mttaMin = 12;
    card.mttrMin = 65;
    card.declared = {DeclaredIncident{u"Elevated API errors"_s, u"minor"_s, 0, {}},
                     DeclaredIncident{u"Card network delays"_s, u"major"_s, 0, {}}};
    card.currency = u"USD"_s;
    card.months = 1;
    card.cost = 1234.5;
    card.budget = 1000;
    card.overBudget = true;
    card.supportRating = 3;
    card.score = 3.82;
    card.trend = 0.3;
    card.criteria = {
        criterion(u"availability"_s, 35, 4.0, 0.35, 1.40),
        criterion(u"latency"_s, 15, 5.0, 0.15, 0.75),
        criterion(u"errors"_s, 20, 4.6, 0.20, 0.92),
        criterion(u"incidents"_s, 15, 2.0, 0.15, 0.30),
        criterion(u"cost"_s, 10),
        criterion(u"support"_s, 15, 3.0, 0.15, 0.45),
    };
    return card;
}

// Five vendors, given out of order; two names in lower case to catch a case-sensitive sort.
//
//            score trend  avail.  SLA     down (min)  credit  p95   errors  inc.  cost    support
//   acme     3.8   +0.3   99.95   met     21.6        0       812   0.42    1     1234.5  4
//   bolt     2.1   -0.5   99.5    missed  216         10      —     1.2     4     —       —
//   cargo    —     —      —       —       —           —       —     —       0     300     3
//   delta    3.8   —      99.99   met     4.32        0       95    0       0     80      4
//   echo     4.6   -0.1   99.95   —       21.6        0       1250  0.42    1     500     5
QList<Scorecard> fiveVendors()
{
    const auto monitored = [](Scorecard &card, double downMinutes) {
        card.monitoredMs = thirtyDaysMs;
        card.downMs = downMinutes * static_cast<double>(minuteMs);
    };
    Scorecard acme = named(u"acme"_s, u"Acme Payments"_s);
    monitored(acme, 21.6);
    acme.score = 3.8;
    acme.trend = 0.3;
    acme.availabilityPct = 99.95;
    acme.slaTargetPct = 99.9;
    acme.slaMet = true;
    acme.creditPct = 0;
    acme.p95Ms = 812;
    acme.errorRatePct = 0.42;
    acme.incidents = 1;
    acme.currency = u"USD"_s;
    acme.cost = 1234.5;
    acme.supportRating = 4;

    Scorecard bolt = named(u"bolt"_s, u"bolt SMS"_s);
    monitored(bolt, 216);
    bolt.score = 2.1;
    bolt.trend = -0.5;
    bolt.availabilityPct = 99.5;
    bolt.slaTargetPct = 99.9;
    bolt.slaMet = false;
    bolt.creditPct = 10;
    bolt.errorRatePct = 1.2;
    bolt.incidents = 4;

    Scorecard cargo = named(u"cargo"_s, u"Cargo Track"_s);
    cargo.currency = u"USD"_s;
    cargo.cost = 300;
    cargo.supportRating = 3;

    Scorecard delta = named(u"delta"_s, u"Delta Mail"_s);
    monitored(delta, 4.32);
    delta.score = 3.8;
    delta.availabilityPct = 99.99;
    delta.slaTargetPct = 99.9;
    delta.slaMet = true;
    delta.creditPct = 0;
    delta.p95Ms = 95;
    delta.errorRatePct = 0;
    delta.currency = u"USD"_s;
    delta.cost = 80;
    delta.supportRating = 4;

    Scorecard echo = named(u"echo"_s, u"echo Search"_s);
    monitored(echo, 21.6);
    echo.score = 4.6;
    echo.trend = -0.1;
    echo.availabilityPct = 99.95;
    echo.creditPct = 0;
    echo.p95Ms = 1250;
    echo.errorRatePct = 0.42;
    echo.incidents = 1;
    echo.currency = u"USD"_s;
    echo.cost = 500;
    echo.supportRating = 5;

    return {delta, cargo, echo, bolt, acme};
}

QStringList vendorIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, ScorecardsModel::VendorColumn).data(ScorecardsModel::VendorIdRole).toString());
    return ids;
}

} // namespace

class TestScorecardsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void texts_data();
    void texts();
    void germanNumbers();
    void toolTips_data();
    void toolTips();
    void verdicts_data();
    void verdicts();
    void headers();
    void alignmentAndIds();
    void sortByColumn_data();
    void sortByColumn();
    void worstFirst();
    void sortIsStable();
    void forgettingTheSortKeepsTheRows();
    void persistentIndexesFollowTheSort();
    void sameVendorsChangeDataInPlace();
    void refreshKeepsTheSort();
    void otherVendorsReset();
    void rowOf();

private:
    std::unique_ptr<ScorecardsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScorecardsModel::initTestCase()
{
    QLocale::setDefault(english);
}

void TestScorecardsModel::init()
{
    m_model = std::make_unique<ScorecardsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestScorecardsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestScorecardsModel::texts_data()
{
    QTest::addColumn<Scorecard>("card");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("raw");

    using M = ScorecardsModel;
    const QVariant missing;

    QTest::newRow("vendor: its name") << acmeWith([](Scorecard &) {}) << int(M::VendorColumn) << u"Acme Payments"_s
                                      << QVariant(u"Acme Payments"_s);
    QTest::newRow("vendor: the id when it has no name")
        << named(u"acme"_s, QString()) << int(M::VendorColumn) << u"acme"_s << QVariant(u"acme"_s);

    QTest::newRow("score: one decimal") << acmeWith([](Scorecard &c) { c.score = 3.8249; }) << int(M::ScoreColumn)
                                        << u"3.8"_s << QVariant(3.8249);
    QTest::newRow("score: rounded up to the top")
        << acmeWith([](Scorecard &c) { c.score = 4.96; }) << int(M::ScoreColumn) << u"5.0"_s << QVariant(4.96);
    QTest::newRow("score: none") << acmeWith([](Scorecard &) {}) << int(M::ScoreColumn) << u"—"_s << missing;

    QTest::newRow("trend: up") << acmeWith([](Scorecard &c) { c.trend = 0.3; }) << int(M::TrendColumn) << u"▲ 0.3"_s
                               << QVariant(0.3);
    QTest::newRow("trend: down") << acmeWith([](Scorecard &c) { c.trend = -0.24; }) << int(M::TrendColumn) << u"▼ 0.2"_s
                                 << QVariant(-0.24);
    QTest::newRow("trend: too small to show")
        << acmeWith([](Scorecard &c) { c.trend = -0.04; }) << int(M::TrendColumn) << u"±0.0"_s << QVariant(-0.04);
    QTest::newRow("trend: no previous score")
        << acmeWith([](Scorecard &) {}) << int(M::TrendColumn) << u"—"_s << missing;

    QTest::newRow("availability: three decimals from 99.9 %")
        << acmeWith([](Scorecard &c) { c.availabilityPct = 99.95; }) << int(M::AvailabilityColumn) << u"99.950 %"_s
        << QVariant(99.95);
    QTest::newRow("availability: exactly 99.9 %") << acmeWith([](Scorecard &c) { c.availabilityPct = 99.9; })
                                                  << int(M::AvailabilityColumn) << u"99.900 %"_s << QVariant(99.9);
    QTest::newRow("availability: just under 99.9 % is cut, never rounded up to it")
        << acmeWith([](Scorecard &c) { c.availabilityPct = 99.8999; }) << int(M::AvailabilityColumn) << u"99.89 %"_s
        << QVariant(99.8999);
    QTest::newRow("availability: two decimals below 99.9 %")
        << acmeWith([](Scorecard &c) { c.availabilityPct = 98.5; }) << int(M::AvailabilityColumn) << u"98.50 %"_s
        << QVariant(98.5);
    QTest::newRow("availability: a moment short of 100 % is not 100 %")
        << acmeWith([](Scorecard &c) { c.availabilityPct = 99.99995; }) << int(M::AvailabilityColumn) << u"99.999 %"_s
        << QVariant(99.99995);
    QTest::newRow("availability: always up") << acmeWith([](Scorecard &c) { c.availabilityPct = 100.0; })
                                             << int(M::AvailabilityColumn) << u"100.000 %"_s << QVariant(100.0);
    QTest::newRow("availability: nothing monitored")
        << acmeWith([](Scorecard &) {}) << int(M::AvailabilityColumn) << u"—"_s << missing;

    QTest::newRow("SLA: met") << acmeWith([](Scorecard &c) {
        c.slaTargetPct = 99.9;
        c.slaMet = true;
    }) << int(M::SlaColumn) << u"Met"_s
                              << QVariant(1);
    QTest::newRow("SLA: missed") << acmeWith([](Scorecard &c) {
        c.slaTargetPct = 99.9;
        c.slaMet = false;
    }) << int(M::SlaColumn) << u"Missed"_s
                                 << QVariant(0);
    QTest::newRow("SLA: no target") << acmeWith([](Scorecard &c) { c.availabilityPct = 99.5; }) << int(M::SlaColumn)
                                    << u"—"_s << missing;
    QTest::newRow("SLA: a target but no data")
        << acmeWith([](Scorecard &c) { c.slaTargetPct = 99.9; }) << int(M::SlaColumn) << u"—"_s << missing;

    const auto down = [](double minutes) {
        return acmeWith([minutes](Scorecard &c) {
            c.monitoredMs = thirtyDaysMs;
            c.downMs = minutes * static_cast<double>(minuteMs);
        });
    };
    QTest::newRow("downtime: minutes") << down(43) << int(M::DowntimeColumn) << u"43 min"_s << QVariant(43.0);
    QTest::newRow("downtime: hours and minutes")
        << down(125) << int(M::DowntimeColumn) << u"2 h 5 min"_s << QVariant(125.0);
    QTest::newRow("downtime: whole hours") << down(120) << int(M::DowntimeColumn) << u"2 h"_s << QVariant(120.0);
    QTest::newRow("downtime: days and hours, rounded to the hour")
        << down(27 * 60 + 40) << int(M::DowntimeColumn) << u"1 d 4 h"_s << QVariant(1660.0);
    QTest::newRow("downtime: a moment") << down(0.4) << int(M::DowntimeColumn) << u"< 1 min"_s << QVariant(0.4);
    QTest::newRow("downtime: none") << down(0) << int(M::DowntimeColumn) << u"0 min"_s << QVariant(0.0);
    QTest::newRow("downtime: nothing monitored")
        << acmeWith([](Scorecard &) {}) << int(M::DowntimeColumn) << u"—"_s << missing;

    QTest::newRow("credit: a tier") << acmeWith([](Scorecard &c) { c.creditPct = 10; }) << int(M::CreditColumn)
                                    << u"10 %"_s << QVariant(10.0);
    QTest::newRow("credit: a tier in one month of a quarter")
        << acmeWith([](Scorecard &c) { c.creditPct = 25.0 / 3; }) << int(M::CreditColumn) << u"8.33 %"_s
        << QVariant(25.0 / 3);
    QTest::newRow("credit: none owed") << acmeWith([](Scorecard &c) { c.creditPct = 0; }) << int(M::CreditColumn)
                                       << u"0 %"_s << QVariant(0.0);
    QTest::newRow("credit: nothing to judge")
        << acmeWith([](Scorecard &) {}) << int(M::CreditColumn) << u"—"_s << missing;

    QTest::newRow("p95: whole milliseconds")
        << acmeWith([](Scorecard &c) { c.p95Ms = 812; }) << int(M::P95Column) << u"812 ms"_s << QVariant(812.0);
    QTest::newRow("p95: grouped") << acmeWith([](Scorecard &c) { c.p95Ms = 1250.4; }) << int(M::P95Column)
                                  << u"1,250 ms"_s << QVariant(1250.4);
    QTest::newRow("p95: one decimal under 10 ms")
        << acmeWith([](Scorecard &c) { c.p95Ms = 7.26; }) << int(M::P95Column) << u"7.3 ms"_s << QVariant(7.26);
    QTest::newRow("p95: no responses") << acmeWith([](Scorecard &) {}) << int(M::P95Column) << u"—"_s << missing;

    QTest::newRow("error rate") << acmeWith([](Scorecard &c) { c.errorRatePct = 0.42; }) << int(M::ErrorRateColumn)
                                << u"0.42 %"_s << QVariant(0.42);
    QTest::newRow("error rate: none failed") << acmeWith([](Scorecard &c) { c.errorRatePct = 0; })
                                             << int(M::ErrorRateColumn) << u"0.00 %"_s << QVariant(0.0);
    QTest::newRow("error rate: no attempts")
        << acmeWith([](Scorecard &) {}) << int(M::ErrorRateColumn) << u"—"_s << missing;

    QTest::newRow("incidents") << acmeWith([](Scorecard &c) { c.incidents = 3; }) << int(M::IncidentsColumn) << u"3"_s
                               << QVariant(3);
    QTest::newRow("incidents: none is a count too")
        << acmeWith([](Scorecard &) {}) << int(M::IncidentsColumn) << u"0"_s << QVariant(0);

    QTest::newRow("cost: dollars") << acmeWith([](Scorecard &c) {
        c.currency = u"USD"_s;
        c.cost = 1234.5;
    }) << int(M::CostColumn) << u"$1,234.50"_s
                                   << QVariant(1234.5);
    QTest::newRow("cost: euros") << acmeWith([](Scorecard &c) {
        c.currency = u"EUR"_s;
        c.cost = 1234.5;
    }) << int(M::CostColumn) << u"€1,234.50"_s
                                 << QVariant(1234.5);
    QTest::newRow("cost: yen, no minor unit") << acmeWith([](Scorecard &c) {
        c.currency = u"JPY"_s;
        c.cost = 120000;
    }) << int(M::CostColumn) << u"¥120,000"_s << QVariant(120000.0);
    QTest::newRow("cost: none configured") << acmeWith([](Scorecard &) {}) << int(M::CostColumn) << u"—"_s << missing;

    QTest::newRow("support") << acmeWith([](Scorecard &c) { c.supportRating = 4; }) << int(M::SupportColumn)
                             << u"4 / 5"_s << QVariant(4);
    QTest::newRow("support: no rating") << acmeWith([](Scorecard &) {}) << int(M::SupportColumn) << u"—"_s << missing;
}

void TestScorecardsModel::texts()
{
    QFETCH(Scorecard, card);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QVariant, raw);

    m_model->setScorecards({card}, english);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data().toString(), text);
    const QVariant actual = index.data(ScorecardsModel::RawValueRole);
    QCOMPARE(actual.isValid(), raw.isValid());
    if (raw.isValid()) {
        QCOMPARE(actual.typeId(), raw.typeId());
        QCOMPARE(actual, raw);
    }
}

void TestScorecardsModel::germanNumbers()
{
    // QLocale formats the numbers ("99,950") but has no pattern for percentages; German writes a
    // space before the sign (DIN 5008, CLDR's "#,##0 %"), as this model does in every language.
    const Scorecard card = acmeWith([](Scorecard &c) {
        c.score = 3.8249;
        c.trend = 0.3;
        c.availabilityPct = 99.95;
        c.monitoredMs = thirtyDaysMs;
        c.downMs = 125.0 * minuteMs;
        c.creditPct = 25.0 / 3;
        c.p95Ms = 1250.4;
        c.errorRatePct = 0.42;
        c.incidents = 1234;
        c.currency = u"EUR"_s;
        c.cost = 1234.5;
        c.budget = 1000;
        c.overBudget = true;
        c.supportRating = 4;
    });
    m_model->setScorecards({card}, german);

    QStringList texts;
    for (int column = 0; column < ScorecardsModel::ColumnCount; ++column) {
        if (column != ScorecardsModel::SlaColumn)
            texts.append(m_model->index(0, column).data().toString());
    }
    QCOMPARE(texts, (QStringList{u"Acme Payments"_s, u"3,8"_s, u"▲ 0,3"_s, u"99,950 %"_s, u"2 h 5 min"_s, u"8,33 %"_s,
                                 u"1.250 ms"_s, u"0,42 %"_s, u"1.234"_s, u"1.234,50\u00A0€"_s, u"4 / 5"_s}));
    QCOMPARE(m_model->index(0, ScorecardsModel::CostColumn).data(Qt::ToolTipRole).toString(),
             u"over budget 1.000,00\u00A0€ by 234,50\u00A0€"_s);
    // The raw values are numbers, whatever the locale.
    QCOMPARE(m_model->index(0, ScorecardsModel::AvailabilityColumn).data(ScorecardsModel::RawValueRole),
             QVariant(99.95));
}

void TestScorecardsModel::toolTips_data()
{
    QTest::addColumn<Scorecard>("card");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("toolTip");

    using M = ScorecardsModel;
    const Scorecard month = acmeMonth();
    const Scorecard empty = named(u"acme"_s, u"Acme Payments"_s);

    QTest::newRow("vendor") << month << int(M::VendorColumn) << u"Vendor id: acme"_s;
    QTest::newRow("score: each criterion's part") << month << int(M::ScoreColumn)
                                                  << u"3.82 of 5, the sum of the criteria's parts:\n"
                                                     u"availability 1.40 (35 % of 4.0)\n"
                                                     u"latency 0.75 (15 % of 5.0)\n"
                                                     u"errors 0.92 (20 % of 4.6)\n"
                                                     u"incidents 0.30 (15 % of 2.0)\n"
                                                     u"cost (no data)\n"
                                                     u"support 0.45 (15 % of 3.0)"_s;
    QTest::newRow("trend") << month << int(M::TrendColumn) << u"Score 3.82, previous period 3.52"_s;
    QTest::newRow("availability: monitored and excluded time")
        << month << int(M::AvailabilityColumn)
        << u"Over 29 d 20 h of monitored time, down for 43 min\n"
           u"Not counted: 2 h 5 min offline and 1 h 55 min in maintenance"_s;
    QTest::newRow("SLA: the target") << month << int(M::SlaColumn) << u"target 99.9 %"_s;
    Scorecard quarter = month;
    quarter.monthly = {ScorecardMonth{{}, 1, 0, 99.95, true, 0}, ScorecardMonth{{}, 1, 0, 99.5, false, 10},
                       ScorecardMonth{{}, 1, 0, 100, true, 0}};
    QTest::newRow("SLA: the months missed of a quarter")
        << quarter << int(M::SlaColumn) << u"target 99.9 %\nmissed in 1 of 3 months"_s;
    QTest::newRow("downtime") << month << int(M::DowntimeColumn) << u"Down for 43 min of 29 d 20 h monitored"_s;
    QTest::newRow("credit: the amount") << month << int(M::CreditColumn) << u"$120.00 owed: 10 % of the period's fee"_s;
    Scorecard noFee = month;
    noFee.creditAmount.reset();
    QTest::newRow("credit: no fee to put an amount on it")
        << noFee << int(M::CreditColumn) << u"10 % of the period's fee; no fee configured to put an amount on it"_s;
    Scorecard noCredit = month;
    noCredit.creditPct = 0;
    noCredit.creditAmount = 0;
    QTest::newRow("credit: none owed") << noCredit << int(M::CreditColumn) << u"No credit owed"_s;
    QTest::newRow("p95: the target") << month << int(M::P95Column) << u"target 500 ms"_s;
    QTest::newRow("error rate: failures and 429s")
        << month << int(M::ErrorRateColumn) << u"12 of 2,840 attempts failed\n0.35 % answered 429 (rate limited)"_s;
    QTest::newRow("incidents: MTTA, MTTR and the vendor's own")
        << month << int(M::IncidentsColumn)
        << u"MTTA 12 min (mean time to acknowledge)\nMTTR 1 h 5 min (mean time to resolve)\n"
           u"2 declared by the vendor"_s;
    QTest::newRow("cost: over budget") << month << int(M::CostColumn) << u"over budget $1,000.00 by $234.50"_s;
    Scorecard withinBudget = month;
    withinBudget.cost = 950;
    withinBudget.overBudget = false;
    QTest::newRow("cost: within budget") << withinBudget << int(M::CostColumn) << u"of budget $1,000.00"_s;
    QTest::newRow("support") << month << int(M::SupportColumn)
                             << u"Support rating from the configuration, or the review's for this period"_s;

    QTest::newRow("score: none") << empty << int(M::ScoreColumn) << u"No criterion has data for this period"_s;
    QTest::newRow("trend: none") << empty << int(M::TrendColumn)
                                 << u"No score for the previous period to compare with"_s;
    QTest::newRow("availability: nothing monitored")
        << empty << int(M::AvailabilityColumn) << u"Nothing was monitored in this period\nNo time excluded"_s;
    QTest::newRow("SLA: no target") << empty << int(M::SlaColumn) << u"No availability target in the contract"_s;
    Scorecard targetOnly = empty;
    targetOnly.slaTargetPct = 99.95;
    QTest::newRow("SLA: a target, nothing monitored")
        << targetOnly << int(M::SlaColumn) << u"target 99.95 %\nNothing was monitored in this period"_s;
    QTest::newRow("downtime: nothing monitored")
        << empty << int(M::DowntimeColumn) << u"Nothing was monitored in this period"_s;
    QTest::newRow("credit: nothing to judge")
        << empty << int(M::CreditColumn) << u"Nothing was monitored: no credit to judge"_s;
    QTest::newRow("p95: neither latency nor a target")
        << empty << int(M::P95Column)
        << u"No response times measured in this period\nNo latency target in the contract"_s;
    QTest::newRow("error rate: no attempts") << empty << int(M::ErrorRateColumn) << u"No attempts in this period"_s;
    QTest::newRow("incidents: none") << empty << int(M::IncidentsColumn)
                                     << u"No alert incidents started in this period\nNone declared by the vendor"_s;
    QTest::newRow("cost: none") << empty << int(M::CostColumn) << u"No cost configured for this vendor"_s;
    Scorecard noBudget = empty;
    noBudget.currency = u"USD"_s;
    noBudget.cost = 100;
    QTest::newRow("cost: no budget") << noBudget << int(M::CostColumn) << u"No budget configured"_s;
    QTest::newRow("support: none") << empty << int(M::SupportColumn) << u"No support rating"_s;
}

void TestScorecardsModel::toolTips()
{
    QFETCH(Scorecard, card);
    QFETCH(int, column);
    QFETCH(QString, toolTip);

    m_model->setScorecards({card}, english);
    QCOMPARE(m_model->index(0, column).data(Qt::ToolTipRole).toString(), toolTip);
}

void TestScorecardsModel::verdicts_data()
{
    QTest::addColumn<Scorecard>("card");
    QTest::addColumn<int>("column");
    QTest::addColumn<ScorecardsModel::Verdict>("verdict");

    using M = ScorecardsModel;
    using V = ScorecardsModel::Verdict;
    const auto scored = [](double score) { return acmeWith([score](Scorecard &c) { c.score = score; }); };
    QTest::newRow("score 2.4: bad") << scored(2.4) << int(M::ScoreColumn) << V::Bad;
    QTest::newRow("score 2.5: a warning") << scored(2.5) << int(M::ScoreColumn) << V::Warning;
    QTest::newRow("score 3.44: a warning") << scored(3.44) << int(M::ScoreColumn) << V::Warning;
    QTest::newRow("score 3.46 shows as 3.5: good") << scored(3.46) << int(M::ScoreColumn) << V::Good;
    QTest::newRow("score 4.8: good") << scored(4.8) << int(M::ScoreColumn) << V::Good;
    QTest::newRow("score: none") << acmeWith([](Scorecard &) {}) << int(M::ScoreColumn) << V::None;

    const auto trending = [](double trend) { return acmeWith([trend](Scorecard &c) { c.trend = trend; }); };
    QTest::newRow("trend down") << trending(-0.3) << int(M::TrendColumn) << V::Warning;
    QTest::newRow("trend down too little to show") << trending(-0.04) << int(M::TrendColumn) << V::None;
    QTest::newRow("trend up") << trending(0.2) << int(M::TrendColumn) << V::None;

    QTest::newRow("availability below the target") << acmeWith([](Scorecard &c) {
        c.availabilityPct = 99.8999;
        c.slaTargetPct = 99.9;
    }) << int(M::AvailabilityColumn) << V::Bad;
    QTest::newRow("availability at the target") << acmeWith([](Scorecard &c) {
        c.availabilityPct = 99.9;
        c.slaTargetPct = 99.9;
    }) << int(M::AvailabilityColumn) << V::None;
    QTest::newRow("availability without a target")
        << acmeWith([](Scorecard &c) { c.availabilityPct = 95; }) << int(M::AvailabilityColumn) << V::None;

    QTest::newRow("SLA met") << acmeWith([](Scorecard &c) { c.slaMet = true; }) << int(M::SlaColumn) << V::Good;
    QTest::newRow("SLA missed") << acmeWith([](Scorecard &c) { c.slaMet = false; }) << int(M::SlaColumn) << V::Bad;
    QTest::newRow("SLA not judged") << acmeWith([](Scorecard &) {}) << int(M::SlaColumn) << V::None;

    QTest::newRow("a credit owed") << acmeWith([](Scorecard &c) { c.creditPct = 10; }) << int(M::CreditColumn)
                                   << V::Bad;
    QTest::newRow("no credit owed") << acmeWith([](Scorecard &c) { c.creditPct = 0; }) << int(M::CreditColumn)
                                    << V::None;

    QTest::newRow("p95 above the target") << acmeWith([](Scorecard &c) {
        c.p95Ms = 812;
        c.p95TargetMs = 500;
        c.p95Met = false;
    }) << int(M::P95Column) << V::Warning;
    QTest::newRow("p95 within the target") << acmeWith([](Scorecard &c) {
        c.p95Ms = 420;
        c.p95TargetMs = 500;
        c.p95Met = true;
    }) << int(M::P95Column) << V::None;

    QTest::newRow("over budget") << acmeWith([](Scorecard &c) {
        c.cost = 1234.5;
        c.budget = 1000;
        c.overBudget = true;
    }) << int(M::CostColumn) << V::Warning;
    QTest::newRow("within budget") << acmeWith([](Scorecard &c) {
        c.cost = 900;
        c.budget = 1000;
        c.overBudget = false;
    }) << int(M::CostColumn) << V::None;

    const Scorecard month = acmeMonth();
    QTest::newRow("downtime is not judged") << month << int(M::DowntimeColumn) << V::None;
    QTest::newRow("error rate is not judged") << month << int(M::ErrorRateColumn) << V::None;
    QTest::newRow("incidents are not judged") << month << int(M::IncidentsColumn) << V::None;
    QTest::newRow("the vendor is not judged") << month << int(M::VendorColumn) << V::None;
}

void TestScorecardsModel::verdicts()
{
    QFETCH(Scorecard, card);
    QFETCH(int, column);
    QFETCH(ScorecardsModel::Verdict, verdict);

    m_model->setScorecards({card}, english);
    QCOMPARE(m_model->index(0, column).data(ScorecardsModel::VerdictRole).toInt(), static_cast<int>(verdict));
    QCOMPARE(ScorecardsModel::verdictOf(card, column), verdict);
    QVERIFY(!m_model->index(0, column).data(Qt::ForegroundRole).isValid());
}

void TestScorecardsModel::headers()
{
    QStringList texts;
    for (int column = 0; column < ScorecardsModel::ColumnCount; ++column) {
        texts.append(m_model->headerData(column, Qt::Horizontal).toString());
        QVERIFY2(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                 qPrintable(texts.constLast()));
    }
    QCOMPARE(texts, (QStringList{u"Vendor"_s, u"Score"_s, u"Trend"_s, u"Availability"_s, u"SLA"_s, u"Downtime"_s,
                                 u"Credit"_s, u"p95"_s, u"Error rate"_s, u"Incidents"_s, u"Cost"_s, u"Support"_s}));
    QCOMPARE(m_model->headerData(ScorecardsModel::ScoreColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"0–5 from the weighted criteria; hover a score for each criterion's part"_s);
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
    QVERIFY(!m_model->headerData(ScorecardsModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestScorecardsModel::alignmentAndIds()
{
    m_model->setScorecards({acmeMonth()}, english);
    QCOMPARE(m_model->columnCount(), int(ScorecardsModel::ColumnCount));
    for (int column = 0; column < ScorecardsModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        const auto alignment = index.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
        const Qt::Alignment expected = column == ScorecardsModel::VendorColumn ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                                               : (Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(alignment, expected);
        QCOMPARE(index.data(ScorecardsModel::VendorIdRole).toString(), u"acme"_s);
    }
    QCOMPARE(m_model->scorecard(0), acmeMonth());
}

void TestScorecardsModel::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("ids");

    using M = ScorecardsModel;
    const auto add = [](const char *name, int column, Qt::SortOrder order, const QString &ids) {
        QTest::newRow(name) << column << order << ids.split(u' ');
    };
    // See fiveVendors(); ties in vendor-name order whichever the direction, missing values last.
    add("vendor, case-insensitive", M::VendorColumn, Qt::AscendingOrder, u"acme bolt cargo delta echo"_s);
    add("vendor, descending", M::VendorColumn, Qt::DescendingOrder, u"echo delta cargo bolt acme"_s);
    add("score", M::ScoreColumn, Qt::AscendingOrder, u"bolt acme delta echo cargo"_s);
    add("score, descending", M::ScoreColumn, Qt::DescendingOrder, u"echo acme delta bolt cargo"_s);
    add("trend", M::TrendColumn, Qt::AscendingOrder, u"bolt echo acme cargo delta"_s);
    add("trend, descending", M::TrendColumn, Qt::DescendingOrder, u"acme echo bolt cargo delta"_s);
    add("availability", M::AvailabilityColumn, Qt::AscendingOrder, u"bolt acme echo delta cargo"_s);
    add("availability, descending", M::AvailabilityColumn, Qt::DescendingOrder, u"delta acme echo bolt cargo"_s);
    add("SLA: missed first", M::SlaColumn, Qt::AscendingOrder, u"bolt acme delta cargo echo"_s);
    add("SLA, descending", M::SlaColumn, Qt::DescendingOrder, u"acme delta bolt cargo echo"_s);
    add("downtime", M::DowntimeColumn, Qt::AscendingOrder, u"delta acme echo bolt cargo"_s);
    add("downtime, descending", M::DowntimeColumn, Qt::DescendingOrder, u"bolt acme echo delta cargo"_s);
    add("credit", M::CreditColumn, Qt::AscendingOrder, u"acme delta echo bolt cargo"_s);
    add("credit, descending", M::CreditColumn, Qt::DescendingOrder, u"bolt acme delta echo cargo"_s);
    add("p95", M::P95Column, Qt::AscendingOrder, u"delta acme echo bolt cargo"_s);
    add("p95, descending", M::P95Column, Qt::DescendingOrder, u"echo acme delta bolt cargo"_s);
    add("error rate", M::ErrorRateColumn, Qt::AscendingOrder, u"delta acme echo bolt cargo"_s);
    add("error rate, descending", M::ErrorRateColumn, Qt::DescendingOrder, u"bolt acme echo delta cargo"_s);
    add("incidents", M::IncidentsColumn, Qt::AscendingOrder, u"cargo delta acme echo bolt"_s);
    add("incidents, descending", M::IncidentsColumn, Qt::DescendingOrder, u"bolt acme echo cargo delta"_s);
    add("cost", M::CostColumn, Qt::AscendingOrder, u"delta cargo echo acme bolt"_s);
    add("cost, descending", M::CostColumn, Qt::DescendingOrder, u"acme echo cargo delta bolt"_s);
    add("support", M::SupportColumn, Qt::AscendingOrder, u"cargo acme delta echo bolt"_s);
    add("support, descending", M::SupportColumn, Qt::DescendingOrder, u"echo acme delta cargo bolt"_s);
}

void TestScorecardsModel::sortByColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, ids);

    m_model->setScorecards(fiveVendors(), english);
    QCOMPARE(vendorIds(*m_model), (QStringList{u"delta"_s, u"cargo"_s, u"echo"_s, u"bolt"_s, u"acme"_s}));
    QCOMPARE(m_model->sortColumn(), -1);

    QSignalSpy aboutToChange(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(vendorIds(*m_model), ids);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    QCOMPARE(aboutToChange.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);

    // Sorting what is already sorted moves nothing.
    m_model->sort(column, order);
    QCOMPARE(vendorIds(*m_model), ids);
    QCOMPARE(changed.count(), 1);
}

void TestScorecardsModel::worstFirst()
{
    m_model->setScorecards(fiveVendors(), english);
    m_model->sort(ScorecardsModel::ScoreColumn, Qt::AscendingOrder);

    QCOMPARE(m_model->index(0, ScorecardsModel::VendorColumn).data().toString(), u"bolt SMS"_s);
    QCOMPARE(m_model->index(0, ScorecardsModel::ScoreColumn).data().toString(), u"2.1"_s);
    QCOMPARE(m_model->index(0, ScorecardsModel::ScoreColumn).data(ScorecardsModel::VerdictRole).toInt(),
             static_cast<int>(ScorecardsModel::Verdict::Bad));
    QCOMPARE(m_model->index(0, ScorecardsModel::SlaColumn).data().toString(), u"Missed"_s);
    // A vendor without a score is not the worst: it is at the bottom.
    QCOMPARE(m_model->index(4, ScorecardsModel::VendorColumn).data().toString(), u"Cargo Track"_s);
    QCOMPARE(m_model->index(4, ScorecardsModel::ScoreColumn).data().toString(), u"—"_s);
}

void TestScorecardsModel::sortIsStable()
{
    // Equal scores, names given out of order and in mixed case; ties always come in name order.
    QList<Scorecard> cards;
    for (const auto &[id, name] : {std::pair{u"z"_s, u"zulu"_s}, std::pair{u"b"_s, u"Bravo"_s},
                                   std::pair{u"y"_s, u"yankee"_s}, std::pair{u"a"_s, u"Alpha"_s}}) {
        Scorecard card = named(id, name);
        card.score = 3.0;
        card.cost = id == u"y" ? 10 : 20;
        cards.append(card);
    }
    Scorecard same = named(u"c"_s, u"alpha"_s); // the same name in other case: by id
    same.score = 3.0;
    same.cost = 20;
    cards.append(same);
    m_model->setScorecards(cards, english);

    const QStringList byName{u"a"_s, u"c"_s, u"b"_s, u"y"_s, u"z"_s};
    m_model->sort(ScorecardsModel::ScoreColumn, Qt::AscendingOrder);
    QCOMPARE(vendorIds(*m_model), byName);
    m_model->sort(ScorecardsModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(vendorIds(*m_model), byName);

    // What was sorted before does not leak into the ties.
    m_model->sort(ScorecardsModel::CostColumn, Qt::DescendingOrder);
    QCOMPARE(vendorIds(*m_model), (QStringList{u"a"_s, u"c"_s, u"b"_s, u"z"_s, u"y"_s}));
    m_model->sort(ScorecardsModel::VendorColumn, Qt::DescendingOrder);
    QCOMPARE(vendorIds(*m_model), (QStringList{u"z"_s, u"y"_s, u"b"_s, u"c"_s, u"a"_s}));
    m_model->sort(ScorecardsModel::ScoreColumn, Qt::AscendingOrder);
    QCOMPARE(vendorIds(*m_model), byName);
}

void TestScorecardsModel::forgettingTheSortKeepsTheRows()
{
    m_model->setScorecards(fiveVendors(), english);
    m_model->sort(ScorecardsModel::CostColumn, Qt::AscendingOrder);
    const QStringList sorted = vendorIds(*m_model);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(-1, Qt::AscendingOrder);
    QCOMPARE(m_model->sortColumn(), -1);
    QCOMPARE(vendorIds(*m_model), sorted);
    QCOMPARE(changed.count(), 0);

    // Nor does a refresh sort them again.
    QList<Scorecard> refreshed = fiveVendors();
    refreshed[0].cost = 5000; // delta
    m_model->setScorecards(refreshed, english);
    QCOMPARE(vendorIds(*m_model), sorted);
    QCOMPARE(changed.count(), 0);

    // A column that does not exist changes nothing.
    m_model->sort(ScorecardsModel::ColumnCount, Qt::DescendingOrder);
    QCOMPARE(m_model->sortColumn(), -1);
    QCOMPARE(vendorIds(*m_model), sorted);
}

void TestScorecardsModel::persistentIndexesFollowTheSort()
{
    m_model->setScorecards(fiveVendors(), english);
    const QPersistentModelIndex bolt = m_model->index(3, ScorecardsModel::CostColumn);
    const QPersistentModelIndex cargo = m_model->index(1, ScorecardsModel::VendorColumn);
    QCOMPARE(bolt.data(ScorecardsModel::VendorIdRole).toString(), u"bolt"_s);

    m_model->sort(ScorecardsModel::ScoreColumn, Qt::AscendingOrder); // bolt acme delta echo cargo
    QCOMPARE(bolt.row(), 0);
    QCOMPARE(bolt.column(), int(ScorecardsModel::CostColumn));
    QCOMPARE(bolt.data(ScorecardsModel::VendorIdRole).toString(), u"bolt"_s);
    QCOMPARE(cargo.row(), 4);
    QCOMPARE(cargo.data().toString(), u"Cargo Track"_s);

    m_model->sort(ScorecardsModel::ScoreColumn, Qt::DescendingOrder); // echo acme delta bolt cargo
    QCOMPARE(bolt.row(), 3);
    QCOMPARE(bolt.data(ScorecardsModel::VendorIdRole).toString(), u"bolt"_s);
    QCOMPARE(cargo.row(), 4);
}

void TestScorecardsModel::sameVendorsChangeDataInPlace()
{
    m_model->setScorecards(fiveVendors(), english); // delta cargo echo bolt acme
    const QPersistentModelIndex echo = m_model->index(2, ScorecardsModel::ScoreColumn);

    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // The same vendors in another order, echo's score and bolt's cost changed.
    QList<Scorecard> refreshed = fiveVendors();
    std::reverse(refreshed.begin(), refreshed.end()); // acme bolt echo cargo delta
    refreshed[2].score = 4.1;
    refreshed[1].currency = u"USD"_s;
    refreshed[1].cost = 99;
    m_model->setScorecards(refreshed, english);

    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(vendorIds(*m_model), (QStringList{u"delta"_s, u"cargo"_s, u"echo"_s, u"bolt"_s, u"acme"_s}));
    // echo and bolt are neighbours: one signal for both rows, every column.
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(bottomRight.column(), ScorecardsModel::ColumnCount - 1);
    QVERIFY(echo.isValid());
    QCOMPARE(echo.row(), 2);
    QCOMPARE(echo.data().toString(), u"4.1"_s);
    QCOMPARE(m_model->index(3, ScorecardsModel::CostColumn).data().toString(), u"$99.00"_s);

    // The very same scorecards again: nothing to tell.
    changed.clear();
    m_model->setScorecards(refreshed, english);
    QCOMPARE(changed.count(), 0);

    // Another locale: every text changes, no row moves.
    m_model->setScorecards(refreshed, german);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 4);
    QCOMPARE(echo.data().toString(), u"4,1"_s);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
}

void TestScorecardsModel::refreshKeepsTheSort()
{
    m_model->setScorecards(fiveVendors(), english);
    m_model->sort(ScorecardsModel::ScoreColumn, Qt::AscendingOrder); // bolt acme delta echo cargo
    const QPersistentModelIndex echo = m_model->index(3, ScorecardsModel::VendorColumn);
    QCOMPARE(echo.data(ScorecardsModel::VendorIdRole).toString(), u"echo"_s);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // echo's score falls below everyone's: it moves to the top, and its index with it.
    QList<Scorecard> refreshed = fiveVendors();
    refreshed[2].score = 1.0;
    m_model->setScorecards(refreshed, english);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(vendorIds(*m_model), (QStringList{u"echo"_s, u"bolt"_s, u"acme"_s, u"delta"_s, u"cargo"_s}));
    QCOMPARE(echo.row(), 0);
    QCOMPARE(m_model->sortColumn(), int(ScorecardsModel::ScoreColumn));

    // Other vendors: a reset, still in order.
    refreshed.append(named(u"foxtrot"_s, u"Foxtrot Maps"_s));
    refreshed.last().score = 0.5;
    m_model->setScorecards(refreshed, english);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(vendorIds(*m_model), (QStringList{u"foxtrot"_s, u"echo"_s, u"bolt"_s, u"acme"_s, u"delta"_s, u"cargo"_s}));
}

void TestScorecardsModel::otherVendorsReset()
{
    m_model->setScorecards(fiveVendors(), english);
    const QPersistentModelIndex acme = m_model->index(4, 0);

    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // As many vendors, one of them another.
    QList<Scorecard> others = fiveVendors();
    others[1] = named(u"foxtrot"_s, u"Foxtrot Maps"_s);
    m_model->setScorecards(others, english);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!acme.isValid());
    QCOMPARE(vendorIds(*m_model), (QStringList{u"delta"_s, u"foxtrot"_s, u"echo"_s, u"bolt"_s, u"acme"_s}));

    // One fewer.
    others.removeLast();
    m_model->setScorecards(others, english);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 4);

    // None.
    m_model->setScorecards({}, english);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setScorecards({}, english);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(changed.count(), 0);
}

void TestScorecardsModel::rowOf()
{
    m_model->setScorecards(fiveVendors(), english); // delta cargo echo bolt acme
    QCOMPARE(m_model->rowOf(u"bolt"_s), 3);
    QCOMPARE(m_model->rowOf(u"delta"_s), 0);
    QCOMPARE(m_model->rowOf(u"nobody"_s), -1);
    QCOMPARE(m_model->rowOf(u"Bolt"_s), -1); // ids, not names, and exact

    m_model->sort(ScorecardsModel::VendorColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->rowOf(u"bolt"_s), 1);
    QCOMPARE(m_model->scorecard(m_model->rowOf(u"echo"_s)).vendorName, u"echo Search"_s);

    // One row per vendor: the first scorecard of an id given twice.
    const Scorecard first = acmeMonth();
    Scorecard second = first;
    second.score = 1.0;
    m_model->setScorecards({first, second}, english);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(u"acme"_s), 0);
    QCOMPARE(m_model->scorecard(0), first);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestScorecardsModel)
#include "tst_scorecardsmodel.moc"
