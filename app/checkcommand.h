#pragma once

#include <QStringList>

namespace gw {

// `gatewatch check --once [--format table|json]`: every check once, concurrently; exit 0 when all
// are up, 1 when any is not, 2 on usage or configuration errors.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gw
