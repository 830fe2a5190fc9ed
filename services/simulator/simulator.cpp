#include "simulator.h"

#include "certificatefactory.h"
#include "configloader.h"
#include "gatewayevents.h"
#include "httpexchange.h"
#include "kongmetrics.h"
#include "prometheusparser.h"
#include "scenario.h"
#include "vendorapi.h"
#include "vendorserver.h"
#include "wirewriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QMap>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <deque>
#include <random>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw::sim {

namespace {

constexpr std::size_t maxArrivals = 10'000;

// z for the 95th percentile of a standard normal distribution.
constexpr double Z95 = 1.6448536269514722;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

HttpRequest copyRequest(const QHttpServerRequest &request)
{
    HttpRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path();
    out.query = request.query();
    out.headers = request.headers();
    out.body = request.body();
    return out;
}

} // namespace

struct Simulator::Private
{
    struct Vendor
    {
        std::unique_ptr<VendorApi> api;
        std::mt19937 latencyRng;
        QList<std::chrono::milliseconds> latencies;
        VendorServer *server = nullptr;
        quint16 port = 0;
        quint64 requests = 0;                           // to the API, status pages not counted
        std::deque<std::chrono::milliseconds> arrivals; // of the latest of those requests, since start()
        std::chrono::milliseconds loadSince{0};         // another client's load is spent up to here
    };

    Simulator *q = nullptr;
    Options options;
    std::optional<Scenario> scenario;
    std::map<QString, Vendor> vendors;
    QMap<Certificate, quint16> tlsPorts;
    QHash<QPair<QString, QString>, Fault> faults; // (vendor, path or empty) → fault
    QElapsedTimer clock;
    QElapsedTimer uptime; // monotonic, never frozen or moved: when requests arrived
    std::chrono::milliseconds offset{0};
    std::optional<std::chrono::milliseconds> frozenAt;
    quint64 requests = 0;
    QString caPath;
    std::unique_ptr<QTemporaryDir> temporaryDir;
    bool started = false;
    std::optional<GatewayEvents> events;
    std::chrono::milliseconds eventsSeen{0}; // scenario time the feed has run to

    std::chrono::milliseconds scenarioTime() const
    {
        if (frozenAt)
            return *frozenAt;
        return offset + std::chrono::milliseconds(clock.isValid() ? clock.elapsed() : 0);
    }

    Fault effectiveFault(const QString &vendor, const QString &path, std::chrono::milliseconds t) const
    {
        if (auto it = faults.constFind({vendor, path}); it != faults.cend())
            return *it;
        if (auto it = faults.constFind({vendor, QString()}); it != faults.cend())
            return *it;
        if (scenario) {
            if (auto active = scenario->faultAt(vendor, path, t))
                return active->fault;
        }
        return {};
    }

    std::chrono::milliseconds sampleLatency(Vendor &vendor, const QString &name)
    {
        const LatencyProfile profile = VendorApi::latencyProfile(name);
        const double mu = std::log(profile.medianMs);
        const double sigma = (std::log(profile.p95Ms) - mu) / Z95;
        std::lognormal_distribution<double> distribution(mu, sigma);
        const double ms = std::clamp(distribution(vendor.latencyRng), profile.medianMs * 0.3, profile.p95Ms * 4.0);
        const auto latency = std::chrono::milliseconds(std::llround(ms * options.latencyScale));
        vendor.latencies.append(latency);
        return latency;
    }

    void spendLoad(Vendor &vendor, const QString &name, std::chrono::milliseconds t)
    {
        // Load older than a day is spent in windows long gone.
        const auto since = std::max(vendor.loadSince, t - std::chrono::milliseconds(24h));
        vendor.loadSince = t;
        if (t <= since)
            return;
        // Every quota window (Klaviyo's minutes, MCP's five minutes, GA4's hours and days) starts on
        // a whole minute of the scenario clock: the load is spent minute by minute, each share in its
        // own window, so a quiet spell does not pour old load into the current one.
        const auto fixedRate = [&]() -> double {
            const auto it = faults.constFind({name, QString()});
            return it != faults.cend() && it->kind == Fault::Kind::QuotaSqueeze ? double(it->size) / 60.0 : 0.0;
        }();
        for (auto from = since; from < t;) {
            const auto to = std::min(t, from - from % std::chrono::milliseconds(60s) + std::chrono::milliseconds(60s));
            double load = scenario ? scenario->loadBetween(name, from, to) : 0;
            // A squeeze a test set runs at its full rate at once.
            load += fixedRate * std::chrono::duration<double>(to - from).count();
            if (load > 0)
                vendor.api->consumeQuota(load, from);
            from = to;
        }
    }

    // Runs the feed up to the scenario's now, with the faults as they are: called every second,
    // before faults or the clock change, and before the feed is read.
    void advanceEvents()
    {
        if (!events)
            return;
        const auto t = scenarioTime();
        events->advance(eventsSeen, t,
                        [this](const QString &vendor, const QString &path, std::chrono::milliseconds at) {
                            return effectiveFault(vendor, path, at);
                        });
        eventsSeen = t;
    }

    HttpResponse respond(Vendor &vendor, const QString &name, const HttpRequest &request, const Moment &moment)
    {
        if (name == u"gateway"_s && request.path == u"/events"_s) {
            if (request.method != "GET" && request.method != "HEAD") {
                HttpResponse response = HttpResponse::json(405, R"({"message":"Method not allowed"})");
                response.setHeader("Allow", "GET, HEAD");
                return response;
            }
            advanceEvents();
            HttpResponse response = events->page(request.query);
            response.headers += vendor.api->commonHeaders();
            return response;
        }
        return vendor.api->respond(request, moment);
    }

    void handle(const QString &serverVendor, const QHttpServerRequest &qRequest, QTcpSocket *socket);
    std::optional<QString> listen(VendorServer *server, const IssuedCertificate *certificate, quint16 *port);
};

void Simulator::Private::handle(const QString &serverVendor, const QHttpServerRequest &qRequest, QTcpSocket *socket)
{
    ++requests;
    const HttpRequest request = copyRequest(qRequest);
    const QString name = serverVendor.isEmpty() ? VendorApi::vendorForPath(request.path) : serverVendor;
    Vendor &vendor = vendors.at(name);
    const auto t = scenarioTime();
    spendLoad(vendor, name, t);
    if (!request.path.startsWith(u"/api/v2/"_s)) {
        ++vendor.requests;
        vendor.arrivals.push_back(std::chrono::milliseconds(uptime.elapsed()));
        if (vendor.arrivals.size() > maxArrivals)
            vendor.arrivals.pop_front();
    }
    Moment moment{QDateTime::currentDateTimeUtc(), t, scenario ? scenario->faultAt(name, u"/"_s, t) : std::nullopt, {}};
    if (name == u"gateway"_s) {
        for (const QString &other : VendorApi::names()) {
            if (const Fault fault = effectiveFault(other, {}, t); fault.kind != Fault::Kind::None && other != name)
                moment.vendorFaults.insert(other, fault);
        }
    }
    const Fault fault = effectiveFault(name, request.path, t);
    const bool keepAlive = request.header("connection").compare("close", Qt::CaseInsensitive) != 0;
    const bool headOnly = request.method == "HEAD";

    if (fault.kind == Fault::Kind::Stall)
        return; // the socket stays open until the client gives up
    if (fault.kind == Fault::Kind::Reset) {
        QTimer::singleShot(0, socket, [socket] { WireWriter::reset(socket); });
        return;
    }

    auto delay = sampleLatency(vendor, name);
    HttpResponse response;
    switch (fault.kind) {
    case Fault::Kind::Status:
        response = vendor.api->error(fault.status, request, moment);
        break;
    case Fault::Kind::RateLimited:
        response = vendor.api->rateLimited(request, moment);
        break;
    case Fault::Kind::Garbage:
        response = vendor.api->garbage();
        break;
    case Fault::Kind::InvalidJson:
        response = respond(vendor, name, request, moment);
        response.status = 200;
        response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
        break;
    case Fault::Kind::Latency:
        delay += fault.delay;
        response = respond(vendor, name, request, moment);
        break;
    case Fault::Kind::Trickle:
        response = respond(vendor, name, request, moment);
        if (fault.size > 0)
            response.body.truncate(fault.size);
        break;
    default:
        response = respond(vendor, name, request, moment);
        break;
    }

    QTimer::singleShot(delay, socket, [socket, response, fault, keepAlive, headOnly] {
        switch (fault.kind) {
        case Fault::Kind::Trickle:
            WireWriter::trickle(socket, response, fault.delay);
            break;
        case Fault::Kind::HugeBody: {
            HttpResponse head = response;
            head.status = 200;
            head.setHeader("Content-Type", "application/json; charset=utf-8");
            WireWriter::hugeBody(socket, head, fault.size);
            break;
        }
        default:
            WireWriter::write(socket, response, keepAlive, headOnly);
            break;
        }
    });
}

std::optional<QString> Simulator::Private::listen(VendorServer *server, const IssuedCertificate *certificate,
                                                  quint16 *port)
{
    if (certificate) {
        const QSslCertificate cert(certificate->certificatePem, QSsl::Pem);
        const QSslKey key(certificate->privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (cert.isNull() || key.isNull())
            return Simulator::tr("The generated TLS certificate or key could not be loaded.");
        server->sslSetup(cert, key);
    }
    *port = server->listen(QHostAddress::LocalHost, 0);
    if (*port == 0)
        return Simulator::tr("Could not listen on 127.0.0.1.");
    return std::nullopt;
}

namespace {

// Each vendor draws from its own stream, so one vendor's traffic never shifts another's.
quint32 vendorSeed(quint32 seed, qsizetype index)
{
    return seed * 1000003u + quint32(index) * 7919u;
}

quint32 apiSeed(quint32 vendorSeed)
{
    return vendorSeed ^ 0x5bd1e995u;
}

} // namespace

Simulator::Simulator(const Options &options, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
    const QStringList names = vendorNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const quint32 seed = vendorSeed(options.seed, i);
        Private::Vendor vendor;
        vendor.api = std::make_unique<VendorApi>(names.at(i), apiSeed(seed));
        vendor.latencyRng.seed(seed);
        d->vendors.emplace(names.at(i), std::move(vendor));
    }
}

Simulator::~Simulator() = default;

std::optional<QString> Simulator::start()
{
    if (d->started)
        return std::nullopt;
    d->scenario = Scenario::named(d->options.scenario);
    if (!d->scenario)
        return tr("Unknown scenario \"%1\" (known: %2).").arg(d->options.scenario, scenarioNames().join(u", "_s));

    auto certificates = CertificateFactory::generate();
    if (!certificates.ok())
        return tr("Could not make the simulator's certificates: %1").arg(certificates.error().message);

    QString dir = d->options.stateDir;
    if (dir.isEmpty()) {
        d->temporaryDir = std::make_unique<QTemporaryDir>();
        if (!d->temporaryDir->isValid())
            return tr("Could not create a temporary directory: %1").arg(d->temporaryDir->errorString());
        dir = d->temporaryDir->path();
    } else if (!QDir().mkpath(dir)) {
        return tr("Could not create the state directory %1.").arg(dir);
    }
    d->caPath = QDir(dir).filePath(u"gatewatch-sim-ca.pem"_s);
    QFile caFile(d->caPath);
    if (!caFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || caFile.write(certificates->caCertificatePem) != certificates->caCertificatePem.size()) {
        return tr("Could not write the CA certificate to %1: %2").arg(d->caPath, caFile.errorString());
    }
    caFile.close();

    for (auto &[name, vendor] : d->vendors) {
        const QString vendorName = name;
        vendor.server =
            new VendorServer([this, vendorName](const QHttpServerRequest &request,
                                                QTcpSocket *socket) { d->handle(vendorName, request, socket); },
                             this);
        // The company's own gateway is the one whose renewal is due: the overview shows it amber.
        const IssuedCertificate *certificate = !d->options.tls      ? nullptr
                                               : name == u"gateway" ? &certificates->expiringSoon
                                                                    : &certificates->valid;
        if (auto error = d->listen(vendor.server, certificate, &vendor.port))
            return error;
    }
    for (Certificate certificate :
         {Certificate::Valid, Certificate::Expired, Certificate::SelfSigned, Certificate::WrongHost}) {
        auto *server = new VendorServer(
            [this](const QHttpServerRequest &request, QTcpSocket *socket) { d->handle({}, request, socket); }, this);
        quint16 port = 0;
        if (auto error = d->listen(server, &certificates->of(certificate), &port))
            return error;
        d->tlsPorts.insert(certificate, port);
    }
    GatewayEvents::Options events;
    events.seed = d->options.seed;
    events.epoch = d->options.eventEpoch.isValid() ? d->options.eventEpoch : QDateTime::currentDateTimeUtc();
    events.capacity = d->options.eventCapacity;
    events.backgroundFailureShare = d->options.backgroundFailureShare;
    events.secrets = webhookSecrets();
    d->events.emplace(events);

    d->clock.start();
    d->uptime.start();
    d->started = true;
    d->eventsSeen = d->scenarioTime();
    // The gateway's log fills as time passes, also while nobody reads it: a steady flow, no bursts.
    auto *eventTimer = new QTimer(this);
    connect(eventTimer, &QTimer::timeout, this, [this] { d->advanceEvents(); });
    eventTimer->start(1000);
    return std::nullopt;
}

QStringList Simulator::vendorNames()
{
    return VendorApi::names();
}

QStringList Simulator::scenarioNames()
{
    return Scenario::names();
}

QUrl Simulator::baseUrl(const QString &vendor) const
{
    const auto it = d->vendors.find(vendor);
    if (it == d->vendors.end() || it->second.port == 0)
        return {};
    QUrl url;
    url.setScheme(d->options.tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(it->second.port);
    return url;
}

QString Simulator::caCertificatePath() const
{
    return d->caPath;
}

QUrl Simulator::tlsUrl(Certificate certificate) const
{
    const quint16 port = d->tlsPorts.value(certificate, 0);
    if (port == 0)
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

QByteArray Simulator::token(const QString &vendor)
{
    return VendorApi::token(vendor);
}

QUrl Simulator::eventsUrl() const
{
    QUrl url = baseUrl(u"gateway"_s);
    if (!url.isEmpty())
        url.setPath(u"/events"_s);
    return url;
}

QStringList Simulator::webhookSources()
{
    return WebhookSender::sources();
}

QMap<QString, WebhookSecret> Simulator::defaultWebhookSecrets()
{
    return WebhookSender::defaultSecrets();
}

QMap<QString, WebhookSecret> Simulator::webhookSecrets() const
{
    QMap<QString, WebhookSecret> secrets = defaultWebhookSecrets();
    for (auto it = d->options.webhookSecrets.cbegin(); it != d->options.webhookSecrets.cend(); ++it)
        secrets.insert(it.key(), it.value());
    return secrets;
}

QList<QPair<QString, QString>> Simulator::configEnvironment() const
{
    QList<QPair<QString, QString>> environment;
    for (const QString &vendor : vendorNames()) {
        const QString secret = VendorApi::secretName(vendor);
        if (secret.isEmpty())
            continue;
        environment.append({u"GATEWATCH_SECRET_"_s + secret.toUpper().replace(u'-', u'_'),
                            QString::fromLatin1(VendorApi::token(vendor))});
    }
    // The secrets the webhook sources of configYaml() verify with: <source>-webhook and, while a
    // rotation settles, <source>-webhook-previous.
    const QMap<QString, WebhookSecret> secrets = webhookSecrets();
    for (const QString &source : webhookSources()) {
        const WebhookSecret secret = secrets.value(source);
        const QString name = u"GATEWATCH_SECRET_"_s + source.toUpper() + u"_WEBHOOK"_s;
        environment.append({name, QString::fromLatin1(secret.current)});
        if (!secret.previous.isEmpty())
            environment.append({name + u"_PREVIOUS"_s, QString::fromLatin1(secret.previous)});
    }
    return environment;
}

QList<HistoryBackfill::Check> Simulator::backfillChecks() const
{
    QList<HistoryBackfill::Check> checks;
    const auto catalog = ConfigLoader::loadText(configYaml().toUtf8(), u"simulator.yaml"_s);
    if (!catalog)
        return checks;
    for (const IntegrationSpec &integration : catalog->integrations) {
        for (const CheckSpec &check : integration.checks) {
            const QUrl url(check.url);
            for (const auto &[name, vendor] : d->vendors) {
                if (vendor.port == url.port()) {
                    checks.append({integration.id, check.id, name, check.interval, url.scheme() == u"https"});
                    break;
                }
            }
        }
    }
    return checks;
}

GatewayScrape Simulator::gatewayAtStart(qint64 atMs) const
{
    const KongMetrics kong(apiSeed(vendorSeed(d->options.seed, vendorNames().indexOf(u"gateway"_s))));
    return readScrape(PrometheusParser::parse(kong.render()), GatewayFlavor::Kong, {}, atMs);
}

QString Simulator::configYaml() const
{
    auto url = [this](const QString &vendor, const QString &path) -> QString {
        return u'"' + baseUrl(vendor).toString() + path + u'"';
    };
    QString yaml;
    yaml += u"# Generated by gatewatch-sim (scenario \""_s + d->options.scenario + u"\", seed "_s
            + QString::number(d->options.seed)
            + u").\n"_s
              u"# Secrets resolve from GATEWATCH_SECRET_* variables; gatewatch-sim --print-config lists them.\n"_s;
    yaml += u"settings:\n  interval: 10s\n  timeout: 5s\n  evaluation_interval: 5s\n  ca_file: \""_s + d->caPath
            + u"\"\n"_s;
    // The company's gateway: its health, its Kong metrics and its event feed; the routes say which
    // gateway service carries which integration's traffic (egressroutes.cpp names them).
    yaml += uR"yaml(gateway:
  name: edge
  health_url: %1
  metrics_url: %2
  events_url: %3
  interval: 15s
  routes:
    shopify: { service: shopify-admin }
    stripe: { service: payments }
    slack: { service: slack-api }
    chatwoot: { service: chatwoot-api }
    klaviyo: { service: klaviyo-api }
    google-analytics: { service: ga4-data }
    mcp: { service: support-mcp }
)yaml"_s.arg(url(u"gateway"_s, u"/health"_s), url(u"gateway"_s, u"/metrics"_s), url(u"gateway"_s, u"/events"_s));
    // The webhooks the gateway receives from each vendor, and the secrets they are signed with
    // (webhooksender.cpp); the previous one is still in use while a rotation settles.
    yaml += u"webhooks:\n"_s;
    const QMap<QString, WebhookSecret> secrets = webhookSecrets();
    for (const QString &source : webhookSources()) {
        const QString previous = secrets.value(source).previous.isEmpty()
                                     ? QString()
                                     : u", previous_secrets: [\"${secret:%1-webhook-previous}\"]"_s.arg(source);
        yaml += u"  %1: {scheme: %1, secret: \"${secret:%1-webhook}\"%2}\n"_s.arg(source, previous);
    }
    yaml += u"integrations:\n"_s;

    yaml += uR"yaml(  - id: shopify
    name: Shopify
    checks:
      - id: admin-shop
        name: Admin REST API
        url: %1
        method: GET
        headers:
          X-Shopify-Access-Token: "${secret:shopify-admin}"
        conditions:
          - "[STATUS] == 200"
          - "[BODY].shop.plan_name != closed"
        degraded:
          - "[RESPONSE_TIME] < 800"
      - id: admin-graphql
        name: Admin GraphQL API
        url: %2
        method: POST
        headers:
          X-Shopify-Access-Token: "${secret:shopify-admin}"
          Content-Type: application/json
        body: '{"query":"{ shop { name plan { displayName } } }"}'
        conditions:
          - "[STATUS] == 200"
          - "has([BODY].data.shop)"
        degraded:
          - "[RESPONSE_TIME] < 800"
          - "[BODY].extensions.cost.throttleStatus.currentlyAvailable > 100"
)yaml"_s.arg(url(u"shopify"_s, u"/admin/api/2024-10/shop.json"_s),
             url(u"shopify"_s, u"/admin/api/2024-10/graphql.json"_s));

    yaml += uR"yaml(  - id: chatwoot
    name: Chatwoot
    checks:
      - id: profile
        name: Agent profile
        url: %1
        headers:
          api_access_token: "${secret:chatwoot}"
        conditions:
          - "[STATUS] == 200"
          - "[BODY].accounts[0].status == active"
        degraded:
          - "[RESPONSE_TIME] < 800"
)yaml"_s.arg(url(u"chatwoot"_s, u"/api/v1/profile"_s));

    yaml += uR"yaml(  - id: google-analytics
    name: Google Analytics
    checks:
      - id: run-report
        name: Data API runReport
        url: %1
        method: POST
        headers:
          Authorization: "Bearer ${secret:ga4}"
          Content-Type: application/json
        body: '{"dateRanges":[{"startDate":"7daysAgo","endDate":"today"}],"dimensions":[{"name":"date"}],"metrics":[{"name":"activeUsers"}],"returnPropertyQuota":true}'
        conditions:
          - "[STATUS] == 200"
          - "len([BODY].rows) >= 1"
        degraded:
          - "[RESPONSE_TIME] < 1500"
          - "[BODY].propertyQuota.tokensPerHour.remaining > 1000"
)yaml"_s.arg(url(u"ga4"_s, u"/v1beta/properties/312845977:runReport"_s));

    yaml += uR"yaml(  - id: slack
    name: Slack
    checks:
      - id: auth-test
        name: Bot token (auth.test)
        url: %1
        method: POST
        headers:
          Authorization: "Bearer ${secret:slack-bot}"
        conditions:
          - "[STATUS] == 200"
          - "[BODY].ok == true"
        degraded:
          - "[RESPONSE_TIME] < 800"
)yaml"_s.arg(url(u"slack"_s, u"/api/auth.test"_s));

    yaml += uR"yaml(  - id: stripe
    name: Stripe
    checks:
      - id: balance
        name: Balance API
        url: %1
        headers:
          Authorization: "Bearer ${secret:stripe}"
        conditions:
          - "[STATUS] == 200"
          - "[BODY].object == balance"
        degraded:
          - "[RESPONSE_TIME] < 1000"
)yaml"_s.arg(url(u"stripe"_s, u"/v1/balance"_s));

    yaml += uR"yaml(  - id: klaviyo
    name: Klaviyo
    checks:
      - id: accounts
        name: Accounts API
        url: %1
        headers:
          Authorization: "Klaviyo-API-Key ${secret:klaviyo}"
          revision: "2024-10-15"
          Accept: application/vnd.api+json
        conditions:
          - "[STATUS] == 200"
          - "len([BODY].data) >= 1"
        degraded:
          - "[RESPONSE_TIME] < 800"
)yaml"_s.arg(url(u"klaviyo"_s, u"/api/accounts/"_s));

    yaml += uR"yaml(  - id: mcp
    name: Support MCP server
    checks:
      - id: initialize
        name: MCP initialize
        url: %1
        method: POST
        headers:
          Authorization: "Bearer ${secret:mcp}"
          Content-Type: application/json
          Accept: "application/json, text/event-stream"
        body: '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"gatewatch","version":"0.1.0"}}}'
        conditions:
          - "[STATUS] == 200"
          - "has([BODY].result.serverInfo)"
        degraded:
          - "[RESPONSE_TIME] < 500"
      - id: tools-list
        name: MCP tools/list
        url: %1
        method: POST
        headers:
          Authorization: "Bearer ${secret:mcp}"
          Content-Type: application/json
          Accept: "application/json, text/event-stream"
        body: '{"jsonrpc":"2.0","id":2,"method":"tools/list"}'
        conditions:
          - "[STATUS] == 200"
          - "len([BODY].result.tools) >= 1"
)yaml"_s.arg(url(u"mcp"_s, u"/mcp"_s));

    // The companies behind the integrations: their status pages (each simulated vendor serves
    // Statuspage v2 JSON, admitting trouble a little late), contracts, costs and who to call.
    const auto statusPage = [&url](const QString &vendor) { return url(vendor, u"/api/v2/summary.json"_s); };
    yaml += uR"yaml(vendors:
  - id: shopify
    name: Shopify
    integrations: [shopify]
    status_page: %1
    status_components: { API: shopify }
    status_interval: 30s
    contract: { availability: 99.9, p95_latency: 800ms, credits: [{below: 99.9, percent: 10}, {below: 99.0, percent: 25}] }
    cost: { currency: USD, monthly_fee: 299, included: { requests: 5000000 }, overage: { requests: 0.0004 }, budget: 400 }
    support: { tier: Plus, rating: 4 }
    escalation:
      - { severity: critical, contact: "Shopify Plus support", channel: "+1 555 0100", respond_within: 1h }
      - { severity: warning, contact: "partners@shopify.example", channel: email, respond_within: 1d }
  - id: chatwoot
    name: Chatwoot
    integrations: [chatwoot]
    status_page: %2
    status_components: { API: chatwoot }
    status_interval: 30s
    contract: { availability: 99.5, p95_latency: 1s, credits: [{below: 99.5, percent: 5}] }
    cost: { currency: EUR, monthly_fee: 190, budget: 200 }
    support: { tier: Business, rating: 3 }
    escalation:
      - { severity: critical, contact: "Chatwoot support", channel: "support@chatwoot.example", respond_within: 4h }
  - id: google
    name: Google Analytics
    integrations: [google-analytics]
    status_page: %3
    status_interval: 30s
    contract: { availability: 99.9 }
    cost: { currency: USD, monthly_fee: 0 }
    escalation:
      - { severity: critical, contact: "Google Cloud support", channel: "https://support.google.example", respond_within: 1h }
  - id: slack
    name: Slack
    integrations: [slack]
    status_page: %4
    status_components: { API: slack }
    status_interval: 30s
    contract: { availability: 99.99, credits: [{below: 99.99, percent: 10}, {below: 99.0, percent: 25}] }
    cost: { currency: USD, monthly_fee: 875, budget: 900 }
    support: { tier: Enterprise Grid, rating: 4 }
    escalation:
      - { severity: critical, contact: "Slack Enterprise support", channel: "+1 555 0140", respond_within: 1h }
  - id: stripe
    name: Stripe
    integrations: [stripe]
    status_page: %5
    status_components: { API: stripe }
    status_interval: 30s
    contract: { availability: 99.99, p95_latency: 1s }
    cost: { currency: USD, monthly_fee: 0, budget: 50 }
    support: { tier: Premium, rating: 5 }
    escalation:
      - { severity: critical, contact: "Stripe premium support", channel: "+1 555 0150", respond_within: 30m }
      - { severity: warning, contact: "Stripe support", channel: email, respond_within: 1d }
  - id: klaviyo
    name: Klaviyo
    integrations: [klaviyo]
    status_page: %6
    status_components: { API: klaviyo }
    status_interval: 30s
    contract: { availability: 99.9, p95_latency: 800ms }
    cost: { currency: USD, monthly_fee: 700, included: { requests: 2000000 }, overage: { requests: 0.001 }, budget: 1000 }
    support: { tier: Standard, rating: 3 }
    escalation:
      - { severity: critical, contact: "Klaviyo support", channel: "support@klaviyo.example", respond_within: 8h }
  - id: support-ai
    name: Support AI (MCP)
    integrations: [mcp]
    status_page: %7
    status_components: { API: mcp }
    status_interval: 30s
    contract: { availability: 99.5, p95_latency: 500ms }
    cost: { currency: USD, monthly_fee: 400, included: { requests: 750000 }, overage: { requests: 0.002 }, budget: 600 }
    escalation:
      - { severity: critical, contact: "Support AI on-call", channel: "+1 555 0170", respond_within: 2h }
)yaml"_s.arg(statusPage(u"shopify"_s), statusPage(u"chatwoot"_s), statusPage(u"ga4"_s), statusPage(u"slack"_s),
             statusPage(u"stripe"_s), statusPage(u"klaviyo"_s), statusPage(u"mcp"_s));

    // Alert rules for the story (scenario.cpp): each of its troubles raises its alert a little
    // after it starts and resolves a little after it ends; the calm between stays quiet.
    yaml += uR"yaml(alerts:
  - name: gateway-certificate-expiring
    when: tls_days(gateway) < 14
    for: 1m
    severity: warning
    labels: { team: platform }
    annotations: { summary: "The gateway's TLS certificate expires within two weeks" }
  - name: stripe-down
    when: status(stripe) == down
    for: 30s
    severity: critical
    labels: { team: payments }
    annotations: { summary: "Stripe API calls are failing" }
  - name: chatwoot-slow
    when: p95(chatwoot/profile, 1m) > 1000ms
    for: 20s
    resolve_when: p95(chatwoot/profile, 1m) < 500ms
    severity: warning
    labels: { team: support }
    annotations: { summary: "Chatwoot answers slowly" }
  - name: shopify-rate-limited
    when: status(shopify) == rate-limited
    for: 20s
    severity: warning
    labels: { team: commerce }
    annotations: { summary: "Shopify is throttling the Admin API" }
  - name: klaviyo-timeouts
    when: failures(klaviyo, 2m, timeout) >= 2
    severity: warning
    labels: { team: marketing }
    annotations: { summary: "Klaviyo calls time out" }
  - name: mcp-quota-running-out
    when: quota_exhausts_before_reset(mcp) or quota_left(mcp) < 10%
    for: 30s
    severity: warning
    labels: { team: support }
    annotations: { summary: "The support MCP server's quota runs out before it resets" }
  - name: gateway-slow
    when: p95(gateway, 1m) > 250ms
    for: 30s
    severity: warning
    labels: { team: platform }
    annotations: { summary: "The API gateway adds latency" }
  - name: stripe-admits-incident
    when: vendor_incident(stripe)
    severity: info
    labels: { team: payments }
    annotations: { summary: "Stripe's status page reports an incident" }
  - name: google-analytics-down
    when: status(google-analytics) == down
    for: 10s
    severity: critical
    labels: { team: growth }
    annotations: { summary: "Google Analytics reports are failing" }
notify:
  - type: desktop
    sound: [critical]
)yaml"_s;

    return yaml;
}

void Simulator::setFault(const QString &vendor, const QString &path, const Fault &fault)
{
    d->advanceEvents();
    d->faults.insert({vendor, path}, fault);
}

void Simulator::clearFaults()
{
    d->advanceEvents();
    d->faults.clear();
}

void Simulator::setScenarioTime(std::chrono::milliseconds sinceStart)
{
    d->advanceEvents();
    if (d->frozenAt)
        d->frozenAt = sinceStart;
    d->offset = sinceStart - std::chrono::milliseconds(d->clock.isValid() ? d->clock.elapsed() : 0);
}

void Simulator::setScenarioClockRunning(bool running)
{
    if (running == !d->frozenAt)
        return;
    d->advanceEvents();
    if (running) {
        const auto at = *d->frozenAt;
        d->frozenAt.reset();
        setScenarioTime(at);
    } else {
        d->frozenAt = d->scenarioTime();
    }
}

quint64 Simulator::requestCount() const
{
    return d->requests;
}

quint64 Simulator::requestCount(const QString &vendor) const
{
    const auto it = d->vendors.find(vendor);
    return it == d->vendors.end() ? 0 : it->second.requests;
}

void Simulator::consumeQuota(const QString &vendor, double amount)
{
    const auto it = d->vendors.find(vendor);
    if (it == d->vendors.end())
        return;
    const auto t = d->scenarioTime();
    d->spendLoad(it->second, vendor, t);
    it->second.api->consumeQuota(amount, t);
}

QList<std::chrono::milliseconds> Simulator::requestTimes(const QString &vendor) const
{
    const auto it = d->vendors.find(vendor);
    if (it == d->vendors.end())
        return {};
    return QList<std::chrono::milliseconds>(it->second.arrivals.cbegin(), it->second.arrivals.cend());
}

QList<std::chrono::milliseconds> Simulator::latencyHistory(const QString &vendor) const
{
    const auto it = d->vendors.find(vendor);
    return it == d->vendors.end() ? QList<std::chrono::milliseconds>{} : it->second.latencies;
}

} // namespace gw::sim
