// parseStatusPage on arbitrary bodies. The input is the response body, as it is. Besides not
// crashing: an error has a message of bounded length and a position inside the input; a body over
// the limit is always refused; a page holds only Statuspage's enum values, finds each of its
// components by name and keeps exactly its open incidents in openIncidents(); and a page written
// back out as summary.json reads as itself, and the same body reads the same way twice.

#include "statuspageparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoTime(std::optional<qint64> ms)
{
    return ms ? QJsonValue(isoTime(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonArray componentObjects(const QStringList &names)
{
    QJsonArray list;
    for (const QString &name : names)
        list.append(QJsonObject{{QStringLiteral("name"), name}});
    return list;
}

// The page as summary.json would carry it: every field the parser reads, nothing else.
QByteArray summaryJson(const gw::StatusPage &page)
{
    QJsonArray components;
    for (const gw::StatusComponent &c : page.components)
        components.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("status"), gw::machineName(c.status)},
                                      {QStringLiteral("group_id"), c.groupId},
                                      {QStringLiteral("group"), c.group}});
    QJsonArray incidents;
    for (const gw::StatusIncident &i : page.incidents) {
        QJsonArray updates;
        for (const gw::StatusUpdate &u : i.updates)
            updates.append(QJsonObject{{QStringLiteral("status"), u.status},
                                       {QStringLiteral("body"), u.body},
                                       {QStringLiteral("display_at"), isoTime(u.atMs)}});
        incidents.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("status"), i.status},
                                     {QStringLiteral("impact"), i.impact},
                                     {QStringLiteral("created_at"), isoTime(i.createdAtMs)},
                                     {QStringLiteral("started_at"), isoTime(i.startedAtMs)},
                                     {QStringLiteral("resolved_at"), isoTime(i.resolvedAtMs)},
                                     {QStringLiteral("shortlink"), i.shortlink},
                                     {QStringLiteral("components"), componentObjects(i.components)},
                                     {QStringLiteral("incident_updates"), updates}});
    }
    QJsonArray maintenances;
    for (const gw::StatusMaintenance &m : page.maintenances)
        maintenances.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("name"), m.name},
                                        {QStringLiteral("status"), m.status},
                                        {QStringLiteral("scheduled_for"), isoTime(m.scheduledForMs)},
                                        {QStringLiteral("scheduled_until"), isoTime(m.scheduledUntilMs)},
                                        {QStringLiteral("components"), componentObjects(m.components)}});
    const QJsonObject document{
        {QStringLiteral("page"), QJsonObject{{QStringLiteral("name"), page.name},
                                             {QStringLiteral("url"), page.url},
                                             {QStringLiteral("updated_at"), isoTime(page.updatedAtMs)}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("indicator"), gw::machineName(page.indicator)},
                                               {QStringLiteral("description"), page.description}}},
        {QStringLiteral("components"), components},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("scheduled_maintenances"), maintenances},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const gw::Result<gw::StatusPage> page = gw::parseStatusPage(input);

    if (!page) {
        const gw::Error &error = page.error();
        if (error.message.isEmpty() || error.message.size() > 300)
            qFatal("an error message of %lld characters", static_cast<long long>(error.message.size()));
        if (error.position < -1 || error.position > input.size())
            qFatal("an error at %lld in %lld bytes", static_cast<long long>(error.position),
                   static_cast<long long>(input.size()));
    } else if (input.size() > gw::maxStatusPageBytes) {
        qFatal("a body of %lld bytes was read", static_cast<long long>(input.size()));
    }
    if (!page)
        return 0;

    if (gw::machineName(page->indicator).isEmpty())
        qFatal("an indicator that is not Statuspage's");
    for (const gw::StatusComponent &c : page->components) {
        if (gw::machineName(c.status).isEmpty())
            qFatal("a component status that is not Statuspage's");
        const gw::StatusComponent *found = page->component(c.name);
        if (!found || found->name != c.name || found > &c)
            qFatal("component '%s' is not found by its name", qPrintable(c.name));
    }
    qsizetype open = 0;
    for (const gw::StatusIncident &i : page->incidents)
        open += i.open() ? 1 : 0;
    const QList<gw::StatusIncident> openIncidents = page->openIncidents();
    if (openIncidents.size() != open)
        qFatal("%lld open incidents, openIncidents() has %lld", static_cast<long long>(open),
               static_cast<long long>(openIncidents.size()));
    for (const gw::StatusIncident &i : openIncidents) {
        if (!i.open())
            qFatal("a closed incident among the open ones");
    }

    // Written out with every key, a page of many small objects can grow past the limit.
    const QByteArray written = summaryJson(page.value());
    if (written.size() <= gw::maxStatusPageBytes) {
        const gw::Result<gw::StatusPage> again = gw::parseStatusPage(written);
        if (!again)
            qFatal("a page written back does not read: %s", qPrintable(again.error().message));
        if (!(again.value() == page.value()))
            qFatal("a page written back reads differently: %s", written.constData());
    }

    const gw::Result<gw::StatusPage> twice = gw::parseStatusPage(input);
    if (!twice || !(twice.value() == page.value()))
        qFatal("two parses of one body differ");
    return 0;
}
