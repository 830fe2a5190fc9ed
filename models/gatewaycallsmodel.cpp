#include "gatewaycallsmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QString routeText(const FailedCall &call)
{
    return call.route.isEmpty() ? call.service : call.service + u" / "_s + call.route;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 422:
        return u"Unprocessable Content"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

QString headerLines(const HeaderPairs &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += u"  "_s + name + u": "_s + value + u'\n';
    return text;
}

} // namespace

GatewayCallsModel::GatewayCallsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void GatewayCallsModel::setEvents(const QList<GatewayEvent> &events)
{
    beginResetModel();
    m_events.clear();
    for (const GatewayEvent &event : events) {
        if (event.failedCall())
            m_events.append(event);
    }
    endResetModel();
}

void GatewayCallsModel::clear()
{
    setEvents({});
}

int GatewayCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int GatewayCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GatewayCallsModel::outcomeText(const FailedCall &call)
{
    if (call.response) {
        const QString phrase = reasonPhrase(call.response->status);
        return phrase.isEmpty() ? QString::number(call.response->status)
                                : QString::number(call.response->status) + u' ' + phrase;
    }
    return call.error.isEmpty() ? tr("no response") : QString(call.error).replace(u'_', u' ');
}

QString GatewayCallsModel::attemptText(const FailedCall &call)
{
    if (call.retryDecision == u"retry") {
        return call.retryAfterMs
                   ? tr("attempt %1, retry in %2 s")
                         .arg(call.attempt)
                         .arg(QLocale().toString(static_cast<double>(*call.retryAfterMs) / 1000.0, 'g', 3))
                   : tr("attempt %1, retried").arg(call.attempt);
    }
    if (call.retryDecision == u"give_up")
        return tr("attempt %1, gave up").arg(call.attempt);
    return tr("attempt %1").arg(call.attempt);
}

QString GatewayCallsModel::detailText(const GatewayEvent &event)
{
    const FailedCall *call = event.failedCall();
    if (!call)
        return {};
    QString text;
    text += tr("Failed call %1 at %2\n")
                .arg(event.id, QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC).toString(Qt::ISODateWithMs));
    text += tr("Route: %1").arg(routeText(*call));
    if (!call->integration.isEmpty())
        text += tr(" (integration %1)").arg(call->integration);
    text += u'\n';
    text += tr("Outcome: %1 after %2 ms, %3\n")
                .arg(outcomeText(*call), QLocale().toString(call->durationMs, 'f', 1), attemptText(*call));
    if (!call->vendorRequestId.isEmpty())
        text += tr("Vendor request id: %1\n").arg(call->vendorRequestId);
    if (!call->gatewayRequestId.isEmpty())
        text += tr("Gateway request id: %1\n").arg(call->gatewayRequestId);
    text += u'\n' + tr("Request: %1 %2\n").arg(call->request.method, call->request.url);
    text += headerLines(call->request.headers);
    if (call->response) {
        text += u'\n' + tr("Response: %1\n").arg(outcomeText(*call));
        text += headerLines(call->response->headers);
        if (!call->response->bodyExcerpt.isEmpty()) {
            text += u'\n' + call->response->bodyExcerpt + u'\n';
            if (call->response->bodyTruncated)
                text += tr("[body truncated]\n");
        }
    } else {
        text += u'\n' + tr("No response: %1\n").arg(outcomeText(*call));
    }
    return text;
}

QVariant GatewayCallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GatewayEvent &event = m_events.at(index.row());
    const FailedCall &c = *event.failedCall();
    const bool raw = role == RawValueRole;
    if (role == TimeRole)
        return event.timeMs;
    if (role == Qt::ToolTipRole && index.column() == RequestColumn)
        return QString(c.request.method + u' ' + c.request.url);
    if (role == Qt::TextAlignmentRole && (index.column() == DurationColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return raw ? QVariant(event.timeMs)
                   : QVariant(QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC).toLocalTime(),
                                                 u"yyyy-MM-dd HH:mm:ss"_s));
    case RouteColumn:
        return routeText(c);
    case RequestColumn: {
        // The host is the route's vendor; the path says which call it was (the tooltip has it all).
        const QUrl url(c.request.url);
        const QString path = url.isValid() && !url.path().isEmpty()
                                 ? url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                                 : c.request.url;
        return QString(c.request.method + u' ' + path);
    }
    case OutcomeColumn:
        return raw ? QVariant(c.response ? c.response->status : 0) : QVariant(outcomeText(c));
    case DurationColumn:
        return raw ? QVariant(c.durationMs) : QVariant(tr("%1 ms").arg(QLocale().toString(c.durationMs, 'f', 0)));
    case AttemptColumn:
        return raw ? QVariant(c.attempt) : QVariant(attemptText(c));
    case VendorRequestIdColumn:
        return c.vendorRequestId;
    default:
        return {};
    }
}

QVariant GatewayCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RouteColumn:
        return tr("Route");
    case RequestColumn:
        return tr("Request");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    case AttemptColumn:
        return tr("Attempt");
    case VendorRequestIdColumn:
        return tr("Vendor request id");
    default:
        return {};
    }
}

} // namespace gw
