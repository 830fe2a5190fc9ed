#pragma once

#include "alertengine.h"
#include "catalog.h"
#include "redaction.h"
#include "references.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace gw {

// Tells people about alert transitions through the configuration's notify channels
// (docs/alerts.md#notifications): Slack, generic webhooks and Alertmanager over HTTP, and the
// desktop through desktopNotified() (the tray shows it; the notifier has no UI).
// - A channel sends one message at a time, in order. A failed attempt is tried again after 1 s,
//   2 s, 4 s… (Options), not after a 4xx other than 408 and 429, and not sooner than a 429's or
//   503's Retry-After says. Every outcome is reported, by delivered() or failed() (an
//   Alertmanager re-post only when it fails), in words that name the channel and never its URL (a
//   Slack webhook URL is a credential).
// - It keeps the alerts that fire: channels with a repeat interval are reminded of them, and an
//   Alertmanager channel posts them again every resend interval, as Prometheus does, so that
//   Alertmanager keeps them exactly while they fire.
// GUI thread.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    struct Options
    {
        int maxAttempts = 6;                              // of one message, the first one included
        std::chrono::milliseconds firstRetryDelay{1'000}; // doubled after every failed attempt
        std::chrono::milliseconds maxRetryDelay{60'000};
        std::chrono::milliseconds maxRetryAfter{300'000}; // a longer Retry-After ends the delivery
        int maxQueued = 100;                              // messages waiting per channel; the oldest go
    };

    explicit AlertNotifier(QObject *parent = nullptr);
    explicit AlertNotifier(const Options &options, QObject *parent = nullptr);
    ~AlertNotifier() override;

    const Options &options() const { return m_options; }
    // The wall clock unless a test says otherwise: the times in messages (Alertmanager's endsAt)
    // and of reminders. Waiting is measured on the monotonic clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // The catalog's channels, their references resolved from `secrets` now. A channel that keeps
    // its name and definition carries on as it was; one whose definition changed keeps its waiting
    // messages and reminders; the waiting messages of a removed channel are reported failed. A
    // channel whose references do not resolve fails each of its messages, saying which.
    void setChannels(const QList<NotifyChannel> &channels, const SecretSource &secrets);
    QStringList channelNames() const;

    // Forgets the alerts of rules that are not given (they are no longer firing for the engine: no
    // more reminders and re-posts, so Alertmanager lets them expire); the alerts of these rules
    // take the rules' current labels and annotations.
    void retainAlerts(const QList<AlertRule> &rules);
    // Whether a still-firing alert is to be reminded of now (not when acknowledged or silenced);
    // every one is unless set.
    void setReminderFilter(std::function<bool(const QString &rule)> remind) { m_remindOf = std::move(remind); }
    // The rules whose alerts fire, as the notices said, sorted.
    QStringList firingAlerts() const;

public Q_SLOTS:
    // Sends a transition to every channel whose min_severity it meets.
    void notify(const gw::AlertNotice &notice, const gw::AlertRule &rule);

Q_SIGNALS:
    // An HTTP channel's receiver accepted the notice (2xx), at the given attempt. Not said of
    // Alertmanager re-posts, which only keep firing alerts alive (their failures are reported).
    void delivered(const QString &channel, const gw::AlertNotice &notice, int attempts);
    // An attempt failed; `willRetry` says whether the notice will be sent again.
    void failed(const QString &channel, const gw::AlertNotice &notice, const QString &error, bool willRetry);
    // For a desktop channel: the tray is to show the notice, with a sound if `sound`. A reminder
    // is of an alert that still fires (its atMs is the time of the reminder).
    void desktopNotified(const QString &channel, const gw::AlertNotice &notice, const gw::AlertRule &rule, bool sound,
                         bool reminder);

private:
    struct Alert
    {
        AlertNotice notice;
        AlertRule rule;
    };
    struct Delivery;
    struct Channel;
    // A signal to emit once the notifier's state is consistent again, so that a slot may call in.
    struct Report
    {
        enum class Kind { Delivered, Failed, Desktop };
        Kind kind = Kind::Failed;
        QString channel;
        Alert alert;
        QString error;
        int attempts = 0;
        bool flag = false; // Failed: will retry; Desktop: with a sound
        bool reminder = false;
    };

    std::unique_ptr<Channel> makeChannel(const NotifyChannel &spec, const SecretSource &secrets);
    void enqueue(Channel &channel, Delivery delivery);
    void sendNext(Channel &channel);
    void post(Channel &channel, const Delivery &delivery);
    void handleReplyFinished(Channel &channel, QNetworkReply *reply);
    void handleTick();
    void scheduleTick();
    void reportFailed(const Channel &channel, const Delivery &delivery, const QString &error, bool willRetry);
    void flushReports();
    QByteArray body(const Channel &channel, const Delivery &delivery) const;
    QList<Alert> firingFor(const Channel &channel) const;
    qint64 monotonicNow() const { return m_monotonic.elapsed(); }

    Options m_options;
    std::function<qint64()> m_clock;
    std::function<bool(const QString &)> m_remindOf;
    QNetworkAccessManager *m_network = nullptr;
    std::vector<std::unique_ptr<Channel>> m_channels;
    QHash<QString, Alert> m_firing; // by rule
    Redactor m_redactor;            // for the receivers' answers quoted in errors
    QList<Report> m_reports;
    bool m_flushing = false;
    QElapsedTimer m_monotonic;
    QTimer m_tick; // the next reminder or re-post
};

} // namespace gw
