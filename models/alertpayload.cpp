#include "alertpayload.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Slack's limits: a header's text, a section's text, a field's text.
constexpr qsizetype slackHeaderLimit = 150;
constexpr qsizetype slackTextLimit = 3000;
constexpr qsizetype slackFieldLimit = 2000;

QJsonValue number(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString truncated(const QString &text, qsizetype limit)
{
    return text.size() <= limit ? text : text.first(limit - 1) + u'\u2026';
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString formatValue(double value)
{
    return QString::number(value, 'g', 6);
}

// Slack reads the top-level text as mrkdwn: these three would start links and mentions.
QString escapeMrkdwn(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

QJsonObject plainText(const QString &text, qsizetype limit)
{
    return QJsonObject{{u"type"_s, u"plain_text"_s}, {u"text"_s, truncated(text, limit)}};
}

} // namespace

QString AlertPayload::rfc3339(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject AlertPayload::webhook(const AlertNotice &notice, const AlertRule &rule)
{
    return QJsonObject{
        {u"alert"_s, notice.rule},
        {u"state"_s, machineName(notice.kind)},
        {u"severity"_s, machineName(notice.severity)},
        {u"labels"_s, toJson(alertLabels(rule))},
        {u"annotations"_s, toJson(rule.annotations)},
        {u"value"_s, number(notice.value)},
        {u"starts_at"_s, rfc3339(notice.startsAtMs)},
        {u"ends_at"_s, notice.endsAtMs ? QJsonValue(rfc3339(*notice.endsAtMs)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject AlertPayload::slack(const AlertNotice &notice, const AlertRule &rule, Occasion occasion)
{
    const bool reminder = occasion == Occasion::Reminder && notice.kind == AlertNotice::Kind::Firing;
    QString headline;
    switch (notice.kind) {
    case AlertNotice::Kind::Firing:
        headline = reminder ? tr("Still firing: %1").arg(notice.rule) : tr("Firing: %1").arg(notice.rule);
        break;
    case AlertNotice::Kind::Resolved:
        headline = tr("Resolved: %1").arg(notice.rule);
        break;
    case AlertNotice::Kind::Flapping:
        headline = tr("Flapping: %1").arg(notice.rule);
        break;
    }

    QStringList what;
    if (notice.kind == AlertNotice::Kind::Flapping)
        what.append(tr("%1 keeps switching between firing and resolved. Its notifications pause until it settles.")
                        .arg(notice.rule));
    for (const QString &key : {u"summary"_s, u"description"_s}) {
        if (const QString text = rule.annotations.value(key).trimmed(); !text.isEmpty())
            what.append(text);
    }

    QJsonArray fields{plainText(tr("Severity: %1").arg(machineName(notice.severity)), slackFieldLimit)};
    switch (notice.kind) {
    case AlertNotice::Kind::Firing:
        fields.append(plainText(tr("Firing since: %1").arg(utcTime(notice.startsAtMs)), slackFieldLimit));
        break;
    case AlertNotice::Kind::Resolved:
        fields.append(plainText(tr("Fired at: %1").arg(utcTime(notice.startsAtMs)), slackFieldLimit));
        fields.append(
            plainText(tr("Resolved at: %1").arg(utcTime(notice.endsAtMs.value_or(notice.atMs))), slackFieldLimit));
        break;
    case AlertNotice::Kind::Flapping:
        fields.append(plainText(tr("Flapping since: %1").arg(utcTime(notice.startsAtMs)), slackFieldLimit));
        break;
    }
    if (notice.value && std::isfinite(*notice.value)) {
        const QString value = formatValue(*notice.value);
        fields.append(plainText(reminder ? tr("Value when it fired: %1").arg(value) : tr("Value: %1").arg(value),
                                slackFieldLimit));
    }

    QJsonArray blocks{QJsonObject{{u"type"_s, u"header"_s}, {u"text"_s, plainText(headline, slackHeaderLimit)}}};
    if (!what.isEmpty())
        blocks.append(QJsonObject{{u"type"_s, u"section"_s}, {u"text"_s, plainText(what.join(u'\n'), slackTextLimit)}});
    blocks.append(QJsonObject{{u"type"_s, u"section"_s}, {u"fields"_s, fields}});

    // The line a phone shows: severity, what happened, and the summary when there is one.
    QString text = u'[' + machineName(notice.severity) + u"] "_s + headline;
    if (const QString summary = rule.annotations.value(u"summary"_s).trimmed(); !summary.isEmpty())
        text += u": "_s + summary;
    return QJsonObject{{u"text"_s, escapeMrkdwn(truncated(text, slackTextLimit))}, {u"blocks"_s, blocks}};
}

QJsonObject AlertPayload::alertmanagerAlert(const AlertNotice &notice, const AlertRule &rule, qint64 nowMs,
                                            qint64 resendIntervalMs, const QString &generatorUrl)
{
    QJsonObject labels;
    const QMap<QString, QString> names = alertLabels(rule);
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        labels.insert(labelName(it.key()), it.value());

    qint64 endsAtMs = nowMs + 4 * resendIntervalMs;
    switch (notice.kind) {
    case AlertNotice::Kind::Firing:
        break;
    case AlertNotice::Kind::Resolved:
        endsAtMs = notice.endsAtMs.value_or(notice.atMs);
        break;
    case AlertNotice::Kind::Flapping:
        labels.insert(u"flapping"_s, u"true"_s);
        endsAtMs = notice.atMs + 4 * resendIntervalMs;
        break;
    }

    QJsonObject alert{
        {u"labels"_s, labels},
        {u"annotations"_s, toJson(rule.annotations)},
        {u"startsAt"_s, rfc3339(notice.startsAtMs)},
        {u"endsAt"_s, rfc3339(endsAtMs)},
    };
    if (!generatorUrl.isEmpty())
        alert.insert(u"generatorURL"_s, generatorUrl);
    return alert;
}

QString AlertPayload::labelName(const QString &name)
{
    QString out = name;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            out[i] = u'_';
    }
    return out.isEmpty() ? u"_"_s : out;
}

} // namespace gw
