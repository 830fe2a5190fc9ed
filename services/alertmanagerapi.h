#pragma once

#include "activealert.h"
#include "apirequest.h"
#include "result.h"
#include "silence.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace gw {

// One alert as Alertmanager lists it (GET /api/v2/alerts, its gettableAlert).
struct AmAlert
{
    enum class State { Unprocessed, Active, Suppressed };
    QString fingerprint;
    AlertLabels labels;
    QMap<QString, QString> annotations;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    qint64 updatedAtMs = 0;
    QString generatorUrl;
    State state = State::Unprocessed;
    QStringList silencedBy;  // silence ids
    QStringList inhibitedBy; // fingerprints of the alerts that inhibit it
    QStringList receivers;

    bool operator==(const AmAlert &) const = default;
};

// Why Alertmanager gave no answer, in a sentence that names the server, never its credentials.
struct AmFailure
{
    enum class Kind {
        Unreachable,     // no connection
        Timeout,         // no answer in time
        Refused,         // a 4xx: Alertmanager refused the request and says why (an invalid silence…)
        NotFound,        // the silence does not exist (any more)
        Unavailable,     // 5xx
        Unauthorized,    // 401, 403
        NotAlertmanager, // the answer is not Alertmanager's API
    };
    Kind kind = Kind::Unreachable;
    QString message;

    bool operator==(const AmFailure &) const = default;
};

template<typename T>
using AmResult = Result<T, AmFailure>;

// The wire format of Alertmanager API v2 (api/v2/openapi.yaml of Alertmanager): a silence's
// matchers as {name, value, isRegex, isEqual}, times as RFC 3339 in UTC.
QJsonObject silenceToJson(const Silence &silence);
Result<Silence> silenceFromJson(const QJsonObject &object);
Result<AmAlert> alertFromJson(const QJsonObject &object);

// One of Alertmanager's alerts as the Alerts page lists this desktop's own: its `alertname` label
// names the rule, its `severity` label the severity (warning when absent or unknown); it fires
// since it started, silenced and inhibited as Alertmanager says.
ActiveAlert activeAlertFrom(const AmAlert &alert);

// What the Alerts page lists while the team's Alertmanager is followed: this desktop's own alerts,
// then the team's that are not among them (an alert whose alertname is one of this desktop's rules
// is that rule's, posted there by this desktop or an agent with the same configuration), most
// severe first, then the longest-standing. Alerts Alertmanager holds as resolved (their end
// passed at `nowMs`) are left out.
QList<ActiveAlert> withTeamAlerts(const QList<ActiveAlert> &own, const QList<AmAlert> &team, qint64 nowMs);

// The team's Alertmanager: its alerts and silences, and silences created, edited and expired.
// Every call returns at once; the future finishes on the thread that owns the client.
class AlertmanagerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerClient)

public:
    using Options = ApiServer;

    explicit AlertmanagerClient(Options options, QObject *parent = nullptr);
    ~AlertmanagerClient() override;

    // Every alert Alertmanager holds: active, silenced and inhibited ones alike.
    QFuture<AmResult<QList<AmAlert>>> alerts();
    // Every silence, expired ones included (Alertmanager keeps them for its retention).
    QFuture<AmResult<QList<Silence>>> silences();
    // Creates the silence, or replaces the one with silence.id; the answer is the id Alertmanager
    // gives it (a new one when a silence that already started is edited).
    QFuture<AmResult<QString>> saveSilence(const Silence &silence);
    // Ends the silence now.
    QFuture<AmResult<bool>> expireSilence(const QString &id);

private:
    QFuture<ApiReply> send(const QByteArray &method, const QString &path, const QByteArray &body = {});

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace gw
