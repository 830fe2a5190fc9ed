#include "scorecardspage.h"

#include "scorecardsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

// 2026-12-02T10:00:00Z: last month is November 2026.
constexpr qint64 nowMs = 1'796'205'600'000;

qint64 utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

const Period november{utc(2026, 11, 1), utc(2026, 12, 1)};
const Period october{utc(2026, 10, 1), utc(2026, 11, 1)};

VendorReview review(const QString &id, const QString &name, std::optional<double> score, std::optional<bool> slaMet)
{
    VendorReview r;
    r.vendor.id = id;
    r.vendor.name = name;
    r.scorecard.vendor = id;
    r.scorecard.vendorName = name;
    r.scorecard.period = november;
    r.scorecard.score = score;
    r.scorecard.slaMet = slaMet;
    r.scorecard.slaTargetPct = 99.9;
    r.scorecard.availabilityPct = slaMet ? std::optional(*slaMet ? 99.95 : 99.2) : std::nullopt;
    for (int day = 1; day <= 30; ++day)
        r.dailyAvailability.append({utc(2026, 11, day), r.scorecard.availabilityPct});
    return r;
}

// Acme missed its SLA and owes a credit; Beta met it; Gamma has no data yet.
QList<VendorReview> reviews()
{
    VendorReview acme = review(u"acme"_s, u"Acme Payments"_s, 2.1, false);
    acme.vendor.supportTier = u"Plus"_s;
    acme.vendor.supportRating = 3;
    acme.vendor.escalation = {{AlertSeverity::Critical, u"Acme on-call"_s, u"+1 555 0100"_s, std::chrono::hours(1)},
                              {AlertSeverity::Warning, u"support@acme.example"_s, u"email"_s, std::chrono::hours(24)}};
    // $299 a month with a million requests, $0.0004 each beyond: 33,500 more cost $13.40.
    VendorCost cost;
    cost.currency = u"USD"_s;
    cost.monthlyFee = 299;
    cost.included = {{u"requests"_s, 1'000'000}};
    cost.overage = {{u"requests"_s, 0.0004}};
    cost.budget = 400;
    acme.vendor.cost = cost;
    acme.scorecard.usage = {{u"requests"_s, 1'033'500}};
    acme.scorecard.months = 1;
    acme.scorecard.currency = u"USD"_s;
    acme.scorecard.cost = 312.4;
    acme.scorecard.budget = 400;
    acme.scorecard.creditPct = 10;
    acme.scorecard.creditAmount = 29.9;
    acme.scorecard.downMs = 43 * 60'000.0;
    acme.incidents = {{u"acme-down"_s, utc(2026, 11, 17) + 3'600'000, utc(2026, 11, 17) + 3'900'000,
                       utc(2026, 11, 17) + 6'000'000}};
    acme.scorecard.incidents = 1;
    acme.scorecard.declared = {{u"Elevated error rates"_s, u"major"_s, utc(2026, 11, 17) + 3'000'000,
                                utc(2026, 11, 17) + 7'000'000}};
    for (int day = 1; day <= 30; ++day)
        acme.dailyP95Ms.append({utc(2026, 11, day), 700.0 + day});
    acme.scorecard.p95TargetMs = 800;
    return {review(u"beta"_s, u"Beta Mail"_s, 4.2, true), acme, review(u"gamma"_s, u"Gamma"_s, std::nullopt, std::nullopt)};
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_ScorecardsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void asksForLastMonthWhenShown();
    void pickerOffersMonthsAndQuarters();
    void pickingAnotherMonthAsksForIt();
    void tableShowsWorstFirst();
    void cardShowsSelectedVendor();
    void answerForAnotherPeriodIsDropped();
    void savingNoteEmitsIt();
    void unsavedNotesSurviveRefresh();
    void storedNoteIsShown();
    void exportsCsvInTableOrder();
    void exportsPdfWithNotes();
    void withoutVendorsExplainsAndAsksNothing();
    void showsProblem();

private:
    std::unique_ptr<ScorecardsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ScorecardsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qRegisterMetaType<Period>();
}

void tst_ScorecardsPage::init()
{
    m_page = std::make_unique<ScorecardsPage>();
    m_page->setZone(QTimeZone::utc());
    m_page->setClock([] { return nowMs; });
    m_page->resize(1200, 900);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ScorecardsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

void tst_ScorecardsPage::asksForLastMonthWhenShown()
{
    QSignalSpy requested(m_page.get(), &ScorecardsPage::reviewsRequested);
    QCOMPARE(m_page->period(), november);
    QCOMPARE(requested.count(), 0); // nothing while hidden
    m_page->show();
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Period>(), november);
    // Hidden, a refresh waits for the page to be shown again.
    m_page->hide();
    m_page->refresh();
    QCOMPARE(requested.count(), 1);
    m_page->show();
    QTRY_COMPARE(requested.count(), 2);
}

void tst_ScorecardsPage::pickerOffersMonthsAndQuarters()
{
    const auto *picker = m_page->findChild<QComboBox *>(u"periodPicker"_s);
    QVERIFY(picker);
    QStringList texts;
    for (int i = 0; i < picker->count(); ++i)
        texts.append(picker->itemText(i));
    QVERIFY2(texts.contains(u"Last month (November 2026)"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.contains(u"October 2026"_s));
    QVERIFY(texts.contains(u"December 2025"_s)); // twelve months back
    QVERIFY(!texts.contains(u"November 2025"_s));
    QVERIFY(texts.contains(u"This quarter so far (Q4 2026)"_s));
    QVERIFY(texts.contains(u"Last quarter (Q3 2026)"_s));
    QCOMPARE(picker->currentText(), u"Last month (November 2026)"_s);
}

void tst_ScorecardsPage::pickingAnotherMonthAsksForIt()
{
    m_page->show();
    QSignalSpy requested(m_page.get(), &ScorecardsPage::reviewsRequested);
    m_page->setPeriod(october);
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Period>(), october);
    QCOMPARE(m_page->findChild<QComboBox *>(u"periodPicker"_s)->currentText(), u"October 2026"_s);

    // The third quarter: July to September.
    const Period q3{utc(2026, 7, 1), utc(2026, 10, 1)};
    m_page->setPeriod(q3);
    QTRY_COMPARE(requested.count(), 2);
    QCOMPARE(m_page->findChild<QComboBox *>(u"periodPicker"_s)->currentText(), u"Last quarter (Q3 2026)"_s);

    // Any other span is a custom range, named by its first and last day.
    const Period days{utc(2026, 11, 3), utc(2026, 11, 17)};
    m_page->setPeriod(days);
    QTRY_COMPARE(requested.count(), 3);
    QCOMPARE(m_page->period(), days);
    QCOMPARE(m_page->findChild<QComboBox *>(u"periodPicker"_s)->currentText(), u"11/3/26 – 11/16/26"_s);

    // Leaving the tab and coming back keeps the range.
    m_page->hide();
    m_page->show();
    QCOMPARE(m_page->period(), days);
    QCOMPARE(m_page->findChild<QComboBox *>(u"periodPicker"_s)->currentText(), u"11/3/26 – 11/16/26"_s);
}

void tst_ScorecardsPage::tableShowsWorstFirst()
{
    m_page->show();
    m_page->showReviews(november, reviews());
    const auto *table = m_page->findChild<QTableView *>(u"scorecardsTable"_s);
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    // Lowest score first, no score last.
    QCOMPARE(model->index(0, ScorecardsModel::VendorColumn).data().toString(), u"Acme Payments"_s);
    QCOMPARE(model->index(1, ScorecardsModel::VendorColumn).data().toString(), u"Beta Mail"_s);
    QCOMPARE(model->index(2, ScorecardsModel::VendorColumn).data().toString(), u"Gamma"_s);
    // The worst is selected, so its card shows at once.
    QCOMPARE(m_page->selectedVendor(), u"acme"_s);
    const QString summary = m_page->findChild<QLabel *>(u"scorecardsSummary"_s)->text();
    QVERIFY2(summary.contains(u"3 vendors"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 met the SLA"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 missed it"_s), qPrintable(summary));
}

void tst_ScorecardsPage::cardShowsSelectedVendor()
{
    m_page->show();
    m_page->showReviews(november, reviews());
    m_page->selectVendor(u"acme"_s);

    const QString title = m_page->findChild<QLabel *>(u"cardTitle"_s)->text();
    QVERIFY2(title.contains(u"Acme Payments"_s) && title.contains(u"Plus support"_s), qPrintable(title));
    const QString verdict = m_page->findChild<QLabel *>(u"cardVerdict"_s)->text();
    QVERIFY2(verdict.contains(u"SLA missed"_s) && verdict.contains(u"Score 2.1 / 5"_s), qPrintable(verdict));
    const QString days = m_page->findChild<QLabel *>(u"dayRange"_s)->text();
    QVERIFY2(days.contains(u"1 Nov – 30 Nov"_s) && days.contains(u"99.200 % over the period"_s)
                 && days.contains(u"down 43 min"_s),
             qPrintable(days));

    // One alert and one incident the vendor declared, in time order.
    const auto *incidents = m_page->findChild<QTreeWidget *>(u"incidentList"_s);
    QCOMPARE(incidents->topLevelItemCount(), 2);
    QCOMPARE(incidents->topLevelItem(0)->text(1), u"Elevated error rates"_s);
    QCOMPARE(incidents->topLevelItem(0)->text(2), u"Vendor's status page (major)"_s);
    QCOMPARE(incidents->topLevelItem(0)->text(4), u"1 h 7 min"_s); // 4,000 s
    QCOMPARE(incidents->topLevelItem(1)->text(1), u"acme-down"_s);
    QCOMPARE(incidents->topLevelItem(1)->text(3), u"5 min"_s);  // acknowledged after 300 s
    QCOMPARE(incidents->topLevelItem(1)->text(4), u"40 min"_s); // resolved after 2,400 s

    const QString cost = m_page->findChild<QLabel *>(u"costText"_s)->text();
    QVERIFY2(cost.startsWith(u"$312.40 of a $400.00 budget"_s), qPrintable(cost));
    QVERIFY2(cost.contains(u"Monthly fee $299.00"_s), qPrintable(cost));
    QVERIFY2(cost.contains(u"1,033,500 requests counted, 1,000,000 included"_s), qPrintable(cost));
    const QString credit = m_page->findChild<QLabel *>(u"creditText"_s)->text();
    QVERIFY2(credit.contains(u"Credit owed: 10 % of the fee ($29.90)"_s), qPrintable(credit));

    const auto *escalation = m_page->findChild<QTableWidget *>(u"escalationTable"_s);
    QCOMPARE(escalation->rowCount(), 2);
    QCOMPARE(escalation->item(0, 0)->text(), u"Critical"_s);
    QCOMPARE(escalation->item(0, 1)->text(), u"Acme on-call"_s);
    QCOMPARE(escalation->item(0, 3)->text(), u"1 h"_s);
    QCOMPARE(escalation->item(1, 3)->text(), u"24 h"_s);

    // Another row, another card.
    m_page->selectVendor(u"beta"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"cardTitle"_s)->text().contains(u"Beta Mail"_s));
    QVERIFY(m_page->findChild<QLabel *>(u"cardVerdict"_s)->text().contains(u"SLA met"_s));
    QCOMPARE(m_page->findChild<QTableWidget *>(u"escalationTable"_s)->item(0, 1)->text(),
             u"No escalation contacts configured"_s);
}

void tst_ScorecardsPage::answerForAnotherPeriodIsDropped()
{
    m_page->show();
    m_page->showReviews(october, reviews());
    QCOMPARE(m_page->model()->rowCount(), 0);
    m_page->showReviews(november, reviews());
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void tst_ScorecardsPage::savingNoteEmitsIt()
{
    m_page->show();
    m_page->showReviews(november, reviews());
    m_page->selectVendor(u"beta"_s);
    QSignalSpy edited(m_page.get(), &ScorecardsPage::noteEdited);
    auto *save = m_page->findChild<QPushButton *>(u"saveNoteButton"_s);
    QVERIFY(!save->isEnabled());

    auto *rating = m_page->findChild<QComboBox *>(u"ratingPicker"_s);
    rating->setCurrentIndex(rating->findData(4));
    Q_EMIT rating->activated(rating->currentIndex());
    m_page->findChild<QPlainTextEdit *>(u"notesEdit"_s)->setPlainText(u"  Quick answers this month.\n"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(edited.count(), 1);
    const auto note = edited.at(0).at(0).value<ScorecardNote>();
    QCOMPARE(note.vendor, u"beta"_s);
    QCOMPARE(note.period, november);
    QCOMPARE(note.rating, std::optional<int>(4));
    QCOMPARE(note.notes, u"Quick answers this month."_s);
    QVERIFY(!save->isEnabled());
}

void tst_ScorecardsPage::unsavedNotesSurviveRefresh()
{
    m_page->show();
    m_page->showReviews(november, reviews());
    m_page->selectVendor(u"acme"_s);
    auto *notes = m_page->findChild<QPlainTextEdit *>(u"notesEdit"_s);
    notes->setPlainText(u"Claim the credit"_s);
    m_page->showReviews(november, reviews());
    QCOMPARE(notes->toPlainText(), u"Claim the credit"_s);
    QVERIFY(m_page->findChild<QPushButton *>(u"saveNoteButton"_s)->isEnabled());

    // Revert brings back what is stored.
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"revertNoteButton"_s), Qt::LeftButton);
    QCOMPARE(notes->toPlainText(), QString());
}

void tst_ScorecardsPage::storedNoteIsShown()
{
    QList<VendorReview> all = reviews();
    all[1].note = ScorecardNote{u"acme"_s, november, 2, u"Slow to answer tickets"_s, utc(2026, 11, 30), u"mara"_s};
    m_page->show();
    m_page->showReviews(november, all);
    m_page->selectVendor(u"acme"_s);
    QCOMPARE(m_page->findChild<QPlainTextEdit *>(u"notesEdit"_s)->toPlainText(), u"Slow to answer tickets"_s);
    QCOMPARE(m_page->findChild<QComboBox *>(u"ratingPicker"_s)->currentData(), QVariant(2));
    const QString state = m_page->findChild<QLabel *>(u"noteState"_s)->text();
    QVERIFY2(state.startsWith(u"Saved "_s) && state.endsWith(u" by mara"_s), qPrintable(state));
    // Without a note, the configured rating is named.
    QCOMPARE(m_page->findChild<QComboBox *>(u"ratingPicker"_s)->itemText(0), u"As configured (3)"_s);
}

void tst_ScorecardsPage::exportsCsvInTableOrder()
{
    m_page->show();
    m_page->showReviews(november, reviews());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scorecards.csv"_s);
    QCOMPARE(m_page->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three vendors, and the final line break
    QVERIFY(lines.at(0).startsWith("vendor,vendor_name,from,to,"));
    QVERIFY2(lines.at(1).startsWith("acme,Acme Payments,2026-11-01T00:00:00.000Z,2026-12-01T00:00:00.000Z,99.2000,"), lines.at(1).constData());
    QVERIFY(lines.at(2).startsWith("beta,"));
    QVERIFY(lines.at(3).startsWith("gamma,"));
    QVERIFY(lines.at(4).isEmpty());

    // A directory that does not exist: a clear error naming the path.
    const QString bad = dir.filePath(u"missing/scorecards.csv"_s);
    QVERIFY(m_page->exportCsv(bad).contains(bad));
}

void tst_ScorecardsPage::exportsPdfWithNotes()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_page->show();
    m_page->showReviews(november, reviews());
    m_page->selectVendor(u"acme"_s);
    // What is being edited goes into the report as it stands.
    m_page->findChild<QPlainTextEdit *>(u"notesEdit"_s)->setPlainText(u"Credit claim filed on 2 December"_s);
    QTemporaryDir dir;
    const QString all = dir.filePath(u"all.pdf"_s);
    QCOMPARE(m_page->exportPdf(all), QString());
    const QString text = pdfText(all);
    QVERIFY2(text.contains(u"Acme Payments"_s) && text.contains(u"Beta Mail"_s), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"Credit claim filed on 2 December"_s));

    const QString one = dir.filePath(u"acme.pdf"_s);
    QCOMPARE(m_page->exportPdf(one, u"acme"_s), QString());
    const QString acme = pdfText(one);
    QVERIFY(acme.contains(u"Acme Payments"_s));
    QVERIFY(!acme.contains(u"Beta Mail"_s));
}

void tst_ScorecardsPage::withoutVendorsExplainsAndAsksNothing()
{
    QSignalSpy requested(m_page.get(), &ScorecardsPage::reviewsRequested);
    m_page->setHasVendors(false);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(requested.count(), 0);
    const auto *empty = m_page->findChild<QLabel *>(u"scorecardsEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No vendors are configured"_s));
    QVERIFY(!m_page->findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());

    m_page->setHasVendors(true);
    m_page->refresh();
    QTRY_COMPARE(requested.count(), 1);
    QVERIFY(!empty->isVisible());
}

void tst_ScorecardsPage::showsProblem()
{
    m_page->show();
    m_page->showProblem(u"the history cannot be read: disk I/O error"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"scorecardsSummary"_s)->text().contains(u"disk I/O error"_s));
    m_page->showReviews(november, reviews());
    QVERIFY(!m_page->findChild<QLabel *>(u"scorecardsSummary"_s)->text().contains(u"disk I/O error"_s));
}

QTEST_MAIN(tst_ScorecardsPage)
#include "tst_scorecardspage.moc"
