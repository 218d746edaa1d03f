#!/usr/bin/env python3
"""Estimate the date annotator's value accuracy on news that has no date gold, by reading a sample.

    date-review.py sample CORPUS.jsonl SHEET.json [--binary PATH] [--docs N] [--per-doc K] [--seed S]
    date-review.py summarize SHEET.json VERDICTS.json

`sample` converts N random articles of CORPUS (one JSON object a line with "id", "text" and "dct", the
publication date as YYYY-MM-DD) with `newsmark convert --to json --published DCT`, picks up to K of each
article's date expressions at random, and writes a review sheet: per item the publication date and its
weekday, the expression, its type, value and mod, and its context with the expression marked [[so]].

A reviewer then writes VERDICTS.json: a list of {"n", "verdict", "correct_value", "why"} with verdict one
of "correct", "wrong", "ambiguous" (the text supports more than one value, ours among them) or
"not_temporal" (no time expression at all). `summarize` prints the counts and the accuracy with a 95 %
Wilson interval, over all items and over the real time expressions.
"""
import argparse
import datetime
import json
import math
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(binary, text, dct):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([binary, "convert", path, "--to", "json", "--published", dct],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return json.loads(out)


def sample(args):
    with open(args.corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    docs = [d for d in docs if d.get("dct")]
    rng = random.Random(args.seed)
    rng.shuffle(docs)
    items = []
    for doc in docs[:args.docs]:
        converted = convert(args.binary, doc["text"], doc["dct"])
        text = converted["text"]
        dates = converted["dates"][:]
        rng.shuffle(dates)
        for date in dates[:args.per_doc]:
            start, end = date["start"], date["end"]  # code points, as Python indexes strings
            context = text[max(0, start - 300):start] + "[[" + text[start:end] + "]]" + text[end:end + 150]
            items.append({
                "n": len(items) + 1, "doc": doc["id"], "dct": doc["dct"],
                "dct_weekday": datetime.date.fromisoformat(doc["dct"]).strftime("%A"),
                "text": date["text"], "type": date["type"], "value": date["value"], "mod": date.get("mod"),
                "context": context.replace("\n", " ¶ "),
            })
    with open(args.sheet, "w", encoding="utf-8") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
    print(f"{len(items)} expressions from {min(args.docs, len(docs))} articles written to {args.sheet}")


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def summarize(args):
    with open(args.sheet, encoding="utf-8") as f:
        items = {item["n"]: item for item in json.load(f)}
    with open(args.verdicts, encoding="utf-8") as f:
        verdicts = json.load(f)
    missing = set(items) - {v["n"] for v in verdicts}
    if missing:
        sys.exit(f"{len(missing)} items have no verdict (first: {min(missing)})")
    counts = {}
    for v in verdicts:
        counts[v["verdict"]] = counts.get(v["verdict"], 0) + 1
    correct = counts.get("correct", 0)
    total = len(verdicts)
    temporal = total - counts.get("not_temporal", 0)
    print("verdicts:", ", ".join(f"{k} {c}" for k, c in sorted(counts.items())))
    for label, n in (("all items", total), ("time expressions", temporal)):
        low, high = wilson(correct, n)
        print(f"value accuracy over {label}: {correct}/{n} = {correct / n:.3f} (95% interval {low:.3f}-{high:.3f})")
    for v in verdicts:
        if v["verdict"] == "wrong":
            item = items[v["n"]]
            print(f"  wrong #{v['n']}: {item['text']!r} {item['value']} -> {v.get('correct_value')}: {v.get('why', '')}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("sample")
    s.add_argument("corpus")
    s.add_argument("sheet")
    s.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsmark"))
    s.add_argument("--docs", type=int, default=100)
    s.add_argument("--per-doc", type=int, default=3)
    s.add_argument("--seed", type=int, default=1)
    m = commands.add_parser("summarize")
    m.add_argument("sheet")
    m.add_argument("verdicts")
    args = parser.parse_args()
    sample(args) if args.command == "sample" else summarize(args)


if __name__ == "__main__":
    main()
