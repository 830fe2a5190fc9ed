#include "webhookdeliveriesmodel.h"

#include "webhookhealth.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

bool forwardingFailed(const WebhookDelivery &delivery)
{
    const DeliveryAttempt *latest = delivery.latestAttempt();
    return latest && latest->status == u"failed";
}

} // namespace

WebhookDeliveriesModel::WebhookDeliveriesModel(QObject *parent) : QAbstractTableModel(parent)
{}

void WebhookDeliveriesModel::setDeliveries(const QList<GatewayEvent> &events)
{
    QList<GatewayEvent> deliveries;
    deliveries.reserve(events.size());
    std::copy_if(events.cbegin(), events.cend(), std::back_inserter(deliveries),
                 [](const GatewayEvent &event) { return event.webhookDelivery() != nullptr; });
    const bool sameRows = std::equal(deliveries.cbegin(), deliveries.cend(), m_events.cbegin(), m_events.cend(),
                                     [](const GatewayEvent &a, const GatewayEvent &b) { return a.id == b.id; });
    if (sameRows) {
        if (deliveries == m_events)
            return;
        m_events = std::move(deliveries);
        if (!m_events.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_events = std::move(deliveries);
    endResetModel();
}

const GatewayEvent *WebhookDeliveriesModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

const WebhookDelivery *WebhookDeliveriesModel::delivery(int row) const
{
    const GatewayEvent *found = event(row);
    return found ? found->webhookDelivery() : nullptr;
}

int WebhookDeliveriesModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return row;
    }
    return -1;
}

int WebhookDeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int WebhookDeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookDeliveriesModel::signatureText(const WebhookDelivery &delivery)
{
    return delivery.verification ? machineName(delivery.verification->verdict)
                                 : tr("not checked", "no webhooks: entry for the source");
}

QString WebhookDeliveriesModel::forwardedText(const WebhookDelivery &delivery)
{
    const DeliveryAttempt *latest = delivery.latestAttempt();
    if (!latest)
        return delivery.verdict == u"rejected" ? tr("not forwarded") : tr("waiting");
    if (latest->responseStatusCode)
        return tr("%1 (%2)", "attempt status (HTTP status)").arg(latest->status).arg(*latest->responseStatusCode);
    return latest->status;
}

QString WebhookDeliveriesModel::lagText(qint64 ms)
{
    if (std::llabs(ms) < 10'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    if (std::llabs(ms) < 600'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000));
    return tr("%1 min").arg(QLocale().toString(ms / 60'000));
}

QVariant WebhookDeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayEvent &event = m_events.at(index.row());
    const WebhookDelivery &delivery = *event.webhookDelivery();
    switch (role) {
    case IdRole:
        return event.id;
    case SourceRole:
        return delivery.source;
    case ProblemRole:
        return isSignatureFailure(delivery) || delivery.verdict == u"rejected" || forwardingFailed(delivery);
    case RawValueRole:
        switch (index.column()) {
        case ReceivedColumn:
            return delivery.receivedAtMs;
        case SourceColumn:
            return delivery.source;
        case TopicColumn:
            return delivery.topic;
        case GatewayColumn:
            return delivery.verdict;
        case AttemptsColumn:
            return int(delivery.attempts.size());
        case ForwardedColumn:
            return delivery.latestAttempt() ? delivery.latestAttempt()->status : QString();
        case LagColumn:
            return delivery.sentAtMs ? QVariant(delivery.receivedAtMs - *delivery.sentAtMs) : QVariant();
        case SignatureColumn:
            return delivery.verification ? machineName(delivery.verification->verdict) : QString();
        case IdColumn:
            return event.id;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReceivedColumn:
            return timeText(delivery.receivedAtMs);
        case SourceColumn:
            return delivery.source;
        case TopicColumn:
            return delivery.topic;
        case GatewayColumn:
            return delivery.verdictReason.isEmpty()
                       ? delivery.verdict
                       : tr("%1: %2", "gateway verdict: reason").arg(delivery.verdict, delivery.verdictReason);
        case AttemptsColumn:
            return QLocale().toString(delivery.attempts.size());
        case ForwardedColumn:
            return forwardedText(delivery);
        case LagColumn:
            return delivery.sentAtMs ? lagText(delivery.receivedAtMs - *delivery.sentAtMs) : QString();
        case SignatureColumn:
            return signatureText(delivery);
        case IdColumn:
            return event.id;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case GatewayColumn:
            return data(index, Qt::DisplayRole);
        case ReceivedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(delivery.receivedAtMs, Qt::UTC).toLocalTime(),
                                      QLocale::LongFormat);
        case ForwardedColumn:
            if (delivery.nextAttemptMs)
                return tr("Next attempt at %1").arg(timeText(*delivery.nextAttemptMs));
            return {};
        case LagColumn:
            return delivery.sentAtMs ? tr("Sent by the vendor at %1").arg(timeText(*delivery.sentAtMs))
                                     : tr("The vendor's headers carry no timestamp");
        case SignatureColumn:
            if (!delivery.verification)
                return tr("The configuration has no webhooks: entry for %1").arg(delivery.source);
            return delivery.verification->message.isEmpty() ? QVariant() : QVariant(delivery.verification->message);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn || index.column() == LagColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant WebhookDeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case SourceColumn:
        return tr("Source");
    case TopicColumn:
        return tr("Topic");
    case SignatureColumn:
        return tr("Signature");
    case GatewayColumn:
        return tr("Gateway");
    case ForwardedColumn:
        return tr("Forwarded");
    case AttemptsColumn:
        return tr("Attempts");
    case LagColumn:
        return tr("Lag");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace gw
