#include "alertexpr.h"

#include "duration.h"

#include <QHash>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 noWindow = -1;
constexpr qint64 someTime = 1'700'000'000'000;

// "p95(chatwoot,10m)", "error_rate(stripe,5m,timeout)", "status(shopify)".
QString factKey(const AlertCall &call)
{
    QString key = call.function + u'(' + call.subject;
    if (call.windowMs)
        key += u',' + formatDuration(std::chrono::milliseconds(*call.windowMs));
    if (!call.qualifier.isEmpty())
        key += u',' + call.qualifier;
    return key + u')';
}

class FakeFacts final : public AlertFacts
{
public:
    FakeFacts()
    {
        numbers = {
            {u"p50(chatwoot,10m)"_s, 420},
            {u"p95(chatwoot,10m)"_s, 1600},
            {u"p99(chatwoot,1h30m)"_s, 2000},
            {u"error_rate(stripe,5m)"_s, 3.5},
            {u"error_rate(stripe,5m,timeout)"_s, 6},
            {u"failures(stripe,5m)"_s, 4},
            {u"failures(stripe,5m,dns)"_s, 0},
            {u"quota_left(shopify)"_s, 8.5},
            {u"quota_exhausts_before_reset(shopify)"_s, 1},
            {u"quota_exhausts_before_reset(stripe)"_s, 0},
            {u"tls_days(shopify)"_s, 14},
            {u"tls_days(legacy)"_s, -2},
            {u"webhook_signature_failures(shopify,1h)"_s, 2},
            {u"webhook_delivery_rate(shopify,1h)"_s, 97.5},
            {u"route_error_ratio(payments/charges,5m)"_s, 1.2},
            {u"route_p95(payments/charges,5m)"_s, 850},
            {u"vendor_incident(stripe)"_s, 1},
            {u"vendor_incident(shopify)"_s, 0},
        };
        states = {
            {u"status(shopify)"_s, u"down"_s},
            {u"status(stripe)"_s, u"up"_s},
            {u"status(chatwoot)"_s, u"rate-limited"_s},
            {u"status(klaviyo/events)"_s, u"degraded"_s},
        };
    }

    std::optional<double> number(const AlertCall &call, qint64 nowMs) const override
    {
        asked.append(factKey(call));
        askedAt.append(nowMs);
        const auto it = numbers.constFind(factKey(call));
        if (it == numbers.cend())
            return std::nullopt;
        return *it;
    }

    std::optional<QString> state(const AlertCall &call, qint64 nowMs) const override
    {
        asked.append(factKey(call));
        askedAt.append(nowMs);
        const auto it = states.constFind(factKey(call));
        if (it == states.cend())
            return std::nullopt;
        return *it;
    }

    QHash<QString, double> numbers;
    QHash<QString, QString> states;
    mutable QStringList asked;
    mutable QList<qint64> askedAt;
};

// QStringBuilder expressions do not convert to QStringView by themselves.
Result<AlertExpression> parseText(const QString &text)
{
    return AlertExpression::parse(text);
}

} // namespace

class TestAlertExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheFunctions();
    void parsesEveryFunction_data();
    void parsesEveryFunction();
    void listsCallsInWrittenOrder();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void limitsLengthAndDepth();
    void evaluates_data();
    void evaluates();
    void asksWithTheTimeGiven();
    void keepsTrimmedTextAndComparesByIt();
    void emptyNeverHolds();
};

void TestAlertExpression::listsTheFunctions()
{
    struct Expected
    {
        QString name;
        AlertValueKind kind;
        bool window;
        bool qualifier;
    };
    const QList<Expected> expected{
        {u"status"_s, AlertValueKind::State, false, false},
        {u"p50"_s, AlertValueKind::Duration, true, false},
        {u"p95"_s, AlertValueKind::Duration, true, false},
        {u"p99"_s, AlertValueKind::Duration, true, false},
        {u"error_rate"_s, AlertValueKind::Percent, true, true},
        {u"failures"_s, AlertValueKind::Count, true, true},
        {u"quota_left"_s, AlertValueKind::Percent, false, false},
        {u"quota_exhausts_before_reset"_s, AlertValueKind::Boolean, false, false},
        {u"tls_days"_s, AlertValueKind::Days, false, false},
        {u"webhook_signature_failures"_s, AlertValueKind::Count, true, false},
        {u"webhook_delivery_rate"_s, AlertValueKind::Percent, true, false},
        {u"route_error_ratio"_s, AlertValueKind::Percent, true, false},
        {u"route_p95"_s, AlertValueKind::Duration, true, false},
        {u"vendor_incident"_s, AlertValueKind::Boolean, false, false},
        {u"local_network_down"_s, AlertValueKind::Boolean, false, false},
    };
    const QList<AlertFunction> &functions = alertFunctions();
    QCOMPARE(functions.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(functions.at(i).name, expected.at(i).name);
        QCOMPARE(functions.at(i).kind, expected.at(i).kind);
        QCOMPARE(functions.at(i).window, expected.at(i).window);
        QCOMPARE(functions.at(i).qualifier, expected.at(i).qualifier);
    }
}

void TestAlertExpression::parsesEveryFunction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("windowMs"); // noWindow: none
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<qsizetype>("position");

    const QString none;
    QTest::newRow("status") << u"status(shopify) == down"_s << u"status"_s << u"shopify"_s << noWindow << none
                            << qsizetype{0};
    QTest::newRow("status of a check") << u"status(shopify/admin-rest) != up"_s << u"status"_s
                                       << u"shopify/admin-rest"_s << noWindow << none << qsizetype{0};
    QTest::newRow("status with blanks") << u"  status ( shopify ) == rate-limited"_s << u"status"_s << u"shopify"_s
                                        << noWindow << none << qsizetype{2};
    QTest::newRow("p50") << u"p50(chatwoot, 10m) < 500ms"_s << u"p50"_s << u"chatwoot"_s << qint64{600'000} << none
                         << qsizetype{0};
    QTest::newRow("p95 over a compound window")
        << u"p95(chatwoot, 1h30m) > 2s"_s << u"p95"_s << u"chatwoot"_s << qint64{5'400'000} << none << qsizetype{0};
    QTest::newRow("p99 without blanks") << u"p99(klaviyo,5m)>=1500ms"_s << u"p99"_s << u"klaviyo"_s << qint64{300'000}
                                        << none << qsizetype{0};
    QTest::newRow("error_rate") << u"error_rate(stripe, 5m) > 5%"_s << u"error_rate"_s << u"stripe"_s << qint64{300'000}
                                << none << qsizetype{0};
    QTest::newRow("error_rate of a class") << u"error_rate(stripe, 5m, timeout) > 99.5%"_s << u"error_rate"_s
                                           << u"stripe"_s << qint64{300'000} << u"timeout"_s << qsizetype{0};
    QTest::newRow("failures") << u"failures(stripe, 15m) >= 3"_s << u"failures"_s << u"stripe"_s << qint64{900'000}
                              << none << qsizetype{0};
    QTest::newRow("failures of a class on a check")
        << u"failures(shopify/admin-rest, 1h, http-status) > 0"_s << u"failures"_s << u"shopify/admin-rest"_s
        << qint64{3'600'000} << u"http-status"_s << qsizetype{0};
    QTest::newRow("quota_left") << u"quota_left(shopify) < 10%"_s << u"quota_left"_s << u"shopify"_s << noWindow << none
                                << qsizetype{0};
    QTest::newRow("quota_exhausts_before_reset")
        << u"quota_exhausts_before_reset(shopify)"_s << u"quota_exhausts_before_reset"_s << u"shopify"_s << noWindow
        << none << qsizetype{0};
    QTest::newRow("tls_days in days") << u"tls_days(shopify) < 14d"_s << u"tls_days"_s << u"shopify"_s << noWindow
                                      << none << qsizetype{0};
    QTest::newRow("tls_days of a host and port") << u"tls_days(api.example.com:443) <= 7"_s << u"tls_days"_s
                                                 << u"api.example.com:443"_s << noWindow << none << qsizetype{0};
    QTest::newRow("webhook_signature_failures")
        << u"webhook_signature_failures(stripe, 1h) > 0"_s << u"webhook_signature_failures"_s << u"stripe"_s
        << qint64{3'600'000} << none << qsizetype{0};
    QTest::newRow("webhook_delivery_rate")
        << u"webhook_delivery_rate(shopify, 30m) < 95%"_s << u"webhook_delivery_rate"_s << u"shopify"_s
        << qint64{1'800'000} << none << qsizetype{0};
    QTest::newRow("route_error_ratio") << u"route_error_ratio(payments/charges, 5m) > 2%"_s << u"route_error_ratio"_s
                                       << u"payments/charges"_s << qint64{300'000} << none << qsizetype{0};
    QTest::newRow("route_p95") << u"route_p95(payments/charges, 5m) > 800ms"_s << u"route_p95"_s
                               << u"payments/charges"_s << qint64{300'000} << none << qsizetype{0};
    QTest::newRow("vendor_incident") << u"vendor_incident(stripe)"_s << u"vendor_incident"_s << u"stripe"_s << noWindow
                                     << none << qsizetype{0};
    QTest::newRow("after not") << u"not vendor_incident(stripe)"_s << u"vendor_incident"_s << u"stripe"_s << noWindow
                               << none << qsizetype{4};
    QTest::newRow("in parentheses") << u"(tls_days(shopify) < 0)"_s << u"tls_days"_s << u"shopify"_s << noWindow << none
                                    << qsizetype{1};
}

void TestAlertExpression::parsesEveryFunction()
{
    QFETCH(QString, text);
    QFETCH(QString, function);
    QFETCH(QString, subject);
    QFETCH(qint64, windowMs);
    QFETCH(QString, qualifier);
    QFETCH(qsizetype, position);

    const Result<AlertExpression> parsed = AlertExpression::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const QList<AlertCall> calls = parsed->calls();
    QCOMPARE(calls.size(), 1);
    const AlertCall &call = calls.constFirst();
    QCOMPARE(call.function, function);
    QCOMPARE(call.subject, subject);
    QCOMPARE(call.windowMs.has_value(), windowMs != noWindow);
    if (call.windowMs)
        QCOMPARE(*call.windowMs, windowMs);
    QCOMPARE(call.qualifier, qualifier);
    QCOMPARE(call.position, position);
}

void TestAlertExpression::listsCallsInWrittenOrder()
{
    const Result<AlertExpression> parsed = AlertExpression::parse(
        u"status(shopify) == down or (p95(chatwoot, 10m) > 1500ms and not vendor_incident(stripe))"_s);
    QVERIFY(parsed.ok());
    const QList<AlertCall> expected{
        {u"status"_s, u"shopify"_s, std::nullopt, QString(), 0},
        {u"p95"_s, u"chatwoot"_s, 600'000, QString(), 28},
        {u"vendor_incident"_s, u"stripe"_s, std::nullopt, QString(), 64},
    };
    QCOMPARE(parsed->calls(), expected);
}

void TestAlertExpression::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("messagePart");

    // Empty text
    QTest::newRow("empty") << QString() << qsizetype{0} << u"empty condition"_s;
    QTest::newRow("only blanks") << u"   "_s << qsizetype{3} << u"empty condition"_s;

    // Functions
    QTest::newRow("unknown function")
        << u"p96(chatwoot, 10m) > 1s"_s << qsizetype{0}
        << u"unknown function 'p96'; known: status, p50, p95, p99, error_rate, failures, quota_left, "
           u"quota_exhausts_before_reset, tls_days, webhook_signature_failures, webhook_delivery_rate, "
           u"route_error_ratio, route_p95, vendor_incident"_s;
    QTest::newRow("function names are case-sensitive")
        << u"Status(shopify) == down"_s << qsizetype{0} << u"unknown function 'Status'"_s;
    QTest::newRow("a word instead of a call") << u"shopify == down"_s << qsizetype{0}
                                              << u"expected a function call such as status(shopify), found 'shopify'"_s;
    QTest::newRow("function without parentheses")
        << u"status == down"_s << qsizetype{7} << u"expected '(' after status"_s;
    QTest::newRow("empty parentheses") << u"() and status(x) == up"_s << qsizetype{1} << u"expected a function call"_s;

    // Subjects
    QTest::newRow("missing subject") << u"status() == down"_s << qsizetype{7} << u"status needs a subject"_s;
    QTest::newRow("two slashes in a subject") << u"status(a/b/c) == down"_s << qsizetype{10} << u"at most one '/'"_s;
    QTest::newRow("nothing after the slash") << u"status(a/) == up"_s << qsizetype{9} << u"expected a name after '/'"_s;
    QTest::newRow("punctuation in a subject")
        << u"status(shop!fy) == up"_s << qsizetype{11} << u"'!' cannot be part of a subject"_s;
    QTest::newRow("blank inside a subject")
        << u"status(shop ify) == up"_s << qsizetype{12} << u"expected ')' to close status(, found 'ify)'"_s;

    // Windows
    QTest::newRow("missing window") << u"p95(chatwoot) > 1500ms"_s << qsizetype{12}
                                    << u"p95 needs a window, e.g. p95(chatwoot, 10m)"_s;
    QTest::newRow("window where none is taken")
        << u"status(shopify, 10m) == down"_s << qsizetype{16} << u"status takes no window"_s;
    QTest::newRow("window of zero") << u"p95(chatwoot, 0s) > 1s"_s << qsizetype{14}
                                    << u"the window must be longer than 0s"_s;
    QTest::newRow("window without a unit")
        << u"p95(chatwoot, 10) > 1s"_s << qsizetype{16} << u"invalid window for p95: missing unit"_s;
    QTest::newRow("empty window") << u"p95(chatwoot, ) > 1s"_s << qsizetype{14} << u"expected a window such as 10m"_s;
    QTest::newRow("fractional window") << u"error_rate(stripe, 1.5h) > 5%"_s << qsizetype{20}
                                       << u"fractions are not allowed"_s;

    // Failure classes
    QTest::newRow("failure class where none is allowed")
        << u"p95(chatwoot, 10m, timeout) > 1s"_s << qsizetype{19} << u"p95 takes no failure class"_s;
    QTest::newRow("unknown failure class")
        << u"error_rate(stripe, 5m, slow) > 5%"_s << qsizetype{23}
        << u"unknown failure class 'slow'; known: dns, connect, tls, timeout, http-status, condition, rate-limited, "
           u"body-too-large, local-network"_s;
    QTest::newRow("failure class none") << u"failures(stripe, 5m, none) > 0"_s << qsizetype{21}
                                        << u"'none' is not a failure class"_s;
    QTest::newRow("failure classes are case-sensitive")
        << u"failures(stripe, 5m, Timeout) > 0"_s << qsizetype{21} << u"unknown failure class 'Timeout'"_s;
    QTest::newRow("too many arguments") << u"failures(stripe, 5m, dns, x) > 0"_s << qsizetype{24}
                                        << u"too many arguments"_s;
    QTest::newRow("unclosed call") << u"p95(chatwoot, 10m"_s << qsizetype{17} << u"expected ')' to close p95("_s;

    // States
    QTest::newRow("state with an ordering")
        << u"status(shopify) > down"_s << qsizetype{16} << u"status is a state: only == and != compare states"_s;
    QTest::newRow("unknown state")
        << u"status(shopify) == broken"_s << qsizetype{19}
        << u"unknown state 'broken'; known: up, down, degraded, rate-limited, paused, unknown"_s;
    QTest::newRow("states are case-sensitive")
        << u"status(shopify) == DOWN"_s << qsizetype{19} << u"unknown state 'DOWN'"_s;
    QTest::newRow("state against a number") << u"status(shopify) == 1"_s << qsizetype{19} << u"unknown state '1'"_s;
    QTest::newRow("status on its own") << u"status(shopify)"_s << qsizetype{0}
                                       << u"status is a state: compare it with == or !="_s;

    // Durations
    QTest::newRow("duration against a bare number")
        << u"p95(chatwoot, 10m) > 1500"_s << qsizetype{21} << u"p95 is a duration: write the unit, e.g. 1500ms"_s;
    QTest::newRow("duration against a percentage") << u"p95(chatwoot, 10m) > 5%"_s << qsizetype{21}
                                                   << u"p95 is a duration: compare it with a duration such as 1500ms"_s;
    QTest::newRow("duration against a word")
        << u"route_p95(payments/charges, 5m) > slow"_s << qsizetype{34} << u"route_p95 is a duration"_s;
    QTest::newRow("fractional duration") << u"p95(chatwoot, 10m) > 1.5s"_s << qsizetype{22}
                                         << u"p95 is a duration: fractions are not allowed"_s;
    QTest::newRow("duration on its own") << u"p95(chatwoot, 10m)"_s << qsizetype{0}
                                         << u"p95 is a duration: compare it with a duration such as 1500ms"_s;

    // Percentages
    QTest::newRow("percentage against a bare number")
        << u"error_rate(stripe, 5m) > 5"_s << qsizetype{25} << u"error_rate is a percentage: write the %"_s;
    QTest::newRow("blank before the percent sign")
        << u"error_rate(stripe, 5m) > 5 %"_s << qsizetype{27} << u"write the % right after the number"_s;
    QTest::newRow("percentage against a duration")
        << u"quota_left(shopify) < 10m"_s << qsizetype{22}
        << u"quota_left is a percentage: compare it with a percentage such as 5%"_s;
    QTest::newRow("percentage over 100") << u"webhook_delivery_rate(shopify, 1h) < 150%"_s << qsizetype{37}
                                         << u"between 0% and 100%"_s;
    QTest::newRow("percentage on its own")
        << u"quota_left(shopify)"_s << qsizetype{0} << u"quota_left is a percentage"_s;

    // Counts and days
    QTest::newRow("count against a percentage")
        << u"failures(stripe, 5m) > 5%"_s << qsizetype{23} << u"failures is a count: compare it with a plain number"_s;
    QTest::newRow("days against hours") << u"tls_days(shopify) < 72h"_s << qsizetype{20} << u"tls_days counts days"_s;
    QTest::newRow("days on their own") << u"tls_days(shopify) and vendor_incident(stripe)"_s << qsizetype{0}
                                       << u"tls_days counts days"_s;

    // Booleans
    QTest::newRow("Boolean with an operator") << u"vendor_incident(stripe) == 1"_s << qsizetype{24}
                                              << u"vendor_incident is true or false: write it on its own"_s;

    // Operators and values
    QTest::newRow("missing operator") << u"p95(chatwoot, 10m) 1500ms"_s << qsizetype{19}
                                      << u"expected an operator (==, !=, <, <=, >, >=)"_s;
    QTest::newRow("single equals") << u"status(shopify) = down"_s << qsizetype{16} << u"did you mean '=='"_s;
    QTest::newRow("missing value") << u"failures(stripe, 5m) >="_s << qsizetype{23}
                                   << u"expected a value after the operator"_s;

    // and, or, not and parentheses
    QTest::newRow("trailing text") << u"status(shopify) == down up"_s << qsizetype{24} << u"unexpected 'up'"_s;
    QTest::newRow("upper-case keyword") << u"status(shopify) == down AND status(stripe) == down"_s << qsizetype{24}
                                        << u"write and, or and not in lower case"_s;
    QTest::newRow("not between conditions") << u"status(shopify) == down not status(stripe) == up"_s << qsizetype{24}
                                            << u"unexpected 'not' (join conditions"_s;
    QTest::newRow("dangling and") << u"status(shopify) == down and"_s << qsizetype{27} << u"expected a condition"_s;
    QTest::newRow("leading or") << u"or status(shopify) == down"_s << qsizetype{0}
                                << u"'or' needs a condition on each side"_s;
    QTest::newRow("not alone") << u"not"_s << qsizetype{3} << u"expected a condition"_s;
    QTest::newRow("unclosed parenthesis")
        << u"(status(shopify) == down or status(stripe) == down"_s << qsizetype{0} << u"this '(' is never closed"_s;
    QTest::newRow("text before the closing parenthesis")
        << u"(status(shopify) == down up)"_s << qsizetype{25} << u"unexpected 'up)'"_s;
    QTest::newRow("extra closing parenthesis")
        << u"status(shopify) == down)"_s << qsizetype{23} << u"')' without a matching '('"_s;
}

void TestAlertExpression::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, messagePart);

    const Result<AlertExpression> parsed = AlertExpression::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, position);
}

void TestAlertExpression::limitsLengthAndDepth()
{
    const QString condition = u"vendor_incident(stripe)"_s; // 23 characters

    // Blanks count towards the length: 23 + 4073 = 4096 is the most.
    QVERIFY(parseText(condition + QString(4073, u' ')).ok());
    const Result<AlertExpression> tooLong = parseText(condition + QString(4074, u' '));
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().message.contains(u"too long"), qPrintable(tooLong.error().message));
    QCOMPARE(tooLong.error().position, qsizetype{4096});

    QVERIFY(parseText(QString(64, u'(') + condition + QString(64, u')')).ok());
    const Result<AlertExpression> deepParentheses = parseText(QString(65, u'(') + condition + QString(65, u')'));
    QVERIFY(!deepParentheses.ok());
    QVERIFY2(deepParentheses.error().message.contains(u"nested too deeply"),
             qPrintable(deepParentheses.error().message));
    QCOMPARE(deepParentheses.error().position, qsizetype{64});

    QVERIFY(parseText(u"not "_s.repeated(64) + condition).ok());
    const Result<AlertExpression> deepNot = parseText(u"not "_s.repeated(65) + condition);
    QVERIFY(!deepNot.ok());
    QCOMPARE(deepNot.error().position, qsizetype{256});

    const Result<AlertExpression> hostile = parseText(QString(4096, u'('));
    QVERIFY(!hostile.ok());
    QCOMPARE(hostile.error().position, qsizetype{64});

    // Long chains of and/or are not nesting.
    QStringList many;
    for (int i = 0; i < 150; ++i)
        many.append(condition);
    const QString chain = many.join(u" or "); // 150 * 23 + 149 * 4 = 4046 characters
    QVERIFY(parseText(chain).ok());
}

void TestAlertExpression::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("holds");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("value");
    QTest::addColumn<AlertValueKind>("kind");

    const auto State = AlertValueKind::State;
    const auto Duration = AlertValueKind::Duration;
    const auto Percent = AlertValueKind::Percent;
    const auto Count = AlertValueKind::Count;
    const auto Days = AlertValueKind::Days;
    const auto Boolean = AlertValueKind::Boolean;

    // States: shopify is down, stripe up, chatwoot rate-limited, klaviyo/events degraded, nowhere unknown.
    QTest::newRow("state ==") << u"status(shopify) == down"_s << true << false << 0.0 << State;
    QTest::newRow("state == another") << u"status(stripe) == down"_s << false << false << 0.0 << State;
    QTest::newRow("state !=") << u"status(stripe) != down"_s << true << false << 0.0 << State;
    QTest::newRow("state != the same") << u"status(shopify) != down"_s << false << false << 0.0 << State;
    QTest::newRow("state rate-limited") << u"status(chatwoot) == rate-limited"_s << true << false << 0.0 << State;
    QTest::newRow("state of a check") << u"status(klaviyo/events) == degraded"_s << true << false << 0.0 << State;
    QTest::newRow("state without data ==") << u"status(nowhere) == unknown"_s << false << false << 0.0 << State;
    QTest::newRow("state without data !=") << u"status(nowhere) != up"_s << false << false << 0.0 << State;
    QTest::newRow("not of a state without data") << u"not status(nowhere) == up"_s << true << false << 0.0 << State;

    // Durations, in milliseconds: p95(chatwoot, 10m) is 1600.
    QTest::newRow("duration >") << u"p95(chatwoot, 10m) > 1500ms"_s << true << true << 1600.0 << Duration;
    QTest::newRow("duration > at bound") << u"p95(chatwoot, 10m) > 1600ms"_s << false << true << 1600.0 << Duration;
    QTest::newRow("duration >= at bound") << u"p95(chatwoot, 10m) >= 1600ms"_s << true << true << 1600.0 << Duration;
    QTest::newRow("duration < in seconds") << u"p95(chatwoot, 10m) < 2s"_s << true << true << 1600.0 << Duration;
    QTest::newRow("duration < at bound") << u"p95(chatwoot, 10m) < 1600ms"_s << false << true << 1600.0 << Duration;
    QTest::newRow("duration <= at bound") << u"p95(chatwoot, 10m) <= 1600ms"_s << true << true << 1600.0 << Duration;
    QTest::newRow("duration ==") << u"p95(chatwoot, 10m) == 1600ms"_s << true << true << 1600.0 << Duration;
    QTest::newRow("duration == compound") << u"p95(chatwoot, 10m) == 1s600ms"_s << true << true << 1600.0 << Duration;
    QTest::newRow("duration !=") << u"p95(chatwoot, 10m) != 1600ms"_s << false << true << 1600.0 << Duration;
    QTest::newRow("p50") << u"p50(chatwoot, 10m) < 500ms"_s << true << true << 420.0 << Duration;
    QTest::newRow("p99 over 90m") << u"p99(chatwoot, 90m) > 1s"_s << true << true << 2000.0 << Duration;
    QTest::newRow("duration of another window, no data")
        << u"p95(chatwoot, 5m) > 0ms"_s << false << false << 0.0 << Duration;
    QTest::newRow("route_p95") << u"route_p95(payments/charges, 5m) < 1s"_s << true << true << 850.0 << Duration;

    // Percentages, 0-100: error_rate(stripe, 5m) is 3.5, with timeouts only 6.
    QTest::newRow("percent > not reached") << u"error_rate(stripe, 5m) > 5%"_s << false << true << 3.5 << Percent;
    QTest::newRow("percent >") << u"error_rate(stripe, 5m) > 3%"_s << true << true << 3.5 << Percent;
    QTest::newRow("percent of a failure class")
        << u"error_rate(stripe, 5m, timeout) > 5%"_s << true << true << 6.0 << Percent;
    QTest::newRow("percent == fraction") << u"error_rate(stripe, 5m) == 3.5%"_s << true << true << 3.5 << Percent;
    QTest::newRow("quota left <") << u"quota_left(shopify) < 10%"_s << true << true << 8.5 << Percent;
    QTest::newRow("quota left <= at bound") << u"quota_left(shopify) <= 8.5%"_s << true << true << 8.5 << Percent;
    QTest::newRow("quota left >=") << u"quota_left(shopify) >= 8.6%"_s << false << true << 8.5 << Percent;
    QTest::newRow("webhook delivery rate")
        << u"webhook_delivery_rate(shopify, 1h) < 99.5%"_s << true << true << 97.5 << Percent;
    QTest::newRow("route error ratio") << u"route_error_ratio(payments/charges, 5m) > 1%"_s << true << true << 1.2
                                       << Percent;
    QTest::newRow("route error ratio != 0%")
        << u"route_error_ratio(payments/charges, 5m) != 0%"_s << true << true << 1.2 << Percent;

    // Counts: failures(stripe, 5m) is 4, of them dns 0.
    QTest::newRow("count >=") << u"failures(stripe, 5m) >= 3"_s << true << true << 4.0 << Count;
    QTest::newRow("count >= not reached") << u"failures(stripe, 5m) >= 5"_s << false << true << 4.0 << Count;
    QTest::newRow("count of a failure class ==") << u"failures(stripe, 5m, dns) == 0"_s << true << true << 0.0 << Count;
    QTest::newRow("count !=") << u"failures(stripe, 5m) != 4"_s << false << true << 4.0 << Count;
    QTest::newRow("count > fraction") << u"failures(stripe, 5m) > 3.5"_s << true << true << 4.0 << Count;
    QTest::newRow("webhook signature failures")
        << u"webhook_signature_failures(shopify, 1h) > 0"_s << true << true << 2.0 << Count;
    QTest::newRow("count without data") << u"failures(stripe, 1h) > 0"_s << false << false << 0.0 << Count;

    // Days: shopify's certificate has 14 days left, legacy's expired 2 days ago.
    QTest::newRow("days < Nd at bound") << u"tls_days(shopify) < 14d"_s << false << true << 14.0 << Days;
    QTest::newRow("days <= plain number") << u"tls_days(shopify) <= 14"_s << true << true << 14.0 << Days;
    QTest::newRow("days < plain number") << u"tls_days(shopify) < 30"_s << true << true << 14.0 << Days;
    QTest::newRow("days expired") << u"tls_days(legacy) < 0"_s << true << true << -2.0 << Days;
    QTest::newRow("days > negative") << u"tls_days(legacy) > -3"_s << true << true << -2.0 << Days;
    QTest::newRow("days without data") << u"tls_days(nowhere) < 14d"_s << false << false << 0.0 << Days;

    // Booleans
    QTest::newRow("Boolean true") << u"quota_exhausts_before_reset(shopify)"_s << true << true << 1.0 << Boolean;
    QTest::newRow("Boolean false") << u"quota_exhausts_before_reset(stripe)"_s << false << true << 0.0 << Boolean;
    QTest::newRow("vendor incident") << u"vendor_incident(stripe)"_s << true << true << 1.0 << Boolean;
    QTest::newRow("not Boolean false") << u"not vendor_incident(shopify)"_s << true << true << 0.0 << Boolean;
    QTest::newRow("Boolean without data") << u"vendor_incident(nowhere)"_s << false << false << 0.0 << Boolean;
    QTest::newRow("not Boolean without data") << u"not vendor_incident(nowhere)"_s << true << false << 0.0 << Boolean;

    // and, or, not
    QTest::newRow("or, first holds") << u"status(shopify) == down or vendor_incident(shopify)"_s << true << false << 0.0
                                     << State;
    QTest::newRow("or, second holds") << u"vendor_incident(shopify) or failures(stripe, 5m) >= 3"_s << true << true
                                      << 0.0 << Boolean;
    QTest::newRow("or, neither holds") << u"vendor_incident(shopify) or failures(stripe, 5m) > 10"_s << false << true
                                       << 0.0 << Boolean;
    QTest::newRow("and, both hold") << u"failures(stripe, 5m) >= 3 and error_rate(stripe, 5m) > 3%"_s << true << true
                                    << 4.0 << Count;
    QTest::newRow("and, second fails") << u"failures(stripe, 5m) >= 3 and error_rate(stripe, 5m) > 5%"_s << false
                                       << true << 4.0 << Count;
    // true or (false and false); grouped the other way it would be false.
    QTest::newRow("and binds tighter than or")
        << u"status(shopify) == down or vendor_incident(shopify) and failures(stripe, 5m) > 10"_s << true << false
        << 0.0 << State;
    // (false and false) or true; grouped the other way it would be false.
    QTest::newRow("and binds tighter than or, and first")
        << u"vendor_incident(shopify) and failures(stripe, 5m) > 10 or status(shopify) == down"_s << true << true << 0.0
        << Boolean;
    QTest::newRow("parentheses group or")
        << u"(status(shopify) == down or vendor_incident(shopify)) and failures(stripe, 5m) > 10"_s << false << false
        << 0.0 << State;
    // (not true) and false; grouped as not (true and false) it would be true.
    QTest::newRow("not binds tighter than and")
        << u"not status(shopify) == down and vendor_incident(shopify)"_s << false << false << 0.0 << State;
    QTest::newRow("not of a group") << u"not (status(shopify) == down and vendor_incident(shopify))"_s << true << false
                                    << 0.0 << State;
    QTest::newRow("not not") << u"not not vendor_incident(stripe)"_s << true << true << 1.0 << Boolean;
    QTest::newRow("missing data, or") << u"failures(stripe, 1h) > 0 or status(shopify) == down"_s << true << false
                                      << 0.0 << Count;
    QTest::newRow("missing data, and") << u"p95(chatwoot, 10m) > 1s and failures(stripe, 1h) > 0"_s << false << true
                                       << 1600.0 << Duration;
    QTest::newRow("first value although it fails")
        << u"error_rate(stripe, 5m) > 5% or quota_left(shopify) < 10%"_s << true << true << 3.5 << Percent;
    QTest::newRow("without blanks") << u"(failures(stripe,5m)>=3)or(vendor_incident(stripe))"_s << true << true << 4.0
                                    << Count;
    QTest::newRow("chain of or")
        << u"vendor_incident(shopify) or vendor_incident(nowhere) or quota_exhausts_before_reset(stripe) "
           u"or tls_days(shopify) < 30"_s
        << true << true << 0.0 << Boolean;
    QTest::newRow("chain of and")
        << u"quota_left(shopify) < 10% and quota_exhausts_before_reset(shopify) and status(stripe) == up "
           u"and route_p95(payments/charges, 5m) > 800ms"_s
        << true << true << 8.5 << Percent;
}

void TestAlertExpression::evaluates()
{
    QFETCH(QString, text);
    QFETCH(bool, holds);
    QFETCH(bool, hasValue);
    QFETCH(double, value);
    QFETCH(AlertValueKind, kind);

    const Result<AlertExpression> parsed = AlertExpression::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const FakeFacts facts;
    const AlertEvaluation evaluation = parsed->evaluate(facts, someTime);
    QCOMPARE(evaluation.holds, holds);
    QCOMPARE(evaluation.value.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*evaluation.value, value);
    QCOMPARE(evaluation.kind, kind);
}

void TestAlertExpression::asksWithTheTimeGiven()
{
    const Result<AlertExpression> parsed =
        AlertExpression::parse(u"failures(stripe, 5m) >= 3 and status(shopify) == down or vendor_incident(stripe)"_s);
    QVERIFY(parsed.ok());
    const FakeFacts facts;
    QVERIFY(parsed->evaluate(facts, someTime).holds);
    // In written order; the or's right side is not needed once its left side holds.
    QCOMPARE(facts.asked, (QStringList{u"failures(stripe,5m)"_s, u"status(shopify)"_s}));
    QCOMPARE(facts.askedAt, (QList<qint64>{someTime, someTime}));
}

void TestAlertExpression::keepsTrimmedTextAndComparesByIt()
{
    const Result<AlertExpression> padded = AlertExpression::parse(u"  status(shopify) == down \n"_s);
    QVERIFY(padded.ok());
    QCOMPARE(padded->text(), u"status(shopify) == down"_s);
    QCOMPARE(padded->calls().constFirst().position, qsizetype{2}); // into the text as given

    const Result<AlertExpression> same = AlertExpression::parse(u"status(shopify) == down"_s);
    const Result<AlertExpression> spacedOtherwise = AlertExpression::parse(u"status(shopify)==down"_s);
    QVERIFY(same.ok());
    QVERIFY(spacedOtherwise.ok());
    QVERIFY(padded.value() == same.value());
    QVERIFY(!(padded.value() == spacedOtherwise.value()));

    const AlertExpression copy = padded.value();
    QVERIFY(copy == padded.value());
    const FakeFacts facts;
    QVERIFY(copy.evaluate(facts, someTime).holds);
    QCOMPARE(copy.calls(), padded->calls());
}

void TestAlertExpression::emptyNeverHolds()
{
    const AlertExpression empty;
    const FakeFacts facts;
    const AlertEvaluation evaluation = empty.evaluate(facts, someTime);
    QVERIFY(!evaluation.holds);
    QVERIFY(!evaluation.value);
    QVERIFY(empty.calls().isEmpty());
    QVERIFY(empty.text().isEmpty());
    QVERIFY(facts.asked.isEmpty());
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestAlertExpression)
#include "tst_alertexpr.moc"
