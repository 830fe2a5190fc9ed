#pragma once

#include "gatewayevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace gw {

// Webhook deliveries as a table, newest first as given: received time, source, topic, Gatewatch's
// own signature verdict, the gateway's verdict, the latest forwarding's status and how many there
// were, the lag from the vendor's own timestamp, and the event id. Lives on the GUI thread.
class WebhookDeliveriesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDeliveriesModel)

public:
    enum Column {
        ReceivedColumn,
        SourceColumn,
        TopicColumn,
        SignatureColumn, // Gatewatch's verdict
        GatewayColumn,   // the gateway's verdict
        ForwardedColumn, // the latest forwarding's status
        AttemptsColumn,  // how many forwardings
        LagColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the cell's raw value (times in ms, verdicts by machine name)
        IdRole,                          // the event id
        SourceRole,
        ProblemRole, // bool: the signature failed, the gateway rejected it, or forwarding failed
    };

    explicit WebhookDeliveriesModel(QObject *parent = nullptr);

    // Events that are not webhook deliveries are left out. Rows whose ids stay in the same order
    // are updated in place (a selection stays put); otherwise the table is reset.
    void setDeliveries(const QList<GatewayEvent> &events);
    const GatewayEvent *event(int row) const;
    const WebhookDelivery *delivery(int row) const;
    // The row of the delivery with this event id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts shared with the detail pane.
    static QString signatureText(const WebhookDelivery &delivery);
    static QString forwardedText(const WebhookDelivery &delivery);
    static QString lagText(qint64 ms);

private:
    QList<GatewayEvent> m_events;
};

} // namespace gw
