#define _XOPEN_SOURCE 700
#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int saved_fd = -1;
static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t stop_signal = 0;
static int crash_installed = 0;
static int stop_installed = 0;

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS };
#define CRASH_COUNT (int)(sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous[CRASH_COUNT];

// Leave the alternate screen, show the cursor, reset attributes, stop mouse reporting.
static const char reset_sequence[] =
    "\033[?1049l\033[?25h\033[0m\033[?1000l\033[?1002l\033[?1006l\r\n";

int jm_guard_save_terminal(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    saved_fd = fd;
    return 0;
}

void jm_guard_set_active(int active) { curses_active = active ? 1 : 0; }

void jm_guard_restore_terminal(void) {
    if (saved_fd >= 0) (void)tcsetattr(saved_fd, TCSANOW, &saved_termios);
    if (curses_active) {
        ssize_t ignored = write(STDOUT_FILENO, reset_sequence, sizeof reset_sequence - 1);
        (void)ignored;
        curses_active = 0;
    }
}

static void on_crash(int sig) {
    jm_guard_restore_terminal();
    for (int i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] == sig) {
            (void)sigaction(sig, &previous[i], NULL);
            break;
        }
    }
    // Delivered when this handler returns (the signal is blocked while it runs), so the
    // previous handler sees it as if we had never been here.
    (void)raise(sig);
}

void jm_guard_install_crash_handlers(void) {
    if (crash_installed) return;
    crash_installed = 1;
    for (int i = 0; i < CRASH_COUNT; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_crash;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_ONSTACK;
        (void)sigaction(crash_signals[i], &action, &previous[i]);
    }
}

static void on_stop(int sig) { stop_signal = sig; }

// Every signal whose default action ends the process, apart from the crash signals above
// (which restore the terminal and chain to the backtracer) and SIGKILL/SIGSTOP (which
// cannot be caught). Each only sets a flag: the run loop returns, the app saves and
// restores the terminal, and the executable exits with 128 + the signal number.
static void install_stop(int sig) {
    struct sigaction action, old;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_stop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(sig, &action, &old) != 0) return;
    // A signal the parent chose to ignore (nohup, a background job) stays ignored.
    if (old.sa_handler == SIG_IGN) (void)sigaction(sig, &old, NULL);
}

void jm_guard_install_stop_handlers(void) {
    if (stop_installed) return;
    stop_installed = 1;
    const int signals[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
        SIGXCPU, SIGXFSZ,
#ifdef SIGPOLL
        SIGPOLL,
#endif
#ifdef SIGPWR
        SIGPWR,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
    };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) install_stop(signals[i]);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) install_stop(sig);
#endif
}

int jm_guard_take_stop_signal(void) {
    return __atomic_exchange_n(&stop_signal, 0, __ATOMIC_SEQ_CST);
}

void jm_guard_stop_self(void) { (void)kill(getpid(), SIGSTOP); }
