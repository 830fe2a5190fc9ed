#include "httpprobe.h"
