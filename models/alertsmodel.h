#pragma once

#include "activealert.h"
#include "incident.h"
#include "silence.h"

#include <QAbstractTableModel>
#include <QList>

namespace gw {

// The measured value of an alert as people read it: "1,520 ms", "7.5 %", "12 days", "3".
QString alertValueText(const std::optional<double> &value, AlertValueKind kind);
QString severityText(AlertSeverity severity);

// Active alerts (pending, firing, flapping) as a table, in the order given. Rows whose rules stay
// in the same order are updated in place, so a selection stays put. GUI thread.
class ActiveAlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveAlertsModel)

public:
    enum Column { SeverityColumn, AlertColumn, StateColumn, SinceColumn, ValueColumn, HandlingColumn, ColumnCount };
    enum Role {
        RuleRole = Qt::UserRole + 1, // the rule's name
        SeverityRole,                // AlertSeverity as int
        RawValueRole,                // the cell's raw value (times in ms)
    };

    explicit ActiveAlertsModel(QObject *parent = nullptr);

    void setAlerts(const QList<ActiveAlert> &alerts);
    const ActiveAlert *alert(int row) const;
    int rowOf(const QString &rule) const;
    // Firing, not acknowledged, silenced or held back by another alert: what needs someone.
    int unhandledFiring() const;
    // The worst severity among firing alerts; nullopt when none fires.
    std::optional<AlertSeverity> worstFiring() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActiveAlert> m_alerts;
};

// Silences as a table (newest start first as given), with their state at the time given.
class SilencesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilencesModel)

public:
    enum Column { StateColumn, MatchersColumn, StartsColumn, EndsColumn, CreatedByColumn, CommentColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole /* Silence::State as int */ };

    explicit SilencesModel(QObject *parent = nullptr);

    void setSilences(const QList<Silence> &silences, qint64 nowMs);
    const Silence *silence(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Silence> m_silences;
    qint64 m_nowMs = 0;
};

// The incident history as a table, newest first as given.
class IncidentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentHistoryModel)

public:
    enum Column { TimeColumn, AlertColumn, WhatColumn, WhoColumn, DetailsColumn, ColumnCount };
    enum Role { RuleRole = Qt::UserRole + 1, KindRole /* IncidentEvent::Kind as int */, RawValueRole };

    explicit IncidentHistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<IncidentEvent> &events);
    const IncidentEvent *event(int row) const;
    static QString kindText(IncidentEvent::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IncidentEvent> m_events;
};

// The configuration's alert rules as a table, in file order: name, condition, for, severity.
class AlertRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesModel)

public:
    enum Column { NameColumn, WhenColumn, ForColumn, SeverityColumn, ColumnCount };

    explicit AlertRulesModel(QObject *parent = nullptr);

    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertRule> m_rules;
};

} // namespace gw
