#include "rollup.h"

namespace gw {

} // namespace gw
