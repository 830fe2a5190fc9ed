#include "historyquery.h"

namespace gw {

} // namespace gw
