#include "downsample.h"

namespace gw {

} // namespace gw
