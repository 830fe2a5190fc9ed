#include "checkcommand.h"
