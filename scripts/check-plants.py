#!/usr/bin/env python3
"""Runs `pacto check --json` on every planted variant listed in
Fixtures/pairs/planted/plants.json (and the faithful paraphrases in
Fixtures/pairs/paraphrased/paraphrases.json) and prints, for each, the
errors found and whether the planted one is named by its fact.

Usage: scripts/check-plants.py [PACTO]   (default .build/release/pacto)
"""
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pacto = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/pacto")
pairs = os.path.join(root, "Fixtures/pairs")

def errors(original, translation):
    run = subprocess.run([pacto, "check", "--json", original, translation], capture_output=True, text=True)
    report = json.loads(run.stdout)
    found = []
    for fact in report["facts"]:
        if fact["severity"] == "error" and fact["verdict"] != "match":
            field = fact["field"]
            found.append(field.split(".", 1)[1] if field.startswith("events[") else field)
    for side in ("omitted", "added"):
        found += [f"{side}:{s['kind']}" for s in report["segments"][side] if s["severity"] == "error"]
    return found

plants = json.load(open(os.path.join(pairs, "planted/plants.json"), encoding="utf-8"))
named = noticed = 0
for plant in plants:
    found = errors(os.path.join(pairs, f"vi-{plant['pair']}.txt"), os.path.join(pairs, "planted", plant["variant"]))
    ok = bool(found) and all(f in plant["fact"] for f in found)
    named += ok
    noticed += bool(found)
    print(f"{'named ' if ok else 'MISSED'} {plant['variant']:32} expected {plant['fact']} found {found}")
print(f"planted: {named}/{len(plants)} named by their fact, {noticed}/{len(plants)} noticed")

listing = os.path.join(pairs, "paraphrased/paraphrases.json")
paraphrases = json.load(open(listing, encoding="utf-8")) if os.path.exists(listing) else []
false = 0
for item in paraphrases:
    found = errors(os.path.join(pairs, f"vi-{item['pair']}.txt"), os.path.join(pairs, "paraphrased", item["variant"]))
    false += len(found)
    print(f"{'clean ' if not found else 'ERRORS'} {item['variant']:32} found {found}")
print(f"paraphrases: {len(paraphrases)}, false errors {false}")
