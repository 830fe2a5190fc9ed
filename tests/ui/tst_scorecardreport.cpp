#include "scorecardreport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;

qint64 utc(int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

const Period november{utc(1), QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()};

QList<Criterion> criteria(std::initializer_list<std::optional<double>> scores)
{
    static const QStringList names{u"availability"_s, u"latency"_s, u"errors"_s,
                                   u"incidents"_s,    u"cost"_s,    u"support"_s};
    static const QList<double> weights{0.35, 0.2, 0.15, 0.15, 0.1, 0.05};
    QList<Criterion> result;
    double present = 0;
    qsizetype i = 0;
    for (const std::optional<double> &score : scores) {
        if (score)
            present += weights[i];
        ++i;
    }
    i = 0;
    for (const std::optional<double> &score : scores) {
        Criterion criterion{names[i], score, weights[i]};
        if (score) {
            criterion.share = weights[i] / present;
            criterion.contribution = criterion.share * *score;
        }
        result.append(criterion);
        ++i;
    }
    return result;
}

QList<QPair<qint64, std::optional<double>>> daily(const std::function<std::optional<double>(int)> &value)
{
    QList<QPair<qint64, std::optional<double>>> days;
    for (int day = 1; day <= 30; ++day)
        days.append({utc(day), value(day)});
    return days;
}

// The worked example of docs/scorecards.md: misses its SLA and owes a 10 % credit.
VendorReview acme()
{
    VendorReview v;
    v.vendor.id = u"acme"_s;
    v.vendor.name = u"Acme Payments"_s;
    v.vendor.contract.availabilityPct = 99.9;
    v.vendor.contract.p95Latency = std::chrono::milliseconds(300);
    v.vendor.contract.credits = {{99.9, 10}, {99.0, 25}};
    VendorCost cost;
    cost.currency = u"USD"_s;
    cost.monthlyFee = 1000;
    cost.included = {{u"requests"_s, 1'000'000}};
    cost.overage = {{u"requests"_s, 0.001}};
    cost.budget = 1200;
    v.vendor.cost = cost;
    v.vendor.supportTier = u"Premium"_s;
    v.vendor.supportRating = 4;
    v.vendor.escalation = {
        {AlertSeverity::Critical, u"Acme NOC"_s, u"+1 555 0100"_s, std::chrono::minutes(15)},
        {AlertSeverity::Warning, u"Acme support desk"_s, u"https://support.acme.example/new?auth=hunter2"_s,
         std::chrono::hours(4)},
    };

    Scorecard &c = v.scorecard;
    c.vendor = u"acme"_s;
    c.vendorName = u"Acme Payments"_s;
    c.period = november;
    c.monitoredMs = 43'020 * minuteMs;
    c.downMs = 60.0 * minuteMs;
    c.excludedOfflineMs = 60 * minuteMs;
    c.excludedMaintenanceMs = 120 * minuteMs;
    c.exclusions = {{utc(5), utc(5, 1), Exclusion::Reason::Offline, QString()},
                    {utc(20, 2), utc(20, 4), Exclusion::Reason::Maintenance, u"Database upgrade"_s}};
    c.availabilityPct = 99.8605;
    c.slaTargetPct = 99.9;
    c.slaMet = false;
    c.creditPct = 10;
    c.creditAmount = 100;
    c.monthly = {{november, c.monitoredMs, c.downMs, 99.8605, false, 10}};
    c.p95Ms = 120;
    c.p95TargetMs = 300;
    c.p95Met = true;
    c.attempts = 43'200;
    c.failures = 60;
    c.errorRatePct = 0.139;
    c.rateLimitedPct = 0;
    c.minQuotaHeadroomPct = 12.5;
    c.incidents = 1;
    c.mttaMin = 6;
    c.mttrMin = 75;
    c.declared = {{u"Elevated API errors"_s, u"minor"_s, utc(10, 8, 5), utc(10, 9, 10)}};
    c.webhookDeliveries = 2000;
    c.webhookDelivered = 1990;
    c.signatureFailures = 3;
    c.webhookDeliveryPct = 99.5;
    c.usage = {{u"requests"_s, 1'250'000}};
    c.currency = u"USD"_s;
    c.months = 1;
    c.cost = 1250;
    c.budget = 1200;
    c.overBudget = true;
    c.supportRating = 4;
    c.score = 4.661;
    c.trend = 0.461;
    c.criteria = criteria({4.781, 5, 4.861, 4, 4.583, 4});

    v.dailyAvailability = daily([](int day) -> std::optional<double> {
        if (day == 10)
            return 95.8333;
        if (day == 5)
            return std::nullopt; // offline that night: no data in the daily series
        return 100.0;
    });
    v.dailyP95Ms = daily([](int day) -> std::optional<double> { return 110.0 + (day % 7) * 3; });
    v.note = ScorecardNote{};
    v.note->notes = u"Claim the November credit by 15 December; ticket at https://acme.example/claims?token=s3cr3t#top.\n\n"
                    u"Root cause report promised for the database upgrade; status history at "
                    u"www.acme-status.example/history?sig=abc123."_s;
    return v;
}

// Meets its availability target but not its latency target; in euros.
VendorReview beta()
{
    VendorReview v;
    v.vendor.id = u"beta"_s;
    v.vendor.name = u"Beta Cloud"_s;
    v.vendor.contract.availabilityPct = 99.9;
    v.vendor.contract.p95Latency = std::chrono::milliseconds(300);
    v.vendor.contract.credits = {{99.9, 5}};
    VendorCost cost;
    cost.currency = u"EUR"_s;
    cost.monthlyFee = 800;
    cost.budget = 900;
    v.vendor.cost = cost;
    v.vendor.supportTier = u"Business"_s;
    v.vendor.escalation = {{AlertSeverity::Critical, u"Beta on-call"_s, u"email"_s, std::chrono::minutes(30)}};

    Scorecard &c = v.scorecard;
    c.vendor = u"beta"_s;
    c.vendorName = u"Beta Cloud"_s;
    c.period = november;
    c.monitoredMs = 43'200 * minuteMs;
    c.downMs = 21.6 * minuteMs;
    c.availabilityPct = 99.95;
    c.slaTargetPct = 99.9;
    c.slaMet = true;
    c.creditPct = 0;
    c.creditAmount = 0;
    c.monthly = {{november, c.monitoredMs, c.downMs, 99.95, true, 0}};
    c.p95Ms = 340;
    c.p95TargetMs = 300;
    c.p95Met = false;
    c.attempts = 86'400;
    c.failures = 691;
    c.errorRatePct = 0.8;
    c.rateLimitedPct = 0.2;
    c.incidents = 3;
    c.mttaMin = 12;
    c.mttrMin = 40;
    c.currency = u"EUR"_s;
    c.months = 1;
    c.cost = 800;
    c.budget = 900;
    c.overBudget = false;
    c.score = 3.9;
    c.trend = -0.3;
    c.criteria = criteria({5, 3.667, 4.2, 2, 5, std::nullopt});

    v.dailyAvailability = daily([](int day) -> std::optional<double> { return day == 17 ? 99.5 : 99.97; });
    v.dailyP95Ms = daily([](int day) -> std::optional<double> { return 290.0 + (day % 5) * 20; });
    v.note = ScorecardNote{};
    v.note->notes = u"Latency above target since the region move; Beta to report back by 10 December."_s;
    return v;
}

// No contract targets and no cost: the report says so instead of inventing figures.
VendorReview gamma()
{
    VendorReview v;
    v.vendor.id = u"gamma"_s;
    v.vendor.name = u"Gamma Mail"_s;

    Scorecard &c = v.scorecard;
    c.vendor = u"gamma"_s;
    c.vendorName = u"Gamma Mail"_s;
    c.period = november;
    c.monitoredMs = 43'200 * minuteMs;
    c.downMs = 0;
    c.availabilityPct = 100;
    c.creditPct = 0;
    c.monthly = {{november, c.monitoredMs, 0, 100.0, std::nullopt, 0}};
    c.p95Ms = 80;
    c.attempts = 43'200;
    c.errorRatePct = 0;
    c.score = 4.95;
    c.criteria = criteria({5, std::nullopt, 5, 5, std::nullopt, std::nullopt});

    v.dailyAvailability = daily([](int) -> std::optional<double> { return 100.0; });
    return v;
}

ScorecardReport fixture()
{
    ScorecardReport report;
    report.title = u"Vendor review"_s;
    report.period = november;
    report.zone = QTimeZone::utc();
    report.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    report.generatedAtMs = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    report.vendors = {acme(), beta(), gamma()};
    return report;
}

// The summary page, then two pages per vendor (performance; incidents, cost and contacts), worst
// score first: Beta (3.90), Acme (4.66), Gamma (4.95).
constexpr int expectedPages = 1 + 2 * 3;

std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// All whitespace (non-breaking spaces too) as single spaces: table cells and wrapped lines
// come out of pdftotext -layout with runs of spaces.
QString flat(const QString &text)
{
    QString result = text;
    result.replace(QChar(0x202F), u' ');
    return result.simplified();
}

} // namespace

class TestScorecardReport : public QObject
{
    Q_OBJECT

private:
    bool havePoppler() const { return !m_pdftotext.isEmpty() && !m_pdfinfo.isEmpty(); }

    std::optional<QString> pageText(int first, int last) const
    {
        const std::optional<QString> text = run(m_pdftotext, {u"-layout"_s, u"-f"_s, QString::number(first), u"-l"_s,
                                                              QString::number(last), m_pdf, u"-"_s});
        return text ? std::optional(flat(*text)) : std::nullopt;
    }

    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_pdftotext;
    QString m_pdfinfo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        m_pdf = m_dir.filePath(u"review.pdf"_s);
        QCOMPARE(writeScorecardPdf(fixture(), m_pdf), QString());
        // For a look at the layout: GATEWATCH_REPORT_COPY=/tmp/review.pdf keeps a copy.
        if (const QString copy = qEnvironmentVariable("GATEWATCH_REPORT_COPY"); !copy.isEmpty()) {
            QFile::remove(copy);
            QVERIFY(QFile::copy(m_pdf, copy));
        }
    }

    void writesAPdf()
    {
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // Atomic: nothing but the report is left in the directory.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"review.pdf"_s});
    }

    void pageCount()
    {
        if (!havePoppler())
            QSKIP("pdfinfo/pdftotext not found: install poppler-utils (make deps) to check the PDF's content");
        const std::optional<QString> info = run(m_pdfinfo, {m_pdf});
        QVERIFY(info);
        const QRegularExpressionMatch pages =
            QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(*info);
        QVERIFY2(pages.hasMatch(), qPrintable(*info));
        QCOMPARE(pages.captured(1).toInt(), expectedPages);
        QVERIFY2(info->contains(u"Title:"_s) && info->contains(u"Vendor review"_s), qPrintable(*info));
    }

    void summaryPage()
    {
        if (!havePoppler())
            QSKIP("pdfinfo/pdftotext not found: install poppler-utils (make deps) to check the PDF's content");
        const std::optional<QString> text = pageText(1, 1);
        QVERIFY(text);
        for (const QString &expected :
             {u"Vendor review"_s, u"November 2026"_s, u"Generated on"_s, u"Vendors at a glance"_s, u"SLA met"_s,
              u"SLA missed"_s, u"no target"_s, u"$100.00"_s, u"99.861 %"_s, u"€0.00"_s, u"Page 1 of 7"_s})
            QVERIFY2(text->contains(expected), qPrintable(expected + u" not in: "_s + *text));
        // Worst score first (a name may wrap in its cell).
        const qsizetype beta = text->indexOf(u"Beta"_s);
        const qsizetype acme = text->indexOf(u"Acme"_s);
        const qsizetype gamma = text->indexOf(u"Gamma"_s);
        QVERIFY(beta >= 0 && acme >= 0 && gamma >= 0);
        QVERIFY2(beta < acme && acme < gamma, qPrintable(*text));
    }

    void vendorPages_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("Beta, performance") << 2 << u"Beta Cloud"_s
                                           << QStringList{u"Performance, availability and SLA credits"_s,
                                                          u"Daily availability"_s,
                                                          u"Daily p95 latency"_s,
                                                          u"SLA credit claim"_s,
                                                          u"340 ms"_s,
                                                          u"SLA met"_s};
        QTest::newRow("Beta, incidents and cost")
            << 3 << u"Beta Cloud"_s
            << QStringList{u"Incidents, cost, score and contacts"_s, u"Escalation matrix"_s, u"Beta on-call"_s,
                           u"Latency above target since the region move"_s};
        QTest::newRow("Acme, performance")
            << 4 << u"Acme Payments"_s
            << QStringList{u"SLA credit claim"_s, u"SLA missed"_s,  u"below 99.9 %"_s, u"$100.00"_s,
                           u"Database upgrade"_s, u"Maintenance"_s, u"Offline"_s,      u"target 99.9 %"_s};
        QTest::newRow("Acme, incidents and cost") << 5 << u"Acme Payments"_s
                                                  << QStringList{u"Elevated API errors"_s,
                                                                 u"Cost against budget"_s,
                                                                 u"$1,250.00"_s,
                                                                 u"$1,200.00"_s,
                                                                 u"Over budget by"_s,
                                                                 u"1,250,000 requests counted, 1,000,000 included"_s,
                                                                 u"4.66"_s,
                                                                 u"Acme NOC"_s,
                                                                 u"Premium"_s,
                                                                 u"Claim the November credit"_s,
                                                                 u"Root cause report promised"_s};
        QTest::newRow("Gamma, performance")
            << 6 << u"Gamma Mail"_s
            << QStringList{u"no SLA target"_s, u"The contract sets no availability target and no credits."_s,
                           u"No data for this period"_s};
        QTest::newRow("Gamma, incidents and cost") << 7 << u"Gamma Mail"_s
                                                   << QStringList{u"No cost is configured for this vendor."_s,
                                                                  u"No notes for this period."_s, u"Page 7 of 7"_s};
    }

    void vendorPages()
    {
        QFETCH(int, page);
        QFETCH(QString, vendor);
        QFETCH(QStringList, expected);
        if (!havePoppler())
            QSKIP("pdfinfo/pdftotext not found: install poppler-utils (make deps) to check the PDF's content");
        const std::optional<QString> text = pageText(page, page);
        QVERIFY(text);
        QVERIFY2(text->contains(vendor), qPrintable(*text));
        for (const QString &other : {u"Acme Payments"_s, u"Beta Cloud"_s, u"Gamma Mail"_s}) {
            if (other != vendor)
                QVERIFY2(!text->contains(other), qPrintable(other + u" on the page of "_s + vendor));
        }
        for (const QString &phrase : expected)
            QVERIFY2(text->contains(phrase), qPrintable(phrase + u" not in: "_s + *text));
        QVERIFY(text->contains(u"Vendor scorecard · November 2026"_s));
        QVERIFY(text->contains(u"Page %1 of %2"_s.arg(page).arg(expectedPages)));
    }

    void urlsLoseTheirQueries()
    {
        if (!havePoppler())
            QSKIP("pdfinfo/pdftotext not found: install poppler-utils (make deps) to check the PDF's content");
        const std::optional<QString> text = pageText(1, expectedPages);
        QVERIFY(text);
        QVERIFY2(text->contains(u"https://acme.example/claims"_s), qPrintable(*text));
        QVERIFY(text->contains(u"https://support.acme.example/new"_s));
        QVERIFY(text->contains(u"www.acme-status.example/history"_s));
        for (const QString &secret : {u"s3cr3t"_s, u"token="_s, u"hunter2"_s, u"auth="_s, u"abc123"_s})
            QVERIFY2(!text->contains(secret), qPrintable(secret));
    }

    void replacesAnExistingFile()
    {
        const QString path = m_dir.filePath(u"again.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a pdf");
        old.close();
        QCOMPARE(writeScorecardPdf(fixture(), path), QString());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.read(5) == "%PDF-");
    }

    void reportsUnwritablePaths_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("missing directory") << u"missing/deeper"_s << false;
        QTest::newRow("directory without write permission") << u"locked"_s << true;
    }

    void reportsUnwritablePaths()
    {
        QFETCH(QString, directory);
        QFETCH(bool, readOnly);
        const QString dir = m_dir.filePath(directory);
        if (readOnly) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            // Root writes anyway, so the case cannot happen there.
            QFile probe(dir + u"/probe"_s);
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                QSKIP("running with privileges that ignore directory permissions (root)");
            }
        }
        const QString path = dir + u"/report.pdf"_s;
        const QString error = writeScorecardPdf(fixture(), path);
        if (readOnly)
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void periodText_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month") << u"2026-11"_s << u"en_US"_s << u"November 2026"_s;
        QTest::newRow("month in German") << u"2026-03"_s << u"de_DE"_s << u"März 2026"_s;
        QTest::newRow("quarter") << u"2026-Q4"_s << u"en_US"_s << u"Q4 2026"_s;
        QTest::newRow("days") << u"2026-11-03/2026-11-16"_s << u"en_US"_s << u"11/3/26 – 11/16/26"_s;
    }

    void periodText()
    {
        QFETCH(QString, period);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const std::optional<Period> parsed = parsePeriod(period, QTimeZone::utc());
        QVERIFY(parsed);
        QCOMPARE(scorecardPeriodText(*parsed, QTimeZone::utc(), QLocale(locale)), expected);
    }
};

} // namespace gw

QTEST_MAIN(gw::TestScorecardReport)
#include "tst_scorecardreport.moc"
