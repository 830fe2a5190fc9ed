#pragma once

#include <QStringList>

namespace gw {

// `gatewatch export --since DURATION|ISO [--until ISO] [--check INTEGRATION[/CHECK]]
// [--resolution raw|1m|1h|1d] [--format json|csv]`: the history, streamed in time order to stdout.
// Exit 0 on success (also with nothing to export), 1 when the history cannot be read, 2 on usage
// errors.
class ExportCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gw
