#!/usr/bin/env python3
"""Writes a large synthetic Newsmark 1.0 article (canonical form) for throughput measurements.

Usage: scripts/generate-large-article.py MEGABYTES > large.xml
The text is generated from a small fixed vocabulary, with non-ASCII and astral characters, and each
paragraph carries mentions, a date, and a quote with a nested mention.
"""
import sys

target = int(float(sys.argv[1]) * 1_000_000) if len(sys.argv) > 1 else 20_000_000
words = ["the", "minister", "said", "on", "Tuesday", "that", "talks", "in", "Zürich", "and", "Łódź",
         "would", "resume", "after", "a", "pause", "of", "two", "weeks", "—", "officials", "added", "𝔘", "🙂"]
out = sys.stdout
out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
out.write('<?xml-model href="https://newsmark.org/schema/1.0/newsmark.rng" type="application/xml" '
          'schematypens="http://relaxng.org/ns/structure/1.0"?>\n')
out.write('<article xmlns="urn:newsmark:1.0" version="1.0" id="large" xml:lang="en">\n  <header>\n    <meta>\n'
          '      <published>1998-05-20</published>\n    </meta>\n    <annotators>\n'
          '      <annotator id="gen" kind="tool" name="generator" version="1" mode="automatic"/>\n    </annotators>\n'
          '    <tagset>\n      <entityType name="person"/>\n      <entityType name="location"/>\n    </tagset>\n'
          '    <entities>\n      <entity id="e1" type="person" name="A Minister" resp="gen"/>\n    </entities>\n'
          '  </header>\n  <body>\n')
written = 0
n = 0
while written < target:
    n += 1
    filler = " ".join(words[(n + k) % len(words)] for k in range(40))
    p = (f'    <p id="p{n}">In <mention id="m{n}a" type="location" resp="gen">Zürich</mention>, the '
         f'<mention id="m{n}b" type="person" entity="e1" resp="gen" cert="0.9">minister</mention> said on '
         f'<timex id="t{n}" type="date" value="1998-05-19" resp="gen">Tuesday</timex> '
         f'<quote id="q{n}" kind="direct" speaker="e1" resp="gen">"we will meet in '
         f'<mention id="m{n}c" type="location" resp="gen">Łódź</mention> &amp; talk"</quote> {filler}.</p>\n')
    out.write(p)
    written += len(p.encode())
out.write('  </body>\n</article>\n')
