#pragma once

#include "condition.h"
#include "quotamapping.h"
#include "redaction.h"
#include "sample.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
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

// Everything one HTTP attempt needs, with references already resolved.
struct ProbeRequest
{
    QString integrationId;
    QString checkId;
    QUrl url;
    QByteArray method = "GET";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds timeout{10'000};
    qint64 maxBodyBytes = 1024 * 1024;
    QList<Condition> conditions;
    QList<Condition> degraded;
    QList<QSslCertificate> extraCaCertificates;
    QuotaMode quotaMode = QuotaMode::Auto;
    QuotaMapping quotaMapping;
    QHash<QString, double> quotaLimits;
    // Failed attempts always keep their evidence; successful ones only when asked.
    bool keepSuccessEvidence = true;
    // For the probe's log lines. Samples leave the probe as they are: the Monitor redacts them.
    Redactor redactor;
};

// One HTTP(S) attempt: a hard wall-clock deadline over DNS, connect, TLS and transfer, a body
// limit enforced while reading, TLS expiry from the peer chain, and a verdict with one failure
// class. Every failed attempt (and a successful one when asked) carries its evidence: the request
// as sent, the response's status, headers and first 64 KiB of body, and the phases' timings.
// Single use: start() once, finished() once, then it may be deleted. GUI thread.
class HttpProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpProbe)

public:
    HttpProbe(QNetworkAccessManager *network, ProbeRequest request, QObject *parent = nullptr);
    ~HttpProbe() override;

    // `queueMs` is how long the attempt waited for a connection slot before this call.
    void start(const QDateTime &startedAt, double queueMs);
    // Ends the attempt without a verdict (finished() is not emitted), e.g. after a suspend.
    void cancel();
    // The response body as read (up to the request's limit); complete once finished() is emitted.
    const QByteArray &body() const { return m_body; }

    // Judges a response that was received in full (pure; used by start() and by tests).
    static Sample judge(const ProbeRequest &request, const ResponseFacts &response,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void finished(const gw::Sample &sample);

private:
    void handleReadyRead();
    void handleMetaData();
    void handleSslErrors(const QList<QSslError> &errors);
    void handleFinished();
    void handleDeadline();
    void finish(Sample sample);
    void abortWith(FailureClass failureClass, const QString &reason);
    CallRecord evidence(const Sample &sample, const QNetworkReply *reply) const;
    double elapsedMs() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1e6; }

    QNetworkAccessManager *m_network;
    ProbeRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    double m_queueMs = 0;
    QByteArray m_body;
    HeaderPairs m_sentHeaders;
    // When Qt reported the attempt's phases, in ms on m_clock; absent when it did not.
    std::optional<double> m_connectingMs; // a new connection started connecting (after DNS)
    std::optional<double> m_requestSentMs;
    std::optional<double> m_headersMs;
    QList<QSslError> m_sslErrors;
    std::optional<TlsInfo> m_tls;
    std::optional<Sample> m_abortVerdict;
    bool m_done = false;
};

} // namespace gw
