#!/usr/bin/env python3
"""Generate a synthetic Newsmark corpus in JSON Lines for the JSON benchmarks.

Usage: json-corpus.py ARTICLES OUT.jsonl [SEED]
Each article has a headline and 8-20 paragraphs of synthetic sentences (with accented, CJK and astral
characters), mentions linked to discourse entities, direct quotes with speakers, and dates. Offsets count
code points, as the format requires (Python's str indexing does exactly that).
"""
import json
import random
import sys

WORDS = ("talks government minister officials said would the of and in to a on for with that "
         "reform budget election parliament council week report agreement security economy ceasefire "
         "café naïve Zürich Kraków São Paulo 北京 東京 Δελφοί Москва 𝔘nion 😀").split()
PEOPLE = ["Anna Berg", "José Martínez", "Li Wei", "Olga Ivanova", "Kwame Mensah", "Zoë Brontë"]
PLACES = ["Geneva", "Nairobi", "Montréal", "Reykjavík", "Jakarta"]
DATES = [("Monday", "2024-03-04"), ("March 5", "2024-03-05"), ("last year", "2023"), ("two weeks", "P2W")]


def article(number, rng):
    text = []
    paragraphs, entities, quotes, dates = [], [], [], []
    people = rng.sample(PEOPLE, 3)
    discourse = [{"id": f"e{i + 1}", "type": "person", "name": name} for i, name in enumerate(people)]
    counters = {"m": 0, "q": 0, "t": 0}

    def next_id(prefix):
        counters[prefix] += 1
        return f"{prefix}{counters[prefix]}"

    def add_paragraph(role, pieces):
        # pieces: list of (string, annotation or None); annotations get offsets here.
        start = sum(len(t) for t in text) + (2 if text else 0)
        if text:
            text.append("\n\n")
        offset = start
        for piece, note in pieces:
            if note is not None:
                kind, extra = note
                span = {"start": offset, "end": offset + len(piece), "text": piece}
                if kind == "mention":
                    entities.append({"id": next_id("m"), "type": extra[0], **span, **({"entity": extra[1]} if extra[1] else {})})
                elif kind == "quote":
                    quotes.append({"id": next_id("q"), "kind": "direct", "speaker": extra, "cue": "said", **span})
                else:
                    dates.append({"id": next_id("t"), "type": "duration" if extra.startswith("P") else "date", "value": extra, **span})
            text.append(piece)
            offset += len(piece)
        paragraphs.append({"id": f"p{len(paragraphs) + 1}", "role": role, "start": start, "end": offset})

    def filler(count):
        return " ".join(rng.choice(WORDS) for _ in range(count))

    add_paragraph("headline", [(filler(6).capitalize(), None)])
    for _ in range(rng.randint(8, 20)):
        person = rng.randrange(3)
        phrase, value = rng.choice(DATES)
        pieces = [(filler(rng.randint(5, 15)).capitalize() + " ", None),
                  (rng.choice(PLACES), ("mention", ("location", None))), (" on ", None),
                  (phrase, ("date", value)), (". ", None),
                  ("“" + filler(rng.randint(4, 12)) + ",”", ("quote", f"e{person + 1}")), (" said ", None),
                  (people[person], ("mention", ("person", f"e{person + 1}"))),
                  (". " + filler(rng.randint(5, 20)) + ".", None)]
        add_paragraph("body", pieces)
    body = "".join(text)
    return {
        "newsmark": "1.0", "id": f"bench-{number:06d}", "lang": "en", "offsets": "unicode-code-points",
        "meta": {"headline": body[paragraphs[0]["start"]:paragraphs[0]["end"]], "published": "2024-03-06", "source": "Synthetic Wire"},
        "text": body, "paragraphs": paragraphs, "tagset": ["person", "organization", "location", "misc"],
        "annotators": [], "discourseEntities": discourse, "entities": entities, "quotes": quotes, "dates": dates,
    }


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    with open(path, "w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps(article(number, rng), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
