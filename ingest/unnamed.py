"""Actors a clause does not name: unnamed groups of people placed by where the act happened ("police
dispersed **demonstrators** in Monrovia"), ethnic groups by the country they live in, the authorities of the
place a passive names ("was arrested in Russia"), and attackers the text leaves unidentified ("a roadside
bombing near Samarra"). A mixin of :class:`~ingest.events.EventCoder`, beside :mod:`.roles`, which finds the
actors a clause names.
"""
from __future__ import annotations

from spacy.tokens import Token

from .actors import ORGS
from .coref import is_state
from .records import Mention
from .refine import KILLING_VERBS
from .roles import Found, is_place
from .syntax import in_language, pobjs
from .words import (
    ARRESTING_VERBS, BOUNDARY_NOUNS, CROWD_NUMBERS, FACILITY_NOUNS, GROUND_NOUNS, IN_IDIOM_NOUNS, IN_PREPS,
    INCURSION_VERBS, LOCAL_FORCES, MEASURE_NOUNS, QUANTITY_NOUNS, RELATIVE_PRONOUNS, SEA_WORDS, STATE_SECTORS, SUBJECTS,
    VENUE_PREPS, VESSEL_NOUNS)


def _group_of(tok: Token, country: str, sector: str) -> Found:
    """The mention of a group ``tok`` names (with the words before it), as ``country``'s ``sector``."""
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    return Found(Mention(country + sector, country, sector, span.text, span.start_char, span.end_char, "group"),
                 "group")


def _word_before(tok: Token) -> Token | None:
    """The word right before ``tok`` when it qualifies ``tok`` ("**opposition** leaders", "**armed** men")."""
    return tok.doc[tok.i - 1] if tok.i > 0 and tok.doc[tok.i - 1].head.i == tok.i else None


def _in_a_manner(pobj: Token) -> bool:
    """Whether ``pobj`` makes its *in* phrase an idiom of manner or cause (``IN_IDIOM_NOUNS``, bare), no place:
    "marched **in support** of the Iran deal", "rallied in solidarity with Ukraine"."""
    return pobj.lower_ in IN_IDIOM_NOUNS and not any(c.dep_ in ("det", "poss") for c in pobj.children)


class UnnamedActors:
    """Placing the actors a clause does not name; mixed into :class:`~ingest.events.EventCoder`."""

    def _group(self, tok: Token, holders: list[Token], at, home: str | None = None,
               one: bool = False, crowd: bool = False, at_home: bool = False) -> Found | None:
        """``tok`` as an unnamed group of people ("demonstrators", "students"): the sector of the country the
        clause places it in (a :meth:`_venue` of ``holders``), else of ``home``; None if it names no group.
        With ``one``, also a single person of such a kind where the clause names a place ("a journalist has
        been killed … in eastern Beirut"), or, ``at_home``, with none ("police detained a dissident"). With
        ``crowd``, a counted crowd is people though its *of* phrase names them ("thousands of Catalans")."""
        # ("**thousands** marched in Belgrade": a crowd the text counts and does not name is people)
        # ("two **opposition leaders**": a group named by its noun and the word before it)
        before = _word_before(tok)
        sector = self.groups.get(tok.lemma_.lower()) or (
            self.groups.get(f"{before.lower_} {tok.lemma_.lower()}") if before is not None else None) or (
            "CVL" if tok.lower_ in CROWD_NUMBERS and (crowd or not pobjs(tok, {"of"})) else None)
        # (a group is plural, "the opposition" is not; or it qualifies a thing of its own: "a guerrilla stronghold")
        if sector is None or tok.i in at or tok.tag_ != "NNS" and not one and tok.dep_ != "compound" \
                or self._armed_men(tok):  # ("armed men" are no civilians: see :meth:`_unidentified`)
            return None
        place = self._venue(holders, at)
        if one and tok.tag_ != "NNS" and place is None and not at_home:
            return None
        country = place.country if place is not None else home
        if country is None or not is_state(country):
            return None
        return _group_of(tok, country, sector)

    def _resident(self, found: Found, trigger: Token, at) -> Found:
        """An ethnic group is coded by the country it lives in, as CAMEO codes "ethnic Albanians in Serbia"
        (``SRBCVL``): "ethnic Albanians **demonstrated in Serbia**", "killed three ethnic Albanians **in
        southeastern Serbia**" take the country where the act took place. Found unchanged otherwise."""
        m = found.mention
        toks = self._tokens_of.get(id(m))
        if not toks or m.code.startswith(ORGS) or m.sector not in ("", "CVL", "PPL"):
            return found
        doc = trigger.doc
        first = min(toks)
        if first == 0 or doc[first - 1].lower_ != "ethnic":
            return found
        place = self._venue([trigger], at)
        if place is None or place.country == m.country or not is_state(place.country):
            return found
        code = place.country + "CVL"
        return Found(Mention(code, place.country, "CVL", m.text, m.start, m.end, m.kind), found.how)

    def _group_source(self, verb: Token, at) -> list[Found]:
        """An unnamed group of people acting where the text places them: "hundreds of thousands of **people**
        blocked streets in Hong Kong" -> ``HKGCVL``, "**prisoners** rioted at a jail in Dili" -> ``TLSCRM``;
        the counterpart of :meth:`_domestic` for the source. Nothing without such a place."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i in at:
            return []
        counted = subj
        if subj.lower_ in QUANTITY_NOUNS or subj.like_num:  # "thousands of people", "500 of them"
            subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), subj)
        group = self._group(subj, [verb, subj], at)
        if group is None and subj is not counted and subj.tag_ == "NNPS" and subj.i not in at:
            # "thousands of Catalans rallied in Barcelona": a people the dictionaries do not know, counted as a
            # crowd, is the crowd of the place
            group = self._group(counted, [verb, counted], at, crowd=True)
        if group is None and subj.lower_ in LOCAL_FORCES and not any(c.dep_ in ("poss", "det") for c in subj.children):
            # "Police arrested dozens of protesters in Istanbul": police serve where they act (troops need not)
            place = self._venue([verb, subj], at)
            if place is not None and is_state(place.country):
                group = _group_of(subj, place.country, "COP")
        return [group] if group is not None else []

    def _domestic(self, trigger: Token, source: Mention, at) -> list[Found]:
        """An unnamed group of people acted upon ("Liberian police dispersed **demonstrators** in Monrovia"):
        coded as the sector of the country where the act took place (an ``in`` phrase naming a country, or
        the state the act named as the subject struck), else of the source's country, as ICEWS codes "Protester
        (Liberia)", unless the act took place at sea. Organisations' acts are left alone: an IGO's troops in no
        named place give the group no country."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += pobjs(trigger, ("against", "on", "at", "to", "with"))
        # "opened fire to disperse demonstrators": the object of the act's purpose
        objects += [o for c in trigger.children if c.dep_ in ("advcl", "xcomp")
                    and not any(g.dep_ in SUBJECTS for g in c.children)
                    for o in c.children if o.dep_ == "dobj"]
        # "accepted demands from Hutu rebels": whoever the object noun belongs to
        objects += [p for o in list(objects) for p in pobjs(o, ("from", "by", "of"))]
        # "captured part of a Karen guerrilla stronghold": the group that holds the thing acted upon
        objects += [c for o in list(objects) if o.lemma_.lower() in GROUND_NOUNS for c in o.children
                    if c.dep_ == "compound" and c.i < o.i]
        # (one victim of a killing too: "a prominent anti-Syria journalist has been killed … in eastern Beirut")
        killing = trigger.lemma_.lower() in KILLING_VERBS
        # (and one arrested by the state's own organs, at home unless placed: "Chinese police detained a
        # prominent dissident")
        arrest = trigger.lemma_.lower() in ARRESTING_VERBS and source.sector in STATE_SECTORS
        home = self._struck(trigger, at) or self._entered(trigger, at) or (
            None if self._at_sea(trigger) else source.country)
        for obj in objects:
            single = obj.dep_ in ("dobj", "nsubjpass")
            group = self._group(obj, [trigger, obj], at, home=home, one=(killing or arrest) and single,
                                at_home=arrest and single)
            if group is not None:
                return [group]
        return []

    def _struck(self, trigger: Token, at) -> str | None:
        """The state an act named as the subject struck ("a Russian missile **strike on Kyiv** killed eight
        people", "Israeli strikes on Gaza killed …", "Pakistan's airstrikes on Afghan territory"): where its
        victims were, rather than the doer's own country."""
        subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in self.lexicon.nouns:
            return None
        return next((at[t.i].country for p in pobjs(subj, ("on", "against", "at", "in")) for t in p.subtree
                     if t.i in at and is_state(at[t.i].country)), None)

    @staticmethod
    def _entered(trigger: Token, at) -> str | None:
        """The state the act's first conjunct went into ("Hamas fighters **crossed into southern Israel** and
        killed about 1,200 people", "troops **entered the Ukrainian town** and arrested dozens of residents"):
        where the victims of the second were."""
        if trigger.dep_ != "conj":
            return None
        first = trigger.head
        places = pobjs(first, ("into", *IN_PREPS))
        if first.lemma_.lower() in INCURSION_VERBS:
            places += [c for c in first.children if c.dep_ == "dobj"]
        return next((at[t.i].country for p in places for t in p.subtree
                     if t.i in at and is_place(at[t.i]) and is_state(at[t.i].country)), None)

    @staticmethod
    def _at_sea(trigger: Token) -> bool:
        """Whether the act, or the act it elaborates, took place at sea ("struck a boat **in the Caribbean**,
        killing three people"): its victims are then no more the doer's people than anyone's."""
        verbs = [trigger, trigger.head] if trigger.dep_ in ("advcl", "conj") else [trigger]
        # (or struck a vessel: "U.S. forces struck a boat that had left Venezuela, killing 11 people")
        return any(t.lower_ in SEA_WORDS for v in verbs for c in v.children if c.dep_ == "prep"
                   and c.lower_ in VENUE_PREPS for t in c.subtree) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in VESSEL_NOUNS for v in verbs for c in v.children)

    def _authorities(self, verb: Token, at) -> list[Found]:
        """Who sentences, arrests, expels, represses or investigates people where a passive names only the place
        (``words.AUTHORITY_CODES``): "an American journalist **was arrested in Russia**" -> ``RUSGOV``, as only a
        state's authorities do so there. Nothing with a doer named ("was arrested by rebels") or without such a
        place."""
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        # whom the act befell: the passive's subject (or its first conjunct's: "who was convicted and executed"),
        # or the noun a reduced relative qualifies ("a U.S. pastor jailed in Turkey"); not an act or measure ("the
        # curfew imposed in Sudan", "demonstrations have been banned in Egypt"), nor one only feared ("has no fear
        # of being detained")
        clause = verb
        while clause.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in clause.children):
            clause = clause.head
        patient = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        if patient is None and clause.dep_ in ("acl", "relcl"):
            patient = clause.head
        if patient is not None and patient.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
            patient = clause.head
        if patient is None or patient.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") \
                or patient.lemma_.lower() in self.lexicon.nouns or patient.lemma_.lower() in MEASURE_NOUNS:
            return []
        place = self._venue([verb], at)
        if place is None or not is_state(place.country):
            return []
        code = place.country + "GOV"
        # (placed at the verb, the word that implies it)
        return [Found(Mention(code, place.country, "GOV", verb.text, verb.idx, verb.idx + len(verb), "implicit"),
                      "venue")]

    def _armed_men(self, tok: Token) -> bool:
        """Whether ``tok`` and the word before it name unnamed armed men ("**armed men**", "an **armed gang**"),
        as a pair of words in the agent dictionary, by the noun's form or lemma."""
        before = _word_before(tok)
        if before is None:
            return False
        return f"{before.lower_} {tok.lower_}" in self.attackers \
            or f"{before.lower_} {tok.lemma_.lower()}" in self.attackers

    def _unidentified(self, verb: Token, at) -> list[Found]:
        """The attacker the text does not name: "a roadside **bombing** near Samarra killed …", "killed by an
        improvised explosive **device** outside Basra", "killed in a car **bomb** explosion in Beirut",
        "unidentified **gunmen** killed …". CAMEO codes it as unidentified armed forces of the country where
        it struck (``IRQUAF``); with no such place in the clause, nothing is coded."""
        means = [c for c in verb.children if c.dep_ == "nsubj"]
        means += [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
                  for p in c.children if p.dep_ == "pobj"]
        means = [m for m in means if m.i not in at and (any(
            t.lemma_.lower() in self.attackers and t.pos_ in ("NOUN", "PROPN") for t in (m, *m.lefts))
            or self._armed_men(m))]
        if not means:
            return []
        # (unlike :meth:`_venue`: the phrases of the act, its means and its victims only, and all of them: "outside
        # of Basra", "killed 15 villagers in central Nigeria")
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        phrases = [c for h in [verb, *means, *victims] for c in h.children
                   if c.dep_ == "prep" and c.lower_ in VENUE_PREPS]
        # (and where the victims were taken from, a place that is no actor itself: "abducted more than 280 pupils
        # **from a school in northern Nigeria**", not "from Russia")
        phrases += [c for h in [verb, *victims] for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                    and not any(p.i in at and at[p.i].kind != "composed" for p in c.children if p.dep_ == "pobj")]
        # ("struck an outpost by the Syrian border": the edge of Syria is no place in Syria; "killed 15 people in
        # central Nigeria": the place names a group the tagger composed with it)
        # (nor is a state's embassy or base: "bombs exploded outside **the U.S. embassies in Kenya**")
        place = next((at[t.i] for c in phrases for t in c.subtree if t.i in at and (
            is_place(at[t.i]) or at[t.i].kind == "composed" and t.pos_ == "PROPN")
                      and t.head.lemma_.lower() not in BOUNDARY_NOUNS | FACILITY_NOUNS), None)
        if place is None:
            return []
        span = means[0].doc[means[0].left_edge.i:means[0].i + 1]
        code = place.country + "UAF"
        return [Found(Mention(code, place.country, "UAF", span.text, span.start_char, span.end_char, "composed"),
                      "unidentified")]

    @staticmethod
    def _venue(holders: list[Token], at) -> Mention | None:
        """The place actor of an ``in`` phrase on one of ``holders`` or on a clause or phrase they govern ("…
        when they blew themselves up **in Tel Aviv**"), if any; not a language ("spoke to students **in
        Spanish**")."""
        for _ in range(2):  # the act, its objects and phrases, and theirs ("rioted at this jail in … Israel")
            holders = [*holders, *(c for h in holders for c in h.children
                                   if c.dep_ in ("advcl", "acl", "prep", "dobj", "pobj") and c not in holders)]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in IN_PREPS:
                    # (nor the owner of an embassy or base: "rallied in front of the U.S. embassy in Seoul")
                    tok = next((t for p in c.children if p.dep_ == "pobj" and not in_language(c)
                                and not _in_a_manner(p) for t in p.subtree if t.i in at and is_place(at[t.i])
                                and t.head.lemma_.lower() not in FACILITY_NOUNS), None)
                    if tok is not None:
                        return at[tok.i]
        return None
