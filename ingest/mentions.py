"""The actor tagger: the actors a parsed ``Doc`` names, as :class:`~ingest.records.Mention` s. Names come from
the dictionaries (:class:`~ingest.actors.ActorDictionary`); sector words ("officials", "forces") join the country
that owns them; titles join names; surnames, shared place names and peoples are read in their article.

"British intelligence and military officials" -> ``GBRGOV``; "President Gustavo Petro" (2025) -> ``COLGOV``.
"""
from __future__ import annotations

import re

from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .actors import (
    ARMED_SECTORS, ActorDictionary, COUNTRY, CURATED, ORGS, Role, STANCE_PREFIXES, TITLES, data_rows, split_code)
from .records import Mention
from .syntax import in_language, names_a_bond
from .words import ACCORD_NOUNS, VESSEL_NOUNS

PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "ould", "ben"}


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
    return {row["phrase"]: row["codes"].split("|") for row in data_rows("places_ambiguous.tsv")}


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


# particles that open a surname ("dos Santos", "da Silva", "de Klerk", "van der Bellen")
SURNAME_PARTICLES = {"dos", "da", "de", "del", "der", "van", "von", "di", "le", "la"}


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
        # (with its particle: "… President Jose Eduardo dos Santos … **Dos Santos** criticized Portugal")
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in SURNAME_PARTICLES else tok.i
        if first is None or tok.i in taken or start < first[0] or tok.pos_ != "PROPN" or any(
                0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (start - 1, tok.i + 1)):
            continue
        out.append((doc[start:tok.i + 1], first[1]))
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


# prepositions whose object is a place, whatever the named-entity recogniser calls it
PLACE_PREPS = {"in", "from", "into", "near", "outside", "around", "across", "toward", "towards", "inside"}


def _names_an_accord(span: Span, role: Role, actors: ActorDictionary) -> bool:
    """A city that names an accord or a forum ("after signing the **Oslo** accord", "the Minsk agreements",
    "the **Washington** treaty"): one title-case word for a state or its government that no state or people
    is called, or a region of one ("a **Gaza** ceasefire deal"), qualifying an ``ACCORD_NOUNS`` noun ("the
    **Iran** nuclear deal", "the Israel-**Hamas** talks" name parties)."""
    root = span.root
    country, part = split_code(role.code)
    # (a state, its capital, or a region of it; not a group of it)
    region = part in ("", "GOV") or len(part) == 3 and part not in actors.sector_codes
    return len(span) == 1 and not role.person and region and len(country) == 3 and root.is_title \
        and root.dep_ == "compound" and root.lower_ not in actors.country_names \
        and any(h.lower_ in ACCORD_NOUNS for h in _compound_heads(root))


# CAMEO's region codes that the dictionaries give a name ("Europe", "the West")
REGIONS = {"EUR", "WST"}


def _names_a_regions_thing(span: Span, role: Role) -> bool:
    """A region's name qualifying a capitalised noun names a thing of it, not the region as an actor: "blocked
    the **Europe** Bridge", "on Europe Day"."""
    root = span.root
    return role.code in REGIONS and root.dep_ == "compound" and root.head.i > root.i and root.head.is_title


def _compound_heads(tok: Token) -> list[Token]:
    """The nouns a compound word qualifies, up its chain ("**Gaza** ceasefire deal" -> ceasefire, deal)."""
    out = []
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def _leader(span: Span, actors: ActorDictionary, date: str | None) -> bool:
    """Whether ``span`` names a person the dictionaries know in office on ``date``."""
    role = actors.resolve(span.text, date)
    return role is not None and role.person


def _in_a_name(span: Span, leader: bool = False) -> bool:
    """Whether a city name read from ``places.tsv`` is part of a person's or an organisation's name: "Judge
    Alejandro **Rivera**", "Marco **Rubio**", "Shilo **Adler**" (a name before it, or the named-entity
    recogniser's person or organisation around it). A ``leader``'s name alone is his, though the recogniser
    calls it a person ("**Rubio** criticized Venezuela" is the secretary of state, not a town)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start:
        return True
    if leader or span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPS:
        return False  # (a name a preposition of place governs is the place: "retreated from **Kherson**")
    # (read on the tokens: ``Doc.ents`` is rebuilt at every access)
    label = span[0].ent_type_
    return label in ("PERSON", "ORG") and all(t.ent_type_ == label for t in span) \
        and not any(t.ent_iob_ == "B" for t in span[1:])


# the head of an institution's name whose *for/of/on* phrase names what it studies or serves: "the **Institute
# for U.S. and Canadian Studies**" (in Moscow), "the University of Tehran" hold names that are no actors
INSTITUTION_HEADS = {"Institute", "Center", "Centre", "University", "Academy", "School", "College", "Foundation",
                     "Society", "Museum", "Library"}
NAME_JOINERS = {"for", "of", "on", "and", "&", "the"}


def _institution_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of institutions' names of the form *Institute for … Studies*: the head, its *for/of/on*,
    and the capitalised words (and joiners) after it, ending at a capitalised word."""
    out = []
    for t in doc:
        if t.text not in INSTITUTION_HEADS or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in ("for", "of", "on"):
            continue
        end = None
        for u in doc[t.i + 2:]:
            if u.lower_ in NAME_JOINERS or u.text[:1].isupper():
                if u.text[:1].isupper():
                    end = u.i + 1
                continue
            break
        if end is not None:
            out.append((t.i, end))
    return out


def _product(span: Span, role: Role) -> bool:
    """A company's name before a model's number names a product, not the company: "offered **a Boeing 747** to
    the Trump administration", "bought Lockheed Martin F-35 jets"."""
    doc = span.doc
    return role.code.startswith("MNC") and span.end < len(doc) and any(ch.isdigit() for ch in doc[span.end].text)


def _capitalised(span: Span) -> bool:
    """Names are capitalised ("the US", not "us"); a leading article or name particle does not count
    ("al-Qaeda", "al-Shabaab"); a number is no name (PETRARCH2 files groups under "313" and "380")."""
    first = next((t for t in span if any(ch.isalpha() for ch in t.text) and t.lower_ not in ("the", "a", "an")
                  and t.lower_ not in PARTICLES | SURNAME_PARTICLES), None)
    return first is not None and first.text[0].isupper()


# "Russian-backed forces", "a London-based group", "Iranian-made drones", "the UN-negotiated government",
# "U.S.-allied fighters": the country or body backs, hosts, made or sides with them ("Vietnamese-led",
# "Kurdish-dominated" forces are the country's own)
BACKER_PARTICIPLES = {"backed", "supported", "funded", "financed", "sponsored", "made", "based", "built", "armed",
                      "trained", "brokered", "educated", "owned", "negotiated", "mediated", "allied", "aligned",
                      "installed", "appointed", "linked", "inspired"}


# nouns for a leader's or a government's critics, who are no actor unless their target is named directly:
# "critics of President Maduro", "Kremlin critic Alexei Navalny" (VENOPP, RUSOPP); "a critic of Obama's
# policy in Syria" is nobody's opposition
CRITIC_WORDS = {"critic", "detractor"}


def backer(tok) -> bool:
    """Whether ``tok`` names who backs, hosts or made the thing after it: "**Russian**-backed offensive". (A ship's
    owner is no backer: "attacked a **Greek**-owned tanker" struck Greek property.)"""
    doc = tok.doc
    if not (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in BACKER_PARTICIPLES):
        return False
    participle = doc[tok.i + 2]
    return not (participle.lower_ == "owned" and participle.head.lemma_.lower() in VESSEL_NOUNS)


# names that are common words in lower or title case: read only in capitals ("us", "Is" are no actors)
CAPITALS_ONLY = {"us": "US", "is": "IS"}


def _acronyms_of_named(doc: Doc, named: list[tuple[Span, Role]]) -> list[tuple[Span, Role]]:
    """An acronym the article defines after a name ("the Rapid Support Forces (**RSF**)") stands for that name's
    actor wherever the article uses it later, over any other meaning the dictionaries give it ("RSF" is also
    Reporters Without Borders). ``named`` with such uses added or re-read."""
    defined: dict[str, tuple[int, Role]] = {}  # acronym -> (end of its definition, role)
    for span, role in named:
        end = span.end
        if not role.person and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acr = doc[end + 1].text
            if 2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha():
                defined.setdefault(acr, (end + 3, role))
    if not defined:
        return named
    out = [(s, r) for s, r in named if not (len(s) == 1 and s.text in defined and s.start >= defined[s.text][0])]
    taken = {t.i for s, _ in out for t in s}
    for tok in doc:
        first = defined.get(tok.text)
        if first is not None and tok.i >= first[0] and tok.i not in taken:
            out.append((doc[tok.i:tok.i + 1], first[1]))
    return sorted(out, key=lambda x: x[0].start)


def find_mentions(doc: Doc, actors: ActorDictionary, date: str | None) -> list[Mention]:
    """Actor mentions in ``doc``: named actors, and sector nouns joined to the country that owns them.

    "British intelligence and military officials" -> ``GBRGOV``; "the U.S. Navy" -> ``USAMIL``;
    "President Gustavo Petro" (2025) -> ``COLGOV``; "Washington" -> ``USAGOV``.
    """
    named_spans = [doc[s:e] for _, s, e in actors.named(doc)]
    institutions = _institution_names(doc)
    named_spans = [s for s in named_spans if _capitalised(s) and CAPITALS_ONLY.get(s.text.lower(), s.text) == s.text
                   and not _stance_prefixed(s) and not _dateline(s, actors)
                   and not (s.text.lower() in actors.places and _in_a_name(s, _leader(s, actors, date)))
                   and not any(a < s.start and s.end <= b for a, b in institutions)]
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
                and not (not role.person and _first_name(span)) and not _product(span, role) \
                and not _names_an_accord(span, role, actors) and not _names_a_regions_thing(span, role):
            named.append((span, role))
    named = sorted(named + _led_by(doc, actors, date, {t.i for sp, _ in named for t in sp}), key=lambda x: x[0].start)
    named = sorted(named + _surnames_of_named(doc, named), key=lambda x: x[0].start)
    named = _acronyms_of_named(doc, named)
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
                bond = names_a_bond(head.head)
                scope.update(t.i for t in head.head.lefts if t.i < head.i and not (bond and t.dep_ in ("poss", "nmod"))
                             for t in t.subtree)
        # ("a London-based think tank", "Russian-backed government forces": a seat or a backer, not the owner)
        scope = {i for i in scope if not backer(doc[i])}
        # "its forces in Lebanon", "its troop movements in Crimea" are where they are ("last week's bombing in
        # Suruc" is no owner's)
        owned = any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") for h in holders for c in h.children
                    if not names_a_bond(h))
        for h in holders if not critics else ():
            for child in h.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "throughout", "across") \
                        and not (owned and child.lower_ == "in") and not in_language(child):
                    # (not into a group of its own: "captured the village from **Ukrainian troops**", whose
                    # demonym is the troops', who are a mention of their own)
                    others = {t.i for p in child.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                              and p.lower_ in actors.sectors for t in p.subtree}
                    scope.update(t.i for t in child.subtree if t.i not in others)
        for k, (span, role) in enumerate(named):
            of_leader = span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.i == head.i
            if k in used or span.start not in scope and not (critics and of_leader) or backer(span[-1]):
                continue  # ("The UN-backed government": the name's span starts at its article)
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
        if not person and not sector and len(role.code) == 3 and not role.code.startswith(ORGS) and len(span) == 1 \
                and span[0].ent_type_ != "GPE" and (
                span[0].tag_ in ("NNS", "NNPS") or span.text.lower() in actors.demonym_plurals):
            # "Nigerians", "Americans": a country's people, not the state (but "the Philippines"); a demonym's
            # plural is one even where the tagger calls it singular ("FILE - Pakistanis rally"); an organisation
            # the tagger takes for a plural is none ("ECOWAS threatened …")
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
        if prev is not None and m.kind == "named" and prev.kind == "composed" and prev.sector and m.sector \
                and m.country == prev.country and m.sector != prev.sector and not text[prev.end:m.start].strip() \
                and prev.text.split()[-1].lower() in OFFICE_NOUNS:
            # "State Department spokesman John Kirby" (USAMIL in the dictionaries, from his years at the Pentagon):
            # the office of his state that the title names speaks for him
            out[-1] = Mention(prev.code, prev.country, prev.sector, text[prev.start:m.end], prev.start, m.end,
                              "person")
            continue
        if prev is not None and prev.kind == "person" and m.code.startswith("IGO") and m.kind in ("named", "metonym") \
                and re.fullmatch(r"\s*,\s*(the\s+)?", text[prev.end:m.start]) and _appositive_office(text[m.end:]):
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded …": the office the apposition
            # gives him speaks for him, as a title before his name does
            out[-1] = Mention(m.code, m.country, m.sector, prev.text, prev.start, prev.end, "person")
            continue
        out.append(m)
    return out


# the last word of an office an apposition gives a person ("…, the U.N. special **envoy**, said")
OFFICE_NOUNS = {"envoy", "coordinator", "chief", "secretary-general", "spokesman", "spokeswoman", "spokesperson",
                "representative", "commissioner", "rapporteur", "ambassador", "official", "head", "director",
                "mediator", "president", "chairman", "chairwoman", "negotiator", "administrator", "commander"}


def _appositive_office(after: str) -> bool:
    """Whether the text after an organisation's name in an apposition is an office ending the apposition: "
    Emergency Relief Coordinator, demanded …", " special envoy for Syria" (not " and NATO condemned …")."""
    title = re.split(r"[,.;:()]", after, maxsplit=1)[0]
    words = title.split()
    return 1 <= len(words) <= 4 and words[-1].lower() in OFFICE_NOUNS and not any(
        w.lower() in ("and", "or") for w in words)


def _title_words(between: str) -> bool:
    """Whether the text between an organisation and a name is a title: "mediator", "special envoy",
    "Secretary-General" (at most three words, none ending a clause)."""
    words = between.split()
    return len(words) <= 3 and not any(ch in between for ch in ",;:()\"'") \
        and all(w.replace("-", "").isalpha() for w in words)
