#include "references.h"

using namespace Qt::StringLiterals;

namespace gw {

namespace {

struct Reference
{
    enum class Kind { Secret, Env };
    Kind kind;
    QString name;
};

// One piece of a string: literal text or a reference.
struct Segment
{
    QString literal;
    std::optional<Reference> reference;
};

struct Tokenized
{
    QList<Segment> segments; // as far as the text could be read
    std::optional<Error> error;
};

bool isSecretNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.'
           || c == u'-';
}

bool isEnvNameChar(QChar c, bool first)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || (!first && c >= u'0' && c <= u'9');
}

Tokenized tokenize(const QString &text)
{
    Tokenized out;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            out.segments.append(Segment{literal, std::nullopt});
        literal.clear();
    };

    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'$' && QStringView(text).mid(i + 1).startsWith(u"${")) {
            literal += u"${"_s;
            i += 3;
            continue;
        }
        if (text.at(i) != u'$' || i + 1 >= n || text.at(i + 1) != u'{') {
            literal += text.at(i);
            ++i;
            continue;
        }

        const qsizetype start = i;
        const qsizetype close = text.indexOf(u'}', start + 2);
        if (close < 0) {
            out.error = Error{References::tr("unterminated reference: \"${\" without a closing \"}\""), start};
            return out;
        }
        const QStringView body = QStringView(text).sliced(start + 2, close - start - 2);
        const qsizetype colon = body.indexOf(u':');
        if (colon < 0) {
            out.error = Error{
                References::tr("invalid reference \"${%1}\": expected ${secret:name} or ${env:NAME}").arg(body), start};
            return out;
        }
        const QStringView kindText = body.first(colon);
        const QStringView name = body.sliced(colon + 1);
        const qsizetype nameStart = start + 2 + colon + 1;
        Reference reference;
        if (kindText == u"secret") {
            reference.kind = Reference::Kind::Secret;
        } else if (kindText == u"env") {
            reference.kind = Reference::Kind::Env;
        } else {
            out.error =
                Error{References::tr("unknown reference kind '%1' (allowed: secret, env)").arg(kindText), start + 2};
            return out;
        }
        if (name.isEmpty()) {
            out.error = Error{References::tr("empty name in reference \"${%1}\"").arg(body), nameStart};
            return out;
        }
        for (qsizetype k = 0; k < name.size(); ++k) {
            const bool valid = reference.kind == Reference::Kind::Secret ? isSecretNameChar(name.at(k))
                                                                         : isEnvNameChar(name.at(k), k == 0);
            if (!valid) {
                const QString allowed =
                    reference.kind == Reference::Kind::Secret
                        ? References::tr("secret names use letters, digits, '_', '.' and '-'")
                        : References::tr("variable names use letters, digits and '_' and do not start with a digit");
                out.error = Error{References::tr("invalid character '%1' in reference \"${%2}\": %3")
                                      .arg(QString(name.at(k)), body.toString(), allowed),
                                  nameStart + k};
                return out;
            }
        }
        reference.name = name.toString();
        flushLiteral();
        out.segments.append(Segment{QString(), reference});
        i = close + 1;
    }
    flushLiteral();
    return out;
}

// The engines whose HTTP APIs the desktop reads: Prometheus for history, the team's Alertmanager.
QList<const ApiEndpoint *> endpoints(const Catalog &catalog)
{
    QList<const ApiEndpoint *> out;
    if (catalog.settings.prometheus)
        out.append(&*catalog.settings.prometheus);
    if (catalog.alertmanager)
        out.append(&catalog.alertmanager->api);
    return out;
}

} // namespace

QStringList References::secretNames(const QString &text)
{
    QStringList names;
    for (const Segment &segment : tokenize(text).segments) {
        if (segment.reference && segment.reference->kind == Reference::Kind::Secret
            && !names.contains(segment.reference->name))
            names.append(segment.reference->name);
    }
    return names;
}

QStringList References::secretNames(const Catalog &catalog)
{
    QStringList names;
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            names += secretNames(check.url);
            names += secretNames(check.body);
            for (const auto &header : check.headers)
                names += secretNames(header.second);
        }
    }
    if (catalog.gateway) {
        names += secretNames(catalog.gateway->eventsUrl);
        for (const auto &header : catalog.gateway->headers)
            names += secretNames(header.second);
    }
    for (const WebhookSource &source : catalog.webhooks) {
        names += secretNames(source.secret);
        for (const QString &previous : source.previousSecrets)
            names += secretNames(previous);
    }
    for (const VendorSpec &vendor : catalog.vendors)
        names += secretNames(vendor.statusPage);
    for (const NotifyChannel &channel : catalog.notify) {
        names += secretNames(channel.url);
        names += secretNames(channel.generatorUrl);
        for (const auto &header : channel.headers)
            names += secretNames(header.second);
    }
    for (const ApiEndpoint *api : endpoints(catalog)) {
        names += secretNames(api->url);
        for (const auto &header : api->headers)
            names += secretNames(header.second);
    }
    names.removeDuplicates();
    return names;
}

QStringList References::sensitiveValues(const Catalog &catalog, const SecretSource &secrets)
{
    QStringList values;
    auto add = [&](const QString &text, bool withEnv) {
        for (const Segment &segment : tokenize(text).segments) {
            if (!segment.reference)
                continue;
            const Reference &reference = *segment.reference;
            if (reference.kind == Reference::Kind::Secret) {
                if (const std::optional<QString> value = secrets.secret(reference.name))
                    values.append(*value);
            } else if (withEnv && qEnvironmentVariableIsSet(reference.name.toLocal8Bit().constData())) {
                values.append(qEnvironmentVariable(reference.name.toLocal8Bit().constData()));
            }
        }
    };
    // In a URL, variables after the '?' are credentials as often as not; before it, a host or path.
    auto addUrl = [&](const QString &url) {
        const qsizetype query = url.indexOf(u'?');
        add(url.first(query < 0 ? url.size() : query), false);
        if (query >= 0)
            add(url.sliced(query), true);
    };
    for (const IntegrationSpec &integration : catalog.integrations) {
        for (const CheckSpec &check : integration.checks) {
            addUrl(check.url);
            add(check.body, true);
            for (const auto &header : check.headers)
                add(header.second, true);
        }
    }
    if (catalog.gateway) {
        addUrl(catalog.gateway->healthUrl);
        addUrl(catalog.gateway->metricsUrl);
        addUrl(catalog.gateway->eventsUrl);
        for (const auto &header : catalog.gateway->headers)
            add(header.second, true);
    }
    for (const WebhookSource &source : catalog.webhooks) {
        add(source.secret, true);
        for (const QString &previous : source.previousSecrets)
            add(previous, true);
    }
    for (const VendorSpec &vendor : catalog.vendors)
        addUrl(vendor.statusPage);
    for (const NotifyChannel &channel : catalog.notify) {
        if (channel.type == NotifyType::Slack) {
            // A Slack webhook URL is a credential as a whole, also when written out in the file.
            add(channel.url, true);
            if (const Result<QString> url = expand(channel.url, secrets))
                values.append(url.value());
        } else {
            addUrl(channel.url);
        }
        addUrl(channel.generatorUrl);
        for (const auto &header : channel.headers)
            add(header.second, true);
    }
    for (const ApiEndpoint *api : endpoints(catalog)) {
        addUrl(api->url);
        for (const auto &header : api->headers)
            add(header.second, true);
    }
    values.removeAll(QString());
    values.removeDuplicates();
    return values;
}

std::optional<Error> References::validate(const QString &text)
{
    return tokenize(text).error;
}

Result<QString> References::expand(const QString &text, const SecretSource &secrets)
{
    Tokenized tokens = tokenize(text);
    if (tokens.error)
        return *tokens.error;

    QString out;
    for (const Segment &segment : std::as_const(tokens.segments)) {
        if (!segment.reference) {
            out += segment.literal;
            continue;
        }
        const Reference &reference = *segment.reference;
        if (reference.kind == Reference::Kind::Secret) {
            const std::optional<QString> value = secrets.secret(reference.name);
            if (!value)
                return Error{tr("secret '%1' is not set").arg(reference.name)};
            out += *value;
        } else {
            if (!qEnvironmentVariableIsSet(reference.name.toLocal8Bit().constData()))
                return Error{tr("environment variable '%1' is not set").arg(reference.name)};
            out += qEnvironmentVariable(reference.name.toLocal8Bit().constData());
        }
    }
    return out;
}

QString References::mask(const QString &text, const QString &placeholder)
{
    const Tokenized tokens = tokenize(text);
    if (tokens.error)
        return text;
    QString out;
    for (const Segment &segment : tokens.segments)
        out += segment.reference ? placeholder : segment.literal;
    return out;
}

} // namespace gw
