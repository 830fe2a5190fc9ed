#include "quotamodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QDateTime baseTime = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

QuotaReading reading(double remaining, std::optional<double> limit, const QString &policy = u"default"_s)
{
    QuotaReading r;
    r.policy = policy;
    r.remaining = remaining;
    r.limit = limit;
    return r;
}

QuotaReading windowed(double remaining, double limit, qint64 resetAfterBase, qint64 windowSeconds)
{
    QuotaReading r = reading(remaining, limit);
    r.resetAt = baseTime.addSecs(resetAfterBase);
    r.windowSeconds = windowSeconds;
    r.source = QuotaSource::Klaviyo;
    return r;
}

CheckUpdate update(const QString &integrationId, qint64 secondsAfterBase, QList<QuotaReading> quotas)
{
    CheckUpdate result;
    result.sample.integrationId = integrationId;
    result.sample.checkId = u"check"_s;
    result.sample.at = baseTime.addSecs(secondsAfterBase);
    result.sample.verdict = HealthStatus::Up;
    result.sample.httpStatus = 200;
    result.sample.quotas = std::move(quotas);
    result.state = HealthStatus::Up;
    return result;
}

// The view's time format for a moment on the test day.
QString hhmm(qint64 secondsAfterBase)
{
    return baseTime.addSecs(secondsAfterBase).toLocalTime().toString(u"HH:mm"_s);
}

Catalog catalog(const QList<std::pair<QString, QString>> &integrations)
{
    Catalog result;
    for (const auto &[id, name] : integrations) {
        IntegrationSpec spec;
        spec.id = id;
        spec.name = name;
        result.integrations.append(spec);
    }
    return result;
}

QStringList textsOfRow(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

class TestQuotaModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowTexts_data();
    void rowTexts();
    void burnUnits_data();
    void burnUnits();
    void rowsAreOrderedByUrgency();
    void reorderingKeepsPersistentIndexes();
    void setNowChangesForecast();
    void historyIsBounded();
    void integrationsWithoutQuotasHaveNoRows();
    void perIntegrationSummary();
    void removedIntegrationsDisappear();
    void unnamedQuotasOfOneIntegrationStayApart();
    void configuredThresholdsApply();

private:
    std::unique_ptr<QuotaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestQuotaModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestQuotaModel::init()
{
    m_model = std::make_unique<QuotaModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setCatalog(catalog({{u"shopify"_s, u"Shopify"_s}, {u"klaviyo"_s, u"Klaviyo"_s}, {u"ga4"_s, u"GA4"_s}}));
}

void TestQuotaModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestQuotaModel::rowTexts_data()
{
    QTest::addColumn<QList<CheckUpdate>>("updates");
    QTest::addColumn<qint64>("now"); // seconds after base
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QuotaStatus>("status");

    // X-Shopify-Shop-Api-Call-Limit: 32/40 means 32 used, so 8 remain; the bucket leaks 2/s.
    QuotaReading shopify = reading(8, 40);
    shopify.source = QuotaSource::ShopifyRest;
    shopify.restorePerSecond = 2;
    QTest::newRow("shopify bucket at 32/40, one reading: 8/40 = 20% is a warning")
        << QList<CheckUpdate>{update(u"shopify"_s, 0, {shopify})} << qint64(0)
        << QStringList{u"Shopify"_s, u"shopify-rest"_s, u"8 of 40 requests"_s, u"20%"_s, u"—"_s, u"—"_s,
                       u"—"_s,       u"Warning"_s}
        << QuotaStatus::Warning;

    // 60 → 40 of 75 in 10 s: 2/s. 40 left at 2/s lasts 20 s: gone at 12:00:30, reset at 12:01:00.
    // One of our requests against 20 consumed: 5%. Headroom 40/75 = 53.3%.
    QTest::newRow("klaviyo window draining before its reset")
        << QList<CheckUpdate>{update(u"klaviyo"_s, 0, {windowed(60, 75, 60, 60)}),
                              update(u"klaviyo"_s, 10, {windowed(40, 75, 60, 60)})}
        << qint64(10)
        << QStringList{u"Klaviyo"_s, u"klaviyo"_s, u"40 of 75 requests"_s,
                       u"53%"_s,     u"2.0/s"_s,   u"exhausts at %1, before reset at %2"_s.arg(hhmm(30), hhmm(60)),
                       u"5%"_s,      u"Critical"_s}
        << QuotaStatus::Critical;

    // 199,000 → 198,400 tokens in 600 s: 1/s; 198,400 s of tokens outlast the reset at 08:00 UTC
    // tomorrow (midnight in California), so only the reset is forecast. Tokens have no own share.
    QuotaReading ga4First = reading(199000, 200000, u"tokensPerDay"_s);
    ga4First.unit = QuotaUnit::Tokens;
    ga4First.source = QuotaSource::Ga4;
    ga4First.resetAt = QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC);
    QuotaReading ga4Second = ga4First;
    ga4Second.remaining = 198400;
    QTest::newRow("ga4 tokens per day, resets tomorrow")
        << QList<CheckUpdate>{update(u"ga4"_s, 0, {ga4First}), update(u"ga4"_s, 600, {ga4Second})} << qint64(600)
        << QStringList{u"GA4"_s,
                       u"tokensPerDay"_s,
                       u"198,400 of 200,000 tokens"_s,
                       u"99%"_s,
                       u"1.0/s"_s,
                       u"resets %1"_s.arg(QLocale().toString(ga4First.resetAt->toLocalTime(), u"ddd HH:mm"_s)),
                       u"—"_s,
                       u"Ok"_s}
        << QuotaStatus::Ok;

    QuotaReading points = reading(996.5, 1000);
    points.unit = QuotaUnit::Points;
    points.source = QuotaSource::ShopifyGraphql;
    QTest::newRow("fractional graphql cost points")
        << QList<CheckUpdate>{update(u"shopify"_s, 0, {points})} << qint64(0) << QStringList{u"Shopify"_s,
                                                                                             u"shopify-graphql"_s,
                                                                                             u"996.5 of 1,000 points"_s,
                                                                                             u"100%"_s,
                                                                                             u"—"_s,
                                                                                             u"—"_s,
                                                                                             u"—"_s,
                                                                                             u"Ok"_s}
        << QuotaStatus::Ok;

    // 600 per 5 minute window: 0.2/s, then 8/s for 10 s. The smoothed burn (0.888565/s = 53/min)
    // outlasts the reset; the recent pace (3.086/s) runs out at 234.6 s, before it: a warning.
    // Our share: 2 requests (decayed 0.911722 + 1) of 12 * 0.911722 + 80 = 90.94 consumed = 2%.
    QTest::newRow("a surge at the recent pace")
        << QList<CheckUpdate>{update(u"mcp"_s, 0, {windowed(600, 600, 300, 300)}),
                              update(u"mcp"_s, 60, {windowed(588, 600, 300, 300)}),
                              update(u"mcp"_s, 70, {windowed(508, 600, 300, 300)})}
        << qint64(70)
        << QStringList{u"mcp"_s,
                       u"klaviyo"_s,
                       u"508 of 600 requests"_s,
                       u"85%"_s,
                       u"53/min"_s,
                       u"at the recent pace, exhausts at %1, before reset at %2"_s.arg(hhmm(234), hhmm(300)),
                       u"2%"_s,
                       u"Warning"_s}
        << QuotaStatus::Warning;

    QTest::newRow("no limit, nothing left, reset known")
        << QList<CheckUpdate>{update(u"klaviyo"_s, 0, {[] {
                                         QuotaReading r = reading(0, std::nullopt);
                                         r.resetAt = baseTime.addSecs(120);
                                         return r;
                                     }()})}
        << qint64(0) << QStringList{u"Klaviyo"_s,
                                    u"ietf-ratelimit"_s,
                                    u"0 requests left"_s,
                                    u"—"_s,
                                    u"—"_s,
                                    u"exhausted, resets %1"_s.arg(hhmm(120)),
                                    u"—"_s,
                                    u"Exhausted"_s}
        << QuotaStatus::Exhausted;
}

void TestQuotaModel::rowTexts()
{
    QFETCH(QList<CheckUpdate>, updates);
    QFETCH(qint64, now);
    QFETCH(QStringList, texts);
    QFETCH(QuotaStatus, status);

    m_model->setNow(baseTime.addSecs(now));
    m_model->applyUpdates(updates);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(textsOfRow(*m_model, 0), texts);
    QCOMPARE(m_model->index(0, 0).data(QuotaModel::StatusRole).toInt(), static_cast<int>(status));
    QCOMPARE(m_model->headerData(QuotaModel::ShareColumn, Qt::Horizontal).toString(), u"Our share"_s);
}

void TestQuotaModel::burnUnits_data()
{
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("second");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("burn");

    QTest::newRow("1000 → 400 in 60 s: 10 per second") << 1000.0 << 400.0 << qint64(60) << u"10/s"_s;
    QTest::newRow("100 → 40 in 60 s: 1 per second") << 100.0 << 40.0 << qint64(60) << u"1.0/s"_s;
    QTest::newRow("100 → 97 in 60 s: 3 per minute") << 100.0 << 97.0 << qint64(60) << u"3.0/min"_s;
    QTest::newRow("100 → 99 in 600 s: 6 per hour") << 100.0 << 99.0 << qint64(600) << u"6.0/h"_s;
    QTest::newRow("unchanged: nothing burnt") << 100.0 << 100.0 << qint64(60) << u"0.0/min"_s;
}

void TestQuotaModel::burnUnits()
{
    QFETCH(double, first);
    QFETCH(double, second);
    QFETCH(qint64, seconds);
    QFETCH(QString, burn);

    m_model->setNow(baseTime.addSecs(seconds));
    m_model->applyUpdates({update(u"shopify"_s, 0, {reading(first, 1000)})});
    QCOMPARE(m_model->index(0, QuotaModel::BurnColumn).data().toString(), u"—"_s);
    m_model->applyUpdates({update(u"shopify"_s, seconds, {reading(second, 1000)})});
    QCOMPARE(m_model->index(0, QuotaModel::BurnColumn).data().toString(), burn);
}

void TestQuotaModel::rowsAreOrderedByUrgency()
{
    m_model->setNow(baseTime);
    QuotaReading exhausted = reading(0, 100, u"daily"_s);
    m_model->applyUpdates({
        update(u"ga4"_s, 0, {reading(90, 100, u"tokensPerHour"_s), exhausted}),
        update(u"shopify"_s, 0, {reading(5, 40)}), // 12.5%: warning
        update(u"klaviyo"_s, 0, {reading(2, 75)}), // 2.7%: critical
    });
    QCOMPARE(column(*m_model, QuotaModel::IntegrationColumn),
             (QStringList{u"GA4"_s, u"Klaviyo"_s, u"Shopify"_s, u"GA4"_s}));
    QCOMPARE(column(*m_model, QuotaModel::StatusColumn),
             (QStringList{u"Exhausted"_s, u"Critical"_s, u"Warning"_s, u"Ok"_s}));
    QCOMPARE(m_model->problemCount(), 3);
    QCOMPARE(m_model->index(1, QuotaModel::StatusColumn).data(QuotaModel::RawValueRole).toInt(), 1);
}

void TestQuotaModel::reorderingKeepsPersistentIndexes()
{
    m_model->setNow(baseTime);
    m_model->applyUpdates({update(u"shopify"_s, 0, {reading(5, 40)}), update(u"klaviyo"_s, 0, {reading(70, 75)})});
    QCOMPARE(column(*m_model, QuotaModel::IntegrationColumn), (QStringList{u"Shopify"_s, u"Klaviyo"_s}));
    const QPersistentModelIndex klaviyo = m_model->index(1, QuotaModel::RemainingColumn);

    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(baseTime.addSecs(1));
    m_model->applyUpdates({update(u"klaviyo"_s, 1, {reading(0, 75)})});

    QCOMPARE(column(*m_model, QuotaModel::IntegrationColumn), (QStringList{u"Klaviyo"_s, u"Shopify"_s}));
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(klaviyo.row(), 0);
    QCOMPARE(klaviyo.data().toString(), u"0 of 75 requests"_s);
}

void TestQuotaModel::setNowChangesForecast()
{
    m_model->setNow(baseTime.addSecs(10));
    m_model->applyUpdates(
        {update(u"klaviyo"_s, 0, {windowed(60, 75, 60, 60)}), update(u"klaviyo"_s, 10, {windowed(40, 75, 60, 60)})});
    const QModelIndex forecast = m_model->index(0, QuotaModel::ForecastColumn);
    QCOMPARE(forecast.data().toString(), u"exhausts at %1, before reset at %2"_s.arg(hhmm(30), hhmm(60)));

    // After the reset the last reading describes a finished window.
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(baseTime.addSecs(61));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(forecast.data().toString(), u"reset %1, waiting for a reading"_s.arg(hhmm(60)));
    QCOMPARE(m_model->index(0, QuotaModel::RemainingColumn).data().toString(), u"—"_s);
    QCOMPARE(m_model->index(0, QuotaModel::StatusColumn).data().toString(), u"Ok"_s);
    QCOMPARE(m_model->problemCount(), 0);

    // An unchanged moment changes nothing.
    m_model->setNow(baseTime.addSecs(61));
    QCOMPARE(changes.size(), 1);
}

void TestQuotaModel::historyIsBounded()
{
    constexpr int samples = QuotaModel::maxHistoryPoints + 80;
    QList<CheckUpdate> updates;
    for (int i = 0; i < samples; ++i)
        updates.append(update(u"shopify"_s, i * 5, {reading(40 - i % 40, 40)}));
    m_model->setNow(baseTime.addSecs(samples * 5));
    m_model->applyUpdates(updates);

    const QList<QPointF> points = m_model->history(0);
    QCOMPARE(points.size(), QuotaModel::maxHistoryPoints);
    // The oldest 80 went: the first kept is sample 80, 400 s after the base, with 40 - 0 left.
    QCOMPARE(points.constFirst(), QPointF(static_cast<double>(baseTime.addSecs(400).toMSecsSinceEpoch()), 40.0));
    QCOMPARE(points.constLast().y(), 40.0 - (samples - 1) % 40);

    // A late reading is not charted.
    m_model->applyUpdates({update(u"shopify"_s, 0, {reading(1, 40)})});
    QCOMPARE(m_model->history(0).constLast().y(), 40.0 - (samples - 1) % 40);
    QCOMPARE(m_model->history(u"shopify"_s, u"ietf-ratelimit"_s).constLast().limit, std::optional<double>(40));
}

void TestQuotaModel::integrationsWithoutQuotasHaveNoRows()
{
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setNow(baseTime);
    m_model->applyUpdates({update(u"shopify"_s, 0, {}), update(u"klaviyo"_s, 0, {})});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(m_model->worstStatus(u"shopify"_s), std::nullopt);
    QCOMPARE(m_model->history(0), QList<QPointF>());
}

void TestQuotaModel::perIntegrationSummary()
{
    m_model->setNow(baseTime);
    m_model->applyUpdates({update(u"ga4"_s, 0,
                                  {reading(150, 200, u"tokensPerHour"_s), reading(30, 200, u"tokensPerDay"_s),
                                   reading(4, 10, u"concurrentRequests"_s)})});
    QCOMPARE(m_model->rowCount(), 3);
    // 30/200 = 15%: warning, the worst of the three; 4/10 and 150/200 are fine.
    QCOMPARE(m_model->worstStatus(u"ga4"_s), std::optional<QuotaStatus>(QuotaStatus::Warning));
    QCOMPARE(m_model->lowestHeadroom(u"ga4"_s), std::optional<double>(0.15));
    QCOMPARE(m_model->lowestHeadroom(u"shopify"_s), std::nullopt);
}

void TestQuotaModel::removedIntegrationsDisappear()
{
    m_model->setNow(baseTime);
    m_model->applyUpdates({update(u"shopify"_s, 0, {reading(5, 40)}), update(u"klaviyo"_s, 0, {reading(70, 75)})});
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setCatalog(catalog({{u"klaviyo"_s, u"Klaviyo (EU)"_s}}));
    QCOMPARE(column(*m_model, QuotaModel::IntegrationColumn), QStringList{u"Klaviyo (EU)"_s});
    QCOMPARE(m_model->history(u"shopify"_s, u"ietf-ratelimit"_s), QList<QuotaModel::HistoryPoint>());
}

void TestQuotaModel::unnamedQuotasOfOneIntegrationStayApart()
{
    // Shopify's REST call bucket and GraphQL cost points both come without a policy name.
    QuotaReading rest = reading(39, 40);
    rest.source = QuotaSource::ShopifyRest;
    QuotaReading graphql = reading(990, 1000);
    graphql.source = QuotaSource::ShopifyGraphql;
    graphql.unit = QuotaUnit::Points;
    m_model->applyUpdates({update(u"shopify"_s, 0, {rest}), update(u"shopify"_s, 1, {graphql}),
                           update(u"shopify"_s, 10, {rest}), update(u"shopify"_s, 11, {graphql})});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->history(u"shopify"_s, u"shopify-rest"_s).size(), 2);
    QCOMPARE(m_model->history(u"shopify"_s, u"shopify-graphql"_s).size(), 2);
    QCOMPARE(m_model->history(u"shopify"_s, u"shopify-graphql"_s).constLast().remaining, 990.0);
}

void TestQuotaModel::configuredThresholdsApply()
{
    // 30 of 100 left is Ok by default (warning at 25%); Klaviyo's configuration warns at 40%.
    Catalog configured = catalog({{u"shopify"_s, u"Shopify"_s}, {u"klaviyo"_s, u"Klaviyo"_s}});
    configured.integrations[1].quotaThresholds = QuotaThresholds{0.40, 0.20};
    m_model->setCatalog(configured);
    m_model->setNow(baseTime);
    m_model->applyUpdates({update(u"shopify"_s, 0, {reading(30, 100)}), update(u"klaviyo"_s, 0, {reading(30, 100)})});
    QCOMPARE(m_model->worstStatus(u"shopify"_s), std::optional<QuotaStatus>(QuotaStatus::Ok));
    QCOMPARE(m_model->worstStatus(u"klaviyo"_s), std::optional<QuotaStatus>(QuotaStatus::Warning));
    // A reload with a stricter critical threshold takes effect at once.
    configured.integrations[1].quotaThresholds = QuotaThresholds{0.50, 0.35};
    m_model->setCatalog(configured);
    QCOMPARE(m_model->worstStatus(u"klaviyo"_s), std::optional<QuotaStatus>(QuotaStatus::Critical));
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestQuotaModel)
#include "tst_quotamodel.moc"
