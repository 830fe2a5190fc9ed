#include "webhooksender.h"

#include "webhooksignature.h"

#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace gw::sim {

namespace {

constexpr std::size_t RecentKept = 16;

struct Person
{
    const char *first;
    const char *last;
    const char *email;
};

constexpr Person People[] = {
    {"Maya", "Fischer", "maya.fischer@example.com"}, {"Jonas", "Berg", "jonas.berg@example.net"},
    {"Priya", "Raman", "priya.r@example.org"},       {"Luis", "Ortega", "luis.ortega@example.com"},
    {"Hannah", "Kowalski", "hkowalski@example.net"}, {"Theo", "Lindqvist", "theo@example.org"},
    {"Amara", "Okafor", "amara.okafor@example.com"}, {"Sam", "Whitaker", "sam.whitaker@example.net"},
};

struct Product
{
    qint64 id;
    const char *title;
    const char *sku;
    const char *price; // dollars, as Shopify writes them
    int cents;
};

constexpr Product Products[] = {
    {8072163459227, "Trailhead 45L Backpack", "TH-45-GRN", "129.95", 12995},
    {8072163491995, "Ridgeline Rain Shell", "RRS-M-BLU", "189.00", 18900},
    {8072163524763, "Summit Trekking Poles", "STP-PAIR", "74.50", 7450},
    {8072163557531, "Basecamp Camp Stove", "BCS-2B", "59.99", 5999},
    {8072163590299, "Alpine Down Jacket", "ADJ-L-BLK", "249.00", 24900},
};

// Fills {name} placeholders; the values are ours and need no JSON escaping.
QByteArray fill(QByteArray text, std::initializer_list<std::pair<const char *, QByteArray>> values)
{
    for (const auto &[name, value] : values)
        text.replace(QByteArray('{' + QByteArray(name) + '}'), value);
    return text;
}

QByteArray n(qint64 value)
{
    return QByteArray::number(value);
}

// Shopify writes times in the shop's zone.
QByteArray shopTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(-8 * 3600).toString(Qt::ISODate).toLatin1();
}

QByteArray isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

// Stripe pretty-prints with two spaces, keys in its own order.
QByteArray stripeJson(QByteArrayView compact)
{
    QByteArray out;
    int depth = 0;
    bool inString = false;
    const auto newline = [&] { out += '\n' + QByteArray(2 * depth, ' '); };
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < compact.size())
                out += compact.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < compact.size() && compact.at(i + 1) == (c == '{' ? '}' : ']')) {
                out += compact.at(++i);
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
            break;
        }
    }
    return out + '\n';
}

bool timestamped(const QString &source)
{
    return source != u"shopify"_s && source != u"github"_s;
}

WebhookScheme schemeOf(const QString &source)
{
    return webhookSchemeFromName(source).value_or(WebhookScheme::StandardWebhooks);
}

} // namespace

WebhookSender::WebhookSender(quint32 seed, QMap<QString, WebhookSecret> secrets)
    : m_rng(seed), m_secrets(std::move(secrets))
{
    const auto defaults = defaultSecrets();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (!m_secrets.contains(it.key()))
            m_secrets.insert(it.key(), it.value());
    }
}

QStringList WebhookSender::sources()
{
    return {u"shopify"_s, u"stripe"_s, u"slack"_s, u"github"_s, u"chatwoot"_s, u"standard"_s};
}

QMap<QString, WebhookSecret> WebhookSender::defaultSecrets()
{
    return {
        {u"shopify"_s, {"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", "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"}},
        {u"stripe"_s, {"whsec_Kq7Vb2Xn9Rt4Lm1Pz8Wc3Yd6Hs0Jf5Ga", "whsec_Ue3Np8Qa2Zr6Tb9Kv4Mx1Wd7Ly0Hc5Js"}},
        {u"slack"_s, {"4b1e9c7a2d8f06e3a5c9b1d7f2e8a4c0", "9e2d6a1f7c3b8e05d4a9f1c6b2e7d3a8"}},
        {u"github"_s, {"gh-hook-acme-storefront-2026", "gh-hook-acme-storefront-2025"}},
        {u"chatwoot"_s, {"cw_whk_5Tq2Lp9Xv3Nc7Rb1", "cw_whk_8Hd4Kz6Wm0Jy2Fs5"}},
        // whsec_ and the base64 of 24 key bytes, as Standard Webhooks senders issue them
        {u"standard"_s, {"whsec_46TfXEUfAuUx5pMdg3jOMhDluvX74TGw", "whsec_/R206gWAA4uOn3yq9JqilinTSiV+KpPk"}},
    };
}

int WebhookSender::pick(const QList<double> &weights)
{
    std::discrete_distribution<int> distribution(weights.cbegin(), weights.cend());
    return distribution(m_rng);
}

qint64 WebhookSender::number(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_rng);
}

QByteArray WebhookSender::uuid()
{
    QByteArray out = hex(32);
    out[12] = '4'; // version 4, RFC 4122 variant
    out[16] = "89ab"[std::uniform_int_distribution<int>(0, 3)(m_rng)];
    for (int at : {8, 13, 18, 23})
        out.insert(at, '-');
    return out;
}

QByteArray WebhookSender::alphanumeric(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uniform_int_distribution<int> index(0, int(sizeof alphabet) - 2);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += alphabet[index(m_rng)];
    return out;
}

QByteArray WebhookSender::hex(int length)
{
    std::uniform_int_distribution<int> digit(0, 15);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += "0123456789abcdef"[digit(m_rng)];
    return out;
}

QByteArray WebhookSender::ksuid()
{
    return alphanumeric(27);
}

WebhookSender::Draft WebhookSender::draft(const QString &source, const QDateTime &sent)
{
    if (source == u"shopify"_s)
        return shopify(sent);
    if (source == u"stripe"_s)
        return stripe(sent);
    if (source == u"slack"_s)
        return slack(sent);
    if (source == u"github"_s)
        return github(sent);
    if (source == u"chatwoot"_s)
        return chatwoot(sent);
    return standard(sent);
}

InboundWebhook WebhookSender::next(const QDateTime &sent)
{
    using Flaw = InboundWebhook::Flaw;
    const QStringList all = sources();
    const QString source = all.at(pick({35, 25, 10, 10, 12, 8}));
    Flaw flaw = Flaw(pick({86, 3, 2.5, 2.5, 4, 2}));
    if (flaw == Flaw::Stale && !timestamped(source))
        flaw = Flaw::None;
    auto &recent = m_recent[source];
    if (flaw == Flaw::Duplicate && recent.empty())
        flaw = Flaw::None;

    const WebhookSecret secret = m_secrets.value(source);
    InboundWebhook webhook;
    webhook.source = source;
    webhook.flaw = flaw;

    Draft message;
    QList<QByteArray> keys{secret.current};
    qint64 signedAt = sent.toSecsSinceEpoch();
    bool alterBody = false;
    switch (flaw) {
    case Flaw::None:
        message = draft(source, sent);
        // While a secret rolls, Stripe and Standard Webhooks senders sign with both.
        if ((source == u"stripe"_s || source == u"standard"_s) && !secret.previous.isEmpty() && pick({3, 1}) == 1)
            keys.append(secret.previous);
        break;
    case Flaw::BadSignature:
        message = draft(source, sent);
        if (pick({1, 1}) == 0) {
            // A key from some other configuration.
            keys = {source == u"standard"_s ? "whsec_" + alphanumeric(24).toBase64() : "wrong-" + alphanumeric(20)};
        } else {
            alterBody = true; // something between the vendor and us re-encoded the body
        }
        break;
    case Flaw::Stale: {
        // A captured request replayed minutes later: everything in it is old.
        const QDateTime old = sent.addSecs(-number(6 * 60, 45 * 60));
        message = draft(source, old);
        signedAt = old.toSecsSinceEpoch();
        break;
    }
    case Flaw::PreviousSecret:
        message = draft(source, sent);
        keys = {secret.previous};
        break;
    case Flaw::Duplicate:
        message = recent.at(std::size_t(number(0, qint64(recent.size()) - 1)));
        // Without a timestamp in the MAC the vendor sends the very same request again.
        if (!timestamped(source))
            signedAt = message.created.toSecsSinceEpoch();
        break;
    case Flaw::MissingSignature:
        message = draft(source, sent);
        break;
    }

    webhook.topic = message.topic;
    webhook.vendorId = message.vendorId;
    webhook.headers = headers(source, message, signedAt, keys, flaw != Flaw::MissingSignature);
    webhook.body = message.body;
    if (alterBody) {
        webhook.body = QJsonDocument::fromJson(message.body).toJson(QJsonDocument::Indented);
        if (webhook.body == message.body)
            webhook.body += '\n';
    }
    if (flaw == Flaw::Duplicate && source == u"slack"_s) {
        webhook.headers.emplaceBack("X-Slack-Retry-Num", "1");
        webhook.headers.emplaceBack("X-Slack-Retry-Reason", "http_timeout");
    }
    for (auto &[name, value] : webhook.headers) {
        if (name == "Content-Length")
            value = n(webhook.body.size());
    }
    if (flaw == Flaw::None || flaw == Flaw::PreviousSecret) {
        recent.push_back(message);
        if (recent.size() > RecentKept)
            recent.pop_front();
    }
    return webhook;
}

HeaderList WebhookSender::headers(const QString &source, const Draft &draft, qint64 signedAt,
                                  const QList<QByteArray> &secrets, bool withSignature)
{
    HeaderList signature;
    if (auto signedHeaders =
            signWebhook(schemeOf(source), draft.body, WebhookIdentity{draft.messageId, signedAt}, secrets)) {
        signature = *signedHeaders;
    }
    const auto signatureHeader = [&](QByteArrayView name) -> HeaderList {
        for (const auto &header : std::as_const(signature)) {
            if (header.first == name)
                return withSignature ? HeaderList{header} : HeaderList{};
        }
        return {};
    };
    const QByteArray ts = n(signedAt);
    const QByteArray length = n(draft.body.size());
    const QByteArray topic = draft.topic.toUtf8();

    if (source == u"shopify"_s) {
        return HeaderList{{"Host", "hooks.acme-outdoor.example"},
                          {"User-Agent", "Shopify-Captain-Hook"},
                          {"Content-Length", length},
                          {"Accept", "*/*"},
                          {"Content-Type", "application/json"},
                          {"X-Shopify-API-Version", "2024-10"},
                          {"X-Shopify-Event-Id", draft.vendorId}}
               + signatureHeader("X-Shopify-Hmac-Sha256")
               + HeaderList{{"X-Shopify-Shop-Domain", "acme-outdoor.myshopify.com"},
                            {"X-Shopify-Topic", topic},
                            {"X-Shopify-Triggered-At", draft.created.toUTC().toString(Qt::ISODateWithMs).toLatin1()},
                            {"X-Shopify-Webhook-Id", draft.messageId}};
    }
    if (source == u"stripe"_s) {
        return HeaderList{{"Host", "hooks.acme-outdoor.example"},
                          {"User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"},
                          {"Content-Length", length},
                          {"Accept", "*/*; q=0.5, application/xml"},
                          {"Cache-Control", "no-cache"},
                          {"Content-Type", "application/json; charset=utf-8"}}
               + signatureHeader("Stripe-Signature");
    }
    if (source == u"slack"_s) {
        return HeaderList{{"Host", "hooks.acme-outdoor.example"},
                          {"User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"},
                          {"Content-Length", length},
                          {"Accept", "*/*"},
                          {"Accept-Encoding", "gzip,deflate"},
                          {"Content-Type", "application/json"},
                          {"X-Slack-Request-Timestamp", ts}}
               + signatureHeader("X-Slack-Signature");
    }
    if (source == u"github"_s) {
        return HeaderList{{"Host", "hooks.acme-outdoor.example"},
                          {"User-Agent", "GitHub-Hookshot/9c1a2f4"},
                          {"Content-Length", length},
                          {"Accept", "*/*"},
                          {"Content-Type", "application/json"},
                          {"X-GitHub-Delivery", draft.messageId},
                          {"X-GitHub-Event", topic},
                          {"X-GitHub-Hook-ID", "482913376"},
                          {"X-GitHub-Hook-Installation-Target-ID", "791234567"},
                          {"X-GitHub-Hook-Installation-Target-Type", "repository"}}
               + signatureHeader("X-Hub-Signature-256");
    }
    if (source == u"chatwoot"_s) {
        return HeaderList{{"Host", "hooks.acme-outdoor.example"},
                          {"User-Agent", "rest-client/2.1.0 (linux x86_64) ruby/3.3.3p89"},
                          {"Content-Length", length},
                          {"Accept", "*/*"},
                          {"Content-Type", "application/json"},
                          {"X-Chatwoot-Delivery", draft.messageId},
                          {"X-Chatwoot-Timestamp", ts}}
               + signatureHeader("X-Chatwoot-Signature");
    }
    return HeaderList{{"Host", "hooks.acme-outdoor.example"},
                      {"User-Agent", "Svix-Webhooks/1.63.1 (sender-A1b2C; +https://www.svix.com/http-sender/)"},
                      {"Content-Length", length},
                      {"Accept", "*/*"},
                      {"Content-Type", "application/json"},
                      {"webhook-id", draft.messageId},
                      {"webhook-timestamp", ts}}
           + signatureHeader("webhook-signature");
}

// ---- Shopify ---------------------------------------------------------------------------------

WebhookSender::Draft WebhookSender::shopify(const QDateTime &sent)
{
    static const QStringList topics{u"orders/create"_s,          u"orders/updated"_s,   u"orders/paid"_s,
                                    u"products/update"_s,        u"customers/create"_s, u"refunds/create"_s,
                                    u"inventory_levels/update"_s};
    Draft d;
    d.topic = topics.at(pick({30, 20, 15, 12, 8, 5, 10}));
    d.created = sent.addMSecs(-number(300, 4000));
    d.vendorId = uuid();
    d.messageId = uuid();
    const Person &person = People[number(0, std::size(People) - 1)];
    const Product &product = Products[number(0, std::size(Products) - 1)];
    const QByteArray at = shopTime(d.created);
    const qint64 orderId = 5637289541787 + number(0, 9'999'999);
    const qint64 customerId = 7208415002779 + number(0, 999'999);
    const qint64 quantity = number(1, 3);
    const QByteArray total = QByteArray::number(double(product.cents * quantity) / 100.0, 'f', 2);

    if (d.topic.startsWith(u"orders/"_s)) {
        const QByteArray financial = d.topic == u"orders/create"_s ? "pending" : "paid";
        const qint64 number_ = 1000 + orderId % 9000;
        d.body = fill(
            R"({"id":{order},"admin_graphql_api_id":"gid://shopify/Order/{order}","app_id":580111,)"
            R"("browser_ip":"203.0.113.{ip}","buyer_accepts_marketing":false,"cancel_reason":null,"cancelled_at":null,)"
            R"("confirmed":true,"contact_email":"{email}","created_at":"{created}","currency":"USD",)"
            R"("current_total_price":"{total}","email":"{email}","financial_status":"{financial}",)"
            R"("fulfillment_status":null,"name":"#{number}","order_number":{number},"processed_at":"{created}",)"
            R"("subtotal_price":"{total}","tags":"","test":false,"total_price":"{total}","total_tax":"0.00",)"
            R"("updated_at":"{updated}","customer":{"id":{customer},"email":"{email}","first_name":"{first}",)"
            R"("last_name":"{last}"},"line_items":[{"id":{line},"product_id":{product},"title":"{title}",)"
            R"("quantity":{quantity},"price":"{price}","sku":"{sku}"}]})",
            {{"order", n(orderId)},
             {"ip", n(number(2, 254))},
             {"email", person.email},
             {"created", shopTime(d.created.addSecs(-number(0, 3600)))},
             {"total", total},
             {"financial", financial},
             {"number", n(number_)},
             {"updated", at},
             {"customer", n(customerId)},
             {"first", person.first},
             {"last", person.last},
             {"line", n(14230984622235 + number(0, 999'999))},
             {"product", n(product.id)},
             {"title", product.title},
             {"quantity", n(quantity)},
             {"price", product.price},
             {"sku", product.sku}});
    } else if (d.topic == u"products/update"_s) {
        d.body = fill(R"({"id":{product},"title":"{title}","status":"active","vendor":"Acme Outdoor",)"
                      R"("product_type":"Gear","updated_at":"{updated}","published_scope":"global",)"
                      R"("admin_graphql_api_id":"gid://shopify/Product/{product}","variants":[{"id":{variant},)"
                      R"("product_id":{product},"price":"{price}","sku":"{sku}","inventory_quantity":{stock}}]})",
                      {{"product", n(product.id)},
                       {"title", product.title},
                       {"updated", at},
                       {"variant", n(product.id + 31'000'000'000)},
                       {"price", product.price},
                       {"sku", product.sku},
                       {"stock", n(number(0, 240))}});
    } else if (d.topic == u"customers/create"_s) {
        d.body = fill(R"({"id":{customer},"email":"{email}","created_at":"{at}","updated_at":"{at}",)"
                      R"("first_name":"{first}","last_name":"{last}","orders_count":0,"state":"disabled",)"
                      R"("total_spent":"0.00","verified_email":true,"currency":"USD",)"
                      R"("admin_graphql_api_id":"gid://shopify/Customer/{customer}"})",
                      {{"customer", n(customerId)},
                       {"email", person.email},
                       {"at", at},
                       {"first", person.first},
                       {"last", person.last}});
    } else if (d.topic == u"refunds/create"_s) {
        d.body = fill(R"({"id":{refund},"order_id":{order},"created_at":"{at}","note":"Damaged in transit",)"
                      R"("restock":true,"refund_line_items":[{"id":{rli},"quantity":1,"line_item_id":{line},)"
                      R"("subtotal":{price}}],"transactions":[{"id":{tx},"amount":"{price}","kind":"refund",)"
                      R"("status":"success","gateway":"shopify_payments"}]})",
                      {{"refund", n(952741298331 + number(0, 999'999))},
                       {"order", n(orderId)},
                       {"at", at},
                       {"rli", n(601938477211 + number(0, 999'999))},
                       {"line", n(14230984622235 + number(0, 999'999))},
                       {"price", product.price},
                       {"tx", n(7320984511131 + number(0, 999'999))}});
    } else {
        const qint64 item = 45120984733851 + number(0, 999'999);
        d.body = fill(R"({"inventory_item_id":{item},"location_id":71094681883,"available":{stock},)"
                      R"("updated_at":"{at}","admin_graphql_api_id":)"
                      R"("gid://shopify/InventoryLevel/71094681883?inventory_item_id={item}"})",
                      {{"item", n(item)}, {"stock", n(number(0, 240))}, {"at", at}});
    }
    return d;
}

// ---- Stripe ----------------------------------------------------------------------------------

WebhookSender::Draft WebhookSender::stripe(const QDateTime &sent)
{
    static const QStringList types{
        u"payment_intent.succeeded"_s,      u"charge.succeeded"_s, u"checkout.session.completed"_s,   u"invoice.paid"_s,
        u"customer.subscription.updated"_s, u"charge.refunded"_s,  u"payment_intent.payment_failed"_s};
    Draft d;
    d.topic = types.at(pick({30, 25, 12, 12, 8, 6, 7}));
    d.created = sent.addMSecs(-number(200, 3000));
    d.vendorId = "evt_3Q" + alphanumeric(22);
    const Product &product = Products[number(0, std::size(Products) - 1)];
    const QByteArray amount = n(product.cents);
    const QByteArray customer = "cus_" + alphanumeric(14);
    const QByteArray intent = "pi_3Q" + alphanumeric(22);
    const QByteArray charge = "ch_3Q" + alphanumeric(22);
    const QByteArray created = n(d.created.toSecsSinceEpoch());
    QByteArray object;
    QByteArray previous;
    if (d.topic.startsWith(u"payment_intent."_s)) {
        const bool failed = d.topic.endsWith(u"failed"_s);
        object = fill(R"({"id":"{intent}","object":"payment_intent","amount":{amount},"amount_received":{received},)"
                      R"("capture_method":"automatic","created":{created},"currency":"usd","customer":"{customer}",)"
                      R"("last_payment_error":{error},"latest_charge":"{charge}","livemode":false,)"
                      R"("metadata":{"order_id":"{order}"},"payment_method_types":["card"],"status":"{status}"})",
                      {{"intent", intent},
                       {"amount", amount},
                       {"received", failed ? "0" : amount},
                       {"created", created},
                       {"customer", customer},
                       {"error", failed ? R"({"code":"card_declined","decline_code":"insufficient_funds",)"
                                          R"("message":"Your card has insufficient funds.","type":"card_error"})"
                                        : "null"},
                       {"charge", charge},
                       {"order", n(1000 + number(0, 8999))},
                       {"status", failed ? "requires_payment_method" : "succeeded"}});
    } else if (d.topic.startsWith(u"charge."_s)) {
        const bool refunded = d.topic.endsWith(u"refunded"_s);
        object = fill(R"({"id":"{charge}","object":"charge","amount":{amount},"amount_captured":{amount},)"
                      R"("amount_refunded":{refunded},"captured":true,"created":{created},"currency":"usd",)"
                      R"("customer":"{customer}","livemode":false,"paid":true,"payment_intent":"{intent}",)"
                      R"("payment_method_details":{"card":{"brand":"visa","last4":"4242"},"type":"card"},)"
                      R"("refunded":{isRefunded},"status":"succeeded"})",
                      {{"charge", charge},
                       {"amount", amount},
                       {"refunded", refunded ? amount : "0"},
                       {"created", created},
                       {"customer", customer},
                       {"intent", intent},
                       {"isRefunded", refunded ? "true" : "false"}});
    } else if (d.topic == u"checkout.session.completed"_s) {
        object = fill(R"({"id":"cs_test_{id}","object":"checkout.session","amount_subtotal":{amount},)"
                      R"("amount_total":{amount},"created":{created},"currency":"usd","customer":"{customer}",)"
                      R"("livemode":false,"mode":"payment","payment_intent":"{intent}","payment_status":"paid",)"
                      R"("status":"complete"})",
                      {{"id", alphanumeric(58)},
                       {"amount", amount},
                       {"created", created},
                       {"customer", customer},
                       {"intent", intent}});
    } else if (d.topic == u"invoice.paid"_s) {
        object =
            fill(R"({"id":"in_1Q{id}","object":"invoice","amount_due":4900,"amount_paid":4900,)"
                 R"("amount_remaining":0,"billing_reason":"subscription_cycle","created":{created},)"
                 R"("currency":"usd","customer":"{customer}","livemode":false,"paid":true,"status":"paid",)"
                 R"("subscription":"sub_1Q{sub}"})",
                 {{"id", alphanumeric(22)}, {"created", created}, {"customer", customer}, {"sub", alphanumeric(22)}});
    } else {
        const qint64 periodEnd = d.created.toSecsSinceEpoch() + 30 * 86400;
        object = fill(R"({"id":"sub_1Q{sub}","object":"subscription","cancel_at_period_end":false,)"
                      R"("created":{created},"current_period_end":{end},"customer":"{customer}",)"
                      R"("items":{"object":"list","data":[{"id":"si_{item}","object":"subscription_item",)"
                      R"("price":{"id":"price_1Q{price}","object":"price","currency":"usd","unit_amount":4900,)"
                      R"("recurring":{"interval":"month","interval_count":1}},"quantity":1}]},)"
                      R"("livemode":false,"status":"active"})",
                      {{"sub", alphanumeric(22)},
                       {"created", created},
                       {"end", n(periodEnd)},
                       {"customer", customer},
                       {"item", alphanumeric(14)},
                       {"price", alphanumeric(22)}});
        previous = R"(,"previous_attributes":{"cancel_at_period_end":true})";
    }
    const bool fromRequest = !d.topic.startsWith(u"invoice."_s) && !d.topic.startsWith(u"customer."_s);
    d.body = stripeJson(fill(
        R"({"id":"{event}","object":"event","api_version":"2024-06-20","created":{created},)"
        R"("data":{"object":{object}{previous}},"livemode":false,"pending_webhooks":1,)"
        R"("request":{request},"type":"{type}"})",
        {{"event", d.vendorId},
         {"created", created},
         {"object", object},
         {"previous", previous},
         {"request", fromRequest ? R"({"id":"req_)" + alphanumeric(14) + R"(","idempotency_key":")" + uuid() + "\"}"
                                 : QByteArray(R"({"id":null,"idempotency_key":null})")},
         {"type", d.topic.toUtf8()}}));
    return d;
}

// ---- Slack Events API ------------------------------------------------------------------------

WebhookSender::Draft WebhookSender::slack(const QDateTime &sent)
{
    static const QStringList types{u"message"_s, u"app_mention"_s, u"reaction_added"_s, u"member_joined_channel"_s};
    static const char *const texts[] = {"deploy finished for storefront v2026.12.1",
                                        "checkout error rate back to normal", "who is on call tonight?"};
    Draft d;
    d.topic = types.at(pick({55, 20, 15, 10}));
    d.created = sent.addMSecs(-number(100, 1500));
    d.vendorId = "Ev0" + alphanumeric(9).toUpper();
    const QByteArray ts =
        n(d.created.toSecsSinceEpoch()) + '.' + QByteArray::number(number(100, 999)).rightJustified(6, '0');
    const QByteArray user = "U0" + alphanumeric(9).toUpper();
    QByteArray event;
    if (d.topic == u"reaction_added"_s) {
        event =
            fill(R"({"type":"reaction_added","user":"{user}","reaction":"white_check_mark","item_user":)"
                 R"("U05GWATCH01","item":{"type":"message","channel":"C05ALERTS01","ts":"{ts}"},"event_ts":"{ts}"})",
                 {{"user", user}, {"ts", ts}});
    } else if (d.topic == u"member_joined_channel"_s) {
        event = fill(R"({"type":"member_joined_channel","user":"{user}","channel":"C05ALERTS01",)"
                     R"("channel_type":"C","team":"T02AB3CD4EF","event_ts":"{ts}"})",
                     {{"user", user}, {"ts", ts}});
    } else {
        event = fill(R"({"type":"{type}","user":"{user}","text":"{text}","ts":"{ts}","channel":"C05ALERTS01",)"
                     R"("channel_type":"channel","event_ts":"{ts}"})",
                     {{"type", d.topic.toUtf8()},
                      {"user", user},
                      {"text", d.topic == u"app_mention"_s ? "<@U05GWATCH01> status?" : texts[number(0, 2)]},
                      {"ts", ts}});
    }
    d.body = fill(R"({"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","team_id":"T02AB3CD4EF","context_team_id":"T02AB3CD4EF",)"
                  R"("api_app_id":"A05GWATCH03","event":{event},"type":"event_callback","event_id":"{id}",)"
                  R"("event_time":{time},"authorizations":[{"enterprise_id":null,"team_id":"T02AB3CD4EF",)"
                  R"("user_id":"U05GWATCH01","is_bot":true,"is_enterprise_install":false}],)"
                  R"("is_ext_shared_channel":false,"event_context":"4-{context}"})",
                  {{"event", event},
                   {"id", d.vendorId},
                   {"time", n(d.created.toSecsSinceEpoch())},
                   {"context", alphanumeric(40)}});
    return d;
}

// ---- GitHub ----------------------------------------------------------------------------------

WebhookSender::Draft WebhookSender::github(const QDateTime &sent)
{
    static const QStringList events{u"push"_s, u"pull_request"_s, u"workflow_run"_s, u"issues"_s, u"check_suite"_s};
    static const char *const logins[] = {"dana-w", "jberg", "priya-raman", "lortega"};
    Draft d;
    d.topic = events.at(pick({45, 25, 15, 10, 5}));
    d.created = sent.addMSecs(-number(200, 2500));
    d.messageId = uuid();
    d.vendorId = d.messageId;
    const QByteArray login = logins[number(0, 3)];
    const QByteArray repository =
        R"({"id":791234567,"node_id":"R_kgDOLyYd9w","name":"storefront","full_name":"acme-outdoor/storefront",)"
        R"("private":true,"owner":{"login":"acme-outdoor","id":98123456,"type":"Organization"},)"
        R"("html_url":"https://github.com/acme-outdoor/storefront","default_branch":"main"})";
    const QByteArray sender = fill(R"({"login":"{login}","id":{id},"type":"User"})",
                                   {{"login", login}, {"id", n(40'000'000 + number(0, 9'999'999))}});
    const QByteArray at = d.created.toUTC().toString(Qt::ISODate).toLatin1();
    const qint64 pr = 400 + number(0, 99);
    if (d.topic == u"push"_s) {
        const QByteArray after = hex(40);
        d.body =
            fill(R"({"ref":"refs/heads/main","before":"{before}","after":"{after}","created":false,)"
                 R"("deleted":false,"forced":false,"compare":"https://github.com/acme-outdoor/storefront/)"
                 R"(compare/{short}...{afterShort}","commits":[{"id":"{after}","message":"Merge pull request )"
                 R"(#{pr} from acme-outdoor/fix-checkout-timeout","timestamp":"{at}","author":{"name":"{login}",)"
                 R"("username":"{login}"}}],"repository":{repository},"pusher":{"name":"{login}"},"sender":{sender}})",
                 {{"before", hex(40)},
                  {"after", after},
                  {"short", hex(12)},
                  {"afterShort", after.left(12)},
                  {"pr", n(pr)},
                  {"at", at},
                  {"login", login},
                  {"repository", repository},
                  {"sender", sender}});
    } else if (d.topic == u"pull_request"_s) {
        static const char *const actions[] = {"opened", "synchronize", "closed", "review_requested"};
        d.body = fill(R"({"action":"{action}","number":{pr},"pull_request":{"id":{id},"number":{pr},"state":"open",)"
                      R"("title":"Retry Stripe payment intents with idempotency keys","user":{"login":"{login}"},)"
                      R"("created_at":"{at}","updated_at":"{at}","head":{"ref":"retry-payment-intents","sha":"{sha}"},)"
                      R"("base":{"ref":"main"},"draft":false,"merged":false},"repository":{repository},)"
                      R"("sender":{sender}})",
                      {{"action", actions[number(0, 3)]},
                       {"pr", n(pr)},
                       {"id", n(2'100'000'000 + number(0, 99'999'999))},
                       {"login", login},
                       {"at", at},
                       {"sha", hex(40)},
                       {"repository", repository},
                       {"sender", sender}});
    } else if (d.topic == u"workflow_run"_s) {
        const bool success = pick({4, 1}) == 0;
        d.body = fill(R"({"action":"completed","workflow_run":{"id":{id},"name":"CI","head_branch":"main",)"
                      R"("head_sha":"{sha}","run_number":{run},"event":"push","status":"completed",)"
                      R"("conclusion":"{conclusion}","created_at":"{at}","updated_at":"{at}",)"
                      R"("html_url":"https://github.com/acme-outdoor/storefront/actions/runs/{id}"},)"
                      R"("repository":{repository},"sender":{sender}})",
                      {{"id", n(12'000'000'000 + number(0, 999'999'999))},
                       {"sha", hex(40)},
                       {"run", n(5000 + number(0, 999))},
                       {"conclusion", success ? "success" : "failure"},
                       {"at", at},
                       {"repository", repository},
                       {"sender", sender}});
    } else if (d.topic == u"issues"_s) {
        d.body = fill(R"({"action":"opened","issue":{"id":{id},"number":{number},"title":"Order confirmation )"
                      R"(emails delayed","state":"open","user":{"login":"{login}"},"labels":[{"name":"bug"}],)"
                      R"("created_at":"{at}"},"repository":{repository},"sender":{sender}})",
                      {{"id", n(2'600'000'000 + number(0, 99'999'999))},
                       {"number", n(pr + 7)},
                       {"login", login},
                       {"at", at},
                       {"repository", repository},
                       {"sender", sender}});
    } else {
        d.body = fill(R"({"action":"completed","check_suite":{"id":{id},"head_branch":"main","head_sha":"{sha}",)"
                      R"("status":"completed","conclusion":"success","app":{"slug":"github-actions"}},)"
                      R"("repository":{repository},"sender":{sender}})",
                      {{"id", n(27'000'000'000 + number(0, 999'999'999))},
                       {"sha", hex(40)},
                       {"repository", repository},
                       {"sender", sender}});
    }
    return d;
}

// ---- Chatwoot --------------------------------------------------------------------------------

WebhookSender::Draft WebhookSender::chatwoot(const QDateTime &sent)
{
    static const QStringList events{u"message_created"_s, u"conversation_created"_s, u"conversation_status_changed"_s,
                                    u"contact_created"_s, u"conversation_updated"_s};
    static const char *const messages[] = {"Hi, my order #1043 has not shipped yet.",
                                           "Can I change the size of the rain shell I ordered?",
                                           "Thanks, that solved it!", "Where is my refund?"};
    Draft d;
    d.topic = events.at(pick({50, 20, 15, 10, 5}));
    d.created = sent.addMSecs(-number(50, 800));
    d.messageId = uuid();
    d.vendorId = d.messageId;
    const Person &person = People[number(0, std::size(People) - 1)];
    const QByteArray at = d.created.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray conversation = n(18000 + number(0, 999));
    const QByteArray contact = n(5200 + number(0, 999));
    const QByteArray name = QByteArray(person.first) + ' ' + person.last;
    const QByteArray account = R"({"id":3,"name":"Acme Outdoor Supply"})";
    if (d.topic == u"message_created"_s) {
        d.body =
            fill(R"({"event":"message_created","id":{id},"content":"{content}","content_type":"text",)"
                 R"("message_type":"incoming","private":false,"created_at":"{at}","source_id":null,)"
                 R"("sender":{"id":{contact},"name":"{name}","email":"{email}","type":"contact"},)"
                 R"("conversation":{"id":{conversation},"inbox_id":2,"status":"open","channel":"Channel::WebWidget"},)"
                 R"("inbox":{"id":2,"name":"Website"},"account":{account}})",
                 {{"id", n(900000 + number(0, 99999))},
                  {"content", messages[number(0, 3)]},
                  {"at", at},
                  {"contact", contact},
                  {"name", name},
                  {"email", person.email},
                  {"conversation", conversation},
                  {"account", account}});
    } else if (d.topic == u"contact_created"_s) {
        d.body = fill(R"({"event":"contact_created","id":{contact},"name":"{name}","email":"{email}",)"
                      R"("phone_number":null,"identifier":null,"additional_attributes":{},"account":{account}})",
                      {{"contact", contact}, {"name", name}, {"email", person.email}, {"account", account}});
    } else {
        const QByteArray status = d.topic == u"conversation_status_changed"_s ? "resolved" : "open";
        d.body = fill(R"({"event":"{event}","id":{conversation},"inbox_id":2,"status":"{status}",)"
                      R"("channel":"Channel::WebWidget","created_at":{created},"timestamp":{created},)"
                      R"("meta":{"sender":{"id":{contact},"name":"{name}","email":"{email}","type":"contact"},)"
                      R"("assignee":null},"messages":[],"account":{account}})",
                      {{"event", d.topic.toUtf8()},
                       {"conversation", conversation},
                       {"status", status},
                       {"created", n(d.created.toSecsSinceEpoch())},
                       {"contact", contact},
                       {"name", name},
                       {"email", person.email},
                       {"account", account}});
    }
    return d;
}

// ---- A Standard Webhooks sender (a billing platform sending through Svix) ---------------------

WebhookSender::Draft WebhookSender::standard(const QDateTime &sent)
{
    static const QStringList types{u"invoice.paid"_s, u"invoice.payment_failed"_s, u"subscription.renewed"_s,
                                   u"user.created"_s, u"payout.settled"_s};
    Draft d;
    d.topic = types.at(pick({30, 10, 25, 20, 15}));
    d.created = sent.addMSecs(-number(100, 2000));
    d.messageId = "msg_" + ksuid();
    d.vendorId = d.messageId;
    const Person &person = People[number(0, std::size(People) - 1)];
    QByteArray data;
    if (d.topic.startsWith(u"invoice."_s)) {
        data = fill(R"({"invoice_id":"inv_{id}","customer_email":"{email}","amount":4900,"currency":"USD",)"
                    R"("status":"{status}"})",
                    {{"id", alphanumeric(16)},
                     {"email", person.email},
                     {"status", d.topic.endsWith(u"failed"_s) ? "payment_failed" : "paid"}});
    } else if (d.topic == u"subscription.renewed"_s) {
        data = fill(R"({"subscription_id":"sub_{id}","plan":"pro-monthly","period_end":"{end}"})",
                    {{"id", alphanumeric(16)}, {"end", isoMs(d.created.addDays(30))}});
    } else if (d.topic == u"user.created"_s) {
        data =
            fill(R"({"user_id":"usr_{id}","email":"{email}","name":"{first} {last}"})",
                 {{"id", alphanumeric(16)}, {"email", person.email}, {"first", person.first}, {"last", person.last}});
    } else {
        data = fill(R"({"payout_id":"po_{id}","amount":{amount},"currency":"USD","arrival_date":"{date}"})",
                    {{"id", alphanumeric(16)},
                     {"amount", n(number(50'000, 900'000))},
                     {"date", d.created.toUTC().date().addDays(2).toString(Qt::ISODate).toLatin1()}});
    }
    d.body = fill(R"({"type":"{type}","timestamp":"{at}","data":{data}})",
                  {{"type", d.topic.toUtf8()}, {"at", isoMs(d.created)}, {"data", data}});
    return d;
}

} // namespace gw::sim
