#pragma once

#include <QString>

namespace gw {

// A condition that did not hold, with the value it saw ("[STATUS] == 200", actual "503").
struct FailedCondition
{
    QString condition;
    QString actual;

    bool operator==(const FailedCondition &) const = default;
};

} // namespace gw
