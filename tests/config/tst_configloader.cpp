#include "configloader.h"
#include "duration.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(gw::Catalog)
Q_DECLARE_METATYPE(gw::ConfigError)

namespace {

const auto fileName = u"/etc/gatewatch/gatewatch.yaml"_s;

QStringList conditionTexts(const QList<Condition> &conditions)
{
    QStringList texts;
    for (const Condition &condition : conditions)
        texts.append(condition.text());
    return texts;
}

CheckSpec check(const QString &id, const QString &url, SourcePosition position)
{
    CheckSpec spec;
    spec.id = id;
    spec.name = id;
    spec.url = url;
    spec.position = position;
    return spec;
}

NotifyChannel notifyChannel(NotifyType type, const QString &name, const QString &url, SourcePosition position)
{
    NotifyChannel channel;
    channel.type = type;
    channel.name = name;
    channel.url = url;
    channel.position = position;
    return channel;
}

ApiEndpoint apiEndpoint(const QString &url, SourcePosition position, QList<QPair<QString, QString>> headers = {},
                        milliseconds timeout = std::chrono::seconds(15))
{
    ApiEndpoint api;
    api.url = url;
    api.headers = std::move(headers);
    api.timeout = timeout;
    api.position = position;
    return api;
}

IntegrationSpec integration(const QString &id, const QString &name, SourcePosition position,
                            QList<CheckSpec> checks = {})
{
    IntegrationSpec spec;
    spec.id = id;
    spec.name = name;
    spec.checks = std::move(checks);
    spec.position = position;
    return spec;
}

QString describe(const ConfigErrors &errors)
{
    QStringList lines;
    for (const ConfigError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace

class tst_ConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalog_data();
    void catalog();
    void errors_data();
    void errors();
    void multipleErrorsReportedTogether();
    void gatewayFunctionsNeedTheGatewaysPages();
    void webhookSecretValueNeverRepeated();
    void notifyUrlNeverRepeated();
    void alertRules();
    void missingFile();
    void errorToString_data();
    void errorToString();
    void defaultPath();

    // These depend on parseDuration and Condition::parse (models/duration.h, models/condition.h).
    void durations();
    void durationErrors_data();
    void durationErrors();
    void conditionErrorPosition_data();
    void conditionErrorPosition();

private:
    void compareCatalogs(const Catalog &actual, const Catalog &expected);
};

void tst_ConfigLoader::compareCatalogs(const Catalog &actual, const Catalog &expected)
{
    QCOMPARE(actual.settings.interval.count(), expected.settings.interval.count());
    QCOMPARE(actual.settings.timeout.count(), expected.settings.timeout.count());
    QCOMPARE(actual.settings.maxBodyBytes, expected.settings.maxBodyBytes);
    QCOMPARE(actual.settings.thresholds.failure, expected.settings.thresholds.failure);
    QCOMPARE(actual.settings.thresholds.success, expected.settings.thresholds.success);
    QCOMPARE(actual.settings.caFile, expected.settings.caFile);
    QCOMPARE(actual.settings.breaker, expected.settings.breaker);
    QCOMPARE(actual.settings.quotaThresholds, expected.settings.quotaThresholds);
    QCOMPARE(actual.settings.retention, expected.settings.retention);
    QCOMPARE(actual.settings.prometheus.has_value(), expected.settings.prometheus.has_value());
    if (expected.settings.prometheus) {
        const ApiEndpoint &a = *actual.settings.prometheus;
        const ApiEndpoint &e = *expected.settings.prometheus;
        QCOMPARE(a.url, e.url);
        QCOMPARE(a.headers, e.headers);
        QCOMPARE(a.timeout.count(), e.timeout.count());
        QCOMPARE(a.position, e.position);
    }
    QCOMPARE(actual.alertmanager.has_value(), expected.alertmanager.has_value());
    if (expected.alertmanager) {
        const ApiEndpoint &a = actual.alertmanager->api;
        const ApiEndpoint &e = expected.alertmanager->api;
        QCOMPARE(a.url, e.url);
        QCOMPARE(a.headers, e.headers);
        QCOMPARE(a.timeout.count(), e.timeout.count());
        QCOMPARE(a.position, e.position);
        QCOMPARE(actual.alertmanager->evaluateRules, expected.alertmanager->evaluateRules);
    }
    QCOMPARE(actual.gateway.has_value(), expected.gateway.has_value());
    if (expected.gateway) {
        const GatewaySpec &a = *actual.gateway;
        const GatewaySpec &e = *expected.gateway;
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.healthUrl, e.healthUrl);
        QCOMPARE(a.metricsUrl, e.metricsUrl);
        QCOMPARE(a.eventsUrl, e.eventsUrl);
        QCOMPARE(a.flavor, e.flavor);
        QCOMPARE(a.generic, e.generic);
        QCOMPARE(a.interval.count(), e.interval.count());
        QCOMPARE(a.timeout.count(), e.timeout.count());
        QCOMPARE(a.headers, e.headers);
        QCOMPARE(a.routes, e.routes);
        QCOMPARE(a.position, e.position);
    }
    QCOMPARE(actual.webhooks.size(), expected.webhooks.size());
    for (qsizetype i = 0; i < expected.webhooks.size(); ++i) {
        const WebhookSource &a = actual.webhooks.at(i);
        const WebhookSource &e = expected.webhooks.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.scheme, e.scheme);
        QCOMPARE(a.secret, e.secret);
        QCOMPARE(a.previousSecrets, e.previousSecrets);
        QCOMPARE(a.position, e.position);
    }
    QCOMPARE(actual.notify.size(), expected.notify.size());
    for (qsizetype i = 0; i < expected.notify.size(); ++i) {
        const NotifyChannel &a = actual.notify.at(i);
        const NotifyChannel &e = expected.notify.at(i);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.type, e.type);
        QCOMPARE(a.url, e.url);
        QCOMPARE(a.headers, e.headers);
        QCOMPARE(a.minSeverity, e.minSeverity);
        QCOMPARE(a.repeatInterval.has_value(), e.repeatInterval.has_value());
        if (e.repeatInterval)
            QCOMPARE(a.repeatInterval->count(), e.repeatInterval->count());
        QCOMPARE(a.timeout.count(), e.timeout.count());
        QCOMPARE(a.resendInterval.count(), e.resendInterval.count());
        QCOMPARE(a.generatorUrl, e.generatorUrl);
        QCOMPARE(a.sound, e.sound);
        QCOMPARE(a.position, e.position);
    }
    QCOMPARE(actual.vendors.size(), expected.vendors.size());
    for (qsizetype i = 0; i < expected.vendors.size(); ++i) {
        const VendorSpec &a = actual.vendors.at(i);
        const VendorSpec &e = expected.vendors.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.integrations, e.integrations);
        QCOMPARE(a.statusPage, e.statusPage);
        QCOMPARE(a.statusComponents, e.statusComponents);
        QCOMPARE(a.statusInterval.count(), e.statusInterval.count());
        QCOMPARE(a.contract.availabilityPct, e.contract.availabilityPct);
        QCOMPARE(a.contract.p95Latency.has_value(), e.contract.p95Latency.has_value());
        if (e.contract.p95Latency)
            QCOMPARE(a.contract.p95Latency->count(), e.contract.p95Latency->count());
        QCOMPARE(a.contract.credits.size(), e.contract.credits.size());
        for (qsizetype t = 0; t < e.contract.credits.size(); ++t) {
            QCOMPARE(a.contract.credits.at(t).belowPct, e.contract.credits.at(t).belowPct);
            QCOMPARE(a.contract.credits.at(t).creditPct, e.contract.credits.at(t).creditPct);
        }
        QCOMPARE(a.cost.has_value(), e.cost.has_value());
        if (e.cost) {
            QCOMPARE(a.cost->currency, e.cost->currency);
            QCOMPARE(a.cost->monthlyFee, e.cost->monthlyFee);
            QCOMPARE(a.cost->included, e.cost->included);
            QCOMPARE(a.cost->overage, e.cost->overage);
            QCOMPARE(a.cost->budget, e.cost->budget);
        }
        QCOMPARE(a.supportTier, e.supportTier);
        QCOMPARE(a.supportRating, e.supportRating);
        QCOMPARE(a.escalation.size(), e.escalation.size());
        for (qsizetype t = 0; t < e.escalation.size(); ++t) {
            QCOMPARE(a.escalation.at(t).severity, e.escalation.at(t).severity);
            QCOMPARE(a.escalation.at(t).contact, e.escalation.at(t).contact);
            QCOMPARE(a.escalation.at(t).channel, e.escalation.at(t).channel);
            QCOMPARE(a.escalation.at(t).respondWithin.has_value(), e.escalation.at(t).respondWithin.has_value());
            if (e.escalation.at(t).respondWithin)
                QCOMPARE(a.escalation.at(t).respondWithin->count(), e.escalation.at(t).respondWithin->count());
        }
        QCOMPARE(a.weights.availability, e.weights.availability);
        QCOMPARE(a.weights.latency, e.weights.latency);
        QCOMPARE(a.weights.errors, e.weights.errors);
        QCOMPARE(a.weights.incidents, e.weights.incidents);
        QCOMPARE(a.weights.cost, e.weights.cost);
        QCOMPARE(a.weights.support, e.weights.support);
        QCOMPARE(a.position, e.position);
    }
    QCOMPARE(actual.integrations.size(), expected.integrations.size());
    for (qsizetype i = 0; i < expected.integrations.size(); ++i) {
        const IntegrationSpec &a = actual.integrations.at(i);
        const IntegrationSpec &e = expected.integrations.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.position.line, e.position.line);
        QCOMPARE(a.position.column, e.position.column);
        QCOMPARE(a.budget, e.budget);
        QCOMPARE(a.breaker, e.breaker);
        QCOMPARE(a.quotaThresholds, e.quotaThresholds);
        QCOMPARE(a.checks.size(), e.checks.size());
        for (qsizetype j = 0; j < e.checks.size(); ++j) {
            const CheckSpec &ac = a.checks.at(j);
            const CheckSpec &ec = e.checks.at(j);
            QCOMPARE(ac.id, ec.id);
            QCOMPARE(ac.name, ec.name);
            QCOMPARE(ac.url, ec.url);
            QCOMPARE(ac.method, ec.method);
            QCOMPARE(ac.headers, ec.headers);
            QCOMPARE(ac.body, ec.body);
            QCOMPARE(ac.interval.count(), ec.interval.count());
            QCOMPARE(ac.timeout.count(), ec.timeout.count());
            QCOMPARE(ac.maxBodyBytes, ec.maxBodyBytes);
            QCOMPARE(ac.thresholds.failure, ec.thresholds.failure);
            QCOMPARE(ac.thresholds.success, ec.thresholds.success);
            QCOMPARE(ac.caFile, ec.caFile);
            QCOMPARE(conditionTexts(ac.conditions), conditionTexts(ec.conditions));
            QCOMPARE(conditionTexts(ac.degraded), conditionTexts(ec.degraded));
            QCOMPARE(ac.position.line, ec.position.line);
            QCOMPARE(ac.position.column, ec.position.column);
            QCOMPARE(ac.quotaMode, ec.quotaMode);
            QCOMPARE(ac.quotaMapping.remaining, ec.quotaMapping.remaining);
            QCOMPARE(ac.quotaMapping.limit, ec.quotaMapping.limit);
            QCOMPARE(ac.quotaMapping.reset, ec.quotaMapping.reset);
            QCOMPARE(ac.quotaMapping.resetUnit, ec.quotaMapping.resetUnit);
            QCOMPARE(ac.quotaMapping.policy, ec.quotaMapping.policy);
            QCOMPARE(ac.quotaMapping.unit, ec.quotaMapping.unit);
            QCOMPARE(ac.quotaLimits, ec.quotaLimits);
            QCOMPARE(ac.role, ec.role);
        }
    }
}

void tst_ConfigLoader::catalog_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<Catalog>("expected");

    QTest::newRow("empty file") << QByteArray() << Catalog{};
    QTest::newRow("only comments") << "# nothing configured yet\n"_ba << Catalog{};
    QTest::newRow("empty integrations") << "integrations:\n"_ba << Catalog{};
    QTest::newRow("byte order mark") << "\xEF\xBB\xBFintegrations: []\n"_ba << Catalog{};

    {
        Catalog expected;
        expected.settings.maxBodyBytes = 512 * 1024;
        expected.settings.thresholds = {5, 1};
        expected.settings.caFile = u"/etc/gatewatch/certs/company-ca.pem"_s;
        QTest::newRow("settings without durations") << "settings:\n"
                                                       "  max_body: 512KiB\n"
                                                       "  failure_threshold: 5\n"
                                                       "  success_threshold: 1\n"
                                                       "  ca_file: certs/company-ca.pem\n"_ba
                                                    << expected;
    }
    {
        Catalog expected;
        expected.integrations = {integration(u"stripe"_s, u"stripe"_s, {2, 5})};
        expected.integrations[0].labels = {{u"team"_s, u"payments"_s}, {u"tier"_s, u"1"_s}, {u"_owner"_s, u""_s}};
        QTest::newRow("integration labels") << "integrations:\n"
                                               "  - id: stripe\n"
                                               "    labels:\n"
                                               "      team: payments\n"
                                               "      tier: 1\n"
                                               "      _owner: ''\n"_ba
                                            << expected;
    }
    {
        Catalog expected;
        expected.integrations = {integration(u"chatwoot"_s, u"chatwoot"_s, {2, 5}),
                                 integration(u"ga4"_s, u"Google Analytics 4"_s, {3, 5})};
        QTest::newRow("integrations without checks, name defaults to id") << "integrations:\n"
                                                                             "  - id: chatwoot\n"
                                                                             "  - id: ga4\n"
                                                                             "    name: Google Analytics 4\n"
                                                                             "    checks: []\n"_ba
                                                                          << expected;
    }
    {
        CheckSpec admin =
            check(u"admin-rest"_s, u"https://example.myshopify.com/admin/api/2024-10/shop.json"_s, {6, 9});
        admin.name = u"Admin REST"_s;
        admin.headers = {{u"X-Shopify-Access-Token"_s, u"${secret:shopify-admin}"_s},
                         {u"Accept"_s, u"application/json"_s}};
        admin.conditions = {};
        CheckSpec graphql =
            check(u"graphql"_s, u"https://${env:SHOP}.myshopify.com/admin/api/2024-10/graphql.json"_s, {13, 9});
        graphql.method = u"POST"_s;
        graphql.body = u"{\"query\": \"{ shop { name } }\"}"_s;
        Catalog expected;
        expected.integrations = {integration(u"shopify"_s, u"Shopify"_s, {2, 5}, {admin, graphql})};
        QTest::newRow("two checks with headers, body and references")
            << "integrations:\n"
               "  - id: shopify\n"
               "    name: Shopify\n"
               "    checks:\n"
               "      # the REST API\n"
               "      - id: admin-rest\n"
               "        name: Admin REST\n"
               "        url: https://example.myshopify.com/admin/api/2024-10/shop.json\n"
               "        headers:\n"
               "          X-Shopify-Access-Token: ${secret:shopify-admin}\n"
               "          Accept: application/json\n"
               "\n"
               "      - id: graphql\n"
               "        url: https://${env:SHOP}.myshopify.com/admin/api/2024-10/graphql.json\n"
               "        method: POST\n"
               "        body: '{\"query\": \"{ shop { name } }\"}'\n"_ba
            << expected;
    }
    {
        CheckSpec inherits = check(u"inherits"_s, u"http://127.0.0.1:8080/health"_s, {9, 9});
        inherits.maxBodyBytes = 2 * 1024 * 1024;
        inherits.thresholds = {4, 3};
        inherits.caFile = u"/opt/ca.pem"_s;
        CheckSpec overrides = check(u"overrides"_s, u"https://gateway.internal/status"_s, {11, 9});
        overrides.maxBodyBytes = 4096;
        overrides.thresholds = {1, 1};
        overrides.caFile = u"/etc/gatewatch/gateway-ca.pem"_s;
        Catalog expected;
        expected.settings.maxBodyBytes = 2 * 1024 * 1024;
        expected.settings.thresholds = {4, 3};
        expected.settings.caFile = u"/opt/ca.pem"_s;
        expected.integrations = {integration(u"gateway"_s, u"gateway"_s, {7, 5}, {inherits, overrides})};
        QTest::newRow("checks inherit settings and may override them")
            << "settings:\n"
               "  max_body: 2MiB\n"
               "  failure_threshold: 4\n"
               "  success_threshold: 3\n"
               "  ca_file: /opt/ca.pem\n"
               "integrations:\n"
               "  - id: gateway\n"
               "    checks:\n"
               "      - id: inherits\n"
               "        url: http://127.0.0.1:8080/health\n"
               "      - id: overrides\n"
               "        url: https://gateway.internal/status\n"
               "        max_body: 4096\n"
               "        failure_threshold: 1\n"
               "        success_threshold: 1\n"
               "        ca_file: ./gateway-ca.pem\n"_ba
            << expected;
    }
    {
        CheckSpec a = check(u"a"_s, u"https://example.com/"_s, {1, 56});
        a.body = u"$${literal} costs $5"_s;
        Catalog expected;
        expected.integrations = {integration(u"flow-style"_s, u"Zürich"_s, {1, 16}, {a})};
        QTest::newRow("flow style, non-ASCII name, escaped reference")
            << "integrations: [{id: flow-style, name: Zürich, checks: [{id: a, url: "
               "\"https://example.com/\", "
               "body: \"$${literal} costs $5\"}]}]\n"_ba
            << expected;
    }

    const QByteArray quotaHead = "integrations:\n"
                                 "  - id: ga4\n"
                                 "    checks:\n"
                                 "      - id: usage\n"
                                 "        url: https://api.example.com/usage\n"_ba;
    {
        CheckSpec usage = check(u"usage"_s, u"https://api.example.com/usage"_s, {4, 9});
        usage.quotaMode = QuotaMode::Off;
        Catalog expected;
        expected.integrations = {integration(u"ga4"_s, u"ga4"_s, {2, 5}, {usage})};
        QTest::newRow("quota off") << quotaHead + "        quota: off\n"_ba << expected;
    }
    {
        CheckSpec usage = check(u"usage"_s, u"https://api.example.com/usage"_s, {4, 9});
        usage.quotaLimits = {{u"tokensPerDay"_s, 200000.0}, {u"tokensPerHour"_s, 45000.0}};
        Catalog expected;
        expected.integrations = {integration(u"ga4"_s, u"ga4"_s, {2, 5}, {usage})};
        QTest::newRow("quota auto with limits the API does not send")
            << quotaHead
                   + "        quota: auto\n        quota_limits: {tokensPerDay: 200000, tokensPerHour: 4.5e4}\n"_ba
            << expected;
    }
    {
        CheckSpec usage = check(u"usage"_s, u"https://api.example.com/usage"_s, {4, 9});
        usage.quotaMode = QuotaMode::Custom;
        usage.quotaMapping.remaining = u"[BODY].rate.remaining"_s;
        usage.quotaMapping.limit = u"[HEADER].X-Quota-Limit"_s;
        usage.quotaMapping.reset = u"[BODY].rate.reset"_s;
        usage.quotaMapping.resetUnit = QuotaMapping::Delta;
        usage.quotaMapping.policy = u"daily"_s;
        usage.quotaMapping.unit = QuotaUnit::Tokens;
        Catalog expected;
        expected.integrations = {integration(u"ga4"_s, u"ga4"_s, {2, 5}, {usage})};
        QTest::newRow("quota mapped from body and headers") << quotaHead
                                                                   + "        quota:\n"
                                                                     "          remaining: \"[BODY].rate.remaining\"\n"
                                                                     "          limit: \"[HEADER].X-Quota-Limit\"\n"
                                                                     "          reset: \"[BODY].rate.reset\"\n"
                                                                     "          reset_unit: delta\n"
                                                                     "          policy: daily\n"
                                                                     "          unit: tokens\n"_ba
                                                            << expected;
    }
    {
        CheckSpec usage = check(u"usage"_s, u"https://api.example.com/usage"_s, {4, 9});
        usage.quotaMode = QuotaMode::Custom;
        usage.quotaMapping.remaining = u"[HEADER].X-Left"_s;
        Catalog expected;
        expected.integrations = {integration(u"ga4"_s, u"ga4"_s, {2, 5}, {usage})};
        QTest::newRow("quota mapping with defaults")
            << quotaHead + "        quota: {remaining: \"[HEADER].X-Left\"}\n"_ba << expected;
    }
    {
        // Settings give every integration its breaker and thresholds; an integration overrides
        // the keys it names and keeps the rest.
        Catalog expected;
        expected.settings.breaker = BreakerPolicy{3, 60'000, 1'800'000, 1'000, 5'000};
        expected.settings.quotaThresholds = QuotaThresholds{0.40, 0.125};
        IntegrationSpec a = integration(u"a"_s, u"a"_s, {5, 5});
        a.breaker = expected.settings.breaker;
        a.quotaThresholds = expected.settings.quotaThresholds;
        IntegrationSpec b = integration(u"b"_s, u"b"_s, {6, 5});
        b.breaker = BreakerPolicy{8, 60'000, 1'800'000, 1'000, 5'000};
        b.quotaThresholds = QuotaThresholds{0.40, 0.05};
        b.budget = RequestBudget{60, std::chrono::hours(1)};
        IntegrationSpec c = integration(u"c"_s, u"c"_s, {10, 5});
        c.breaker = BreakerPolicy{0, 60'000, 1'800'000, 1'000, 0};
        c.quotaThresholds = expected.settings.quotaThresholds;
        expected.integrations = {a, b, c};
        QTest::newRow("circuit breaker and quota thresholds") << "settings:\n"
                                                                 "  circuit_breaker: {failures: 3, backoff: 5s, "
                                                                 "cooldown: 1m, max_cooldown: 30m}\n"
                                                                 "  quota_thresholds: {warning: 40%, critical: 12.5%}\n"
                                                                 "integrations:\n"
                                                                 "  - id: a\n"
                                                                 "  - id: b\n"
                                                                 "    budget: 60/h\n"
                                                                 "    circuit_breaker: {failures: 8}\n"
                                                                 "    quota_thresholds: {critical: 5%}\n"
                                                                 "  - id: c\n"
                                                                 "    circuit_breaker: off\n"_ba
                                                              << expected;
    }
    {
        GatewaySpec gateway;
        gateway.name = u"edge"_s;
        gateway.healthUrl = u"https://gw.internal/health"_s;
        gateway.metricsUrl = u"https://gw.internal/metrics"_s;
        gateway.eventsUrl = u"https://gw.internal/events"_s;
        gateway.flavor = GatewayFlavor::Kong;
        gateway.interval = std::chrono::seconds(15);
        gateway.timeout = std::chrono::seconds(10); // the settings' default, within the interval
        gateway.headers = {{u"Authorization"_s, u"Bearer ${secret:gateway}"_s}};
        gateway.routes = {{u"shopify"_s, {u"shopify-admin"_s, {}}}, {u"stripe"_s, {u"payments"_s, u"charges"_s}}};
        gateway.position = {1, 1};
        // The gateway's own checks come first: health read as a health document, metrics with a
        // 32 MiB body limit and status 200 required; both with the gateway's timing and headers.
        CheckSpec health = check(u"health"_s, u"https://gw.internal/health"_s, {1, 1});
        health.name = u"Health"_s;
        CheckSpec metrics = check(u"metrics"_s, u"https://gw.internal/metrics"_s, {1, 1});
        metrics.name = u"Metrics"_s;
        metrics.maxBodyBytes = 32 * 1024 * 1024;
        metrics.conditions = {Condition::parse(u"[STATUS] == 200"_s).value()};
        for (CheckSpec *own : {&health, &metrics}) {
            own->interval = std::chrono::seconds(15);
            own->timeout = std::chrono::seconds(10);
            own->headers = gateway.headers;
            own->quotaMode = QuotaMode::Off;
        }
        health.role = CheckRole::GatewayHealth;
        metrics.role = CheckRole::GatewayMetrics;
        Catalog expected;
        expected.gateway = gateway;
        expected.integrations = {integration(u"gateway"_s, u"edge"_s, {1, 1}, {health, metrics}),
                                 integration(u"shopify"_s, u"shopify"_s, {13, 5}),
                                 integration(u"stripe"_s, u"stripe"_s, {14, 5})};
        QTest::newRow("gateway") << "gateway:\n"
                                    "  name: edge\n"
                                    "  health_url: https://gw.internal/health\n"
                                    "  metrics_url: https://gw.internal/metrics\n"
                                    "  flavor: kong\n"
                                    "  events_url: https://gw.internal/events\n"
                                    "  interval: 15s\n"
                                    "  headers: { Authorization: \"Bearer ${secret:gateway}\" }\n"
                                    "  routes:\n"
                                    "    shopify: { service: shopify-admin }\n"
                                    "    stripe: { service: payments, route: charges }\n"
                                    "integrations:\n"
                                    "  - id: shopify\n"
                                    "  - id: stripe\n"_ba
                                 << expected;
    }
    {
        GatewaySpec gateway;
        gateway.metricsUrl = u"http://127.0.0.1:9090/metrics"_s;
        gateway.flavor = GatewayFlavor::Generic;
        gateway.generic =
            GenericMetricNames{"http_requests_total", "code", "http_request_duration_ms", 1.0, "service", ""};
        gateway.interval = std::chrono::seconds(30);
        gateway.timeout = std::chrono::seconds(10);
        gateway.position = {1, 1};
        CheckSpec metrics = check(u"metrics"_s, u"http://127.0.0.1:9090/metrics"_s, {1, 1});
        metrics.name = u"Metrics"_s;
        metrics.maxBodyBytes = 32 * 1024 * 1024;
        metrics.conditions = {Condition::parse(u"[STATUS] == 200"_s).value()};
        metrics.interval = std::chrono::seconds(30);
        metrics.quotaMode = QuotaMode::Off;
        metrics.role = CheckRole::GatewayMetrics;
        Catalog expected;
        expected.gateway = gateway;
        expected.integrations = {integration(u"gateway"_s, u"gateway"_s, {1, 1}, {metrics})};
        QTest::newRow("generic gateway") << "gateway:\n"
                                            "  metrics_url: http://127.0.0.1:9090/metrics\n"
                                            "  flavor: generic\n"
                                            "  interval: 30s\n"
                                            "  metrics:\n"
                                            "    requests: http_requests_total\n"
                                            "    status_label: code\n"
                                            "    latency: http_request_duration_ms\n"
                                            "    latency_unit: ms\n"
                                            "    service_label: service\n"_ba
                                         << expected;
    }
    {
        Catalog expected;
        expected.settings.retention.raw = std::chrono::hours(72);
        expected.settings.retention.minute = std::chrono::days(90);
        expected.settings.retention.hour = std::nullopt;
        expected.settings.retention.events = std::chrono::days(7);
        QTest::newRow("history retention")
            << "settings:\n  history: {raw: 3d, minute: 90d, hour: forever, events: 7d}\n"_ba << expected;
    }
    {
        Catalog expected;
        expected.settings.retention.events = std::nullopt;
        QTest::newRow("gateway events kept forever") << "settings:\n  history: {events: forever}\n"_ba << expected;
    }
    {
        Catalog expected;
        expected.settings.prometheus =
            apiEndpoint(u"http://prometheus:9090"_s, {3, 5},
                        {{u"X-Scope-OrgID"_s, u"ops"_s}, {u"Authorization"_s, u"Bearer ${secret:prometheus-token}"_s}},
                        std::chrono::seconds(20));
        QTest::newRow("history from Prometheus") << "settings:\n"
                                                    "  history:\n"
                                                    "    source: prometheus\n"
                                                    "    url: http://prometheus:9090\n"
                                                    "    headers: {X-Scope-OrgID: ops, Authorization: \"Bearer "
                                                    "${secret:prometheus-token}\"}\n"
                                                    "    timeout: 20s\n"_ba
                                                 << expected;
    }
    {
        // The default timeout; gateway events are still recorded here, so their retention applies.
        Catalog expected;
        expected.settings.prometheus = apiEndpoint(u"https://${env:PROM_HOST}/prometheus"_s, {2, 12});
        expected.settings.retention.events = std::chrono::days(7);
        QTest::newRow("history from Prometheus with defaults, beside a retention")
            << "settings:\n  history: {source: prometheus, url: \"https://${env:PROM_HOST}/prometheus\", events: 7d}\n"_ba
            << expected;
    }
    {
        Catalog expected;
        expected.settings.retention.raw = std::chrono::hours(72);
        QTest::newRow("history recorded locally, written out")
            << "settings:\n  history: {source: local, raw: 72h}\n"_ba << expected;
    }
    {
        Catalog expected;
        expected.alertmanager = AlertmanagerSpec{apiEndpoint(u"http://alertmanager:9093"_s, {1, 1}), true};
        QTest::newRow("alertmanager with defaults")
            << "alertmanager:\n  url: http://alertmanager:9093\n"_ba << expected;
    }
    {
        Catalog expected;
        expected.alertmanager =
            AlertmanagerSpec{apiEndpoint(u"https://am.internal:9093/prefix"_s, {3, 1},
                                         {{u"Authorization"_s, u"Bearer ${secret:alertmanager-token}"_s},
                                          {u"X-Scope-OrgID"_s, u"ops"_s}},
                                         std::chrono::seconds(5)),
                             false};
        QTest::newRow("alertmanager with every key") << "# the team's Alertmanager\n"
                                                        "\n"
                                                        "alertmanager:\n"
                                                        "  url: https://am.internal:9093/prefix\n"
                                                        "  headers:\n"
                                                        "    Authorization: Bearer ${secret:alertmanager-token}\n"
                                                        "    X-Scope-OrgID: ops\n"
                                                        "  timeout: 5s\n"
                                                        "  evaluate_rules: false\n"_ba
                                                     << expected;
    }
    {
        Catalog expected;
        expected.alertmanager = AlertmanagerSpec{apiEndpoint(u"http://am:9093"_s, {1, 1}), true};
        QTest::newRow("alertmanager in flow style, evaluate_rules yes")
            << "alertmanager: {url: \"http://am:9093\", evaluate_rules: yes, headers: {}}\n"_ba << expected;
    }
    {
        Catalog expected;
        IntegrationSpec quiet = integration(u"quiet"_s, u"quiet"_s, {2, 5});
        quiet.breaker.backoffMs = 0;
        quiet.quotaThresholds = QuotaThresholds{1.0, 0.0};
        expected.integrations = {quiet};
        QTest::newRow("backoff off, thresholds at the extremes")
            << "integrations:\n  - id: quiet\n    circuit_breaker: {backoff: off}\n"
               "    quota_thresholds: {warning: 100%, critical: 0%}\n"_ba
            << expected;
    }
    QTest::newRow("no webhook sources") << "webhooks:\n"_ba << Catalog{};
    QTest::newRow("no alerts") << "alerts:\n"_ba << Catalog{};
    QTest::newRow("no notify channels") << "notify:\n"_ba << Catalog{};
    {
        Catalog expected;
        NotifyChannel desktop = notifyChannel(NotifyType::Desktop, u"desktop"_s, {}, {2, 5});
        desktop.sound = {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical};
        NotifyChannel slack = notifyChannel(NotifyType::Slack, u"slack"_s, u"${secret:slack-webhook}"_s, {4, 5});
        slack.minSeverity = AlertSeverity::Warning;
        NotifyChannel webhook =
            notifyChannel(NotifyType::Webhook, u"webhook"_s, u"https://hooks.internal/gatewatch"_s, {7, 5});
        webhook.headers = {{u"Authorization"_s, u"Bearer ${secret:hook-token}"_s}};
        expected.notify = {
            desktop, slack, webhook,
            notifyChannel(NotifyType::Alertmanager, u"alertmanager"_s, u"http://alertmanager:9093"_s, {10, 5})};
        QTest::newRow("notify channels of every type, with their defaults")
            << "notify:\n"
               "  - type: desktop\n"
               "    sound: true\n"
               "  - type: slack\n"
               "    url: ${secret:slack-webhook}\n"
               "    min_severity: warning\n"
               "  - type: webhook\n"
               "    url: https://hooks.internal/gatewatch\n"
               "    headers: { Authorization: \"Bearer ${secret:hook-token}\" }\n"
               "  - type: alertmanager\n"
               "    url: http://alertmanager:9093\n"_ba
            << expected;
    }
    {
        Catalog expected;
        NotifyChannel desktop = notifyChannel(NotifyType::Desktop, u"laptop"_s, {}, {2, 5});
        desktop.sound = {AlertSeverity::Critical, AlertSeverity::Warning};
        desktop.repeatInterval = std::chrono::hours(4);
        NotifyChannel slack = notifyChannel(NotifyType::Slack, u"slack"_s, u"${env:SLACK_URL}"_s, {6, 5});
        slack.minSeverity = AlertSeverity::Critical;
        slack.repeatInterval = std::nullopt;
        slack.timeout = std::chrono::seconds(5);
        NotifyChannel alertmanager =
            notifyChannel(NotifyType::Alertmanager, u"am"_s, u"https://am.internal:9093/prefix"_s, {11, 5});
        alertmanager.resendInterval = std::chrono::seconds(30);
        alertmanager.generatorUrl = u"http://gatewatch.internal/"_s;
        alertmanager.headers = {{u"X-Scope-OrgID"_s, u"ops"_s}};
        expected.notify = {desktop, slack, alertmanager};
        QTest::newRow("notify channels with every key") << "notify:\n"
                                                           "  - type: desktop\n"
                                                           "    name: laptop\n"
                                                           "    sound: [critical, warning, critical]\n"
                                                           "    repeat_interval: 4h\n"
                                                           "  - type: slack\n"
                                                           "    url: \"${env:SLACK_URL}\"\n"
                                                           "    min_severity: critical\n"
                                                           "    repeat_interval: off\n"
                                                           "    timeout: 5s\n"
                                                           "  - type: alertmanager\n"
                                                           "    name: am\n"
                                                           "    url: https://am.internal:9093/prefix\n"
                                                           "    headers: {X-Scope-OrgID: ops}\n"
                                                           "    resend_interval: 30s\n"
                                                           "    generator_url: http://gatewatch.internal/\n"_ba
                                                        << expected;
    }
    {
        // Unnamed channels are named after their type, around the names written out.
        Catalog expected;
        NotifyChannel quiet = notifyChannel(NotifyType::Desktop, u"desktop"_s, {}, {6, 5});
        quiet.sound = {AlertSeverity::Critical};
        expected.notify = {
            notifyChannel(NotifyType::Slack, u"slack-3"_s, u"${secret:a}"_s, {2, 5}),
            notifyChannel(NotifyType::Slack, u"slack-2"_s, u"${secret:b}"_s, {3, 5}),
            notifyChannel(NotifyType::Slack, u"slack-4"_s, u"${secret:c}"_s, {4, 5}),
            notifyChannel(NotifyType::Webhook, u"slack"_s, u"https://x.example/h"_s, {5, 5}),
            quiet,
        };
        QTest::newRow("notify channel names made unique")
            << "notify:\n"
               "  - {type: slack, url: \"${secret:a}\"}\n"
               "  - {type: slack, url: \"${secret:b}\", name: slack-2}\n"
               "  - {type: slack, url: \"${secret:c}\"}\n"
               "  - {type: webhook, url: \"https://x.example/h\", name: slack}\n"
               "  - {type: desktop, sound: critical}\n"_ba
            << expected;
    }
    {
        Catalog expected;
        expected.webhooks = {
            WebhookSource{u"shopify"_s,
                          u"shopify"_s,
                          u"${secret:shopify-webhook}"_s,
                          QStringList{u"${secret:shopify-webhook-2025}"_s, u"${env:SHOPIFY_OLD_SECRET}"_s},
                          {2, 3}},
            WebhookSource{u"stripe"_s, u"stripe"_s, u"${env:STRIPE_WEBHOOK_SECRET}"_s, {}, {8, 3}},
        };
        QTest::newRow("webhook sources with rotation") << "webhooks:\n"
                                                          "  shopify:\n"
                                                          "    scheme: shopify\n"
                                                          "    secret: ${secret:shopify-webhook}\n"
                                                          "    previous_secrets:\n"
                                                          "      - ${secret:shopify-webhook-2025}\n"
                                                          "      - \"${env:SHOPIFY_OLD_SECRET}\"\n"
                                                          "  stripe:\n"
                                                          "    scheme: stripe\n"
                                                          "    secret: ${env:STRIPE_WEBHOOK_SECRET}\n"
                                                          "    previous_secrets: []\n"_ba
                                                       << expected;
    }
    {
        Catalog expected;
        expected.webhooks = {
            WebhookSource{u"billing"_s, u"standard"_s, u"${secret:billing-webhook}"_s, {}, {2, 3}},
            WebhookSource{u"github"_s, u"github"_s, u"${secret:github-webhook}"_s, {}, {3, 3}},
        };
        QTest::newRow("webhook scheme names are read like the command line's")
            << "webhooks:\n"
               "  billing: {scheme: svix, secret: \"${secret:billing-webhook}\"}\n"
               "  github: {scheme: GitHub, secret: \"${secret:github-webhook}\"}\n"_ba
            << expected;
    }
    {
        // The example, in full.
        Catalog expected;
        IntegrationSpec shopify;
        shopify.id = u"shopify"_s;
        shopify.name = u"shopify"_s;
        shopify.position = {2, 5};
        expected.integrations = {shopify};
        VendorSpec vendor;
        vendor.id = u"shopify"_s;
        vendor.name = u"Shopify"_s;
        vendor.integrations = {u"shopify"_s};
        vendor.statusPage = u"https://www.shopifystatus.com/api/v2/summary.json"_s;
        vendor.statusComponents = {{u"Admin API"_s, u"shopify"_s}};
        vendor.statusInterval = milliseconds(60'000);
        vendor.contract.availabilityPct = 99.9;
        vendor.contract.p95Latency = milliseconds(800);
        vendor.contract.credits = {{99.9, 10}, {99.0, 25}};
        VendorCost cost;
        cost.currency = u"USD"_s;
        cost.monthlyFee = 299;
        cost.included = {{u"requests"_s, 1'000'000}};
        cost.overage = {{u"requests"_s, 0.0004}};
        cost.budget = 400;
        vendor.cost = cost;
        vendor.supportTier = u"Plus"_s;
        vendor.supportRating = 4;
        vendor.escalation = {
            {AlertSeverity::Critical, u"Shopify Plus support"_s, u"+1 555 0100"_s, milliseconds(3'600'000)},
            {AlertSeverity::Warning, u"partners@example.com"_s, u"email"_s, milliseconds(86'400'000)},
        };
        vendor.weights = {0.35, 0.2, 0.15, 0.15, 0.1, 0.05};
        vendor.position = {4, 5};
        expected.vendors = {vendor};
        QTest::newRow("vendor with every key")
            << "integrations:\n"
               "  - id: shopify\n"
               "vendors:\n"
               "  - id: shopify\n"
               "    name: Shopify\n"
               "    integrations: [shopify]\n"
               "    status_page: https://www.shopifystatus.com/api/v2/summary.json\n"
               "    status_components: { \"Admin API\": shopify }\n"
               "    status_interval: 1m\n"
               "    contract:\n"
               "      availability: 99.9\n"
               "      p95_latency: 800ms\n"
               "      credits: [{below: 99.0, percent: 25}, {below: 99.9, percent: 10}]\n"
               "    cost:\n"
               "      currency: USD\n"
               "      monthly_fee: 299\n"
               "      included: { requests: 1000000 }\n"
               "      overage: { requests: 0.0004 }\n"
               "      budget: 400\n"
               "    support: { tier: Plus, rating: 4 }\n"
               "    escalation:\n"
               "      - { severity: critical, contact: \"Shopify Plus support\", channel: \"+1 555 0100\", "
               "respond_within: 1h }\n"
               "      - { severity: warning, contact: \"partners@example.com\", channel: email, respond_within: 1d }\n"
               "    weights: { availability: 0.35, latency: 0.2, errors: 0.15, incidents: 0.15, cost: 0.1, "
               "support: 0.05 }\n"_ba
            << expected;

        // Only what is needed: the name is the id, no status page, default weights and interval.
        VendorSpec plain;
        plain.id = u"shopify"_s;
        plain.name = u"shopify"_s;
        plain.integrations = {u"shopify"_s};
        plain.position = {4, 5};
        expected.vendors = {plain};
        QTest::newRow("vendor with defaults") << "integrations:\n  - id: shopify\nvendors:\n  - id: shopify\n"
                                                 "    integrations: [shopify]\n"_ba
                                              << expected;

        // Weights written replace the defaults: a criterion left out weighs nothing.
        plain.weights = {1, 0, 0, 0, 0, 1};
        expected.vendors = {plain};
        QTest::newRow("vendor weights replace the defaults")
            << "integrations:\n  - id: shopify\nvendors:\n  - id: shopify\n    integrations: [shopify]\n"
               "    weights: {availability: 1, support: 1}\n"_ba
            << expected;
    }
}

void tst_ConfigLoader::catalog()
{
    QFETCH(QByteArray, yaml);
    QFETCH(Catalog, expected);

    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(yaml, fileName);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(describe(result.error())));
    compareCatalogs(result.value(), expected);
}

void tst_ConfigLoader::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray head = "integrations:\n"
                            "  - id: shop\n"
                            "    checks:\n"
                            "      - id: rest\n"
                            "        url: https://example.com/\n"_ba;
    // Lines 1-5 above; a row's extra check keys start on line 6, column 9.

    QTest::newRow("unknown top-level key, typo")
        << "setings:\n  max_body: 1KiB\n"_ba << 1 << 1
        << u"unknown key 'setings' at the top level; did you mean 'settings'?"_s;
    QTest::newRow("unknown key lists allowed keys")
        << "integrations:\n  - id: shop\n    url: https://example.com\n"_ba << 3 << 5
        << u"unknown key 'url' in an integration (allowed: id, name, budget, circuit_breaker, quota_thresholds, labels, "
           "checks)"_s;
    QTest::newRow("label name with a dash")
        << "integrations:\n  - id: shop\n    labels:\n      team: commerce\n      cost-centre: x\n"_ba << 5 << 7
        << u"labels: 'cost-centre' is not a Prometheus label name"_s;
    QTest::newRow("label name starting with a digit")
        << "integrations:\n  - id: shop\n    labels: {1st: x}\n"_ba << 3 << 14
        << u"labels: '1st' is not a Prometheus label name"_s;
    QTest::newRow("label name Prometheus keeps")
        << "integrations:\n  - id: shop\n    labels:\n      __name__: x\n"_ba << 4 << 7
        << u"labels: '__name__' starts with '__', which Prometheus keeps for itself"_s;
    QTest::newRow("label the metrics carry")
        << "integrations:\n  - id: shop\n    labels:\n      vendor: acme\n"_ba << 4 << 7
        << u"labels: 'vendor' is a label the metrics carry already (reserved: integration, check, vendor,"_s;
    QTest::newRow("labels is a list")
        << "integrations:\n  - id: shop\n    labels: [team]\n"_ba << 3 << 13
        << u"expected a map of names to text, e.g. {team: commerce} for 'labels', found a list"_s;
    QTest::newRow("unknown check key, typo")
        << head + "        methd: GET\n"_ba << 6 << 9 << u"did you mean 'method'?"_s;
    QTest::newRow("unknown check key, transposed letters")
        << head + "        faliure_threshold: 2\n"_ba << 6 << 9 << u"did you mean 'failure_threshold'?"_s;
    QTest::newRow("unknown settings key, wrong case")
        << "settings:\n  Max_Body: 1KiB\n"_ba << 2 << 3 << u"did you mean 'max_body'?"_s;
    QTest::newRow("duplicate key") << head + "        url: https://example.org/\n"_ba << 6 << 9
                                   << u"duplicate key 'url' (first at line 5, column 9)"_s;

    QTest::newRow("budget without a period")
        << "integrations:\n  - id: shop\n    budget: 60\n"_ba << 3 << 13 << u"budget: expected a budget like 60/h"_s;
    QTest::newRow("budget with an unknown period") << "integrations:\n  - id: shop\n    budget: 60/fortnight\n"_ba << 3
                                                   << 13 << u"budget: unknown period 'fortnight'"_s;
    QTest::newRow("budget of nothing") << "integrations:\n  - id: shop\n    budget: 0/h\n"_ba << 3 << 13
                                       << u"budget: the number of requests must be a whole number above 0"_s;
    QTest::newRow("top level is a list") << "- id: shop\n"_ba << 1 << 1 << u"expected a map"_s;
    QTest::newRow("settings is a string")
        << "settings: fast\n"_ba << 1 << 11 << u"expected a map for 'settings', found a string"_s;
    QTest::newRow("integrations is a map")
        << "integrations:\n  id: shop\n"_ba << 2 << 3 << u"expected a list for 'integrations', found a map"_s;
    QTest::newRow("integration is a string")
        << "integrations:\n  - shopify\n"_ba << 2 << 5
        << u"expected an integration (a map with id, name and checks), found a string"_s;
    QTest::newRow("checks is a string") << "integrations:\n  - id: shop\n    checks: rest\n"_ba << 3 << 13
                                        << u"expected a list for 'checks', found a string"_s;
    QTest::newRow("url is a list")
        << "integrations:\n  - id: shop\n    checks:\n      - id: rest\n        url: [a]\n"_ba << 5 << 14
        << u"expected a string for 'url', found a list"_s;
    QTest::newRow("headers is a list") << head + "        headers: [a]\n"_ba << 6 << 18
                                       << u"expected a map of header names to values for 'headers', found a list"_s;
    QTest::newRow("empty value reported at its key")
        << head + "        failure_threshold:\n"_ba << 6 << 9 << u"found nothing"_s;

    QTest::newRow("integration without id")
        << "integrations:\n  - name: Shop\n"_ba << 2 << 5 << u"an integration needs an 'id'"_s;
    QTest::newRow("check without url") << "integrations:\n  - id: shop\n    checks:\n      - id: rest\n"_ba << 4 << 9
                                       << u"a check needs a 'url'"_s;
    QTest::newRow("upper-case id") << "integrations:\n  - id: Shopify\n"_ba << 2 << 9
                                   << u"invalid id 'Shopify': use lower-case letters, digits and '-' only"_s;
    QTest::newRow("underscore in check id")
        << "integrations:\n  - id: shop\n    checks:\n      - id: admin_rest\n        url: https://example.com/\n"_ba
        << 4 << 13 << u"invalid id 'admin_rest'"_s;
    QTest::newRow("duplicate integration id")
        << "integrations:\n  - id: shop\n  - id: ga4\n  - id: shop\n"_ba << 4 << 5
        << u"duplicate integration id 'shop' (first defined at line 2, column 5)"_s;
    QTest::newRow("duplicate check id")
        << head + "      - id: rest\n        url: https://example.org/\n"_ba << 6 << 9
        << u"duplicate check id 'rest' in integration 'shop' (first defined at line 4, column 9)"_s;

    const QByteArray checkHead = "integrations:\n  - id: shop\n    checks:\n      - id: rest\n"_ba;
    QTest::newRow("relative url") << checkHead + "        url: /health\n"_ba << 5 << 14
                                  << u"expected an absolute http:// or https:// URL"_s;
    QTest::newRow("ftp url") << checkHead + "        url: ftp://example.com/file\n"_ba << 5 << 14
                             << u"unsupported url scheme 'ftp' (allowed: http, https)"_s;
    QTest::newRow("url without host") << checkHead + "        url: \"https:///health\"\n"_ba << 5 << 14 << u"no host"_s;
    QTest::newRow("url with a space") << checkHead + "        url: https://exa mple.com/\n"_ba << 5 << 14
                                      << u"invalid url"_s;
    QTest::newRow("bad reference in plain url")
        << checkHead + "        url: https://example.com/${secret:}\n"_ba << 5 << 14 + 29 << u"empty name"_s;
    QTest::newRow("bad reference in double-quoted header")
        << head + "        headers:\n          X-Token: \"\\t${vault:tok}\"\n"_ba << 7 << 20 + 1 + 2 + 2
        << u"invalid reference in 'X-Token': unknown reference kind 'vault'"_s;
    QTest::newRow("bad reference in single-quoted body")
        << head + "        body: 'it''s ${env:}'\n"_ba << 6 << 15 + 1 + 6 + 6 << u"invalid reference in 'body'"_s;
    QTest::newRow("bad reference in a folded body points at its start")
        << head + "        body: >\n          first line\n          and ${x}\n"_ba << 6 << 15 << u"${x}"_s;
    QTest::newRow("unknown method")
        << head + "        method: FETCH\n"_ba << 6 << 17
        << u"unknown method 'FETCH' (allowed: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS)"_s;
    QTest::newRow("lower-case method") << head + "        method: get\n"_ba << 6 << 17 << u"did you mean 'GET'?"_s;
    QTest::newRow("invalid header name") << head + "        headers:\n          X Token: abc\n"_ba << 7 << 11
                                         << u"invalid header name 'X Token'"_s;
    QTest::newRow("max_body with a decimal unit")
        << head + "        max_body: 1MB\n"_ba << 6 << 19 << u"invalid max_body '1MB': expected a size in bytes"_s;
    QTest::newRow("zero max_body") << "settings:\n  max_body: 0KiB\n"_ba << 2 << 13
                                   << u"max_body must be greater than 0"_s;
    QTest::newRow("zero threshold") << head + "        failure_threshold: 0\n"_ba << 6 << 28
                                    << u"invalid failure_threshold '0': expected a whole number of at least 1"_s;
    QTest::newRow("condition written as a list") << head + "        conditions:\n          - [STATUS]\n"_ba << 7 << 13
                                                 << u"expected a condition string in 'conditions', found a list"_s;
    QTest::newRow("empty condition") << head + "        degraded:\n          - \"\"\n"_ba << 7 << 13
                                     << u"empty condition in 'degraded'"_s;

    QTest::newRow("YAML syntax error") << "integrations:\n  - id: shop\n   name: x\n"_ba << 3 << 4 << u"invalid YAML"_s;
    QTest::newRow("unquoted condition") << head + "        conditions:\n          - [STATUS] == 200\n"_ba << 7 << 22
                                        << u"quote conditions that start with '['"_s;
    QTest::newRow("column counts characters, not bytes")
        << "integrations: [{name: Zürich, id: Zürich}]\n"_ba << 1 << 35 << u"invalid id 'Zürich'"_s;

    // Quota keys start on line 6; a mapping's keys on line 7, column 11.
    const QByteArray quota = head + "        quota:\n"_ba;
    QTest::newRow("unknown quota mode") << head + "        quota: custom\n"_ba << 6 << 16
                                        << u"unknown quota 'custom' (allowed: auto, off)"_s;
    QTest::newRow("quota is a list") << head + "        quota: [a]\n"_ba << 6 << 16 << u"for 'quota', found a list"_s;
    QTest::newRow("unknown quota key")
        << quota + "          remaining: \"[BODY].left\"\n          limt: \"[BODY].max\"\n"_ba << 8 << 11
        << u"unknown key 'limt' in quota; did you mean 'limit'?"_s;
    QTest::newRow("quota without remaining")
        << quota + "          limit: \"[BODY].max\"\n"_ba << 7 << 11 << u"quota needs 'remaining'"_s;
    QTest::newRow("unknown placeholder in quota")
        << quota + "          remaining: \"[BODDY].left\"\n"_ba << 7 << 23
        << u"invalid placeholder '[BODDY].left' for quota 'remaining': unknown placeholder '[BODDY]'"_s;
    QTest::newRow("empty key in a quota path")
        << quota + "          remaining: \"[BODY].rate..x\"\n"_ba << 7 << 23 + 12 << u"expected a key after '.'"_s;
    QTest::newRow("a condition instead of a quota placeholder")
        << quota + "          remaining: \"[HEADER].X-Limit == 5\"\n"_ba << 7 << 23 + 17
        << u"unexpected '== 5' after the placeholder"_s;
    QTest::newRow("quota placeholder is a list")
        << quota + "          remaining: [a]\n"_ba << 7 << 22 << u"for 'remaining', found a list"_s;
    QTest::newRow("quota reset without reset_unit")
        << quota + "          remaining: \"[BODY].left\"\n          reset: \"[BODY].reset\"\n"_ba << 8 << 11
        << u"quota 'reset' needs a 'reset_unit' (epoch, delta, iso)"_s;
    QTest::newRow("quota reset_unit without reset")
        << quota + "          remaining: \"[BODY].left\"\n          reset_unit: iso\n"_ba << 8 << 11
        << u"quota 'reset_unit' without 'reset'"_s;
    QTest::newRow("unknown reset_unit")
        << quota
               + "          remaining: \"[BODY].left\"\n          reset: \"[BODY].reset\"\n          reset_unit: epoc\n"_ba
        << 9 << 23 << u"unknown reset_unit 'epoc'; did you mean 'epoch'?"_s;
    QTest::newRow("unknown quota unit")
        << quota + "          remaining: \"[BODY].left\"\n          unit: calls\n"_ba << 8 << 17
        << u"unknown unit 'calls' (allowed: requests, points, tokens, bytes, concurrent)"_s;
    QTest::newRow("empty quota policy") << quota + "          remaining: \"[BODY].left\"\n          policy: \"\"\n"_ba
                                        << 8 << 19 << u"empty quota policy"_s;
    QTest::newRow("quota_limits is a list")
        << head + "        quota_limits: [1]\n"_ba << 6 << 23 << u"expected a map of quota names to limits"_s;
    QTest::newRow("negative quota limit")
        << head + "        quota_limits: {tokensPerDay: -5}\n"_ba << 6 << 38
        << u"invalid limit for quota 'tokensPerDay': expected a number greater than 0"_s;
    QTest::newRow("circuit breaker of the wrong type")
        << "integrations:\n  - id: shop\n    circuit_breaker: [5]\n"_ba << 3 << 22
        << u"expected off or a map with failures, backoff, cooldown and max_cooldown for 'circuit_breaker'"_s;
    QTest::newRow("unknown circuit breaker key")
        << "integrations:\n  - id: shop\n    circuit_breaker: {failure: 3}\n"_ba << 3 << 23
        << u"unknown key 'failure' in circuit_breaker; did you mean 'failures'?"_s;
    QTest::newRow("circuit breaker that never opens")
        << "integrations:\n  - id: shop\n    circuit_breaker: {failures: 0}\n"_ba << 3 << 33
        << u"invalid failures '0': expected a whole number of at least 1 (use circuit_breaker: off"_s;
    QTest::newRow("cooldown above its cap") << "settings:\n  circuit_breaker: {cooldown: 20m}\n"_ba << 2 << 31
                                            << u"the cooldown (20m) is longer than max_cooldown (10m)"_s;
    QTest::newRow("backoff without a unit")
        << "integrations:\n  - id: shop\n    circuit_breaker: {backoff: 2}\n"_ba << 3 << 32 << u"invalid backoff '2'"_s;
    QTest::newRow("quota threshold as a fraction")
        << "integrations:\n  - id: shop\n    quota_thresholds: {warning: 0.25}\n"_ba << 3 << 33
        << u"invalid warning '0.25': expected a percentage of the limit from 0% to 100%, e.g. 25%"_s;
    QTest::newRow("quota threshold above 100%")
        << "settings:\n  quota_thresholds: {critical: 150%}\n"_ba << 2 << 32 << u"invalid critical '150%'"_s;
    QTest::newRow("critical above warning")
        << "settings:\n  quota_thresholds: {warning: 10%, critical: 20%}\n"_ba << 2 << 46
        << u"the critical threshold (20%) is above the warning threshold (10%)"_s;
    QTest::newRow("quota thresholds not a map")
        << "settings:\n  quota_thresholds: 25%\n"_ba << 2 << 21
        << u"expected a map with warning and critical, e.g. {warning: 25%, critical: 10%} for 'quota_thresholds'"_s;
    QTest::newRow("an integration with the gateway's id")
        << "gateway:\n  health_url: https://gw/health\nintegrations:\n  - id: gateway\n"_ba << 4 << 5
        << u"the integration id 'gateway' is the gateway's when a gateway section is configured; rename "
           "this integration"_s;
    QTest::newRow("gateway without urls")
        << "gateway:\n  name: edge\n"_ba << 1 << 1
        << u"the gateway needs at least one of health_url, metrics_url and events_url"_s;
    QTest::newRow("unknown gateway flavor")
        << "gateway:\n  metrics_url: https://gw/metrics\n  flavor: kongg\n"_ba << 3 << 11
        << u"unknown flavor 'kongg'; did you mean 'kong'? (allowed: auto, kong, traefik, envoy, generic)"_s;
    QTest::newRow("generic without metric names")
        << "gateway:\n  metrics_url: https://gw/metrics\n  flavor: generic\n"_ba << 3 << 11
        << u"flavor generic needs 'metrics'"_s;
    QTest::newRow("metric names for a known gateway")
        << "gateway:\n  metrics_url: https://gw/metrics\n  flavor: kong\n  metrics: {requests: x}\n"_ba << 4 << 3
        << u"gateway metrics names are only read with flavor: generic"_s;
    QTest::newRow("invalid metric name")
        << "gateway:\n  metrics_url: https://gw/metrics\n  flavor: generic\n"
           "  metrics: {requests: http-requests, status_label: code, service_label: service}\n"_ba
        << 4 << 23 << u"invalid requests 'http-requests': not a Prometheus metric name"_s;
    QTest::newRow("gateway url scheme") << "gateway:\n  health_url: ftp://gw/health\n"_ba << 2 << 15
                                        << u"unsupported url scheme 'ftp'"_s;
    QTest::newRow("route to an unknown integration")
        << "gateway:\n  health_url: https://gw/health\n  routes:\n    shopfy: {service: shop}\n"
           "integrations:\n  - id: shopify\n"_ba
        << 4 << 5 << u"gateway routes: no integration 'shopfy'; did you mean 'shopify'?"_s;
    QTest::newRow("route without a service")
        << "gateway:\n  health_url: https://gw/health\n  routes:\n    shopify: {route: orders}\n"
           "integrations:\n  - id: shopify\n"_ba
        << 4 << 5 << u"the gateway route of 'shopify' needs a 'service'"_s;
    QTest::newRow("gateway timeout longer than its interval")
        << "gateway:\n  health_url: https://gw/health\n  interval: 5s\n  timeout: 10s\n"_ba << 4 << 12 << u"timeout"_s;
    QTest::newRow("history not a map") << "settings:\n  history: 30d\n"_ba << 2 << 12
                                       << u"expected a map with raw, minute, hour and day"_s;
    QTest::newRow("unknown history key") << "settings:\n  history: {minutes: 30d}\n"_ba << 2 << 13
                                         << u"unknown key 'minutes' in history; did you mean 'minute'?"_s;
    QTest::newRow("history retention without a unit")
        << "settings:\n  history: {raw: 48}\n"_ba << 2 << 18 << u"invalid raw '48'"_s;
    QTest::newRow("raw kept too briefly")
        << "settings:\n  history: {raw: 5m}\n"_ba << 2 << 18 << u"history: raw samples must be kept at least 10m"_s;
    QTest::newRow("finer kept longer than coarser") << "settings:\n  history: {minute: 400d}\n"_ba << 2 << 21
                                                    << u"history: minute is kept longer than hour (400d > 365d)"_s;
    QTest::newRow("finer kept forever, coarser not") << "settings:\n  history: {raw: forever}\n"_ba << 2 << 18
                                                     << u"history: raw is kept longer than minute (forever > 30d)"_s;
    // History from Prometheus: a history map from line 3, column 5.
    const QByteArray prometheus = "settings:\n"
                                  "  history:\n"
                                  "    source: prometheus\n"
                                  "    url: http://prometheus:9090\n"_ba; // its next key: line 5, column 5
    QTest::newRow("history from Prometheus without a url")
        << "settings:\n  history: {source: prometheus}\n"_ba << 2 << 12
        << u"history from Prometheus needs a 'url', e.g. url: http://prometheus:9090"_s;
    QTest::newRow("history from Prometheus without a url, block style")
        << "settings:\n  history:\n    source: prometheus\n    timeout: 5s\n"_ba << 3 << 5
        << u"history from Prometheus needs a 'url'"_s;
    QTest::newRow("history url without a source")
        << "settings:\n  history: {url: http://prometheus:9090}\n"_ba << 2 << 13
        << u"history: 'url' applies only to source: prometheus; add source: prometheus to read history from "
           "Prometheus"_s;
    QTest::newRow("history headers with source local")
        << "settings:\n  history:\n    source: local\n    headers: {X-Scope-OrgID: ops}\n"_ba << 4 << 5
        << u"history: 'headers' applies only to source: prometheus, not to source: local"_s;
    QTest::newRow("history timeout with source local")
        << "settings:\n  history: {raw: 72h, source: local, timeout: 20s}\n"_ba << 2 << 38
        << u"history: 'timeout' applies only to source: prometheus, not to source: local"_s;
    QTest::newRow("unknown history source, typo")
        << "settings:\n  history: {source: promethus, url: http://prometheus:9090}\n"_ba << 2 << 21
        << u"unknown source 'promethus'; did you mean 'prometheus'? (allowed: local, prometheus)"_s;
    QTest::newRow("history source is a list") << "settings:\n  history: {source: [prometheus]}\n"_ba << 2 << 21
                                              << u"expected a string for 'source', found a list"_s;
    QTest::newRow("prometheus url of another scheme")
        << "settings:\n  history: {source: prometheus, url: ftp://prometheus/}\n"_ba << 2 << 38
        << u"unsupported url scheme 'ftp' (allowed: http, https)"_s;
    QTest::newRow("prometheus url without a scheme")
        << "settings:\n  history:\n    source: prometheus\n    url: prometheus:9090\n"_ba << 4 << 10
        << u"unsupported url scheme 'prometheus'"_s;
    QTest::newRow("prometheus timeout of nothing")
        << prometheus + "    timeout: 0s\n"_ba << 5 << 14 << u"timeout must be greater than 0"_s;
    QTest::newRow("prometheus timeout without a unit")
        << prometheus + "    timeout: 20\n"_ba << 5 << 14 << u"invalid timeout '20'"_s;
    QTest::newRow("prometheus headers not a map") << prometheus + "    headers: [X-Scope-OrgID]\n"_ba << 5 << 14
                                                  << u"expected a map of header names to values for 'headers'"_s;
    QTest::newRow("prometheus header with a bad reference")
        << prometheus + "    headers: {Authorization: \"Bearer ${secret:prometheus token}\"}\n"_ba << 5 << 57
        << u"invalid reference in 'Authorization': invalid character ' '"_s;
    // The team's Alertmanager from line 1; its keys from line 2, column 3.
    const QByteArray alertmanager = "alertmanager:\n  url: http://alertmanager:9093\n"_ba;
    QTest::newRow("alertmanager is a string")
        << "alertmanager: http://alertmanager:9093\n"_ba << 1 << 15
        << u"expected a map with url and, optionally, headers, timeout and evaluate_rules, e.g. {url: "
           "http://alertmanager:9093} for 'alertmanager', found a string"_s;
    QTest::newRow("alertmanager of nothing")
        << "alertmanager:\n"_ba << 1 << 1 << u"for 'alertmanager', found nothing"_s;
    QTest::newRow("alertmanager without a url") << "alertmanager:\n  timeout: 5s\n"_ba << 1 << 1
                                                << u"alertmanager needs a 'url', e.g. url: http://alertmanager:9093"_s;
    QTest::newRow("unknown alertmanager key, typo")
        << alertmanager + "  evaluate_rule: false\n"_ba << 3 << 3
        << u"unknown key 'evaluate_rule' in alertmanager; did you mean 'evaluate_rules'? (allowed: url, headers, "
           "timeout, evaluate_rules)"_s;
    QTest::newRow("alertmanager url is a map")
        << "alertmanager:\n  url: {host: alertmanager}\n"_ba << 2 << 8 << u"expected a string for 'url', found a map"_s;
    QTest::newRow("alertmanager url empty")
        << "alertmanager:\n  url: \"\"\n"_ba << 2 << 8 << u"empty url: expected an absolute http:// or https:// URL"_s;
    QTest::newRow("alertmanager url with a bad reference")
        << "alertmanager:\n  url: http://${env:AM HOST}:9093\n"_ba << 2 << 23
        << u"invalid reference in 'url': invalid character ' '"_s;
    QTest::newRow("alertmanager headers not a map") << alertmanager + "  headers: Bearer x\n"_ba << 3 << 12
                                                    << u"expected a map of header names to values for 'headers'"_s;
    QTest::newRow("alertmanager header twice")
        << alertmanager + "  headers:\n    X-Scope-OrgID: ops\n    X-Scope-OrgID: dev\n"_ba << 5 << 5
        << u"duplicate header 'X-Scope-OrgID' (first at line 4, column 5)"_s;
    QTest::newRow("alertmanager timeout without a unit")
        << alertmanager + "  timeout: 10\n"_ba << 3 << 12 << u"invalid timeout '10'"_s;
    QTest::newRow("evaluate_rules neither true nor false")
        << alertmanager + "  evaluate_rules: sometimes\n"_ba << 3 << 19
        << u"invalid evaluate_rules 'sometimes': expected true or false"_s;
    QTest::newRow("evaluate_rules is a list") << alertmanager + "  evaluate_rules: [false]\n"_ba << 3 << 19
                                              << u"expected true or false for 'evaluate_rules', found a list"_s;
    const QByteArray webhook = "webhooks:\n"
                               "  shopify:\n"
                               "    scheme: shopify\n"_ba;
    // Lines 1-3 above; a row's extra keys of the source start on line 4, column 5.
    QTest::newRow("webhooks is a list") << "webhooks: [shopify]\n"_ba << 1 << 11
                                        << u"expected a map of webhook sources"_s;
    QTest::newRow("webhook source is a string")
        << "webhooks:\n  shopify: shopify\n"_ba << 2 << 12
        << u"expected a map with scheme, secret and previous_secrets for 'shopify'"_s;
    QTest::newRow("webhook source id in capitals")
        << "webhooks:\n  Shopify: {scheme: shopify, secret: \"${secret:s}\"}\n"_ba << 2 << 3
        << u"invalid webhook source id 'Shopify'"_s;
    QTest::newRow("webhook source twice")
        << "webhooks:\n  shopify: {scheme: shopify, secret: \"${secret:a}\"}\n"
           "  shopify: {scheme: shopify, secret: \"${secret:b}\"}\n"_ba
        << 3 << 3 << u"duplicate webhook source 'shopify' (first at line 2, column 3)"_s;
    QTest::newRow("unknown webhook scheme")
        << "webhooks:\n  shop:\n    scheme: shopfy\n    secret: ${secret:s}\n"_ba << 3 << 13
        << u"unknown scheme 'shopfy'; did you mean 'shopify'? (allowed: shopify, stripe, slack, github, standard, "
           u"chatwoot)"_s;
    QTest::newRow("webhook without scheme") << "webhooks:\n  shop:\n    secret: ${secret:s}\n"_ba << 2 << 3
                                            << u"the webhook source 'shop' needs a 'scheme'"_s;
    QTest::newRow("webhook without secret") << webhook << 2 << 3
                                            << u"the webhook source 'shopify' needs a 'secret', e.g. secret: "
                                               u"${secret:shopify-webhook}"_s;
    QTest::newRow("unknown webhook key") << webhook + "    secret: ${secret:s}\n    secrets: []\n"_ba << 5 << 5
                                         << u"unknown key 'secrets' in a webhook source; did you mean 'secret'?"_s;
    QTest::newRow("webhook secret written out") << webhook + "    secret: shpss_5e1d9c0f\n"_ba << 4 << 13
                                                << u"'secret' must be a single reference such as ${secret:name}"_s;
    QTest::newRow("webhook secret empty")
        << webhook + "    secret:\n"_ba << 4 << 5 << u"'secret' must be a single reference"_s;
    QTest::newRow("webhook secret with text around its reference")
        << webhook + "    secret: \"whsec_${secret:s}\"\n"_ba << 4 << 13 << u"must be a single reference"_s;
    QTest::newRow("webhook secret reference with a bad name")
        << webhook + "    secret: ${secret:shop/webhook}\n"_ba << 4 << 26
        << u"invalid reference in 'secret': invalid character '/'"_s;
    QTest::newRow("previous secrets not a list")
        << webhook + "    secret: ${secret:s}\n    previous_secrets: ${secret:old}\n"_ba << 5 << 23
        << u"expected a list for 'previous_secrets'"_s;
    QTest::newRow("previous secret written out")
        << webhook + "    secret: ${secret:s}\n    previous_secrets:\n      - ${secret:a}\n      - hunter2\n"_ba << 7
        << 9 << u"'previous_secrets' must be a single reference"_s;
    QTest::newRow("quota limit not a number") << head + "        quota_limits: {tokensPerDay: lots}\n"_ba << 6 << 38
                                              << u"invalid limit for quota 'tokensPerDay'"_s;
    QTest::newRow("evaluation interval under a second")
        << "settings:\n  evaluation_interval: 500ms\n"_ba << 2 << 24 << u"evaluation_interval must be at least 1s"_s;
    // head's integration and check, then rules from line 6.
    const QByteArray alerts = head + "alerts:\n"_ba;
    QTest::newRow("alerts is a map") << head + "alerts: {name: x}\n"_ba << 6 << 9 << u"expected a list for 'alerts'"_s;
    QTest::newRow("alert rule is a string")
        << alerts + "  - shop-down\n"_ba << 7 << 5 << u"expected an alert rule (a map with name, when"_s;
    QTest::newRow("alert without a name")
        << alerts + "  - when: status(shop) == down\n"_ba << 7 << 5 << u"an alert rule needs a 'name'"_s;
    QTest::newRow("alert without when") << alerts + "  - name: shop-down\n"_ba << 7 << 5
                                        << u"an alert rule needs 'when'"_s;
    QTest::newRow("alert name with a space") << alerts + "  - {name: shop down, when: status(shop) == down}\n"_ba << 7
                                             << 12 << u"invalid alert name 'shop down'"_s;
    QTest::newRow("alert twice")
        << alerts + "  - {name: a, when: status(shop) == down}\n  - {name: a, when: status(shop) == degraded}\n"_ba << 8
        << 5 << u"duplicate alert 'a' (first at line 7, column 5)"_s;
    QTest::newRow("unknown alert key") << alerts + "  - name: a\n    when: status(shop) == down\n    fro: 2m\n"_ba << 9
                                       << 5 << u"unknown key 'fro' in an alert rule; did you mean 'for'?"_s;
    QTest::newRow("alert for without a unit")
        << alerts + "  - name: a\n    when: status(shop) == down\n    for: 2\n"_ba << 9 << 10 << u"invalid for '2'"_s;
    QTest::newRow("unknown severity") << alerts
                                             + "  - name: a\n    when: status(shop) == down\n    severity: critcal\n"_ba
                                      << 9 << 15 << u"unknown severity 'critcal'; did you mean 'critical'?"_s;
    // Positioned inside the expression: the column of the offending token.
    QTest::newRow("expression error, positioned") << alerts + "  - name: a\n    when: p96(shop, 10m) > 1500ms\n"_ba << 8
                                                  << 11 << u"invalid when 'p96(shop, 10m) > 1500ms'"_s;
    QTest::newRow("expression error in quotes, positioned")
        << alerts + "  - name: a\n    when: \"status(shop) == dwn\"\n"_ba << 8 << 28 << u"invalid when"_s;
    QTest::newRow("unknown integration in an expression")
        << alerts + "  - name: a\n    when: failures(shoq, 5m) >= 3\n"_ba << 8 << 20
        << u"unknown integration 'shoq' in when; did you mean 'shop'?"_s;
    QTest::newRow("unknown check in an expression")
        << alerts + "  - name: a\n    when: status(shop) == down\n    resolve_when: status(shop/soap) == up\n"_ba << 9
        << 26 << u"unknown check 'soap' of shop in resolve_when (its checks: rest)"_s;
    QTest::newRow("labels not a map") << alerts + "  - name: a\n    when: status(shop) == down\n    labels: [team]\n"_ba
                                      << 9 << 13 << u"expected a map of names to text"_s;
    // head's integration "shop", then vendors from line 6.
    const QByteArray vendors = head + "vendors:\n"_ba;
    const QByteArray vendor = vendors + "  - id: shop\n    integrations: [shop]\n"_ba; // its next key: line 9, column 5
    QTest::newRow("vendors is a map") << head + "vendors: {id: shop}\n"_ba << 6 << 10
                                      << u"expected a list for 'vendors'"_s;
    QTest::newRow("vendor is a string") << vendors + "  - shop\n"_ba << 7 << 5
                                        << u"expected a vendor (a map with id, name and integrations)"_s;
    QTest::newRow("vendor without an id") << vendors + "  - integrations: [shop]\n"_ba << 7 << 5
                                          << u"a vendor needs an 'id'"_s;
    QTest::newRow("vendor without integrations") << vendors + "  - id: shop\n"_ba << 7 << 5
                                                 << u"the vendor 'shop' needs 'integrations'"_s;
    QTest::newRow("vendor of an unknown integration")
        << vendors + "  - id: shop\n    integrations: [shpo]\n"_ba << 8 << 20
        << u"unknown integration 'shpo' in vendor integrations; did you mean 'shop'?"_s;
    QTest::newRow("integration of two vendors")
        << vendor + "  - id: other\n    integrations: [shop]\n"_ba << 9 << 5
        << u"the integration 'shop' already belongs to the vendor 'shop'"_s;
    QTest::newRow("duplicate vendor") << vendor + "  - id: shop\n    integrations: []\n"_ba << 9 << 5
                                      << u"duplicate vendor id 'shop' (first at line 7, column 5)"_s;
    QTest::newRow("unknown vendor key") << vendor + "    status_pag: https://status.example/\n"_ba << 9 << 5
                                        << u"unknown key 'status_pag' in a vendor; did you mean 'status_page'?"_s;
    QTest::newRow("status page not http") << vendor + "    status_page: ftp://status.example/\n"_ba << 9 << 18
                                          << u"unsupported url scheme 'ftp'"_s;
    QTest::newRow("status interval too short")
        << vendor + "    status_page: https://s.example/api/v2/summary.json\n    status_interval: 5s\n"_ba << 10
        << 22 << u"status_interval 5s is too short"_s;
    QTest::newRow("status component of another integration")
        << vendor + "    status_page: https://s.example/api/v2/summary.json\n    status_components: {API: shoq}\n"_ba
        << 10 << 24 << u"status_components: 'API' maps to 'shoq', which is not one of this vendor's integrations"_s;
    QTest::newRow("status components without a page") << vendor + "    status_components: {API: shop}\n"_ba << 9
                                                      << 5 << u"status_components needs a status_page"_s;
    QTest::newRow("availability over 100") << vendor + "    contract: {availability: 199.9}\n"_ba << 9 << 30
                                           << u"invalid availability '199.9': expected a number from 0 to 100"_s;
    QTest::newRow("availability with a percent sign") << vendor + "    contract: {availability: 99.9%}\n"_ba << 9
                                                      << 30 << u"invalid availability '99.9%'"_s;
    QTest::newRow("credit tier without percent")
        << vendor + "    contract:\n      credits: [{below: 99.9}]\n"_ba << 10 << 17
        << u"a credit tier needs 'below'"_s;
    QTest::newRow("credit tiers owing less for less")
        << vendor + "    contract:\n      credits: [{below: 99.9, percent: 25}, {below: 99, percent: 10}]\n"_ba << 10
        << 16 << u"a lower availability must earn at least the same credit"_s;
    QTest::newRow("currency not ISO 4217") << vendor + "    cost: {currency: dollars}\n"_ba << 9 << 22
                                           << u"invalid currency 'dollars'"_s;
    QTest::newRow("negative fee") << vendor + "    cost: {monthly_fee: -5}\n"_ba << 9 << 25
                                  << u"invalid monthly_fee '-5'"_s;
    QTest::newRow("overage not a map") << vendor + "    cost: {overage: 0.0004}\n"_ba << 9 << 21
                                       << u"expected a map of units to amounts"_s;
    QTest::newRow("rating out of range") << vendor + "    support: {rating: 6}\n"_ba << 9 << 23
                                         << u"invalid rating '6': expected a whole number from 1 to 5"_s;
    QTest::newRow("escalation without severity") << vendor + "    escalation:\n      - {contact: Support}\n"_ba << 10
                                                 << 9 << u"an escalation step needs a 'severity'"_s;
    QTest::newRow("escalation without contact") << vendor + "    escalation:\n      - {severity: critical}\n"_ba << 10
                                                << 9 << u"an escalation step needs a 'contact'"_s;
    QTest::newRow("escalation respond_within not a duration")
        << vendor + "    escalation:\n      - {severity: critical, contact: S, respond_within: soon}\n"_ba << 10 << 58
        << u"invalid respond_within 'soon'"_s;
    QTest::newRow("unknown weight") << vendor + "    weights: {uptime: 1}\n"_ba << 9 << 15
                                    << u"unknown key 'uptime' in weights"_s;
    QTest::newRow("weights all zero") << vendor + "    weights: {availability: 0}\n"_ba << 9 << 14
                                      << u"weights: at least one criterion needs a weight above 0"_s;
    QTest::newRow("unknown vendor in an expression")
        << vendor + "alerts:\n  - name: a\n    when: vendor_incident(shpo)\n"_ba << 11 << 27
        << u"unknown vendor 'shpo' in when; did you mean 'shop'?"_s;
    QTest::newRow("vendor in an expression without vendors")
        << alerts + "  - name: a\n    when: vendor_incident(shop)\n"_ba << 8 << 27
        << u"unknown vendor 'shop' in when; vendors are configured under 'vendors'"_s;
    // Rules that could never have data: no event feed, no metrics page.
    QTest::newRow("webhook function without the event feed")
        << alerts + "  - name: a\n    when: webhook_delivery_rate(shop, 10m) < 90%\n"_ba << 8 << 11
        << u"webhook_delivery_rate in when reads the gateway's event feed, and none is configured: set events_url "
           "under gateway"_s;
    QTest::newRow("route function without the metrics page")
        << "gateway:\n  health_url: https://gw/health\n"_ba + alerts
               + "  - name: a\n    when: status(shop) == down or route_p95(payments, 5m) > 1s\n"_ba
        << 10 << 35
        << u"route_p95 in when reads the gateway's metrics page, and none is configured: set metrics_url under "
           "gateway"_s;
    // A channel from line 2; its keys from line 3 on, column 5.
    const QByteArray slack = "notify:\n  - type: slack\n    url: ${secret:slack-webhook}\n"_ba;
    QTest::newRow("notify is a map") << "notify: {type: slack}\n"_ba << 1 << 9 << u"expected a list for 'notify'"_s;
    QTest::newRow("notify channel is a string")
        << "notify:\n  - slack\n"_ba << 2 << 5 << u"expected a notify channel (a map with type"_s;
    QTest::newRow("notify channel without a type")
        << "notify:\n  - url: https://x.example/\n"_ba << 2 << 5
        << u"a notify channel needs a 'type' (desktop, slack, webhook, alertmanager)"_s;
    QTest::newRow("unknown notify type, typo")
        << "notify:\n  - type: slak\n    url: ${secret:s}\n"_ba << 2 << 11
        << u"unknown type 'slak'; did you mean 'slack'? (allowed: desktop, slack, webhook, alertmanager)"_s;
    QTest::newRow("unknown key in a slack channel, typo")
        << slack + "    min_severty: warning\n"_ba << 4 << 5
        << u"unknown key 'min_severty' in a notify channel of type slack; did you mean 'min_severity'? (allowed: "
           "type, name, url, min_severity, repeat_interval, timeout)"_s;
    QTest::newRow("sound is for desktop channels")
        << slack + "    sound: true\n"_ba << 4 << 5 << u"unknown key 'sound' in a notify channel of type slack"_s;
    QTest::newRow("alertmanager repeats by itself")
        << "notify:\n  - type: alertmanager\n    url: http://am:9093\n    repeat_interval: 4h\n"_ba << 4 << 5
        << u"unknown key 'repeat_interval' in a notify channel of type alertmanager (allowed: type, name, url, "
           "headers, min_severity, timeout, resend_interval, generator_url)"_s;
    QTest::newRow("resend interval on a webhook, typo")
        << "notify:\n  - type: webhook\n    url: https://x.example/\n    resend_intervall: 1m\n"_ba << 4 << 5
        << u"unknown key 'resend_intervall' in a notify channel of type webhook (allowed: type, name, url, headers, "
           "min_severity, repeat_interval, timeout)"_s;
    QTest::newRow("slack without a url")
        << "notify:\n  - type: slack\n"_ba << 2 << 5
        << u"a notify channel of type slack needs a 'url', e.g. url: ${secret:slack-webhook}"_s;
    QTest::newRow("desktop has no url") << "notify:\n  - type: desktop\n    url: https://x.example/\n"_ba << 3 << 5
                                        << u"unknown key 'url' in a notify channel of type desktop"_s;
    QTest::newRow("notify url of another scheme") << "notify:\n  - type: webhook\n    url: ftp://x.example/\n"_ba << 3
                                                  << 10 << u"unsupported url scheme 'ftp' (allowed: http, https)"_s;
    QTest::newRow("notify url with a bad reference")
        << "notify:\n  - type: slack\n    url: ${secret:slack/hook}\n"_ba << 3 << 24
        << u"invalid reference in 'url': invalid character '/'"_s;
    QTest::newRow("unknown min_severity") << slack + "    min_severity: critcal\n"_ba << 4 << 19
                                          << u"unknown min_severity 'critcal'; did you mean 'critical'?"_s;
    QTest::newRow("repeat interval under a minute")
        << slack + "    repeat_interval: 30s\n"_ba << 4 << 22 << u"repeat_interval must be at least 1m (or off)"_s;
    QTest::newRow("resend interval under a second")
        << "notify:\n  - type: alertmanager\n    url: http://am:9093\n    resend_interval: 500ms\n"_ba << 4 << 22
        << u"resend_interval must be at least 1s"_s;
    QTest::newRow("notify timeout without a unit")
        << slack + "    timeout: 10\n"_ba << 4 << 14 << u"invalid timeout '10'"_s;
    QTest::newRow("generator url not a url")
        << "notify:\n  - type: alertmanager\n    url: http://am:9093\n    generator_url: gatewatch\n"_ba << 4 << 20
        << u"invalid url: expected an absolute http:// or https:// URL"_s;
    QTest::newRow("sound with an unknown severity")
        << "notify:\n  - type: desktop\n    sound: [critical, loud]\n"_ba << 3 << 23
        << u"unknown sound 'loud' (allowed: info, warning, critical)"_s;
    QTest::newRow("sound neither yes nor severities")
        << "notify:\n  - type: desktop\n    sound: maybe\n"_ba << 3 << 12
        << u"invalid sound 'maybe': expected true, false or a list of severities"_s;
    QTest::newRow("sound is a map") << "notify:\n  - type: desktop\n    sound: {critical: yes}\n"_ba << 3 << 12
                                    << u"expected true, false or a list of severities"_s;
    QTest::newRow("notify headers not a map")
        << "notify:\n  - type: webhook\n    url: https://x.example/\n    headers: [X-Token]\n"_ba << 4 << 14
        << u"expected a map of header names to values for 'headers'"_s;
    QTest::newRow("invalid notify channel name")
        << slack + "    name: ops channel\n"_ba << 4 << 11 << u"invalid notify channel name 'ops channel'"_s;
    QTest::newRow("notify channel name twice")
        << "notify:\n  - {type: slack, url: \"${secret:a}\", name: ops}\n"
           "  - {type: webhook, url: \"https://x.example/\", name: ops}\n"_ba
        << 3 << 5 << u"duplicate notify channel 'ops' (first at line 2, column 5)"_s;
}

void tst_ConfigLoader::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(yaml, fileName);
    QVERIFY(!result.ok());
    const ConfigErrors &errors = result.error();
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    const ConfigError &error = errors.first();
    QCOMPARE(error.file, fileName);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

// With the feed and the metrics page configured, webhook and route rules load; a gateway section
// that is wrong in itself is reported once, not again for every rule that reads it.
void tst_ConfigLoader::gatewayFunctionsNeedTheGatewaysPages()
{
    const QByteArray rule = "alerts:\n  - name: a\n    when: webhook_delivery_rate(shop, 10m) < 90% or "
                            "route_p95(payments, 5m) > 1s\n"_ba;
    const Result<Catalog, ConfigErrors> good = ConfigLoader::loadText(
        "gateway:\n  metrics_url: https://gw/metrics\n  events_url: https://gw/events\n"_ba + rule, fileName);
    QVERIFY2(good.ok(), good ? "" : qPrintable(good.error().constFirst().toString()));
    QCOMPARE(good.value().alerts.size(), 1);

    const Result<Catalog, ConfigErrors> broken =
        ConfigLoader::loadText("gateway:\n  metrics_url: gopher://gw/metrics\n"_ba + rule, fileName);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().size(), 1);
    QCOMPARE(broken.error().constFirst().line, 2);
}

void tst_ConfigLoader::multipleErrorsReportedTogether()
{
    const QByteArray yaml = "integrations:\n"                      // 1
                            "  - id: Shop\n"                       // 2
                            "    checks:\n"                        // 3
                            "      - id: rest\n"                   // 4
                            "        url: gopher://example.com/\n" // 5
                            "        method: FETCH\n"              // 6
                            "  - id: ga4\n"                        // 7
                            "    nmae: GA4\n"                      // 8
                            "settings:\n"                          // 9
                            "  failure_threshold: many\n"_ba;      // 10

    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(yaml, fileName);
    QVERIFY(!result.ok());
    const ConfigErrors &errors = result.error();
    QCOMPARE(errors.size(), 5);
    // In file order, whatever order they were found in.
    QCOMPARE(errors.at(0).line, 2);
    QVERIFY(errors.at(0).message.contains(u"invalid id 'Shop'"_s));
    QCOMPARE(errors.at(1).line, 5);
    QVERIFY(errors.at(1).message.contains(u"unsupported url scheme 'gopher'"_s));
    QCOMPARE(errors.at(2).line, 6);
    QVERIFY(errors.at(2).message.contains(u"unknown method 'FETCH'"_s));
    QCOMPARE(errors.at(3).line, 8);
    QVERIFY(errors.at(3).message.contains(u"did you mean 'name'?"_s));
    QCOMPARE(errors.at(4).line, 10);
    QVERIFY(errors.at(4).message.contains(u"invalid failure_threshold 'many'"_s));
}

void tst_ConfigLoader::alertRules()
{
    const QByteArray yaml = "integrations:\n"
                            "  - id: shop\n"
                            "    checks:\n"
                            "      - id: rest\n"
                            "        url: https://example.com/\n"
                            "alerts:\n"
                            "  - name: shop-down\n"
                            "    when: status(shop) == down\n"
                            "    for: 2m\n"
                            "    severity: critical\n"
                            "    labels: {team: commerce}\n"
                            "    annotations: {summary: \"Shop is failing\"}\n"
                            "  - name: shop-slow\n"
                            "    when: p95(shop/rest, 10m) > 1500ms\n"
                            "    for: 5m\n"
                            "    resolve_when: p95(shop/rest, 10m) < 1000ms\n"
                            "    keep_firing_for: 1m\n"_ba;
    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(yaml, fileName);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(describe(result.error())));
    const QList<AlertRule> &rules = result->alerts;
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).name, u"shop-down"_s);
    QCOMPARE(rules.at(0).when.text(), u"status(shop) == down"_s);
    QCOMPARE(rules.at(0).forMs, 120'000);
    QCOMPARE(rules.at(0).severity, AlertSeverity::Critical);
    QCOMPARE(rules.at(0).labels, (QMap<QString, QString>{{u"team"_s, u"commerce"_s}}));
    QCOMPARE(rules.at(0).annotations, (QMap<QString, QString>{{u"summary"_s, u"Shop is failing"_s}}));
    QVERIFY(!rules.at(0).resolveWhen);
    QCOMPARE(rules.at(0).keepFiringForMs, 0);
    QCOMPARE(rules.at(1).name, u"shop-slow"_s);
    QCOMPARE(rules.at(1).severity, AlertSeverity::Warning); // the default
    QCOMPARE(rules.at(1).forMs, 300'000);
    QVERIFY(rules.at(1).resolveWhen);
    QCOMPARE(rules.at(1).resolveWhen->text(), u"p95(shop/rest, 10m) < 1000ms"_s);
    QCOMPARE(rules.at(1).keepFiringForMs, 60'000);
    QCOMPARE(rules.at(1).when.calls().constFirst().subject, u"shop/rest"_s);
}

void tst_ConfigLoader::webhookSecretValueNeverRepeated()
{
    // A secret pasted into the file by mistake is not echoed into logs and terminals.
    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(
        "webhooks:\n  github:\n    scheme: github\n    secret: gh-hook-acme-storefront-2026\n"_ba, fileName);
    QVERIFY(!result.ok());
    QVERIFY(!describe(result.error()).contains(u"gh-hook-acme-storefront-2026"_s));
}

void tst_ConfigLoader::notifyUrlNeverRepeated()
{
    // A Slack webhook URL written out is a credential: errors point at it without repeating it.
    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(
        "notify:\n  - type: slack\n    url: ftp://hooks.slack.com/services/T0/B0/XXXXsecret\n"_ba, fileName);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().size(), 1);
    QVERIFY(!describe(result.error()).contains(u"XXXXsecret"_s));
}

void tst_ConfigLoader::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"absent.yaml"_s);
    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().size(), 1);
    const ConfigError &error = result.error().first();
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, 0);
    QVERIFY(error.toString().startsWith(path + u": cannot read the configuration file"_s));

    const QString present = dir.filePath(u"present.yaml"_s);
    QFile file(present);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("integrations:\n  - id: shop\n    checks:\n      - id: rest\n        url: https://e.com/\n"
               "        ca_file: ca.pem\n");
    file.close();
    const Result<Catalog, ConfigErrors> loaded = ConfigLoader::loadFile(present);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(describe(loaded.error())));
    QCOMPARE(loaded->checkCount(), 1);
    QCOMPARE(loaded->integrations.first().checks.first().caFile, QDir(dir.path()).filePath(u"ca.pem"_s));
}

void tst_ConfigLoader::errorToString_data()
{
    QTest::addColumn<ConfigError>("error");
    QTest::addColumn<QString>("text");

    QTest::newRow("positioned") << ConfigError{u"gatewatch.yaml"_s, 12, 7, u"unknown key 'intervall'"_s}
                                << u"gatewatch.yaml:12:7: unknown key 'intervall'"_s;
    QTest::newRow("whole file") << ConfigError{u"/x/gatewatch.yaml"_s, 0, 0, u"cannot read"_s}
                                << u"/x/gatewatch.yaml: cannot read"_s;
}

void tst_ConfigLoader::errorToString()
{
    QFETCH(ConfigError, error);
    QFETCH(QString, text);
    QCOMPARE(error.toString(), text);
}

void tst_ConfigLoader::defaultPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(ConfigLoader::defaultPath(), base + u"/gatewatch/gatewatch.yaml"_s);
}

void tst_ConfigLoader::durations()
{
    const QByteArray yaml = "settings:\n"
                            "  interval: 1m\n"
                            "  timeout: 5s\n"
                            "integrations:\n"
                            "  - id: stripe\n"
                            "    checks:\n"
                            "      - id: inherits\n"
                            "        url: https://api.stripe.com/v1/balance\n"
                            "      - id: own\n"
                            "        url: https://status.stripe.com/api/v2/status.json\n"
                            "        interval: 1h30m\n"
                            "        timeout: 500ms\n"
                            "        conditions:\n"
                            "          - \"[STATUS] == 200\"\n"
                            "          - '[BODY].status.indicator == none'\n"
                            "        degraded:\n"
                            "          - \"[RESPONSE_TIME] < 800\"\n"_ba;
    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(yaml, fileName);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(describe(result.error())));
    const Catalog &catalog = result.value();
    QCOMPARE(catalog.settings.interval, milliseconds(60'000));
    QCOMPARE(catalog.settings.timeout, milliseconds(5'000));
    const CheckSpec *inherits = catalog.check(u"stripe"_s, u"inherits"_s);
    QVERIFY(inherits);
    QCOMPARE(inherits->interval, milliseconds(60'000));
    QCOMPARE(inherits->timeout, milliseconds(5'000));
    const CheckSpec *own = catalog.check(u"stripe"_s, u"own"_s);
    QVERIFY(own);
    QCOMPARE(own->interval, milliseconds(5'400'000));
    QCOMPARE(own->timeout, milliseconds(500));
    QCOMPARE(conditionTexts(own->conditions),
             (QStringList{u"[STATUS] == 200"_s, u"[BODY].status.indicator == none"_s}));
    QCOMPARE(conditionTexts(own->degraded), QStringList{u"[RESPONSE_TIME] < 800"_s});
}

void tst_ConfigLoader::durationErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray head = "integrations:\n"
                            "  - id: shop\n"
                            "    checks:\n"
                            "      - id: rest\n"
                            "        url: https://example.com/\n"_ba;

    QTest::newRow("words instead of a unit")
        << "settings:\n  interval: 5 minutes\n"_ba << 2 << 13 << u"invalid interval '5 minutes'"_s;
    QTest::newRow("bare number") << head + "        timeout: 10\n"_ba << 6 << 18 << u"invalid timeout '10'"_s;
    QTest::newRow("duration is a list")
        << head + "        interval: [1s]\n"_ba << 6 << 19
        << u"expected a duration such as 500ms, 10s, 5m or 1h for 'interval', found a list"_s;
    QTest::newRow("zero timeout") << head + "        timeout: 0s\n"_ba << 6 << 18
                                  << u"timeout must be greater than 0"_s;
    QTest::newRow("check timeout longer than its interval")
        << head + "        interval: 5s\n        timeout: 10s\n"_ba << 7 << 18 << u"longer than the interval"_s;
    QTest::newRow("check interval shorter than the default timeout")
        << head + "        interval: 5s\n"_ba << 6 << 19 << u"longer than the interval"_s;
    QTest::newRow("settings timeout longer than interval")
        << "settings:\n  interval: 10s\n  timeout: 1m\n"_ba << 3 << 12 << u"longer than the interval"_s;
}

void tst_ConfigLoader::durationErrors()
{
    errors();
}

void tst_ConfigLoader::conditionErrorPosition_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("valueColumn"); // where the condition's text starts on line 7

    QTest::newRow("double-quoted") << "\"[STATUS] =! 200\""_ba << u"[STATUS] =! 200"_s << 14;
    QTest::newRow("single-quoted") << "'[STATUS] == 200 &&'"_ba << u"[STATUS] == 200 &&"_s << 14;
    QTest::newRow("plain") << "len([BODY].items) >=< 1"_ba << u"len([BODY].items) >=< 1"_s << 13;
}

void tst_ConfigLoader::conditionErrorPosition()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QString, condition);
    QFETCH(int, valueColumn);

    // The offset inside the condition comes from Condition::parse; the loader must add it to
    // the column where the text starts.
    const Result<Condition> parsed = Condition::parse(condition);
    QVERIFY2(!parsed.ok(), "Condition::parse accepted an invalid condition");
    const QByteArray yaml = "integrations:\n"
                            "  - id: shop\n"
                            "    checks:\n"
                            "      - id: rest\n"
                            "        url: https://example.com/\n"
                            "        conditions:\n"
                            "          - "_ba
                            + scalar + "\n"_ba;
    const Result<Catalog, ConfigErrors> result = ConfigLoader::loadText(yaml, fileName);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().size(), 1);
    const ConfigError &error = result.error().first();
    QCOMPARE(error.line, 7);
    QCOMPARE(error.column, valueColumn + int(std::max<qsizetype>(parsed.error().position, 0)));
    QVERIFY2(error.message.contains(parsed.error().message), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(tst_ConfigLoader)
#include "tst_configloader.moc"
