// parseStatusPage against published Statuspage v2 documents (data/statuspage/, sources in its
// README): Atlassian's own summary.json example and discordstatus.com's real responses. Expected
// pages are written out by hand from those files; times are converted to UTC by hand (the offset
// is in the comment) and built from numbers, not parsed. Then one row per leniency and per
// refusal the header promises, and the helpers of the value types.

#include "statuspageparser.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <vector>

using namespace gw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::StatusPage)
Q_DECLARE_METATYPE(gw::StatusMaintenance)

namespace {

qint64 utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
}

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(STATUSPAGE_DATA) + u'/' + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s: %s", name, qPrintable(file.errorString()));
    return file.readAll();
}

QJsonObject dataObject(const char *name)
{
    return QJsonDocument::fromJson(dataFile(name)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString timeText(std::optional<qint64> ms)
{
    return ms ? timeText(*ms) : u"-"_s;
}

// Every field, one per line: equal texts mean equal pages, and a failing comparison shows where.
QString describe(const StatusPage &page)
{
    QStringList lines;
    lines << u"page name=%1 url=%2 updated=%3"_s.arg(page.name, page.url, timeText(page.updatedAtMs));
    lines << u"status %1 \"%2\""_s.arg(machineName(page.indicator), page.description);
    for (const StatusComponent &c : page.components)
        lines << u"component id=%1 name=%2 status=%3 group_id=%4 group=%5"_s.arg(
            c.id, c.name, machineName(c.status), c.groupId, c.group ? u"true"_s : u"false"_s);
    for (const StatusIncident &i : page.incidents) {
        lines << u"incident id=%1 name=%2 status=%3 impact=%4 created=%5 started=%6 resolved=%7 shortlink=%8"_s.arg(
            i.id, i.name, i.status, i.impact, timeText(i.createdAtMs), timeText(i.startedAtMs),
            timeText(i.resolvedAtMs), i.shortlink);
        lines << u"  components [%1]"_s.arg(i.components.join(u", "_s));
        for (const StatusUpdate &update : i.updates)
            lines << u"  update %1 at %2: %3"_s.arg(update.status, timeText(update.atMs), update.body);
    }
    for (const StatusMaintenance &m : page.maintenances)
        lines << u"maintenance id=%1 name=%2 status=%3 for=%4 until=%5 components=[%6]"_s.arg(
            m.id, m.name, m.status, timeText(m.scheduledForMs), timeText(m.scheduledUntilMs),
            m.components.join(u", "_s));
    return lines.join(u'\n');
}

Result<StatusPage> parse(const QByteArray &json)
{
    // A copy of exactly the body's size, so a read past its end is caught under ASan.
    const std::vector<char> bytes(json.cbegin(), json.cend());
    return parseStatusPage(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

// The Discord page of 2022-02-15 as summary.json and status.json show it; updated_at
// 13:37:37.407-08:00.
StatusPage discordPage()
{
    StatusPage page;
    page.name = u"Discord"_s;
    page.url = u"https://discordstatus.com"_s;
    page.updatedAtMs = utc(2022, 2, 15, 21, 37, 37, 407);
    page.indicator = StatusIndicator::None;
    page.description = u"All Systems Operational"_s;
    return page;
}

// "Messaging issues" from discord-incidents.json; all times -08:00.
StatusIncident discordIncident()
{
    StatusIncident incident;
    incident.id = u"n4njzfn1mqy0"_s;
    incident.name = u"Messaging issues"_s;
    incident.status = u"resolved"_s;
    incident.impact = u"minor"_s;
    incident.createdAtMs = utc(2022, 2, 15, 21, 14, 17, 744);
    incident.startedAtMs = utc(2022, 2, 15, 21, 14, 17, 737);
    incident.resolvedAtMs = utc(2022, 2, 15, 21, 37, 37, 388);
    incident.shortlink = u"https://stspg.io/y1w39cblgvhz"_s;
    incident.components = {u"API"_s};
    incident.updates = {
        {u"resolved"_s, u"This incident has been resolved."_s, utc(2022, 2, 15, 21, 37, 37, 388)},
        {u"monitoring"_s, u"We believe we have mitigated the root cause and are continuing to monitor."_s,
         utc(2022, 2, 15, 21, 21, 55, 183)},
        {u"investigating"_s, u"We are continuing to investigate this issue."_s, utc(2022, 2, 15, 21, 21, 31, 892)},
        {u"investigating"_s, u"We're investigating high latency related to channels and messages."_s,
         utc(2022, 2, 15, 21, 14, 17, 849)},
    };
    return incident;
}

// The smallest page the parser takes, with `extra` (members of the top object) after it.
QByteArray minimal(const QByteArray &extra = {}, const QByteArray &indicator = "\"none\"")
{
    return R"({"status":{"indicator":)" + indicator + R"(,"description":"All Systems Operational"})" + extra + "}";
}

StatusPage minimalPage()
{
    StatusPage page;
    page.indicator = StatusIndicator::None;
    page.description = u"All Systems Operational"_s;
    return page;
}

} // namespace

class TestStatusPageParser : public QObject
{
    Q_OBJECT

private:
    // Rows of "json" and the "expected" page.
    static void checkPage()
    {
        QFETCH(QByteArray, json);
        QFETCH(StatusPage, expected);
        const Result<StatusPage> page = parse(json);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
        QCOMPARE(describe(page.value()), describe(expected));
        QVERIFY(page.value() == expected);
    }

private Q_SLOTS:
    void publishedPages_data();
    void publishedPages() { checkPage(); }
    void lenient_data();
    void lenient() { checkPage(); }
    void refused_data();
    void refused();
    void sizeLimit();
    void names();
    void incidentOpen_data();
    void incidentOpen();
    void openIncidents();
    void component();
    void maintenanceActive_data();
    void maintenanceActive();
};

void TestStatusPageParser::publishedPages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<StatusPage>("expected");

    {
        // Times -06:00 unless said otherwise.
        StatusPage page;
        page.name = u"Atlassian Statuspage"_s;
        page.url = u"http://metastatuspage.com"_s;
        page.updatedAtMs = utc(2024, 3, 28, 0, 57, 1); // 2024-03-27T17:57:01-07:00
        page.indicator = StatusIndicator::Major;
        page.description = u"Partial System Outage"_s;
        page.components = {
            {u"b13yz5g2cw10"_s, u"API"_s, ComponentStatus::PartialOutage, {}, false},
            {u"9397cnvk62zn"_s, u"Management Portal"_s, ComponentStatus::MajorOutage, {}, false},
        };
        StatusIncident incident;
        incident.id = u"cp306tmzcl0y"_s;
        incident.name = u"Unplanned Database Outage"_s;
        incident.status = u"identified"_s;
        incident.impact = u"critical"_s;
        incident.createdAtMs = utc(2014, 5, 14, 20, 22, 39, 441);
        incident.shortlink = u"http://stspg.co:5000/Q0E"_s;
        incident.updates = {{u"identified"_s,
                             u"Our master database has ham sandwiches flying out of the rack, and we're working our "
                             "hardest to stop the bleeding. The whole site is down while we restore functionality, "
                             "and we'll provide another update within 30 minutes."_s,
                             utc(2014, 5, 14, 20, 22, 40, 301)}};
        page.incidents = {incident};
        page.maintenances = {
            {u"w1zdr745wmfy"_s,
             u"Network Maintenance (No Interruption Expected)"_s,
             u"scheduled"_s,
             utc(2014, 5, 18, 4, 0, 0),
             utc(2014, 5, 18, 5, 30, 0),
             {}},
            {u"k7mf5z1gz05c"_s,
             u"Web Tier Recycle"_s,
             u"in_progress"_s,
             utc(2014, 5, 14, 20, 30, 0),
             utc(2014, 5, 14, 22, 30, 0),
             {}},
        };
        QTest::newRow("metastatuspage example: open incident, scheduled and in-progress maintenance")
            << dataFile("metastatuspage-summary.json") << page;
    }
    {
        StatusPage page = discordPage();
        page.components = {
            {u"qk867vbbh84x"_s, u"South Korea"_s, ComponentStatus::Operational, u"jk03xttfcz9b"_s, false}};
        QTest::newRow("discord summary.json: all operational") << dataFile("discord-summary.json") << page;
    }
    QTest::newRow("discord status.json: page and status only") << dataFile("discord-status.json") << discordPage();
    {
        // Discord's summary with the incident and the maintenance of its other documents in its lists.
        QJsonObject summary = dataObject("discord-summary.json");
        summary.insert(u"incidents"_s, dataObject("discord-incidents.json").value(u"incidents"_s));
        summary.insert(u"scheduled_maintenances"_s,
                       dataObject("discord-scheduled-maintenances.json").value(u"scheduled_maintenances"_s));
        StatusPage page = discordPage();
        page.components = {
            {u"qk867vbbh84x"_s, u"South Korea"_s, ComponentStatus::Operational, u"jk03xttfcz9b"_s, false}};
        page.incidents = {discordIncident()};
        // -07:00
        page.maintenances = {{u"chkt3cr0jf7b"_s,
                              u"(ﾉ◕ヮ◕)ﾉ*:･ﾟ✧ Server Juice"_s,
                              u"completed"_s,
                              utc(2015, 9, 22, 8, 0, 0),
                              utc(2015, 9, 22, 8, 30, 0),
                              {}}};
        QTest::newRow("discord summary.json with a resolved incident and a completed maintenance")
            << compact(summary) << page;
    }
    {
        // The same incident as it stood at 13:21:55 (its "monitoring" update): not resolved yet, and
        // the three updates posted by then.
        QJsonObject incidentObject = dataObject("discord-incidents.json").value(u"incidents"_s)[0].toObject();
        incidentObject.insert(u"status"_s, u"monitoring"_s);
        incidentObject.insert(u"resolved_at"_s, QJsonValue::Null);
        QJsonArray updates = incidentObject.value(u"incident_updates"_s).toArray();
        updates.removeFirst();
        incidentObject.insert(u"incident_updates"_s, updates);
        QJsonObject summary = dataObject("discord-summary.json");
        summary.insert(u"incidents"_s, QJsonArray{incidentObject});
        summary.insert(u"status"_s,
                       QJsonObject{{u"indicator"_s, u"minor"_s}, {u"description"_s, u"Minor Service Outage"_s}});

        StatusPage page = discordPage();
        page.indicator = StatusIndicator::Minor;
        page.description = u"Minor Service Outage"_s;
        page.components = {
            {u"qk867vbbh84x"_s, u"South Korea"_s, ComponentStatus::Operational, u"jk03xttfcz9b"_s, false}};
        StatusIncident incident = discordIncident();
        incident.status = u"monitoring"_s;
        incident.resolvedAtMs = std::nullopt;
        incident.updates.removeFirst();
        page.incidents = {incident};
        QTest::newRow("discord incident while monitoring: open, with updates and affected components")
            << compact(summary) << page;
    }
}

void TestStatusPageParser::lenient_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<StatusPage>("expected");

    QTest::newRow("status alone, no page") << minimal() << minimalPage();
    QTest::newRow("null page and lists") << minimal(
        R"(,"page":null,"components":null,"incidents":null,"scheduled_maintenances":null)")
                                         << minimalPage();
    {
        StatusPage page = minimalPage();
        page.description.clear();
        QTest::newRow("null description")
            << QByteArray(R"({"status":{"indicator":"none","description":null}})") << page;
    }
    {
        StatusPage page = minimalPage();
        page.indicator = StatusIndicator::Critical;
        QTest::newRow("indicator critical") << minimal({}, "\"critical\"") << page;
        page.indicator = StatusIndicator::Maintenance;
        QTest::newRow("indicator maintenance") << minimal({}, "\"maintenance\"") << page;
    }
    {
        StatusPage page = minimalPage();
        page.name = u"Example"_s;
        QTest::newRow("extra fields everywhere")
            << minimal(R"(,"page":{"id":"x","name":"Example","time_zone":"Etc/UTC","extra":[1,{"a":null}]},)"
                       R"("components":[],"future":{"x":1},"metrics":[1,2,3])")
            << page;
    }
    QTest::newRow("UTF-8 byte order mark and blanks")
        << QByteArray("\xEF\xBB\xBF \r\n" + minimal() + "\n\n") << minimalPage();
    {
        // Shaped after the HashiCorp page: a group lists its children's ids, a child names its group.
        StatusPage page = minimalPage();
        page.components = {
            {u"ym75hzpmfq4q"_s, u"HashiCorp Cloud Platform (HCP)"_s, ComponentStatus::UnderMaintenance, {}, true},
            {u"mgv1p2j9x444"_s, u"HCP Portal"_s, ComponentStatus::DegradedPerformance, u"ym75hzpmfq4q"_s, false},
        };
        QTest::newRow("group and component in it")
            << minimal(R"j(,"components":[)j"
                       R"j({"id":"ym75hzpmfq4q","name":"HashiCorp Cloud Platform (HCP)","status":"under_maintenance",)j"
                       R"j("group_id":null,"group":true,"components":["mgv1p2j9x444","b4pr9x7288zy"]},)j"
                       R"j({"id":"mgv1p2j9x444","name":"HCP Portal","status":"degraded_performance",)j"
                       R"j("group_id":"ym75hzpmfq4q","group":false}])j")
            << page;
    }
    {
        StatusPage page = minimalPage();
        page.components = {{{}, u"API"_s, ComponentStatus::DegradedPerformance, {}, false}};
        QTest::newRow("unknown component status reads as degraded performance")
            << minimal(R"(,"components":[{"name":"API","status":"full_outage"}])") << page;
    }
    {
        StatusPage page = minimalPage();
        page.components = {{{}, u"API"_s, ComponentStatus::Operational, {}, false}};
        QTest::newRow("component without id, group_id or group")
            << minimal(R"(,"components":[{"name":"API","status":"operational"}])") << page;
    }
    {
        StatusPage page = minimalPage();
        StatusIncident incident;
        incident.name = u"Elevated errors"_s;
        incident.status = u"investigating"_s;
        page.incidents = {incident};
        QTest::newRow("incident with nothing but name and status")
            << minimal(R"(,"incidents":[{"name":"Elevated errors","status":"investigating"}])") << page;
        page.incidents[0].status = u"mitigating"_s;
        QTest::newRow("incident status Statuspage does not have, kept as written")
            << minimal(R"(,"incidents":[{"name":"Elevated errors","status":"mitigating"}])") << page;
    }
    {
        StatusPage page = minimalPage();
        StatusIncident incident;
        incident.name = u"X"_s;
        incident.status = u"identified"_s;
        // display_at and created_at of Discord's first "Server Juice" update (-07:00): the page
        // shows display_at.
        incident.updates = {
            {u"scheduled"_s, u"backdated"_s, utc(2015, 9, 19, 1, 20, 0)},
            {u"identified"_s, u"no display_at"_s, utc(2015, 9, 19, 1, 20, 40, 794)},
            {{}, {}, 0},
        };
        page.incidents = {incident};
        QTest::newRow("update time: display_at, else created_at, else 0")
            << minimal(R"(,"incidents":[{"name":"X","status":"identified","incident_updates":[)"
                       R"({"status":"scheduled","body":"backdated","created_at":"2015-09-18T18:20:40.794-07:00",)"
                       R"("display_at":"2015-09-18T18:20:00.000-07:00"},)"
                       R"({"status":"identified","body":"no display_at","created_at":"2015-09-18T18:20:40.794-07:00",)"
                       R"("display_at":null},)"
                       R"({"body":null}]}])")
            << page;
    }
    {
        StatusPage page = minimalPage();
        const auto timeRow = [&page](const char *name, const char *text, qint64 expected) {
            page.updatedAtMs = expected;
            QTest::newRow(name) << minimal(R"(,"page":{"updated_at":")" + QByteArray(text) + "\"}") << page;
        };
        timeRow("time Z with ms", "2024-04-25T17:23:48.514Z", utc(2024, 4, 25, 17, 23, 48, 514));
        timeRow("time negative offset with ms", "2017-01-18T13:31:49.911-07:00", utc(2017, 1, 18, 20, 31, 49, 911));
        timeRow("time without fraction", "2018-05-10T23:32:14Z", utc(2018, 5, 10, 23, 32, 14));
        timeRow("time with microseconds, rounded to ms", "2021-08-17T13:28:57.801578Z",
                utc(2021, 8, 17, 13, 28, 57, 802));
        timeRow("time with a half-hour offset", "2022-02-15T19:07:30.000+05:30", utc(2022, 2, 15, 13, 37, 30));
        timeRow("time offset across midnight", "2024-03-27T17:57:01-07:00", utc(2024, 3, 28, 0, 57, 1));
        timeRow("time without offset is UTC", "2022-02-15T13:37:37.407", utc(2022, 2, 15, 13, 37, 37, 407));
        timeRow("time with surrounding blanks", " 2018-05-10T23:32:14Z ", utc(2018, 5, 10, 23, 32, 14));
    }
    {
        StatusPage page = minimalPage();
        page.maintenances = {{{}, u"Upgrade"_s, u"scheduled"_s, std::nullopt, std::nullopt, {u"API"_s, u"Web"_s}}};
        QTest::newRow("maintenance without a window, components by name")
            << minimal(R"(,"scheduled_maintenances":[{"name":"Upgrade","status":"scheduled",)"
                       R"("scheduled_for":null,"components":[{"id":"a","name":"API"},{"name":"Web","extra":1}]}])")
            << page;
    }
}

void TestStatusPageParser::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("positional"); // a JSON syntax error: the position is a byte of the body

    const QByteArray example = dataFile("metastatuspage-summary.json");

    QTest::newRow("empty") << QByteArray() << u"the body is empty"_s << true;
    QTest::newRow("only blanks") << QByteArray(" \r\n\t") << u"the body is empty"_s << true;
    QTest::newRow("HTML error page")
        << QByteArray("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head></html>")
        << u"illegal value; the body starts with '<!DOCTYPE html> <html><head><title>502 Bad Gateway"_s << true;
    QTest::newRow("truncated JSON") << example.first(example.size() / 2) << u"not JSON at byte "_s << true;
    QTest::newRow("garbage after the object")
        << QByteArray(minimal() + " trailing") << u"garbage at the end of the document"_s << true;
    QTest::newRow("list at the top") << QByteArray(R"([{"status":{"indicator":"none"}}])")
                                     << u"not a Statuspage document: the JSON is a list, not an object"_s << false;
    QTest::newRow("number at the top") << QByteArray("42")
                                       << u"not a Statuspage document: the JSON is a number, not an object"_s << false;
    QTest::newRow("string at the top") << QByteArray(R"("none")")
                                       << u"not a Statuspage document: the JSON is a string, not an object"_s << false;
    QTest::newRow("no status: incidents.json")
        << dataFile("discord-incidents.json") << u"status: missing; every Statuspage summary.json"_s << false;
    QTest::newRow("no status: empty object") << QByteArray("{}") << u"status: missing"_s << false;
    QTest::newRow("status null") << QByteArray(R"({"status":null})") << u"status: expected an object, found null"_s
                                 << false;
    QTest::newRow("status a string") << QByteArray(R"({"status":"none"})")
                                     << u"status: expected an object, found a string"_s << false;
    QTest::newRow("no indicator") << QByteArray(R"({"status":{"description":"All Systems Operational"}})")
                                  << u"status.indicator: missing"_s << false;
    QTest::newRow("indicator a number") << minimal({}, "0") << u"status.indicator: expected a string, found a number"_s
                                        << false;
    QTest::newRow("indicator null") << minimal({}, "null") << u"status.indicator: expected a string, found null"_s
                                    << false;
    QTest::newRow("unknown indicator")
        << minimal({}, "\"purple\"")
        << u"status.indicator: unknown indicator 'purple' (expected none, minor, major, critical or maintenance)"_s
        << false;
    QTest::newRow("indicator in capitals")
        << minimal({}, "\"None\"") << u"status.indicator: unknown indicator 'None'"_s << false;
    QTest::newRow("description a number") << QByteArray(R"({"status":{"indicator":"none","description":7}})")
                                          << u"status.description: expected a string, found a number"_s << false;
    QTest::newRow("page a string") << minimal(R"(,"page":"Discord")") << u"page: expected an object, found a string"_s
                                   << false;
    QTest::newRow("page.updated_at a number")
        << minimal(R"(,"page":{"updated_at":1645000000})")
        << u"page.updated_at: expected an ISO 8601 time, found a number"_s << false;
    QTest::newRow("page.updated_at not a time") << minimal(R"(,"page":{"updated_at":"yesterday"})")
                                                << u"page.updated_at: not an ISO 8601 time: 'yesterday'"_s << false;
    QTest::newRow("page.updated_at a date alone") << minimal(R"(,"page":{"updated_at":"2022-02-15"})")
                                                  << u"page.updated_at: not an ISO 8601 time: '2022-02-15'"_s << false;
    QTest::newRow("page.updated_at on 30 February")
        << minimal(R"(,"page":{"updated_at":"2022-02-30T10:00:00Z"})")
        << u"page.updated_at: not an ISO 8601 time: '2022-02-30T10:00:00Z'"_s << false;
    QTest::newRow("components an object") << minimal(R"(,"components":{"API":"operational"})")
                                          << u"components: expected a list, found an object"_s << false;
    QTest::newRow("component a string") << minimal(R"(,"components":["API"])")
                                        << u"components[0]: expected an object, found a string"_s << false;
    QTest::newRow("component without name")
        << minimal(R"(,"components":[{"name":"API","status":"operational"},{"status":"operational"}])")
        << u"components[1].name: missing"_s << false;
    QTest::newRow("component without status")
        << minimal(R"(,"components":[{"name":"API"}])") << u"components[0].status: missing"_s << false;
    QTest::newRow("component status a number") << minimal(R"(,"components":[{"name":"API","status":2}])")
                                               << u"components[0].status: expected a string, found a number"_s << false;
    QTest::newRow("component group a string")
        << minimal(R"(,"components":[{"name":"API","status":"operational","group":"false"}])")
        << u"components[0].group: expected a boolean, found a string"_s << false;
    QTest::newRow("incident without status")
        << minimal(R"(,"incidents":[{"name":"Outage"}])") << u"incidents[0].status: missing"_s << false;
    QTest::newRow("incident created_at garbled")
        << minimal(R"(,"incidents":[{"name":"Outage","status":"identified","created_at":"2014-05-14 garbled"}])")
        << u"incidents[0].created_at: not an ISO 8601 time: '2014-05-14 garbled'"_s << false;
    QTest::newRow("incident components of ids")
        << minimal(R"(,"incidents":[{"name":"Outage","status":"identified","components":["b13yz5g2cw10"]}])")
        << u"incidents[0].components[0]: expected an object, found a string"_s << false;
    QTest::newRow("update body a number")
        << minimal(R"(,"incidents":[{"name":"Outage","status":"identified","incident_updates":[)"
                   R"({"body":"first"},{"body":42}]}])")
        << u"incidents[0].incident_updates[1].body: expected a string, found a number"_s << false;
    QTest::newRow("updates an object") << minimal(
        R"(,"incidents":[{"name":"Outage","status":"identified","incident_updates":{}}])")
                                       << u"incidents[0].incident_updates: expected a list, found an object"_s << false;
    QTest::newRow("maintenance scheduled_for a boolean")
        << minimal(R"(,"scheduled_maintenances":[{"name":"Upgrade","status":"scheduled","scheduled_for":true}])")
        << u"scheduled_maintenances[0].scheduled_for: expected an ISO 8601 time, found a boolean"_s << false;
    QTest::newRow("long value cut in the message")
        << minimal({}, "\"" + QByteArray(100, 'x') + "\"")
        << QString(u"status.indicator: unknown indicator '"_s + QString(40, u'x') + u"…' (expected"_s) << false;
    QTest::newRow("first problem wins") << minimal(R"(,"page":{"name":1},"components":[{"name":2}])")
                                        << u"page.name: expected a string, found a number"_s << false;
}

void TestStatusPageParser::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(bool, positional);
    const Result<StatusPage> page = parse(json);
    QVERIFY(!page.ok());
    QVERIFY2(page.error().message.contains(message),
             qPrintable(u"message: "_s + page.error().message + u"\nexpected to contain: "_s + message));
    if (positional)
        QVERIFY2(page.error().position >= 0 && page.error().position <= json.size(),
                 qPrintable(QString::number(page.error().position)));
    else
        QCOMPARE(page.error().position, -1);
}

void TestStatusPageParser::sizeLimit()
{
    // Blanks are valid JSON: a real page padded to exactly the limit is read, one byte more is not.
    QByteArray json = dataFile("metastatuspage-summary.json");
    json.append(QByteArray(maxStatusPageBytes - json.size(), ' '));
    QCOMPARE(json.size(), 4 * 1024 * 1024);
    QVERIFY(parse(json).ok());
    json.append(' ');
    const Result<StatusPage> page = parse(json);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().message, u"the body is 4194305 bytes, over the limit of 4 MiB for a status page"_s);

    // Refused before it is read, whatever it holds.
    QCOMPARE(parse(QByteArray(8 * 1024 * 1024, '[')).error().message,
             u"the body is 8388608 bytes, over the limit of 4 MiB for a status page"_s);
}

void TestStatusPageParser::names()
{
    const QList<std::pair<StatusIndicator, QString>> indicators{
        {StatusIndicator::None, u"none"_s},
        {StatusIndicator::Minor, u"minor"_s},
        {StatusIndicator::Major, u"major"_s},
        {StatusIndicator::Critical, u"critical"_s},
        {StatusIndicator::Maintenance, u"maintenance"_s},
    };
    for (const auto &[indicator, name] : indicators) {
        QCOMPARE(machineName(indicator), name);
        QVERIFY(statusIndicatorFromName(name) == indicator);
    }
    QVERIFY(!statusIndicatorFromName(u"Major"));
    QVERIFY(!statusIndicatorFromName(u""));

    const QList<std::tuple<ComponentStatus, QString, QString>> statuses{
        {ComponentStatus::Operational, u"operational"_s, u"Operational"_s},
        {ComponentStatus::DegradedPerformance, u"degraded_performance"_s, u"Degraded performance"_s},
        {ComponentStatus::PartialOutage, u"partial_outage"_s, u"Partial outage"_s},
        {ComponentStatus::MajorOutage, u"major_outage"_s, u"Major outage"_s},
        {ComponentStatus::UnderMaintenance, u"under_maintenance"_s, u"Under maintenance"_s},
    };
    for (const auto &[status, name, display] : statuses) {
        QCOMPARE(machineName(status), name);
        QVERIFY(componentStatusFromName(name) == status);
        QCOMPARE(displayName(status), display);
    }
    QVERIFY(!componentStatusFromName(u"degraded performance"));

    // From best to worst; each pair either way round.
    const QList<ComponentStatus> order{ComponentStatus::Operational, ComponentStatus::UnderMaintenance,
                                       ComponentStatus::DegradedPerformance, ComponentStatus::PartialOutage,
                                       ComponentStatus::MajorOutage};
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (qsizetype j = 0; j < order.size(); ++j) {
            QCOMPARE(worst(order[i], order[j]), order[std::max(i, j)]);
        }
    }
}

void TestStatusPageParser::incidentOpen_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("open");
    QTest::newRow("investigating") << u"investigating"_s << true;
    QTest::newRow("identified") << u"identified"_s << true;
    QTest::newRow("monitoring") << u"monitoring"_s << true;
    QTest::newRow("resolved") << u"resolved"_s << false;
    QTest::newRow("postmortem") << u"postmortem"_s << false;
    QTest::newRow("a status Statuspage may add") << u"mitigating"_s << true;
    QTest::newRow("Resolved in capitals is not Statuspage's word") << u"Resolved"_s << true;
}

void TestStatusPageParser::incidentOpen()
{
    QFETCH(QString, status);
    QFETCH(bool, open);
    StatusIncident incident;
    incident.status = status;
    QCOMPARE(incident.open(), open);
}

void TestStatusPageParser::openIncidents()
{
    StatusPage page;
    for (const char *status : {"resolved", "identified", "postmortem", "investigating", "monitoring"}) {
        StatusIncident incident;
        incident.id = QString::fromLatin1(status);
        incident.status = QString::fromLatin1(status);
        page.incidents.append(incident);
    }
    QStringList ids;
    for (const StatusIncident &incident : page.openIncidents())
        ids << incident.id;
    QCOMPARE(ids, (QStringList{u"identified"_s, u"investigating"_s, u"monitoring"_s}));
    QVERIFY(StatusPage().openIncidents().isEmpty());

    // The published example: its one incident is identified, so open.
    const Result<StatusPage> example = parse(dataFile("metastatuspage-summary.json"));
    QVERIFY(example.ok());
    QCOMPARE(example->incidents.size(), 1);
    QVERIFY(example->openIncidents() == example->incidents);
}

void TestStatusPageParser::component()
{
    const Result<StatusPage> example = parse(dataFile("metastatuspage-summary.json"));
    QVERIFY(example.ok());
    const StatusComponent *api = example->component(u"API"_s);
    QVERIFY(api);
    QCOMPARE(api->id, u"b13yz5g2cw10"_s);
    QCOMPARE(api->status, ComponentStatus::PartialOutage);
    QVERIFY(api == &example->components[0]);
    QCOMPARE(example->component(u"Management Portal"_s)->status, ComponentStatus::MajorOutage);
    QCOMPARE(example->component(u"api"_s), nullptr);
    QCOMPARE(example->component(u"API "_s), nullptr);
    QCOMPARE(example->component(u"Webhooks"_s), nullptr);
    QCOMPARE(StatusPage().component(u"API"_s), nullptr);

    // HashiCorp's page has a group "Terraform Registry" holding a component "Terraform Registry":
    // the first in the page's order is the one.
    StatusPage page;
    page.components = {
        {u"l8mnm91h3s7v"_s, u"Terraform Registry"_s, ComponentStatus::DegradedPerformance, u"0jc2px93ctvg"_s, false},
        {u"0jc2px93ctvg"_s, u"Terraform Registry"_s, ComponentStatus::Operational, {}, true},
    };
    QCOMPARE(page.component(u"Terraform Registry"_s)->id, u"l8mnm91h3s7v"_s);
}

void TestStatusPageParser::maintenanceActive_data()
{
    QTest::addColumn<StatusMaintenance>("maintenance");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("active");

    const Result<StatusPage> example = parse(dataFile("metastatuspage-summary.json"));
    QVERIFY(example.ok());
    QCOMPARE(example->maintenances.size(), 2);
    // 2014-05-17T22:00 to 23:30 -06:00
    const StatusMaintenance network = example->maintenances[0];
    // 2014-05-14T14:30 to 16:30 -06:00
    const StatusMaintenance webTier = example->maintenances[1];

    QTest::newRow("scheduled, the day before") << network << utc(2014, 5, 17, 4, 0, 0) << false;
    QTest::newRow("scheduled, a second before") << network << utc(2014, 5, 18, 3, 59, 59) << false;
    QTest::newRow("scheduled, at the start") << network << utc(2014, 5, 18, 4, 0, 0) << true;
    QTest::newRow("scheduled, inside the window") << network << utc(2014, 5, 18, 5, 0, 0) << true;
    QTest::newRow("scheduled, at the end") << network << utc(2014, 5, 18, 5, 30, 0) << false;
    QTest::newRow("in progress, inside the window") << webTier << utc(2014, 5, 14, 20, 35, 12) << true;
    QTest::newRow("in progress, started early") << webTier << utc(2014, 5, 14, 20, 0, 0) << true;
    QTest::newRow("in progress, overrunning") << webTier << utc(2014, 5, 15, 1, 0, 0) << true;
    StatusMaintenance verifying = webTier;
    verifying.status = u"verifying"_s;
    QTest::newRow("verifying, after the window") << verifying << utc(2014, 5, 15, 1, 0, 0) << true;
    StatusMaintenance completed = webTier;
    completed.status = u"completed"_s;
    QTest::newRow("completed, inside the window") << completed << utc(2014, 5, 14, 21, 0, 0) << false;
    StatusMaintenance unknown = network;
    unknown.status = u"postponed"_s;
    QTest::newRow("unknown status, inside the window") << unknown << utc(2014, 5, 18, 5, 0, 0) << true;
    QTest::newRow("unknown status, outside the window") << unknown << utc(2014, 5, 18, 6, 0, 0) << false;
    StatusMaintenance noEnd = network;
    noEnd.scheduledUntilMs = std::nullopt;
    QTest::newRow("scheduled without an end, after the start") << noEnd << utc(2015, 1, 1, 0, 0, 0) << true;
    StatusMaintenance noStart = network;
    noStart.scheduledForMs = std::nullopt;
    QTest::newRow("scheduled without a start") << noStart << utc(2014, 5, 18, 5, 0, 0) << false;
}

void TestStatusPageParser::maintenanceActive()
{
    QFETCH(StatusMaintenance, maintenance);
    QFETCH(qint64, now);
    QFETCH(bool, active);
    QCOMPARE(maintenance.active(now), active);
}

QTEST_GUILESS_MAIN(TestStatusPageParser)
#include "tst_statuspageparser.moc"
