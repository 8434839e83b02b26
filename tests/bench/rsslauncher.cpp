// dutymap-bench-rss REPORT PROGRAM [ARGS...]: runs PROGRAM and writes its
// peak resident memory in KiB to the file REPORT; exits as PROGRAM did.
//
// Why a launcher: Linux folds the memory of the process that calls exec
// into the new program's ru_maxrss. A child spawned straight from the
// harness would be charged with the harness's own hundreds of MiB; spawned
// from this tiny program, with about one.

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: dutymap-bench-rss REPORT PROGRAM [ARGS...]\n", stderr);
        return 125;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("dutymap-bench-rss: fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        std::fprintf(stderr, "dutymap-bench-rss: cannot run %s: %s\n", argv[2],
                     std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("dutymap-bench-rss: wait4");
            return 125;
        }
    }
    FILE *report = std::fopen(argv[1], "w");
    if (!report || std::fprintf(report, "%ld\n", usage.ru_maxrss) < 0 || std::fclose(report) != 0) {
        std::perror("dutymap-bench-rss: writing the report");
        return 125;
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
