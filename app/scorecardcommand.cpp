#include "scorecardcommand.h"

#include "commonoptions.h"
#include "configloader.h"
#include "csv.h"
#include "historyreader.h"
#include "incidentstore.h"
#include "report.h"
#include "runtime.h"
#include "scorecardreport.h"
#include "scorecardsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::ScorecardCommand)
};

Period lastMonth(const QTimeZone &zone)
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate before = QDate(today.year(), today.month(), 1).addMonths(-1);
    return calendarMonth(before.year(), before.month(), zone);
}

QByteArray render(const QList<Scorecard> &cards, bool csv, bool array)
{
    if (csv) {
        QByteArray text = csvRecord(scorecardCsvHeader());
        for (const Scorecard &card : cards)
            text += csvRecord(scorecardCsvRow(card));
        return text;
    }
    if (!array)
        return QJsonDocument(toJson(cards.constFirst())).toJson(QJsonDocument::Indented);
    QJsonArray all;
    for (const Scorecard &card : cards)
        all.append(toJson(card));
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

// Atomically: a reader of `path` sees the old file or the whole new one, never a part.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

int ScorecardCommand::run(const QStringList &arguments)
{
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write vendor scorecards: availability against the contract, "
                                              "latency, errors, incidents, webhooks, cost and a score."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"scorecard"_s, Text::tr("The scorecard command."));
    const QCommandLineOption vendorOption(u"vendor"_s, Text::tr("The vendor's id from the configuration."), u"ID"_s);
    const QCommandLineOption allOption(u"all"_s, Text::tr("Every configured vendor."));
    const QCommandLineOption periodOption(
        u"period"_s,
        Text::tr("A month (2026-11), a quarter (2026-Q4) or days (2026-11-03/2026-11-16), in the local "
                 "time zone (default: the previous month)."),
        u"PERIOD"_s);
    const QCommandLineOption fromOption(u"from"_s, Text::tr("Start, an ISO 8601 time (with --to)."), u"ISO"_s);
    const QCommandLineOption toOption(u"to"_s, Text::tr("End (exclusive), an ISO 8601 time (with --from)."), u"ISO"_s);
    const QCommandLineOption format(u"format"_s, Text::tr("Output format: json, csv or pdf (pdf needs --output)."),
                                    u"FORMAT"_s, u"json"_s);
    const QCommandLineOption outputOption(u"output"_s, Text::tr("Write to FILE instead of stdout."), u"FILE"_s);
    parser.addOptions({vendorOption, allOption, periodOption, fromOption, toOption, format, outputOption});
    const CommonOptions common;
    common.addTo(parser);
    if (const std::optional<int> done =
            CommonOptions::parse(parser, arguments, format, {u"json"_s, u"csv"_s, u"pdf"_s}))
        return *done;
    const bool pdf = parser.value(format) == u"pdf";
    if (pdf && !parser.isSet(outputOption)) {
        err << Text::tr("--format pdf needs --output FILE: a PDF is not written to a terminal") << u'\n';
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        err << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)) << u'\n';
        return 2;
    }
    if (parser.isSet(vendorOption) == parser.isSet(allOption)) {
        err << Text::tr("give either --vendor ID or --all") << u'\n';
        return 2;
    }

    const QTimeZone zone = QTimeZone::systemTimeZone();
    Period period;
    if (parser.isSet(periodOption) && (parser.isSet(fromOption) || parser.isSet(toOption))) {
        err << Text::tr("give either --period or --from and --to, not both") << u'\n';
        return 2;
    }
    if (parser.isSet(periodOption)) {
        const std::optional<Period> parsed = parsePeriod(parser.value(periodOption), zone);
        if (!parsed) {
            err << Text::tr("--period: '%1' is not a month (2026-11), a quarter (2026-Q4) or days "
                            "(2026-11-03/2026-11-16)")
                       .arg(parser.value(periodOption))
                << u'\n';
            return 2;
        }
        period = *parsed;
    } else if (parser.isSet(fromOption) || parser.isSet(toOption)) {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption)) {
            err << Text::tr("--from and --to go together") << u'\n';
            return 2;
        }
        const std::optional<qint64> from = CommonOptions::parseTime(parser.value(fromOption));
        const std::optional<qint64> to = CommonOptions::parseTime(parser.value(toOption));
        if (!from || !to) {
            err << Text::tr("--%1: '%2' is not an ISO 8601 time")
                       .arg(from ? u"to"_s : u"from"_s, parser.value(from ? toOption : fromOption))
                << u'\n';
            return 2;
        }
        if (*to <= *from) {
            err << Text::tr("--to must be after --from") << u'\n';
            return 2;
        }
        period = {*from, *to};
    } else {
        period = lastMonth(zone);
    }

    const auto loaded = ConfigLoader::loadFile(common.configPath(parser));
    if (!loaded) {
        for (const ConfigError &error : loaded.error())
            err << error.toString() << u'\n';
        return 1;
    }
    const Catalog &catalog = loaded.value();
    QList<const VendorSpec *> vendors;
    if (parser.isSet(vendorOption)) {
        const QString id = parser.value(vendorOption);
        const VendorSpec *vendor = catalog.vendor(id);
        if (!vendor) {
            QStringList ids;
            for (const VendorSpec &v : catalog.vendors)
                ids.append(v.id);
            err << (ids.isEmpty() ? Text::tr("unknown vendor '%1': the configuration has no vendors").arg(id)
                                  : Text::tr("unknown vendor '%1' (configured: %2)").arg(id, ids.join(u", "_s)))
                << u'\n';
            return 2;
        }
        vendors.append(vendor);
    } else {
        for (const VendorSpec &vendor : catalog.vendors)
            vendors.append(&vendor);
    }

    const QString dataDir = common.dataDir(parser);
    const QString historyPath = Runtime::historyPath(dataDir);
    if (!QFileInfo::exists(historyPath)) {
        err << Text::tr("no history at %1 yet: the window and 'gatewatch agent' record it").arg(historyPath) << u'\n';
        return 1;
    }
    const HistoryReader history(historyPath, catalog.settings.retention);
    // No incident history is no incidents (nothing fired yet); one that cannot be read is an error.
    std::unique_ptr<IncidentStore> incidents;
    if (const QString path = Runtime::incidentsPath(dataDir); QFileInfo::exists(path)) {
        incidents = std::make_unique<IncidentStore>(path);
        if (!incidents->open()) {
            err << Text::tr("the incident history cannot be read: %1").arg(incidents->problem()) << u'\n';
            return 1;
        }
    }
    ScorecardSource source(history, incidents.get());
    if (incidents)
        source.setNotes(incidents->scorecardNotes());

    QList<Scorecard> cards;
    ScorecardReport report;
    report.title = Text::tr("Vendor review");
    report.period = period;
    report.zone = zone;
    report.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    for (const VendorSpec *vendor : std::as_const(vendors)) {
        // With the rating and notes the vendor manager stored for exactly this period, if any.
        const Result<VendorReview, QString> review = source.review(catalog, *vendor, period, zone);
        if (!review) {
            err << review.error() << u'\n';
            return 1;
        }
        cards.append(review.value().scorecard);
        if (pdf)
            report.vendors.append(review.value());
    }
    if (pdf) {
        if (const QString problem = writeScorecardPdf(report, parser.value(outputOption)); !problem.isEmpty()) {
            err << problem << u'\n';
            return 1;
        }
        return 0;
    }

    const QByteArray bytes = render(cards, parser.value(format) == u"csv", parser.isSet(allOption));
    if (parser.isSet(outputOption)) {
        if (const QString problem = writeFile(parser.value(outputOption), bytes); !problem.isEmpty()) {
            err << problem << u'\n';
            return 1;
        }
        return 0;
    }
    const bool written =
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) == std::size_t(bytes.size())
        && std::fflush(stdout) == 0;
    if (!written) {
        err << Text::tr("cannot write to stdout") << u'\n';
        return 1;
    }
    return 0;
}

} // namespace gw
