// The declarations of CFuzzerDriver.h are defined by libFuzzer's runtime.
#include "CFuzzerDriver.h"
