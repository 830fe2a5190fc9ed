#pragma once

#include "httpexchange.h"
#include "simulator.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <deque>
#include <random>

namespace gw::sim {

// One webhook as the gateway received it, and what is wrong with it on purpose.
struct InboundWebhook
{
    enum class Flaw {
        None,
        BadSignature,     // signed with a wrong key, or the body changed after signing
        Stale,            // correctly signed, but with a timestamp minutes old
        PreviousSecret,   // signed with the rotated-out secret only
        Duplicate,        // an earlier delivery sent again (same vendor id), correctly signed
        MissingSignature, // the signature header is left out
    };

    QString source;      // "shopify", "stripe", "slack", "github", "chatwoot", "standard"
    QString topic;       // the vendor's event type
    QByteArray vendorId; // what the vendor dedupes by: Shopify event id, Stripe evt_, GitHub delivery, …
    HeaderList headers;  // wire order
    QByteArray body;
    Flaw flaw = Flaw::None;
};

// Makes the webhooks Shopify, Stripe, Slack, GitHub, Chatwoot and a Standard Webhooks sender
// send, with realistic topics and bodies, signed with the configured secrets, a seeded share of
// them broken in one of the Flaw ways. Pure apart from its own seeded RNG.
class WebhookSender
{
public:
    WebhookSender(quint32 seed, QMap<QString, WebhookSecret> secrets);

    static QStringList sources();
    static QMap<QString, WebhookSecret> defaultSecrets();

    // The next delivery, sent at `sent`.
    InboundWebhook next(const QDateTime &sent);

private:
    struct Draft
    {
        QString topic;
        QByteArray vendorId;
        QByteArray messageId; // the id sent beside the signature (webhook id, delivery id)
        QByteArray body;
        QDateTime created; // when the vendor made the event
    };

    Draft draft(const QString &source, const QDateTime &sent);
    Draft shopify(const QDateTime &sent);
    Draft stripe(const QDateTime &sent);
    Draft slack(const QDateTime &sent);
    Draft github(const QDateTime &sent);
    Draft chatwoot(const QDateTime &sent);
    Draft standard(const QDateTime &sent);
    HeaderList headers(const QString &source, const Draft &draft, qint64 signedAt, const QList<QByteArray> &secrets,
                       bool withSignature);

    int pick(const QList<double> &weights);
    qint64 number(qint64 low, qint64 high);
    QByteArray uuid();
    QByteArray alphanumeric(int length);
    QByteArray hex(int length);
    QByteArray ksuid();

    std::mt19937 m_rng;
    QMap<QString, WebhookSecret> m_secrets;
    QMap<QString, std::deque<Draft>> m_recent; // delivered ones, to send again
};

} // namespace gw::sim
