#pragma once

#include "healthstatus.h"

namespace gw {

struct Thresholds
{
    int failure = 3; // consecutive worse evaluations before the state gets worse
    int success = 2; // consecutive better evaluations before the state gets better

    bool operator==(const Thresholds &) const = default;
};

// The debounced state of one check: a pure state machine fed one evaluation at a time.
// From Unknown the first evaluation is taken at once; afterwards a change needs a run of
// consecutive evaluations that are all worse, or all better, than the current state (failure
// threshold when worse, success threshold when better). The new state is the latest evaluation.
class HealthState
{
public:
    explicit HealthState(Thresholds thresholds = {});

    HealthStatus status() const { return m_status; }
    const Thresholds &thresholds() const { return m_thresholds; }

    // Feeds one evaluation (Up, Degraded, Down or Unknown). Returns true when the state changed.
    bool apply(HealthStatus evaluation);

    // Paused checks ignore evaluations until resumed; resuming starts from Unknown.
    void pause();
    void resume();

    // New thresholds (a configuration reload) apply from the next evaluation; state and run stay.
    void setThresholds(Thresholds thresholds);

    // Forgets the run so far (after a timeline jump) without changing the state.
    void forgetRun();

private:
    Thresholds m_thresholds;
    HealthStatus m_status = HealthStatus::Unknown;
    int m_run = 0;
    bool m_runWorse = false; // direction of the current run
};

} // namespace gw
