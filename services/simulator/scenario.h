#pragma once

#include "simulator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace gw::sim {

// One scripted fault: on `vendor` (every path when `path` is empty) from `start` for `duration`.
struct ScenarioEvent
{
    QString vendor;
    QString path;
    std::chrono::milliseconds start{0};
    std::chrono::milliseconds duration{0};
    Fault fault;
};

// A fault in effect at some moment, and for how long it has been.
struct ActiveFault
{
    Fault fault;
    std::chrono::milliseconds since{0};
};

// A named timeline of faults. Pure: the caller says what time it is.
class Scenario
{
public:
    static QStringList names();
    static std::optional<Scenario> named(const QString &name);

    // Status pages are left alone (they report the incident instead of suffering it). Quota
    // squeezes are not faults: see loadBetween().
    std::optional<ActiveFault> faultAt(const QString &vendor, const QString &path,
                                       std::chrono::milliseconds sinceStart) const;

    // Requests another client sends to `vendor` in [from, to) under the QuotaSqueeze events.
    double loadBetween(const QString &vendor, std::chrono::milliseconds from, std::chrono::milliseconds to) const;

    const QString &name() const { return m_name; }
    const QList<ScenarioEvent> &events() const { return m_events; }
    std::chrono::milliseconds period() const { return m_period; }

private:
    Scenario(QString name, QList<ScenarioEvent> events, std::chrono::milliseconds period);

    QString m_name;
    QList<ScenarioEvent> m_events;
    std::chrono::milliseconds m_period{0}; // the story repeats with this period; 0 = it does not
};

} // namespace gw::sim
