#include "latencyhistogram.h"

namespace gw {

} // namespace gw
