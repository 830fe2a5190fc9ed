#include "duration.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace gw {

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidSpellings_data();
    void parsesValidSpellings();
    void formatsCanonically_data();
    void formatsCanonically();
    void roundTrips_data();
    void roundTrips();
    void rejectsInvalid_data();
    void rejectsInvalid();
};

void TestDuration::parsesValidSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("milliseconds") << u"500ms"_s << qint64{500};
    QTest::newRow("seconds") << u"10s"_s << qint64{10'000};
    QTest::newRow("minutes") << u"5m"_s << qint64{300'000};
    QTest::newRow("hours") << u"1h"_s << qint64{3'600'000};
    QTest::newRow("days") << u"2d"_s << qint64{172'800'000};
    QTest::newRow("zero seconds") << u"0s"_s << qint64{0};
    QTest::newRow("zero milliseconds") << u"0ms"_s << qint64{0};
    QTest::newRow("hours and minutes") << u"1h30m"_s << qint64{5'400'000};
    QTest::newRow("every unit") << u"1d2h3m4s5ms"_s << qint64{93'784'005};
    QTest::newRow("seconds and milliseconds") << u"1s500ms"_s << qint64{1'500};
    QTest::newRow("units out of order add up") << u"30m1h"_s << qint64{5'400'000};
    QTest::newRow("leading spaces") << u"  30s"_s << qint64{30'000};
    QTest::newRow("trailing spaces") << u"30s  "_s << qint64{30'000};
    QTest::newRow("tabs and newline around") << u"\t5m\n"_s << qint64{300'000};
    QTest::newRow("leading zeros") << u"007s"_s << qint64{7'000};
    QTest::newRow("large but representable") << u"100000d"_s << qint64{8'640'000'000'000};
    QTest::newRow("thirty days") << u"30d"_s << qint64{2'592'000'000};
}

void TestDuration::parsesValidSpellings()
{
    QFETCH(QString, text);
    QFETCH(qint64, expectedMs);

    const Result<milliseconds> result = parseDuration(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->count(), expectedMs);
}

void TestDuration::formatsCanonically_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");

    // The three examples from duration.h, then hand-computed ones.
    QTest::newRow("sub-second stays in ms") << qint64{1'500} << u"1500ms"_s;
    QTest::newRow("minute and a half") << qint64{90'000} << u"1m30s"_s;
    QTest::newRow("zero") << qint64{0} << u"0s"_s;
    QTest::newRow("half a second") << qint64{500} << u"500ms"_s;
    QTest::newRow("ten seconds") << qint64{10'000} << u"10s"_s;
    QTest::newRow("one hour") << qint64{3'600'000} << u"1h"_s;
    QTest::newRow("one day") << qint64{86'400'000} << u"1d"_s;
    QTest::newRow("day and a half") << qint64{129'600'000} << u"1d12h"_s;
    QTest::newRow("gaps are skipped") << qint64{86'400'000 + 5'000} << u"1d5s"_s;
    QTest::newRow("every unit but ms") << qint64{93'784'000} << u"1d2h3m4s"_s;
    QTest::newRow("negative") << qint64{-90'000} << u"-1m30s"_s;
}

void TestDuration::formatsCanonically()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(formatDuration(milliseconds(ms)), expected);
}

void TestDuration::roundTrips_data()
{
    QTest::addColumn<qint64>("ms");

    for (const qint64 ms :
         {qint64{0}, qint64{1}, qint64{999}, qint64{1'000}, qint64{1'001}, qint64{59'000}, qint64{60'000},
          qint64{3'599'000}, qint64{86'399'999}, qint64{93'784'005}, qint64{604'800'000}, qint64{8'640'000'000'000}}) {
        QTest::addRow("%lld ms", static_cast<long long>(ms)) << ms;
    }
}

void TestDuration::roundTrips()
{
    QFETCH(qint64, ms);
    const QString text = formatDuration(milliseconds(ms));
    const Result<milliseconds> parsed = parseDuration(text);
    QVERIFY2(parsed.ok(), qPrintable(text));
    QCOMPARE(parsed->count(), ms);
}

void TestDuration::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << qsizetype{0} << u"empty"_s;
    QTest::newRow("only spaces") << u"   "_s << qsizetype{3} << u"empty"_s;
    QTest::newRow("bare number") << u"30"_s << qsizetype{2} << u"use ms, s, m, h or d"_s;
    QTest::newRow("bare number after a component") << u"1h30"_s << qsizetype{4} << u"missing unit"_s;
    QTest::newRow("unknown unit") << u"5x"_s << qsizetype{1} << u"unknown unit 'x' in '5x' (use ms, s, m, h or d)"_s;
    QTest::newRow("unknown long unit") << u"3weeks"_s << qsizetype{1} << u"unknown unit 'weeks'"_s;
    QTest::newRow("upper-case unit") << u"5S"_s << qsizetype{1} << u"unknown unit 'S'"_s;
    QTest::newRow("unknown unit after spaces") << u"  5x"_s << qsizetype{3} << u"unknown unit 'x'"_s;
    QTest::newRow("negative") << u"-5s"_s << qsizetype{0} << u"negative"_s;
    QTest::newRow("negative after spaces") << u" -5s"_s << qsizetype{1} << u"negative"_s;
    QTest::newRow("fraction") << u"1.5h"_s << qsizetype{1} << u"fractions"_s;
    QTest::newRow("unit without number") << u"h"_s << qsizetype{0} << u"expected a number"_s;
    QTest::newRow("space inside") << u"1h 30m"_s << qsizetype{2} << u"space"_s;
    QTest::newRow("symbol as unit") << u"5%"_s << qsizetype{1} << u"unknown unit '%'"_s;
    QTest::newRow("number overflows") << u"99999999999999999999ms"_s << qsizetype{0} << u"too large"_s;
    QTest::newRow("unit overflows") << u"9999999999999999d"_s << qsizetype{0} << u"too large"_s;
    QTest::newRow("sum overflows") << u"9223372036854775807ms1s"_s << qsizetype{21} << u"too large"_s;
}

void TestDuration::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, messagePart);

    const Result<milliseconds> result = parseDuration(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QCOMPARE(result.error().position, position);
}

} // namespace gw

QTEST_GUILESS_MAIN(gw::TestDuration)
#include "tst_duration.moc"
