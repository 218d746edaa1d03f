#!/usr/bin/env python3
"""Writes copies of generated articles with random faults, for comparing the findings of two builds.

    validate_faults.py CORPUS OUT [--articles N] [--faults K] [--seed S]

Reads CORPUS/xml/*.xml (made by generate_corpus.py) and writes the first N articles to OUT, each with K
random faults of the kinds the schema and the semantic rules report: ids repeated or changed, references
dangling, empty or to an element of the wrong kind, undeclared types and kinds, invalid or disagreeing
TIMEX values, emptied annotations, removed quotation marks, unknown attributes and elements, a second
dateline, a missing publication date. The faults are chosen by a seeded generator, so the same
arguments give the same files; the point is to exercise every report path, not to be realistic.
"""
import argparse
import glob
import os
import random
import re

ATTRIBUTE = re.compile(r'\b(id|entity|speaker|continues|anchor|resp|type|kind|value|mod)="([^"]*)"')


def attribute_faults(text, rng):
    """Changes the value of one attribute picked at random."""
    found = list(ATTRIBUTE.finditer(text))
    if not found:
        return text
    match = rng.choice(found)
    name, value = match.group(1), match.group(2)
    ids = [m.group(2) for m in found if m.group(1) == "id"]
    if name == "id":
        replacement = rng.choice([rng.choice(ids), value + "x", "", "p1", "ann1"])
    elif name in ("entity", "speaker", "continues", "anchor", "resp"):
        replacement = rng.choice([rng.choice(ids), "missing-" + value, "", "ann1", "p2", "t1", "q1", "m1"])
    elif name in ("type", "kind"):
        replacement = rng.choice(["person", "organization", "location", "misc", "weapon", "direct", "indirect",
                                  "date", "time", "duration", "set", "mixed", ""])
    elif name == "value":
        replacement = rng.choice(["2026-02-30", "2026-11-2", "P2W", "PT3H", "XXXX-WXX-1", "2026-W54", "PRESENT_REF",
                                  "2026-11-19", "2026-11-24", "2025-13-01", "P", "1998-05-20T25:00", value + "Z",
                                  "2026-11-23T14:30", "2026-Q4", "2026-SU"])
    else:
        replacement = rng.choice(["APPROX", "BEFORE", "LESS_THAN", "NOTAMOD", ""])
    return text[:match.start(2)] + replacement + text[match.end(2):]


def structural_faults(text, rng):
    """Empties an annotation, drops a quotation mark, adds markup, moves or drops header parts."""
    kind = rng.randrange(7)
    if kind == 0:  # an annotation without text, or with only white space
        found = list(re.finditer(r'(<(mention|timex|quote)\b[^>]*>)([^<]*)(</\2>)', text))
        if found:
            m = rng.choice(found)
            return text[:m.start(3)] + rng.choice(["", " ", "\n"]) + text[m.end(3):]
    elif kind == 1:  # a quotation mark removed or added
        marks = [m.start() for m in re.finditer("[“”\"«»„]", text)]
        if marks:
            at = rng.choice(marks)
            return text[:at] + rng.choice(["", "“", "”"]) + text[at + 1:]
    elif kind == 2:  # an attribute the schema does not know
        found = [m.end() - 1 for m in re.finditer(r'<(mention|timex|quote|p)\b[^>]*[^/]>', text)]
        if found:
            at = rng.choice(found)
            return text[:at] + ' confidence="high"' + text[at:]
    elif kind == 3:  # an element the schema does not know, inside a paragraph
        found = [m.end() for m in re.finditer(r'<p\b[^>]*>', text)]
        if found:
            at = rng.choice(found)
            return text[:at] + "<b>bold</b> " + text[at:]
    elif kind == 4:  # a second dateline
        found = [m.end() for m in re.finditer(r'<p\b[^>]*>', text)]
        if found:
            at = rng.choice(found)
            return text[:at] + "<dateline>PARIS —</dateline> " + text[at:]
    elif kind == 5:  # the publication date changed or removed
        return re.sub(r"<published>[^<]*</published>",
                      rng.choice(["", "<published>2026-11-31</published>", "<published>yesterday</published>",
                                  "<published>2026-11-23T9:00</published>"]), text, count=1)
    else:  # an annotation's closing tag moved past the paragraph's end (not well-formed)
        found = list(re.finditer(r"</mention>", text))
        if found and rng.random() < 0.3:
            m = rng.choice(found)
            return text[:m.start()] + text[m.end():]
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--faults", type=int, default=4)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    files = sorted(glob.glob(os.path.join(a.corpus, "xml", "*.xml")))[:a.articles]
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for _ in range(a.faults):
            text = attribute_faults(text, rng) if rng.random() < 0.7 else structural_faults(text, rng)
        with open(os.path.join(a.out, os.path.basename(path)), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(files)} articles with {a.faults} faults each in {a.out}")


if __name__ == "__main__":
    main()
