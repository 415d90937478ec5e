#ifndef JOBMATCH_TERMINAL_GUARD_H
#define JOBMATCH_TERMINAL_GUARD_H
// Keeps the user's terminal usable whatever happens to the process.
//
// A Swift trap (SIGILL), a crash or an abort in curses mode would leave the shell in
// raw mode with echo off and the alternate screen on. These handlers put the terminal
// back and then let the previous handler (the Swift backtracer) run, so the backtrace
// and the exit status survive.

/// Saves the terminal settings of `fd` (call before initscr). Returns 0 on success.
int jm_guard_save_terminal(int fd);

/// Restores the saved settings and writes the reset sequence (leave the alternate
/// screen, show the cursor, reset attributes, stop mouse reporting) to stdout.
/// Async-signal-safe.
void jm_guard_restore_terminal(void);

/// Tells the crash handler whether curses mode is on (reset sequences are written only then).
void jm_guard_set_active(int active);

/// Installs the crash handlers for SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP and SIGSYS,
/// chaining to whatever handler was installed before. Call after the Swift runtime has
/// started (any time from Swift code). Idempotent.
void jm_guard_install_crash_handlers(void);

/// Installs handlers that only record the signal for every other signal that would end the
/// process: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1/2, SIGALRM, SIGVTALRM,
/// SIGPROF, SIGXCPU, SIGXFSZ, SIGPOLL, SIGPWR, SIGSTKFLT and the real-time signals. The
/// run loop then returns, so the terminal is restored and the exit status is 128 + signal
/// (no default action kills the process in raw mode, no Swift crash report for SIGQUIT).
/// A signal that was ignored at start (nohup, a parent's choice) stays ignored. Call before
/// initscr so ncurses does not install its own (which exits at once).
void jm_guard_install_stop_handlers(void);

/// The stop signal received since the last call (its number), or 0. Clears it.
int jm_guard_take_stop_signal(void);

/// Stops the process as Ctrl-Z would (SIGSTOP); returns after SIGCONT (`fg`).
void jm_guard_stop_self(void);

#endif
