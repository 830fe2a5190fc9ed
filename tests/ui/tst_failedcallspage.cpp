#include "callsmodel.h"
#include "failedcallspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const qint64 baseMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

CallRecord stripeFailure(qint64 id)
{
    CallRecord call;
    call.id = id;
    call.timeMs = baseMs + id * 60'000;
    call.integration = u"stripe"_s;
    call.check = u"balance"_s;
    call.request = {
        u"GET"_s,
        u"https://api.stripe.test/v1/balance"_s,
        {{u"Authorization"_s, u"[redacted: Authorization header]"_s}, {u"Accept"_s, u"application/json"_s}}};
    call.response = CallResponse{503,
                                 {{u"Content-Type"_s, u"application/json"_s}, {u"Request-Id"_s, u"req_%1"_s.arg(id)}},
                                 uR"({"error":{"type":"api_error"}})"_s,
                                 false};
    call.failureClass = FailureClass::HttpStatus;
    call.reason = u"HTTP 503"_s;
    call.failedConditions = {{u"[STATUS] == 200"_s, u"503"_s}};
    call.timing.totalMs = 240;
    call.vendorRequestId = u"req_%1"_s.arg(id);
    return call;
}

CallRecord stripeSuccess()
{
    CallRecord call = stripeFailure(0);
    call.id = 99;
    call.succeeded = true;
    call.response->status = 200;
    call.response->bodyExcerpt = uR"({"available":[]})"_s;
    call.failureClass = FailureClass::None;
    call.failedConditions.clear();
    call.reason.clear();
    return call;
}

// Stored calls in memory, answered at once; remembers the last filter it counted.
class MemoryCalls final : public CallSource
{
public:
    QList<CallRecord> calls;
    std::optional<CallRecord> good;
    mutable CallFilter lastFilter;

    QList<CallRecord> matching(const CallFilter &filter) const
    {
        QList<CallRecord> out;
        for (const CallRecord &call : calls) {
            if (!filter.integrations.isEmpty() && !filter.integrations.contains(call.integration))
                continue;
            if (!filter.checkOrRoute.isEmpty() && filter.checkOrRoute != call.checkOrRoute())
                continue;
            out.append(call);
        }
        std::sort(out.begin(), out.end(), [](const CallRecord &a, const CallRecord &b) { return a.timeMs > b.timeMs; });
        return out;
    }
    QFuture<qint64> countCalls(const CallFilter &filter) const override
    {
        lastFilter = filter;
        return QtFuture::makeReadyFuture(qint64(matching(filter).size()));
    }
    QFuture<QList<CallSummary>> callRows(const CallFilter &filter, qint64 offset, int limit) const override
    {
        QList<CallSummary> rows;
        for (const CallRecord &call : matching(filter).mid(offset, limit)) {
            rows.append(CallSummary{call.id, call.timeMs, call.origin, call.integration, call.checkOrRoute(),
                                    call.attempt, call.request.method, call.request.url,
                                    call.response ? call.response->status : 0, call.failureClass, call.reason,
                                    call.timing.totalMs, call.vendorRequestId});
        }
        return QtFuture::makeReadyFuture(rows);
    }
    QFuture<std::optional<CallRecord>> call(qint64 id) const override
    {
        for (const CallRecord &call : calls) {
            if (call.id == id)
                return QtFuture::makeReadyFuture(std::optional(call));
        }
        return QtFuture::makeReadyFuture(std::optional<CallRecord>());
    }
    QFuture<std::optional<CallRecord>> lastSuccess(const QString &, const QString &, qint64) const override
    {
        return QtFuture::makeReadyFuture(good);
    }
};

} // namespace

class TestFailedCallsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saysWhenHistoryIsOff();
    void showsTheEvidenceOfTheSelectedCall();
    void comparesWithTheLastGoodAnswer();
    void filterControlsNarrowTheTable();
    void showCallsSetsTheControls();
    void copiesCurlAndSummary();
    void retriesTheCheck();
    void exportsTheSelection();

private:
    void selectRow(int row);

    std::unique_ptr<MemoryCalls> m_calls;
    std::unique_ptr<FailedCallsPage> m_page;
};

void TestFailedCallsPage::init()
{
    QLocale::setDefault(QLocale::c());
    m_page.reset();
    m_calls = std::make_unique<MemoryCalls>();
    m_calls->calls = {stripeFailure(1), stripeFailure(2), stripeFailure(3)};
    m_calls->calls[2].integration = u"slack"_s;
    m_calls->calls[2].check = u"auth"_s;
    m_page = std::make_unique<FailedCallsPage>();
    m_page->resize(1200, 800);
    m_page->setIntegrations({{u"slack"_s, u"Slack"_s}, {u"stripe"_s, u"Stripe"_s}});
    m_page->setSource(m_calls.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFailedCallsPage::selectRow(int row)
{
    auto *table = m_page->findChild<QTableView *>(u"failedCallsTable"_s);
    QTRY_VERIFY(m_page->model()->rowCount() > row);
    QTRY_VERIFY(m_page->model()->index(row, 0).data(CallsModel::LoadedRole).toBool());
    QSignalSpy shown(m_page.get(), &FailedCallsPage::callShown);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(m_page->model()->index(row, CallsModel::ReasonColumn)).center());
    QVERIFY(shown.size() == 1 || shown.wait());
}

void TestFailedCallsPage::saysWhenHistoryIsOff()
{
    FailedCallsPage page;
    page.setSource(nullptr);
    QVERIFY(page.findChild<QLabel *>(u"failedCallsEmpty"_s)->isVisibleTo(&page));
}

void TestFailedCallsPage::showsTheEvidenceOfTheSelectedCall()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(m_page->findChild<QLabel *>(u"callsCount"_s)->text(), u"3 failed calls"_s);
    selectRow(1); // newest first: slack (3), stripe (2), stripe (1)
    QCOMPARE(m_page->shownCall()->id, 2);
    QCOMPARE(m_page->findChild<QLabel *>(u"callSentence"_s)->text(),
             u"GET https://api.stripe.test/v1/balance (stripe / balance) failed with HTTP 503 after 240 ms: the "
             "condition [STATUS] == 200 did not hold (it saw 503)."_s);
    const QString summary = m_page->findChild<QTextBrowser *>(u"callSummary"_s)->toPlainText();
    QVERIFY2(summary.contains(u"req_2"_s), qPrintable(summary));
    auto *requestHeaders = m_page->findChild<QTableWidget *>(u"requestHeaders"_s);
    QCOMPARE(requestHeaders->rowCount(), 2);
    QCOMPARE(requestHeaders->item(0, 1)->text(), u"[redacted: Authorization header]"_s);
    auto *body = m_page->findChild<QPlainTextEdit *>(u"responseBody"_s);
    QCOMPARE(body->toPlainText(), u"{\n    \"error\": {\n        \"type\": \"api_error\"\n    }\n}"_s);
    m_page->findChild<QCheckBox *>(u"prettyBody"_s)->setChecked(false);
    QCOMPARE(body->toPlainText(), uR"({"error":{"type":"api_error"}})"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"responseLine"_s)->text(), u"HTTP 503"_s);
    QVERIFY(m_page->findChild<QTextBrowser *>(u"callTiming"_s)->toPlainText().contains(u"240 ms"_s));
}

void TestFailedCallsPage::comparesWithTheLastGoodAnswer()
{
    m_calls->good = stripeSuccess();
    QSignalSpy compared(m_page.get(), &FailedCallsPage::comparisonShown);
    selectRow(1);
    QTRY_COMPARE(compared.size(), 1);
    QCOMPARE(compared.constFirst().at(1).toBool(), true);
    const QString diff = m_page->findChild<QTextBrowser *>(u"callCompare"_s)->toPlainText();
    QVERIFY2(diff.contains(u"− HTTP 200"_s) && diff.contains(u"+ HTTP 503"_s), qPrintable(diff));
    QVERIFY2(diff.contains(u"− {\n+ {"_s) || diff.contains(u"+     \"error\""_s), qPrintable(diff));

    m_calls->good.reset();
    selectRow(0);
    QTRY_COMPARE(compared.size(), 2);
    QCOMPARE(compared.constLast().at(1).toBool(), false);
}

void TestFailedCallsPage::filterControlsNarrowTheTable()
{
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    auto *integration = m_page->findChild<QComboBox *>(u"callsIntegration"_s);
    integration->setCurrentIndex(integration->findData(u"stripe"_s));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_calls->lastFilter.integrations, QStringList{u"stripe"_s});

    auto *failure = m_page->findChild<QComboBox *>(u"callsFailureClass"_s);
    failure->setCurrentIndex(failure->findData(int(FailureClass::Timeout)));
    auto *status = m_page->findChild<QComboBox *>(u"callsStatus"_s);
    status->setCurrentIndex(status->findText(u"5xx"_s));
    QTRY_COMPARE(m_calls->lastFilter.statusFrom, 500);
    QCOMPARE(m_calls->lastFilter.statusTo, 599);
    QCOMPARE(m_calls->lastFilter.failureClass, std::optional(FailureClass::Timeout));
    status->setCurrentIndex(status->findText(u"No response"_s));
    QTRY_COMPARE(m_calls->lastFilter.statusTo, 99);
    QCOMPARE(m_calls->lastFilter.statusFrom, 0);

    m_page->findChild<QLineEdit *>(u"callsText"_s)->setText(u"req_"_s);
    QTRY_COMPARE(m_calls->lastFilter.text, u"req_"_s);

    auto *window = m_page->findChild<QComboBox *>(u"callsWindow"_s);
    QCOMPARE(window->currentText(), u"Last 24 hours"_s);
    QVERIFY(m_calls->lastFilter.fromMs > 0);
    window->setCurrentIndex(window->findText(u"All kept"_s));
    QTRY_COMPARE(m_calls->lastFilter.fromMs, 0);
}

void TestFailedCallsPage::showCallsSetsTheControls()
{
    CallFilter filter;
    filter.integrations = {u"stripe"_s};
    filter.checkOrRoute = u"balance"_s;
    filter.fromMs = baseMs;
    filter.toMs = baseMs + 300'000;
    m_page->showCalls(filter);
    QCOMPARE(m_page->filter(), filter);
    QCOMPARE(m_page->findChild<QComboBox *>(u"callsIntegration"_s)->currentText(), u"Stripe"_s);
    QCOMPARE(m_page->findChild<QLineEdit *>(u"callsTarget"_s)->text(), u"balance"_s);
    auto *window = m_page->findChild<QComboBox *>(u"callsWindow"_s);
    QCOMPARE(window->currentIndex(), 0);
    QVERIFY2(window->currentText().contains(u"12:00"_s), qPrintable(window->currentText()));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

void TestFailedCallsPage::copiesCurlAndSummary()
{
    selectRow(1);
    m_page->findChild<QPushButton *>(u"copyCurl"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), uR"(curl \
  'https://api.stripe.test/v1/balance' \
  -H 'Authorization: '"$AUTHORIZATION" \
  -H 'Accept: application/json')"_s);
    m_page->findChild<QPushButton *>(u"copySummary"_s)->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        u"**Failed call** · stripe / balance · 2026-03-01 12:02:00 UTC\n"_s));
}

void TestFailedCallsPage::retriesTheCheck()
{
    selectRow(1);
    Sample sample;
    sample.integrationId = u"stripe"_s;
    sample.checkId = u"balance"_s;
    sample.at = QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC);
    sample.verdict = HealthStatus::Up;
    sample.httpStatus = 200;
    sample.latencyMs = 88;
    m_page->showRetryResult(sample); // a scheduled result, not an answer to Retry now
    QVERIFY(!m_page->findChild<QLabel *>(u"retryResult"_s)->isVisibleTo(m_page.get()));
    QSignalSpy retry(m_page.get(), &FailedCallsPage::retryRequested);
    m_page->findChild<QPushButton *>(u"retryNow"_s)->click();
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.constFirst().at(0).toString(), u"stripe"_s);
    QCOMPARE(retry.constFirst().at(1).toString(), u"balance"_s);
    m_page->showRetryResult(sample);
    const QString result = m_page->findChild<QLabel *>(u"retryResult"_s)->text();
    QVERIFY2(result.contains(u"it works now (HTTP 200 in 88 ms)"_s), qPrintable(result));
    QVERIFY(m_page->findChild<QPushButton *>(u"retryNow"_s)->isEnabled());
}

void TestFailedCallsPage::exportsTheSelection()
{
    selectRow(0);
    auto *table = m_page->findChild<QTableView *>(u"failedCallsTable"_s);
    table->selectAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"calls.json"_s);
    QSignalSpy exported(m_page.get(), &FailedCallsPage::exported);
    m_page->exportSelected(path);
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.constFirst().at(1).toInt(), 3);
    QCOMPARE(exported.constFirst().at(2).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray calls = QJsonDocument::fromJson(file.readAll()).object().value(u"calls"_s).toArray();
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).toObject().value(u"id"_s).toInteger(), 3);
    QCOMPARE(calls.at(0).toObject().value(u"integration"_s).toString(), u"slack"_s);

    m_page->exportSelected(dir.filePath(u"missing/dir/calls.json"_s));
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY(!exported.constLast().at(2).toString().isEmpty());
}

} // namespace gw

QTEST_MAIN(gw::TestFailedCallsPage)
#include "tst_failedcallspage.moc"
