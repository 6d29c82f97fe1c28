"""Actor dictionaries: names, demonyms, metonyms, people with dated roles, sectors (the tagger that reads them in
a parsed text is :mod:`.mentions`).

Data (all in ``ingest/data/``): ``actors.tsv`` (from PETRARCH2 and NGEC), ``leaders.tsv`` (curated
leaders and ministers with exact term dates), ``leaders_world.tsv`` (heads of state and government of
every country, from Wikidata, built by ``scripts/build_leaders.py``), ``metonyms.tsv`` (capitals and buildings for
governments, IGOs, stop phrases coded ``-``), ``places.tsv`` (cities the others lack, from GeoNames, built by
``scripts/build_places.py``), ``agents.tsv`` + ``agents_extra.tsv`` (sector words).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

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


def data_rows(name: str):
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


# the small words inside place names that the news joins with hyphens ("Port-au-Prince", "Rostov-on-Don")
PLACE_PARTICLES = {"au", "aux", "de", "du", "des", "la", "le", "les", "en", "sur", "on", "upon", "am", "an", "der",
                   "di", "da", "do", "dos", "das", "el", "al", "es"}


class PhraseIndex:
    """Longest-match lookup of token sequences (compared lower-case), like spaCy's PhraseMatcher on LOWER,
    without creating a vocabulary entry for every phrase word: words are compared by the hash of their lower
    case, which a ``Doc`` holds for every token (``doc.to_array("LOWER")``), so no Token or string is built
    per token."""

    def __init__(self, phrases: list[list[str]], strings):
        # (``strings[word]`` hashes a word without storing it)
        self.index = {tuple(strings[w.lower()] for w in words) for words in phrases if words}
        lengths: dict[int, set[int]] = {}
        for key in self.index:
            lengths.setdefault(key[0], set()).add(len(key))
        # a phrase's first word -> the lengths of the phrases it starts, longest first
        self.lengths = {word: sorted(ns, reverse=True) for word, ns in lengths.items()}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        low = doc.to_array("LOWER").tolist()
        out = []
        for i, word in enumerate(low):
            for n in self.lengths.get(word, ()):
                if i + n <= len(low) and tuple(low[i:i + n]) in self.index:
                    out.append((0, i, i + n))
                    break
        return out


class ActorDictionary:
    """All actor phrases with their codes, and matchers that find them in a parsed ``Doc``."""

    def __init__(self, vocab, tokenizer):
        self.roles: dict[str, list[Role]] = {}
        self.sectors: dict[str, str] = {}
        self.demonym_plurals: set[str] = set()  # "kenyans", "iraqis": a country's people
        # the names of states and their peoples ("norway", "norwegian"), not their cities ("oslo")
        self.country_names = {row["phrase"] for row in data_rows("countries.tsv")}
        for row in data_rows("actors.tsv"):
            if row["code"][:3] in BARE_SECTORS:  # "AFP" -> MED: a sector with no country, not an actor here
                continue
            kind = COUNTRY if row["kind"] == "country" else NAMED
            person = bool(row["start"] or row["end"])
            self._add(row["phrase"], Role(row["code"], row["start"], row["end"], kind, person))
            if kind == NAMED and (" al " in row["phrase"] or " el " in row["phrase"]):
                # PETRARCH2 writes "omar al bashir" where the news writes "Omar al-Bashir"
                hyphened = row["phrase"].replace(" al ", " al-").replace(" el ", " el-")
                self._add(hyphened, Role(row["code"], row["start"], row["end"], kind, person))
            if kind == COUNTRY and not person and row["phrase"].isalpha() \
                    and row["phrase"].endswith(("an", "i", "on")):
                # a demonym's plural names the country's people ("Kenyans", "Iraqis", "Britons"); a country's own
                # name ending so ("Iran", "Lebanon") gains a plural no text uses
                self._add(row["phrase"] + "s", Role(row["code"], "", "", COUNTRY, False))
                self.demonym_plurals.add(row["phrase"] + "s")
            if kind == COUNTRY and not person and " " in row["phrase"] and any(
                    w in PLACE_PARTICLES for w in row["phrase"].split()[1:-1]):
                # PETRARCH2 writes "port au prince" where the news writes "Port-au-Prince"
                self._add(row["phrase"].replace(" ", "-"), Role(row["code"], "", "", COUNTRY, False))
        # cities of today's news the 2015 dictionaries lack ("Kherson"); many are also surnames ("Rivera", "Rubio")
        self.places: set[str] = set()
        for row in data_rows("places.tsv"):
            if row["phrase"].lower() not in self.roles:
                self._add(row["phrase"].lower(), Role(row["code"], "", "", COUNTRY, False))
                self.places.add(row["phrase"].lower())
        terms: dict[str, list[Role]] = {}  # a leader's name or alias -> his curated terms
        for row in [*data_rows("leaders.tsv"), *data_rows("leaders_world.tsv")]:
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                role = Role(row["code"], row["start"], row["end"], LEADER, True)
                self._add(name.lower(), role)
                terms.setdefault(" ".join(name.lower().split()), []).append(role)
        self._close_open_terms(terms)
        for row in data_rows("metonyms.tsv"):
            # (a sector with no country, "France 24" MED, is no actor here, as in actors.tsv; it still keeps the
            # country inside its name from being read)
            code = "-" if row["code"][:3] in BARE_SECTORS else row["code"]
            self._add(row["phrase"].lower(), Role(code, row.get("start") or "", row.get("end") or "", CURATED))
        for name in ("agents.tsv", "agents_extra.tsv"):
            for row in data_rows(name):
                phrase = row["phrase"].lower()
                for p in [phrase, *plurals(phrase)]:
                    # within agents.tsv the first reading wins; agents_extra.tsv overrides it
                    if name == "agents_extra.tsv" or p not in self.sectors:
                        self.sectors[p] = row["sector"][:3]
        self.sector_codes = set(self.sectors.values())  # "GOV", "MIL", "REB" …: not a region ("PSEGZA")
        named = [p.title() if p.islower() else p for p in sorted(self.roles)]
        agents = sorted(self.sectors)
        words = tokenized(named + agents, tokenizer)
        self.named = PhraseIndex(words[:len(named)], vocab.strings)
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
        self.agents = PhraseIndex(words[len(named):], vocab.strings)

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
        """Sector nouns of one or two words for groups of people with no country of their own ("demonstrators"
        -> ``OPP``, "students" -> ``EDU``, "people" -> ``CVL``, "opposition leader" -> ``OPP``): what a country's
        unnamed population is called."""
        return {p: ("CVL" if sec == "PPL" else sec) for p, sec in self.sectors.items()
                if p.count(" ") <= 1 and sec in GROUP_SECTORS}

    def unidentified(self) -> set[str]:
        """Nouns of one or two words for armed men the text does not name ("gunmen", "assailants", "armed men",
        "armed group"): sector ``UAF``, whose country is where they struck. A pair whose plural is another
        sector's is left out ("armed force": "armed forces" are ``MIL``)."""
        return {p for p, sec in self.sectors.items() if p.count(" ") <= 1 and sec == "UAF"
                and self.sectors.get(p + "s", sec) == sec}

    def by_surname(self, surname: str, date: str | None) -> Role | None:
        """The role of the one known person with this surname on ``date`` (None if unknown or ambiguous); a
        leader of the curated tables outranks the dictionaries' namesakes ("Secretary-General Ban" is Ban
        Ki-moon, not a Yemeni minister whose name ends in "al ban")."""
        found = {r for full in self.surnames.get(surname.lower(), ()) if (r := self.resolve(full, date))}
        best = min((r.priority for r in found), default=None)
        found = {r for r in found if r.priority == best}
        codes = {r.code for r in found}
        return next(iter(found)) if len(codes) == 1 else None

    def person_names(self) -> set[str]:
        """The capitalised one-word names of people ("Trump", "Baerbock"), not places dated like offices."""
        return {p.title() if p.islower() else p for p, roles in self.roles.items()
                if " " not in p and p.isalpha() and any(r.person for r in roles) and not self.is_place(p)}

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
# words a dictionary phrase may put before a leader's one-word alias ("prime minister netanyahu")
TITLE_WORDS = TITLES | {"prime", "foreign", "defense", "defence", "state", "of", "vice-president"}
