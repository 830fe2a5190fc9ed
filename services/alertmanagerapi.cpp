#include "alertmanagerapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

#include <memory>

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

struct AlertmanagerClient::Reply
{
    int status = 0;
    QByteArray body;
    std::optional<AmFailure> failure; // no answer at all, or one that is an error

    // The JSON of a 2xx answer, or why there is none.
    AmResult<QJsonDocument> json(const QString &server) const
    {
        if (failure)
            return *failure;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return AmFailure{AmFailure::Kind::NotAlertmanager,
                             Text::tr("%1 did not answer as Alertmanager's API v2 does (HTTP %2, not JSON)")
                                 .arg(server)
                                 .arg(status)};
        return document;
    }
};

AlertmanagerClient::AlertmanagerClient(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

AlertmanagerClient::~AlertmanagerClient() = default;

QString AlertmanagerClient::serverName() const
{
    const QUrl &url = m_options.url;
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

QFuture<AlertmanagerClient::Reply> AlertmanagerClient::send(const QByteArray &method, const QString &path,
                                                          const QByteArray &body)
{
    auto promise = std::make_shared<QPromise<Reply>>();
    promise->start();
    QFuture<Reply> future = promise->future();

    QUrl url = m_options.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_options.authorization.isEmpty())
        request.setRawHeader("Authorization", m_options.authorization);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(m_options.timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    const QString server = serverName();
    const auto timeout = m_options.timeout;
    connect(reply, &QNetworkReply::finished, this, [reply, promise, timedOut, server, timeout] {
        reply->deleteLater();
        Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        using Kind = AmFailure::Kind;
        const int status = answer.status;
        if (*timedOut) {
            answer.failure = AmFailure{Kind::Timeout, Text::tr("Alertmanager at %1 did not answer within %2 s")
                                                          .arg(server)
                                                          .arg(timeout.count() / 1000.0)};
        } else if (status == 0) {
            answer.failure = AmFailure{Kind::Unreachable, Text::tr("Alertmanager at %1 cannot be reached: %2")
                                                              .arg(server, reply->errorString())};
        } else if (status == 401 || status == 403) {
            answer.failure = AmFailure{Kind::Unauthorized, Text::tr("Alertmanager at %1 refused the credentials (HTTP %2)")
                                                               .arg(server)
                                                               .arg(status)};
        } else if (status == 404) {
            answer.failure = AmFailure{Kind::NotFound, Text::tr("Alertmanager at %1 does not know it: %2")
                                                           .arg(server, refusal(answer.body))};
        } else if (status >= 400 && status < 500) {
            answer.failure = AmFailure{Kind::Refused, Text::tr("Alertmanager at %1 refused it: %2")
                                                          .arg(server, refusal(answer.body))};
        } else if (status >= 500) {
            answer.failure = AmFailure{Kind::Unavailable, Text::tr("Alertmanager at %1 could not do it (HTTP %2): %3")
                                                              .arg(server)
                                                              .arg(status)
                                                              .arg(refusal(answer.body))};
        }
        promise->addResult(std::move(answer));
        promise->finish();
    });
    return future;
}

QFuture<AmResult<QList<AmAlert>>> AlertmanagerClient::alerts()
{
    const QString server = serverName();
    return send("GET", u"/api/v2/alerts"_s).then(this, [server](const Reply &reply) -> AmResult<QList<AmAlert>> {
        const AmResult<QJsonDocument> json = reply.json(server);
        if (!json)
            return json.error();
        if (!json->isArray())
            return AmFailure{AmFailure::Kind::NotAlertmanager,
                             Text::tr("%1 answered /api/v2/alerts with something other than a list").arg(server)};
        QList<AmAlert> alerts;
        for (const QJsonValue &entry : json->array()) {
            Result<AmAlert> alert = alertFromJson(entry.toObject());
            if (!alert)
                return AmFailure{AmFailure::Kind::NotAlertmanager,
                                 Text::tr("%1 listed %2").arg(server, alert.error().message)};
            alerts.append(std::move(alert).value());
        }
        return alerts;
    });
}

QFuture<AmResult<QList<Silence>>> AlertmanagerClient::silences()
{
    const QString server = serverName();
    return send("GET", u"/api/v2/silences"_s).then(this, [server](const Reply &reply) -> AmResult<QList<Silence>> {
        const AmResult<QJsonDocument> json = reply.json(server);
        if (!json)
            return json.error();
        if (!json->isArray())
            return AmFailure{AmFailure::Kind::NotAlertmanager,
                             Text::tr("%1 answered /api/v2/silences with something other than a list").arg(server)};
        QList<Silence> silences;
        for (const QJsonValue &entry : json->array()) {
            Result<Silence> silence = silenceFromJson(entry.toObject());
            if (!silence)
                return AmFailure{AmFailure::Kind::NotAlertmanager,
                                 Text::tr("%1 listed %2").arg(server, silence.error().message)};
            silences.append(std::move(silence).value());
        }
        return silences;
    });
}

QFuture<AmResult<QString>> AlertmanagerClient::saveSilence(const Silence &silence)
{
    const QString server = serverName();
    const QByteArray body = QJsonDocument(silenceToJson(silence)).toJson(QJsonDocument::Compact);
    return send("POST", u"/api/v2/silences"_s, body).then(this, [server](const Reply &reply) -> AmResult<QString> {
        const AmResult<QJsonDocument> json = reply.json(server);
        if (!json)
            return json.error();
        const QString id = json->object().value(u"silenceID"_s).toString();
        if (id.isEmpty())
            return AmFailure{AmFailure::Kind::NotAlertmanager,
                             Text::tr("%1 saved the silence but gave no silenceID").arg(server)};
        return id;
    });
}

QFuture<AmResult<bool>> AlertmanagerClient::expireSilence(const QString &id)
{
    const QString server = serverName();
    const QString path = u"/api/v2/silence/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return send("DELETE", path).then(this, [server](const Reply &reply) -> AmResult<bool> {
        if (reply.failure)
            return *reply.failure;
        return true;
    });
}

} // namespace gw
