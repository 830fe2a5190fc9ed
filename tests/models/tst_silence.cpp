#include "silence.h"

#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

using Labels = QMap<QString, QString>;
Q_DECLARE_METATYPE(gw::Silence)
Q_DECLARE_METATYPE(gw::Silence::State)

namespace {

const Labels shopifyDown{{u"alertname"_s, u"shopify-down"_s},
                         {u"severity"_s, u"critical"_s},
                         {u"integration"_s, u"shopify"_s},
                         {u"team"_s, u"commerce"_s}};

Silence silenceOf(const QString &matchers, qint64 starts = 1000, qint64 ends = 2000)
{
    Silence silence;
    silence.id = u"s1"_s;
    const Result<QList<LabelMatcher>> parsed = LabelMatcher::parseList(matchers);
    if (parsed)
        silence.matchers = *parsed;
    silence.startsAtMs = starts;
    silence.endsAtMs = ends;
    silence.createdBy = u"ops"_s;
    return silence;
}

} // namespace

class tst_Silence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matcher_data();
    void matcher();
    void parseErrors_data();
    void parseErrors();
    void roundTrip();
    void states_data();
    void states();
    void problems_data();
    void problems();
    void silencing();
    void matchersForOneAlert_data();
    void matchersForOneAlert();
};

// Alertmanager's matcher semantics: a missing label is the empty string, regexes are anchored.
void tst_Silence::matcher_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<bool>("matches");

    QTest::newRow("equal") << u"team=\"commerce\""_s << shopifyDown << true;
    QTest::newRow("equal, bare value") << u"team=commerce"_s << shopifyDown << true;
    QTest::newRow("equal, other value") << u"team=\"support\""_s << shopifyDown << false;
    QTest::newRow("equal empty matches a missing label") << u"region=\"\""_s << shopifyDown << true;
    QTest::newRow("equal empty, label present") << u"team=\"\""_s << shopifyDown << false;
    QTest::newRow("not equal") << u"severity!=info"_s << shopifyDown << true;
    QTest::newRow("not equal, same") << u"severity!=\"critical\""_s << shopifyDown << false;
    QTest::newRow("not equal, missing label") << u"region!=\"eu\""_s << shopifyDown << true;
    QTest::newRow("regex") << u"alertname=~\"shopify-.*\""_s << shopifyDown << true;
    QTest::newRow("regex is anchored at the start") << u"alertname=~\"down\""_s << shopifyDown << false;
    QTest::newRow("regex is anchored at the end") << u"alertname=~\"shopify\""_s << shopifyDown << false;
    QTest::newRow("regex alternation is anchored as a whole") << u"integration=~\"shop|stripe\""_s << shopifyDown
                                                              << false;
    QTest::newRow("regex alternation") << u"integration=~\"shopify|stripe\""_s << shopifyDown << true;
    QTest::newRow("not regex") << u"severity!~\"info|warning\""_s << shopifyDown << true;
    QTest::newRow("not regex, matching") << u"severity!~\"crit.*\""_s << shopifyDown << false;
    QTest::newRow("regex .* matches a missing label") << u"region=~\".*\""_s << shopifyDown << true;
    QTest::newRow("regex .+ does not match a missing label") << u"region=~\".+\""_s << shopifyDown << false;
    QTest::newRow("spaces around") << u"  team  =  \"commerce\"  "_s << shopifyDown << true;
    QTest::newRow("escaped quote") << u"note=\"say \\\"hi\\\"\""_s << Labels{{u"note"_s, u"say \"hi\""_s}} << true;
    QTest::newRow("escaped newline") << u"note=\"a\\nb\""_s << Labels{{u"note"_s, u"a\nb"_s}} << true;
}

void tst_Silence::matcher()
{
    QFETCH(QString, text);
    QFETCH(Labels, labels);
    QFETCH(bool, matches);
    const Result<LabelMatcher> matcher = LabelMatcher::parse(text);
    QVERIFY2(matcher, qPrintable(matcher ? QString() : matcher.error().message));
    QCOMPARE(matcher->matches(labels), matches);
}

void tst_Silence::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << u""_s << qsizetype(0) << u"no matchers"_s;
    QTest::newRow("braces only") << u"{}"_s << qsizetype(0) << u"no matchers"_s;
    QTest::newRow("no operator") << u"team commerce"_s << qsizetype(5) << u"expected =, !=, =~ or !~"_s;
    QTest::newRow("name starts with a digit") << u"1team=\"a\""_s << qsizetype(0) << u"label name"_s;
    QTest::newRow("unclosed quote") << u"team=\"commerce"_s << qsizetype(5) << u"not closed"_s;
    QTest::newRow("bad regex") << u"team=~\"(comm\""_s << qsizetype(6) << u"not a valid regular expression"_s;
    QTest::newRow("unclosed brace") << u"{team=\"a\""_s << qsizetype(9) << u"expected }"_s;
    QTest::newRow("missing comma") << u"team=\"a\" severity=\"b\""_s << qsizetype(9) << u"expected a comma"_s;
    QTest::newRow("text after braces") << u"{team=\"a\"} x"_s << qsizetype(11) << u"unexpected text"_s;
}

void tst_Silence::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);
    const Result<QList<LabelMatcher>> parsed = LabelMatcher::parseList(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, position);
}

void tst_Silence::roundTrip()
{
    const Result<QList<LabelMatcher>> parsed =
        LabelMatcher::parseList(u"{alertname=~\"shopify-.*\", team = commerce ,note!=\"a, \\\"b\\\"\"}"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 3);
    const QString text = matchersText(*parsed);
    QCOMPARE(text, u"{alertname=~\"shopify-.*\", team=\"commerce\", note!=\"a, \\\"b\\\"\"}"_s);
    const Result<QList<LabelMatcher>> again = LabelMatcher::parseList(text);
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
}

void tst_Silence::states_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<Silence::State>("state");
    QTest::addColumn<bool>("silences");

    QTest::newRow("before the start") << qint64(999) << Silence::State::Pending << false;
    QTest::newRow("at the start") << qint64(1000) << Silence::State::Active << true;
    QTest::newRow("during") << qint64(1500) << Silence::State::Active << true;
    QTest::newRow("at the end") << qint64(2000) << Silence::State::Expired << false;
    QTest::newRow("after") << qint64(5000) << Silence::State::Expired << false;
}

void tst_Silence::states()
{
    QFETCH(qint64, now);
    QFETCH(Silence::State, state);
    QFETCH(bool, silences);
    const Silence silence = silenceOf(u"team=\"commerce\""_s);
    QCOMPARE(silence.state(now), state);
    QCOMPARE(silence.silences(shopifyDown, now), silences);
}

void tst_Silence::problems_data()
{
    QTest::addColumn<Silence>("silence");
    QTest::addColumn<QString>("mentions"); // empty: none

    QTest::newRow("fine") << silenceOf(u"team=\"commerce\""_s) << QString();
    QTest::newRow("no matchers") << silenceOf(u""_s) << u"at least one matcher"_s;
    QTest::newRow("matches everything, empty equal") << silenceOf(u"team=\"\""_s) << u"match every alert"_s;
    QTest::newRow("matches everything, .*") << silenceOf(u"team=~\".*\", a!=\"x\""_s) << u"match every alert"_s;
    QTest::newRow("one matcher needs a value") << silenceOf(u"team=~\".*\", a=\"x\""_s) << QString();
    QTest::newRow("ends before it starts") << silenceOf(u"a=\"x\""_s, 2000, 1000) << u"end after"_s;
    Silence anonymous = silenceOf(u"a=\"x\""_s);
    anonymous.createdBy = u" "_s;
    QTest::newRow("no author") << anonymous << u"who created"_s;
}

void tst_Silence::problems()
{
    QFETCH(Silence, silence);
    QFETCH(QString, mentions);
    const std::optional<QString> problem = Silence::problem(silence);
    if (mentions.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    } else {
        QVERIFY(problem);
        QVERIFY2(problem->contains(mentions), qPrintable(*problem));
    }
}

void tst_Silence::silencing()
{
    Silence team = silenceOf(u"team=\"commerce\""_s);
    team.id = u"team"_s;
    Silence other = silenceOf(u"team=\"support\""_s);
    other.id = u"other"_s;
    Silence later = silenceOf(u"alertname=\"shopify-down\""_s, 5000, 6000);
    later.id = u"later"_s;
    const QList<Silence> all{team, other, later};
    QCOMPARE(gw::silencing(all, shopifyDown, 1500), QStringList{u"team"_s});
    QCOMPARE(gw::silencing(all, shopifyDown, 5500), QStringList{u"later"_s});
    QCOMPARE(gw::silencing(all, shopifyDown, 3000), QStringList());
    QCOMPARE(gw::silencing(all, {}, 1500), QStringList());
}

void tst_Silence::matchersForOneAlert_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with its integration") << u"shopify-down"_s << shopifyDown
                                          << uR"({alertname="shopify-down", integration="shopify"})"_s;
    QTest::newRow("without one") << u"local-network"_s << Labels{{u"severity"_s, u"critical"_s}}
                                 << uR"({alertname="local-network"})"_s;
    QTest::newRow("an empty integration") << u"x"_s << Labels{{u"integration"_s, QString()}} << uR"({alertname="x"})"_s;
    QTest::newRow("quotes in the name") << uR"(say "hi")"_s << Labels{} << uR"({alertname="say \"hi\""})"_s;
}

void tst_Silence::matchersForOneAlert()
{
    QFETCH(QString, rule);
    QFETCH(Labels, labels);
    QFETCH(QString, expected);
    const QList<LabelMatcher> matchers = matchersFor(rule, labels);
    QCOMPARE(matchersText(matchers), expected);
    // They silence that alert.
    AlertLabels alert = labels;
    alert.insert(u"alertname"_s, rule);
    for (const LabelMatcher &matcher : matchers)
        QVERIFY(matcher.matches(alert));
}

QTEST_APPLESS_MAIN(tst_Silence)
#include "tst_silence.moc"
