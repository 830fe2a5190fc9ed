#pragma once

#include "apirequest.h"
#include "promseries.h"
#include "rangestep.h"
#include "result.h"

#include <QByteArrayView>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace gw {

// Why there is no answer. The kinds tell a broken query from a sick or absent Prometheus, so the
// window can say which, and never take either for an integration's outage.
struct PromFailure
{
    enum class Kind {
        Unreachable,   // no connection: refused, no such host, TLS failure
        Timeout,       // no answer in time, or Prometheus's own query timeout
        BadQuery,      // Prometheus refused the query (bad_data, execution)
        Unavailable,   // Prometheus answered but cannot serve (unavailable, internal, 5xx)
        Unauthorized,  // 401 or 403: credentials missing or wrong
        NotPrometheus, // something answered that is not Prometheus's API
    };
    Kind kind = Kind::Unreachable;
    QString message; // a sentence for people, naming the server (never its credentials)

    bool operator==(const PromFailure &) const = default;
};

using PromResult = Result<PromAnswer, PromFailure>;

// Reads an answer of Prometheus's HTTP API (the JSON envelope of
// https://prometheus.io/docs/prometheus/latest/querying/api/) given its HTTP status. `server`
// names it in messages.
PromResult parsePromAnswer(int httpStatus, QByteArrayView body, const QString &server);

// Asks a Prometheus server (or anything that speaks its HTTP API: Thanos, Mimir, VictoriaMetrics)
// for instant and range queries. Every call returns at once; the future finishes on the thread
// that owns the client. GET with the query in the URL, as Prometheus's own UI does.
class PrometheusClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusClient)

public:
    using Options = ApiServer;

    explicit PrometheusClient(Options options, QObject *parent = nullptr);
    ~PrometheusClient() override;

    const Options &options() const { return m_options; }

    QFuture<PromResult> query(const QString &expression, qint64 atMs);
    QFuture<PromResult> queryRange(const QString &expression, const RangeStep &range);

private:
    QFuture<PromResult> get(const QString &path, const QList<std::pair<QString, QString>> &parameters);

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace gw
