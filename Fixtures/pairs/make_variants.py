#!/usr/bin/env python3
"""Makes the Spanish variants listed in planted/plants.json and
paraphrased/paraphrases.json from the faithful translations in this folder:
each is es-PAIR.txt with the first occurrence of "changed" replaced by "to".

Run in this folder: python3 make_variants.py. A variant already on disk is
left alone when it matches; one that differs is reported (an older variant
made by hand), not overwritten.
"""
import json
import os
import sys

def make(listing):
    folder = os.path.dirname(listing)
    status = 0
    for item in json.load(open(listing, encoding="utf-8")):
        if item["changed"].endswith("…"):
            continue
        faithful = open(f"es-{item['pair']}.txt", encoding="utf-8").read()
        if item["changed"] not in faithful:
            print(f"{item['variant']}: {item['changed']!r} is not in es-{item['pair']}.txt", file=sys.stderr)
            status = 1
            continue
        variant = faithful.replace(item["changed"], item["to"], 1)
        path = os.path.join(folder, item["variant"])
        if os.path.exists(path):
            if open(path, encoding="utf-8").read() != variant:
                print(f"{path}: differs from what its listing makes; left alone", file=sys.stderr)
            continue
        with open(path, "w", encoding="utf-8") as out:
            out.write(variant)
        print(f"made {path}")
    return status

if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    sys.exit(make("planted/plants.json") | make("paraphrased/paraphrases.json"))
