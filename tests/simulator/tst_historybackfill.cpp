#include "egressroutes.h"
#include "historybackfill.h"
#include "vendorapi.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace gw;
using namespace gw::sim;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 dayMs = 24 * 3'600'000LL;
// Monday 2026-11-23 00:00 UTC.
constexpr qint64 weekStart = 1'795'392'000'000LL;

QList<HistoryBackfill::Check> checks()
{
    return {{u"stripe"_s, u"balance"_s, u"stripe"_s, 10s, true},
            {u"shopify"_s, u"admin-shop"_s, u"shopify"_s, 10s, true},
            {u"gateway"_s, u"health"_s, u"gateway"_s, 30s, false}};
}

QList<CheckUpdate> everything(const HistoryBackfill &backfill, qint64 from, qint64 to)
{
    QList<CheckUpdate> all;
    backfill.generate(from, to, [&all](const QList<CheckUpdate> &batch) {
        all += batch;
        return true;
    });
    return all;
}

} // namespace

class tst_HistoryBackfill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCheckAtItsInterval()
    {
        const HistoryBackfill backfill(checks(), 1);
        const QList<CheckUpdate> day = everything(backfill, weekStart, weekStart + dayMs);
        // 8,640 attempts a day at 10 s, 2,880 at 30 s.
        QHash<QString, int> counts;
        for (const CheckUpdate &update : day)
            ++counts[update.sample.integrationId];
        QCOMPARE(counts.value(u"stripe"_s), 8640);
        QCOMPARE(counts.value(u"shopify"_s), 8640);
        QCOMPARE(counts.value(u"gateway"_s), 2880);
        QVERIFY(std::is_sorted(day.cbegin(), day.cend(),
                               [](const CheckUpdate &a, const CheckUpdate &b) { return a.sample.at < b.sample.at; }));
        for (const CheckUpdate &update : day) {
            QVERIFY(update.sample.at.toMSecsSinceEpoch() >= weekStart);
            QVERIFY(update.sample.at.toMSecsSinceEpoch() < weekStart + dayMs);
        }
    }

    void reproducibleAndIndependentOfTheRange()
    {
        const HistoryBackfill one(checks(), 7);
        const HistoryBackfill again(checks(), 7);
        QCOMPARE(everything(one, weekStart, weekStart + 3'600'000),
                 everything(again, weekStart, weekStart + 3'600'000));
        // The incidents of a day are the same whether the day is asked alone or within a week.
        const auto day = one.incidents(weekStart + 2 * dayMs, weekStart + 3 * dayMs);
        auto week = one.incidents(weekStart, weekStart + 7 * dayMs);
        week.erase(std::remove_if(week.begin(), week.end(),
                                  [](const HistoryBackfill::Incident &incident) {
                                      return incident.endMs <= weekStart + 2 * dayMs
                                             || incident.startMs >= weekStart + 3 * dayMs;
                                  }),
                   week.end());
        QCOMPARE(day.size(), week.size());
        for (qsizetype i = 0; i < day.size(); ++i) {
            QCOMPARE(day.at(i).vendor, week.at(i).vendor);
            QCOMPARE(day.at(i).startMs, week.at(i).startMs);
        }
    }

    void incidentsShowInTheAttempts()
    {
        const HistoryBackfill backfill(checks(), 1);
        const qint64 to = weekStart + 7 * dayMs;
        const auto incidents = backfill.incidents(weekStart, to);
        // Three vendors over a week, about one incident each every three days.
        QVERIFY2(incidents.size() >= 2 && incidents.size() <= 16, qPrintable(QString::number(incidents.size())));
        const HistoryBackfill::Incident &incident = incidents.constFirst();
        const QList<CheckUpdate> during = everything(backfill, std::max(weekStart, incident.startMs), incident.endMs);
        int affected = 0;
        for (const CheckUpdate &update : during) {
            if (update.sample.integrationId != incident.vendor)
                continue;
            QCOMPARE(update.sample.verdict, incident.verdict);
            QCOMPARE(update.sample.failureClass, incident.failureClass);
            ++affected;
        }
        QVERIFY(affected > 0);
    }

    void latencyFollowsTheVendorProfile()
    {
        const HistoryBackfill backfill({{u"stripe"_s, u"balance"_s, u"stripe"_s, 10s, true}}, 3);
        QList<double> latencies;
        for (const CheckUpdate &update : everything(backfill, weekStart, weekStart + 7 * dayMs)) {
            if (update.sample.verdict == HealthStatus::Up)
                latencies.append(update.sample.latencyMs);
        }
        std::sort(latencies.begin(), latencies.end());
        const double median = latencies.at(latencies.size() / 2);
        // The profile's median, raised by up to 35 % in the afternoons: between the two.
        const double profile = VendorApi::latencyProfile(u"stripe"_s).medianMs;
        QVERIFY2(median >= profile * 0.95 && median <= profile * 1.35,
                 qPrintable(u"median %1, profile %2"_s.arg(median).arg(profile)));
    }

    void theSinkCanStop()
    {
        const HistoryBackfill backfill(checks(), 1);
        int batches = 0;
        backfill.generate(
            weekStart, weekStart + dayMs,
            [&batches](const QList<CheckUpdate> &) {
                ++batches;
                return false;
            },
            100);
        QCOMPARE(batches, 1);
    }

    // Two days of hourly readings that end at the gateway's counters: each egress route grows
    // at its calls per second, 0.85 to 1.15 times that, and up to 1.35 times in the afternoon.
    void gatewayTrafficEndsAtTheGatewaysCounters()
    {
        const QList<EgressRoute> egress = egressRoutes();
        QVERIFY(!egress.isEmpty());
        GatewayScrape end;
        end.flavor = GatewayFlavor::Kong;
        end.atMs = weekStart + 2 * dayMs;
        end.routes.append({u"orders-api"_s, u"orders-v2"_s, 5e6, 10, 20, 3, {}}); // the company's own
        for (const EgressRoute &route : egress)
            end.routes.append({route.service, route.route, 1e6, 0, 0, 0, {}});

        const HistoryBackfill backfill({}, 42);
        const QList<GatewayScrape> scrapes = backfill.gatewayTraffic(end, weekStart, 3'600'000);
        QCOMPARE(scrapes.size(), 49);
        QCOMPARE(scrapes.constFirst().atMs, weekStart);
        QCOMPARE(scrapes.constLast().atMs, end.atMs);
        for (const GatewayScrape &scrape : scrapes) {
            QCOMPARE(scrape.flavor, GatewayFlavor::Kong);
            QCOMPARE(scrape.routes.size(), egress.size()); // egress routes only
            QVERIFY(std::is_sorted(scrape.routes.cbegin(), scrape.routes.cend(), [](const auto &a, const auto &b) {
                return std::tie(a.service, a.route) < std::tie(b.service, b.route);
            }));
        }
        for (const RouteTotals &route : scrapes.constLast().routes)
            QCOMPARE(route.requests, 1e6);
        for (const EgressRoute &route : egress) {
            const auto requestsAt = [&route](const GatewayScrape &scrape) {
                for (const RouteTotals &r : scrape.routes) {
                    if (r.service == route.service && r.route == route.route)
                        return r.requests;
                }
                return -1.0;
            };
            for (qsizetype k = 1; k < scrapes.size(); ++k) {
                const double hour = requestsAt(scrapes.at(k)) - requestsAt(scrapes.at(k - 1));
                const double low = route.callsPerSecond * 3600 * 0.85 - 1;
                const double high = route.callsPerSecond * 3600 * 1.35 * 1.15 + 1;
                QVERIFY2(hour >= low && hour <= high,
                         qPrintable(u"%1/%2 hour %3: %4"_s.arg(route.service, route.route).arg(k).arg(hour)));
            }
        }
        QCOMPARE(backfill.gatewayTraffic(end, weekStart, 3'600'000), scrapes);
        QVERIFY(HistoryBackfill({}, 43).gatewayTraffic(end, weekStart, 3'600'000) != scrapes);
        // A step that does not divide the range: the last interval is shorter.
        const QList<GatewayScrape> uneven = backfill.gatewayTraffic(end, end.atMs - 5'400'000, 3'600'000);
        QCOMPARE(uneven.size(), 3);
        QCOMPARE(uneven.at(1).atMs, end.atMs - 1'800'000);
        QVERIFY(backfill.gatewayTraffic(end, end.atMs + 1, 3'600'000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HistoryBackfill)
#include "tst_historybackfill.moc"
