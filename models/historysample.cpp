#include "historysample.h"

namespace gw {

} // namespace gw
