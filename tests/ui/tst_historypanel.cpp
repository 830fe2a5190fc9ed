#include "failuresmodel.h"
#include "fakehistory.h"
#include "historypanel.h"
#include "statusstrip.h"
#include "timechartview.h"
#include "timeformat.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

Q_DECLARE_METATYPE(gw::ChartAnnotation)

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
const qint64 nowMs = QDateTime(QDate(2026, 11, 30), QTime(14, 7, 12), Qt::UTC).toMSecsSinceEpoch();

qint64 spanOf(const HistoryQuery &query)
{
    return query.toMs - query.fromMs;
}

QString messageTitle(const HistoryPanel &panel)
{
    return panel.findChild<QLabel *>(u"historyMessageTitle"_s)->text();
}

bool messageShown(const HistoryPanel &panel)
{
    return panel.findChild<QWidget *>(u"historyMessagePage"_s)->isVisible();
}

TimeChartView *chart(const HistoryPanel &panel, const QString &name)
{
    return panel.findChild<TimeChartView *>(name + u"Chart"_s);
}

bool sectionShown(const HistoryPanel &panel, const QString &name)
{
    return panel.findChild<QWidget *>(name + u"Section"_s)->isVisible();
}

// Single attempts drawn on the latency chart.
qsizetype dots(const HistoryPanel &panel)
{
    return chart(panel, u"latency"_s)->dotCount();
}

// The red cell with the most failures.
int worstCell(const StatusStrip &strip)
{
    int found = -1;
    for (int i = 0; i < strip.cells().size(); ++i) {
        const TimelineCell &cell = strip.cells().at(i);
        if (cell.state == HealthStatus::Down && (found < 0 || cell.failures > strip.cells().at(found).failures))
            found = i;
    }
    return found;
}

// A local time as the en_GB charts show minutes.
QString localMinutes(qint64 atMs, const QString &format = u"HH:mm"_s)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(format);
}

// The texts of the crosshair tooltip's rows at `atMs` that name a vendor's notice.
QStringList vendorLines(const TimeChartView *view, qint64 atMs)
{
    QStringList texts;
    for (const TimeChartView::HoverLine &line : view->hoverLines(atMs)) {
        if (line.text.startsWith(u"Vendor "_s))
            texts.append(line.text);
    }
    return texts;
}

// A viewport point at `share` of the plot area's width, halfway down.
QPoint plotPoint(const TimeChartView *view, double share)
{
    const QRectF plot = view->plotArea();
    return QPointF(plot.left() + plot.width() * share, plot.center().y()).toPoint();
}

} // namespace

class TestHistoryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saysWhatIsMissing();
    void rangePickerChangesTheQueryRange_data();
    void rangePickerChangesTheQueryRange();
    void rangePickerIsKeyboardReachable();
    void customRangeFromTheDialog();
    void liveRangesAlignToCells();
    void rubberBandZoomsAndResetRestores();
    void doubleClickResets();
    void panningMovesTheWindow();
    void clickingARedCellListsItsFailures();
    void clickingALatencyPointSelectsAroundIt();
    void supersededResultsAreDropped();
    void anotherSubjectSupersedesToo();
    void loadingThenEmpty();
    void failedAnswerSaysSo();
    void emptySeriesAreHidden();
    void chartsShareOnePlotArea();
    void refreshAsksAgainWithoutJumping();
    void describesVendorNotices_data();
    void describesVendorNotices();
    void vendorNoticesAnnotateTheCharts();
    void vendorNoticesFollowTheSubject();

private:
    void showPanel();

    std::unique_ptr<FakeHistory> m_history;
    std::unique_ptr<HistoryPanel> m_panel;
};

void TestHistoryPanel::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistoryPanel::init()
{
    m_history = std::make_unique<FakeHistory>(nowMs);
    m_panel = std::make_unique<HistoryPanel>();
    m_panel->setClock([] { return nowMs; });
    m_panel->resize(1000, 760);
}

void TestHistoryPanel::cleanup()
{
    m_panel.reset();
    m_history.reset();
}

void TestHistoryPanel::showPanel()
{
    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    m_panel->setProvider(m_history.get());
    m_panel->setSubject(u"stripe"_s, u"webhooks"_s, u"Stripe · Webhook endpoint"_s);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY(!shown.isEmpty());
    QTRY_VERIFY(chart(*m_panel, u"latency"_s)->plotArea().width() > 200);
}

void TestHistoryPanel::saysWhatIsMissing()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QCOMPARE(messageTitle(*m_panel), u"History is off"_s);
    QVERIFY(!m_panel->findChild<QWidget *>(u"historyHeader"_s)->isVisible());

    m_panel->setProvider(m_history.get());
    QCOMPARE(messageTitle(*m_panel), u"Select an integration or a check"_s);
    QVERIFY(m_history->chartQueries.isEmpty()); // nothing to ask about yet

    m_panel->setSubject(u"stripe"_s, QString(), u"Stripe"_s);
    QTRY_VERIFY(!messageShown(*m_panel));
    QCOMPARE(m_history->chartQueries.size(), 1);
    QCOMPARE(m_history->chartQueries.constLast().integrationId, u"stripe"_s);
    QVERIFY2(m_history->chartQueries.constLast().checkId.isEmpty(), "an integration asks for all its checks");
    QCOMPARE(m_panel->findChild<QLabel *>(u"historyTitle"_s)->text(), u"Stripe"_s);

    m_panel->setProvider(nullptr);
    QCOMPARE(messageTitle(*m_panel), u"History is off"_s);
    QVERIFY(messageShown(*m_panel));
}

void TestHistoryPanel::rangePickerChangesTheQueryRange_data()
{
    QTest::addColumn<HistoryPanel::Range>("range");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Resolution>("resolution");

    using R = HistoryPanel::Range;
    QTest::newRow("15 minutes") << R::Minutes15 << 15 * minuteMs << u"Last 15 minutes"_s << Resolution::Raw;
    QTest::newRow("1 hour") << R::Hour << hourMs << u"Last hour"_s << Resolution::Raw;
    QTest::newRow("6 hours") << R::Hours6 << 6 * hourMs << u"Last 6 hours"_s << Resolution::Minute;
    QTest::newRow("24 hours") << R::Hours24 << dayMs << u"Last 24 hours"_s << Resolution::Minute;
    QTest::newRow("7 days") << R::Days7 << 7 * dayMs << u"Last 7 days"_s << Resolution::Minute;
    QTest::newRow("30 days") << R::Days30 << 30 * dayMs << u"Last 30 days"_s << Resolution::Minute;
    QTest::newRow("1 year") << R::Year << 365 * dayMs << u"Last year"_s << Resolution::Minute;
}

void TestHistoryPanel::rangePickerChangesTheQueryRange()
{
    QFETCH(HistoryPanel::Range, range);
    QFETCH(qint64, span);
    QFETCH(QString, text);
    QFETCH(Resolution, resolution);

    showPanel();
    QCOMPARE(spanOf(m_history->chartQueries.constLast()), dayMs); // the default

    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    auto *picker = m_panel->findChild<QComboBox *>(u"historyRange"_s);
    const int index = picker->findText(text);
    QVERIFY(index >= 0);
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);

    const HistoryQuery query = m_history->chartQueries.constLast();
    QCOMPARE(spanOf(query), span);
    QVERIFY2(query.toMs >= nowMs && query.toMs - nowMs <= span / query.maxCells, "ends now, on a cell boundary");
    QCOMPARE(m_panel->range(), range);
    QVERIFY(shown.wait());
    QCOMPARE(m_panel->shownQuery(), query);
    // The time axis says as much as the range needs.
    const QString format = chart(*m_panel, u"latency"_s)->timeAxis()->format();
    QCOMPARE(format.contains(u"ss"_s), span < 10 * minuteMs);
    QCOMPARE(format.contains(u"MMM"_s), span >= 2 * dayMs);
    // Single attempts are shown only when they are what was read.
    QCOMPARE(dots(*m_panel) > 0, resolution == Resolution::Raw);
}

void TestHistoryPanel::rangePickerIsKeyboardReachable()
{
    showPanel();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    auto *picker = m_panel->findChild<QComboBox *>(u"historyRange"_s);
    // Alt+R is the label's mnemonic.
    QTest::keyClick(m_panel.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(picker->hasFocus());
    QTest::keyClick(picker, Qt::Key_Up);
    QCOMPARE(m_panel->range(), HistoryPanel::Range::Hours6);
    QCOMPARE(spanOf(m_history->chartQueries.constLast()), 6 * hourMs);
}

void TestHistoryPanel::customRangeFromTheDialog()
{
    showPanel();
    auto *picker = m_panel->findChild<QComboBox *>(u"historyRange"_s);
    const int custom = picker->findText(u"Custom…"_s);
    picker->setCurrentIndex(custom);
    Q_EMIT picker->activated(custom);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(u"customRangeDialog"_s)) && dialog->isVisible());

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(nowMs - 3 * dayMs).toLocalTime();
    const QDateTime to = from.addSecs(5 * 3600);
    dialog->findChild<QDateTimeEdit *>(u"customFrom"_s)->setDateTime(from);
    dialog->findChild<QDateTimeEdit *>(u"customTo"_s)->setDateTime(to);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(m_panel->range(), HistoryPanel::Range::Custom);
    const HistoryQuery query = m_history->chartQueries.constLast();
    // The editors show minutes; the window is what they show.
    QCOMPARE(query.fromMs / minuteMs, from.toMSecsSinceEpoch() / minuteMs);
    QCOMPARE(spanOf(query), 5 * hourMs);
    QCOMPARE(picker->currentText(), u"Custom…"_s);

    // Cancelling leaves everything as it was.
    picker->setCurrentIndex(0);
    Q_EMIT picker->activated(0);
    QCOMPARE(m_panel->range(), HistoryPanel::Range::Minutes15);
    picker->setCurrentIndex(custom);
    Q_EMIT picker->activated(custom);
    QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(u"customRangeDialog"_s)) && dialog->isVisible());
    const qsizetype asked = m_history->chartQueries.size();
    dialog->reject();
    QCOMPARE(picker->currentIndex(), 0);
    QCOMPARE(m_history->chartQueries.size(), asked);
}

void TestHistoryPanel::liveRangesAlignToCells()
{
    showPanel();
    const HistoryQuery first = m_history->chartQueries.constLast();
    const qint64 cell = spanOf(first) / first.maxCells;
    QCOMPARE(first.toMs % cell, 0);
    // Asking again a moment later gives the same window: the strip does not shimmer.
    m_panel->refresh();
    QCOMPARE(m_history->chartQueries.constLast(), first);
}

void TestHistoryPanel::rubberBandZoomsAndResetRestores()
{
    showPanel();
    const HistoryQuery picked = m_history->chartQueries.constLast();
    TimeChartView *view = chart(*m_panel, u"latency"_s);

    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, plotPoint(view, 0.25));
    QTest::mouseMove(viewport, plotPoint(view, 0.4));
    QTest::mouseMove(viewport, plotPoint(view, 0.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, plotPoint(view, 0.5));

    const HistoryQuery zoomed = m_history->chartQueries.constLast();
    QVERIFY(m_panel->isZoomed());
    QVERIFY2(std::abs(spanOf(zoomed) - spanOf(picked) / 4) < spanOf(picked) / 100, "a quarter of the range");
    QVERIFY(std::abs(zoomed.fromMs - (picked.fromMs + spanOf(picked) / 4)) < spanOf(picked) / 100);
    QVERIFY(shown.wait());
    QCOMPARE(m_panel->shownQuery(), zoomed);
    // Every chart and the strip follow.
    QCOMPARE(chart(*m_panel, u"errors"_s)->fromMs(), zoomed.fromMs);
    QCOMPARE(chart(*m_panel, u"errors"_s)->toMs(), zoomed.toMs);

    auto *reset = m_panel->findChild<QPushButton *>(u"historyReset"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!m_panel->isZoomed());
    QCOMPARE(m_history->chartQueries.constLast(), picked);
    QVERIFY(shown.wait());
    QCOMPARE(m_panel->shownQuery(), picked);
    QVERIFY(!reset->isEnabled());
}

void TestHistoryPanel::doubleClickResets()
{
    showPanel();
    const HistoryQuery picked = m_history->chartQueries.constLast();
    m_panel->zoomTo(picked.fromMs + hourMs, picked.fromMs + 3 * hourMs);
    QCOMPARE(spanOf(m_history->chartQueries.constLast()), 2 * hourMs);
    TimeChartView *view = chart(*m_panel, u"latency"_s);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, plotPoint(view, 0.5));
    QVERIFY(!m_panel->isZoomed());
    QCOMPARE(m_history->chartQueries.constLast(), picked);
    // A tiny drag is a click, not a zoom.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, plotPoint(view, 0.5));
    QTest::mouseMove(view->viewport(), plotPoint(view, 0.5) + QPoint(2, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, plotPoint(view, 0.5) + QPoint(2, 0));
    QVERIFY(!m_panel->isZoomed());
}

void TestHistoryPanel::panningMovesTheWindow()
{
    showPanel();
    const HistoryQuery picked = m_history->chartQueries.constLast();
    TimeChartView *view = chart(*m_panel, u"latency"_s);
    QWidget *viewport = view->viewport();

    // Shift-drag to the right looks further back.
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(view, 0.3));
    QTest::mouseMove(viewport, plotPoint(view, 0.4));
    QTest::mouseMove(viewport, plotPoint(view, 0.5));
    QVERIFY2(view->fromMs() < picked.fromMs, "the charts move while dragging");
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(view, 0.5));
    QVERIFY(m_panel->isZoomed());
    QTRY_COMPARE(m_history->chartQueries.constLast().toMs, view->toMs());
    const HistoryQuery panned = m_history->chartQueries.constLast();
    QCOMPARE(spanOf(panned), spanOf(picked));
    QVERIFY(std::abs((picked.fromMs - panned.fromMs) - spanOf(picked) / 5) < spanOf(picked) / 100);

    // The wheel pans a tenth of the range per notch, never into the future.
    QWheelEvent back(QPointF(plotPoint(view, 0.5)), view->mapToGlobal(plotPoint(view, 0.5)), QPoint(), QPoint(0, 120),
                     Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &back);
    QTRY_COMPARE(m_history->chartQueries.constLast().fromMs, panned.fromMs - spanOf(picked) / 10);
    for (int i = 0; i < 5; ++i) {
        QWheelEvent forward(QPointF(plotPoint(view, 0.5)), view->mapToGlobal(plotPoint(view, 0.5)), QPoint(),
                            QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &forward);
    }
    QTRY_VERIFY(m_history->chartQueries.constLast().toMs <= nowMs);
    QTRY_COMPARE(m_history->chartQueries.constLast().toMs, view->toMs());
}

void TestHistoryPanel::clickingARedCellListsItsFailures()
{
    showPanel();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    auto *strip = m_panel->findChild<StatusStrip *>(u"statusStrip"_s);
    auto *table = m_panel->findChild<QTableView *>(u"failuresTable"_s);
    QVERIFY(!table->isVisible());

    const int red = worstCell(*strip);
    QVERIFY2(red >= 0, "the fake history has an outage in the last 24 hours");
    const TimelineCell cell = strip->cells().at(red);
    QVERIFY(!strip->cellRect(red).isEmpty());
    QCOMPARE(strip->cellAt(strip->cellRect(red).center()), red);
    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->cellRect(red).center());

    QCOMPARE(m_history->failureQueries.size(), 1);
    const HistoryQuery asked = m_history->failureQueries.constLast();
    QCOMPARE(asked.fromMs, cell.startMs);
    QCOMPARE(asked.toMs, cell.endMs);
    QCOMPARE(asked.checkId, u"webhooks"_s);
    QTRY_COMPARE(table->model()->rowCount(), int(cell.failures));
    QVERIFY(table->isVisible());
    QVERIFY(table->isColumnHidden(FailuresModel::CheckColumn)); // one check: no need to name it
    const QModelIndex first = table->model()->index(0, FailuresModel::HttpStatusColumn);
    QCOMPARE(first.data().toString(), u"503"_s);
    QCOMPARE(table->model()->index(0, FailuresModel::FailureClassColumn).data().toString(), u"HTTP error status"_s);
    // Newest first.
    QVERIFY(cell.failures > 1);
    QVERIFY(table->model()->index(0, 0).data(FailuresModel::TimeRole).toLongLong()
            > table->model()->index(1, 0).data(FailuresModel::TimeRole).toLongLong());
    QVERIFY(m_panel->findChild<QLabel *>(u"failuresTitle"_s)
                ->text()
                .startsWith(u"%1 failed attempts"_s.arg(cell.failures)));

    // Esc clears the selection.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!table->isVisible());
}

void TestHistoryPanel::clickingALatencyPointSelectsAroundIt()
{
    showPanel();
    TimeChartView *view = chart(*m_panel, u"latency"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, plotPoint(view, 0.5));
    QCOMPARE(m_history->failureQueries.size(), 1);
    const HistoryQuery asked = m_history->failureQueries.constLast();
    const HistoryQuery shown = *m_panel->shownQuery();
    const qint64 cell = spanOf(shown) / shown.maxCells;
    QVERIFY2(spanOf(asked) >= cell && spanOf(asked) <= 3 * cell, "about a bucket either side");
    const qint64 clicked = view->timeAt(plotPoint(view, 0.5).x());
    QVERIFY(asked.fromMs <= clicked && asked.toMs >= clicked);
    QTRY_VERIFY(m_panel->findChild<QLabel *>(u"failuresTitle"_s)->text().startsWith(u"No failed attempts"_s));
}

void TestHistoryPanel::supersededResultsAreDropped()
{
    m_history->options.hold = true;
    m_panel->setProvider(m_history.get());
    m_panel->setSubject(u"stripe"_s, u"webhooks"_s, u"Stripe · Webhook endpoint"_s);
    m_panel->show();
    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    m_panel->setRange(HistoryPanel::Range::Hour);
    m_panel->setRange(HistoryPanel::Range::Hours6);
    QCOMPARE(m_history->heldCount(), 3); // 24 h, 1 h, 6 h

    // The newest answer arrives first, the older ones after it: they are dropped.
    m_history->releaseChart(2);
    QVERIFY(shown.wait());
    m_history->releaseChart(1);
    m_history->releaseChart(0);
    m_panel->setRange(HistoryPanel::Range::Minutes15);
    m_history->releaseChart(3);
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(spanOf(shown.at(0).at(0).value<HistoryQuery>()), 6 * hourMs);
    QCOMPARE(spanOf(shown.at(1).at(0).value<HistoryQuery>()), 15 * minuteMs);
    QCOMPARE(spanOf(*m_panel->shownQuery()), 15 * minuteMs);
}

void TestHistoryPanel::anotherSubjectSupersedesToo()
{
    m_history->options.hold = true;
    m_panel->setProvider(m_history.get());
    m_panel->show();
    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    m_panel->setSubject(u"stripe"_s, u"webhooks"_s, u"Stripe · Webhook endpoint"_s);
    m_panel->setSubject(u"slack"_s, QString(), u"Slack"_s);
    m_history->releaseChart(0);
    m_history->releaseChart(1);
    QVERIFY(shown.wait());
    QCOMPARE(m_panel->shownQuery()->integrationId, u"slack"_s);
    QCOMPARE(shown.size(), 1);
}

void TestHistoryPanel::loadingThenEmpty()
{
    m_history->options.hold = true;
    m_history->options.empty = true;
    m_panel->setProvider(m_history.get());
    m_panel->show();
    m_panel->setSubject(u"stripe"_s, u"webhooks"_s, u"Stripe · Webhook endpoint"_s);
    QCOMPARE(messageTitle(*m_panel), u"Loading history…"_s);
    QCOMPARE(m_panel->findChild<QLabel *>(u"historyMessageText"_s)->text(),
             u"Stripe · Webhook endpoint, Last 24 hours"_s);
    QVERIFY(messageShown(*m_panel));
    QVERIFY2(m_panel->findChild<QComboBox *>(u"historyRange"_s)->isVisible(), "a longer range stays one click away");

    m_history->releaseChart(0);
    QTRY_COMPARE(messageTitle(*m_panel), u"No history yet for Stripe · Webhook endpoint"_s);
    QVERIFY(m_panel->findChild<QLabel *>(u"historyMessageText"_s)->text().contains(u"(Last 24 hours)"_s));
    QVERIFY(messageShown(*m_panel));
}

void TestHistoryPanel::failedAnswerSaysSo()
{
    m_history->options.hold = true;
    m_panel->setProvider(m_history.get());
    m_panel->show();
    m_panel->setSubject(u"stripe"_s, u"webhooks"_s, u"Stripe · Webhook endpoint"_s);
    m_history->failChart(0);
    QTRY_COMPARE(messageTitle(*m_panel), u"The history of Stripe · Webhook endpoint could not be read"_s);

    // The next answer brings the charts.
    m_panel->refresh();
    m_history->releaseChart(1);
    QTRY_VERIFY(!messageShown(*m_panel));
}

void TestHistoryPanel::emptySeriesAreHidden()
{
    showPanel();
    QVERIFY(sectionShown(*m_panel, u"latency"_s));
    QVERIFY(sectionShown(*m_panel, u"errors"_s));
    QVERIFY2(!sectionShown(*m_panel, u"quota"_s), "no quota readings: no empty box");
    QVERIFY(!sectionShown(*m_panel, u"tls"_s));
    QVERIFY(m_panel->findChild<StatusStrip *>(u"statusStrip"_s)->isVisible());

    // Only the classes that occurred are drawn and named.
    const QString errorsLegend = m_panel->findChild<QLabel *>(u"errorsLegend"_s)->text();
    QVERIFY(errorsLegend.contains(u"HTTP error status"_s));
    QVERIFY(errorsLegend.contains(u"Timeout"_s));
    QVERIFY(!errorsLegend.contains(u"Name lookup"_s));
    int visibleAreas = 0;
    for (QAbstractSeries *series : chart(*m_panel, u"errors"_s)->chart()->series())
        visibleAreas += series->isVisible() ? 1 : 0;
    QCOMPARE(visibleAreas, 4); // HTTP status, timeout, condition, rate limited

    // A 15-minute window without trouble has no error chart; with quotas and a certificate, both show.
    m_history->options.quotas = true;
    m_history->options.tls = true;
    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    m_panel->setRange(HistoryPanel::Range::Minutes15);
    QVERIFY(shown.wait());
    QVERIFY(!sectionShown(*m_panel, u"errors"_s));
    QVERIFY(sectionShown(*m_panel, u"quota"_s));
    QVERIFY(sectionShown(*m_panel, u"tls"_s));
    QVERIFY(m_panel->findChild<QLabel *>(u"quotaLegend"_s)->text().contains(u"tokens per day"_s));
    QVERIFY(dots(*m_panel) > 0);
}

void TestHistoryPanel::chartsShareOnePlotArea()
{
    m_history->options.quotas = true;
    m_history->options.tls = true;
    showPanel();
    auto *strip = m_panel->findChild<StatusStrip *>(u"statusStrip"_s);
    const QRectF reference = chart(*m_panel, u"latency"_s)->plotArea();
    for (const QString &name : {u"errors"_s, u"quota"_s, u"tls"_s}) {
        TimeChartView *view = chart(*m_panel, name);
        QTRY_VERIFY(view->plotArea().width() > 0);
        QCOMPARE(view->plotArea().left(), reference.left());
        QCOMPARE(view->plotArea().right(), reference.right());
    }
    // The strip's cells line up with the charts' time axis.
    const int red = worstCell(*strip);
    QVERIFY(red >= 0);
    TimeChartView *latency = chart(*m_panel, u"latency"_s);
    const auto chartX = [&] {
        return latency->mapTo(m_panel.get(), QPoint(qRound(latency->xFor(strip->cells().at(red).startMs)), 0)).x();
    };
    const auto stripX = [&] { return strip->mapTo(m_panel.get(), strip->cellRect(red).topLeft()).x(); };
    QTRY_VERIFY2(std::abs(chartX() - stripX()) <= 1, qPrintable(u"%1 vs %2"_s.arg(chartX()).arg(stripX())));
}

void TestHistoryPanel::refreshAsksAgainWithoutJumping()
{
    showPanel();
    // The first layout settles once its pending requests are handled; a refresh must not move it.
    QCoreApplication::sendPostedEvents();
    const QRectF before = chart(*m_panel, u"latency"_s)->plotArea();
    const int sectionHeight = m_panel->findChild<QWidget *>(u"latencySection"_s)->height();
    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    const qsizetype asked = m_history->chartQueries.size();
    QTest::mouseClick(m_panel->findChild<QAbstractButton *>(u"historyRefresh"_s), Qt::LeftButton);
    QCOMPARE(m_history->chartQueries.size(), asked + 1);
    QVERIFY(shown.wait());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(chart(*m_panel, u"latency"_s)->plotArea(), before);
    QCOMPARE(m_panel->findChild<QWidget *>(u"latencySection"_s)->height(), sectionHeight);
    QVERIFY(m_panel->findChild<QLabel *>(u"historyUpdated"_s)->text().startsWith(u"Live · updated"_s));
    QVERIFY(m_panel->findChild<QLabel *>(u"historySummary"_s)->text().contains(u"Availability"_s));
}

void TestHistoryPanel::describesVendorNotices_data()
{
    QTest::addColumn<ChartAnnotation>("annotation");
    QTest::addColumn<QString>("expected");

    using K = ChartAnnotation::Kind;
    const qint64 from = nowMs - 2 * hourMs - 5 * minuteMs - 12'000; // on a whole minute
    const qint64 to = from + 38 * minuteMs;
    const QString window = formatWindow(from, to);
    QTest::newRow("incident") << ChartAnnotation{K::Incident, u"Elevated error rates"_s, u"major"_s, from, to}
                              << u"Vendor incident: Elevated error rates (major), %1"_s.arg(window);
    QTest::newRow("incident of no impact") << ChartAnnotation{K::Incident, u"Dashboard notice"_s, u"none"_s, from, to}
                                           << u"Vendor incident: Dashboard notice (no impact), %1"_s.arg(window);
    QTest::newRow("incident of an impact the page made up")
        << ChartAnnotation{K::Incident, u"Odd one"_s, u"cosmic"_s, from, to}
        << u"Vendor incident: Odd one (cosmic), %1"_s.arg(window);
    QTest::newRow("incident without an impact") << ChartAnnotation{K::Incident, u"Queue backlog"_s, {}, from, to}
                                                << u"Vendor incident: Queue backlog, %1"_s.arg(window);
    QTest::newRow("maintenance") << ChartAnnotation{K::Maintenance, u"Database upgrade"_s, {}, from, to}
                                 << u"Vendor maintenance: Database upgrade, %1"_s.arg(window);
    QTest::newRow("open incident, begun today")
        << ChartAnnotation{K::Incident, u"Webhooks delayed"_s, u"critical"_s, from, std::nullopt}
        << u"Vendor incident: Webhooks delayed (critical), since %1"_s.arg(localMinutes(from));
    QTest::newRow("open incident, begun yesterday")
        << ChartAnnotation{K::Incident, u"Webhooks delayed"_s, u"critical"_s, from - dayMs, std::nullopt}
        << u"Vendor incident: Webhooks delayed (critical), since %1"_s.arg(
               localMinutes(from - dayMs, u"d MMM HH:mm"_s));
    QTest::newRow("open maintenance") << ChartAnnotation{K::Maintenance, u"Rack move"_s, {}, from, std::nullopt}
                                      << u"Vendor maintenance: Rack move, since %1"_s.arg(localMinutes(from));
}

void TestHistoryPanel::describesVendorNotices()
{
    QFETCH(ChartAnnotation, annotation);
    QFETCH(QString, expected);
    QCOMPARE(TimeChartView::describe(annotation, nowMs), expected);
}

void TestHistoryPanel::vendorNoticesAnnotateTheCharts()
{
    using K = ChartAnnotation::Kind;
    const ChartAnnotation maintenance{
        K::Maintenance, u"Database upgrade"_s, {}, nowMs - 5 * hourMs, nowMs - 4 * hourMs};
    const ChartAnnotation incident{K::Incident, u"Elevated error rates"_s, u"major"_s, nowMs - 130 * minuteMs,
                                   nowMs - 90 * minuteMs};
    const ChartAnnotation open{K::Incident, u"Webhooks delayed"_s, u"minor"_s, nowMs - 20 * minuteMs, std::nullopt};
    const ChartAnnotation lastWeek{K::Incident, u"Old outage"_s, u"critical"_s, nowMs - 7 * dayMs,
                                   nowMs - 7 * dayMs + hourMs};
    m_history->annotations = {lastWeek, maintenance, incident, open};

    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    m_panel->setProvider(m_history.get());
    m_panel->setSubject(u"stripe"_s, QString(), u"Stripe"_s, u"stripe-inc"_s, u"Stripe"_s);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(m_history->chartQueries.constLast().vendorId, u"stripe-inc"_s);

    // Every chart gets what overlaps the last 24 hours.
    const QList<ChartAnnotation> inRange{maintenance, incident, open};
    for (const QString &name : {u"latency"_s, u"errors"_s, u"quota"_s, u"tls"_s})
        QCOMPARE(chart(*m_panel, name)->annotations(), inRange);

    auto *note = m_panel->findChild<QLabel *>(u"historyVendorNote"_s);
    QVERIFY(note->isVisible());
    // In full for screen readers and in the tooltip; on screen as far as the summary leaves room.
    QCOMPARE(note->accessibleName(), u"Stripe's status page: 2 incidents and 1 maintenance window in range"_s);
    QVERIFY2(note->text().contains(u"Stripe's status page: 2 incidents"_s), qPrintable(note->text()));
    const QString tip = note->toolTip();
    QVERIFY(tip.contains(note->accessibleName()));
    QVERIFY2(tip.contains(u"Vendor maintenance: Database upgrade, %1"_s.arg(
                 formatWindow(maintenance.fromMs, *maintenance.toMs))),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Vendor incident: Elevated error rates (major), %1"_s.arg(
                 formatWindow(incident.fromMs, *incident.toMs))),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"Vendor incident: Webhooks delayed (minor), since %1"_s.arg(localMinutes(open.fromMs))),
             qPrintable(tip));
    QVERIFY(!tip.contains(u"Old outage"_s));

    // The crosshair's tooltip names what lies under it, on every chart.
    const QString incidentLine =
        u"Vendor incident: Elevated error rates (major), %1"_s.arg(formatWindow(incident.fromMs, *incident.toMs));
    QCOMPARE(vendorLines(chart(*m_panel, u"latency"_s), nowMs - 2 * hourMs), QStringList{incidentLine});
    QCOMPARE(vendorLines(chart(*m_panel, u"errors"_s), nowMs - 2 * hourMs), QStringList{incidentLine});
    QCOMPARE(vendorLines(chart(*m_panel, u"latency"_s), nowMs - 3 * hourMs), QStringList());
    QCOMPARE(vendorLines(chart(*m_panel, u"latency"_s), nowMs - 270 * minuteMs),
             QStringList{u"Vendor maintenance: Database upgrade, %1"_s.arg(
                 formatWindow(maintenance.fromMs, *maintenance.toMs))});
    // An open one reaches the end of the range; the values of the chart stay first.
    const QList<TimeChartView::HoverLine> atEnd = chart(*m_panel, u"latency"_s)->hoverLines(nowMs);
    QVERIFY(atEnd.size() >= 2);
    QVERIFY(atEnd.constFirst().text.startsWith(u"p95: "_s));
    QCOMPARE(atEnd.constLast().text,
             u"Vendor incident: Webhooks delayed (minor), since %1"_s.arg(localMinutes(open.fromMs)));

    // Zoomed to a window with only the maintenance in it, only that is left.
    m_panel->zoomTo(nowMs - 6 * hourMs, nowMs - 3 * hourMs);
    QCOMPARE(m_history->chartQueries.constLast().vendorId, u"stripe-inc"_s);
    QTRY_COMPARE(chart(*m_panel, u"latency"_s)->annotations(), QList<ChartAnnotation>{maintenance});
    QCOMPARE(note->accessibleName(), u"Stripe's status page: 1 maintenance window in range"_s);
}

void TestHistoryPanel::vendorNoticesFollowTheSubject()
{
    m_history->annotations = {
        {ChartAnnotation::Kind::Incident, u"Elevated error rates"_s, u"major"_s, nowMs - 3 * hourMs, nowMs - hourMs}};
    QSignalSpy shown(m_panel.get(), &HistoryPanel::chartShown);
    m_panel->setProvider(m_history.get());
    m_panel->setSubject(u"stripe"_s, u"webhooks"_s, u"Stripe · Webhook endpoint"_s, u"stripe-inc"_s, u"Stripe"_s);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_COMPARE(chart(*m_panel, u"latency"_s)->annotations().size(), 1);
    auto *note = m_panel->findChild<QLabel *>(u"historyVendorNote"_s);
    QCOMPARE(note->accessibleName(), u"Stripe's status page: 1 incident in range"_s);

    // An integration without a status page asks for none and shows none, at once.
    m_panel->setSubject(u"slack"_s, QString(), u"Slack"_s);
    QVERIFY(m_history->chartQueries.constLast().vendorId.isEmpty());
    QVERIFY(chart(*m_panel, u"latency"_s)->annotations().isEmpty());
    QTRY_COMPARE(m_panel->shownQuery().value_or(HistoryQuery{}).integrationId, u"slack"_s);
    QVERIFY(chart(*m_panel, u"latency"_s)->annotations().isEmpty());
    QVERIFY(!note->isVisible());

    // The same subject with a vendor named later asks again, with it.
    const qsizetype asked = m_history->chartQueries.size();
    m_panel->setSubject(u"slack"_s, QString(), u"Slack"_s, u"slack-inc"_s, u"Slack"_s);
    QCOMPARE(m_history->chartQueries.size(), asked + 1);
    QCOMPARE(m_history->chartQueries.constLast().vendorId, u"slack-inc"_s);
    QTRY_COMPARE(chart(*m_panel, u"latency"_s)->annotations().size(), 1);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->accessibleName(), u"Slack's status page: 1 incident in range"_s);

    // No subject: nothing drawn, nothing said.
    m_panel->setSubject(QString(), QString(), QString());
    for (const QString &name : {u"latency"_s, u"errors"_s, u"quota"_s, u"tls"_s})
        QVERIFY(chart(*m_panel, name)->annotations().isEmpty());
    QVERIFY(!note->isVisible());
}

} // namespace gw

QTEST_MAIN(gw::TestHistoryPanel)
#include "tst_historypanel.moc"
