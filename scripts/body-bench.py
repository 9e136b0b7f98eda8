#!/usr/bin/env python3
"""Score extracted article bodies against expected bodies with 4-token shingles.

usage: body-bench.py SET_DIR PREDICTIONS.jsonl [--half tune|judge] [--pages]

SET_DIR is what body-bench-set.py built (set.json, truth/NAME.txt).
PREDICTIONS is JSON Lines with "file" and "body" (what `pacto read --json`
and ../shared/reading/anchor.py print); a prediction is matched to a page by
the base name of "file" without its extension. A page with no prediction
counts as an empty body.

The measure is the one of the article-extraction benchmark (described in its
README): text is cut into tokens (runs of word characters), tokens into
overlapping 4-token shingles, counted as multisets. Per page, true positives
are the shingles both sides share, false positives the extra predicted ones,
false negatives the missing expected ones, the three scaled to sum to 1 so
long pages weigh no more than short ones. Precision is the mean over the pages
that predicted something or expected nothing, recall the mean over the pages
that expected something, F1 their harmonic mean.

--pages prints one line per page (recall, precision, name), worst recall first.
"""

import argparse
import json
import os
import re
import sys
from collections import Counter
from statistics import mean

_WORD = re.compile(r"\w+")


def shingles(text, n=4):
    tokens = _WORD.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def counts(expected, predicted):
    """(tp, fp, fn) for one page, scaled to sum to 1."""
    want, got = shingles(expected), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def summary(rows):
    scored = [precision(*c) for _, c in rows if c[0] + c[1] > 0]
    found = [recall(*c) for _, c in rows if c[0] + c[2] > 0]
    p = mean(scored) if scored else 0.0
    r = mean(found) if found else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def load_predictions(path):
    bodies = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            name = os.path.splitext(os.path.basename(item.get("file", "")))[0]
            bodies[name] = item.get("body") or ""
    return bodies


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir")
    parser.add_argument("predictions")
    parser.add_argument("--half", choices=["tune", "judge"])
    parser.add_argument("--pages", action="store_true")
    args = parser.parse_args()
    with open(os.path.join(args.set_dir, "set.json"), encoding="utf-8") as fh:
        entries = json.load(fh)
    bodies = load_predictions(args.predictions)
    rows_by_half = {"tune": [], "judge": []}
    for entry in entries:
        with open(os.path.join(args.set_dir, "truth", entry["name"] + ".txt"), encoding="utf-8") as fh:
            expected = fh.read()
        rows_by_half[entry["half"]].append((entry["name"], counts(expected, bodies.get(entry["name"], ""))))
    halves = [args.half] if args.half else ["tune", "judge"]
    if args.pages:
        rows = [row for half in halves for row in rows_by_half[half]]
        for name, c in sorted(rows, key=lambda row: recall(*row[1])):
            print(f"recall {recall(*c):.3f}  precision {precision(*c):.3f}  {name}")
    everything = [row for half in halves for row in rows_by_half[half]]
    for label, rows in [(h, rows_by_half[h]) for h in halves] + [("all", everything)]:
        p, r, f1 = summary(rows)
        print(f"{label:<6} pages {len(rows):>3}  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
