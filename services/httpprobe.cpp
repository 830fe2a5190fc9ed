#include "httpprobe.h"

#include "healthformat.h"
#include "quotaparser.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslConfiguration>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProbe, "gatewatch.probe")

namespace gw {

namespace {

QString describeCertificate(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (names.isEmpty())
        names = certificate.subjectAlternativeNames().values();
    const QString name = names.isEmpty() ? HttpProbe::tr("unnamed certificate") : names.join(u", ");
    return HttpProbe::tr("'%1' (issued by '%2', valid until %3)")
        .arg(name, certificate.issuerInfo(QSslCertificate::CommonName).join(u", "),
             certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

std::optional<TlsInfo> earliestExpiry(const QList<QSslCertificate> &chain)
{
    std::optional<TlsInfo> result;
    for (const QSslCertificate &certificate : chain) {
        if (certificate.isNull())
            continue;
        const QDateTime expiry = certificate.expiryDate().toUTC();
        if (!result || expiry < result->expiresAt)
            result = TlsInfo{expiry, certificate.subjectInfo(QSslCertificate::CommonName).join(u", ")};
    }
    return result;
}

// A malformed rate-limit field repeats on every response; one line per check and problem is enough.
void logOnce(const QString &line)
{
    static QMutex mutex;
    static QSet<QString> logged;
    const QMutexLocker lock(&mutex);
    if (logged.size() < 10'000 && !logged.contains(line)) {
        logged.insert(line);
        qCInfo(lcProbe).noquote() << line; // redacted by the caller
    }
}

bool mentionsStatus(const Condition &condition)
{
    return condition.text().contains(u"[STATUS]");
}

// Qt's own default, sent explicitly so that the evidence can say what went out.
constexpr QByteArrayView defaultUserAgent = "Mozilla/5.0";

// The Host header as HTTP/1.1 sends it: the port only when it is not the scheme's default.
QString hostHeader(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (const int port = url.port(defaultPort); port != defaultPort)
        host += u':' + QString::number(port);
    return host;
}

HeaderPairs headerPairs(const QList<QNetworkReply::RawHeaderPair> &raw)
{
    HeaderPairs pairs;
    pairs.reserve(raw.size());
    for (const auto &[name, value] : raw)
        pairs.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    return pairs;
}

} // namespace

HttpProbe::HttpProbe(QNetworkAccessManager *network, ProbeRequest request, QObject *parent)
    : QObject(parent), m_network(network), m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &HttpProbe::handleDeadline);
}

HttpProbe::~HttpProbe()
{
    cancel();
}

void HttpProbe::start(const QDateTime &startedAt, double queueMs)
{
    m_startedAt = startedAt;
    m_queueMs = queueMs;
    m_clock.start();

    QNetworkRequest request(m_request.url);
    // What the evidence says was sent: Host, the configured headers, User-Agent and the body's
    // length, in HTTP/1.1's spelling (HTTP/2 sends the same as :authority and lower-case names).
    // Connection, Accept-Encoding and Accept-Language, which Qt adds as well, are left out: they
    // depend on the protocol negotiated, Qt's build and the system's locale.
    m_sentHeaders.append({u"Host"_s, hostHeader(m_request.url)});
    bool hasUserAgent = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        request.setRawHeader(name, value);
        m_sentHeaders.append({QString::fromLatin1(name), QString::fromUtf8(value)});
        hasUserAgent = hasUserAgent || name.compare("User-Agent", Qt::CaseInsensitive) == 0;
    }
    if (!hasUserAgent) {
        request.setRawHeader("User-Agent", defaultUserAgent.toByteArray());
        m_sentHeaders.append({u"User-Agent"_s, QString::fromLatin1(defaultUserAgent)});
    }
    if (!m_request.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_request.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    // The deadline is ours and covers everything; Qt's own transfer timeout would only cover gaps.
    request.setTransferTimeout(0);

    const bool sendsBody = !m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT"
                           || m_request.method == "PATCH";
    m_reply = sendsBody ? m_network->sendCustomRequest(request, m_request.method, m_request.body)
                        : m_network->sendCustomRequest(request, m_request.method);
    if (sendsBody)
        m_sentHeaders.append({u"Content-Length"_s, QString::number(m_request.body.size())});
    // Qt buffers without limit by default; one byte over the limit is all we need to see.
    m_reply->setReadBufferSize(m_request.maxBodyBytes + 1);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::handleReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpProbe::handleMetaData);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpProbe::handleSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::handleFinished);
    // A reused keep-alive connection does not start connecting: its evidence has no connect phase.
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (!m_connectingMs)
            m_connectingMs = elapsedMs();
    });
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_requestSentMs)
            m_requestSentMs = elapsedMs();
    });
    m_deadline.start(m_request.timeout);
}

void HttpProbe::cancel()
{
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpProbe::handleReadyRead()
{
    if (!m_reply || m_done)
        return;
    const qint64 room = m_request.maxBodyBytes - m_body.size();
    const qint64 available = m_reply->bytesAvailable();
    if (available > room) {
        abortWith(FailureClass::BodyTooLarge,
                  tr("response body larger than %1 bytes").arg(QLocale().toString(m_request.maxBodyBytes)));
        return;
    }
    m_body.append(m_reply->read(available));
}

void HttpProbe::handleMetaData()
{
    if (!m_reply || m_done)
        return;
    if (!m_headersMs)
        m_headersMs = elapsedMs();
    // Read here rather than on encrypted(): a reused keep-alive connection is not encrypted again.
    if (!m_tls && m_request.url.scheme() == u"https")
        m_tls = earliestExpiry(m_reply->sslConfiguration().peerCertificateChain());
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_request.maxBodyBytes) {
        abortWith(FailureClass::BodyTooLarge,
                  tr("response body of %1 bytes exceeds the limit of %2 bytes")
                      .arg(QLocale().toString(length.toLongLong()), QLocale().toString(m_request.maxBodyBytes)));
    }
}

void HttpProbe::handleSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails and the errors become the failure reason.
    m_sslErrors = errors;
    QList<QSslCertificate> chain;
    for (const QSslError &error : errors)
        chain.append(error.certificate());
    if (!m_tls)
        m_tls = earliestExpiry(chain);
}

void HttpProbe::handleDeadline()
{
    if (m_done || !m_reply)
        return;
    const bool headersSeen = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    const QString limit = QLocale().toString(m_request.timeout.count() / 1000.0, 'g', 3);
    abortWith(FailureClass::Timeout, headersSeen ? tr("response not complete within %1 s (%2 bytes of body received)")
                                                       .arg(limit, QLocale().toString(m_body.size()))
                                                 : tr("no response within %1 s").arg(limit));
}

void HttpProbe::abortWith(FailureClass failureClass, const QString &reason)
{
    Sample sample;
    sample.verdict = HealthStatus::Down;
    sample.failureClass = failureClass;
    sample.reason = reason;
    if (m_reply)
        sample.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_abortVerdict = sample;
    if (m_reply)
        m_reply->abort(); // emits finished(), which reports the verdict above
}

void HttpProbe::handleFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_deadline.stop();

    Sample sample;
    if (m_abortVerdict) {
        sample = *m_abortVerdict;
    } else {
        if (reply->bytesAvailable() > 0)
            handleReadyRead();
        if (m_abortVerdict) {
            sample = *m_abortVerdict;
        } else {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid() && reply->error() != QNetworkReply::RemoteHostClosedError) {
                ResponseFacts facts;
                facts.status = status.toInt();
                facts.responseTimeMs = elapsedMs();
                facts.headers = reply->rawHeaderPairs();
                facts.body = m_body;
                if (m_tls)
                    facts.certificateSecondsLeft = QDateTime::currentDateTimeUtc().secsTo(m_tls->expiresAt);
                sample = judge(m_request, facts);
                const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                if (sample.failureClass == FailureClass::HttpStatus && sample.failedConditions.isEmpty()
                    && !phrase.isEmpty())
                    sample.reason = tr("HTTP %1 %2").arg(facts.status).arg(phrase);
            } else {
                sample.verdict = HealthStatus::Down;
                switch (reply->error()) {
                case QNetworkReply::HostNotFoundError:
                    sample.failureClass = FailureClass::Dns;
                    sample.reason = tr("host '%1' not found").arg(m_request.url.host());
                    break;
                case QNetworkReply::SslHandshakeFailedError: {
                    sample.failureClass = FailureClass::Tls;
                    QStringList problems;
                    for (const QSslError &error : std::as_const(m_sslErrors)) {
                        problems.append(
                            error.certificate().isNull()
                                ? error.errorString()
                                : tr("%1: %2").arg(error.errorString(), describeCertificate(error.certificate())));
                    }
                    problems.removeDuplicates();
                    sample.reason = problems.isEmpty() ? tr("TLS handshake failed: %1").arg(reply->errorString())
                                                       : problems.join(u"; ");
                    break;
                }
                case QNetworkReply::TimeoutError:
                    sample.failureClass = FailureClass::Timeout;
                    sample.reason = reply->errorString();
                    break;
                case QNetworkReply::NetworkSessionFailedError:
                case QNetworkReply::TemporaryNetworkFailureError:
                case QNetworkReply::BackgroundRequestNotAllowedError:
                    sample.failureClass = FailureClass::LocalNetwork;
                    sample.reason = tr("the network is unavailable: %1").arg(reply->errorString());
                    break;
                case QNetworkReply::ConnectionRefusedError:
                    sample.failureClass = FailureClass::Connect;
                    sample.reason = tr("connection refused by %1:%2")
                                        .arg(m_request.url.host())
                                        .arg(m_request.url.port(m_request.url.scheme() == u"https" ? 443 : 80));
                    break;
                case QNetworkReply::RemoteHostClosedError:
                    sample.failureClass = FailureClass::Connect;
                    sample.reason = tr("connection closed by the server before a complete response");
                    break;
                default:
                    sample.failureClass = FailureClass::Connect;
                    sample.reason = reply->errorString();
                    break;
                }
            }
        }
    }

    sample.integrationId = m_request.integrationId;
    sample.checkId = m_request.checkId;
    sample.at = m_startedAt;
    sample.queueMs = m_queueMs;
    sample.latencyMs = elapsedMs();
    if (!sample.httpStatus)
        sample.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    sample.tls = m_tls;
    if (sample.verdict != HealthStatus::Up || m_request.keepSuccessEvidence)
        sample.evidence = evidence(sample, reply);
    finish(std::move(sample));
}

CallRecord HttpProbe::evidence(const Sample &sample, const QNetworkReply *reply) const
{
    CallRecord record;
    record.timeMs = m_startedAt.toMSecsSinceEpoch();
    record.origin = CallOrigin::Check;
    record.integration = m_request.integrationId;
    record.check = m_request.checkId;
    record.attempt = 1; // the Monitor knows how many came before
    record.succeeded = sample.verdict == HealthStatus::Up;
    record.request.method = QString::fromLatin1(m_request.method);
    record.request.url = m_request.url.toString(QUrl::FullyEncoded);
    record.request.headers = m_sentHeaders;
    record.requestBody = m_request.body.left(maxCallBodyBytes); // shared, not copied, when shorter

    if (sample.httpStatus > 0) {
        CallResponse response;
        response.status = sample.httpStatus;
        response.headers = headerPairs(reply->rawHeaderPairs());
        response.bodyExcerpt = QString::fromUtf8(m_body.left(maxCallBodyBytes));
        // Cut short by us (deadline, body limit) or by the network; an HTTP error status has its
        // whole body.
        const QNetworkReply::NetworkError error = reply->error();
        const bool cut = m_abortVerdict.has_value()
                         || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied);
        response.bodyTruncated = cut || m_body.size() > maxCallBodyBytes;
        record.vendorRequestId = vendorRequestId(response.headers);
        record.response = std::move(response);
    }
    record.failureClass = sample.failureClass;
    record.reason = sample.reason;
    record.failedConditions = sample.failedConditions;

    CallTiming &timing = record.timing;
    timing.queueMs = m_queueMs;
    timing.totalMs = sample.latencyMs;
    timing.firstByteMs = m_headersMs;
    // Qt reports when a new connection starts connecting (after its DNS lookup) and when the
    // request is written, but not when a TCP connection is up. Over plain HTTP nothing else lies
    // between dispatch and the request written on a new connection, so that is DNS and connect
    // (writing a probe's small request is immediate). Over HTTPS the TCP connect and the TLS
    // handshake cannot be told apart, so neither is given; nor on a reused connection.
    if (m_connectingMs && m_requestSentMs && m_request.url.scheme() == u"http")
        timing.connectMs = m_requestSentMs;
    return record;
}

void HttpProbe::finish(Sample sample)
{
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(sample);
}

Sample HttpProbe::judge(const ProbeRequest &request, const ResponseFacts &response, const QDateTime &now)
{
    Sample sample;
    sample.httpStatus = response.status;
    sample.latencyMs = response.responseTimeMs;
    sample.verdict = HealthStatus::Up;

    // Quotas are read from every response, good or bad: a squeeze shows before the first 429.
    const QuotaSignals quota = QuotaParser::parse(response, now);
    switch (request.quotaMode) {
    case QuotaMode::Off:
        break;
    case QuotaMode::Custom:
        // Mapped readings come on top: a vendor may send a standard format as well.
        sample.quotas = quota.readings;
        if (std::optional<QuotaReading> mapped = readMappedQuota(request.quotaMapping, response, now))
            sample.quotas.append(*std::move(mapped));
        break;
    case QuotaMode::Auto:
        sample.quotas = quota.readings;
        break;
    }
    applyQuotaLimits(sample.quotas, request.quotaLimits);
    sample.retryAfterSeconds = quota.retryAfterSeconds;
    for (const QString &problem : quota.problems)
        logOnce(request.redactor.message(request.integrationId + u'/' + request.checkId + u": "_s + problem));

    // The vendor throttled us (a 429 other than Stripe's lock contention, Shopify GraphQL's
    // THROTTLED whatever the status, Slack's ratelimited): that is not the vendor being down.
    if (quota.throttled) {
        sample.verdict = HealthStatus::RateLimited;
        sample.failureClass = FailureClass::RateLimited;
        QString detail = u"HTTP "_s + QString::number(response.status);
        if (!quota.throttleReason.isEmpty() && quota.throttleReason != detail)
            detail += u", "_s + quota.throttleReason;
        sample.reason = quota.retryAfterSeconds ? tr("rate limited (%1), retry after %2 s")
                                                      .arg(detail, QLocale().toString(*quota.retryAfterSeconds, 'g', 4))
                                                : tr("rate limited (%1)").arg(detail);
        return sample;
    }

    if (!request.conditions.isEmpty()) {
        bool statusFailed = false;
        for (const Condition &condition : request.conditions) {
            const Condition::Evaluation evaluation = condition.evaluate(response);
            if (!evaluation.holds) {
                sample.failedConditions.append({condition.text(), evaluation.actual});
                statusFailed = statusFailed || mentionsStatus(condition);
            }
        }
        if (!sample.failedConditions.isEmpty()) {
            sample.verdict = HealthStatus::Down;
            sample.failureClass = statusFailed ? FailureClass::HttpStatus : FailureClass::Condition;
        }
    } else if (const auto document =
                   interpretHealthDocument(response.header("Content-Type").value_or(QByteArray()), response.body)) {
        sample.verdict = document->status;
        if (document->status == HealthStatus::Down) {
            sample.failureClass = response.status >= 400 ? FailureClass::HttpStatus : FailureClass::Condition;
            sample.reason = tr("health endpoint reports %1").arg(document->summary);
        } else if (document->status == HealthStatus::Degraded) {
            sample.failureClass = FailureClass::Condition;
            sample.reason = tr("health endpoint reports %1").arg(document->summary);
        }
        if (document->status != HealthStatus::Up)
            return sample;
    } else if (response.status < 200 || response.status >= 400) {
        sample.verdict = HealthStatus::Down;
        sample.failureClass = FailureClass::HttpStatus;
        sample.reason = tr("HTTP %1").arg(response.status);
        return sample;
    }

    if (sample.verdict == HealthStatus::Up) {
        for (const Condition &condition : request.degraded) {
            const Condition::Evaluation evaluation = condition.evaluate(response);
            if (!evaluation.holds)
                sample.failedConditions.append({condition.text(), evaluation.actual});
        }
        if (!sample.failedConditions.isEmpty()) {
            sample.verdict = HealthStatus::Degraded;
            sample.failureClass = FailureClass::Condition;
        }
    }

    if (!sample.failedConditions.isEmpty()) {
        QStringList parts;
        for (const FailedCondition &failed : std::as_const(sample.failedConditions))
            parts.append(tr("%1 (actual: %2)").arg(failed.condition, failed.actual));
        sample.reason = parts.join(u"; ");
    }
    return sample;
}

} // namespace gw
