#include "alertmanagerapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::AlertmanagerClient)
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// RFC 3339 as Alertmanager writes it, with up to nanoseconds and Z or an offset.
std::optional<qint64> readTime(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    // Qt reads at most milliseconds: cut longer fractions to three digits.
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            text.remove(dot + 4, end - dot - 4);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? std::optional(time.toMSecsSinceEpoch()) : std::nullopt;
}

QMap<QString, QString> readStrings(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QStringList readList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &entry : value.toArray())
        out.append(entry.toString());
    return out;
}

// Alertmanager words its refusals as a JSON string ("silence invalid: …"), or plain text.
QString refusal(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('"')) {
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]");
        if (wrapped.isArray())
            return wrapped.array().at(0).toString().left(500);
    }
    return QString::fromUtf8(trimmed.left(500));
}

} // namespace

QJsonObject silenceToJson(const Silence &silence)
{
    QJsonArray matchers;
    for (const LabelMatcher &matcher : silence.matchers) {
        const bool regex = matcher.op() == LabelMatcher::Op::Regex || matcher.op() == LabelMatcher::Op::NotRegex;
        const bool equal = matcher.op() == LabelMatcher::Op::Equal || matcher.op() == LabelMatcher::Op::Regex;
        matchers.append(QJsonObject{{u"name"_s, matcher.name()},
                                    {u"value"_s, matcher.value()},
                                    {u"isRegex"_s, regex},
                                    {u"isEqual"_s, equal}});
    }
    QJsonObject object{{u"matchers"_s, matchers},
                       {u"startsAt"_s, isoTime(silence.startsAtMs)},
                       {u"endsAt"_s, isoTime(silence.endsAtMs)},
                       {u"createdBy"_s, silence.createdBy},
                       {u"comment"_s, silence.comment}};
    if (!silence.id.isEmpty())
        object.insert(u"id"_s, silence.id);
    return object;
}

Result<Silence> silenceFromJson(const QJsonObject &object)
{
    Silence silence;
    silence.id = object.value(u"id"_s).toString();
    const std::optional<qint64> starts = readTime(object.value(u"startsAt"_s));
    const std::optional<qint64> ends = readTime(object.value(u"endsAt"_s));
    if (silence.id.isEmpty() || !starts || !ends)
        return Error{Text::tr("a silence without an id, startsAt or endsAt")};
    silence.startsAtMs = *starts;
    silence.endsAtMs = *ends;
    silence.createdBy = object.value(u"createdBy"_s).toString();
    silence.comment = object.value(u"comment"_s).toString();
    for (const QJsonValue &entry : object.value(u"matchers"_s).toArray()) {
        const QJsonObject matcher = entry.toObject();
        const bool regex = matcher.value(u"isRegex"_s).toBool();
        // isEqual came with Alertmanager 0.22; before it every matcher was an equality.
        const bool equal = matcher.value(u"isEqual"_s).toBool(true);
        const LabelMatcher::Op op = regex ? (equal ? LabelMatcher::Op::Regex : LabelMatcher::Op::NotRegex)
                                          : (equal ? LabelMatcher::Op::Equal : LabelMatcher::Op::NotEqual);
        Result<LabelMatcher> made =
            LabelMatcher::make(matcher.value(u"name"_s).toString(), op, matcher.value(u"value"_s).toString());
        if (!made)
            return Error{Text::tr("silence %1: %2").arg(silence.id, made.error().message)};
        silence.matchers.append(std::move(made).value());
    }
    return silence;
}

ActiveAlert activeAlertFrom(const AmAlert &alert)
{
    ActiveAlert active;
    active.rule = alert.labels.value(u"alertname"_s);
    active.severity = alertSeverityFromName(alert.labels.value(u"severity"_s)).value_or(AlertSeverity::Warning);
    active.state = AlertState::Firing;
    active.sinceMs = alert.startsAtMs;
    active.incidentStartMs = alert.startsAtMs;
    active.labels = alert.labels;
    active.annotations = alert.annotations;
    active.silencedBy = alert.silencedBy;
    active.inhibitedBy = alert.inhibitedBy.value(0);
    return active;
}

QList<ActiveAlert> withTeamAlerts(const QList<ActiveAlert> &own, const QList<AmAlert> &team, qint64 nowMs)
{
    QSet<QString> rules;
    for (const ActiveAlert &alert : own)
        rules.insert(alert.rule);
    QList<ActiveAlert> others;
    for (const AmAlert &alert : team) {
        const QString name = alert.labels.value(u"alertname"_s);
        if (name.isEmpty() || rules.contains(name) || (alert.endsAtMs > 0 && alert.endsAtMs <= nowMs))
            continue;
        others.append(activeAlertFrom(alert));
    }
    std::stable_sort(others.begin(), others.end(), [](const ActiveAlert &a, const ActiveAlert &b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.sinceMs < b.sinceMs;
    });
    return own + others;
}

Result<AmAlert> alertFromJson(const QJsonObject &object)
{
    AmAlert alert;
    alert.fingerprint = object.value(u"fingerprint"_s).toString();
    alert.labels = readStrings(object.value(u"labels"_s));
    if (alert.fingerprint.isEmpty() || alert.labels.isEmpty())
        return Error{Text::tr("an alert without a fingerprint or labels")};
    alert.annotations = readStrings(object.value(u"annotations"_s));
    alert.startsAtMs = readTime(object.value(u"startsAt"_s)).value_or(0);
    alert.endsAtMs = readTime(object.value(u"endsAt"_s)).value_or(0);
    alert.updatedAtMs = readTime(object.value(u"updatedAt"_s)).value_or(0);
    alert.generatorUrl = object.value(u"generatorURL"_s).toString();
    const QJsonObject status = object.value(u"status"_s).toObject();
    const QString state = status.value(u"state"_s).toString();
    alert.state = state == u"active"       ? AmAlert::State::Active
                  : state == u"suppressed" ? AmAlert::State::Suppressed
                                           : AmAlert::State::Unprocessed;
    alert.silencedBy = readList(status.value(u"silencedBy"_s));
    alert.inhibitedBy = readList(status.value(u"inhibitedBy"_s));
    for (const QJsonValue &receiver : object.value(u"receivers"_s).toArray())
        alert.receivers.append(receiver.toObject().value(u"name"_s).toString());
    return alert;
}

namespace {

// Why a reply is no answer: none came, or it is an error status.
std::optional<AmFailure> failureOf(const ApiReply &reply, const ApiServer &server)
{
    using Kind = AmFailure::Kind;
    const QString name = server.name();
    const int status = reply.status;
    if (reply.timedOut)
        return AmFailure{Kind::Timeout, Text::tr("Alertmanager at %1 did not answer within %2 s")
                                            .arg(name)
                                            .arg(static_cast<double>(server.timeout.count()) / 1000.0)};
    if (status == 0)
        return AmFailure{Kind::Unreachable,
                         Text::tr("Alertmanager at %1 cannot be reached: %2").arg(name, reply.networkError)};
    if (status == 401 || status == 403)
        return AmFailure{Kind::Unauthorized,
                         Text::tr("Alertmanager at %1 refused the credentials (HTTP %2)").arg(name).arg(status)};
    if (status == 404)
        return AmFailure{Kind::NotFound,
                         Text::tr("Alertmanager at %1 does not know it: %2").arg(name, refusal(reply.body))};
    if (status >= 400 && status < 500)
        return AmFailure{Kind::Refused, Text::tr("Alertmanager at %1 refused it: %2").arg(name, refusal(reply.body))};
    if (status >= 500)
        return AmFailure{Kind::Unavailable, Text::tr("Alertmanager at %1 could not do it (HTTP %2): %3")
                                                .arg(name)
                                                .arg(status)
                                                .arg(refusal(reply.body))};
    return std::nullopt;
}

// The JSON of a 2xx answer, or why there is none.
AmResult<QJsonDocument> jsonOf(const ApiReply &reply, const ApiServer &server)
{
    if (const std::optional<AmFailure> failure = failureOf(reply, server))
        return *failure;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return AmFailure{AmFailure::Kind::NotAlertmanager,
                         Text::tr("%1 did not answer as Alertmanager's API v2 does (HTTP %2, not JSON)")
                             .arg(server.name())
                             .arg(reply.status)};
    return document;
}

// A list answer (alerts, silences), each entry read by `read`.
template<typename T>
AmResult<QList<T>> listOf(const ApiReply &reply, const ApiServer &server, const QString &path,
                          Result<T> (*read)(const QJsonObject &))
{
    const AmResult<QJsonDocument> json = jsonOf(reply, server);
    if (!json)
        return json.error();
    if (!json->isArray())
        return AmFailure{AmFailure::Kind::NotAlertmanager,
                         Text::tr("%1 answered %2 with something other than a list").arg(server.name(), path)};
    QList<T> out;
    for (const QJsonValue &entry : json->array()) {
        Result<T> item = read(entry.toObject());
        if (!item)
            return AmFailure{AmFailure::Kind::NotAlertmanager,
                             Text::tr("%1 listed %2").arg(server.name(), item.error().message)};
        out.append(std::move(item).value());
    }
    return out;
}

} // namespace

AlertmanagerClient::AlertmanagerClient(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

// Requests still out end here, while this client can still receive their continuations: left to
// the QObject teardown, the network manager would cancel them against a client half destroyed.
AlertmanagerClient::~AlertmanagerClient()
{
    delete m_network;
}

QFuture<ApiReply> AlertmanagerClient::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return sendApiRequest(*m_network, m_options, method, path, {}, body);
}

QFuture<AmResult<QList<AmAlert>>> AlertmanagerClient::alerts()
{
    const QString path = u"/api/v2/alerts"_s;
    return send("GET", path).then(this, [server = m_options, path](const ApiReply &reply) {
        return listOf<AmAlert>(reply, server, path, &alertFromJson);
    });
}

QFuture<AmResult<QList<Silence>>> AlertmanagerClient::silences()
{
    const QString path = u"/api/v2/silences"_s;
    return send("GET", path).then(this, [server = m_options, path](const ApiReply &reply) {
        return listOf<Silence>(reply, server, path, &silenceFromJson);
    });
}

QFuture<AmResult<QString>> AlertmanagerClient::saveSilence(const Silence &silence)
{
    const QByteArray body = QJsonDocument(silenceToJson(silence)).toJson(QJsonDocument::Compact);
    return send("POST", u"/api/v2/silences"_s, body)
        .then(this, [server = m_options](const ApiReply &reply) -> AmResult<QString> {
            const AmResult<QJsonDocument> json = jsonOf(reply, server);
            if (!json)
                return json.error();
            const QString id = json->object().value(u"silenceID"_s).toString();
            if (id.isEmpty())
                return AmFailure{AmFailure::Kind::NotAlertmanager,
                                 Text::tr("%1 saved the silence but gave no silenceID").arg(server.name())};
            return id;
        });
}

QFuture<AmResult<bool>> AlertmanagerClient::expireSilence(const QString &id)
{
    const QString path = u"/api/v2/silence/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return send("DELETE", path).then(this, [server = m_options](const ApiReply &reply) -> AmResult<bool> {
        if (const std::optional<AmFailure> failure = failureOf(reply, server))
            return *failure;
        return true;
    });
}

} // namespace gw
