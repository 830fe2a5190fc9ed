#pragma once

#include "gatewayevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace gw {

// Failed outbound calls the gateway reported, newest first as the history returns them: when,
// the route, the request, what came back (status or the error), how long it took, the attempt
// and the retry decision, and the vendor's request id. Lives on the GUI thread.
class GatewayCallsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayCallsModel)

public:
    enum Column {
        TimeColumn,
        RouteColumn,
        RequestColumn,
        OutcomeColumn,
        DurationColumn,
        AttemptColumn,
        VendorRequestIdColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable raw value of the cell
        TimeRole,                        // qint64 ms since the epoch (UTC)
    };

    explicit GatewayCallsModel(QObject *parent = nullptr);

    // Events that are not failed calls are left out.
    void setEvents(const QList<GatewayEvent> &events);
    void clear();

    const GatewayEvent &event(int row) const { return m_events.at(row); }
    const FailedCall &call(int row) const { return *m_events.at(row).failedCall(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "503 Service Unavailable" or "timeout", for a table cell or a sentence.
    static QString outcomeText(const FailedCall &call);
    // "attempt 2, retry in 2 s", "attempt 3, gave up", …
    static QString attemptText(const FailedCall &call);
    // Every field of the call as plain text, for a detail pane and the clipboard.
    static QString detailText(const GatewayEvent &event);

private:
    QList<GatewayEvent> m_events;
};

} // namespace gw
