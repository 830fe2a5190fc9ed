#include "quotaparser.h"

namespace gw {

QuotaSignals QuotaParser::parse(const ResponseFacts &, const QDateTime &)
{
    return {};
}

} // namespace gw
