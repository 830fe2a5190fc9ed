#include "condition.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 day = 86'400;

ResponseFacts shopResponse()
{
    // Shaped like Shopify's GET /admin/api/…/shop.json, trimmed, plus a few fields for edge cases.
    ResponseFacts facts;
    facts.status = 200;
    facts.responseTimeMs = 812;
    facts.headers = {
        {"Content-Type"_ba, "application/json; charset=utf-8"_ba},
        {"X-Shopify-Shop-Api-Call-Limit"_ba, "39/40"_ba},
    };
    facts.body = R"({"shop":{"id":548380009,"name":"John Smith Test Store","plan_name":"enterprise",)"
                 R"("password_enabled":false,"tags":[]},)"
                 R"("data":[{"id":1,"name":"a"},{"id":2,"name":"b"}],)"
                 R"("count":"7","ratio":0.25,"nothing":null})"_ba;
    facts.certificateSecondsLeft = 30 * day;
    return facts;
}

ResponseFacts response(const QString &name)
{
    ResponseFacts facts = shopResponse();
    if (name == u"down") {
        facts.status = 503;
        facts.responseTimeMs = 31.5;
        facts.headers = {{"content-type"_ba, "text/html"_ba}, {"Retry-After"_ba, "120"_ba}};
        facts.body = "<html><body>Service Unavailable</body></html>"_ba;
        facts.certificateSecondsLeft.reset();
    } else if (name == u"slow") {
        facts.responseTimeMs = 1561.651988;
    } else if (name == u"array") {
        facts.body = R"([{"x":1},{"x":2}])"_ba;
    } else if (name == u"plain") {
        facts.body = "pong\n"_ba;
    } else if (name == u"empty") {
        facts.body.clear();
    } else if (name == u"expiring") {
        facts.certificateSecondsLeft = 2 * day + 3 * 3600;
    } else if (name == u"expired") {
        facts.certificateSecondsLeft = -3600;
    } else if (name == u"long") {
        facts.body = QByteArray(300, 'a');
    }
    return facts;
}

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void keepsTextAndSharesCopies();
};

void TestCondition::evaluates_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("responseName");
    QTest::addColumn<bool>("holds");
    QTest::addColumn<QString>("actual");

    const QString shop = u"shop"_s;
    const QString down = u"down"_s;

    // [STATUS]
    QTest::newRow("status equal") << u"[STATUS] == 200"_s << shop << true << u"200"_s;
    QTest::newRow("status equal fails on 503") << u"[STATUS] == 200"_s << down << false << u"503"_s;
    QTest::newRow("status not equal") << u"[STATUS] != 200"_s << shop << false << u"200"_s;
    QTest::newRow("status less") << u"[STATUS] < 300"_s << shop << true << u"200"_s;
    QTest::newRow("status less fails on 503") << u"[STATUS] < 500"_s << down << false << u"503"_s;
    QTest::newRow("status greater or equal") << u"[STATUS] >= 500"_s << down << true << u"503"_s;
    QTest::newRow("status greater or equal fails") << u"[STATUS] >= 500"_s << shop << false << u"200"_s;
    QTest::newRow("status less or equal at bound") << u"[STATUS] <= 200"_s << shop << true << u"200"_s;
    QTest::newRow("status greater") << u"[STATUS] > 199"_s << shop << true << u"200"_s;
    QTest::newRow("status as decimal literal") << u"[STATUS] == 200.0"_s << shop << true << u"200"_s;
    QTest::newRow("no spaces") << u"[STATUS]==200"_s << shop << true << u"200"_s;
    QTest::newRow("extra spaces") << u"  [STATUS]   ==   200  "_s << shop << true << u"200"_s;
    QTest::newRow("literal on the left") << u"200 == [STATUS]"_s << shop << true << u"200"_s;
    QTest::newRow("status any") << u"[STATUS] == any(200, 204)"_s << shop << true << u"200"_s;
    QTest::newRow("status any fails") << u"[STATUS] == any(200, 204)"_s << down << false << u"503"_s;
    QTest::newRow("status not any") << u"[STATUS] != any(500, 502, 503)"_s << shop << true << u"200"_s;
    QTest::newRow("status not any fails") << u"[STATUS] != any(500,502,503)"_s << down << false << u"503"_s;
    QTest::newRow("status pattern") << u"[STATUS] == pat(2*)"_s << shop << true << u"200"_s;
    QTest::newRow("status pattern fails") << u"[STATUS] == pat(2*)"_s << down << false << u"503"_s;

    // [RESPONSE_TIME], in milliseconds
    QTest::newRow("response time over budget") << u"[RESPONSE_TIME] < 800"_s << shop << false << u"812"_s;
    QTest::newRow("response time within budget") << u"[RESPONSE_TIME] < 1000"_s << shop << true << u"812"_s;
    QTest::newRow("response time at bound") << u"[RESPONSE_TIME] <= 812"_s << shop << true << u"812"_s;
    QTest::newRow("response time against a duration") << u"[RESPONSE_TIME] < 1s"_s << shop << true << u"812"_s;
    QTest::newRow("response time against ms") << u"[RESPONSE_TIME] > 500ms"_s << shop << true << u"812"_s;
    QTest::newRow("fractional response time") << u"[RESPONSE_TIME] < 31"_s << down << false << u"31.5"_s;
    QTest::newRow("slow response time in whole ms") << u"[RESPONSE_TIME] < 800"_s << u"slow"_s << false << u"1562"_s;

    // [BODY] with JSON paths
    QTest::newRow("body string") << u"[BODY].shop.plan_name == enterprise"_s << shop << true << u"enterprise"_s;
    QTest::newRow("body string is case-sensitive")
        << u"[BODY].shop.plan_name == Enterprise"_s << shop << false << u"enterprise"_s;
    QTest::newRow("body string not equal") << u"[BODY].shop.plan_name != frozen"_s << shop << true << u"enterprise"_s;
    QTest::newRow("body integer") << u"[BODY].shop.id == 548380009"_s << shop << true << u"548380009"_s;
    QTest::newRow("body integer greater") << u"[BODY].shop.id > 0"_s << shop << true << u"548380009"_s;
    QTest::newRow("body array element") << u"[BODY].data[0].id == 1"_s << shop << true << u"1"_s;
    QTest::newRow("body second element") << u"[BODY].data[1].name == b"_s << shop << true << u"b"_s;
    QTest::newRow("body index out of range") << u"[BODY].data[2].id == 3"_s << shop << false << u"no such path"_s;
    QTest::newRow("body missing key") << u"[BODY].shop.missing == x"_s << shop << false << u"no such path"_s;
    QTest::newRow("missing key never satisfies !=")
        << u"[BODY].shop.missing != x"_s << shop << false << u"no such path"_s;
    QTest::newRow("key into a string") << u"[BODY].shop.name.first == x"_s << shop << false << u"no such path"_s;
    QTest::newRow("key into an array") << u"[BODY].data.id == 1"_s << shop << false << u"no such path"_s;
    QTest::newRow("index into an object") << u"[BODY].shop[0] == 1"_s << shop << false << u"no such path"_s;
    QTest::newRow("body false") << u"[BODY].shop.password_enabled == false"_s << shop << true << u"false"_s;
    QTest::newRow("body false is not true") << u"[BODY].shop.password_enabled == true"_s << shop << false << u"false"_s;
    QTest::newRow("numeric string equals number") << u"[BODY].count == 7"_s << shop << true << u"7"_s;
    QTest::newRow("numeric string ordered") << u"[BODY].count > 5"_s << shop << true << u"7"_s;
    QTest::newRow("body fraction") << u"[BODY].ratio < 0.5"_s << shop << true << u"0.25"_s;
    QTest::newRow("body fraction without leading zero") << u"[BODY].ratio == .25"_s << shop << true << u"0.25"_s;
    QTest::newRow("body null") << u"[BODY].nothing == null"_s << shop << true << u"null"_s;
    QTest::newRow("body empty array, quoted") << u"[BODY].shop.tags == \"[]\""_s << shop << true << u"[]"_s;
    QTest::newRow("body object as JSON") << u"[BODY].data[0] == x"_s << shop << false << uR"({"id":1,"name":"a"})"_s;
    QTest::newRow("literal with spaces") << u"[BODY].shop.name == John Smith Test Store"_s << shop << true
                                         << u"John Smith Test Store"_s;
    QTest::newRow("quoted literal") << u"[BODY].shop.name == \"John Smith Test Store\""_s << shop << true
                                    << u"John Smith Test Store"_s;
    QTest::newRow("pattern with star") << u"[BODY].shop.name == pat(John*Store)"_s << shop << true
                                       << u"John Smith Test Store"_s;
    QTest::newRow("pattern not matching")
        << u"[BODY].shop.name == pat(*Shop*)"_s << shop << false << u"John Smith Test Store"_s;
    QTest::newRow("negated pattern") << u"[BODY].shop.name != pat(*Shop*)"_s << shop << true
                                     << u"John Smith Test Store"_s;
    QTest::newRow("pattern with question mark")
        << u"[BODY].shop.plan_name == pat(enterpris?)"_s << shop << true << u"enterprise"_s;
    QTest::newRow("question mark needs a character")
        << u"[BODY].shop.plan_name == pat(enterprise?)"_s << shop << false << u"enterprise"_s;
    QTest::newRow("body any") << u"[BODY].shop.plan_name == any(basic, shopify, enterprise)"_s << shop << true
                              << u"enterprise"_s;
    QTest::newRow("body any fails") << u"[BODY].shop.plan_name == any(basic, shopify)"_s << shop << false
                                    << u"enterprise"_s;
    QTest::newRow("ordering strings is false") << u"[BODY].shop.plan_name < zzz"_s << shop << false << u"enterprise"_s;
    QTest::newRow("ordering string against number")
        << u"[BODY].shop.plan_name > 5"_s << shop << false << u"enterprise"_s;
    QTest::newRow("placeholders on both sides") << u"[BODY].data[0].id < [BODY].data[1].id"_s << shop << true << u"1"_s;
    QTest::newRow("placeholders on both sides differ")
        << u"[BODY].data[0].id == [BODY].data[1].id"_s << shop << false << u"1"_s;
    QTest::newRow("top-level array") << u"[BODY][0].x == 1"_s << u"array"_s << true << u"1"_s;
    QTest::newRow("top-level array second") << u"[BODY][1].x == 1"_s << u"array"_s << false << u"2"_s;
    QTest::newRow("invalid JSON") << u"[BODY].x == 1"_s << down << false << u"invalid JSON"_s;
    QTest::newRow("whole body, trailing newline ignored") << u"[BODY] == pong"_s << u"plain"_s << true << u"pong"_s;
    QTest::newRow("whole body pattern") << u"[BODY] == pat(po*)"_s << u"plain"_s << true << u"pong"_s;
    QTest::newRow("long actual is shortened")
        << u"[BODY] == x"_s << u"long"_s << false << QString(200, u'a') + u'\u2026';

    // [HEADER]
    QTest::newRow("header pattern") << u"[HEADER].Content-Type == pat(application/json*)"_s << shop << true
                                    << u"application/json; charset=utf-8"_s;
    QTest::newRow("header name is case-insensitive")
        << u"[HEADER].content-type == pat(application/json*)"_s << shop << true << u"application/json; charset=utf-8"_s;
    QTest::newRow("header exact") << u"[HEADER].X-Shopify-Shop-Api-Call-Limit == 39/40"_s << shop << true << u"39/40"_s;
    QTest::newRow("header numeric") << u"[HEADER].Retry-After > 60"_s << down << true << u"120"_s;
    QTest::newRow("header missing") << u"[HEADER].Retry-After == 5"_s << shop << false << u"no such header"_s;
    QTest::newRow("has header false") << u"has([HEADER].Retry-After) == false"_s << shop << true << u"false"_s;
    QTest::newRow("has header on its own") << u"has([HEADER].content-type)"_s << shop << true << u"true"_s;
    QTest::newRow("len of header") << u"len([HEADER].X-Shopify-Shop-Api-Call-Limit) == 5"_s << shop << true << u"5"_s;

    // has() and len()
    QTest::newRow("has on its own") << u"has([BODY].shop)"_s << shop << true << u"true"_s;
    QTest::newRow("has on its own, missing") << u"has([BODY].shop.missing)"_s << shop << false << u"false"_s;
    QTest::newRow("has compared with false") << u"has([BODY].shop.missing) == false"_s << shop << true << u"false"_s;
    QTest::newRow("has null value") << u"has([BODY].nothing) == true"_s << shop << true << u"true"_s;
    QTest::newRow("has not equal") << u"has([BODY].shop) != true"_s << shop << false << u"true"_s;
    QTest::newRow("has on invalid JSON") << u"has([BODY].x) == false"_s << down << true << u"false"_s;
    QTest::newRow("has whole body when empty") << u"has([BODY]) == false"_s << u"empty"_s << true << u"false"_s;
    QTest::newRow("len of array") << u"len([BODY].data) == 2"_s << shop << true << u"2"_s;
    QTest::newRow("len of array at least") << u"len([BODY].data) >= 1"_s << shop << true << u"2"_s;
    QTest::newRow("len of empty array") << u"len([BODY].shop.tags) > 0"_s << shop << false << u"0"_s;
    QTest::newRow("len of object") << u"len([BODY].shop) == 5"_s << shop << true << u"5"_s;
    QTest::newRow("len of string") << u"len([BODY].shop.plan_name) == 10"_s << shop << true << u"10"_s;
    QTest::newRow("len of missing") << u"len([BODY].missing) == 0"_s << shop << false << u"no such path"_s;
    QTest::newRow("len on invalid JSON") << u"len([BODY].x) == 0"_s << down << false << u"invalid JSON"_s;
    QTest::newRow("len with inner spaces") << u"len( [BODY].data ) == 2"_s << shop << true << u"2"_s;
    QTest::newRow("len of top-level array") << u"len([BODY]) == 2"_s << u"array"_s << true << u"2"_s;
    QTest::newRow("len of plain body") << u"len([BODY]) == 4"_s << u"plain"_s << true << u"4"_s;

    // [CERTIFICATE_EXPIRATION], in seconds, against durations
    QTest::newRow("cert far from expiry") << u"[CERTIFICATE_EXPIRATION] > 72h"_s << shop << true << u"30d"_s;
    QTest::newRow("cert exactly at bound") << u"[CERTIFICATE_EXPIRATION] > 30d"_s << shop << false << u"30d"_s;
    QTest::newRow("cert at bound inclusive") << u"[CERTIFICATE_EXPIRATION] >= 30d"_s << shop << true << u"30d"_s;
    QTest::newRow("cert against seconds") << u"[CERTIFICATE_EXPIRATION] > 259200"_s << shop << true << u"30d"_s;
    QTest::newRow("cert expiring soon") << u"[CERTIFICATE_EXPIRATION] > 72h"_s << u"expiring"_s << false << u"2d3h"_s;
    QTest::newRow("cert expired") << u"[CERTIFICATE_EXPIRATION] > 0s"_s << u"expired"_s << false << u"-1h"_s;
    QTest::newRow("no certificate") << u"[CERTIFICATE_EXPIRATION] > 72h"_s << down << false << u"no certificate"_s;
}

void TestCondition::evaluates()
{
    QFETCH(QString, condition);
    QFETCH(QString, responseName);
    QFETCH(bool, holds);
    QFETCH(QString, actual);

    const Result<Condition> parsed = Condition::parse(condition);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const Condition::Evaluation evaluation = parsed->evaluate(response(responseName));
    QCOMPARE(evaluation.actual, actual);
    QCOMPARE(evaluation.holds, holds);
}

void TestCondition::rejectsInvalid_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << qsizetype{0} << u"empty condition"_s;
    QTest::newRow("only spaces") << u"   "_s << qsizetype{3} << u"empty condition"_s;
    QTest::newRow("misspelt placeholder") << u"[STATU] == 200"_s << qsizetype{0}
                                          << u"unknown placeholder '[STATU]' (expected [STATUS], [RESPONSE_TIME]"_s;
    QTest::newRow("lower-case placeholder")
        << u"  [status] == 200"_s << qsizetype{2} << u"unknown placeholder '[status]'"_s;
    QTest::newRow("unclosed placeholder") << u"[STATUS == 200"_s << qsizetype{0} << u"expected ']'"_s;
    QTest::newRow("missing operator") << u"[STATUS] 200"_s << qsizetype{9}
                                      << u"expected an operator (==, !=, <, <=, >, >=) at '200'"_s;
    QTest::newRow("single equals") << u"[STATUS] = 200"_s << qsizetype{9} << u"did you mean '=='"_s;
    QTest::newRow("nothing after placeholder") << u"[STATUS]"_s << qsizetype{8} << u"expected an operator"_s;
    QTest::newRow("nothing after operator") << u"[STATUS] =="_s << qsizetype{11} << u"expected a value"_s;
    QTest::newRow("only spaces after operator") << u"[STATUS] ==   "_s << qsizetype{14} << u"expected a value"_s;
    QTest::newRow("no operand before operator") << u"== 200"_s << qsizetype{0} << u"expected a placeholder"_s;
    QTest::newRow("empty key") << u"[BODY]. == 1"_s << qsizetype{7} << u"expected a key after '.'"_s;
    QTest::newRow("non-numeric index") << u"[BODY].data[x] == 1"_s << qsizetype{12} << u"expected an array index"_s;
    QTest::newRow("unclosed index") << u"[BODY].data[0 == 1"_s << qsizetype{13}
                                    << u"expected ']' after the array index"_s;
    QTest::newRow("header without name") << u"[HEADER] == x"_s << qsizetype{8} << u"expected a header name"_s;
    QTest::newRow("header with empty name") << u"[HEADER]. == x"_s << qsizetype{9} << u"expected a header name"_s;
    QTest::newRow("field of status") << u"[STATUS].code == 200"_s << qsizetype{8} << u"[STATUS] has no fields"_s;
    QTest::newRow("status against a word")
        << u"[STATUS] == OK"_s << qsizetype{12} << u"expected a number to compare [STATUS] with, found 'OK'"_s;
    QTest::newRow("status against a reason phrase")
        << u"[STATUS] == 200 OK"_s << qsizetype{12} << u"expected a number"_s;
    QTest::newRow("word inside any") << u"[STATUS] == any(200, OK)"_s << qsizetype{21} << u"found 'OK'"_s;
    QTest::newRow("empty item in any") << u"[STATUS] == any(200, , 204)"_s << qsizetype{21} << u"expected a value"_s;
    QTest::newRow("unclosed any") << u"[STATUS] == any(200, 204"_s << qsizetype{24} << u"expected ')' to close any()"_s;
    QTest::newRow("any with ordering") << u"[STATUS] < any(200, 204)"_s << qsizetype{9}
                                       << u"any() can only be used with == or !="_s;
    QTest::newRow("pattern with ordering")
        << u"[BODY].x > pat(a*)"_s << qsizetype{9} << u"pat() can only be used with == or !="_s;
    QTest::newRow("response time against a word")
        << u"[RESPONSE_TIME] < fast"_s << qsizetype{18} << u"expected a number or a duration"_s;
    QTest::newRow("response time against a bad unit")
        << u"[RESPONSE_TIME] < 5x"_s << qsizetype{18} << u"expected a number or a duration"_s;
    QTest::newRow("certificate against a word")
        << u"[CERTIFICATE_EXPIRATION] > soon"_s << qsizetype{27} << u"a duration such as 72h or 30d"_s;
    QTest::newRow("len against a word") << u"len([BODY].items) >= many"_s << qsizetype{21}
                                        << u"expected a number to compare len() with"_s;
    QTest::newRow("has against a word") << u"has([BODY].x) == yes"_s << qsizetype{17} << u"expected true or false"_s;
    QTest::newRow("has with ordering") << u"has([BODY].x) > 1"_s << qsizetype{14}
                                       << u"has() can only be compared with == or !="_s;
    QTest::newRow("len of status") << u"len([STATUS]) == 3"_s << qsizetype{4}
                                   << u"len() works on [BODY] and [HEADER]"_s;
    QTest::newRow("len of a literal") << u"len(200) == 3"_s << qsizetype{4} << u"expected a placeholder inside len()"_s;
    QTest::newRow("unclosed len") << u"len([BODY].items == 3"_s << qsizetype{17} << u"expected ')' to close len()"_s;
    QTest::newRow("unknown function") << u"length([BODY].items) == 3"_s << qsizetype{0}
                                      << u"unknown function 'length'"_s;
    QTest::newRow("any on the left") << u"any(1,2) == [STATUS]"_s << qsizetype{0}
                                     << u"only allowed on the right-hand side"_s;
    QTest::newRow("text after right placeholder")
        << u"[STATUS] == [BODY].x extra"_s << qsizetype{21} << u"unexpected 'extra'"_s;
    QTest::newRow("unclosed right placeholder") << u"[BODY].a == [BODY"_s << qsizetype{12} << u"expected ']'"_s;
}

void TestCondition::rejectsInvalid()
{
    QFETCH(QString, condition);
    QFETCH(qsizetype, position);
    QFETCH(QString, messagePart);

    const Result<Condition> parsed = Condition::parse(condition);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, position);
}

void TestCondition::keepsTextAndSharesCopies()
{
    const QString text = u"  [STATUS] == 200 "_s;
    const Result<Condition> parsed = Condition::parse(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->text(), text);

    const Condition copy = *parsed;
    QCOMPARE(copy, *parsed);
    ResponseFacts down;
    down.status = 503;
    QCOMPARE(copy.evaluate(down), (Condition::Evaluation{false, u"503"_s}));
    QCOMPARE(parsed->evaluate(shopResponse()), (Condition::Evaluation{true, u"200"_s}));
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestCondition)
#include "tst_condition.moc"
