#include "healthformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Nesting beyond this is not a health document anyone wrote by hand; stop rather than recurse.
constexpr int maxComponentDepth = 32;

enum class DraftStatus { Pass, Warn, Fail };

// draft-inadarei-api-health-check, section 3.1, with the aliases it allows for existing tools.
std::optional<DraftStatus> draftStatus(const QString &value)
{
    const QString status = value.toLower();
    if (status == u"pass" || status == u"ok" || status == u"up")
        return DraftStatus::Pass;
    if (status == u"warn")
        return DraftStatus::Warn;
    if (status == u"fail" || status == u"error" || status == u"down")
        return DraftStatus::Fail;
    return std::nullopt;
}

QString draftWord(DraftStatus status)
{
    switch (status) {
    case DraftStatus::Pass:
        return u"pass"_s;
    case DraftStatus::Warn:
        return u"warn"_s;
    case DraftStatus::Fail:
        break;
    }
    return u"fail"_s;
}

bool isHealthJsonType(QByteArrayView contentType)
{
    QByteArrayView mediaType = contentType;
    if (const qsizetype semicolon = mediaType.indexOf(';'); semicolon >= 0)
        mediaType = mediaType.first(semicolon);
    return mediaType.trimmed().compare("application/health+json", Qt::CaseInsensitive) == 0;
}

bool isActuatorStatus(const QString &status)
{
    return status == u"UP" || status == u"DOWN" || status == u"OUT_OF_SERVICE" || status == u"UNKNOWN";
}

// Spring Boot lets applications define their own statuses; by convention they are upper-case codes.
bool looksLikeStatusCode(const QString &status)
{
    if (status.isEmpty())
        return false;
    for (const QChar c : status) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

// The worst status among the entries of one draft `checks` key (an array of objects; a lone
// object is tolerated). Entries without a recognisable status do not count.
std::optional<DraftStatus> worstCheckStatus(const QJsonValue &entries)
{
    QJsonArray list;
    if (entries.isArray())
        list = entries.toArray();
    else if (entries.isObject())
        list.append(entries);
    std::optional<DraftStatus> result;
    for (const QJsonValue &entry : std::as_const(list)) {
        const std::optional<DraftStatus> status = draftStatus(entry.toObject().value(u"status").toString());
        if (status && (!result || *status > *result))
            result = status;
    }
    return result;
}

HealthDocument interpretDraft(const QJsonObject &root, DraftStatus status)
{
    HealthDocument document;
    switch (status) {
    case DraftStatus::Pass:
        document.status = HealthStatus::Up;
        break;
    case DraftStatus::Warn:
        document.status = HealthStatus::Degraded;
        break;
    case DraftStatus::Fail:
        document.status = HealthStatus::Down;
        break;
    }

    QStringList failing;
    const QJsonObject checks = root.value(u"checks").toObject();
    for (auto it = checks.constBegin(); it != checks.constEnd(); ++it) {
        const std::optional<DraftStatus> worst = worstCheckStatus(it.value());
        if (worst && *worst != DraftStatus::Pass)
            failing.append(it.key());
    }
    document.summary = draftWord(status);
    if (!failing.isEmpty()) {
        document.summary += u": "_s + failing.join(u", "_s);
    } else if (status != DraftStatus::Pass) {
        const QString output = root.value(u"output").toString().simplified();
        if (!output.isEmpty())
            document.summary += u": "_s + output.left(120);
    }
    return document;
}

// Spring Boot 2.2+ nests under "components"; 2.0/2.1 used "details" for the same thing, where
// plain detail values are not objects with a status and are skipped.
void collectNotUp(const QJsonObject &component, const QString &path, int depth, QStringList &out)
{
    if (depth > maxComponentDepth)
        return;
    const qsizetype before = out.size();
    for (const QStringView key : {QStringView(u"components"), QStringView(u"details")}) {
        const QJsonObject children = component.value(key).toObject();
        for (auto it = children.constBegin(); it != children.constEnd(); ++it) {
            const QJsonObject child = it.value().toObject();
            if (!child.value(u"status").isString())
                continue;
            const QString childPath = path.isEmpty() ? it.key() : path + u'/' + it.key();
            collectNotUp(child, childPath, depth + 1, out);
        }
    }
    // Name the deepest components that are not up: "db/primary" says more than "db".
    if (out.size() == before && !path.isEmpty() && component.value(u"status").toString() != u"UP")
        out.append(path);
}

HealthDocument interpretActuator(const QJsonObject &root, const QString &status)
{
    HealthDocument document;
    if (status == u"UP")
        document.status = HealthStatus::Up;
    else if (status == u"DOWN" || status == u"OUT_OF_SERVICE")
        document.status = HealthStatus::Down;
    else if (status == u"UNKNOWN")
        document.status = HealthStatus::Unknown;
    else
        document.status = HealthStatus::Degraded;

    QStringList notUp;
    collectNotUp(root, QString(), 0, notUp);
    document.summary = status;
    if (!notUp.isEmpty())
        document.summary += u": "_s + notUp.join(u", "_s);
    return document;
}

} // namespace

std::optional<HealthDocument> interpretHealthDocument(QByteArrayView contentType, QByteArrayView body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject root = json.object();
    const QJsonValue statusValue = root.value(u"status");
    if (!statusValue.isString())
        return std::nullopt;
    const QString status = statusValue.toString().trimmed();

    const bool declaredHealthJson = isHealthJsonType(contentType);
    const bool actuatorShape =
        isActuatorStatus(status)
        || (looksLikeStatusCode(status) && (root.value(u"components").isObject() || root.value(u"details").isObject()));
    // An upper-case Actuator document says more through its components than the draft's aliases would.
    if (actuatorShape && !(declaredHealthJson && draftStatus(status)))
        return interpretActuator(root, status);
    if (const std::optional<DraftStatus> draft = draftStatus(status))
        return interpretDraft(root, *draft);
    if (declaredHealthJson)
        return HealthDocument{
            HealthStatus::Unknown,
            QCoreApplication::translate("gw::HealthFormat", "unrecognised status '%1'").arg(status.left(40))};
    return std::nullopt;
}

} // namespace gw
