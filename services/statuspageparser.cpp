#include "statuspageparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

// The fields read are those of Statuspage's public API v2 as its own pages document it
// (https://metastatuspage.com/api) and as real pages serve it: `components` of summary.json carry
// groups too (group: true) and children name theirs in group_id; incidents and scheduled
// maintenances list affected components as component objects and their posts in
// `incident_updates`, newest first.

namespace gw {

namespace {

// Qualified calls (Text::tr) keep lupdate's context right inside helpers.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::StatusPageParser)
};

constexpr qsizetype maxQuoted = 40;     // characters of a value quoted in a message
constexpr qsizetype maxBodyQuoted = 60; // characters of a body that is not JSON

// Where a field is, "incidents[0].incident_updates[2].body". Made into text only for a message;
// a Path points at its parent, so parents are named variables that outlive their children.
struct Path
{
    const Path *parent = nullptr;
    QLatin1StringView key;
    qsizetype index = -1;

    Path child(QLatin1StringView name) const { return Path{this, name, -1}; }
    Path at(qsizetype i) const { return Path{this, {}, i}; }

    QString text() const
    {
        const QString prefix = parent ? parent->text() : QString();
        if (index >= 0)
            return prefix + u'[' + QString::number(index) + u']';
        if (prefix.isEmpty())
            return QString(key);
        return prefix + u'.' + key;
    }
};

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return text;
}

QString quoted(const QString &value)
{
    qsizetype keep = std::min(value.size(), maxQuoted);
    if (keep < value.size() && keep > 0 && value.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    return u'\'' + printable(value.first(keep)) + (keep < value.size() ? u"…'"_s : u"'"_s);
}

QString bodyExcerpt(QByteArrayView body)
{
    // Four bytes per character at most: enough bytes for the excerpt, never the whole body.
    QString text = printable(QString::fromUtf8(body.first(std::min(body.size(), maxBodyQuoted * 4)))).simplified();
    if (text.size() <= maxBodyQuoted && body.size() <= maxBodyQuoted * 4)
        return text;
    qsizetype keep = std::min(text.size(), maxBodyQuoted);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.first(keep) + u'…';
}

// Statuspage writes "2014-05-14T14:22:39.441-06:00" and "2018-05-10T23:32:14Z". QDateTime reads any
// offset and any number of fraction digits (rounded to the ms); alone it would also take a date
// without a time, and read a time without an offset in this machine's zone, where it could even
// fall into a DST gap. Such a time is read as UTC instead: the same on every machine.
std::optional<qint64> parseTime(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.size() < 16 || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' '))
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        time = QDateTime::fromString(text + u'Z', Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() != Qt::UTC)
            return std::nullopt;
    }
    const qint64 ms = time.toMSecsSinceEpoch();
    // An offset may carry the time out of the years ISO 8601 writes with four digits.
    const int year = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().year();
    if (year < 1 || year > 9999)
        return std::nullopt;
    return ms;
}

enum class Need { Optional, Required };

// Reads fields; the first problem is kept, with its path, and later reads return defaults, so a
// reader goes straight through and the caller checks once at the end.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    void fail(const Path &path, const QString &message)
    {
        if (!m_error)
            m_error = Error{path.text() + u": "_s + message};
    }

    void wrongType(const Path &path, const QJsonValue &value, const QString &expected)
    {
        fail(path, Text::tr("expected %1, found %2").arg(expected, describeType(value)));
    }

    // Absent and null are the same to every optional field: real pages write either.
    QString string(const QJsonObject &object, const Path &at, QLatin1StringView key, Need need)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if (value.isUndefined() && need == Need::Required)
            fail(at.child(key), Text::tr("missing"));
        else if (!value.isUndefined() && !(value.isNull() && need == Need::Optional))
            wrongType(at.child(key), value, Text::tr("a string"));
        return {};
    }

    bool boolean(const QJsonObject &object, const Path &at, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isBool())
            return value.toBool();
        if (!value.isUndefined() && !value.isNull())
            wrongType(at.child(key), value, Text::tr("a boolean"));
        return false;
    }

    std::optional<qint64> time(const QJsonObject &object, const Path &at, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            if (const std::optional<qint64> ms = parseTime(value.toString()))
                return ms;
            fail(at.child(key), Text::tr("not an ISO 8601 time: %1").arg(quoted(value.toString())));
        } else if (!value.isUndefined() && !value.isNull()) {
            wrongType(at.child(key), value, Text::tr("an ISO 8601 time"));
        }
        return std::nullopt;
    }

    QJsonObject object(const QJsonObject &object, const Path &at, QLatin1StringView key, Need need)
    {
        const QJsonValue value = object.value(key);
        if (value.isObject())
            return value.toObject();
        if (value.isUndefined() && need == Need::Required)
            fail(at.child(key), Text::tr("missing"));
        else if (!value.isUndefined() && !(value.isNull() && need == Need::Optional))
            wrongType(at.child(key), value, Text::tr("an object"));
        return {};
    }

    // Every list is optional: status.json has none, and a page with nothing to say may leave
    // one out.
    QJsonArray array(const QJsonObject &object, const Path &at, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isArray())
            return value.toArray();
        if (!value.isUndefined() && !value.isNull())
            wrongType(at.child(key), value, Text::tr("a list"));
        return {};
    }

    QJsonObject element(const QJsonValue &value, const Path &at)
    {
        if (value.isObject())
            return value.toObject();
        wrongType(at, value, Text::tr("an object"));
        return {};
    }

private:
    std::optional<Error> m_error;
};

// The names in a list of component objects, as incidents and maintenances carry them.
QStringList componentNames(Reader &r, const QJsonObject &object, const Path &at)
{
    const Path listPath = at.child("components"_L1);
    const QJsonArray list = r.array(object, at, "components"_L1);
    QStringList names;
    names.reserve(list.size());
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const Path itemPath = listPath.at(i);
        const QJsonObject item = r.element(list.at(i), itemPath);
        names.append(r.string(item, itemPath, "name"_L1, Need::Required));
    }
    return names;
}

StatusComponent readComponent(Reader &r, const QJsonObject &item, const Path &at)
{
    StatusComponent component;
    component.id = r.string(item, at, "id"_L1, Need::Optional);
    component.name = r.string(item, at, "name"_L1, Need::Required);
    const QString status = r.string(item, at, "status"_L1, Need::Required);
    component.status = componentStatusFromName(status).value_or(ComponentStatus::DegradedPerformance);
    component.groupId = r.string(item, at, "group_id"_L1, Need::Optional);
    component.group = r.boolean(item, at, "group"_L1);
    return component;
}

StatusUpdate readUpdate(Reader &r, const QJsonObject &item, const Path &at)
{
    StatusUpdate update;
    update.status = r.string(item, at, "status"_L1, Need::Optional);
    update.body = r.string(item, at, "body"_L1, Need::Optional);
    // display_at is the time the vendor chose to show (it may backdate a post); created_at is
    // when it was typed.
    const std::optional<qint64> displayAt = r.time(item, at, "display_at"_L1);
    const std::optional<qint64> createdAt = r.time(item, at, "created_at"_L1);
    update.atMs = displayAt.value_or(createdAt.value_or(0));
    return update;
}

StatusIncident readIncident(Reader &r, const QJsonObject &item, const Path &at)
{
    StatusIncident incident;
    incident.id = r.string(item, at, "id"_L1, Need::Optional);
    incident.name = r.string(item, at, "name"_L1, Need::Required);
    incident.status = r.string(item, at, "status"_L1, Need::Required);
    incident.impact = r.string(item, at, "impact"_L1, Need::Optional);
    incident.createdAtMs = r.time(item, at, "created_at"_L1).value_or(0);
    incident.startedAtMs = r.time(item, at, "started_at"_L1);
    incident.resolvedAtMs = r.time(item, at, "resolved_at"_L1);
    incident.shortlink = r.string(item, at, "shortlink"_L1, Need::Optional);
    incident.components = componentNames(r, item, at);
    const Path updatesPath = at.child("incident_updates"_L1);
    const QJsonArray updates = r.array(item, at, "incident_updates"_L1);
    incident.updates.reserve(updates.size());
    for (qsizetype i = 0; i < updates.size() && !r.failed(); ++i) {
        const Path updatePath = updatesPath.at(i);
        incident.updates.append(readUpdate(r, r.element(updates.at(i), updatePath), updatePath));
    }
    return incident;
}

StatusMaintenance readMaintenance(Reader &r, const QJsonObject &item, const Path &at)
{
    StatusMaintenance maintenance;
    maintenance.id = r.string(item, at, "id"_L1, Need::Optional);
    maintenance.name = r.string(item, at, "name"_L1, Need::Required);
    maintenance.status = r.string(item, at, "status"_L1, Need::Required);
    maintenance.scheduledForMs = r.time(item, at, "scheduled_for"_L1);
    maintenance.scheduledUntilMs = r.time(item, at, "scheduled_until"_L1);
    maintenance.components = componentNames(r, item, at);
    return maintenance;
}

// Reads each object of the list at `key` with `read` into `out`.
template<typename T, typename Read>
void readList(Reader &r, const QJsonObject &top, const Path &root, QLatin1StringView key, QList<T> &out, Read read)
{
    const Path listPath = root.child(key);
    const QJsonArray list = r.array(top, root, key);
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const Path itemPath = listPath.at(i);
        out.append(read(r, r.element(list.at(i), itemPath), itemPath));
    }
}

Error notJson(QByteArrayView body, const QByteArray &bytes, const QJsonParseError &parseError)
{
    // QJsonDocument takes objects and lists only; a lone number or string is JSON all the same,
    // and saying so is clearer than "illegal value".
    QByteArray list;
    list.reserve(bytes.size() + 2);
    list.append('[').append(bytes).append(']');
    const QJsonDocument wrapped = QJsonDocument::fromJson(list);
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return Error{Text::tr("not a Statuspage document: the JSON is %1, not an object")
                         .arg(describeType(wrapped.array().first()))};
    // Qt may point one past the end of a body cut off inside a string.
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, body.size());
    QString message = Text::tr("not JSON at byte %1: %2").arg(offset).arg(parseError.errorString());
    // An HTML error page or a captive portal is recognised by its start; broken JSON by the offset.
    QByteArrayView start = body.trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.sliced(3);
    if (!start.startsWith('{') && !start.startsWith('['))
        message += u"; "_s + Text::tr("the body starts with %1").arg(QString(u'\'' + bodyExcerpt(start) + u'\''));
    return Error{message, offset};
}

} // namespace

Result<StatusPage> parseStatusPage(QByteArrayView json)
{
    if (json.size() > maxStatusPageBytes)
        return Error{Text::tr("the body is %1 bytes, over the limit of %2 MiB for a status page")
                         .arg(json.size())
                         .arg(maxStatusPageBytes / (1024 * 1024))};
    const QByteArrayView trimmed = json.trimmed();
    if (trimmed.isEmpty() || trimmed == "\xEF\xBB\xBF")
        return Error{Text::tr("the body is empty"), 0};
    const QByteArray bytes = json.toByteArray();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notJson(json, bytes, parseError);
    if (!document.isObject())
        return Error{Text::tr("not a Statuspage document: the JSON is a list, not an object")};
    const QJsonObject top = document.object();
    // Without it the document is something else (incidents.json, components.json, another API).
    if (!top.contains("status"_L1))
        return Error{Text::tr("status: missing; every Statuspage summary.json and status.json has it")};

    Reader r;
    const Path root;
    StatusPage page;

    const Path statusPath = root.child("status"_L1);
    const QJsonObject status = r.object(top, root, "status"_L1, Need::Required);
    const QString indicator = r.string(status, statusPath, "indicator"_L1, Need::Required);
    if (!r.failed()) {
        if (const std::optional<StatusIndicator> known = statusIndicatorFromName(indicator))
            page.indicator = *known;
        else
            r.fail(statusPath.child("indicator"_L1),
                   Text::tr("unknown indicator %1 (expected none, minor, major, critical or maintenance)")
                       .arg(quoted(indicator)));
    }
    page.description = r.string(status, statusPath, "description"_L1, Need::Optional);

    const Path pagePath = root.child("page"_L1);
    const QJsonObject pageObject = r.object(top, root, "page"_L1, Need::Optional);
    page.name = r.string(pageObject, pagePath, "name"_L1, Need::Optional);
    page.url = r.string(pageObject, pagePath, "url"_L1, Need::Optional);
    page.updatedAtMs = r.time(pageObject, pagePath, "updated_at"_L1).value_or(0);

    readList(r, top, root, "components"_L1, page.components, readComponent);
    readList(r, top, root, "incidents"_L1, page.incidents, readIncident);
    readList(r, top, root, "scheduled_maintenances"_L1, page.maintenances, readMaintenance);

    if (r.failed())
        return r.error();
    return page;
}

} // namespace gw
