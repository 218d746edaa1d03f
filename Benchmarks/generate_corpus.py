#!/usr/bin/env python3
"""Generates benchmark corpora deterministically from the articles in Samples/.

    generate_corpus.py OUT [--articles N] [--big-mb M] [--seed S]

Writes
    OUT/xml/article-NNNNN.xml   N Newsmark XML articles, each a sample with its body repeated 1-12 times
    OUT/text/article-NNNNN.txt  the same articles' raw texts (sample raw text, body repeated)
    OUT/big.xml                 one article of about M MB (many paragraphs)
    OUT/big.txt                 one raw text of about M MB
Repeated paragraphs get fresh ids (and their internal references follow); repeated datelines lose their
<dateline> markup, since an article has one dateline.
"""
import argparse
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "Samples")

BODY_ID_ATTRS = re.compile(r'\b(id|continues|anchor)="([^"]+)"')


def load_samples():
    samples = []
    for path in sorted(glob.glob(os.path.join(SAMPLES, "*.xml"))):
        xml = open(path, encoding="utf-8").read()
        head, rest = xml.split("<body>", 1)
        body, tail = rest.split("</body>", 1)
        paragraphs = [line for line in body.split("\n") if line.strip().startswith("<p ")]
        raw_path = path[:-4] + ".txt"
        raw = open(raw_path, encoding="utf-8").read() if os.path.exists(raw_path) else ""
        samples.append((head, paragraphs, tail, raw))
    if not samples:
        raise SystemExit("no samples found in Samples/")
    return samples


def repeat_body(paragraphs, copies):
    out = list(paragraphs)
    body_only = [p for p in paragraphs if 'role="' not in p]
    for k in range(1, copies):
        for p in body_only:
            p = p.replace("<dateline>", "").replace("</dateline>", "")
            p = re.sub(r"</?(place|agency)>", "", p)
            out.append(BODY_ID_ATTRS.sub(lambda m: f'{m.group(1)}="{m.group(2)}-r{k}"', p))
    return out


def article_xml(sample, copies, article_id):
    head, paragraphs, tail, _ = sample
    head = re.sub(r'(<article [^>]*\bid=")[^"]+"', lambda m: m.group(1) + article_id + '"', head, count=1)
    return head + "<body>\n" + "\n".join(repeat_body(paragraphs, copies)) + "\n  </body>" + tail


def article_text(sample, copies):
    raw = sample[3]
    parts = [p for p in raw.split("\n\n") if p.strip()]
    return "\n\n".join(parts + parts[1:] * (copies - 1)) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--big-mb", type=float, default=100)
    ap.add_argument("--seed", type=int, default=20261129)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    samples = load_samples()
    os.makedirs(os.path.join(a.out, "xml"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "text"), exist_ok=True)
    for i in range(a.articles):
        sample = samples[rng.randrange(len(samples))]
        copies = rng.choice([1, 1, 2, 2, 3, 4, 6, 8, 12])
        name = f"article-{i:05d}"
        with open(os.path.join(a.out, "xml", name + ".xml"), "w", encoding="utf-8") as f:
            f.write(article_xml(sample, copies, name))
        with open(os.path.join(a.out, "text", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(article_text(sample, copies))
    if a.big_mb > 0:
        sample = max(samples, key=lambda s: len(s[1]))
        per_copy = max(1, len("\n".join(p for p in sample[1] if 'role="' not in p).encode()))
        copies = max(1, int(a.big_mb * 1024 * 1024 / per_copy))
        with open(os.path.join(a.out, "big.xml"), "w", encoding="utf-8") as f:
            f.write(article_xml(sample, copies, "big"))
        raw_copy = max(1, len(sample[3].encode()))
        with open(os.path.join(a.out, "big.txt"), "w", encoding="utf-8") as f:
            f.write(article_text(sample, max(1, int(a.big_mb * 1024 * 1024 / raw_copy))))


if __name__ == "__main__":
    main()
