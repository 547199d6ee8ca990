#!/usr/bin/env python3
"""Runs a command and prints `seconds peak_rss_bytes exit_status` on the last line of stderr-free
stdout (the command's own stdout goes to the file named by --out, default /dev/null).

    python3 scripts/bench/measure.py [--out FILE] -- CMD ARG...

Peak memory comes from wait4() of that one child, so it is the command's own, as in mediamon-bench.
"""
import os, sys, time


def main():
    args = sys.argv[1:]
    out = os.devnull
    if args[:1] == ["--out"]:
        out, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
        try:
            os.execvp(args[0], args)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    print(f"{elapsed:.4f} {usage.ru_maxrss * 1024} {code}")


if __name__ == "__main__":
    main()
