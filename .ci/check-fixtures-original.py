#!/usr/bin/env python3
"""Checks that the project's own fixtures are our own text, not copies of the shared seed articles or of the
Readability test pages' expected output.

    .ci/check-fixtures-original.py SHARED_DIR

Every fixture unit (a file, or one line of a JSONL file) under the modules' test resources, the bundled
fixture and demo resources, and the fixture sources is cut into 8-word shingles (lower case, \\w+ runs);
a unit that shares more than MAX_SHARE of its shingles with one reference text (and at least MIN_SHARED of
them) fails. Names and short stock phrases are shared with any text on the same news; whole sentences
in a row are not.
"""
import glob
import json
import os
import re
import sys

K = 8
MAX_SHARE = 0.2
MIN_SHARED = 15
TEXT_SUFFIXES = (".xml", ".html", ".htm", ".json", ".jsonl", ".txt", ".py", ".md", ".rss", ".atom", ".opml")
FIXTURE_GLOBS = (
    "modules/*/src/test/resources/**/*",
    "modules/*/src/test/fixture-src/**/*",
    "modules/*/src/main/resources/cluster/**/*",
    "modules/*/src/main/resources/demo/**/*",
    "modules/*/src/main/resources/tagging/**/*",
)
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")


def shingles(text):
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + K]) for i in range(len(words) - K + 1)}


def references(shared):
    refs = []
    for path in sorted(glob.glob(os.path.join(shared, "seeds", "*"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            refs.append((os.path.relpath(path, shared), shingles(f.read())))
    for path in sorted(glob.glob(os.path.join(shared, "corpora", "extraction-readability", "test", "test-pages",
                                              "*", "expected.html"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            refs.append((os.path.relpath(path, shared), shingles(TAG.sub(" ", f.read()))))
    return refs


def units(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if path.endswith(".jsonl"):
        for n, line in enumerate(text.splitlines(), 1):
            try:
                record = json.loads(line)
            except ValueError:
                record = line
            yield f"{path}:{n}", json.dumps(record, ensure_ascii=False) if not isinstance(record, str) else record
    else:
        yield path, TAG.sub(" ", text)


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    refs = [(name, s) for name, s in references(shared) if s]
    if not refs:
        sys.exit(f"check-fixtures-original: no reference texts under {shared}")
    index = {}
    for i, (_, s) in enumerate(refs):
        for sh in s:
            index.setdefault(sh, set()).add(i)
    files = sorted({p for g in FIXTURE_GLOBS for p in glob.glob(g, recursive=True)
                    if os.path.isfile(p) and p.endswith(TEXT_SUFFIXES)})
    failures = 0
    checked = 0
    for path in files:
        for name, text in units(path):
            own = shingles(text)
            if not own:
                continue
            checked += 1
            hits = {}
            for sh in own:
                for i in index.get(sh, ()):
                    hits[i] = hits.get(i, 0) + 1
            for i, shared_count in hits.items():
                if shared_count >= MIN_SHARED and shared_count / len(own) > MAX_SHARE:
                    failures += 1
                    print(f"FAIL {name}: {shared_count} of its {len(own)} {K}-word shingles appear in "
                          f"{refs[i][0]}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print(f"ok: {checked} fixture texts in {len(files)} files, none repeats a reference text "
          f"({len(refs)} seeds and Readability expected pages)")


if __name__ == "__main__":
    main()
