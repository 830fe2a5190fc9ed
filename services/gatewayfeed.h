#pragma once

#include "catalog.h"
#include "gatewayevent.h"
#include "historystore.h"
#include "redaction.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace gw {

// A page that cannot be used. `newerVersion` is set when the page is of a version this Gatewatch
// does not know: the feed stops rather than guess.
struct EventPageError
{
    QString message;
    qsizetype position = -1; // byte offset into the body, -1 when not positional
    int newerVersion = 0;

    bool operator==(const EventPageError &) const = default;
};

// The gateway event feed's wire format (contract v1), read and written.
//
// A page that is not JSON, not a page, or of a version this Gatewatch does not know is an error.
// Otherwise every event that can be read is kept: an event that cannot be read is left out and
// said in EventPage::problems ("event 3 (id call_1): field 'time' is not an RFC 3339 time: …"),
// an event of an unknown type is counted in EventPage::unknownTypes, unknown fields are ignored.
// Text quoted in messages is redacted with `redactor` before it is shortened.
Result<EventPage, EventPageError> parseEventPage(QByteArrayView body, const Redactor &redactor = Redactor());
// One event object; the error names the field. Unknown types are an error here.
Result<GatewayEvent> parseEvent(const QJsonObject &object, const Redactor &redactor = Redactor());
// The event in the wire format, as the history keeps it.
QJsonObject eventToJson(const GatewayEvent &event);
// RFC 3339 (any offset, any number of fraction digits) to ms since the epoch.
std::optional<qint64> parseRfc3339(QStringView text);
// "2026-12-01T09:14:03.512Z"
QString formatRfc3339(qint64 ms);

// How one source's webhook signatures are checked: the scheme by name and the secrets, resolved,
// the current one first.
struct WebhookCheck
{
    QString scheme;
    QList<QByteArray> secrets;

    bool operator==(const WebhookCheck &) const = default;
};

struct EventFeedOptions
{
    QString name = QStringLiteral("gateway");     // the feed's name in the history
    QUrl url;                                     // events_url; its own query items are kept
    QList<QPair<QByteArray, QByteArray>> headers; // references resolved
    std::chrono::milliseconds interval{15'000};
    std::chrono::milliseconds timeout{10'000};
    QList<QSslCertificate> extraCaCertificates;
    QHash<QString, GatewayRoute> routes; // integration id -> service/route
    // Redacted from events and messages. Header values are kept out of messages always, out of
    // events when the header is a credential (Authorization, …).
    QStringList secrets;
    // By delivery source ("shopify", …): deliveries of these sources get Gatewatch's own verdict.
    QHash<QString, WebhookCheck> webhooks;
    int pageSize = 500;
    qint64 maxBodyBytes = 16LL * 1024 * 1024;
    std::chrono::milliseconds retryMin{1'000}; // backoff after a failure, doubling up to retryMax
    std::chrono::milliseconds retryMax{300'000};
};

// Follows a gateway's event feed into the history: asks the store for the cursor it committed
// last, fetches `GET url?after=<cursor>&limit=<pageSize>`, redacts each page and hands it to the
// store, which commits its events, its next cursor and its gap in one transaction. The next page
// is fetched only once the store said the last one is on disk, so a restart at any moment neither
// skips nor repeats events (a page fetched again is upserted by event id), and nothing waits in
// memory but one page. Webhook deliveries are read before anything is redacted from them: the
// vendor's send time, and for a source in `webhooks` the signature verdict as of the delivery's
// receipt (whether it repeats an earlier one, the store decides). has_more is followed at once (through the event
// loop), else the next poll is `interval` later. Failures (network, timeout, body too large, HTTP 401/403/429/5xx, a
// page that cannot be read) are said through problem() and retried with backoff; a 429's Retry-After is honoured. A
// cursor the gateway calls malformed (400 bad_cursor: another gateway behind the URL) is dropped: reading starts again
// from the oldest event and a gap is recorded. While the history cannot be written the feed pauses. A page of a newer
// version stops the feed; its cursor is kept. No message carries a header value or configured secret. GUI thread.
class GatewayEventFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayEventFeed)

public:
    enum class State {
        Stopped,
        Starting, // reading the stored cursor
        Fetching,
        Storing,  // waiting for the store to commit a page
        Waiting,  // until the next poll
        Retrying, // after a failure
        Paused,   // the history cannot be written
        Halted,   // the gateway speaks a newer version; start() tries again
    };
    Q_ENUM(State)

    GatewayEventFeed(QNetworkAccessManager *network, EventFeedOptions options, HistoryStore *store,
                     QObject *parent = nullptr);
    ~GatewayEventFeed() override;

    void start();
    // Ends a request in flight; what was fetched but not committed is fetched again next time.
    void stop();

    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    QString cursor() const { return m_cursor; } // the last committed one
    int unknownEventsSkipped() const { return m_unknownSkipped; }
    const EventFeedOptions &options() const { return m_options; }

Q_SIGNALS:
    // A page's events are in the history.
    void eventsArrived(int count);
    // The same page's events themselves, just before eventsArrived(): as handed to the store
    // (redacted, with Gatewatch's signature verdict; which ones repeat earlier deliveries, the
    // store decides as it writes them and is not said here).
    void eventsRecorded(const QList<gw::GatewayEvent> &events);
    // The gateway skipped events it no longer had; recorded in the history as well.
    void gapReported(const gw::EventGap &gap);
    void stateChanged(gw::GatewayEventFeed::State state, const QString &message);
    // Something went wrong (a failed request, an event that could not be read), in words.
    void problem(const QString &message);

private:
    void setState(State state, const QString &message = {});
    void reportProblem(const QString &message);
    void readCursor();
    void fetch();
    void fail(const QString &message, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    void handleReadyRead();
    void handleMetaData();
    void handleFinished();
    void handleDeadline();
    void handlePage(const EventPage &page);
    void verifyDelivery(WebhookDelivery *delivery) const;
    void handleCommitted(const QString &feed, int count, const QString &cursor);
    void handleStoreStatus(gw::HistoryStore::Status status, const QString &message);
    bool storeBlocked(QString *why) const;
    void abortReply(const QString &why);
    void dropReply();
    QUrl pageUrl() const;

    QNetworkAccessManager *m_network;
    EventFeedOptions m_options;
    QPointer<HistoryStore> m_store;
    Redactor m_redactor;        // for events
    Redactor m_messageRedactor; // for messages: every header value as well
    QString m_displayUrl;       // redacted
    QString m_storeMessage;

    State m_state = State::Stopped;
    QString m_stateMessage;
    QString m_cursor;
    bool m_cursorKnown = false;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_abortReason;
    QList<QSslError> m_sslErrors;
    QTimer m_deadline;
    QTimer m_next;
    int m_failures = 0;
    int m_unknownSkipped = 0;
    quint64 m_generation = 0; // bumped by stop(): stale answers of the store are ignored

    // The page handed to the store, until it is committed.
    struct Pending
    {
        QString from;
        QString to;
        bool hasMore = false;
        std::optional<EventGap> gap;
        QList<GatewayEvent> events;
    };
    std::optional<Pending> m_pending;
};

} // namespace gw
