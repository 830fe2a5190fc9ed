#include "configloader.h"

#include "duration.h"
#include "references.h"
#include "webhooksignature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <optional>
#include <string>
#include <tuple>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace gw {

QString ConfigError::toString() const
{
    if (line <= 0)
        return file + u": "_s + message;
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": "_s + message;
}

namespace {

const QStringList rootKeys{u"settings"_s, u"gateway"_s, u"integrations"_s, u"webhooks"_s,
                           u"vendors"_s,  u"alerts"_s,  u"notify"_s,       u"alertmanager"_s};
const QStringList vendorKeys{u"id"_s,       u"name"_s,        u"integrations"_s, u"status_page"_s,
                             u"status_components"_s, u"status_interval"_s, u"contract"_s,
                             u"cost"_s,     u"support"_s,     u"escalation"_s,   u"weights"_s};
const QStringList contractKeys{u"availability"_s, u"p95_latency"_s, u"credits"_s};
const QStringList creditKeys{u"below"_s, u"percent"_s};
const QStringList costKeys{u"currency"_s, u"monthly_fee"_s, u"included"_s, u"overage"_s, u"budget"_s};
const QStringList supportKeys{u"tier"_s, u"rating"_s};
const QStringList escalationKeys{u"severity"_s, u"contact"_s, u"channel"_s, u"respond_within"_s};
const QStringList weightKeys{u"availability"_s, u"latency"_s, u"errors"_s,
                             u"incidents"_s,    u"cost"_s,    u"support"_s};
const QStringList alertKeys{u"name"_s,         u"when"_s,     u"for"_s,    u"keep_firing_for"_s,
                            u"resolve_when"_s, u"severity"_s, u"labels"_s, u"annotations"_s};
const QStringList alertSeverities{u"info"_s, u"warning"_s, u"critical"_s};
const QStringList notifyTypes{u"desktop"_s, u"slack"_s, u"webhook"_s, u"alertmanager"_s};
// Functions whose subject is an integration, or an integration's check ("shopify/orders").
const QStringList integrationFunctions{
    u"status"_s,     u"p50"_s,      u"p95"_s,        u"p99"_s,
    u"error_rate"_s, u"failures"_s, u"quota_left"_s, u"quota_exhausts_before_reset"_s,
    u"tls_days"_s};
// Functions that read the gateway's event feed, and its metrics page.
const QStringList webhookFunctions{u"webhook_signature_failures"_s, u"webhook_delivery_rate"_s};
const QStringList routeFunctions{u"route_error_ratio"_s, u"route_p95"_s};
const QStringList settingsKeys{
    u"interval"_s, u"timeout"_s,         u"max_body"_s,         u"failure_threshold"_s, u"success_threshold"_s,
    u"ca_file"_s,  u"circuit_breaker"_s, u"quota_thresholds"_s, u"history"_s,           u"evaluation_interval"_s};
const QStringList integrationKeys{u"id"_s,     u"name"_s,   u"budget"_s, u"circuit_breaker"_s, u"quota_thresholds"_s,
                                  u"labels"_s, u"checks"_s};
// The agent's metrics carry these labels itself (docs/metrics.md); Prometheus sets job and instance.
const QStringList reservedMetricLabels{u"integration"_s, u"check"_s,   u"vendor"_s, u"state"_s, u"class"_s,
                                       u"policy"_s,      u"unit"_s,    u"source"_s, u"verdict"_s, u"service"_s,
                                       u"route"_s,       u"result"_s,  u"le"_s,     u"job"_s, u"instance"_s};
const QStringList breakerKeys{u"failures"_s, u"backoff"_s, u"cooldown"_s, u"max_cooldown"_s};
const QStringList thresholdKeys{u"warning"_s, u"critical"_s};
const QStringList historyKeys{u"raw"_s,    u"minute"_s, u"hour"_s,    u"day"_s,    u"events"_s,
                              u"source"_s, u"url"_s,    u"headers"_s, u"timeout"_s};
const QStringList historySources{u"local"_s, u"prometheus"_s};
// The keys of an engine's HTTP API (ApiEndpoint), in history and in alertmanager.
const QStringList endpointKeys{u"url"_s, u"headers"_s, u"timeout"_s};
const QStringList alertmanagerKeys{u"url"_s, u"headers"_s, u"timeout"_s, u"evaluate_rules"_s};
const QStringList gatewayKeys{u"name"_s,    u"health_url"_s, u"metrics_url"_s, u"events_url"_s,
                              u"flavor"_s,  u"metrics"_s,    u"interval"_s,    u"timeout"_s,
                              u"headers"_s, u"routes"_s,     u"ca_file"_s};
const QStringList gatewayFlavors{u"auto"_s, u"kong"_s, u"traefik"_s, u"envoy"_s, u"generic"_s};
const QStringList genericMetricKeys{u"requests"_s,     u"status_label"_s,  u"latency"_s,
                                    u"latency_unit"_s, u"service_label"_s, u"route_label"_s};
const QStringList routeKeys{u"service"_s, u"route"_s};
const QStringList webhookKeys{u"scheme"_s, u"secret"_s, u"previous_secrets"_s};
const QStringList webhookSchemes{u"shopify"_s, u"stripe"_s, u"slack"_s, u"github"_s, u"standard"_s, u"chatwoot"_s};
const QStringList checkKeys{u"id"_s,
                            u"name"_s,
                            u"url"_s,
                            u"method"_s,
                            u"headers"_s,
                            u"body"_s,
                            u"interval"_s,
                            u"timeout"_s,
                            u"max_body"_s,
                            u"failure_threshold"_s,
                            u"success_threshold"_s,
                            u"ca_file"_s,
                            u"conditions"_s,
                            u"degraded"_s,
                            u"quota"_s,
                            u"quota_limits"_s};
const QStringList quotaModes{u"auto"_s, u"off"_s};
// How a boolean may be written (YAML 1.1's words, which yaml-cpp reads too).
const QStringList trueWords{u"true"_s, u"yes"_s, u"on"_s};
const QStringList falseWords{u"false"_s, u"no"_s, u"off"_s};
const QStringList quotaKeys{u"remaining"_s, u"limit"_s, u"reset"_s, u"reset_unit"_s, u"policy"_s, u"unit"_s};
const QStringList resetUnits{u"epoch"_s, u"delta"_s, u"iso"_s};
const QStringList quotaUnits{u"requests"_s, u"points"_s, u"tokens"_s, u"bytes"_s, u"concurrent"_s};
const QStringList methods{u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s};

// The keys of a notify channel of this type; of any type while the type is not known.
QStringList notifyKeys(std::optional<NotifyType> type)
{
    const auto applies = [&type](std::initializer_list<NotifyType> types) {
        return !type || std::find(types.begin(), types.end(), *type) != types.end();
    };
    using enum NotifyType;
    QStringList keys{u"type"_s, u"name"_s};
    if (applies({Slack, Webhook, Alertmanager}))
        keys.append(u"url"_s);
    if (applies({Webhook, Alertmanager}))
        keys.append(u"headers"_s);
    keys.append(u"min_severity"_s);
    if (applies({Desktop, Slack, Webhook}))
        keys.append(u"repeat_interval"_s);
    if (applies({Slack, Webhook, Alertmanager}))
        keys.append(u"timeout"_s);
    if (applies({Alertmanager}))
        keys += QStringList{u"resend_interval"_s, u"generator_url"_s};
    if (applies({Desktop}))
        keys.append(u"sound"_s);
    return keys;
}

QString fromYaml(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return ConfigLoader::tr("a map");
    case YAML::NodeType::Sequence:
        return ConfigLoader::tr("a list");
    case YAML::NodeType::Scalar:
        return ConfigLoader::tr("a string");
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return ConfigLoader::tr("nothing");
}

// Optimal string alignment distance: a swapped pair of letters counts as one edit.
qsizetype editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::optional<QString> closest(const QString &word, const QStringList &candidates)
{
    const QString lower = word.toLower();
    const qsizetype allowed = lower.size() <= 3 ? 1 : 2;
    std::optional<QString> best;
    qsizetype bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const qsizetype distance = editDistance(lower, candidate.toLower());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

bool isIdentifier(const QString &id)
{
    static const QRegularExpression pattern(u"\\A[a-z0-9-]+\\z"_s);
    return pattern.match(id).hasMatch();
}

bool isHeaderName(const QString &name)
{
    static const QRegularExpression token(u"\\A[!#$%&'*+.^_`|~0-9A-Za-z-]+\\z"_s);
    return token.match(name).hasMatch();
}

struct Field
{
    YAML::Node key;
    YAML::Node value;
};

using Fields = QHash<QString, Field>;

// Where a check's interval or timeout was written, to point at the right one.
struct TimingPositions
{
    std::optional<SourcePosition> interval;
    std::optional<SourcePosition> timeout;
};

// Its messages share ConfigLoader's context, so lupdate and run time agree on it.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(gw::ConfigLoader)

public:
    Parser(QByteArray source, const QString &fileName);
    Result<Catalog, ConfigErrors> run();

private:
    void parseRoot(const YAML::Node &root, Catalog &catalog);
    void parseSettings(const Field &field, Settings &settings);
    std::optional<IntegrationSpec> parseIntegration(const YAML::Node &node, const Settings &settings);
    std::optional<GatewaySpec> parseGateway(const Field &field, const Settings &settings);
    void readGenericMetrics(const Field &field, GenericMetricNames &names);
    QHash<QString, GatewayRoute> readGatewayRoutes(const Field &field);
    void parseIntegrations(const Field &field, Catalog &catalog);
    void checkGatewayRoutes(const Catalog &catalog, const QHash<QString, SourcePosition> &positions);
    void parseWebhooks(const Field &field, Catalog &catalog);
    void parseVendors(const Field &field, Catalog &catalog);
    std::optional<VendorSpec> parseVendor(const YAML::Node &node, const Catalog &catalog,
                                          const SourcePosition &fallback);
    void readContract(const Field &field, VendorContract &contract);
    std::optional<VendorCost> readCost(const Field &field);
    void readSupport(const Field &field, VendorSpec &vendor);
    QList<EscalationStep> readEscalation(const Field &field);
    void readWeights(const Field &field, ScoreWeights &weights);
    std::optional<double> readNumber(const Field &field, const QString &key, double minimum, double maximum);
    QMap<QString, double> readAmounts(const Field &field, const QString &key);
    void parseAlerts(const Field &field, Catalog &catalog);
    std::optional<AlertRule> parseAlert(const YAML::Node &node, const Catalog &catalog, const SourcePosition &fallback);
    std::optional<AlertExpression> readExpression(const Field &field, const QString &key, const Catalog &catalog);
    QMap<QString, QString> readStringMap(const Field &field, const QString &key);
    // An integration's `labels`, checked against Prometheus's label names and the agent's own.
    QMap<QString, QString> readMetricLabels(const Field &field);
    void parseNotify(const Field &field, Catalog &catalog);
    std::optional<NotifyChannel> parseNotifyChannel(const YAML::Node &node, const SourcePosition &fallback,
                                                    bool &named);
    QList<AlertSeverity> readSound(const Field &field);
    std::optional<WebhookSource> parseWebhookSource(const Field &field, const QString &id,
                                                    const SourcePosition &position);
    std::optional<QString> readSecretReference(const YAML::Node &scalar, const QString &key,
                                               const SourcePosition &fallback);
    std::optional<CheckSpec> parseCheck(const YAML::Node &node, const Settings &settings);

    template<typename Target>
    void readCommon(const Fields &fields, Target &target, TimingPositions &positions);
    void checkTiming(milliseconds interval, milliseconds timeout, const TimingPositions &positions);
    // circuit_breaker and quota_thresholds, in settings and in an integration (over the settings).
    void readPoliteness(const Fields &all, BreakerPolicy &breaker, QuotaThresholds &thresholds);
    void readBreaker(const Field &field, BreakerPolicy &policy);
    void readQuotaThresholds(const Field &field, QuotaThresholds &thresholds);
    std::optional<double> readPercentage(const Field &field, const QString &key);
    void readHistory(const Field &field, Settings &settings);
    void readRetention(const Fields &all, Retention &retention);
    void readHistorySource(const Field &field, const Fields &all, Settings &settings);
    std::optional<AlertmanagerSpec> parseAlertmanager(const Field &field);
    // url (required, else `missingUrl` at `position`), headers and timeout of an engine's HTTP API.
    std::optional<ApiEndpoint> readEndpoint(const Fields &all, const SourcePosition &position,
                                            const QString &missingUrl);

    Fields fields(const YAML::Node &map, const QStringList &allowed, const QString &where);
    std::optional<QString> readString(const Field &field, const QString &key);
    std::optional<QString> readId(const Field &field);
    std::optional<milliseconds> readDuration(const Field &field, const QString &key);
    std::optional<qint64> readBytes(const Field &field, const QString &key);
    std::optional<int> readCount(const Field &field, const QString &key);
    std::optional<YAML::Node> readList(const Field &field, const QString &key);
    std::optional<bool> readBoolean(const Field &field, const QString &key);
    QList<QPair<QString, QString>> readHeaders(const Field &field);
    bool validReferences(const YAML::Node &scalar, const QString &text, const QString &key);
    void validateUrl(const Field &field, const QString &url);
    QList<Condition> readConditions(const Field &field, const QString &key);
    void readQuota(const Field &field, CheckSpec &check);
    std::optional<QString> readPlaceholder(const Field &field, const QString &key);
    std::optional<QString> readChoice(const Field &field, const QString &key, const QStringList &allowed);
    QHash<QString, double> readQuotaLimits(const Field &field);

    SourcePosition positionOf(const YAML::Mark &mark) const;
    SourcePosition positionOf(const YAML::Node &node, const SourcePosition &fallback = {}) const;
    SourcePosition valuePosition(const Field &field) const;
    SourcePosition positionInScalar(const YAML::Node &scalar, qsizetype offset) const;
    SourcePosition positionAtByte(qsizetype offset) const;
    qsizetype byteOffset(const YAML::Mark &mark) const;
    void report(const SourcePosition &position, const QString &message);
    void reportType(const Field &field, const QString &key, const QString &expected);

    QByteArray m_source;
    QString m_fileName;
    QDir m_baseDir;
    QList<qsizetype> m_lineStarts;
    ConfigErrors m_errors;
    QHash<QString, SourcePosition> m_routePositions; // gateway routes by integration id
    bool m_gatewayWritten = false; // the file has a gateway section, good or not
};

Parser::Parser(QByteArray source, const QString &fileName)
    : m_source(std::move(source)), m_fileName(fileName), m_baseDir(QFileInfo(fileName).absoluteDir())
{
    // yaml-cpp skips a byte order mark without counting it; drop it so columns agree.
    if (m_source.startsWith("\xEF\xBB\xBF"))
        m_source.remove(0, 3);
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_source.size(); ++i) {
        if (m_source.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
}

Result<Catalog, ConfigErrors> Parser::run()
{
    Catalog catalog;
    try {
        const YAML::Node root = YAML::Load(std::string(m_source.constData(), size_t(m_source.size())));
        parseRoot(root, catalog);
    } catch (const YAML::Exception &e) {
        QString message = tr("invalid YAML: %1").arg(fromYaml(e.msg));
        const SourcePosition position = positionOf(e.mark);
        if (position.line > 0) {
            const qsizetype start = m_lineStarts.at(position.line - 1);
            const qsizetype end = m_source.indexOf('\n', start);
            const QString line = QString::fromUtf8(m_source.mid(start, end < 0 ? -1 : end - start));
            static const QRegularExpression unquotedCondition(u"(^\\s*-|:)\\s*\\[[A-Z_]+\\]\\S*\\s+\\S"_s);
            if (unquotedCondition.match(line).hasMatch())
                message += tr(" (quote conditions that start with '[', e.g. - \"[STATUS] == 200\")");
        }
        report(position, message);
    } catch (const std::exception &e) {
        report({}, tr("cannot read the configuration: %1").arg(QString::fromLocal8Bit(e.what())));
    }

    if (!m_errors.isEmpty()) {
        std::stable_sort(m_errors.begin(), m_errors.end(), [](const ConfigError &a, const ConfigError &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        return m_errors;
    }
    return catalog;
}

void Parser::parseRoot(const YAML::Node &root, Catalog &catalog)
{
    if (!root || root.IsNull())
        return;
    if (!root.IsMap()) {
        report(positionOf(root, {1, 1}),
               tr("expected a map with the keys settings and integrations at the top level, found %1")
                   .arg(describe(root)));
        return;
    }
    const Fields top = fields(root, rootKeys, tr("at the top level"));

    if (const auto it = top.constFind(u"settings"_s); it != top.cend())
        parseSettings(*it, catalog.settings);
    if (const auto it = top.constFind(u"gateway"_s); it != top.cend()) {
        catalog.gateway = parseGateway(*it, catalog.settings);
        m_gatewayWritten = true;
    }
    if (const auto it = top.constFind(u"integrations"_s); it != top.cend())
        parseIntegrations(*it, catalog);
    checkGatewayRoutes(catalog, m_routePositions);
    if (const auto it = top.constFind(u"webhooks"_s); it != top.cend())
        parseWebhooks(*it, catalog);
    if (catalog.gateway) {
        if (const IntegrationSpec *taken = catalog.integration(Catalog::gatewayId)) {
            report(taken->position, tr("the integration id '%1' is the gateway's when a gateway section is "
                                       "configured; rename this integration")
                                        .arg(Catalog::gatewayId));
        } else {
            IntegrationSpec gateway = gatewayIntegration(*catalog.gateway, catalog.settings);
            if (!gateway.checks.isEmpty())
                catalog.integrations.prepend(std::move(gateway));
        }
    }
    if (const auto it = top.constFind(u"vendors"_s); it != top.cend())
        parseVendors(*it, catalog);
    // Last: rules name the integrations, checks and vendors above.
    if (const auto it = top.constFind(u"alerts"_s); it != top.cend())
        parseAlerts(*it, catalog);
    if (const auto it = top.constFind(u"notify"_s); it != top.cend())
        parseNotify(*it, catalog);
    if (const auto it = top.constFind(u"alertmanager"_s); it != top.cend())
        catalog.alertmanager = parseAlertmanager(*it);
}

std::optional<AlertmanagerSpec> Parser::parseAlertmanager(const Field &field)
{
    if (!field.value.IsMap()) {
        reportType(field, u"alertmanager"_s,
                   tr("a map with url and, optionally, headers, timeout and evaluate_rules, e.g. "
                      "{url: http://alertmanager:9093}"));
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(field.value, alertmanagerKeys, tr("in alertmanager"));
    AlertmanagerSpec spec;
    const std::optional<ApiEndpoint> api =
        readEndpoint(all, positionOf(field.key), tr("alertmanager needs a 'url', e.g. url: http://alertmanager:9093"));
    if (api)
        spec.api = *api;
    if (const auto it = all.constFind(u"evaluate_rules"_s); it != all.cend()) {
        if (const std::optional<bool> evaluate = readBoolean(*it, u"evaluate_rules"_s))
            spec.evaluateRules = *evaluate;
    }
    return api && m_errors.size() == errorsBefore ? std::optional(spec) : std::nullopt;
}

std::optional<ApiEndpoint> Parser::readEndpoint(const Fields &all, const SourcePosition &position,
                                                const QString &missingUrl)
{
    const qsizetype errorsBefore = m_errors.size();
    ApiEndpoint endpoint;
    endpoint.position = position;
    if (const auto it = all.constFind(u"url"_s); it != all.cend()) {
        // Not repeated in messages: its query may hold a credential.
        if (const std::optional<QString> url = readString(*it, u"url"_s)) {
            endpoint.url = *url;
            validateUrl(*it, *url);
        }
    } else {
        report(position, missingUrl);
    }
    if (const auto it = all.constFind(u"headers"_s); it != all.cend() && !it->value.IsNull()) {
        if (it->value.IsMap())
            endpoint.headers = readHeaders(*it);
        else
            reportType(*it, u"headers"_s, tr("a map of header names to values"));
    }
    if (const auto it = all.constFind(u"timeout"_s); it != all.cend()) {
        if (const std::optional<milliseconds> timeout = readDuration(*it, u"timeout"_s))
            endpoint.timeout = *timeout;
    }
    return m_errors.size() == errorsBefore ? std::optional(endpoint) : std::nullopt;
}

void Parser::parseNotify(const Field &field, Catalog &catalog)
{
    if (field.value.IsNull())
        return;
    const std::optional<YAML::Node> list = readList(field, u"notify"_s);
    if (!list)
        return;
    const SourcePosition listPosition = valuePosition(field);
    QHash<QString, SourcePosition> taken; // names written in the file
    QList<NotifyChannel> unnamed;
    QList<NotifyChannel> channels;
    for (const YAML::Node &item : *list) {
        bool named = false;
        std::optional<NotifyChannel> channel = parseNotifyChannel(item, listPosition, named);
        if (!channel || !named) {
            if (channel)
                channels.append(std::move(*channel));
            continue;
        }
        if (const auto first = taken.constFind(channel->name); first != taken.cend()) {
            report(channel->position,
                   tr("duplicate notify channel '%1' (first at line %2, column %3)")
                       .arg(channel->name, QString::number(first->line), QString::number(first->column)));
            continue;
        }
        taken.insert(channel->name, channel->position);
        channels.append(std::move(*channel));
    }
    // Unnamed channels are called by their type, the second of a type "-2", and so on, around the
    // names written in the file.
    for (NotifyChannel &channel : channels) {
        if (!channel.name.isEmpty())
            continue;
        const QString type = machineName(channel.type);
        QString name = type;
        for (int n = 2; taken.contains(name); ++n)
            name = type + u'-' + QString::number(n);
        channel.name = name;
        taken.insert(name, channel.position);
    }
    catalog.notify = std::move(channels);
}

std::optional<NotifyChannel> Parser::parseNotifyChannel(const YAML::Node &node, const SourcePosition &fallback,
                                                        bool &named)
{
    const SourcePosition position = positionOf(node, fallback);
    if (!node.IsMap()) {
        report(
            position,
            tr("expected a notify channel (a map with type and, for most types, url), found %1").arg(describe(node)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    NotifyChannel channel;
    channel.position = position;

    // The type says which keys are allowed, so it is read first.
    std::optional<NotifyType> type;
    bool typeWritten = false;
    for (auto it = node.begin(); it != node.end() && !typeWritten; ++it) {
        if (!it->first.IsScalar() || fromYaml(it->first.Scalar()) != u"type")
            continue;
        typeWritten = true;
        if (const std::optional<QString> name = readChoice(Field{it->first, it->second}, u"type"_s, notifyTypes))
            type = notifyTypeFromName(*name);
    }
    if (!typeWritten)
        report(position, tr("a notify channel needs a 'type' (%1)").arg(notifyTypes.join(u", "_s)));
    const Fields all =
        fields(node, notifyKeys(type),
               type ? tr("in a notify channel of type %1").arg(machineName(*type)) : tr("in a notify channel"));
    if (!type)
        return std::nullopt;
    channel.type = *type;

    if (const auto it = all.constFind(u"name"_s); it != all.cend()) {
        if (const std::optional<QString> name = readString(*it, u"name"_s)) {
            static const QRegularExpression valid(u"\\A[A-Za-z0-9][A-Za-z0-9_.-]*\\z"_s);
            if (name->isEmpty())
                report(valuePosition(*it),
                       tr("empty name: leave 'name' out to call the channel '%1'").arg(machineName(channel.type)));
            else if (!valid.match(*name).hasMatch())
                report(valuePosition(*it),
                       tr("invalid notify channel name '%1': use letters, digits, '-', '_' and '.'").arg(*name));
            else
                channel.name = *name;
            named = true;
        }
    }
    if (const auto it = all.constFind(u"url"_s); it != all.cend()) {
        // Never repeated in a message: a Slack webhook URL is a credential of its own.
        if (const std::optional<QString> url = readString(*it, u"url"_s)) {
            channel.url = *url;
            validateUrl(*it, *url);
        }
    } else if (channel.type != NotifyType::Desktop) {
        const QString example = channel.type == NotifyType::Slack     ? u"${secret:slack-webhook}"_s
                                : channel.type == NotifyType::Webhook ? u"https://hooks.example.com/gatewatch"_s
                                                                      : u"http://alertmanager:9093"_s;
        report(position,
               tr("a notify channel of type %1 needs a 'url', e.g. url: %2").arg(machineName(channel.type), example));
    }
    if (const auto it = all.constFind(u"headers"_s); it != all.cend() && !it->value.IsNull()) {
        if (it->value.IsMap())
            channel.headers = readHeaders(*it);
        else
            reportType(*it, u"headers"_s, tr("a map of header names to values"));
    }
    if (const auto it = all.constFind(u"min_severity"_s); it != all.cend()) {
        if (const std::optional<QString> severity = readChoice(*it, u"min_severity"_s, alertSeverities))
            channel.minSeverity = alertSeverityFromName(*severity).value_or(AlertSeverity::Info);
    }
    if (const auto it = all.constFind(u"repeat_interval"_s); it != all.cend()) {
        if (it->value.IsScalar() && fromYaml(it->value.Scalar()) == u"off") {
            channel.repeatInterval.reset();
        } else if (const std::optional<milliseconds> interval = readDuration(*it, u"repeat_interval"_s)) {
            if (*interval < std::chrono::minutes(1))
                report(valuePosition(*it), tr("repeat_interval must be at least 1m (or off)"));
            else
                channel.repeatInterval = *interval;
        }
    }
    if (const auto it = all.constFind(u"timeout"_s); it != all.cend()) {
        if (const std::optional<milliseconds> timeout = readDuration(*it, u"timeout"_s))
            channel.timeout = *timeout;
    }
    if (const auto it = all.constFind(u"resend_interval"_s); it != all.cend()) {
        if (const std::optional<milliseconds> interval = readDuration(*it, u"resend_interval"_s)) {
            if (*interval < std::chrono::seconds(1))
                report(valuePosition(*it), tr("resend_interval must be at least 1s"));
            else
                channel.resendInterval = *interval;
        }
    }
    if (const auto it = all.constFind(u"generator_url"_s); it != all.cend()) {
        if (const std::optional<QString> url = readString(*it, u"generator_url"_s)) {
            channel.generatorUrl = *url;
            validateUrl(*it, *url);
        }
    }
    if (const auto it = all.constFind(u"sound"_s); it != all.cend())
        channel.sound = readSound(*it);
    return m_errors.size() == errorsBefore ? std::optional(channel) : std::nullopt;
}

QList<AlertSeverity> Parser::readSound(const Field &field)
{
    const QString expected = tr("true, false or a list of severities, e.g. [critical, warning]");
    QList<AlertSeverity> out;
    if (field.value.IsScalar()) {
        const QString text = fromYaml(field.value.Scalar()).trimmed();
        if (trueWords.contains(text.toLower()))
            return {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical};
        if (falseWords.contains(text.toLower()))
            return out;
        if (const std::optional<AlertSeverity> severity = alertSeverityFromName(text))
            return {*severity};
        const std::optional<QString> suggestion =
            closest(text, alertSeverities + trueWords.first(1) + falseWords.first(1));
        report(valuePosition(field),
               tr("invalid sound '%1'%2: expected %3")
                   .arg(text, suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString(), expected));
        return out;
    }
    if (!field.value.IsSequence()) {
        reportType(field, u"sound"_s, expected);
        return out;
    }
    const SourcePosition listPosition = valuePosition(field);
    for (const YAML::Node &item : field.value) {
        const Field entry{field.key, item};
        if (!item.IsScalar()) {
            report(
                positionOf(item, listPosition),
                tr("expected a severity (%1) in 'sound', found %2").arg(alertSeverities.join(u", "_s), describe(item)));
            continue;
        }
        if (const std::optional<QString> severity = readChoice(entry, u"sound"_s, alertSeverities)) {
            const AlertSeverity value = alertSeverityFromName(*severity).value_or(AlertSeverity::Info);
            if (!out.contains(value))
                out.append(value);
        }
    }
    return out;
}

void Parser::parseAlerts(const Field &field, Catalog &catalog)
{
    if (field.value.IsNull())
        return;
    const std::optional<YAML::Node> list = readList(field, u"alerts"_s);
    if (!list)
        return;
    QHash<QString, SourcePosition> seen;
    const SourcePosition listPosition = valuePosition(field);
    for (const YAML::Node &item : *list) {
        std::optional<AlertRule> rule = parseAlert(item, catalog, listPosition);
        if (!rule)
            continue;
        const SourcePosition position = positionOf(item, listPosition);
        if (const auto first = seen.constFind(rule->name); first != seen.cend()) {
            report(position, tr("duplicate alert '%1' (first at line %2, column %3)")
                                 .arg(rule->name, QString::number(first->line), QString::number(first->column)));
            continue;
        }
        seen.insert(rule->name, position);
        catalog.alerts.append(std::move(*rule));
    }
}

std::optional<AlertRule> Parser::parseAlert(const YAML::Node &node, const Catalog &catalog,
                                            const SourcePosition &fallback)
{
    const SourcePosition position = positionOf(node, fallback);
    if (!node.IsMap()) {
        report(position,
               tr("expected an alert rule (a map with name, when, for and severity), found %1").arg(describe(node)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(node, alertKeys, tr("in an alert rule"));
    AlertRule rule;
    if (const auto it = all.constFind(u"name"_s); it != all.cend()) {
        if (const std::optional<QString> name = readString(*it, u"name"_s)) {
            static const QRegularExpression valid(u"\\A[A-Za-z0-9][A-Za-z0-9_.-]*\\z"_s);
            if (valid.match(*name).hasMatch())
                rule.name = *name;
            else
                report(valuePosition(*it),
                       tr("invalid alert name '%1': use letters, digits, '-', '_' and '.'").arg(*name));
        }
    } else {
        report(position, tr("an alert rule needs a 'name', e.g. name: shopify-down"));
    }
    if (const auto it = all.constFind(u"when"_s); it != all.cend()) {
        if (std::optional<AlertExpression> when = readExpression(*it, u"when"_s, catalog))
            rule.when = std::move(*when);
    } else {
        report(position, tr("an alert rule needs 'when', e.g. when: status(shopify) == down"));
    }
    if (const auto it = all.constFind(u"resolve_when"_s); it != all.cend())
        rule.resolveWhen = readExpression(*it, u"resolve_when"_s, catalog);
    if (const auto it = all.constFind(u"for"_s); it != all.cend()) {
        if (const std::optional<milliseconds> duration = readDuration(*it, u"for"_s))
            rule.forMs = duration->count();
    }
    if (const auto it = all.constFind(u"keep_firing_for"_s); it != all.cend()) {
        if (const std::optional<milliseconds> duration = readDuration(*it, u"keep_firing_for"_s))
            rule.keepFiringForMs = duration->count();
    }
    if (const auto it = all.constFind(u"severity"_s); it != all.cend()) {
        if (const std::optional<QString> severity = readChoice(*it, u"severity"_s, alertSeverities))
            rule.severity = alertSeverityFromName(*severity).value_or(AlertSeverity::Warning);
    }
    if (const auto it = all.constFind(u"labels"_s); it != all.cend())
        rule.labels = readStringMap(*it, u"labels"_s);
    if (const auto it = all.constFind(u"annotations"_s); it != all.cend())
        rule.annotations = readStringMap(*it, u"annotations"_s);
    return m_errors.size() == errorsBefore ? std::optional(rule) : std::nullopt;
}

std::optional<AlertExpression> Parser::readExpression(const Field &field, const QString &key, const Catalog &catalog)
{
    if (!field.value.IsScalar() || fromYaml(field.value.Scalar()).trimmed().isEmpty()) {
        reportType(field, key, tr("an expression such as status(shopify) == down or p95(chatwoot, 10m) > 1500ms"));
        return std::nullopt;
    }
    const QString text = fromYaml(field.value.Scalar());
    const Result<AlertExpression> expression = AlertExpression::parse(text);
    if (!expression) {
        report(positionInScalar(field.value, std::max<qsizetype>(expression.error().position, 0)),
               tr("invalid %1 '%2': %3").arg(key, text.trimmed(), expression.error().message));
        return std::nullopt;
    }
    // A typo in an integration or check would make the rule quietly never fire.
    bool known = true;
    QStringList ids;
    for (const IntegrationSpec &integration : catalog.integrations)
        ids.append(integration.id);
    for (const AlertCall &call : expression->calls()) {
        if (call.function == u"vendor_incident") {
            if (catalog.vendor(call.subject))
                continue;
            QStringList vendors;
            for (const VendorSpec &vendor : catalog.vendors)
                vendors.append(vendor.id);
            const std::optional<QString> suggestion = closest(call.subject, vendors);
            const qsizetype offset = text.indexOf(call.subject, call.position);
            report(positionInScalar(field.value, std::max<qsizetype>(offset, 0)),
                   tr("unknown vendor '%1' in %2%3")
                       .arg(call.subject, key,
                            suggestion ? tr("; did you mean '%1'?").arg(*suggestion)
                                       : tr("; vendors are configured under 'vendors'")));
            known = false;
            continue;
        }
        // Without the gateway's feed or metrics page such a rule could never have data. A
        // gateway section with errors of its own has said enough already.
        const bool webhook = webhookFunctions.contains(call.function);
        if ((webhook || routeFunctions.contains(call.function))
            && !(m_gatewayWritten && !catalog.gateway)) {
            const bool read = catalog.gateway
                              && !(webhook ? catalog.gateway->eventsUrl : catalog.gateway->metricsUrl).isEmpty();
            if (!read) {
                report(positionInScalar(field.value, std::max<qsizetype>(call.position, 0)),
                       webhook ? tr("%1 in %2 reads the gateway's event feed, and none is configured: set events_url "
                                    "under gateway")
                                     .arg(call.function, key)
                               : tr("%1 in %2 reads the gateway's metrics page, and none is configured: set "
                                    "metrics_url under gateway")
                                     .arg(call.function, key));
                known = false;
            }
            continue;
        }
        if (!integrationFunctions.contains(call.function))
            continue;
        const QString integrationId = call.subject.section(u'/', 0, 0);
        const QString checkId = call.subject.section(u'/', 1);
        const IntegrationSpec *integration = catalog.integration(integrationId);
        const qsizetype offset = text.indexOf(call.subject, call.position);
        const SourcePosition where = positionInScalar(field.value, std::max<qsizetype>(offset, 0));
        if (!integration) {
            const std::optional<QString> suggestion = closest(integrationId, ids);
            report(where,
                   tr("unknown integration '%1' in %2%3")
                       .arg(integrationId, key, suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString()));
            known = false;
            continue;
        }
        if (!checkId.isEmpty()
            && std::none_of(integration->checks.cbegin(), integration->checks.cend(),
                            [&checkId](const CheckSpec &check) { return check.id == checkId; })) {
            QStringList checks;
            for (const CheckSpec &check : integration->checks)
                checks.append(check.id);
            report(where, tr("unknown check '%1' of %2 in %3 (its checks: %4)")
                              .arg(checkId, integrationId, key, checks.join(u", "_s)));
            known = false;
        }
    }
    return known ? std::optional(*expression) : std::nullopt;
}

QMap<QString, QString> Parser::readMetricLabels(const Field &field)
{
    static const QRegularExpression labelName(u"\\A[a-zA-Z_][a-zA-Z0-9_]*\\z"_s);
    QMap<QString, QString> labels = readStringMap(field, u"labels"_s);
    if (!field.value.IsMap())
        return labels;
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        if (!it->first.IsScalar())
            continue; // said by readStringMap
        const QString name = fromYaml(it->first.Scalar());
        QString problem;
        if (!labelName.match(name).hasMatch())
            problem = tr("labels: '%1' is not a Prometheus label name (letters, digits and '_', not starting "
                         "with a digit)")
                          .arg(name);
        else if (name.startsWith(u"__"_s))
            problem = tr("labels: '%1' starts with '__', which Prometheus keeps for itself").arg(name);
        else if (reservedMetricLabels.contains(name))
            problem = tr("labels: '%1' is a label the metrics carry already (reserved: %2)")
                          .arg(name, reservedMetricLabels.join(u", "_s));
        if (problem.isEmpty())
            continue;
        report(positionOf(it->first, valuePosition(field)), problem);
        labels.remove(name);
    }
    return labels;
}

QMap<QString, QString> Parser::readStringMap(const Field &field, const QString &key)
{
    QMap<QString, QString> out;
    if (field.value.IsNull())
        return out;
    if (!field.value.IsMap()) {
        reportType(field, key, tr("a map of names to text, e.g. {team: commerce}"));
        return out;
    }
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        if (!it->first.IsScalar() || !it->second.IsScalar()) {
            report(positionOf(it->first, valuePosition(field)),
                   tr("'%1' holds names and text only, e.g. team: commerce").arg(key));
            continue;
        }
        out.insert(fromYaml(it->first.Scalar()), fromYaml(it->second.Scalar()));
    }
    return out;
}

void Parser::parseIntegrations(const Field &field, Catalog &catalog)
{
    const std::optional<YAML::Node> list = readList(field, u"integrations"_s);
    if (!list)
        return;

    QHash<QString, SourcePosition> seen;
    const SourcePosition listPosition = valuePosition(field);
    for (const YAML::Node &item : *list) {
        if (!item.IsMap()) {
            report(positionOf(item, listPosition),
                   tr("expected an integration (a map with id, name and checks), found %1").arg(describe(item)));
            continue;
        }
        std::optional<IntegrationSpec> integration = parseIntegration(item, catalog.settings);
        if (!integration)
            continue;
        if (const auto first = seen.constFind(integration->id); first != seen.cend()) {
            report(integration->position, tr("duplicate integration id '%1' (first defined at line %2, column %3)")
                                              .arg(integration->id)
                                              .arg(first->line)
                                              .arg(first->column));
            continue;
        }
        seen.insert(integration->id, integration->position);
        catalog.integrations.append(std::move(*integration));
    }
}

void Parser::checkGatewayRoutes(const Catalog &catalog, const QHash<QString, SourcePosition> &positions)
{
    if (!catalog.gateway)
        return;
    for (auto it = catalog.gateway->routes.cbegin(); it != catalog.gateway->routes.cend(); ++it) {
        if (catalog.integration(it.key()))
            continue;
        QStringList ids;
        for (const IntegrationSpec &integration : catalog.integrations)
            ids.append(integration.id);
        const std::optional<QString> suggestion = closest(it.key(), ids);
        report(positions.value(it.key()),
               tr("gateway routes: no integration '%1'%2")
                   .arg(it.key(), suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString()));
    }
}

void Parser::parseWebhooks(const Field &field, Catalog &catalog)
{
    if (field.value.IsNull())
        return;
    if (!field.value.IsMap()) {
        reportType(field, u"webhooks"_s,
                   tr("a map of webhook sources, e.g. shopify: {scheme: shopify, secret: ${secret:shopify-webhook}}"));
        return;
    }
    QHash<QString, SourcePosition> seen;
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        const Field source{it->first, it->second};
        const SourcePosition keyPosition = positionOf(source.key, valuePosition(field));
        if (!source.key.IsScalar()) {
            report(keyPosition, tr("expected a webhook source id, found %1").arg(describe(source.key)));
            continue;
        }
        const QString id = fromYaml(source.key.Scalar());
        if (!isIdentifier(id)) {
            report(keyPosition,
                   tr("invalid webhook source id '%1': use lower-case letters, digits and '-' only").arg(id));
            continue;
        }
        if (const auto first = seen.constFind(id); first != seen.cend()) {
            report(keyPosition, tr("duplicate webhook source '%1' (first at line %2, column %3)")
                                    .arg(id, QString::number(first->line), QString::number(first->column)));
            continue;
        }
        seen.insert(id, keyPosition);
        if (std::optional<WebhookSource> webhook = parseWebhookSource(source, id, keyPosition))
            catalog.webhooks.append(std::move(*webhook));
    }
}

void Parser::parseVendors(const Field &field, Catalog &catalog)
{
    const std::optional<YAML::Node> list = readList(field, u"vendors"_s);
    if (!list)
        return;
    QHash<QString, SourcePosition> seen;
    QHash<QString, QString> owners; // integration id -> the vendor that lists it
    const SourcePosition listPosition = valuePosition(field);
    for (const YAML::Node &item : *list) {
        std::optional<VendorSpec> vendor = parseVendor(item, catalog, listPosition);
        if (!vendor)
            continue;
        if (const auto first = seen.constFind(vendor->id); first != seen.cend()) {
            report(vendor->position, tr("duplicate vendor id '%1' (first at line %2, column %3)")
                                         .arg(vendor->id, QString::number(first->line), QString::number(first->column)));
            continue;
        }
        // Scorecards and the overview need one answer to "whose integration is this?".
        bool shared = false;
        for (const QString &integration : std::as_const(vendor->integrations)) {
            if (const auto owner = owners.constFind(integration); owner != owners.cend()) {
                report(vendor->position, tr("the integration '%1' already belongs to the vendor '%2'; an "
                                            "integration belongs to one vendor")
                                             .arg(integration, *owner));
                shared = true;
            }
        }
        if (shared)
            continue;
        for (const QString &integration : std::as_const(vendor->integrations))
            owners.insert(integration, vendor->id);
        seen.insert(vendor->id, vendor->position);
        catalog.vendors.append(std::move(*vendor));
    }
}

std::optional<VendorSpec> Parser::parseVendor(const YAML::Node &node, const Catalog &catalog,
                                              const SourcePosition &fallback)
{
    const SourcePosition position = positionOf(node, fallback);
    if (!node.IsMap()) {
        report(position, tr("expected a vendor (a map with id, name and integrations), found %1").arg(describe(node)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(node, vendorKeys, tr("in a vendor"));
    VendorSpec vendor;
    vendor.position = position;
    if (const auto it = all.constFind(u"id"_s); it != all.cend()) {
        if (const std::optional<QString> id = readId(*it))
            vendor.id = *id;
    } else {
        report(position, tr("a vendor needs an 'id', e.g. id: shopify"));
    }
    if (const auto it = all.constFind(u"name"_s); it != all.cend())
        vendor.name = readString(*it, u"name"_s).value_or(QString());
    if (vendor.name.isEmpty())
        vendor.name = vendor.id;

    QStringList ids;
    for (const IntegrationSpec &integration : catalog.integrations)
        ids.append(integration.id);
    if (const auto it = all.constFind(u"integrations"_s); it != all.cend()) {
        if (const std::optional<YAML::Node> list = readList(*it, u"integrations"_s)) {
            const SourcePosition listPosition = valuePosition(*it);
            for (const YAML::Node &item : *list) {
                const SourcePosition where = positionOf(item, listPosition);
                const QString id = item.IsScalar() ? fromYaml(item.Scalar()) : QString();
                if (!catalog.integration(id)) {
                    const std::optional<QString> suggestion = item.IsScalar() ? closest(id, ids) : std::nullopt;
                    report(where, item.IsScalar()
                                      ? tr("unknown integration '%1' in vendor integrations%2")
                                            .arg(id, suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString())
                                      : tr("expected an integration id in vendor integrations, found %1")
                                            .arg(describe(item)));
                    continue;
                }
                if (vendor.integrations.contains(id)) {
                    report(where, tr("the integration '%1' is listed twice").arg(id));
                    continue;
                }
                vendor.integrations.append(id);
            }
        }
    } else {
        report(position, tr("the vendor '%1' needs 'integrations', the ids of the integrations it serves, "
                            "e.g. integrations: [%1]")
                             .arg(vendor.id));
    }

    if (const auto it = all.constFind(u"status_page"_s); it != all.cend()) {
        if (const std::optional<QString> url = readString(*it, u"status_page"_s)) {
            validateUrl(*it, *url);
            vendor.statusPage = *url;
        }
    }
    if (const auto it = all.constFind(u"status_interval"_s); it != all.cend()) {
        if (const std::optional<milliseconds> interval = readDuration(*it, u"status_interval"_s)) {
            // Status pages are served from caches that change about once a minute.
            if (*interval < milliseconds(30'000))
                report(valuePosition(*it), tr("status_interval %1 is too short: status pages are read at most "
                                              "every 30s")
                                               .arg(formatDuration(*interval)));
            else
                vendor.statusInterval = *interval;
        }
    }
    if (const auto it = all.constFind(u"status_components"_s); it != all.cend()) {
        if (vendor.statusPage.isEmpty() && !all.contains(u"status_page"_s))
            report(positionOf(it->key), tr("status_components needs a status_page to read them from"));
        const QMap<QString, QString> components = readStringMap(*it, u"status_components"_s);
        for (auto c = components.cbegin(); c != components.cend(); ++c) {
            if (!vendor.integrations.contains(c.value())) {
                report(valuePosition(*it), tr("status_components: '%1' maps to '%2', which is not one of this "
                                              "vendor's integrations (%3)")
                                               .arg(c.key(), c.value(), vendor.integrations.join(u", "_s)));
                continue;
            }
            vendor.statusComponents.insert(c.key(), c.value());
        }
    }
    if (const auto it = all.constFind(u"contract"_s); it != all.cend())
        readContract(*it, vendor.contract);
    if (const auto it = all.constFind(u"cost"_s); it != all.cend())
        vendor.cost = readCost(*it);
    if (const auto it = all.constFind(u"support"_s); it != all.cend())
        readSupport(*it, vendor);
    if (const auto it = all.constFind(u"escalation"_s); it != all.cend())
        vendor.escalation = readEscalation(*it);
    if (const auto it = all.constFind(u"weights"_s); it != all.cend())
        readWeights(*it, vendor.weights);
    return m_errors.size() == errorsBefore ? std::optional(vendor) : std::nullopt;
}

void Parser::readContract(const Field &field, VendorContract &contract)
{
    if (!field.value.IsMap()) {
        reportType(field, u"contract"_s, tr("a map with availability, p95_latency and credits"));
        return;
    }
    const Fields all = fields(field.value, contractKeys, tr("in a contract"));
    if (const auto it = all.constFind(u"availability"_s); it != all.cend())
        contract.availabilityPct = readNumber(*it, u"availability"_s, 0, 100);
    if (const auto it = all.constFind(u"p95_latency"_s); it != all.cend())
        contract.p95Latency = readDuration(*it, u"p95_latency"_s);
    const auto it = all.constFind(u"credits"_s);
    if (it == all.cend())
        return;
    const std::optional<YAML::Node> list = readList(*it, u"credits"_s);
    if (!list)
        return;
    const SourcePosition listPosition = valuePosition(*it);
    for (const YAML::Node &item : *list) {
        const SourcePosition where = positionOf(item, listPosition);
        if (!item.IsMap()) {
            report(where, tr("expected a credit tier such as {below: 99.9, percent: 10}, found %1").arg(describe(item)));
            continue;
        }
        const Fields tier = fields(item, creditKeys, tr("in a credit tier"));
        const auto below = tier.constFind(u"below"_s);
        const auto percent = tier.constFind(u"percent"_s);
        if (below == tier.cend() || percent == tier.cend()) {
            report(where, tr("a credit tier needs 'below' (an availability in percent) and 'percent' (of the "
                             "monthly fee), e.g. {below: 99.9, percent: 10}"));
            continue;
        }
        const std::optional<double> bound = readNumber(*below, u"below"_s, 0, 100);
        const std::optional<double> credit = readNumber(*percent, u"percent"_s, 0, 100);
        if (!bound || !credit)
            continue;
        if (std::any_of(contract.credits.cbegin(), contract.credits.cend(),
                        [&](const CreditTier &t) { return t.belowPct == *bound; })) {
            report(valuePosition(*below), tr("two credit tiers below %1").arg(*bound));
            continue;
        }
        contract.credits.append({*bound, *credit});
    }
    std::sort(contract.credits.begin(), contract.credits.end(),
              [](const CreditTier &a, const CreditTier &b) { return a.belowPct > b.belowPct; });
    // A deeper shortfall owes more, never less.
    for (qsizetype i = 1; i < contract.credits.size(); ++i) {
        if (contract.credits.at(i).creditPct < contract.credits.at(i - 1).creditPct) {
            report(valuePosition(*it), tr("credit tiers: %1% below %2 is less than %3% below %4; a lower "
                                          "availability must earn at least the same credit")
                                           .arg(contract.credits.at(i).creditPct)
                                           .arg(contract.credits.at(i).belowPct)
                                           .arg(contract.credits.at(i - 1).creditPct)
                                           .arg(contract.credits.at(i - 1).belowPct));
            break;
        }
    }
}

std::optional<VendorCost> Parser::readCost(const Field &field)
{
    if (!field.value.IsMap()) {
        reportType(field, u"cost"_s, tr("a map with currency, monthly_fee, included, overage and budget"));
        return std::nullopt;
    }
    const Fields all = fields(field.value, costKeys, tr("in a cost"));
    VendorCost cost;
    if (const auto it = all.constFind(u"currency"_s); it != all.cend()) {
        static const QRegularExpression iso4217(u"\\A[A-Z]{3}\\z"_s);
        const std::optional<QString> currency = readString(*it, u"currency"_s);
        if (currency && iso4217.match(*currency).hasMatch())
            cost.currency = *currency;
        else if (currency)
            report(valuePosition(*it),
                   tr("invalid currency '%1': expected an ISO 4217 code such as USD or EUR").arg(*currency));
    }
    const double huge = 1e12;
    if (const auto it = all.constFind(u"monthly_fee"_s); it != all.cend())
        cost.monthlyFee = readNumber(*it, u"monthly_fee"_s, 0, huge).value_or(0);
    if (const auto it = all.constFind(u"budget"_s); it != all.cend())
        cost.budget = readNumber(*it, u"budget"_s, 0, huge);
    if (const auto it = all.constFind(u"included"_s); it != all.cend())
        cost.included = readAmounts(*it, u"included"_s);
    if (const auto it = all.constFind(u"overage"_s); it != all.cend())
        cost.overage = readAmounts(*it, u"overage"_s);
    return cost;
}

void Parser::readSupport(const Field &field, VendorSpec &vendor)
{
    if (!field.value.IsMap()) {
        reportType(field, u"support"_s, tr("a map with tier and rating, e.g. {tier: Plus, rating: 4}"));
        return;
    }
    const Fields all = fields(field.value, supportKeys, tr("in support"));
    if (const auto it = all.constFind(u"tier"_s); it != all.cend())
        vendor.supportTier = readString(*it, u"tier"_s).value_or(QString());
    if (const auto it = all.constFind(u"rating"_s); it != all.cend()) {
        const QString text = it->value.IsScalar() ? fromYaml(it->value.Scalar()).trimmed() : QString();
        bool ok = false;
        const int rating = text.toInt(&ok);
        if (!ok || rating < 1 || rating > 5)
            report(valuePosition(*it), tr("invalid rating '%1': expected a whole number from 1 to 5").arg(text));
        else
            vendor.supportRating = rating;
    }
}

QList<EscalationStep> Parser::readEscalation(const Field &field)
{
    QList<EscalationStep> steps;
    const std::optional<YAML::Node> list = readList(field, u"escalation"_s);
    if (!list)
        return steps;
    const SourcePosition listPosition = valuePosition(field);
    for (const YAML::Node &item : *list) {
        const SourcePosition where = positionOf(item, listPosition);
        if (!item.IsMap()) {
            report(where, tr("expected an escalation step such as {severity: critical, contact: \"Support\", "
                             "channel: \"+1 555 0100\", respond_within: 1h}, found %1")
                              .arg(describe(item)));
            continue;
        }
        const qsizetype errorsBefore = m_errors.size();
        const Fields all = fields(item, escalationKeys, tr("in an escalation step"));
        EscalationStep step;
        if (const auto it = all.constFind(u"severity"_s); it != all.cend()) {
            if (const std::optional<QString> severity = readChoice(*it, u"severity"_s, alertSeverities))
                step.severity = alertSeverityFromName(*severity).value_or(AlertSeverity::Critical);
        } else {
            report(where, tr("an escalation step needs a 'severity' (%1)").arg(alertSeverities.join(u", "_s)));
        }
        if (const auto it = all.constFind(u"contact"_s); it != all.cend())
            step.contact = readString(*it, u"contact"_s).value_or(QString()).trimmed();
        if (step.contact.isEmpty() && m_errors.size() == errorsBefore)
            report(where, tr("an escalation step needs a 'contact': who to call"));
        if (const auto it = all.constFind(u"channel"_s); it != all.cend())
            step.channel = readString(*it, u"channel"_s).value_or(QString()).trimmed();
        if (const auto it = all.constFind(u"respond_within"_s); it != all.cend())
            step.respondWithin = readDuration(*it, u"respond_within"_s);
        if (m_errors.size() == errorsBefore)
            steps.append(step);
    }
    return steps;
}

void Parser::readWeights(const Field &field, ScoreWeights &weights)
{
    if (!field.value.IsMap()) {
        reportType(field, u"weights"_s, tr("a map of criteria to weights, e.g. {availability: 0.5, latency: 0.5}"));
        return;
    }
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(field.value, weightKeys, tr("in weights"));
    // Weights written replace the defaults; criteria not written weigh nothing then.
    ScoreWeights read{0, 0, 0, 0, 0, 0};
    const std::pair<QString, double *> slots[] = {
        {u"availability"_s, &read.availability}, {u"latency"_s, &read.latency}, {u"errors"_s, &read.errors},
        {u"incidents"_s, &read.incidents},       {u"cost"_s, &read.cost},       {u"support"_s, &read.support},
    };
    bool valid = true;
    for (const auto &[key, slot] : slots) {
        if (const auto it = all.constFind(key); it != all.cend()) {
            const std::optional<double> weight = readNumber(*it, key, 0, 1000);
            valid = valid && weight.has_value();
            *slot = weight.value_or(0);
        }
    }
    if (!valid || m_errors.size() != errorsBefore)
        return;
    double sum = 0;
    for (const auto &[key, slot] : slots)
        sum += *slot;
    if (sum <= 0) {
        report(valuePosition(field), tr("weights: at least one criterion needs a weight above 0"));
        return;
    }
    weights = read;
}

std::optional<double> Parser::readNumber(const Field &field, const QString &key, double minimum, double maximum)
{
    const QString text = field.value.IsScalar() ? fromYaml(field.value.Scalar()).trimmed() : QString();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!field.value.IsScalar() || !ok || !std::isfinite(value) || value < minimum || value > maximum) {
        report(valuePosition(field), tr("invalid %1 '%2': expected a number from %3 to %4")
                                         .arg(key, text, QString::number(minimum), QString::number(maximum)));
        return std::nullopt;
    }
    return value;
}

QMap<QString, double> Parser::readAmounts(const Field &field, const QString &key)
{
    QMap<QString, double> out;
    if (!field.value.IsMap()) {
        reportType(field, key, tr("a map of units to amounts, e.g. {requests: 1000000}"));
        return out;
    }
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        const Field amount{it->first, it->second};
        if (!amount.key.IsScalar() || fromYaml(amount.key.Scalar()).trimmed().isEmpty()) {
            report(positionOf(amount.key, valuePosition(field)),
                   tr("expected a unit such as requests in '%1', found %2").arg(key, describe(amount.key)));
            continue;
        }
        const QString unit = fromYaml(amount.key.Scalar());
        if (const std::optional<double> value = readNumber(amount, unit, 0, 1e15))
            out.insert(unit, *value);
    }
    return out;
}

std::optional<WebhookSource> Parser::parseWebhookSource(const Field &field, const QString &id,
                                                        const SourcePosition &position)
{
    if (!field.value.IsMap()) {
        reportType(field, id, tr("a map with scheme, secret and previous_secrets"));
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(field.value, webhookKeys, tr("in a webhook source"));
    WebhookSource webhook;
    webhook.id = id;
    webhook.position = position;

    if (const auto it = all.constFind(u"scheme"_s); it != all.cend()) {
        if (const std::optional<QString> text = readString(*it, u"scheme"_s)) {
            if (const std::optional<WebhookScheme> scheme = webhookSchemeFromName(*text)) {
                webhook.scheme = webhookSchemeName(*scheme);
            } else {
                const std::optional<QString> suggestion = closest(*text, webhookSchemes);
                report(valuePosition(*it),
                       tr("unknown scheme '%1'%2 (allowed: %3)")
                           .arg(*text, suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString(),
                                webhookSchemes.join(u", "_s)));
            }
        }
    } else {
        report(position, tr("the webhook source '%1' needs a 'scheme' (%2)").arg(id, webhookSchemes.join(u", "_s)));
    }

    if (const auto it = all.constFind(u"secret"_s); it != all.cend()) {
        if (const std::optional<QString> secret = readSecretReference(it->value, u"secret"_s, valuePosition(*it)))
            webhook.secret = *secret;
    } else {
        report(position, tr("the webhook source '%1' needs a 'secret', e.g. secret: ${secret:%1-webhook}").arg(id));
    }

    if (const auto it = all.constFind(u"previous_secrets"_s); it != all.cend()) {
        if (const std::optional<YAML::Node> list = readList(*it, u"previous_secrets"_s)) {
            const SourcePosition listPosition = valuePosition(*it);
            for (const YAML::Node &item : *list) {
                if (const std::optional<QString> secret =
                        readSecretReference(item, u"previous_secrets"_s, listPosition))
                    webhook.previousSecrets.append(*secret);
            }
        }
    }
    return m_errors.size() == errorsBefore ? std::optional(webhook) : std::nullopt;
}

std::optional<QString> Parser::readSecretReference(const YAML::Node &scalar, const QString &key,
                                                   const SourcePosition &fallback)
{
    // The value is never repeated in a message: it may be a secret pasted in by mistake.
    static const QRegularExpression single(u"\\A\\$\\{(secret|env):[^}]+\\}\\z"_s);
    const QString text = scalar.IsScalar() ? fromYaml(scalar.Scalar()) : QString();
    if (scalar.IsScalar() && !validReferences(scalar, text, key))
        return std::nullopt;
    if (!single.match(text).hasMatch()) {
        report(positionOf(scalar, fallback),
               tr("'%1' must be a single reference such as ${secret:name} or ${env:NAME}, never the secret itself")
                   .arg(key));
        return std::nullopt;
    }
    return text;
}

std::optional<GatewaySpec> Parser::parseGateway(const Field &field, const Settings &settings)
{
    if (!field.value.IsMap()) {
        reportType(field, u"gateway"_s, tr("a map with name, health_url, metrics_url, events_url and more"));
        return std::nullopt;
    }
    GatewaySpec gateway;
    gateway.position = positionOf(field.key);
    gateway.timeout = std::min(settings.timeout, gateway.interval);
    gateway.caFile = settings.caFile;
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(field.value, gatewayKeys, tr("in gateway"));

    if (const auto it = all.constFind(u"name"_s); it != all.cend()) {
        if (const std::optional<QString> name = readString(*it, u"name"_s); name && !name->isEmpty())
            gateway.name = *name;
    }
    const std::array<std::pair<QString, QString GatewaySpec::*>, 3> urls{{
        {u"health_url"_s, &GatewaySpec::healthUrl},
        {u"metrics_url"_s, &GatewaySpec::metricsUrl},
        {u"events_url"_s, &GatewaySpec::eventsUrl},
    }};
    for (const auto &[key, member] : urls) {
        if (const auto it = all.constFind(key); it != all.cend()) {
            if (const std::optional<QString> url = readString(*it, key)) {
                gateway.*member = *url;
                validateUrl(*it, *url);
            }
        }
    }
    if (!all.contains(u"health_url"_s) && !all.contains(u"metrics_url"_s) && !all.contains(u"events_url"_s))
        report(gateway.position, tr("the gateway needs at least one of health_url, metrics_url and events_url"));

    std::optional<SourcePosition> flavorAt;
    if (const auto it = all.constFind(u"flavor"_s); it != all.cend()) {
        if (const std::optional<QString> flavor = readChoice(*it, u"flavor"_s, gatewayFlavors)) {
            gateway.flavor = *flavor == u"auto" ? std::nullopt : gatewayFlavorFromName(*flavor);
            flavorAt = valuePosition(*it);
        }
    }
    const auto metrics = all.constFind(u"metrics"_s);
    const bool generic = gateway.flavor == GatewayFlavor::Generic;
    if (metrics != all.cend()) {
        if (generic)
            readGenericMetrics(*metrics, gateway.generic);
        else
            report(positionOf(metrics->key), tr("gateway metrics names are only read with flavor: generic (Kong, "
                                                "Traefik and Envoy are recognised by their own names)"));
    } else if (generic) {
        report(flavorAt.value_or(gateway.position),
               tr("flavor generic needs 'metrics' naming the request counter and its status label, e.g. "
                  "metrics: {requests: http_requests_total, status_label: code, service_label: service}"));
    }

    TimingPositions positions;
    if (const auto it = all.constFind(u"interval"_s); it != all.cend()) {
        if (const std::optional<milliseconds> interval = readDuration(*it, u"interval"_s)) {
            gateway.interval = *interval;
            positions.interval = valuePosition(*it);
        }
    }
    if (const auto it = all.constFind(u"timeout"_s); it != all.cend()) {
        if (const std::optional<milliseconds> timeout = readDuration(*it, u"timeout"_s)) {
            gateway.timeout = *timeout;
            positions.timeout = valuePosition(*it);
        }
    } else {
        gateway.timeout = std::min(settings.timeout, gateway.interval);
    }
    checkTiming(gateway.interval, gateway.timeout, positions);
    if (const auto it = all.constFind(u"headers"_s); it != all.cend())
        gateway.headers = readHeaders(*it);
    if (const auto it = all.constFind(u"routes"_s); it != all.cend())
        gateway.routes = readGatewayRoutes(*it);
    if (const auto it = all.constFind(u"ca_file"_s); it != all.cend()) {
        if (const std::optional<QString> path = readString(*it, u"ca_file"_s))
            gateway.caFile = path->isEmpty() ? QString() : QDir::cleanPath(m_baseDir.absoluteFilePath(*path));
    }
    return m_errors.size() == errorsBefore ? std::optional(gateway) : std::nullopt;
}

void Parser::readGenericMetrics(const Field &field, GenericMetricNames &names)
{
    if (!field.value.IsMap()) {
        reportType(field, u"metrics"_s,
                   tr("a map with requests, status_label, latency, latency_unit, service_label "
                      "and route_label"));
        return;
    }
    const Fields all = fields(field.value, genericMetricKeys, tr("in gateway metrics"));
    static const QRegularExpression metricName(u"^[a-zA-Z_:][a-zA-Z0-9_:]*$"_s);
    static const QRegularExpression labelName(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
    const std::array<std::tuple<QString, QByteArray GenericMetricNames::*, const QRegularExpression *>, 5> keys{{
        {u"requests"_s, &GenericMetricNames::requestCounter, &metricName},
        {u"status_label"_s, &GenericMetricNames::statusLabel, &labelName},
        {u"latency"_s, &GenericMetricNames::latencyHistogram, &metricName},
        {u"service_label"_s, &GenericMetricNames::serviceLabel, &labelName},
        {u"route_label"_s, &GenericMetricNames::routeLabel, &labelName},
    }};
    for (const auto &[key, member, pattern] : keys) {
        const auto it = all.constFind(key);
        if (it == all.cend())
            continue;
        if (const std::optional<QString> text = readString(*it, key)) {
            if (pattern->match(*text).hasMatch())
                names.*member = text->toUtf8();
            else
                report(valuePosition(*it), tr("invalid %1 '%2': not a Prometheus %3 name")
                                               .arg(key, *text, pattern == &metricName ? tr("metric") : tr("label")));
        }
    }
    if (const auto it = all.constFind(u"latency_unit"_s); it != all.cend()) {
        if (const std::optional<QString> unit = readChoice(*it, u"latency_unit"_s, {u"s"_s, u"ms"_s}))
            names.latencyUnitMs = *unit == u"s" ? 1000.0 : 1.0;
    }
    for (const QString &required : {u"requests"_s, u"status_label"_s, u"service_label"_s}) {
        if (!all.contains(required))
            report(positionOf(field.key), tr("gateway metrics need '%1'").arg(required));
    }
}

QHash<QString, GatewayRoute> Parser::readGatewayRoutes(const Field &field)
{
    QHash<QString, GatewayRoute> out;
    if (field.value.IsNull())
        return out;
    if (!field.value.IsMap()) {
        reportType(field, u"routes"_s,
                   tr("a map of integration ids to {service, route}, e.g. shopify: {service: "
                      "shopify-admin}"));
        return out;
    }
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        const Field route{it->first, it->second};
        const SourcePosition keyPosition = positionOf(route.key, valuePosition(field));
        const QString id = route.key.IsScalar() ? fromYaml(route.key.Scalar()) : QString();
        if (!route.value.IsMap()) {
            reportType(route, id, tr("a map with service and, optionally, route"));
            continue;
        }
        const Fields all = fields(route.value, routeKeys, tr("in a gateway route"));
        GatewayRoute target;
        if (const auto service = all.constFind(u"service"_s); service != all.cend()) {
            if (const std::optional<QString> name = readString(*service, u"service"_s))
                target.service = *name;
        }
        if (target.service.isEmpty()) {
            report(keyPosition, tr("the gateway route of '%1' needs a 'service'").arg(id));
            continue;
        }
        if (const auto name = all.constFind(u"route"_s); name != all.cend()) {
            if (const std::optional<QString> text = readString(*name, u"route"_s))
                target.route = *text;
        }
        out.insert(id, target);
        m_routePositions.insert(id, keyPosition);
    }
    return out;
}

void Parser::parseSettings(const Field &field, Settings &settings)
{
    if (field.value.IsNull())
        return;
    if (!field.value.IsMap()) {
        reportType(field, u"settings"_s, tr("a map"));
        return;
    }
    const Fields all = fields(field.value, settingsKeys, tr("in settings"));
    TimingPositions positions;
    readCommon(all, settings, positions);
    checkTiming(settings.interval, settings.timeout, positions);
    readPoliteness(all, settings.breaker, settings.quotaThresholds);
    if (const auto it = all.constFind(u"history"_s); it != all.cend())
        readHistory(*it, settings);
    if (const auto it = all.constFind(u"evaluation_interval"_s); it != all.cend()) {
        if (const std::optional<milliseconds> interval = readDuration(*it, u"evaluation_interval"_s)) {
            if (*interval < std::chrono::seconds(1))
                report(valuePosition(*it), tr("evaluation_interval must be at least 1s"));
            else
                settings.evaluationInterval = *interval;
        }
    }
}

std::optional<IntegrationSpec> Parser::parseIntegration(const YAML::Node &node, const Settings &settings)
{
    IntegrationSpec integration;
    integration.position = positionOf(node);
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(node, integrationKeys, tr("in an integration"));

    if (const auto it = all.constFind(u"id"_s); it != all.cend()) {
        if (const std::optional<QString> id = readId(*it))
            integration.id = *id;
    } else {
        report(integration.position, tr("an integration needs an 'id' (lower-case letters, digits and '-')"));
    }
    integration.name = integration.id;
    if (const auto it = all.constFind(u"name"_s); it != all.cend()) {
        if (const std::optional<QString> name = readString(*it, u"name"_s); name && !name->isEmpty())
            integration.name = *name;
    }

    if (const auto it = all.constFind(u"budget"_s); it != all.cend()) {
        if (const std::optional<QString> text = readString(*it, u"budget"_s)) {
            const Result<RequestBudget> budget = RequestBudget::parse(*text);
            if (budget.ok())
                integration.budget = budget.value();
            else
                report(valuePosition(*it), tr("budget: %1").arg(budget.error().message));
        }
    }
    integration.breaker = settings.breaker;
    integration.quotaThresholds = settings.quotaThresholds;
    readPoliteness(all, integration.breaker, integration.quotaThresholds);
    if (const auto it = all.constFind(u"labels"_s); it != all.cend())
        integration.labels = readMetricLabels(*it);

    const auto checksField = all.constFind(u"checks"_s);
    const std::optional<YAML::Node> checks =
        checksField == all.cend() ? std::nullopt : readList(*checksField, u"checks"_s);
    if (!checks)
        return m_errors.size() == errorsBefore ? std::optional(integration) : std::nullopt;

    QHash<QString, SourcePosition> seen;
    const SourcePosition listPosition = valuePosition(*checksField);
    for (const YAML::Node &item : *checks) {
        if (!item.IsMap()) {
            report(positionOf(item, listPosition),
                   tr("expected a check (a map with id, url and more), found %1").arg(describe(item)));
            continue;
        }
        std::optional<CheckSpec> check = parseCheck(item, settings);
        if (!check)
            continue;
        if (const auto first = seen.constFind(check->id); first != seen.cend()) {
            report(check->position,
                   tr("duplicate check id '%1' in integration '%2' (first defined at line %3, column %4)")
                       .arg(check->id, integration.id)
                       .arg(first->line)
                       .arg(first->column));
            continue;
        }
        seen.insert(check->id, check->position);
        integration.checks.append(std::move(*check));
    }
    // Its checks were still read, so that all their errors are reported at once.
    if (m_errors.size() != errorsBefore)
        return std::nullopt;
    return integration;
}

std::optional<CheckSpec> Parser::parseCheck(const YAML::Node &node, const Settings &settings)
{
    CheckSpec check;
    check.position = positionOf(node);
    check.interval = settings.interval;
    check.timeout = settings.timeout;
    check.maxBodyBytes = settings.maxBodyBytes;
    check.thresholds = settings.thresholds;
    check.caFile = settings.caFile;

    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(node, checkKeys, tr("in a check"));

    if (const auto it = all.constFind(u"id"_s); it != all.cend()) {
        if (const std::optional<QString> id = readId(*it))
            check.id = *id;
    } else {
        report(check.position, tr("a check needs an 'id' (lower-case letters, digits and '-')"));
    }
    check.name = check.id;
    if (const auto it = all.constFind(u"name"_s); it != all.cend()) {
        if (const std::optional<QString> name = readString(*it, u"name"_s); name && !name->isEmpty())
            check.name = *name;
    }

    if (const auto it = all.constFind(u"url"_s); it != all.cend()) {
        if (const std::optional<QString> url = readString(*it, u"url"_s)) {
            check.url = *url;
            validateUrl(*it, *url);
        }
    } else {
        report(check.position, tr("a check needs a 'url' (an absolute http:// or https:// URL)"));
    }

    if (const auto it = all.constFind(u"method"_s); it != all.cend()) {
        if (const std::optional<QString> method = readString(*it, u"method"_s)) {
            if (methods.contains(*method)) {
                check.method = *method;
            } else {
                const QString hint =
                    methods.contains(method->toUpper()) ? tr("; did you mean '%1'?").arg(method->toUpper()) : QString();
                report(valuePosition(*it),
                       tr("unknown method '%1'%2 (allowed: %3)").arg(*method, hint, methods.join(u", "_s)));
            }
        }
    }

    if (const auto it = all.constFind(u"headers"_s); it != all.cend() && !it->value.IsNull()) {
        if (it->value.IsMap())
            check.headers = readHeaders(*it);
        else
            reportType(*it, u"headers"_s, tr("a map of header names to values"));
    }

    if (const auto it = all.constFind(u"body"_s); it != all.cend()) {
        if (const std::optional<QString> body = readString(*it, u"body"_s)) {
            check.body = *body;
            validReferences(it->value, *body, u"body"_s);
        }
    }

    TimingPositions positions;
    readCommon(all, check, positions);
    if (positions.interval || positions.timeout)
        checkTiming(check.interval, check.timeout, positions);

    if (const auto it = all.constFind(u"conditions"_s); it != all.cend())
        check.conditions = readConditions(*it, u"conditions"_s);
    if (const auto it = all.constFind(u"degraded"_s); it != all.cend())
        check.degraded = readConditions(*it, u"degraded"_s);
    if (const auto it = all.constFind(u"quota"_s); it != all.cend())
        readQuota(*it, check);
    if (const auto it = all.constFind(u"quota_limits"_s); it != all.cend())
        check.quotaLimits = readQuotaLimits(*it);

    if (m_errors.size() != errorsBefore || check.id.isEmpty())
        return std::nullopt;
    return check;
}

template<typename Target>
void Parser::readCommon(const Fields &all, Target &target, TimingPositions &positions)
{
    if (const auto it = all.constFind(u"interval"_s); it != all.cend()) {
        if (const std::optional<milliseconds> interval = readDuration(*it, u"interval"_s)) {
            target.interval = *interval;
            positions.interval = valuePosition(*it);
        }
    }
    if (const auto it = all.constFind(u"timeout"_s); it != all.cend()) {
        if (const std::optional<milliseconds> timeout = readDuration(*it, u"timeout"_s)) {
            target.timeout = *timeout;
            positions.timeout = valuePosition(*it);
        }
    }
    if (const auto it = all.constFind(u"max_body"_s); it != all.cend()) {
        if (const std::optional<qint64> bytes = readBytes(*it, u"max_body"_s))
            target.maxBodyBytes = *bytes;
    }
    if (const auto it = all.constFind(u"failure_threshold"_s); it != all.cend()) {
        if (const std::optional<int> count = readCount(*it, u"failure_threshold"_s))
            target.thresholds.failure = *count;
    }
    if (const auto it = all.constFind(u"success_threshold"_s); it != all.cend()) {
        if (const std::optional<int> count = readCount(*it, u"success_threshold"_s))
            target.thresholds.success = *count;
    }
    if (const auto it = all.constFind(u"ca_file"_s); it != all.cend()) {
        if (const std::optional<QString> path = readString(*it, u"ca_file"_s)) {
            if (path->isEmpty())
                target.caFile.clear();
            else
                target.caFile = QDir::cleanPath(m_baseDir.absoluteFilePath(*path));
        }
    }
}

void Parser::readPoliteness(const Fields &all, BreakerPolicy &breaker, QuotaThresholds &thresholds)
{
    if (const auto it = all.constFind(u"circuit_breaker"_s); it != all.cend())
        readBreaker(*it, breaker);
    if (const auto it = all.constFind(u"quota_thresholds"_s); it != all.cend())
        readQuotaThresholds(*it, thresholds);
}

void Parser::readBreaker(const Field &field, BreakerPolicy &policy)
{
    const auto isOff = [](const YAML::Node &node) { return node.IsScalar() && fromYaml(node.Scalar()) == u"off"; };
    if (isOff(field.value)) {
        policy.failures = 0;
        policy.backoffMs = 0;
        return;
    }
    if (!field.value.IsMap()) {
        reportType(field, u"circuit_breaker"_s, tr("off or a map with failures, backoff, cooldown and max_cooldown"));
        return;
    }
    const Fields all = fields(field.value, breakerKeys, tr("in circuit_breaker"));
    if (const auto it = all.constFind(u"failures"_s); it != all.cend()) {
        if (it->value.IsScalar() && fromYaml(it->value.Scalar()).trimmed() == u"0")
            report(valuePosition(*it), tr("invalid failures '0': expected a whole number of at least 1 "
                                          "(use circuit_breaker: off for a circuit that never opens)"));
        else if (const std::optional<int> count = readCount(*it, u"failures"_s))
            policy.failures = *count;
    }
    if (const auto it = all.constFind(u"backoff"_s); it != all.cend()) {
        if (isOff(it->value))
            policy.backoffMs = 0;
        else if (const std::optional<milliseconds> backoff = readDuration(*it, u"backoff"_s))
            policy.backoffMs = backoff->count();
    }
    std::optional<SourcePosition> cooldownAt;
    if (const auto it = all.constFind(u"cooldown"_s); it != all.cend()) {
        if (const std::optional<milliseconds> cooldown = readDuration(*it, u"cooldown"_s)) {
            policy.baseCooldownMs = cooldown->count();
            cooldownAt = valuePosition(*it);
        }
    }
    if (const auto it = all.constFind(u"max_cooldown"_s); it != all.cend()) {
        if (const std::optional<milliseconds> cap = readDuration(*it, u"max_cooldown"_s)) {
            policy.maxCooldownMs = cap->count();
            cooldownAt = valuePosition(*it);
        }
    }
    if (cooldownAt && policy.baseCooldownMs > policy.maxCooldownMs) {
        report(*cooldownAt, tr("the cooldown (%1) is longer than max_cooldown (%2)")
                                .arg(formatDuration(milliseconds(policy.baseCooldownMs)),
                                     formatDuration(milliseconds(policy.maxCooldownMs))));
    }
}

void Parser::readQuotaThresholds(const Field &field, QuotaThresholds &thresholds)
{
    if (!field.value.IsMap()) {
        reportType(field, u"quota_thresholds"_s,
                   tr("a map with warning and critical, e.g. {warning: 25%, critical: 10%}"));
        return;
    }
    const Fields all = fields(field.value, thresholdKeys, tr("in quota_thresholds"));
    std::optional<SourcePosition> lastAt;
    for (const QString &key : thresholdKeys) {
        const auto it = all.constFind(key);
        if (it == all.cend())
            continue;
        if (const std::optional<double> share = readPercentage(*it, key)) {
            (key == u"warning" ? thresholds.warningHeadroom : thresholds.criticalHeadroom) = *share;
            lastAt = valuePosition(*it);
        }
    }
    if (lastAt && thresholds.criticalHeadroom > thresholds.warningHeadroom) {
        report(*lastAt, tr("the critical threshold (%1%) is above the warning threshold (%2%): a quota gets critical "
                           "when less remains than at warning")
                            .arg(thresholds.criticalHeadroom * 100)
                            .arg(thresholds.warningHeadroom * 100));
    }
}

void Parser::readHistory(const Field &field, Settings &settings)
{
    if (!field.value.IsMap()) {
        reportType(field, u"history"_s, tr("a map with raw, minute, hour and day, e.g. {raw: 48h, minute: 30d}"));
        return;
    }
    const Fields all = fields(field.value, historyKeys, tr("in history"));
    readRetention(all, settings.retention);
    readHistorySource(field, all, settings);
}

void Parser::readHistorySource(const Field &field, const Fields &all, Settings &settings)
{
    const auto sourceField = all.constFind(u"source"_s);
    const bool written = sourceField != all.cend();
    const std::optional<QString> source =
        written ? readChoice(*sourceField, u"source"_s, historySources) : std::optional(u"local"_s);
    if (!source)
        return; // which keys belong is unknown
    if (*source == u"prometheus") {
        settings.prometheus = readEndpoint(
            all, valuePosition(field), tr("history from Prometheus needs a 'url', e.g. url: http://prometheus:9090"));
        return;
    }
    for (const QString &key : endpointKeys) {
        const auto it = all.constFind(key);
        if (it == all.cend())
            continue;
        report(positionOf(it->key),
               written ? tr("history: '%1' applies only to source: prometheus, not to source: local").arg(key)
                       : tr("history: '%1' applies only to source: prometheus; add source: prometheus to read "
                            "history from Prometheus")
                             .arg(key));
    }
}

void Parser::readRetention(const Fields &all, Retention &retention)
{
    const std::array<std::pair<QString, std::optional<milliseconds> Retention::*>, 4> levels{{
        {u"raw"_s, &Retention::raw},
        {u"minute"_s, &Retention::minute},
        {u"hour"_s, &Retention::hour},
        {u"day"_s, &Retention::day},
    }};
    std::optional<SourcePosition> lastAt;
    for (const auto &[key, member] : levels) {
        const auto it = all.constFind(key);
        if (it == all.cend())
            continue;
        if (it->value.IsScalar() && fromYaml(it->value.Scalar()) == u"forever") {
            retention.*member = std::nullopt;
            lastAt = valuePosition(*it);
        } else if (const std::optional<milliseconds> kept = readDuration(*it, key)) {
            retention.*member = *kept;
            lastAt = valuePosition(*it);
        }
    }
    if (const auto it = all.constFind(u"events"_s); it != all.cend()) {
        if (it->value.IsScalar() && fromYaml(it->value.Scalar()) == u"forever")
            retention.events = std::nullopt;
        else if (const std::optional<milliseconds> kept = readDuration(*it, u"events"_s))
            retention.events = *kept;
    }
    if (!lastAt)
        return;
    // Rollups are made from the finer level, so a finer level kept longer than a coarser one
    // would be pointless, and raw samples must outlive the time it takes to roll them up.
    if (retention.raw && *retention.raw < std::chrono::minutes(10)) {
        report(*lastAt, tr("history: raw samples must be kept at least 10m (they are rolled up after a few minutes)"));
        return;
    }
    for (std::size_t i = 0; i + 1 < levels.size(); ++i) {
        const std::optional<milliseconds> finer = retention.*levels[i].second;
        const std::optional<milliseconds> coarser = retention.*levels[i + 1].second;
        if (coarser && (!finer || *finer > *coarser)) {
            report(*lastAt, tr("history: %1 is kept longer than %2 (%3 > %4); keep finer history no longer than "
                               "coarser history")
                                .arg(levels[i].first, levels[i + 1].first,
                                     finer ? formatDuration(*finer) : u"forever"_s, formatDuration(*coarser)));
            return;
        }
    }
}

std::optional<double> Parser::readPercentage(const Field &field, const QString &key)
{
    static const QRegularExpression percentage(u"^([0-9]+(?:\\.[0-9]+)?)%$"_s);
    const QString text = field.value.IsScalar() ? fromYaml(field.value.Scalar()).trimmed() : QString();
    const QRegularExpressionMatch match = percentage.match(text);
    const double value = match.hasMatch() ? match.captured(1).toDouble() : -1;
    if (!field.value.IsScalar() || !match.hasMatch() || value > 100) {
        report(valuePosition(field),
               tr("invalid %1 '%2': expected a percentage of the limit from 0% to 100%, e.g. 25%").arg(key, text));
        return std::nullopt;
    }
    return value / 100.0;
}

void Parser::checkTiming(milliseconds interval, milliseconds timeout, const TimingPositions &positions)
{
    if (timeout <= interval)
        return;
    const std::optional<SourcePosition> where = positions.timeout ? positions.timeout : positions.interval;
    if (!where)
        return;
    report(*where, tr("timeout %1 is longer than the interval %2; the timeout must not exceed the interval")
                       .arg(formatDuration(timeout), formatDuration(interval)));
}

Fields Parser::fields(const YAML::Node &map, const QStringList &allowed, const QString &where)
{
    // Unknown and duplicate keys are reported, the known ones still read, so more errors surface at once.
    Fields out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        const SourcePosition keyPosition = positionOf(key, positionOf(map));
        if (!key.IsScalar()) {
            report(keyPosition, tr("expected a key name, found %1").arg(describe(key)));
            continue;
        }
        const QString name = fromYaml(key.Scalar());
        if (!allowed.contains(name)) {
            const std::optional<QString> suggestion = closest(name, allowed);
            const QString hint = suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString();
            report(keyPosition,
                   tr("unknown key '%1' %2%3 (allowed: %4)").arg(name, where, hint, allowed.join(u", "_s)));
            continue;
        }
        if (const auto first = out.constFind(name); first != out.cend()) {
            const SourcePosition firstPosition = positionOf(first->key);
            report(keyPosition, tr("duplicate key '%1' (first at line %2, column %3)")
                                    .arg(name)
                                    .arg(firstPosition.line)
                                    .arg(firstPosition.column));
            continue;
        }
        out.insert(name, Field{key, it->second});
    }
    return out;
}

std::optional<QString> Parser::readString(const Field &field, const QString &key)
{
    if (field.value.IsNull())
        return QString();
    if (!field.value.IsScalar()) {
        reportType(field, key, tr("a string"));
        return std::nullopt;
    }
    return fromYaml(field.value.Scalar());
}

std::optional<QString> Parser::readId(const Field &field)
{
    const std::optional<QString> id = readString(field, u"id"_s);
    if (!id)
        return std::nullopt;
    if (!isIdentifier(*id)) {
        report(valuePosition(field), id->isEmpty()
                                         ? tr("empty id: use lower-case letters, digits and '-'")
                                         : tr("invalid id '%1': use lower-case letters, digits and '-' only").arg(*id));
        return std::nullopt;
    }
    return id;
}

std::optional<milliseconds> Parser::readDuration(const Field &field, const QString &key)
{
    if (!field.value.IsScalar()) {
        reportType(field, key, tr("a duration such as 500ms, 10s, 5m or 1h"));
        return std::nullopt;
    }
    const QString text = fromYaml(field.value.Scalar());
    const Result<milliseconds> duration = parseDuration(text);
    if (!duration) {
        report(valuePosition(field), tr("invalid %1 '%2': %3").arg(key, text, duration.error().message));
        return std::nullopt;
    }
    if (duration.value() <= milliseconds::zero()) {
        report(valuePosition(field), tr("%1 must be greater than 0").arg(key));
        return std::nullopt;
    }
    return duration.value();
}

std::optional<qint64> Parser::readBytes(const Field &field, const QString &key)
{
    const QString expected = tr("a size in bytes, optionally with KiB or MiB (e.g. 65536, 512KiB, 1MiB)");
    if (!field.value.IsScalar()) {
        reportType(field, key, expected);
        return std::nullopt;
    }
    const QString text = fromYaml(field.value.Scalar()).trimmed();
    static const QRegularExpression pattern(u"\\A([0-9]{1,12})\\s*(KiB|MiB)?\\z"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        report(valuePosition(field), tr("invalid %1 '%2': expected %3").arg(key, text, expected));
        return std::nullopt;
    }
    qint64 bytes = match.captured(1).toLongLong();
    if (match.captured(2) == u"KiB")
        bytes *= 1024;
    else if (match.captured(2) == u"MiB")
        bytes *= 1024 * 1024;
    if (bytes <= 0) {
        report(valuePosition(field), tr("%1 must be greater than 0").arg(key));
        return std::nullopt;
    }
    return bytes;
}

std::optional<int> Parser::readCount(const Field &field, const QString &key)
{
    if (!field.value.IsScalar()) {
        reportType(field, key, tr("a whole number of at least 1"));
        return std::nullopt;
    }
    const QString text = fromYaml(field.value.Scalar());
    bool ok = false;
    const int count = text.toInt(&ok);
    if (!ok || count < 1) {
        report(valuePosition(field), tr("invalid %1 '%2': expected a whole number of at least 1").arg(key, text));
        return std::nullopt;
    }
    return count;
}

std::optional<YAML::Node> Parser::readList(const Field &field, const QString &key)
{
    if (field.value.IsNull())
        return YAML::Node(YAML::NodeType::Sequence);
    if (!field.value.IsSequence()) {
        reportType(field, key, tr("a list"));
        return std::nullopt;
    }
    return field.value;
}

std::optional<bool> Parser::readBoolean(const Field &field, const QString &key)
{
    if (!field.value.IsScalar()) {
        reportType(field, key, tr("true or false"));
        return std::nullopt;
    }
    const QString text = fromYaml(field.value.Scalar()).trimmed();
    if (trueWords.contains(text.toLower()))
        return true;
    if (falseWords.contains(text.toLower()))
        return false;
    report(valuePosition(field), tr("invalid %1 '%2': expected true or false").arg(key, text));
    return std::nullopt;
}

QList<QPair<QString, QString>> Parser::readHeaders(const Field &field)
{
    QList<QPair<QString, QString>> out;
    QHash<QString, SourcePosition> seen;
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        const Field header{it->first, it->second};
        const SourcePosition keyPosition = positionOf(header.key, valuePosition(field));
        if (!header.key.IsScalar()) {
            report(keyPosition, tr("expected a header name, found %1").arg(describe(header.key)));
            continue;
        }
        const QString name = fromYaml(header.key.Scalar());
        if (!isHeaderName(name)) {
            report(keyPosition, tr("invalid header name '%1': use letters, digits and !#$%&'*+-.^_`|~").arg(name));
            continue;
        }
        if (const auto first = seen.constFind(name); first != seen.cend()) {
            report(keyPosition, tr("duplicate header '%1' (first at line %2, column %3)")
                                    .arg(name, QString::number(first->line), QString::number(first->column)));
            continue;
        }
        seen.insert(name, keyPosition);
        const std::optional<QString> value = readString(header, name);
        if (!value)
            continue;
        if (value->contains(u'\n') || value->contains(u'\r')) {
            report(valuePosition(header), tr("the value of header '%1' must be on one line").arg(name));
            continue;
        }
        if (validReferences(header.value, *value, name))
            out.append({name, *value});
    }
    return out;
}

bool Parser::validReferences(const YAML::Node &scalar, const QString &text, const QString &key)
{
    const std::optional<Error> error = References::validate(text);
    if (!error)
        return true;
    report(positionInScalar(scalar, std::max<qsizetype>(error->position, 0)),
           tr("invalid reference in '%1': %2").arg(key, error->message));
    return false;
}

void Parser::validateUrl(const Field &field, const QString &url)
{
    if (url.isEmpty()) {
        report(valuePosition(field), tr("empty url: expected an absolute http:// or https:// URL"));
        return;
    }
    if (!validReferences(field.value, url, u"url"_s))
        return;
    // When the scheme and host come from a reference, their shape is only known when expanded.
    if (url.startsWith(u"${"_s))
        return;
    // "0" keeps a masked host, port or path valid, so only the written parts are judged.
    const QUrl parsed(References::mask(url, u"0"_s), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.isRelative()) {
        report(valuePosition(field), tr("invalid url: expected an absolute http:// or https:// URL, e.g. "
                                        "https://api.example.com/health"));
    } else if (scheme != u"http" && scheme != u"https") {
        report(valuePosition(field), tr("unsupported url scheme '%1' (allowed: http, https)").arg(parsed.scheme()));
    } else if (parsed.host().isEmpty()) {
        report(valuePosition(field), tr("invalid url: no host name after %1://").arg(scheme));
    }
}

QList<Condition> Parser::readConditions(const Field &field, const QString &key)
{
    QList<Condition> out;
    const std::optional<YAML::Node> list = readList(field, key);
    if (!list)
        return out;
    const SourcePosition listPosition = valuePosition(field);
    for (const YAML::Node &item : *list) {
        if (!item.IsScalar()) {
            report(positionOf(item, listPosition),
                   tr("expected a condition string in '%1', found %2; quote conditions that start with '[', "
                      "e.g. - \"[STATUS] == 200\"")
                       .arg(key, describe(item)));
            continue;
        }
        const QString text = fromYaml(item.Scalar());
        if (text.trimmed().isEmpty()) {
            report(positionOf(item), tr("empty condition in '%1'").arg(key));
            continue;
        }
        const Result<Condition> condition = Condition::parse(text);
        if (!condition) {
            report(positionInScalar(item, std::max<qsizetype>(condition.error().position, 0)),
                   tr("invalid condition '%1': %2").arg(text, condition.error().message));
            continue;
        }
        out.append(condition.value());
    }
    return out;
}

void Parser::readQuota(const Field &field, CheckSpec &check)
{
    if (field.value.IsScalar()) {
        if (const std::optional<QString> mode = readChoice(field, u"quota"_s, quotaModes))
            check.quotaMode = *mode == u"off" ? QuotaMode::Off : QuotaMode::Auto;
        return;
    }
    if (!field.value.IsMap()) {
        reportType(field, u"quota"_s, tr("auto, off or a map with remaining, limit, reset and reset_unit"));
        return;
    }
    const qsizetype errorsBefore = m_errors.size();
    const Fields all = fields(field.value, quotaKeys, tr("in quota"));
    QuotaMapping mapping;
    if (const auto it = all.constFind(u"remaining"_s); it != all.cend()) {
        if (const std::optional<QString> text = readPlaceholder(*it, u"remaining"_s))
            mapping.remaining = *text;
    } else {
        report(valuePosition(field), tr("quota needs 'remaining', e.g. remaining: \"[BODY].rate.remaining\""));
    }
    if (const auto it = all.constFind(u"limit"_s); it != all.cend()) {
        if (const std::optional<QString> text = readPlaceholder(*it, u"limit"_s))
            mapping.limit = *text;
    }
    const auto reset = all.constFind(u"reset"_s);
    const auto resetUnit = all.constFind(u"reset_unit"_s);
    if (reset != all.cend()) {
        if (const std::optional<QString> text = readPlaceholder(*reset, u"reset"_s))
            mapping.reset = *text;
        if (resetUnit == all.cend())
            report(positionOf(reset->key),
                   tr("quota 'reset' needs a 'reset_unit' (%1): is the reset epoch seconds, seconds from now, "
                      "or an ISO time?")
                       .arg(resetUnits.join(u", "_s)));
    }
    if (resetUnit != all.cend()) {
        if (reset == all.cend())
            report(positionOf(resetUnit->key), tr("quota 'reset_unit' without 'reset'"));
        else if (const std::optional<QString> unit = readChoice(*resetUnit, u"reset_unit"_s, resetUnits))
            mapping.resetUnit = *unit == u"epoch"   ? QuotaMapping::Epoch
                                : *unit == u"delta" ? QuotaMapping::Delta
                                                    : QuotaMapping::Iso;
    }
    if (const auto it = all.constFind(u"policy"_s); it != all.cend()) {
        if (const std::optional<QString> policy = readString(*it, u"policy"_s)) {
            if (policy->trimmed().isEmpty())
                report(valuePosition(*it), tr("empty quota policy: leave 'policy' out for \"default\""));
            else
                mapping.policy = *policy;
        }
    }
    if (const auto it = all.constFind(u"unit"_s); it != all.cend()) {
        if (const std::optional<QString> unit = readChoice(*it, u"unit"_s, quotaUnits))
            mapping.unit = static_cast<QuotaUnit>(quotaUnits.indexOf(*unit));
    }
    if (m_errors.size() != errorsBefore)
        return;
    check.quotaMode = QuotaMode::Custom;
    check.quotaMapping = mapping;
}

std::optional<QString> Parser::readPlaceholder(const Field &field, const QString &key)
{
    if (!field.value.IsScalar()) {
        reportType(field, key, tr("a placeholder such as \"[BODY].rate.remaining\""));
        return std::nullopt;
    }
    const QString text = fromYaml(field.value.Scalar());
    if (const std::optional<Error> error = Condition::validatePlaceholder(text)) {
        report(positionInScalar(field.value, std::max<qsizetype>(error->position, 0)),
               tr("invalid placeholder '%1' for quota '%2': %3").arg(text, key, error->message));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> Parser::readChoice(const Field &field, const QString &key, const QStringList &allowed)
{
    const std::optional<QString> text = readString(field, key);
    if (!text)
        return std::nullopt;
    if (allowed.contains(*text))
        return text;
    const std::optional<QString> suggestion = closest(*text, allowed);
    const QString hint = suggestion ? tr("; did you mean '%1'?").arg(*suggestion) : QString();
    report(valuePosition(field), tr("unknown %1 '%2'%3 (allowed: %4)").arg(key, *text, hint, allowed.join(u", "_s)));
    return std::nullopt;
}

QHash<QString, double> Parser::readQuotaLimits(const Field &field)
{
    QHash<QString, double> out;
    if (field.value.IsNull())
        return out;
    if (!field.value.IsMap()) {
        reportType(field, u"quota_limits"_s, tr("a map of quota names to limits, e.g. {tokensPerDay: 200000}"));
        return out;
    }
    QHash<QString, SourcePosition> seen;
    for (auto it = field.value.begin(); it != field.value.end(); ++it) {
        const Field limit{it->first, it->second};
        const SourcePosition keyPosition = positionOf(limit.key, valuePosition(field));
        if (!limit.key.IsScalar() || fromYaml(limit.key.Scalar()).trimmed().isEmpty()) {
            report(keyPosition, tr("expected a quota name in 'quota_limits', found %1").arg(describe(limit.key)));
            continue;
        }
        const QString name = fromYaml(limit.key.Scalar());
        if (const auto first = seen.constFind(name); first != seen.cend()) {
            report(keyPosition, tr("duplicate quota '%1' (first at line %2, column %3)")
                                    .arg(name, QString::number(first->line), QString::number(first->column)));
            continue;
        }
        seen.insert(name, keyPosition);
        const QString text = limit.value.IsScalar() ? fromYaml(limit.value.Scalar()).trimmed() : QString();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value <= 0) {
            report(valuePosition(limit),
                   tr("invalid limit for quota '%1': expected a number greater than 0").arg(name));
            continue;
        }
        out.insert(name, value);
    }
    return out;
}

qsizetype Parser::byteOffset(const YAML::Mark &mark) const
{
    if (mark.line < 0 || mark.column < 0 || mark.line >= m_lineStarts.size())
        return -1;
    return std::min<qsizetype>(m_lineStarts.at(mark.line) + mark.column, m_source.size());
}

SourcePosition Parser::positionAtByte(qsizetype offset) const
{
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = std::distance(m_lineStarts.cbegin(), next) - 1;
    // yaml-cpp counts bytes; people count characters.
    int column = 1;
    for (qsizetype i = m_lineStarts.at(line); i < offset; ++i) {
        if ((static_cast<unsigned char>(m_source.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {int(line) + 1, column};
}

SourcePosition Parser::positionOf(const YAML::Mark &mark) const
{
    const qsizetype offset = byteOffset(mark);
    return offset < 0 ? SourcePosition{} : positionAtByte(offset);
}

SourcePosition Parser::positionOf(const YAML::Node &node, const SourcePosition &fallback) const
{
    // yaml-cpp marks an empty value at the token after it, which would point at the wrong line.
    if (!node.IsDefined() || node.IsNull())
        return fallback;
    const SourcePosition position = positionOf(node.Mark());
    return position.line > 0 ? position : fallback;
}

SourcePosition Parser::valuePosition(const Field &field) const
{
    return positionOf(field.value, positionOf(field.key));
}

SourcePosition Parser::positionInScalar(const YAML::Node &scalar, qsizetype offset) const
{
    const SourcePosition start = positionOf(scalar);
    const qsizetype begin = byteOffset(scalar.Mark());
    if (begin < 0 || begin >= m_source.size())
        return start;
    const char first = m_source.at(begin);
    if (first == '|' || first == '>')
        return start; // block scalars: offsets no longer map onto one line
    const char quote = (first == '"' || first == '\'') ? first : 0;

    // Walk the source, decoding just enough of YAML's quoting to count characters of the value.
    qsizetype i = begin + (quote ? 1 : 0);
    qsizetype units = 0;
    while (units < offset) {
        if (i >= m_source.size())
            return start;
        const char c = m_source.at(i);
        if (c == '\n' || c == '\r')
            return start;
        if (quote == '\'' && c == '\'') {
            if (i + 1 < m_source.size() && m_source.at(i + 1) == '\'') {
                i += 2;
                ++units;
                continue;
            }
            return start;
        }
        if (quote == '"' && c == '"')
            return start;
        if (quote == '"' && c == '\\') {
            const char escape = i + 1 < m_source.size() ? m_source.at(i + 1) : '\0';
            i += escape == 'x' ? 4 : escape == 'u' ? 6 : escape == 'U' ? 10 : 2;
            units += escape == 'U' ? 2 : 1;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        const int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : 4;
        i += length;
        units += length == 4 ? 2 : 1;
    }
    if (i > m_source.size())
        return start;
    return positionAtByte(i);
}

void Parser::report(const SourcePosition &position, const QString &message)
{
    m_errors.append(ConfigError{m_fileName, position.line, position.column, message});
}

void Parser::reportType(const Field &field, const QString &key, const QString &expected)
{
    report(valuePosition(field), tr("expected %1 for '%2', found %3").arg(expected, key, describe(field.value)));
}

} // namespace

Result<Catalog, ConfigErrors> ConfigLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ConfigErrors{
            ConfigError{path, 0, 0, tr("cannot read the configuration file: %1").arg(file.errorString())}};
    return loadText(file.readAll(), path);
}

Result<Catalog, ConfigErrors> ConfigLoader::loadText(const QByteArray &yaml, const QString &fileName)
{
    return Parser(yaml, fileName).run();
}

QString ConfigLoader::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/gatewatch/gatewatch.yaml"_s;
}

} // namespace gw
