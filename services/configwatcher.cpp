#include "configwatcher.h"
