#include "requestbudget.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_RequestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("requests");
        QTest::addColumn<qint64>("periodMs");

        QTest::newRow("per hour") << u"60/h"_s << 60 << qint64(3'600'000);
        QTest::newRow("per minute") << u"100/min"_s << 100 << qint64(60'000);
        QTest::newRow("per minute, short") << u"100/m"_s << 100 << qint64(60'000);
        QTest::newRow("per day") << u"5000/d"_s << 5000 << qint64(86'400'000);
        QTest::newRow("per second") << u"2/s"_s << 2 << qint64(1'000);
        QTest::newRow("per duration") << u"10/30s"_s << 10 << qint64(30'000);
        QTest::newRow("spaces") << u" 60 / h "_s << 60 << qint64(3'600'000);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, requests);
        QFETCH(qint64, periodMs);
        const auto budget = RequestBudget::parse(text);
        QVERIFY2(budget.ok(), budget.ok() ? "" : qPrintable(budget.error().message));
        QCOMPARE(budget->requests, requests);
        QCOMPARE(budget->period.count(), periodMs);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("no period") << u"60"_s << u"expected a budget like 60/h"_s;
        QTest::newRow("zero") << u"0/h"_s << u"above 0"_s;
        QTest::newRow("negative") << u"-5/h"_s << u"above 0"_s;
        QTest::newRow("not a number") << u"many/h"_s << u"whole number"_s;
        QTest::newRow("unknown period") << u"5/week"_s << u"unknown period 'week'"_s;
        QTest::newRow("empty period") << u"5/"_s << u"unknown period ''"_s;
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const auto budget = RequestBudget::parse(text);
        QVERIFY(!budget.ok());
        QVERIFY2(budget.error().message.contains(fragment), qPrintable(budget.error().message));
    }

    void windowSlides()
    {
        // 3 per 10 s: the fourth request in the window waits until the first one is 10 s old.
        BudgetWindow window(RequestBudget{3, 10s});
        QVERIFY(window.tryConsume(0));
        QVERIFY(window.tryConsume(1'000));
        QVERIFY(window.tryConsume(2'000));
        QVERIFY(!window.tryConsume(3'000));
        QCOMPARE(window.spent(3'000), 3);
        QCOMPARE(window.availableAtMs(3'000), std::optional<qint64>(10'000));
        QVERIFY(!window.tryConsume(9'999));
        QCOMPARE(window.availableAtMs(10'000), std::nullopt);
        QVERIFY(window.tryConsume(10'000)); // the request at 0 has left the window
        QCOMPARE(window.availableAtMs(10'000), std::optional<qint64>(11'000));
        QCOMPARE(window.spent(10'000), 3);
        QCOMPARE(window.spent(30'000), 0);
    }

    void noBudgetIsUnlimited()
    {
        BudgetWindow window;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(window.tryConsume(0));
        QCOMPARE(window.availableAtMs(0), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_RequestBudget)
#include "tst_requestbudget.moc"
