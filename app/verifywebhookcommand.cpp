#include "verifywebhookcommand.h"

#include "webhookverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// Qualified calls (Text::tr) give lupdate the context used at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::VerifyWebhookCommand)
};

// The whole file, byte for byte; a message naming the option and the file when it cannot be read.
Result<QByteArray> readFile(const QString &option, const QString &path)
{
    if (QFileInfo(path).isDir())
        return Error{Text::tr("--%1: %2 is a directory, not a file").arg(option, path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("--%1: cannot read %2: %3").arg(option, path, file.errorString())};
    return file.readAll();
}

// A secret file as editors and `echo` write it: one trailing line break (LF or CRLF) is not part
// of the secret; anything else, blanks included, is.
Result<QByteArray> readSecretFile(const QString &option, const QString &path)
{
    Result<QByteArray> read = readFile(option, path);
    if (!read)
        return read;
    QByteArray secret = std::move(read).value();
    if (secret.endsWith('\n')) {
        secret.chop(1);
        if (secret.endsWith('\r'))
            secret.chop(1);
    }
    if (secret.isEmpty())
        return Error{Text::tr("--%1: %2 holds no secret").arg(option, path)};
    return secret;
}

std::optional<qint64> parseSeconds(const QString &text)
{
    return parseWebhookTimestamp(text.toLatin1());
}

} // namespace

int VerifyWebhookCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Check the signature of one webhook delivery and print the verdict on one line."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"verify-webhook"_s, Text::tr("The verify-webhook command."));
    const QCommandLineOption scheme(u"scheme"_s, Text::tr("shopify, stripe, slack, github, standard or chatwoot."),
                                    u"NAME"_s);
    const QCommandLineOption secretEnv(u"secret-env"_s,
                                       Text::tr("The environment variable holding the current secret."), u"VAR"_s);
    const QCommandLineOption secretFile(
        u"secret-file"_s, Text::tr("The file holding the current secret (one trailing line break is ignored)."),
        u"FILE"_s);
    const QCommandLineOption previousFile(
        u"previous-secret-file"_s,
        Text::tr("A file holding a previous secret that is still accepted; repeat for more, newest first."), u"FILE"_s);
    const QCommandLineOption header(u"header"_s, Text::tr("A header of the delivery, 'Name: value'; repeat for each."),
                                    u"HEADER"_s);
    const QCommandLineOption bodyFile(u"body-file"_s, Text::tr("The body of the delivery, byte for byte."), u"FILE"_s);
    const QCommandLineOption now(u"now"_s, Text::tr("The time of receipt in Unix seconds (default: now)."),
                                 u"SECONDS"_s);
    const QCommandLineOption tolerance(
        u"tolerance"_s, Text::tr("How far the signed timestamp may be from --now (default: the scheme's own)."),
        u"SECONDS"_s);
    parser.addOptions({scheme, secretEnv, secretFile, previousFile, header, bodyFile, now, tolerance});

    const auto usage = [&err](const QString &message) {
        err << message << u'\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    if (!parser.isSet(scheme))
        return usage(Text::tr("--scheme is required: shopify, stripe, slack, github, standard or chatwoot"));
    const std::optional<WebhookScheme> chosen = webhookSchemeFromName(parser.value(scheme));
    if (!chosen) {
        return usage(Text::tr("--scheme: unknown scheme '%1' (use shopify, stripe, slack, github, standard or "
                              "chatwoot)")
                         .arg(parser.value(scheme)));
    }

    if (parser.isSet(secretEnv) == parser.isSet(secretFile)) {
        return usage(parser.isSet(secretEnv) ? Text::tr("use either --secret-env or --secret-file, not both")
                                             : Text::tr("the secret is required: --secret-env VAR or --secret-file "
                                                        "FILE"));
    }
    QList<QByteArray> secrets;
    if (parser.isSet(secretEnv)) {
        const QString name = parser.value(secretEnv);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return usage(Text::tr("--secret-env: the environment variable %1 is not set").arg(name));
        const QByteArray value = qgetenv(name.toLocal8Bit().constData());
        if (value.isEmpty())
            return usage(Text::tr("--secret-env: the environment variable %1 is empty").arg(name));
        secrets.append(value);
    } else {
        const Result<QByteArray> secret = readSecretFile(u"secret-file"_s, parser.value(secretFile));
        if (!secret)
            return usage(secret.error().message);
        secrets.append(*secret);
    }
    for (const QString &path : parser.values(previousFile)) {
        const Result<QByteArray> secret = readSecretFile(u"previous-secret-file"_s, path);
        if (!secret)
            return usage(secret.error().message);
        secrets.append(*secret);
    }

    WebhookHeaders headers;
    for (const QString &text : parser.values(header)) {
        const qsizetype colon = text.indexOf(u':');
        const QString name = colon < 0 ? QString() : text.first(colon).trimmed();
        if (name.isEmpty() || name.contains(u' ')) {
            return usage(
                Text::tr("--header: expected 'Name: value', e.g. 'X-Hub-Signature-256: sha256=…', got '%1'").arg(text));
        }
        headers.append({name.toUtf8(), text.sliced(colon + 1).trimmed().toUtf8()});
    }

    if (!parser.isSet(bodyFile))
        return usage(Text::tr("--body-file is required (the body exactly as received)"));
    const Result<QByteArray> body = readFile(u"body-file"_s, parser.value(bodyFile));
    if (!body)
        return usage(body.error().message);

    qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(now)) {
        const std::optional<qint64> given = parseSeconds(parser.value(now));
        if (!given)
            return usage(Text::tr("--now: '%1' is not Unix seconds, e.g. 1767225600").arg(parser.value(now)));
        nowSecs = *given;
    }
    std::optional<qint64> toleranceSecs;
    if (parser.isSet(tolerance)) {
        if (!webhookDefaultToleranceSecs(*chosen)) {
            return usage(Text::tr("--tolerance: %1 signs no timestamp, so there is nothing to tolerate")
                             .arg(webhookSchemeName(*chosen)));
        }
        toleranceSecs = parseSeconds(parser.value(tolerance));
        if (!toleranceSecs) {
            return usage(
                Text::tr("--tolerance: '%1' is not a whole number of seconds, e.g. 300").arg(parser.value(tolerance)));
        }
    }

    const WebhookVerification verification = verifyWebhook(*chosen, headers, *body, secrets, nowSecs, toleranceSecs);
    out << machineName(verification.verdict);
    if (!verification.message.isEmpty())
        out << u": "_s << verification.message;
    out << u'\n';
    out.flush();
    return isAuthentic(verification.verdict) ? 0 : 1;
}

} // namespace gw
