"""Actor dictionaries and the actor tagger: names, demonyms, metonyms, people with dated roles, sectors.

Data (all in ``ingest/data/``): ``actors.tsv`` (from PETRARCH2 and NGEC), ``leaders.tsv`` (curated
leaders and ministers with exact term dates), ``leaders_world.tsv`` (heads of state and government of
every country, from Wikidata, built by ``scripts/build_leaders.py``), ``metonyms.tsv`` (capitals and buildings for governments, IGOs, stop phrases
coded ``-``), ``agents.tsv`` + ``agents_extra.tsv`` (sector words).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .records import Mention
from .words import RELATION_NOUNS

DATA = Path(__file__).resolve().parent / "data"

STANCE_PREFIXES = {"pro", "anti", "non"}
ORGS = ("IGO", "IMG", "NGO", "MNC")
# states that ceased to exist, with the day they did (PETRARCH2's dated rows for DDR and CSK; the Soviet Union's
# dissolution; Serbia and Montenegro, the last Yugoslav state, parting): an act of one told later is history
DEFUNCT_STATES = {"SUN": "1991-12-26", "DDR": "1990-10-03", "CSK": "1993-01-01", "YUG": "2006-06-05"}
# sectors of a country's own population: an unnamed group of them belongs where it is ("demonstrators")
GROUP_SECTORS = {"OPP", "CVL", "PPL", "EDU", "LAB", "REF", "REL", "AGR", "MED", "HLH", "REB", "INS"}
# sector codes that PETRARCH appends to organisations (IGOEULEG, IMGMUSISIMIL); not parts of their names
ORG_SECTORS = {"GOV", "MIL", "LEG", "UAF", "REB", "SPY", "COP", "JUD", "OPP", "CVL", "MED", "BUS", "ELI", "INS"}

# sectors of men under arms: a named armed group's "fighters" or "forces" are the group
ARMED_SECTORS = {"REB", "INS", "UAF", "MIL"}

# codes that PETRARCH gives to media, companies etc. with no country: not state or organisation actors
BARE_SECTORS = {"MED", "BUS", "CVL", "EDU", "HLH", "REL", "LAB", "AGR", "ENV", "HRI", "REF", "CRM", "SPY", "UAF"}

# countries whose people's names put the family name first, as English news writes them
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM"}

# priorities: a curated entry beats a generated one for the same phrase
CURATED, LEADER, NAMED, COUNTRY = 0, 1, 2, 3


@dataclass(frozen=True)
class Role:
    code: str
    start: str = ""  # ISO date or ""
    end: str = ""
    priority: int = NAMED
    person: bool = False

    def valid_on(self, date: str | None) -> bool:
        if date is None:
            return True
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


def _rows(name: str):
    with (DATA / name).open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def _key(phrase: str) -> str:
    """How phrases are looked up: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def split_code(code: str) -> tuple[str, str]:
    """``COLGOV`` -> (``COL``, ``GOV``); IGO and non-state group codes keep their organisation as country.

    >>> split_code("COLGOV"), split_code("IGOUNO"), split_code("USA"), split_code("IMGMUSISIMIL")
    (('COL', 'GOV'), ('IGOUNO', ''), ('USA', ''), ('IMGMUSISI', 'MIL'))
    """
    if code.startswith(ORGS):
        org = code
        sector = ""
        while len(org) > 6 and org[-3:] in ORG_SECTORS:
            sector = org[-3:]
            org = org[:-3]
        return org, sector
    return code[:3], code[3:6]


def plurals(phrase: str) -> list[str]:
    """Regular plural forms of a phrase's last word (``agency`` -> ``agencies``)."""
    head, _, last = phrase.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    else:
        forms = [last + "s"]
    return [pre + f for f in forms]


def tokenized(phrases: list[str], tokenizer) -> list[list[str]]:
    """The tokenizer's words for each phrase, cached on disk (tokenizing 40k phrases takes seconds)."""
    import hashlib
    import json
    import os

    import spacy

    key = hashlib.sha1(("\n".join(phrases) + spacy.__version__).encode("utf-8")).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "diplograph" / f"phrases-{key}.json"
    try:
        return json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    words = [[t.text for t in doc] for doc in tokenizer.pipe(phrases, batch_size=2000)]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(words), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: just slower next time
    return words


class PhraseIndex:
    """Longest-match lookup of token sequences (compared lower-case), like spaCy's PhraseMatcher on LOWER,
    without creating a vocabulary entry for every phrase word."""

    def __init__(self, phrases: list[list[str]]):
        self.index = {tuple(w.lower() for w in words) for words in phrases if words}
        self.longest = max((len(k) for k in self.index), default=0)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        low = [t.lower_ for t in doc]
        out = []
        for i in range(len(low)):
            for n in range(min(self.longest, len(low) - i), 0, -1):
                if tuple(low[i:i + n]) in self.index:
                    out.append((0, i, i + n))
                    break
        return out


class ActorDictionary:
    """All actor phrases with their codes, and matchers that find them in a parsed ``Doc``."""

    def __init__(self, vocab, tokenizer):
        self.roles: dict[str, list[Role]] = {}
        self.sectors: dict[str, str] = {}
        self.demonym_plurals: set[str] = set()  # "kenyans", "iraqis": a country's people
        for row in _rows("actors.tsv"):
            if row["code"][:3] in BARE_SECTORS:  # "AFP" -> MED: a sector with no country, not an actor here
                continue
            kind = COUNTRY if row["kind"] == "country" else NAMED
            person = bool(row["start"] or row["end"])
            self._add(row["phrase"], Role(row["code"], row["start"], row["end"], kind, person))
            if kind == NAMED and (" al " in row["phrase"] or " el " in row["phrase"]):
                # PETRARCH2 writes "omar al bashir" where the news writes "Omar al-Bashir"
                hyphened = row["phrase"].replace(" al ", " al-").replace(" el ", " el-")
                self._add(hyphened, Role(row["code"], row["start"], row["end"], kind, person))
            if kind == COUNTRY and not person and row["phrase"].isalpha() and row["phrase"].endswith(("an", "i")):
                # a demonym's plural names the country's people ("Kenyans", "Iraqis"); a country's own name
                # ending so ("Iran") gains a plural no text uses
                self._add(row["phrase"] + "s", Role(row["code"], "", "", COUNTRY, False))
                self.demonym_plurals.add(row["phrase"] + "s")
        terms: dict[str, list[Role]] = {}  # a leader's name or alias -> his curated terms
        for row in [*_rows("leaders.tsv"), *_rows("leaders_world.tsv")]:
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                role = Role(row["code"], row["start"], row["end"], LEADER, True)
                self._add(name.lower(), role)
                terms.setdefault(" ".join(name.lower().split()), []).append(role)
        self._close_open_terms(terms)
        for row in _rows("metonyms.tsv"):
            self._add(row["phrase"].lower(), Role(row["code"], row.get("start") or "", row.get("end") or "", CURATED))
        for name in ("agents.tsv", "agents_extra.tsv"):
            for row in _rows(name):
                phrase = row["phrase"].lower()
                for p in [phrase, *plurals(phrase)]:
                    # within agents.tsv the first reading wins; agents_extra.tsv overrides it
                    if name == "agents_extra.tsv" or p not in self.sectors:
                        self.sectors[p] = row["sector"][:3]
        named = [p.title() if p.islower() else p for p in sorted(self.roles)]
        agents = sorted(self.sectors)
        words = tokenized(named + agents, tokenizer)
        self.named = PhraseIndex(words[:len(named)])
        # surname -> the full names of the people the dictionaries know by it ("mugabe" -> "robert gabriel
        # mugabe"): used only after a title ("President Mugabe"), where a bare surname is safe to read
        # (not a sector noun: "General Assembly" is no title + surname of the dated "Kosovo Assembly")
        self.surnames: dict[str, set[str]] = {}
        sector_nouns = {p.split()[-1] for p in self.sectors}
        for phrase, roles in self.roles.items():
            parts = phrase.split()
            if len(parts) >= 2 and parts[-1].replace("-", "").isalpha() and parts[-1] not in sector_nouns \
                    and any(r.person for r in roles) and not any(r.priority == COUNTRY for r in roles):
                self.surnames.setdefault(parts[-1], set()).add(phrase)
                if any(r.code[:3] in FAMILY_NAME_FIRST for r in roles) or "-" in parts[-1]:
                    # Chinese, Korean and Vietnamese names put the family name first ("Ban Ki-moon", "Xi Jinping")
                    self.surnames.setdefault(parts[0], set()).add(phrase)
        self.agents = PhraseIndex(words[len(named):])

    def _close_open_terms(self, terms: dict[str, list[Role]]) -> None:
        """End PETRARCH2's open-ended terms where the curated leader tables say they ended.

        PETRARCH2's dictionaries stop around 2015 and leave whoever held an office then in it for good
        ("barack obama" USAGOV from 2009); the curated tables know Obama left in 2017. A phrase is a tabled
        leader when it is one of his names, ends with his full name ("president vladimir putin"), or is his
        one-word alias after title words only ("prime minister netanyahu"); it then takes his terms. Of the
        same office, an undated entry (PETRARCH2's snapshot of its day) goes, and an open term ends with the
        tabled term that began by its start, or else where the first later one began.
        """
        for phrase, roles in self.roles.items():
            words = phrase.split()
            keys = [phrase, *(" ".join(words[i:]) for i in range(1, len(words) - 1))]
            if len(words) > 1 and all(w in TITLE_WORDS for w in words[:-1]):
                keys.append(words[-1])
            tabled = [t for key in keys for t in terms.get(key, ())]
            offices = {t.code for t in tabled}
            if not tabled or not any(r.priority == NAMED and r.code in offices for r in roles):
                continue
            roles[:] = [r for r in roles if not (r.priority == NAMED and not r.start and not r.end and r.code in offices)]
            for k, r in enumerate(roles):
                if r.priority != NAMED or not r.person or not r.start or r.end or r.code not in offices:
                    continue
                known = [t for t in tabled if t.code == r.code and t.start]
                began = [t for t in known if int(t.start[:4]) <= int(r.start[:4]) + 1]
                later = [t.start for t in known if int(t.start[:4]) > int(r.start[:4]) + 1]
                end = "" if any(not t.end for t in began) else max((t.end for t in began), default="")
                if not end and not began and later:
                    end = min(later)
                if end:
                    roles[k] = Role(r.code, r.start, end, r.priority, r.person)
            roles.extend(t for t in tabled if t not in roles)

    def _add(self, phrase: str, role: Role) -> None:
        phrase = " ".join(phrase.split())
        if len(phrase) < 2:
            return
        roles = self.roles.setdefault(phrase, [])
        if role not in roles:
            roles.append(role)

    def groups(self) -> dict[str, str]:
        """One-word sector nouns for groups of people with no country of their own ("demonstrators" ->
        ``OPP``, "students" -> ``EDU``, "people" -> ``CVL``): what a country's unnamed population is called."""
        return {p: ("CVL" if sec == "PPL" else sec) for p, sec in self.sectors.items()
                if " " not in p and sec in GROUP_SECTORS}

    def unidentified(self) -> set[str]:
        """One-word nouns for armed men the text does not name ("gunmen", "assailants", "militants"): sector
        ``UAF``, whose country is where they struck."""
        return {p for p, sec in self.sectors.items() if " " not in p and sec == "UAF"}

    def by_surname(self, surname: str, date: str | None) -> Role | None:
        """The role of the one known person with this surname on ``date`` (None if unknown or ambiguous); a
        leader of the curated tables outranks the dictionaries' namesakes ("Secretary-General Ban" is Ban
        Ki-moon, not a Yemeni minister whose name ends in "al ban")."""
        found = {r for full in self.surnames.get(surname.lower(), ()) if (r := self.resolve(full, date))}
        best = min((r.priority for r in found), default=None)
        found = {r for r in found if r.priority == best}
        codes = {r.code for r in found}
        return next(iter(found)) if len(codes) == 1 else None

    def is_place(self, phrase: str) -> bool:
        """Whether some reading of ``phrase`` is a country or its demonym ("Bosnian"), not a person.

        A place whose code changed with history is dated like an office holder, but one of its readings is a
        bare country code: "South Sudanese" (``SSD`` since 2011), "Basra" (``IRQ`` since 2006).
        """
        return any(r.priority == COUNTRY or len(r.code) == 3 and not r.code.startswith(ORGS)
                   for r in self.roles.get(_key(phrase), []))

    def resolve(self, phrase: str, date: str | None) -> Role | None:
        """The role a phrase names on ``date``: curated first, then dated people, then names and countries.

        A person is his government only while in office: outside every dated role he is no actor here
        unless an undated reading exists.
        """
        key = _key(phrase)
        roles = list(self.roles.get(key, []))
        if key.startswith("the "):  # "the European Union" reads like "European Union"
            roles += self.roles.get(key[4:], [])
        if not roles:
            return None
        best = min(roles, key=lambda r: r.priority).priority
        top = [r for r in roles if r.priority == best]
        if any(r.code == "-" for r in top):
            return None
        valid = [r for r in roles if r.valid_on(date)]
        if not valid:
            return None
        valid.sort(key=lambda r: (r.priority, not (r.start or r.end), r.start), reverse=False)
        if date is None:  # no date: the person's most recent dated role, else the best undated reading
            people = [r for r in valid if r.person and r.priority <= valid[0].priority]
            if people:
                return max(people, key=lambda r: r.start)
        return valid[0]


TITLES = {"president", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "premier", "minister",
          "chancellor", "general", "gen.", "gen", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "leader",
          "secretary", "ambassador", "senator", "sen.", "governor", "mayor", "colonel", "col.", "lt.", "ayatollah",
          "pope", "chairman", "spokesman", "envoy", "commander", "marshal", "field", "crown", "vice", "deputy"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "ould", "ben"}
# words a dictionary phrase may put before a leader's one-word alias ("prime minister netanyahu")
TITLE_WORDS = TITLES | {"prime", "foreign", "defense", "defence", "state", "of", "vice-president"}


def _inside_longer_name(span: Span) -> bool:
    """A one-word person entry that is only part of a longer name ("Hassan" in "Omar Hassan al-Bashir",
    "Pierre" in "Pierre Joxe") names somebody else: the dictionaries hold such short forms for one person.

    Titles before the word ("King Hassan") are not names.
    """
    doc = span.doc
    if len(span) != 1 or span[0].ent_type_ != "PERSON":
        return False

    def name_word(i: int) -> bool:
        if not 0 <= i < len(doc):
            return False
        t = doc[i]
        if t.lower_ in PARTICLES or (t.lower_.split("-")[0] in PARTICLES and "-" in t.text):
            return True
        return t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLES and t.ent_type_ == "PERSON"

    return name_word(span.start - 1) or name_word(span.end)


# what a building, a road or an institution named after a person is ("President Wilson hotel", "King Fahd
# Hospital", "Jomo Kenyatta International Airport")
FACILITY_NOUNS = {"hotel", "hospital", "airport", "street", "avenue", "boulevard", "road", "highway", "square",
                  "bridge", "university", "college", "school", "stadium", "center", "centre", "building", "museum",
                  "library", "mosque", "church", "cathedral", "park", "dam", "tower", "station", "prize", "award",
                  "foundation", "institute", "memorial", "airbase", "port", "harbor", "harbour"}
# … and a base, which follows a name only as the last word of a facility's ("Bagram Air Base", "a U.S. naval
# base"): "the Obama base" is his voters
BASE_FACILITIES = FACILITY_NOUNS | {"base"}


def _names_a_facility(span: Span) -> bool:
    """A person's name that is part of a place's or an institution's ("talks outside **President Wilson** hotel
    in Geneva", "the **Jomo Kenyatta** International Airport"): no actor."""
    doc = span.doc
    nxt = list(doc[span.end:span.end + 3])
    if nxt and nxt[0].lower_ in FACILITY_NOUNS:
        return True
    return len(nxt) >= 2 and nxt[0].is_title and nxt[0].lower_ in ("international", "national", "air", "memorial") \
        and nxt[1].lower_ in BASE_FACILITIES


def _first_name(span: Span) -> bool:
    """A place that is a person's first name ("Basel Ghattas", "Jordan Peterson"): the parser's person entity
    begins with it and goes on with a surname. A title after it ("Jordan King Abdullah") keeps the place.
    """
    doc = span.doc
    if len(span) != 1 or span[0].ent_type_ != "PERSON" or span[0].ent_iob_ != "B" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN" and nxt.is_title and nxt.lower_ not in TITLES


LEADER_TITLES = {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "minister", "secretary",
                 "leader", "ayatollah", "sheikh", "general", "gen."}


def _titled_surnames(doc: Doc, actors: "ActorDictionary", date: str | None,
                     named: list[Span]) -> list[tuple[Span, Role]]:
    """Surnames after a leader's title ("President Mugabe", "Prime Minister Barak") that the dictionaries
    know only under the person's full name, with that person's role."""
    taken = {t.i for s in named for t in s}
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.lower_ not in LEADER_TITLES or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue
        role = actors.by_surname(tok.text, date)
        if role is not None:
            out.append((doc[tok.i:tok.i + 1], role))
    return out


@lru_cache(maxsize=1)
def _ambiguous_places() -> dict[str, list[str]]:
    return {row["phrase"]: row["codes"].split("|") for row in _rows("places_ambiguous.tsv")}


def _shared_places(named: list[tuple[Span, Role]]) -> list[tuple[Span, Role]]:
    """A place name two states share takes the reading whose country another name of its sentence holds
    (``data/places_ambiguous.tsv``): "in Tripoli … the north **Lebanese** port" is Lebanon's."""
    if not named or not named[0][0].doc.has_annotation("SENT_START"):
        return named
    out = []
    for span, role in named:
        codes = _ambiguous_places().get(span.text.lower())
        if codes and role.code == codes[0]:
            near = {split_code(r.code)[0] for s, r in named if s is not span and s.sent == span.sent}
            other = next((c for c in codes[1:] if c in near and codes[0] not in near), None)
            if other is not None:
                role = Role(other, role.start, role.end, role.priority, role.person)
        out.append((span, role))
    return out


def _surnames_of_named(doc: Doc, named: list[tuple[Span, Role]]) -> list[tuple[Span, Role]]:
    """A bare surname that stands for a person the article named in full before it ("Pakistani Prime Minister
    Nawaz Sharif … Kerry asked **Sharif** to …"): that person, in the role the full name had."""
    taken = {t.i for s, _ in named for t in s}
    known: dict[str, tuple[int, Role]] = {}  # surname -> (end of its first full naming, role)
    for span, role in named:
        if role.person and len(span) > 1 and span[-1].is_title:
            known.setdefault(span[-1].text, (span.end, role))
    out = []
    for tok in doc:
        first = known.get(tok.text)
        if first is None or tok.i in taken or tok.i < first[0] or tok.pos_ != "PROPN" or any(
                0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1)):
            continue
        out.append((doc[tok.i:tok.i + 1], first[1]))
    return out


def _led_by(doc: Doc, actors: "ActorDictionary", date: str | None, taken: set[int]) -> list[tuple[Span, Role]]:
    """"U.S.-led forces", "Saudi-led coalition": the leader named inside one hyphenated token.
    ("-backed" is left alone: a proxy is not its backer.)"""
    out = []
    for tok in doc:
        if tok.i in taken or not tok.lower_.endswith("-led") or len(tok.text) < 6:
            continue
        role = actors.resolve(tok.text[:-4], date)
        if role is not None and not role.person:
            out.append((doc[tok.i:tok.i + 1], role))
    return out


def _groups_where_they_live(named: list[tuple[Span, Role]]) -> list[tuple[Span, Role]]:
    """A people named by its plural ("Serbs", "Kurds", "Albanians") is coded by the country it lives in when
    the text says so: "Bosnian Serbs" -> BIH, "Iraqi Kurds" -> IRQ, "ethnic Albanians in south Serbia" ->
    SRB (civilians, ``CVL``). The country word is folded into the mention. A nationality abroad stays
    itself ("Americans in Iraq")."""
    if len(named) < 2:
        return named
    at = {sp.start: k for k, (sp, _) in enumerate(named)}
    drop: set[int] = set()
    out = list(named)
    for k, (span, role) in enumerate(named):
        head = span.root
        if len(span) != 1 or head.tag_ not in ("NNS", "NNPS") or role.code.startswith(ORGS):
            continue
        home = None
        for child in head.children:
            if child.dep_ in ("amod", "compound") and child.i < head.i and child.i in at:
                home = at[child.i]
            elif child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and (
                    role.priority != COUNTRY or any(t.lower_ == "ethnic" for t in head.lefts))):
                # "Albanians of Serbia", "Kurds in Syria", "ethnic Albanians in Serbia"; not "Americans in Iraq"
                home = next((at[t.i] for t in child.subtree if t.i in at and t.dep_ == "pobj"), home)
        if home is None:
            continue
        where, where_role = named[home]
        country = split_code(where_role.code)[0]
        if where_role.code.startswith(ORGS) or country == split_code(role.code)[0]:
            continue
        lo, hi = min(span.start, where.start), max(span.end, where.end)
        out[k] = (span.doc[lo:hi], Role(country + "CVL", priority=role.priority))
        drop.add(home)
    return [x for k, x in enumerate(out) if k not in drop]


def _stance_prefixed(span: Span) -> bool:
    """"pro-Russian separatists", "anti-American protesters", "an anti-Syria journalist": the country names a
    stance, not the owner of the group (whose own country the text gives elsewhere, or not at all)."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].text in ("-", "‑") and doc[i - 2].lower_ in STANCE_PREFIXES


def _dateline(span: Span, actors: "ActorDictionary") -> bool:
    """A place in a wire dateline ("JOHANNESBURG — South African police raided …", "MOSUL, IRAQ —") says
    where the story was filed, not who acted: an upper-case place name shortly before a dash."""
    if not span.text.isupper() or sum(c.isalpha() for c in span.text) < 4 or not actors.is_place(span.text):
        return False
    after = span.doc[span.end:span.end + 4]
    return any(t.text in ("—", "–", "--") or t.text.startswith("—") for t in after)


def _capitalised(span: Span) -> bool:
    """Names are capitalised ("the US", not "us"); a leading article or name particle does not count
    ("al-Qaeda", "al-Shabaab"); a number is no name (PETRARCH2 files groups under "313" and "380")."""
    first = next((t for t in span if any(ch.isalpha() for ch in t.text) and t.lower_ not in ("the", "a", "an")
                  and t.lower_ not in PARTICLES), None)
    return first is not None and first.text[0].isupper()


# "Russian-backed forces", "a London-based group", "Iranian-made drones": the country backs, hosts or made them
# ("Vietnamese-led", "Kurdish-dominated" forces are the country's own)
BACKER_PARTICIPLES = {"backed", "supported", "funded", "financed", "sponsored", "made", "based", "built", "armed",
                      "trained", "brokered", "educated", "owned"}


# nouns for a leader's or a government's critics, who are no actor unless their target is named directly:
# "critics of President Maduro", "Kremlin critic Alexei Navalny" (VENOPP, RUSOPP); "a critic of Obama's
# policy in Syria" is nobody's opposition
CRITIC_WORDS = {"critic", "detractor"}


def backer(tok) -> bool:
    """Whether ``tok`` names who backs, hosts or made the thing after it: "**Russian**-backed offensive"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in BACKER_PARTICIPLES


# names that are common words in lower or title case: read only in capitals ("us", "Is" are no actors)
CAPITALS_ONLY = {"us": "US", "is": "IS"}


def find_mentions(doc: Doc, actors: ActorDictionary, date: str | None) -> list[Mention]:
    """Actor mentions in ``doc``: named actors, and sector nouns joined to the country that owns them.

    "British intelligence and military officials" -> ``GBRGOV``; "the U.S. Navy" -> ``USAMIL``;
    "President Gustavo Petro" (2025) -> ``COLGOV``; "Washington" -> ``USAGOV``.
    """
    named_spans = [doc[s:e] for _, s, e in actors.named(doc)]
    named_spans = [s for s in named_spans if _capitalised(s) and CAPITALS_ONLY.get(s.text.lower(), s.text) == s.text
                   and not _stance_prefixed(s) and not _dateline(s, actors)]
    agent_spans = [doc[s:e] for _, s, e in actors.agents(doc)]
    agent_spans += [doc[t.i:t.i + 1] for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in CRITIC_WORDS]
    titled = {sp.start: role for sp, role in _titled_surnames(doc, actors, date, named_spans)}
    named_spans = filter_spans(named_spans + [doc[i:i + 1] for i in titled])
    # stop phrases ("Latin American") must also block shorter names inside them
    named: list[tuple[Span, Role]] = []
    for span in named_spans:
        role = titled[span.start] if span.start in titled else actors.resolve(span.text, date)
        if role is not None and not (role.person and not actors.is_place(span.text) and _inside_longer_name(span)) \
                and not (span.root.ent_type_ in ("PERSON", "") and (role.person or span.root.ent_type_ == "PERSON")
                         and not actors.is_place(span.text) and _names_a_facility(span)) \
                and not (not role.person and _first_name(span)):
            named.append((span, role))
    named = sorted(named + _led_by(doc, actors, date, {t.i for sp, _ in named for t in sp}), key=lambda x: x[0].start)
    named = sorted(named + _surnames_of_named(doc, named), key=lambda x: x[0].start)
    named = _groups_where_they_live(_shared_places(named))
    taken = {t.i for s, _ in named for t in s}
    agents = [s for s in filter_spans(agent_spans) if not any(t.i in taken for t in s)]

    text = doc.text  # Doc.text is rebuilt at every access
    mentions: list[Mention] = []
    used: set[int] = set()  # indices of named spans consumed by a composed mention
    for agent in agents:
        if any(m.start <= agent.start_char and agent.end_char <= m.end for m in mentions):
            continue  # "President" in "opponents of Venezuelan President Nicolas Maduro" is inside their mention
        head = agent.root
        if head.i != agent.end - 1 and agent.end - 1 >= 0:
            head = doc[agent.end - 1]
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        sector = actors.sectors.get(agent.text.lower()) or actors.sectors.get(head.lower_)
        critics = head.lemma_.lower() in CRITIC_WORDS
        if critics:
            sector = "OPP"
        if not sector:
            continue
        # the country that owns the sector noun: a modifier, a possessive or an "of" complement
        owner = None
        scope = set(t.i for t in head.subtree if t.i < head.i)
        holders = [head]
        if head.dep_ == "compound" and head.head.i > head.i:
            # "King Hassan of Morocco", "opposition groups in Zimbabwe": the country hangs on the compound's head
            holders.append(head.head)
            # "Serbian President Vojislav Kostunica", "the biggest Cambodian refugee camp": the country word
            # hangs on the name or the noun, before the sector word (a sector noun holds its own: "Syrian
            # regime forces" are forces; and "Russian-backed" is a backer, not the owner)
            if head.head.pos_ == "PROPN" or head.head.lower_ not in actors.sectors:
                # (not the owner of a bond: "Israel's militia ally in southern Lebanon" is no Israeli militia)
                bond = head.head.lemma_.lower() in RELATION_NOUNS
                scope.update(t.i for t in head.head.lefts if t.i < head.i and not (bond and t.dep_ in ("poss", "nmod"))
                             for t in t.subtree)
        # ("a London-based think tank", "Russian-backed government forces": a seat or a backer, not the owner)
        scope = {i for i in scope if not backer(doc[i])}
        # "its forces in Lebanon", "its troop movements in Crimea" are where they are ("last week's bombing in
        # Suruc" is no owner's)
        owned = any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") for h in holders for c in h.children
                    if h.lemma_.lower() not in RELATION_NOUNS)
        for h in holders if not critics else ():
            for child in h.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "throughout", "across") \
                        and not (owned and child.lower_ == "in"):
                    scope.update(t.i for t in child.subtree)
        for k, (span, role) in enumerate(named):
            of_leader = span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.i == head.i
            if k in used or span.start not in scope and not (critics and of_leader):
                continue
            if critics and not (actors.is_place(span.text) or role.person or split_code(role.code)[1] == "GOV"):
                continue
            if actors.is_place(span.text) and any(
                    k2 != k and span.root.head.i == span2.root.i and span2.start in scope and not role2.person
                    for k2, (span2, role2) in enumerate(named)):
                continue  # "a delegation of the Afghan Taliban": the Taliban's, whose demonym only qualifies them
            country, sec = split_code(role.code)
            if role.person and not actors.is_place(span.text) and not (
                    sector == "OPP" and of_leader):
                # (a dated demonym, "Serbian", is still a place; "opponents of President Maduro" are his country's
                # opposition, "opponents of Obama's policy" are not)
                continue
            owner = (k, span, role)
            break
        if owner is None:
            if sector in ("NGO", "HRI") and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                   for c in head.children):
                # "a human rights group protested", "an international aid agency appealed": an organisation the
                # text does not name is coded by its kind alone, as the CAMEO codebook does ("the emergency
                # medical charity" is one named before: no new actor)
                code = "NGOHRI" if sector == "HRI" else "NGO"
                span = doc[agent.start:head.i + 1]
                mentions.append(Mention(code, code, "", span.text, span.start_char, span.end_char, "composed"))
            continue
        k, span, role = owner
        used.add(k)
        country, sec = split_code(role.code)
        if role.code.startswith(ORGS):  # "EU officials": the organisation itself
            code = role.code
        else:
            # ("Taliban fighters", "YPG forces": an armed group's own men stay the group)
            code = role.code if sec and (sector == "GOV" or sec in ARMED_SECTORS and sector in ARMED_SECTORS) \
                else country + sector
        start = min(span.start_char, agent.start_char)
        end = max(span.end_char, agent.end_char)
        mentions.append(Mention(code, *split_code(code), text[start:end], start, end, "composed"))
        if not role.code.startswith(ORGS):
            # "US and British forces", "French and Egyptian warships": each coordinated country owns the noun
            for k2, (span2, role2) in enumerate(named):
                if k2 not in used and span2.start in scope and span2.root in span.root.conjuncts \
                        and actors.is_place(span2.text) and not role2.code.startswith(ORGS):
                    used.add(k2)
                    code2 = split_code(role2.code)[0] + split_code(code)[1]
                    mentions.append(Mention(code2, *split_code(code2), span2.text, span2.start_char, span2.end_char,
                                            "composed"))
    composed = [(m.start, m.end) for m in mentions]
    for k, (span, role) in enumerate(named):
        if k in used:
            continue
        if any(a <= span.start_char and span.end_char <= b for a, b in composed):
            continue  # a name inside "King Hassan of Morocco" is the office the phrase names
        start = span.start_char
        # (a place whose code changed with history, "Iraq" IRQOCC until 2006, is dated like an office holder,
        # but is no person: no title to take, no "he" to stand for)
        person = role.person and not actors.is_place(span.text)
        # titles before a person's name belong to the mention ("President Gustavo Petro")
        if person:
            t = span.start - 1
            while t >= 0 and doc[t].dep_ == "compound" and doc[t].head.i in range(span.start, span.end) and doc[t].is_title \
                    and not any(a <= doc[t].idx < b for a, b in composed) \
                    and t not in taken:  # "West Germany Chancellor" owns it; "Islamic State Trump" is two actors
                start = doc[t].idx
                t -= 1
        country, sector = split_code(role.code)
        kind = "person" if person else ("metonym" if role.priority == CURATED else "named")
        if not person and not sector and len(span) == 1 and span[0].ent_type_ != "GPE" and (
                span[0].tag_ in ("NNS", "NNPS") or span.text.lower() in actors.demonym_plurals):
            # "Nigerians", "Americans": a country's people, not the state (but "the Philippines"); a demonym's
            # plural is one even where the tagger calls it singular ("FILE - Pakistanis rally")
            kind = "people"
        mentions.append(Mention(role.code, country, sector, text[start:span.end_char], start, span.end_char, kind))
    mentions.sort(key=lambda m: m.start)
    return _title_with_name(mentions, text)


def _title_with_name(mentions: list[Mention], text: str) -> list[Mention]:
    """"Colombian President" + "Gustavo Petro" -> one mention, coded by the person's dated role.

    A title that names an organisation or a country's office speaks for the person in this sentence,
    whatever his own entry says: "U.N. mediator Diego Cordovez" (Ecuador's foreign minister in PETRARCH2)
    -> ``IGOUNO``; "Morocco's King Hassan" -> ``MARGOV``.
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "composed" and m.kind == "person" and prev.end <= m.start \
                and not text[prev.end:m.start].strip() and split_code(prev.code)[0] == m.country \
                and not (prev.sector == "OPP" and m.sector != "OPP"):  # ("critics of Venezuelan" + "President …")
            out[-1] = Mention(m.code, m.country, m.sector, text[prev.start:m.end], prev.start, m.end, "person")
            continue
        if prev is not None and m.kind == "person" and m.country != prev.country and (
                prev.code.startswith("IGO") and _title_words(text[prev.end:m.start])
                or prev.kind == "composed" and prev.sector == "GOV" and prev.end <= m.start
                and not text[prev.end:m.start].strip()):
            # "Morocco's King Hassan" (Jordan's Prince Hassan in the dictionaries): the title the text gives
            # names his country; the dictionaries' entry is a namesake
            out[-1] = Mention(prev.code, prev.country, prev.sector, text[prev.start:m.end], prev.start, m.end,
                              "person")
            continue
        out.append(m)
    return out


def _title_words(between: str) -> bool:
    """Whether the text between an organisation and a name is a title: "mediator", "special envoy",
    "Secretary-General" (at most three words, none ending a clause)."""
    words = between.split()
    return len(words) <= 3 and not any(ch in between for ch in ",;:()\"'") \
        and all(w.replace("-", "").isalpha() for w in words)
