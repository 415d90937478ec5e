#ifndef JOBMATCH_NCURSES_SHIM_H
#define JOBMATCH_NCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#endif
