#ifndef JOBMATCH_NCURSES_SHIM_H
#define JOBMATCH_NCURSES_SHIM_H
// Wide-character ncurses for Swift. SwiftPM drops pkg-config's -D flags, so the
// feature macros that switch on the wide API are defined here, before the include.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <wchar.h>
#include <ncursesw/ncurses.h>

// glibc's wcwidth is hidden by Swift's Glibc module; ncurses advances by it.
extern int wcwidth(wchar_t);
static inline int jm_wcwidth(int c) { return wcwidth((wchar_t)c); }

// Attribute macros Swift cannot import.
static inline attr_t jm_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t jm_A_BOLD(void) { return A_BOLD; }
static inline attr_t jm_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t jm_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t jm_A_DIM(void) { return A_DIM; }
static inline attr_t jm_A_COLOR(void) { return A_COLOR; }
static inline int jm_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }
static inline int jm_KEY_F(int n) { return KEY_F(n); }

// C globals Swift 6 rejects as shared mutable state.
static inline WINDOW *jm_stdscr(void) { return stdscr; }
static inline int jm_LINES(void) { return LINES; }
static inline int jm_COLS(void) { return COLS; }
static inline int jm_COLORS(void) { return COLORS; }
static inline int jm_COLOR_PAIRS(void) { return COLOR_PAIRS; }

// newterm instead of initscr: initscr exits the process when $TERM is unknown,
// newterm returns NULL so the program can say what is wrong.
static inline SCREEN *jm_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline void jm_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

// Mouse masks (wheel only: clicks stay with the terminal for copy and paste).
static inline mmask_t jm_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t jm_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
static inline mmask_t jm_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }

// Draws `n` wide characters with one attribute set and colour pair at (y, x).
static inline int jm_draw_wide(WINDOW *w, int y, int x, const wchar_t *text, int n, attr_t attrs, short pair) {
    wattr_set(w, attrs, pair, NULL);
    int rc = mvwaddnwstr(w, y, x, text, n);
    wattr_set(w, A_NORMAL, 0, NULL);
    return rc;
}
#endif
