#include "failuresmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const qint64 baseMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

CheckSample failure(const QString &checkId, qint64 secondsAfterBase, HealthStatus state, int httpStatus,
                    FailureClass failureClass, const QString &reason)
{
    CheckSample result;
    result.integrationId = u"stripe"_s;
    result.checkId = checkId;
    result.sample.atMs = baseMs + secondsAfterBase * 1000;
    result.sample.state = state;
    result.sample.httpStatus = httpStatus;
    result.sample.failureClass = failureClass;
    result.sample.reason = reason;
    return result;
}

QList<CheckSample> threeFailures()
{
    return {
        failure(u"webhooks"_s, 40, HealthStatus::Down, 503, FailureClass::HttpStatus, u"HTTP 503"_s),
        failure(u"balance"_s, 20, HealthStatus::Down, 0, FailureClass::Timeout, u"no answer within 10 s"_s),
        failure(u"webhooks"_s, 30, HealthStatus::Degraded, 200, FailureClass::Condition, u"slow: 2400 ms"_s),
    };
}

} // namespace

class TestFailuresModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsEmpty();
    void showsOneRowPerFailure();
    void columnsSpeakPlainly_data();
    void columnsSpeakPlainly();
    void checkNamesReplaceIds();
    void rawValuesSortNumerically();
    void clearEmptiesTheTable();

private:
    std::unique_ptr<FailuresModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFailuresModel::init()
{
    QLocale::setDefault(QLocale::c());
    m_model = std::make_unique<FailuresModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestFailuresModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestFailuresModel::startsEmpty()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(FailuresModel::ColumnCount));
    QCOMPARE(m_model->headerData(FailuresModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
    QCOMPARE(m_model->headerData(FailuresModel::FailureClassColumn, Qt::Horizontal).toString(), u"Failure"_s);
    QCOMPARE(m_model->headerData(FailuresModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
}

void TestFailuresModel::showsOneRowPerFailure()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFailures(threeFailures());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->failure(1).checkId, u"balance"_s);
    // A table has no children.
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestFailuresModel::columnsSpeakPlainly_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    QTest::newRow("state in words") << 0 << int(FailuresModel::StateColumn) << u"Down"_s;
    QTest::newRow("degraded state") << 2 << int(FailuresModel::StateColumn) << u"Degraded"_s;
    QTest::newRow("HTTP status") << 0 << int(FailuresModel::HttpStatusColumn) << u"503"_s;
    QTest::newRow("no HTTP response") << 1 << int(FailuresModel::HttpStatusColumn) << u"none"_s;
    QTest::newRow("failure class in words") << 0 << int(FailuresModel::FailureClassColumn) << u"HTTP error status"_s;
    QTest::newRow("timeout") << 1 << int(FailuresModel::FailureClassColumn) << u"Timeout"_s;
    QTest::newRow("condition") << 2 << int(FailuresModel::FailureClassColumn) << u"Condition not met"_s;
    QTest::newRow("reason as recorded") << 1 << int(FailuresModel::ReasonColumn) << u"no answer within 10 s"_s;
    QTest::newRow("check id without a name") << 0 << int(FailuresModel::CheckColumn) << u"webhooks"_s;
}

void TestFailuresModel::columnsSpeakPlainly()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);

    m_model->setFailures(threeFailures());
    QCOMPARE(m_model->index(row, column).data().toString(), display);
}

void TestFailuresModel::checkNamesReplaceIds()
{
    m_model->setFailures(threeFailures());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCheckNames({{u"webhooks"_s, u"Webhook endpoint"_s}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, FailuresModel::CheckColumn).data().toString(), u"Webhook endpoint"_s);
    QCOMPARE(m_model->index(1, FailuresModel::CheckColumn).data().toString(), u"balance"_s);
    QCOMPARE(m_model->index(0, FailuresModel::CheckColumn).data(Qt::ToolTipRole).toString(), u"webhooks"_s);
}

void TestFailuresModel::rawValuesSortNumerically()
{
    m_model->setFailures(threeFailures());
    const QModelIndex time = m_model->index(0, FailuresModel::TimeColumn);
    QCOMPARE(time.data(FailuresModel::RawValueRole).toLongLong(), baseMs + 40'000);
    QCOMPARE(time.data(FailuresModel::TimeRole).toLongLong(), baseMs + 40'000);
    QVERIFY(time.data().toString().contains(u"12:00:40"_s) || time.data().toString().contains(u":00:40"_s));
    QCOMPARE(m_model->index(0, FailuresModel::StateColumn).data(FailuresModel::StatusRole).toInt(),
             int(HealthStatus::Down));
    QCOMPARE(m_model->index(1, FailuresModel::HttpStatusColumn).data(FailuresModel::RawValueRole).toInt(), 0);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(FailuresModel::RawValueRole);
    proxy.sort(FailuresModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, FailuresModel::ReasonColumn).data().toString(), u"no answer within 10 s"_s);
    QCOMPARE(proxy.index(2, FailuresModel::ReasonColumn).data().toString(), u"HTTP 503"_s);
    proxy.sort(FailuresModel::HttpStatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FailuresModel::HttpStatusColumn).data().toString(), u"503"_s);
}

void TestFailuresModel::clearEmptiesTheTable()
{
    m_model->setFailures(threeFailures());
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.count(), 0); // nothing to clear, nothing announced
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestFailuresModel)
#include "tst_failuresmodel.moc"
