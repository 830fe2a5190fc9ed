#pragma once

#include <QStringList>

namespace gw {

// `gatewatch agent [--for DURATION] [--format text|json]`: runs the schedule headless until
// SIGINT/SIGTERM or for the given duration, printing one line per state change.
class AgentCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gw
