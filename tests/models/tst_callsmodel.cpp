#include "callsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const qint64 baseMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

// Calls in memory, answered at once; records what it was asked.
class MemorySource final : public CallSource
{
public:
    QList<CallSummary> calls; // any order
    mutable QList<QPair<qint64, int>> pagesAsked;
    mutable QList<CallFilter> filtersCounted;

    QList<CallSummary> matching(const CallFilter &filter) const
    {
        QList<CallSummary> out;
        for (const CallSummary &call : calls) {
            if (!filter.integrations.isEmpty() && !filter.integrations.contains(call.integration))
                continue;
            out.append(call);
        }
        std::sort(out.begin(), out.end(), [&](const CallSummary &a, const CallSummary &b) {
            return filter.newestFirst ? std::pair(a.timeMs, a.id) > std::pair(b.timeMs, b.id)
                                      : std::pair(a.timeMs, a.id) < std::pair(b.timeMs, b.id);
        });
        return out;
    }

    QFuture<qint64> countCalls(const CallFilter &filter) const override
    {
        filtersCounted.append(filter);
        return QtFuture::makeReadyFuture(qint64(matching(filter).size()));
    }
    QFuture<QList<CallSummary>> callRows(const CallFilter &filter, qint64 offset, int limit) const override
    {
        pagesAsked.append({offset, limit});
        return QtFuture::makeReadyFuture(matching(filter).mid(offset, limit));
    }
    QFuture<std::optional<CallRecord>> call(qint64) const override
    {
        return QtFuture::makeReadyFuture(std::optional<CallRecord>());
    }
    QFuture<std::optional<CallRecord>> lastSuccess(const QString &, const QString &, qint64) const override
    {
        return QtFuture::makeReadyFuture(std::optional<CallRecord>());
    }
};

CallSummary summaryAt(qint64 id, const QString &integration = u"stripe"_s)
{
    CallSummary call;
    call.id = id;
    call.timeMs = baseMs + id * 1000;
    call.integration = integration;
    call.checkOrRoute = u"balance"_s;
    call.method = u"GET"_s;
    call.url = u"https://api.stripe.test/v1/balance"_s;
    call.status = 503;
    call.failureClass = FailureClass::HttpStatus;
    call.reason = u"HTTP 503"_s;
    call.totalMs = 120;
    call.vendorRequestId = u"req_%1"_s.arg(id);
    return call;
}

QList<CallSummary> numbered(qint64 from, qint64 to)
{
    QList<CallSummary> calls;
    for (qint64 id = from; id <= to; ++id)
        calls.append(summaryAt(id));
    return calls;
}

qint64 idAt(const CallsModel &model, int row)
{
    return model.index(row, 0).data(CallsModel::IdRole).toLongLong();
}

} // namespace

class TestCallsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void countsThenLoadsPagesOnDemand();
    void jumpsWithoutLoadingWhatIsBetween();
    void showsCells_data();
    void showsCells();
    void keepsABoundedNumberOfRows();
    void refreshInsertsNewCallsAtTheTop();
    void refreshRemovesCallsRetentionDeleted();
    void sortsByTimeOnly();
    void dropsAnswersToAnOlderFilter();
    void emptyWithoutSource();
};

void TestCallsModel::passesTheModelTester()
{
    MemorySource source;
    source.calls = numbered(1, 350);
    CallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 350);
    for (int row = 0; row < 350; row += 50)
        model.index(row, 0).data();
    QTRY_VERIFY(model.index(349, 0).data(CallsModel::LoadedRole).toBool());
    source.calls.append(numbered(351, 360));
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 360);
}

void TestCallsModel::countsThenLoadsPagesOnDemand()
{
    MemorySource source;
    source.calls = numbered(1, 1000);
    CallsModel model;
    QSignalSpy counted(&model, &CallsModel::counted);
    model.setSource(&source);
    QVERIFY(counted.wait());
    QCOMPARE(counted.constFirst().constFirst().toLongLong(), 1000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.matching(), std::optional<qint64>(1000));
    QVERIFY(source.pagesAsked.isEmpty()); // nothing was shown yet

    QCOMPARE(model.index(0, CallsModel::TimeColumn).data().toString(), u"Loading…"_s);
    QSignalSpy loaded(&model, &CallsModel::rowsLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.constFirst().at(0).toInt(), 0);
    QCOMPARE(loaded.constFirst().at(1).toInt(), 99);
    QCOMPARE(idAt(model, 0), 1000); // newest first
    QCOMPARE(idAt(model, 99), 901);
    model.index(50, 0).data(); // same page: no new question
    QCOMPARE(source.pagesAsked, (QList<QPair<qint64, int>>{{0, 100}}));
}

void TestCallsModel::jumpsWithoutLoadingWhatIsBetween()
{
    MemorySource source;
    source.calls = numbered(1, 1000);
    CallsModel model;
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 1000);
    model.index(750, 3).data();
    QTRY_VERIFY(model.index(750, 0).data(CallsModel::LoadedRole).toBool());
    QCOMPARE(source.pagesAsked, (QList<QPair<qint64, int>>{{700, 100}}));
    QCOMPARE(idAt(model, 750), 250);
    QVERIFY(!model.summary(0));
    QCOMPARE(model.summary(750)->vendorRequestId, u"req_250"_s);
}

void TestCallsModel::showsCells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");

    QTest::newRow("integration (named)") << int(CallsModel::IntegrationColumn) << u"Stripe payments"_s
                                         << QVariant(u"stripe"_s);
    QTest::newRow("target") << int(CallsModel::TargetColumn) << u"balance"_s << QVariant(u"balance"_s);
    QTest::newRow("status") << int(CallsModel::StatusColumn) << u"503"_s << QVariant(503);
    QTest::newRow("failure class") << int(CallsModel::FailureClassColumn) << u"HTTP error status"_s
                                   << QVariant(u"http-status"_s);
    QTest::newRow("request") << int(CallsModel::RequestColumn) << u"GET https://api.stripe.test/v1/balance"_s
                             << QVariant(u"https://api.stripe.test/v1/balance"_s);
    QTest::newRow("reason") << int(CallsModel::ReasonColumn) << u"HTTP 503"_s << QVariant(u"HTTP 503"_s);
    QTest::newRow("request id") << int(CallsModel::RequestIdColumn) << u"req_7"_s << QVariant(u"req_7"_s);
    QTest::newRow("duration") << int(CallsModel::DurationColumn) << u"120 ms"_s << QVariant(120.0);
}

void TestCallsModel::showsCells()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);

    QLocale::setDefault(QLocale::c());
    MemorySource source;
    source.calls = numbered(7, 7);
    CallsModel model;
    model.setIntegrationNames({{u"stripe"_s, u"Stripe payments"_s}});
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 1);
    model.index(0, 0).data();
    QTRY_VERIFY(model.index(0, 0).data(CallsModel::LoadedRole).toBool());
    const QModelIndex cell = model.index(0, column);
    QCOMPARE(cell.data().toString(), display);
    QCOMPARE(cell.data(CallsModel::RawValueRole), raw);
    QCOMPARE(model.index(0, 0).data(CallsModel::TimeRole).toLongLong(), baseMs + 7000);
}

void TestCallsModel::keepsABoundedNumberOfRows()
{
    MemorySource source;
    source.calls = numbered(1, 20'000);
    CallsModel model;
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 20'000);
    for (int row = 0; row < 20'000; row += CallsModel::pageSize) {
        model.index(row, 0).data();
        QTRY_VERIFY(model.index(row, 0).data(CallsModel::LoadedRole).toBool());
    }
    int loaded = 0;
    for (int row = 0; row < 20'000; ++row)
        loaded += model.summary(row) ? 1 : 0;
    QVERIFY2(loaded <= CallsModel::maxCachedRows, qPrintable(QString::number(loaded)));
    QVERIFY(model.summary(19'999)); // the rows last looked at stay
    QVERIFY(!model.summary(0));
}

void TestCallsModel::refreshInsertsNewCallsAtTheTop()
{
    MemorySource source;
    source.calls = numbered(1, 300);
    CallsModel model;
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 300);
    model.index(0, 0).data();
    QTRY_VERIFY(model.index(0, 0).data(CallsModel::LoadedRole).toBool());
    const QPersistentModelIndex followed = model.index(0, 0);

    source.calls.append(numbered(301, 305));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 305);
    QCOMPARE(followed.row(), 5); // the selection stays on the same call
    QTRY_COMPARE(idAt(model, 0), 305);
    QCOMPARE(idAt(model, 5), 300);
}

void TestCallsModel::refreshRemovesCallsRetentionDeleted()
{
    MemorySource source;
    source.calls = numbered(1, 300);
    CallsModel model;
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 300);
    source.calls = numbered(101, 300);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.refresh();
    QVERIFY(removed.wait());
    QCOMPARE(removed.constFirst().at(1).toInt(), 200); // newest first: the oldest are at the bottom
    QCOMPARE(removed.constFirst().at(2).toInt(), 299);
    QCOMPARE(model.rowCount(), 200);
}

void TestCallsModel::sortsByTimeOnly()
{
    MemorySource source;
    source.calls = numbered(1, 10);
    CallsModel model;
    model.setSource(&source);
    QTRY_COMPARE(model.rowCount(), 10);
    model.sort(CallsModel::ReasonColumn, Qt::AscendingOrder);
    QVERIFY(model.filter().newestFirst);
    model.sort(CallsModel::TimeColumn, Qt::AscendingOrder);
    QVERIFY(!model.filter().newestFirst);
    QTRY_COMPARE(model.rowCount(), 10);
    model.index(0, 0).data();
    QTRY_COMPARE(idAt(model, 0), 1);
}

void TestCallsModel::dropsAnswersToAnOlderFilter()
{
    MemorySource source;
    source.calls = numbered(1, 10);
    source.calls.append(summaryAt(11, u"slack"_s));
    CallsModel model;
    QSignalSpy counted(&model, &CallsModel::counted);
    model.setSource(&source);
    CallFilter onlySlack;
    onlySlack.integrations = {u"slack"_s};
    model.setFilter(onlySlack);
    QVERIFY(counted.wait());
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestCallsModel::emptyWithoutSource()
{
    CallsModel model;
    QSignalSpy counted(&model, &CallsModel::counted);
    model.setFilter(CallFilter{});
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestCallsModel)
#include "tst_callsmodel.moc"
