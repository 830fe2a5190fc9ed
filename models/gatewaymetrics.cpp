#include "gatewaymetrics.h"

namespace gw {} // namespace gw
