#ifndef JOBMATCH_TERMINAL_GUARD_H
#define JOBMATCH_TERMINAL_GUARD_H
void jm_guard_placeholder(void);
#endif
