#include "alertnotifier.h"

#include "alertpayload.h"
#include "duration.h"
#include "quotaparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace gw {

namespace {

// How much of a receiver's answer an error quotes.
constexpr qsizetype excerptLength = 200;

// The start of a receiver's answer, on one line, without secrets.
QString excerptOf(QNetworkReply *reply, const Redactor &redactor)
{
    const QString text = redactor.excerpt(QString::fromUtf8(reply->read(4 * excerptLength)).simplified());
    return text.size() <= excerptLength ? text : text.first(excerptLength - 1) + u'\u2026';
}

} // namespace

struct AlertNotifier::Delivery
{
    enum class Kind { Transition, Reminder, Repost };

    Kind kind = Kind::Transition;
    QList<Alert> alerts; // the notice, or every firing alert of an Alertmanager re-post
    int attempts = 0;
};

struct AlertNotifier::Channel
{
    ~Channel() { dropReply(); }

    // Without a word: whoever drops a reply reports what became of its message.
    void dropReply()
    {
        if (!reply)
            return;
        QObject::disconnect(reply, nullptr, &guard, nullptr);
        reply->abort();
        reply->deleteLater();
        reply = nullptr;
    }

    bool sameAs(const Channel &other) const
    {
        return spec == other.spec && url == other.url && headers == other.headers && generatorUrl == other.generatorUrl
               && problem == other.problem;
    }

    NotifyChannel spec;
    QUrl url; // references resolved; for Alertmanager its alerts endpoint
    QList<QPair<QByteArray, QByteArray>> headers;
    QString generatorUrl;
    QString problem;            // why nothing can be sent (a reference that does not resolve)
    std::deque<Delivery> queue; // the first is being sent, or waits for its next attempt
    QNetworkReply *reply = nullptr;
    QTimer retry;                    // the first message's wait before its next attempt
    QObject guard;                   // the context of the reply's connection
    QHash<QString, qint64> remindAt; // rule -> monotonic time of its next reminder
    qint64 repostAt = -1;            // Alertmanager: monotonic time of the next re-post
};

AlertNotifier::AlertNotifier(QObject *parent) : AlertNotifier(Options{}, parent)
{}

AlertNotifier::AlertNotifier(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_network(new QNetworkAccessManager(this))
{
    m_monotonic.start();
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &AlertNotifier::handleTick);
}

// Replies in flight are aborted without a report: nobody is left to hear it.
AlertNotifier::~AlertNotifier() = default;

QStringList AlertNotifier::channelNames() const
{
    QStringList names;
    for (const auto &channel : m_channels)
        names.append(channel->spec.name);
    return names;
}

QStringList AlertNotifier::firingAlerts() const
{
    QStringList rules = m_firing.keys();
    rules.sort();
    return rules;
}

std::unique_ptr<AlertNotifier::Channel> AlertNotifier::makeChannel(const NotifyChannel &spec,
                                                                   const SecretSource &secrets)
{
    auto channel = std::make_unique<Channel>();
    channel->spec = spec;
    channel->retry.setSingleShot(true);
    // A coarse timer may fire 5 % early, and Retry-After means "not before".
    channel->retry.setTimerType(Qt::PreciseTimer);
    connect(&channel->retry, &QTimer::timeout, this, [this, target = channel.get()] {
        sendNext(*target);
        flushReports();
    });
    if (spec.type == NotifyType::Desktop)
        return channel;

    // The messages say which reference is missing, never what the URL is.
    if (const Result<QString> url = References::expand(spec.url, secrets); !url) {
        channel->problem = url.error().message;
    } else {
        QUrl parsed(url.value(), QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty()) {
            channel->problem = tr("its url is not an absolute http:// or https:// URL");
        } else if (spec.type == NotifyType::Alertmanager) {
            QString path = parsed.path();
            while (path.endsWith(u'/'))
                path.chop(1);
            parsed.setPath(path + u"/api/v2/alerts"_s);
        }
        channel->url = parsed;
    }
    for (const auto &[name, value] : spec.headers) {
        const Result<QString> expanded = References::expand(value, secrets);
        if (!expanded) {
            if (channel->problem.isEmpty())
                channel->problem = expanded.error().message;
            continue;
        }
        channel->headers.append({name.toLatin1(), expanded.value().toUtf8()});
    }
    if (const Result<QString> generator = References::expand(spec.generatorUrl, secrets); !generator) {
        if (channel->problem.isEmpty())
            channel->problem = generator.error().message;
    } else {
        channel->generatorUrl = generator.value();
    }
    return channel;
}

void AlertNotifier::setChannels(const QList<NotifyChannel> &channels, const SecretSource &secrets)
{
    const qint64 now = monotonicNow();
    std::vector<std::unique_ptr<Channel>> next;
    for (const NotifyChannel &spec : channels) {
        std::unique_ptr<Channel> fresh = makeChannel(spec, secrets);
        const auto old = std::find_if(m_channels.begin(), m_channels.end(), [&spec](const auto &channel) {
            return channel && channel->spec.name == spec.name;
        });
        if (old != m_channels.end() && (*old)->sameAs(*fresh)) {
            next.push_back(std::move(*old));
            continue;
        }
        if (old != m_channels.end()) {
            // Changed: what waited is sent with the new settings, from its first attempt.
            Channel &previous = **old;
            previous.dropReply();
            previous.retry.stop();
            fresh->queue = std::move(previous.queue);
            for (Delivery &delivery : fresh->queue)
                delivery.attempts = 0;
            if (fresh->spec.repeatInterval && fresh->spec.type != NotifyType::Alertmanager) {
                for (auto it = previous.remindAt.cbegin(); it != previous.remindAt.cend(); ++it) {
                    const auto firing = m_firing.constFind(it.key());
                    if (firing != m_firing.cend() && firing->notice.severity >= fresh->spec.minSeverity)
                        fresh->remindAt.insert(it.key(),
                                               std::min(it.value(), now + fresh->spec.repeatInterval->count()));
                }
            }
            old->reset();
        }
        // A new Alertmanager hears of the alerts that fire at once.
        if (fresh->spec.type == NotifyType::Alertmanager && !firingFor(*fresh).isEmpty())
            fresh->repostAt = now;
        next.push_back(std::move(fresh));
    }
    for (const auto &removed : m_channels) {
        if (!removed)
            continue;
        for (const Delivery &delivery : removed->queue)
            reportFailed(*removed, delivery,
                         tr("%1: not sent: the channel was removed from the configuration").arg(removed->spec.name),
                         false);
    }
    m_channels.swap(next);
    next.clear(); // the removed channels, their replies aborted

    // The receivers' answers may quote what was sent them: every credential of the channels.
    Catalog notifyOnly;
    notifyOnly.notify = channels;
    QStringList sensitive = References::sensitiveValues(notifyOnly, secrets);
    for (const auto &channel : m_channels) {
        HeaderPairs headers;
        for (const auto &[name, value] : channel->headers)
            headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
        sensitive += Redactor::headerSecrets(headers);
        if (!channel->url.isEmpty())
            sensitive.append(channel->url.toString());
    }
    m_redactor = Redactor(sensitive);

    for (const auto &channel : m_channels)
        sendNext(*channel);
    scheduleTick();
    flushReports();
}

void AlertNotifier::retainAlerts(const QList<AlertRule> &rules)
{
    QHash<QString, Alert> kept;
    for (const AlertRule &rule : rules) {
        const auto it = m_firing.constFind(rule.name);
        if (it == m_firing.cend())
            continue;
        Alert alert = *it;
        alert.rule = rule;
        kept.insert(rule.name, alert);
    }
    m_firing = std::move(kept);
    for (const auto &channel : m_channels) {
        for (auto it = channel->remindAt.begin(); it != channel->remindAt.end();) {
            if (m_firing.contains(it.key()))
                ++it;
            else
                it = channel->remindAt.erase(it);
        }
    }
    scheduleTick();
}

void AlertNotifier::notify(const AlertNotice &notice, const AlertRule &rule)
{
    const qint64 now = monotonicNow();
    const Alert alert{notice, rule};
    // A flapping rule's alert stands as receivers last heard: firing or not.
    if (notice.kind == AlertNotice::Kind::Firing)
        m_firing.insert(notice.rule, alert);
    else if (notice.kind == AlertNotice::Kind::Resolved)
        m_firing.remove(notice.rule);

    for (const auto &channel : m_channels) {
        const NotifyChannel &spec = channel->spec;
        if (notice.severity < spec.minSeverity)
            continue;
        if (spec.type != NotifyType::Alertmanager) {
            if (notice.kind == AlertNotice::Kind::Firing && spec.repeatInterval)
                channel->remindAt.insert(notice.rule, now + spec.repeatInterval->count());
            else if (notice.kind == AlertNotice::Kind::Resolved)
                channel->remindAt.remove(notice.rule);
        } else if (notice.kind == AlertNotice::Kind::Firing && channel->repostAt < 0) {
            channel->repostAt = now + spec.resendInterval.count();
        }
        if (spec.type == NotifyType::Desktop) {
            Report report;
            report.kind = Report::Kind::Desktop;
            report.channel = spec.name;
            report.alert = alert;
            report.flag = spec.sound.contains(notice.severity);
            m_reports.append(report);
            continue;
        }
        enqueue(*channel, Delivery{Delivery::Kind::Transition, {alert}, 0});
    }
    scheduleTick();
    flushReports();
}

QList<AlertNotifier::Alert> AlertNotifier::firingFor(const Channel &channel) const
{
    QList<Alert> alerts;
    for (const QString &rule : firingAlerts()) {
        const Alert alert = m_firing.value(rule);
        if (alert.notice.severity >= channel.spec.minSeverity)
            alerts.append(alert);
    }
    return alerts;
}

void AlertNotifier::enqueue(Channel &channel, Delivery delivery)
{
    // The one being sent stays; the oldest of those waiting make room.
    while (channel.queue.size() > 1 && qsizetype(channel.queue.size()) >= m_options.maxQueued) {
        reportFailed(channel, channel.queue.at(1),
                     tr("%1: not sent: more than %2 messages were waiting")
                         .arg(channel.spec.name, QString::number(m_options.maxQueued)),
                     false);
        channel.queue.erase(channel.queue.begin() + 1);
    }
    channel.queue.push_back(std::move(delivery));
    sendNext(channel);
}

void AlertNotifier::sendNext(Channel &channel)
{
    while (!channel.reply && !channel.retry.isActive() && !channel.queue.empty()) {
        Delivery &head = channel.queue.front();
        ++head.attempts;
        if (channel.problem.isEmpty()) {
            post(channel, head);
            return;
        }
        reportFailed(channel, head, tr("%1: %2").arg(channel.spec.name, channel.problem), false);
        channel.queue.pop_front();
    }
}

QByteArray AlertNotifier::body(const Channel &channel, const Delivery &delivery) const
{
    const Alert &first = delivery.alerts.constFirst();
    switch (channel.spec.type) {
    case NotifyType::Slack:
        return QJsonDocument(AlertPayload::slack(first.notice, first.rule,
                                                 delivery.kind == Delivery::Kind::Reminder
                                                     ? AlertPayload::Occasion::Reminder
                                                     : AlertPayload::Occasion::Transition))
            .toJson(QJsonDocument::Compact);
    case NotifyType::Webhook:
        return QJsonDocument(AlertPayload::webhook(first.notice, first.rule)).toJson(QJsonDocument::Compact);
    case NotifyType::Alertmanager: {
        QJsonArray alerts;
        const qint64 now = m_clock();
        for (const Alert &alert : delivery.alerts)
            alerts.append(AlertPayload::alertmanagerAlert(alert.notice, alert.rule, now,
                                                          channel.spec.resendInterval.count(), channel.generatorUrl));
        return QJsonDocument(alerts).toJson(QJsonDocument::Compact);
    }
    case NotifyType::Desktop:
        break;
    }
    return {};
}

void AlertNotifier::post(Channel &channel, const Delivery &delivery)
{
    QNetworkRequest request(channel.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent", "Gatewatch");
    for (const auto &[name, value] : std::as_const(channel.headers))
        request.setRawHeader(name, value);
    // What is sent, and the credentials with it, go to this URL only.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(std::min<qint64>(channel.spec.timeout.count(), std::numeric_limits<int>::max())));
    QNetworkReply *reply = m_network->post(request, body(channel, delivery));
    channel.reply = reply;
    connect(reply, &QNetworkReply::finished, &channel.guard, [this, &channel, reply] {
        handleReplyFinished(channel, reply);
        flushReports();
    });
}

void AlertNotifier::handleReplyFinished(Channel &channel, QNetworkReply *reply)
{
    if (reply != channel.reply || channel.queue.empty())
        return;
    channel.reply = nullptr;
    reply->deleteLater();
    const Delivery &head = channel.queue.front();
    const QString &name = channel.spec.name;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status >= 200 && status < 300) {
        // A re-post only keeps alerts alive: its success is no news.
        const QList<Alert> news = head.kind == Delivery::Kind::Repost ? QList<Alert>() : head.alerts;
        for (const Alert &alert : news) {
            Report report;
            report.kind = Report::Kind::Delivered;
            report.channel = name;
            report.alert = alert;
            report.attempts = head.attempts;
            m_reports.append(report);
        }
        channel.queue.pop_front();
        sendNext(channel);
        return;
    }

    QString error;
    bool retryable = true;
    std::optional<milliseconds> retryAfter;
    if (status > 0) {
        QString statusText = QString::number(status);
        if (const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            !reason.isEmpty())
            statusText += u' ' + reason;
        const QString excerpt = excerptOf(reply, m_redactor);
        error = excerpt.isEmpty() ? tr("%1: HTTP %2").arg(name, statusText)
                                  : tr("%1: HTTP %2: %3").arg(name, statusText, excerpt);
        if (status < 400) {
            error = tr("%1 (redirects are not followed: configure the URL it points to)").arg(error);
            retryable = false;
        } else if (status < 500 && status != 408 && status != 429) {
            retryable = false; // the same message would be refused again
        }
        if (status == 429 || status == 503) {
            ResponseFacts facts;
            facts.status = status;
            facts.headers = reply->rawHeaderPairs();
            const QuotaSignals quota = QuotaParser::parse(facts, QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC));
            if (quota.retryAfterSeconds)
                retryAfter = milliseconds(std::llround(std::max(0.0, *quota.retryAfterSeconds) * 1000));
        }
    } else {
        QString what;
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            what = tr("connection refused");
            break;
        case QNetworkReply::RemoteHostClosedError:
            what = tr("the connection was closed before an answer came");
            break;
        case QNetworkReply::HostNotFoundError:
            what = tr("host not found");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
            what = tr("no answer within %1").arg(formatDuration(channel.spec.timeout));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            what = tr("the TLS handshake failed");
            break;
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            what = tr("the network is not available");
            break;
        default: {
            // Qt's own words may hold the URL.
            what = reply->errorString();
            for (const QString &form :
                 {channel.url.toString(), channel.url.toDisplayString(), QString::fromUtf8(channel.url.toEncoded())}) {
                if (!form.isEmpty())
                    what.replace(form, tr("its URL"));
            }
            what = m_redactor.message(what);
            break;
        }
        }
        error = tr("%1: %2").arg(name, what);
    }

    // A re-post is not tried again: the next one, a resend interval later, is its retry.
    const bool repost = head.kind == Delivery::Kind::Repost;
    if (repost || !retryable || head.attempts >= m_options.maxAttempts) {
        reportFailed(channel, head, error, repost);
        channel.queue.pop_front();
        sendNext(channel);
        return;
    }
    milliseconds delay = m_options.firstRetryDelay;
    for (int i = 1; i < head.attempts && delay < m_options.maxRetryDelay; ++i)
        delay *= 2;
    delay = std::min(delay, m_options.maxRetryDelay);
    if (retryAfter) {
        if (*retryAfter > m_options.maxRetryAfter) {
            reportFailed(channel, head,
                         tr("%1; it asks to wait %2, longer than a notification waits (%3)")
                             .arg(error, formatDuration(*retryAfter), formatDuration(m_options.maxRetryAfter)),
                         false);
            channel.queue.pop_front();
            sendNext(channel);
            return;
        }
        delay = std::max(delay, *retryAfter);
    }
    reportFailed(channel, head, error, true);
    channel.retry.start(delay);
}

void AlertNotifier::handleTick()
{
    const qint64 now = monotonicNow();
    for (const auto &channel : m_channels) {
        const NotifyChannel &spec = channel->spec;
        for (auto it = channel->remindAt.begin(); it != channel->remindAt.end();) {
            const auto firing = m_firing.constFind(it.key());
            if (firing == m_firing.cend() || !spec.repeatInterval) {
                it = channel->remindAt.erase(it);
                continue;
            }
            if (it.value() > now) {
                ++it;
                continue;
            }
            it.value() = now + spec.repeatInterval->count();
            if (m_remindOf && !m_remindOf(it.key())) {
                ++it; // someone is on it, or it is silenced: asked again at the next interval
                continue;
            }
            Alert reminder = *firing;
            reminder.notice.atMs = m_clock();
            ++it;
            if (spec.type == NotifyType::Desktop) {
                Report report;
                report.kind = Report::Kind::Desktop;
                report.channel = spec.name;
                report.alert = reminder;
                report.flag = spec.sound.contains(reminder.notice.severity);
                report.reminder = true;
                m_reports.append(report);
            } else {
                enqueue(*channel, Delivery{Delivery::Kind::Reminder, {reminder}, 0});
            }
        }
        if (spec.type != NotifyType::Alertmanager || channel->repostAt < 0 || channel->repostAt > now)
            continue;
        const QList<Alert> alerts = firingFor(*channel);
        if (alerts.isEmpty()) {
            channel->repostAt = -1; // until the next alert fires
            continue;
        }
        channel->repostAt = now + spec.resendInterval.count();
        // One re-post waiting is enough: it is built when it is sent.
        const bool waiting =
            std::any_of(channel->queue.cbegin() + std::min<qsizetype>(1, channel->queue.size()), channel->queue.cend(),
                        [](const Delivery &d) { return d.kind == Delivery::Kind::Repost; });
        if (!waiting)
            enqueue(*channel, Delivery{Delivery::Kind::Repost, alerts, 0});
    }
    scheduleTick();
    flushReports();
}

void AlertNotifier::scheduleTick()
{
    std::optional<qint64> due;
    for (const auto &channel : m_channels) {
        for (const qint64 at : std::as_const(channel->remindAt))
            due = std::min(due.value_or(at), at);
        if (channel->repostAt >= 0)
            due = std::min(due.value_or(channel->repostAt), channel->repostAt);
    }
    if (!due) {
        m_tick.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*due - monotonicNow(), 0, std::numeric_limits<int>::max());
    m_tick.start(int(wait));
}

void AlertNotifier::reportFailed(const Channel &channel, const Delivery &delivery, const QString &error, bool willRetry)
{
    for (const Alert &alert : delivery.alerts) {
        Report report;
        report.kind = Report::Kind::Failed;
        report.channel = channel.spec.name;
        report.alert = alert;
        report.error = error;
        report.attempts = delivery.attempts;
        report.flag = willRetry;
        m_reports.append(report);
    }
}

void AlertNotifier::flushReports()
{
    // A slot that calls back in adds to the list this loop is emptying.
    if (m_flushing)
        return;
    m_flushing = true;
    while (!m_reports.isEmpty()) {
        const Report report = m_reports.takeFirst();
        switch (report.kind) {
        case Report::Kind::Delivered:
            Q_EMIT delivered(report.channel, report.alert.notice, report.attempts);
            break;
        case Report::Kind::Failed:
            Q_EMIT failed(report.channel, report.alert.notice, report.error, report.flag);
            break;
        case Report::Kind::Desktop:
            Q_EMIT desktopNotified(report.channel, report.alert.notice, report.alert.rule, report.flag,
                                   report.reminder);
            break;
        }
    }
    m_flushing = false;
}

} // namespace gw
