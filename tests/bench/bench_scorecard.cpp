// Vendor scorecards for a year: --vendors vendors (20), each behind 1–3 integrations with a year
// of hourly rollups (about 120 attempts an hour, some down, some throttled, a spread of
// latencies), a few maintenance windows, offline spans and incidents. Times, as the median of
// --repeat runs, for all vendors together (the rollups are built beforehand, one vendor at a
// time, and are not timed):
//  - the year as one period;
//  - the year as twelve calendar months (the monthly review of a whole year).
//
//   bench_scorecard [--vendors 20] [--repeat 10]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "scorecard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 hourMs = 3'600'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Rollup hourOf(qint64 startMs, std::mt19937 &random)
{
    Rollup r;
    r.startMs = startMs;
    std::uniform_int_distribution<int> percent(0, 99);
    HistorySample up;
    up.state = HealthStatus::Up;
    HistorySample down;
    down.state = HealthStatus::Down;
    down.failureClass = FailureClass::Timeout;
    HistorySample throttled;
    throttled.state = HealthStatus::RateLimited;
    throttled.failureClass = FailureClass::RateLimited;
    const bool bad = percent(random) < 2; // a bad hour now and then
    for (int i = 0; i < 120; ++i) {
        const int p = percent(random);
        r.add(bad && p < 40 ? down : p == 0 ? throttled : up);
    }
    // Latencies straight into the histogram: a body, a shoulder and a tail.
    std::uniform_real_distribution<double> jitter(0.8, 1.25);
    r.latency.add(90 * jitter(random), 90);
    r.latency.add(180 * jitter(random), 20);
    r.latency.add(700 * jitter(random), 6);
    return r;
}

ScorecardInput vendorYear(int index, const QTimeZone &zone, const Period &year, std::mt19937 &random)
{
    ScorecardInput input;
    VendorSpec &v = input.vendor;
    v.id = u"vendor-%1"_s.arg(index);
    v.name = u"Vendor %1"_s.arg(index);
    v.contract.availabilityPct = 99.9;
    v.contract.p95Latency = 400ms;
    v.contract.credits = {{99.9, 10}, {99.0, 25}, {95.0, 50}};
    v.cost = VendorCost{u"EUR"_s, 500, {{u"requests"_s, 1'000'000}}, {{u"requests"_s, 0.001}}, 800.0};
    v.supportRating = 1 + index % 5;
    input.zone = zone;
    input.period = year;
    const int integrations = 1 + index % 3;
    const qint64 first = bucketStart(year.fromMs, Resolution::Hour);
    for (int k = 0; k < integrations; ++k) {
        const QString id = u"%1-api-%2"_s.arg(v.id).arg(k);
        v.integrations.append(id);
        QList<Rollup> &hours = input.rollups[id];
        hours.reserve((year.toMs - first) / hourMs + 1);
        for (qint64 t = first; t < year.toMs; t += hourMs)
            hours.append(hourOf(t, random));
    }
    std::uniform_int_distribution<qint64> anywhere(year.fromMs, year.toMs - 4 * hourMs);
    for (int i = 0; i < 24; ++i) {
        const qint64 at = anywhere(random);
        input.exclusions.append({at, at + 2 * hourMs, Exclusion::Reason(i % 3), u"window %1"_s.arg(i)});
    }
    for (int i = 0; i < 30; ++i) {
        const qint64 at = anywhere(random);
        input.incidents.append({u"down"_s, at, at + 300'000, at + 3'600'000});
    }
    input.usage = {{u"requests"_s, 14'000'000}};
    return input;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption vendorsOption(u"vendors"_s, u"Vendors to score."_s, u"n"_s, u"20"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per vendor (the median is reported)."_s, u"n"_s, u"10"_s);
    parser.addOption(vendorsOption);
    parser.addOption(repeatOption);
    parser.process(app);
    const int vendors = std::max(1, parser.value(vendorsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    const Period year{calendarMonth(2026, 1, zone).fromMs, calendarMonth(2026, 12, zone).toMs};
    std::mt19937 random(20261101);

    // Per vendor, the median of the runs; the sums of those medians are the totals.
    double yearMs = 0;
    double monthsMs = 0;
    qint64 buckets = 0;
    double checksum = 0;
    for (int i = 0; i < vendors; ++i) {
        ScorecardInput input = vendorYear(i, zone, year, random);
        for (const QList<Rollup> &hours : std::as_const(input.rollups))
            buckets += hours.size();
        std::vector<double> yearRuns;
        std::vector<double> monthRuns;
        for (int r = 0; r < repeat; ++r) {
            input.period = year;
            QElapsedTimer timer;
            timer.start();
            const Scorecard card = computeScorecard(input);
            yearRuns.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            checksum += card.score.value_or(0);

            timer.restart();
            for (int month = 1; month <= 12; ++month) {
                input.period = calendarMonth(2026, month, zone);
                checksum += computeScorecard(input).score.value_or(0);
            }
            monthRuns.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        yearMs += median(yearRuns);
        monthsMs += median(monthRuns);
    }

    out() << u"%1 vendors, %2 hourly buckets in all (2026, Europe/Berlin); median of %3 runs\n"_s.arg(vendors)
                 .arg(buckets)
                 .arg(repeat);
    out() << u"the year as one period: %1 ms for all vendors (%2 ms per vendor)\n"_s.arg(yearMs, 0, 'f', 1)
                 .arg(yearMs / vendors, 0, 'f', 2);
    out() << u"the year as 12 months:  %1 ms for all vendors (%2 ms per vendor)\n"_s.arg(monthsMs, 0, 'f', 1)
                 .arg(monthsMs / vendors, 0, 'f', 2);
    return checksum > 0 ? 0 : 1;
}
