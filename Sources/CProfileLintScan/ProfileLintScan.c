// The scans are all in include/ProfileLintScan.h (static inline); this file gives the target a source.
#include "ProfileLintScan.h"
