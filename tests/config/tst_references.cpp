#include "references.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

Q_DECLARE_METATYPE(gw::Catalog)

namespace {

class MapSecrets final : public SecretSource
{
public:
    explicit MapSecrets(QHash<QString, QString> values) : m_values(std::move(values)) {}
    std::optional<QString> secret(const QString &name) const override
    {
        const auto it = m_values.constFind(name);
        return it == m_values.cend() ? std::nullopt : std::optional<QString>(*it);
    }

private:
    QHash<QString, QString> m_values;
};

ApiEndpoint apiEndpoint(const QString &url, QList<QPair<QString, QString>> headers = {})
{
    ApiEndpoint api;
    api.url = url;
    api.headers = std::move(headers);
    return api;
}

AlertmanagerSpec alertmanagerSpec(const QString &url, QList<QPair<QString, QString>> headers = {})
{
    AlertmanagerSpec spec;
    spec.api = apiEndpoint(url, std::move(headers));
    return spec;
}

} // namespace

class tst_References : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretNames_data();
    void secretNames();
    void validate_data();
    void validate();
    void expand_data();
    void expand();
    void mask_data();
    void mask();
    void notifyChannelSecrets();
    void apiEndpointSecretNames_data();
    void apiEndpointSecretNames();
    void apiEndpointSensitiveValues();
};

void tst_References::initTestCase()
{
    qputenv("GW_TST_REFERENCES_REGION", "eu-west-1");
    qputenv("GW_TST_REFERENCES_EMPTY", "");
    qputenv("GW_TST_REFERENCES_TENANT", "tenant-42");
    qunsetenv("GW_TST_REFERENCES_UNSET");
}

void tst_References::secretNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("no references") << u"https://example.com/health"_s << QStringList();
    QTest::newRow("one secret") << u"Bearer ${secret:slack-bot}"_s << QStringList{u"slack-bot"_s};
    QTest::newRow("env is not a secret") << u"${env:HOME}"_s << QStringList();
    QTest::newRow("in order, without duplicates")
        << u"${secret:b}:${env:X}:${secret:a.key}:${secret:b}"_s << QStringList{u"b"_s, u"a.key"_s};
    QTest::newRow("escaped is literal") << u"$${secret:a}"_s << QStringList();
    QTest::newRow("names before a syntax error") << u"${secret:a} ${secret:"_s << QStringList{u"a"_s};
}

void tst_References::secretNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(References::secretNames(text), names);
}

void tst_References::validate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("plain text") << u"https://example.com/?a=1"_s << true << qsizetype(-1) << QString();
    QTest::newRow("lone dollars") << u"costs $5, $ {x}, $"_s << true << qsizetype(-1) << QString();
    QTest::newRow("secret and env") << u"${secret:Shop_1.admin-key}${env:_MY_VAR2}"_s << true << qsizetype(-1)
                                    << QString();
    QTest::newRow("escape needs no closing brace") << u"$${secret:x"_s << true << qsizetype(-1) << QString();
    QTest::newRow("unterminated") << u"ab${secret:x"_s << false << qsizetype(2) << u"unterminated"_s;
    QTest::newRow("no kind") << u"${name}"_s << false << qsizetype(0) << u"expected ${secret:name} or ${env:NAME}"_s;
    QTest::newRow("unknown kind") << u"x${vault:a}"_s << false << qsizetype(3) << u"unknown reference kind 'vault'"_s;
    QTest::newRow("empty secret name") << u"${secret:}"_s << false << qsizetype(9) << u"empty name"_s;
    QTest::newRow("space in secret name") << u"${secret:a b}"_s << false << qsizetype(10) << u"invalid character ' '"_s;
    QTest::newRow("env name starts with digit")
        << u"${env:1A}"_s << false << qsizetype(6) << u"invalid character '1'"_s;
    QTest::newRow("dot in env name") << u"${env:A.B}"_s << false << qsizetype(7) << u"invalid character '.'"_s;
    QTest::newRow("percent sign in name is quoted as written")
        << u"${secret:%2x}"_s << false << qsizetype(9) << u"invalid character '%' in reference \"${secret:%2x}\""_s;
    QTest::newRow("error after an escape") << u"$${x} ${y}"_s << false << qsizetype(6) << u"${y}"_s;
}

void tst_References::validate()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qsizetype, position);
    QFETCH(QString, fragment);

    const std::optional<Error> error = References::validate(text);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->position, position);
        QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
    }
}

void tst_References::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorFragment");

    QTest::newRow("no references") << u"plain"_s << u"plain"_s << QString();
    QTest::newRow("secret") << u"Bearer ${secret:token}"_s << u"Bearer s3cr3t"_s << QString();
    QTest::newRow("env") << u"https://${env:GW_TST_REFERENCES_REGION}.example.com"_s
                         << u"https://eu-west-1.example.com"_s << QString();
    QTest::newRow("set but empty env") << u"[${env:GW_TST_REFERENCES_EMPTY}]"_s << u"[]"_s << QString();
    QTest::newRow("escape") << u"$${secret:token} costs $5"_s << u"${secret:token} costs $5"_s << QString();
    QTest::newRow("values are not expanded again") << u"${secret:tricky}"_s << u"${env:HOME}"_s << QString();
    QTest::newRow("missing secret") << u"${secret:token} ${secret:nope}"_s << QString()
                                    << u"secret 'nope' is not set"_s;
    QTest::newRow("unset env") << u"${env:GW_TST_REFERENCES_UNSET}"_s << QString()
                               << u"environment variable 'GW_TST_REFERENCES_UNSET' is not set"_s;
    QTest::newRow("syntax error") << u"${secret:token"_s << QString() << u"unterminated"_s;
}

void tst_References::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, errorFragment);

    const MapSecrets secrets({{u"token"_s, u"s3cr3t"_s}, {u"tricky"_s, u"${env:HOME}"_s}});
    const Result<QString> result = References::expand(text, secrets);
    if (errorFragment.isEmpty()) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value(), expected);
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(errorFragment), qPrintable(result.error().message));
        QVERIFY2(!result.error().message.contains(u"s3cr3t"_s), "an error message leaked a secret value");
    }
}

void tst_References::mask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("host and query") << u"https://${env:SHOP}.myshopify.com/?key=${secret:k}"_s
                                    << u"https://0.myshopify.com/?key=0"_s;
    QTest::newRow("escape becomes literal") << u"$${x}${env:A}"_s << u"${x}0"_s;
    QTest::newRow("invalid stays as written") << u"https://${vault:x}/"_s << u"https://${vault:x}/"_s;
}

void tst_References::mask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(References::mask(text, u"0"_s), masked);
}

void tst_References::notifyChannelSecrets()
{
    Catalog catalog;
    NotifyChannel slack;
    slack.name = u"slack"_s;
    slack.type = NotifyType::Slack;
    slack.url = u"${secret:slack-webhook}"_s;
    NotifyChannel literalSlack = slack;
    literalSlack.name = u"slack-2"_s;
    literalSlack.url = u"https://hooks.slack.com/services/T0/B0/written-out-token"_s;
    NotifyChannel hook;
    hook.name = u"webhook"_s;
    hook.type = NotifyType::Webhook;
    hook.url = u"https://${env:GW_TST_REFERENCES_REGION}.hooks.example/gatewatch?key=${secret:hook-key}"_s;
    hook.headers = {{u"Authorization"_s, u"Bearer ${secret:hook-token}"_s}};
    NotifyChannel alertmanager;
    alertmanager.name = u"alertmanager"_s;
    alertmanager.type = NotifyType::Alertmanager;
    alertmanager.url = u"http://alertmanager:9093"_s;
    catalog.notify = {slack, literalSlack, hook, alertmanager};

    QCOMPARE(References::secretNames(catalog), (QStringList{u"slack-webhook"_s, u"hook-key"_s, u"hook-token"_s}));

    const MapSecrets secrets({{u"slack-webhook"_s, u"https://hooks.slack.com/services/T1/B1/abcdef"_s},
                              {u"hook-key"_s, u"key-1234"_s},
                              {u"hook-token"_s, u"token-5678"_s}});
    const QStringList values = References::sensitiveValues(catalog, secrets);
    // A Slack URL as a whole, also written out; the secrets of the others; not a host's variable.
    QVERIFY(values.contains(u"https://hooks.slack.com/services/T1/B1/abcdef"_s));
    QVERIFY(values.contains(u"https://hooks.slack.com/services/T0/B0/written-out-token"_s));
    QVERIFY(values.contains(u"key-1234"_s));
    QVERIFY(values.contains(u"token-5678"_s));
    QVERIFY(!values.contains(u"eu-west-1"_s));
    QVERIFY(!values.contains(u"http://alertmanager:9093"_s));
}

void tst_References::apiEndpointSecretNames_data()
{
    QTest::addColumn<Catalog>("catalog");
    QTest::addColumn<QStringList>("names");

    {
        Catalog catalog;
        catalog.settings.prometheus = apiEndpoint(u"https://prometheus.internal/?tenant=${secret:prometheus-tenant}"_s,
                                                  {{u"Authorization"_s, u"Bearer ${secret:prometheus-token}"_s},
                                                   {u"X-Scope-OrgID"_s, u"${env:GW_TST_REFERENCES_TENANT}"_s}});
        QTest::newRow("prometheus url and headers")
            << catalog << QStringList{u"prometheus-tenant"_s, u"prometheus-token"_s};
    }
    {
        Catalog catalog;
        catalog.alertmanager = alertmanagerSpec(u"http://${secret:alertmanager-host}:9093"_s,
                                                {{u"Authorization"_s, u"Basic ${secret:alertmanager-basic}"_s}});
        QTest::newRow("alertmanager url and headers")
            << catalog << QStringList{u"alertmanager-host"_s, u"alertmanager-basic"_s};
    }
    {
        Catalog catalog;
        NotifyChannel hook;
        hook.name = u"webhook"_s;
        hook.type = NotifyType::Webhook;
        hook.url = u"https://hooks.example/gatewatch"_s;
        hook.headers = {{u"Authorization"_s, u"Bearer ${secret:shared-token}"_s}};
        catalog.notify = {hook};
        catalog.settings.prometheus =
            apiEndpoint(u"http://prometheus:9090"_s, {{u"Authorization"_s, u"Bearer ${secret:shared-token}"_s}});
        catalog.alertmanager =
            alertmanagerSpec(u"http://alertmanager:9093"_s, {{u"Authorization"_s, u"Bearer ${secret:shared-token}"_s},
                                                             {u"X-Api-Key"_s, u"${secret:alertmanager-key}"_s}});
        QTest::newRow("after notify channels, without duplicates")
            << catalog << QStringList{u"shared-token"_s, u"alertmanager-key"_s};
    }
    {
        Catalog catalog;
        catalog.settings.prometheus = apiEndpoint(u"http://prometheus:9090"_s, {{u"X-Scope-OrgID"_s, u"ops"_s}});
        catalog.alertmanager = alertmanagerSpec(u"http://alertmanager:9093"_s);
        QTest::newRow("written out, no secrets") << catalog << QStringList();
    }
}

void tst_References::apiEndpointSecretNames()
{
    QFETCH(Catalog, catalog);
    QFETCH(QStringList, names);
    QCOMPARE(References::secretNames(catalog), names);
}

void tst_References::apiEndpointSensitiveValues()
{
    Catalog catalog;
    catalog.settings.prometheus =
        apiEndpoint(u"https://${env:GW_TST_REFERENCES_REGION}.prometheus.example/?tenant=${secret:prometheus-tenant}"_s,
                    {{u"Authorization"_s, u"Bearer ${secret:prometheus-token}"_s}});
    catalog.alertmanager =
        alertmanagerSpec(u"http://alertmanager:9093/"_s, {{u"X-Api-Key"_s, u"${secret:alertmanager-key}"_s},
                                                          {u"X-Scope-OrgID"_s, u"${env:GW_TST_REFERENCES_TENANT}"_s}});

    const MapSecrets secrets({{u"prometheus-tenant"_s, u"tenant-1234"_s},
                              {u"prometheus-token"_s, u"token-5678"_s},
                              {u"alertmanager-key"_s, u"key-9012"_s}});
    const QStringList values = References::sensitiveValues(catalog, secrets);
    // Every secret and header variable; a variable that only names the host stays readable.
    QVERIFY(values.contains(u"tenant-1234"_s));
    QVERIFY(values.contains(u"token-5678"_s));
    QVERIFY(values.contains(u"key-9012"_s));
    QVERIFY(values.contains(u"tenant-42"_s));
    QVERIFY(!values.contains(u"eu-west-1"_s));
    QCOMPARE(values.size(), 4);
}

QTEST_GUILESS_MAIN(tst_References)
#include "tst_references.moc"
