#pragma once

#include <QStringList>

namespace gw {

// `gatewatch scorecard (--vendor ID | --all) [--period PERIOD | --from ISO --to ISO]
// [--format json|csv] [--output FILE]`: vendor scorecards (docs/scorecards.md) from the history
// and the incident history, for the previous calendar month unless told otherwise. Exit 0 on
// success, 1 when the configuration, the history or the incident history cannot be read or the
// output cannot be written, 2 on usage errors.
class ScorecardCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gw
