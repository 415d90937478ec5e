#include "terminal_guard.h"
void jm_guard_placeholder(void) {}
