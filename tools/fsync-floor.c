// The durability floor of a disk: 200-byte appends made durable in the ways an append-only
// journal could use, interleaved sample by sample so every way sees the same load, next to
// two floors without a disk (a plain write, and a 120 µs sleep: how long a thread that
// blocked waits to run again on this machine). See docs/performance.md ("Journal").
//
//   cc -O2 -o /tmp/fsync-floor tools/fsync-floor.c && /tmp/fsync-floor [SAMPLES] [DIR]
//
// DIR (default .) must be on the disk being measured; the files are removed at the end.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }

enum { FSYNC, FDATASYNC, ODSYNC, PREZEROED, KEEPSIZE, NOSYNC, SLEEP, K };
static const char *names[K] = {
    "append + fsync", "append + fdatasync", "append, O_DSYNC", "pwrite over written zeros + fdatasync",
    "fallocate KEEP_SIZE, append + fdatasync", "append, no sync (no disk wait)", "sleep 120 us, no I/O (wake-up)",
};

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 2000;
    const char *dir = argc > 2 ? argv[2] : ".";
    char path[4096];
    int fd[K];
    for (int k = 0; k < K; k++) {
        snprintf(path, sizeof path, "%s/fsync-floor-%d", dir, k);
        unlink(path);
        int flags = O_WRONLY | O_CREAT | (k == PREZEROED ? 0 : O_APPEND) | (k == ODSYNC ? O_DSYNC : 0);
        fd[k] = open(path, flags, 0600);
        if (fd[k] < 0) { perror(path); return 1; }
    }
    size_t cap = (size_t)n * 200;
    char *zeros = calloc(1, 1 << 20);
    for (size_t o = 0; o < cap; o += 1 << 20) {
        if (pwrite(fd[PREZEROED], zeros, 1 << 20, (off_t)o) != 1 << 20) { perror("pwrite"); return 1; }
    }
    fsync(fd[PREZEROED]);
    if (fallocate(fd[KEEPSIZE], FALLOC_FL_KEEP_SIZE, 0, (off_t)cap) != 0) perror("fallocate");
    fsync(fd[KEEPSIZE]);
    double *t[K];
    for (int k = 0; k < K; k++) t[k] = malloc(n * sizeof(double));
    char line[200];
    memset(line, 'x', 199);
    line[199] = '\n';
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < K; k++) {
            double s = now_ms();
            ssize_t w = 200;
            switch (k) {
            case FSYNC: w = write(fd[k], line, 200); fsync(fd[k]); break;
            case FDATASYNC: case KEEPSIZE: w = write(fd[k], line, 200); fdatasync(fd[k]); break;
            case ODSYNC: case NOSYNC: w = write(fd[k], line, 200); break;
            case PREZEROED: w = pwrite(fd[k], line, 200, (off_t)i * 200); fdatasync(fd[k]); break;
            case SLEEP: { struct timespec q = {0, 120000}; nanosleep(&q, NULL); break; }
            }
            t[k][i] = now_ms() - s;
            if (w != 200) { perror("write"); return 1; }
        }
    }
    printf("%d samples each, interleaved; ms\n", n);
    for (int k = 0; k < K; k++) {
        qsort(t[k], n, sizeof(double), cmp);
        printf("%-42s p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f\n", names[k], t[k][n / 2], t[k][n * 9 / 10], t[k][n * 99 / 100], t[k][n - 1]);
    }
    for (int k = 0; k < K; k++) { snprintf(path, sizeof path, "%s/fsync-floor-%d", dir, k); unlink(path); }
    return 0;
}
