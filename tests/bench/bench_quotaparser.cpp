// Quota parsing benchmark: ns per response for a typical mix (Shopify REST headers, IETF draft-11
// fields, a ~2 KB GA4 runReport body, a 429 with Retry-After), each among realistic other headers.
//
//   bench_quotaparser [--iterations 200000]
//
// Not a unit test: no thresholds here; docs/PERFORMANCE.md records the results.

#include "quotaparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

QList<QPair<QByteArray, QByteArray>> commonHeaders()
{
    return {{"Date", "Sun, 01 Jun 2025 12:00:00 GMT"},
            {"Content-Type", "application/json; charset=utf-8"},
            {"Connection", "keep-alive"},
            {"Cache-Control", "no-cache, no-store"},
            {"Vary", "Accept-Encoding"},
            {"X-Request-Id", "2f1c9a4e-6b0d-4c1e-9d2a-0c5f8e7b6a31"},
            {"Strict-Transport-Security", "max-age=31536000; includeSubDomains"},
            {"Server", "nginx"}};
}

ResponseFacts make(int status, QList<QPair<QByteArray, QByteArray>> extra, QByteArray body)
{
    ResponseFacts facts;
    facts.status = status;
    facts.headers = commonHeaders() + extra;
    facts.body = std::move(body);
    return facts;
}

QByteArray ga4Body()
{
    QByteArray rows;
    for (int i = 0; rows.size() < 1500; ++i) {
        rows += (i ? "," : "") + R"({"dimensionValues":[{"value":"Country )"_ba + QByteArray::number(i)
                + R"("}],"metricValues":[{"value":")" + QByteArray::number(1000 + i * 37) + R"("}]})";
    }
    return R"({"dimensionHeaders":[{"name":"country"}],"metricHeaders":[{"name":"activeUsers","type":"TYPE_INTEGER"}],"rows":[)"
           + rows
           + R"(],"rowCount":40,"metadata":{"currencyCode":"USD","timeZone":"America/Los_Angeles"},"propertyQuota":{)"
             R"("tokensPerDay":{"consumed":1,"remaining":24997},"tokensPerHour":{"consumed":1,"remaining":4997},)"
             R"("concurrentRequests":{"remaining":10},"serverErrorsPerProjectPerHour":{"remaining":10},)"
             R"("potentiallyThresholdedRequestsPerHour":{"remaining":120},)"
             R"("tokensPerProjectPerHour":{"consumed":1,"remaining":1247}},"kind":"analyticsData#runReport"})";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(u"iterations"_s, u"Parses per response kind."_s, u"n"_s, u"200000"_s);
    parser.addOption(iterationsOption);
    parser.process(app);
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());

    const std::vector<std::pair<const char *, ResponseFacts>> responses{
        {"Shopify REST headers", make(200, {{"X-Shopify-Shop-Api-Call-Limit", "32/40"}}, R"({"products":[]})")},
        {"IETF draft-11 fields", make(200,
                                      {{"RateLimit-Policy", R"("burst";q=100;w=60,"daily";q=1000;w=86400)"},
                                       {"RateLimit", R"("burst";r=50;t=30, "daily";r=990;t=43200)"}},
                                      R"({"ok":true})")},
        {"GA4 runReport body", make(200, {}, ga4Body())},
        {"429 with Retry-After", make(429, {{"Retry-After", "2.0"}}, {})},
    };

    QTextStream out(stdout);
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    qsizetype sink = 0;
    double total = 0;
    for (const auto &[name, response] : responses) {
        for (int i = 0; i < iterations / 10; ++i) // warm-up
            sink += QuotaParser::parse(response, now).readings.size();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            sink += QuotaParser::parse(response, now).readings.size();
        const double ns = static_cast<double>(timer.nsecsElapsed()) / iterations;
        total += ns;
        out << u"%1 (%2 B body): %3 ns per response\n"_s.arg(QString::fromLatin1(name))
                   .arg(response.body.size())
                   .arg(ns, 0, 'f', 0);
    }
    out << u"mix of the %1 kinds: %2 ns per response (mean)\n"_s.arg(responses.size())
               .arg(total / responses.size(), 0, 'f', 0);
    return sink > 0 ? 0 : 1;
}
