#include "quotamapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

Q_DECLARE_METATYPE(gw::QuotaMapping)
Q_DECLARE_METATYPE(gw::ResponseFacts)
Q_DECLARE_METATYPE(gw::QuotaReading)
Q_DECLARE_METATYPE(std::optional<gw::QuotaReading>)

using Limits = QHash<QString, double>;
using ExpectedLimits = QList<std::optional<double>>;

namespace {

const QDateTime now = QDateTime(QDate(2025, 3, 3), QTime(10, 0), Qt::UTC);

ResponseFacts response(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ResponseFacts facts;
    facts.status = 200;
    facts.body = body;
    facts.headers = std::move(headers);
    return facts;
}

QuotaMapping mapping(const QString &remaining, const QString &limit = {}, const QString &reset = {},
                     QuotaMapping::ResetUnit unit = QuotaMapping::Epoch)
{
    QuotaMapping out;
    out.remaining = remaining;
    out.limit = limit;
    out.reset = reset;
    out.resetUnit = unit;
    return out;
}

QuotaReading custom(double remaining, std::optional<double> limit = std::nullopt,
                    std::optional<QDateTime> resetAt = std::nullopt)
{
    QuotaReading reading;
    reading.remaining = remaining;
    reading.limit = limit;
    reading.resetAt = resetAt;
    reading.source = QuotaSource::Custom;
    return reading;
}

} // namespace

class tst_QuotaMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void policyAndUnit();
    void limits_data();
    void limits();
};

void tst_QuotaMapping::read_data()
{
    QTest::addColumn<QuotaMapping>("mapping");
    QTest::addColumn<ResponseFacts>("response");
    QTest::addColumn<std::optional<QuotaReading>>("expected");

    const QByteArray rate = R"({"rate":{"remaining":42,"limit":100,"reset":1767225600,"in":90,)"
                            R"("at":"2026-01-01T00:00:00Z"}})"_ba;

    QTest::newRow("body remaining only") << mapping(u"[BODY].rate.remaining"_s) << response(rate)
                                         << std::optional(custom(42));
    QTest::newRow("body remaining and limit") << mapping(u"[BODY].rate.remaining"_s, u"[BODY].rate.limit"_s)
                                              << response(rate) << std::optional(custom(42, 100));
    QTest::newRow("header remaining and limit, any case")
        << mapping(u"[HEADER].X-Quota-Remaining"_s, u"[HEADER].X-Quota-Limit"_s)
        << response("{}", {{"x-quota-remaining", " 7 "}, {"X-QUOTA-LIMIT", "10"}}) << std::optional(custom(7, 10));
    QTest::newRow("body remaining, header limit")
        << mapping(u"[BODY].rate.remaining"_s, u"[HEADER].X-Quota-Limit"_s)
        << response(rate, {{"X-Quota-Limit", "500"}}) << std::optional(custom(42, 500));
    QTest::newRow("array index and string number")
        << mapping(u"[BODY].quotas[1].left"_s) << response(R"({"quotas":[{"left":1},{"left":"12.5"}]})")
        << std::optional(custom(12.5));

    // 1767225600 s after the epoch is 2026-01-01 00:00:00 UTC.
    const QDateTime newYear(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("reset epoch seconds") << mapping(u"[BODY].rate.remaining"_s, {}, u"[BODY].rate.reset"_s,
                                                    QuotaMapping::Epoch)
                                         << response(rate) << std::optional(custom(42, std::nullopt, newYear));
    QTest::newRow("reset delta seconds from the response")
        << mapping(u"[BODY].rate.remaining"_s, {}, u"[BODY].rate.in"_s, QuotaMapping::Delta) << response(rate)
        << std::optional(custom(42, std::nullopt, QDateTime(QDate(2025, 3, 3), QTime(10, 1, 30), Qt::UTC)));
    QTest::newRow("reset delta in a header")
        << mapping(u"[BODY].rate.remaining"_s, {}, u"[HEADER].X-Reset-After"_s, QuotaMapping::Delta)
        << response(rate, {{"X-Reset-After", "3600"}})
        << std::optional(custom(42, std::nullopt, QDateTime(QDate(2025, 3, 3), QTime(11, 0), Qt::UTC)));
    QTest::newRow("reset iso with Z") << mapping(u"[BODY].rate.remaining"_s, {}, u"[BODY].rate.at"_s, QuotaMapping::Iso)
                                      << response(rate) << std::optional(custom(42, std::nullopt, newYear));
    QTest::newRow("reset iso with offset")
        << mapping(u"[BODY].r"_s, {}, u"[BODY].at"_s, QuotaMapping::Iso)
        << response(R"({"r":1,"at":"2025-03-04T09:00:00+09:00"})")
        << std::optional(custom(1, std::nullopt, QDateTime(QDate(2025, 3, 4), QTime(0, 0), Qt::UTC)));
    QTest::newRow("reset iso without offset is UTC")
        << mapping(u"[BODY].r"_s, {}, u"[BODY].at"_s, QuotaMapping::Iso)
        << response(R"({"r":1,"at":"2025-03-04T06:30:00"})")
        << std::optional(custom(1, std::nullopt, QDateTime(QDate(2025, 3, 4), QTime(6, 30), Qt::UTC)));

    QTest::newRow("remaining missing: no reading")
        << mapping(u"[BODY].rate.used"_s, u"[BODY].rate.limit"_s) << response(rate) << std::optional<QuotaReading>();
    QTest::newRow("remaining header missing: no reading")
        << mapping(u"[HEADER].X-Quota-Remaining"_s) << response(rate) << std::optional<QuotaReading>();
    QTest::newRow("remaining not a number: no reading")
        << mapping(u"[BODY].r"_s) << response(R"({"r":"plenty"})") << std::optional<QuotaReading>();
    QTest::newRow("remaining an object: no reading")
        << mapping(u"[BODY].rate"_s) << response(rate) << std::optional<QuotaReading>();
    QTest::newRow("body not JSON: no reading")
        << mapping(u"[BODY].rate.remaining"_s) << response("<html>") << std::optional<QuotaReading>();
    QTest::newRow("invalid placeholder: no reading")
        << mapping(u"[BODDY].rate.remaining"_s) << response(rate) << std::optional<QuotaReading>();
    QTest::newRow("limit missing: reading without limit")
        << mapping(u"[BODY].rate.remaining"_s, u"[BODY].rate.max"_s) << response(rate) << std::optional(custom(42));
    QTest::newRow("reset unreadable: reading without reset")
        << mapping(u"[BODY].r"_s, {}, u"[BODY].at"_s, QuotaMapping::Iso) << response(R"({"r":1,"at":"soon"})")
        << std::optional(custom(1));
    QTest::newRow("reset not a number: reading without reset")
        << mapping(u"[BODY].r"_s, {}, u"[BODY].at"_s, QuotaMapping::Epoch) << response(R"({"r":1,"at":"soon"})")
        << std::optional(custom(1));
}

void tst_QuotaMapping::read()
{
    QFETCH(QuotaMapping, mapping);
    QFETCH(ResponseFacts, response);
    QFETCH(std::optional<QuotaReading>, expected);

    const std::optional<QuotaReading> actual = readMappedQuota(mapping, response, now);
    QCOMPARE(actual.has_value(), expected.has_value());
    if (!expected)
        return;
    QCOMPARE(actual->remaining, expected->remaining);
    QCOMPARE(actual->limit, expected->limit);
    QCOMPARE(actual->resetAt, expected->resetAt);
    QCOMPARE(*actual, *expected);
}

void tst_QuotaMapping::policyAndUnit()
{
    QuotaMapping tokens = mapping(u"[BODY].left"_s);
    tokens.policy = u"tokensPerDay"_s;
    tokens.unit = QuotaUnit::Tokens;
    const std::optional<QuotaReading> reading = readMappedQuota(tokens, response(R"({"left":199000})"), now);
    QVERIFY(reading);
    QCOMPARE(reading->policy, u"tokensPerDay"_s);
    QCOMPARE(reading->unit, QuotaUnit::Tokens);
    QCOMPARE(reading->remaining, 199000.0);
    QCOMPARE(reading->source, QuotaSource::Custom);
}

void tst_QuotaMapping::limits_data()
{
    QTest::addColumn<QList<QuotaReading>>("readings");
    QTest::addColumn<Limits>("limits");
    QTest::addColumn<ExpectedLimits>("expected");

    auto member = [](const QString &policy, std::optional<double> limit) {
        QuotaReading reading;
        reading.policy = policy;
        reading.remaining = 10;
        reading.limit = limit;
        reading.source = QuotaSource::Ga4;
        return reading;
    };
    const QList<QuotaReading> ga4{member(u"tokensPerDay"_s, std::nullopt), member(u"tokensPerHour"_s, std::nullopt),
                                  member(u"concurrentRequests"_s, 10)};

    QTest::newRow("no limits configured") << ga4 << Limits{} << ExpectedLimits{std::nullopt, std::nullopt, 10};
    QTest::newRow("limit filled in by policy")
        << ga4 << Limits{{u"tokensPerDay"_s, 200000}} << ExpectedLimits{200000, std::nullopt, 10};
    QTest::newRow("a sent limit wins over the configured one")
        << ga4 << Limits{{u"concurrentRequests"_s, 50}, {u"tokensPerHour"_s, 40000}}
        << ExpectedLimits{std::nullopt, 40000, 10};
    QTest::newRow("unknown policy ignored")
        << ga4 << Limits{{u"serverErrorsPerHour"_s, 10}} << ExpectedLimits{std::nullopt, std::nullopt, 10};
}

void tst_QuotaMapping::limits()
{
    QFETCH(QList<QuotaReading>, readings);
    QFETCH(Limits, limits);
    QFETCH(ExpectedLimits, expected);

    applyQuotaLimits(readings, limits);
    QCOMPARE(readings.size(), expected.size());
    for (qsizetype i = 0; i < readings.size(); ++i)
        QCOMPARE(readings.at(i).limit, expected.at(i));
}

QTEST_GUILESS_MAIN(tst_QuotaMapping)
#include "tst_quotamapping.moc"
