#!/usr/bin/env python3
"""Runs the shell blocks of the documentation that are marked runnable, as a reader would.

A block is marked by an HTML comment on the line before its fence:

    <!-- runnable -->          runs on its own in the checkout
    <!-- runnable: demo -->    needs `./newswatch run --demo` running in the checkout (default ports)

Usage: run-doc-blocks.py --mode standalone|demo [--list] FILE...

Each block runs with `bash -euo pipefail` in the current directory (the checkout), with a timeout, and
fails the run with its file and line when it exits non-zero. A marker not followed by a ```sh or ```bash
fence is an error too, so a marker cannot silently stop checking anything.
"""
import argparse
import re
import subprocess
import sys

MARKER = re.compile(r"^<!--\s*runnable(?::\s*([a-z-]+))?\s*-->\s*$")
FENCE = re.compile(r"^```(sh|bash)\s*$")
TIMEOUT_S = 600


def blocks(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    found, errors = [], []
    for i, line in enumerate(lines):
        m = MARKER.match(line)
        if not m:
            continue
        mode = m.group(1) or "standalone"
        if i + 1 >= len(lines) or not FENCE.match(lines[i + 1]):
            errors.append(f"{path}:{i + 1}: runnable marker not followed by a ```sh fence")
            continue
        body = []
        j = i + 2
        while j < len(lines) and lines[j].strip() != "```":
            body.append(lines[j])
            j += 1
        if j >= len(lines):
            errors.append(f"{path}:{i + 2}: unterminated fence")
            continue
        found.append((path, i + 3, mode, "\n".join(body)))
    return found, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["standalone", "demo"], required=True)
    ap.add_argument("--list", action="store_true", help="print the blocks instead of running them")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    todo, errors = [], []
    for f in args.files:
        b, e = blocks(f)
        todo += [x for x in b if x[2] == args.mode]
        errors += e
        errors += [f"{p}:{n}: unknown runnable mode '{m}'" for p, n, m, _ in b if m not in ("standalone", "demo")]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    failed = 0
    for path, line, mode, body in todo:
        print(f"--- {path}:{line} ({mode})")
        if args.list:
            print(body)
            continue
        try:
            r = subprocess.run(["bash", "-euo", "pipefail", "-c", body], capture_output=True, text=True,
                               timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            print(f"ci: {path}:{line}: block did not finish within {TIMEOUT_S} s", file=sys.stderr)
            failed += 1
            continue
        out = (r.stdout + r.stderr).strip().splitlines()
        shown = out if len(out) <= 12 else out[:6] + [f"... ({len(out) - 12} lines)"] + out[-6:]
        print("\n".join("    " + l for l in shown))
        if r.returncode != 0:
            print(f"ci: {path}:{line}: block exited with {r.returncode}", file=sys.stderr)
            failed += 1
        elif not out:
            print(f"ci: {path}:{line}: block printed nothing (a runnable example should show something)",
                  file=sys.stderr)
            failed += 1
    print(f"{len(todo)} {args.mode} blocks, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
