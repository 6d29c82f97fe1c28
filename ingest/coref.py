"""Coreference inside one article: what a pronoun ("he", "him"), a definite description ("the government",
"the country", "the group") or a definite event noun answered ("condemned **the attack**") stands for, from what
the article has named and told so far (:class:`History`). A mixin of :class:`~ingest.roles.ActorRoles`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .actors import ORGS, TITLES
from .records import Mention
from .syntax import answered, doers_of, first_conjunct, pobjs
from .words import (
    ACT_NOUNS, BLOC_NOUNS, COMMAND_WORDS, COMMANDER_NOUNS, DISAPPROVING_VERBS, DOMESTIC_SECTORS,
    FORCE_INSTITUTIONS, FORCE_NOUNS, GOV_NOUNS, GROUP_NOUN_SECTORS, INSURGENT_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS,
    RELATIVE_PRONOUNS, SPEECH_VERBS, STATE_NOUNS, STATE_QUALIFIERS, SUBJECTS, TOPIC_PREPS)


def is_state(country: str) -> bool:
    """Whether a mention's country is a state, not an organisation (IGO, NGO …) or a code without one."""
    return len(country) == 3 and country not in ORGS


@dataclass
class History:
    """What the article has mentioned so far, for coreference inside one article."""

    mentions: list[Mention] = field(default_factory=list)
    current: list[Mention] = field(default_factory=list)  # the sentence being coded
    subject: Mention | None = None  # the actor the sentence before was about (its main verb's subject)
    acts: list = field(default_factory=list)  # the counted events of earlier sentences, in order
    told: list = field(default_factory=list)  # the events the sentence being coded has told so far
    previous: list = field(default_factory=list)  # the counted events of the sentence before

    def counted(self) -> list:
        """The counted events told so far: those of earlier sentences, then those of earlier clauses of this one."""
        return [*self.acts, *(e for e in self.told if e.counts)]

    def last_act(self, roots: str | tuple[str, ...]) -> Mention | None:
        """The doer of the last act of a CAMEO root among ``roots`` told before (counted), in an earlier clause
        of the same sentence too ("Iraqi troops invaded Kuwait, and Bush condemned **the invasion**"); a
        hostile act needs no target of its own ("Israel intercepted a flotilla … Turkey condemned **the
        operation**")."""
        acts = self.counted()
        # (one with a target first: "Iran fired missiles at a U.S. air base in retaliation for American strikes
        # … Qatar condemned **the attack**" is Iran's, not the strikes told only as its cause)
        return next((e.source for e in reversed(acts) if e.root in roots and e.target is not None), None) or next(
            (e.source for e in reversed(acts) if e.root in roots and e.root >= "10"), None)

    def last_bond(self, roots: tuple[str, ...]) -> tuple[Mention, Mention] | None:
        """The two parties of the last act of a CAMEO root among ``roots`` told before between two actors
        (counted): what "the deal" or "the meeting" a judgment names was made by."""
        acts = self.counted()
        return next(((e.source, e.target) for e in reversed(acts) if e.root in roots and e.target is not None), None)

    def last_act_upon(self, country: str) -> Mention | None:
        """The doer of the last hostile act (CAMEO roots 10–20) told upon ``country``, in an earlier clause of
        the same sentence too."""
        acts = self.counted()
        return next((e.source for e in reversed(acts) if e.root >= "10" and e.target is not None
                     and e.target.country == country and e.source.country != country), None)

    def last(self, person: bool | None = None, stateish: bool = False, before: int | None = None,
             titles: bool = False) -> Mention | None:
        """The last fitting actor: earlier in the same sentence (before character ``before``) first. With
        ``titles``, a person may be named by a title alone ("The Japanese prime minister visited Seoul. **He**
        pledged …")."""
        earlier = [m for m in self.current if before is not None and m.end <= before]
        for m in reversed(self.mentions + earlier):
            if person is True and (m.kind == "person" or titles and m.kind == "composed"
                                   and m.text.lower().split()[-1] in TITLES):
                return m
            if person is False and m.kind != "person" and (not stateish or len(m.country) == 3):
                return m
        return None

    def last_state(self, before: int, head: str, other_than: frozenset[str] = frozenset()) -> Mention | None:
        """The state "the country" or "the government" (``head``) stands for: one named earlier in its sentence,
        else the last one named with the same head ("Russia has upped its aid to **the Afghan government**. That
        aid includes rifles that the government will use"), else the state the sentence before was about (its
        subject, a person's state too: "Maduro said Washington was preparing an invasion. **The government**
        also expelled …" is Venezuela's), else the last state named; none of the states ``other_than`` ("Maduro
        accused **the island nation**" is not his own)."""
        earlier = [m for m in self.current if m.end <= before and m.kind != "person" and len(m.country) == 3
                   and m.country not in other_than]
        if earlier:
            return earlier[-1]
        same = [m for m in self.mentions if is_state(m.country) and m.text.lower().split()[-1] == head
                and m.country not in other_than]
        if same:
            return same[-1]
        if self.subject is not None and is_state(self.subject.country) and self.subject.country not in other_than:
            return self.subject
        if other_than:
            return next((m for m in reversed(self.mentions) if m.kind != "person" and is_state(m.country)
                         and m.country not in other_than), None)
        return self.last(person=False, stateish=True)

    def last_pair(self, before: int, places: frozenset[int] = frozenset()) -> tuple[Mention, Mention] | None:
        """What "the two countries", "both sides" or "the two leaders" stand for: the last two parties (states, their
        organs, organisations) named earlier in the same sentence ("The U.S. has an agreement with Russia … where
        **both countries** are conducting bombing campaigns"), else the two of the last act the sentence before
        told between two of them ("Saudi Arabia and Iran restored relations. **The two countries** …"). Mentions
        whose start is in ``places`` name where, not who ("… collisions **over Syria** where both countries …")."""
        named: list[Mention] = []
        for m in reversed([m for m in self.current if m.end <= before and m.start not in places]):
            if (is_state(m.country) or m.code.startswith("IGO")) and all(m.country != n.country for n in named):
                named.append(m)
            if len(named) == 2:
                return named[1], named[0]
        return next(((e.source, e.target) for e in reversed(self.previous) if e.target is not None
                     and is_state(e.source.country) and is_state(e.target.country)
                     and e.source.country != e.target.country), None)

    def last_group(self) -> Mention | None:
        """The last group named in an earlier sentence that is no state's organ (an armed group, a party, a
        non-governmental organisation): what "the group" stands for."""
        return next((m for m in reversed(self.mentions) if m.kind != "person"
                     and (m.code.startswith(("IMG", "NGO")) or m.sector in GROUP_NOUN_SECTORS)), None)


def _governing_subject(pronoun: Token) -> Token | None:
    """The subject, before ``pronoun``, of the clause on which the pronoun's own clause depends as a time or
    reason clause: "Abadi holds a flag **as he announces** victory", "Putin smiled **while he spoke**"."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "after", "before", "because", "since", "until",
                                             "though", "although") for c in clause.children):
        return None
    head = clause.head
    for _ in range(4):  # (the parser may hang the clause lower: "holds a paper with … written in Arabic as she …")
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
        if subj is not None or head.head is head:
            return subj
        head = head.head
    return None


def _domestic_group(tok: Token, history: History) -> Mention | None:
    """A group inside a state named later in ``tok``'s sentence (rebels, insurgents, the opposition, civilians):
    the state whose government or forces ``tok`` names when nothing before it does ("The government accused
    **UNITA** of attacking civilians")."""
    return next((m for m in history.current if m.start >= tok.idx and m.sector in DOMESTIC_SECTORS
                 and is_state(m.country)), None)


def _standing_for(tok: Token, code: str, country: str, sector: str = "") -> Mention:
    """The mention ``tok`` makes of the actor it stands for ("**the government**" -> ``VENGOV``)."""
    return Mention(code, country, sector, tok.text, tok.idx, tok.idx + len(tok), "coref")


def _speaker(pronoun: Token) -> Token | None:
    """The subject of the speech verb whose reported clause ``pronoun`` is the subject of: "Zelensky said **he**
    would not cede land", "a suspect who told police **he** had shot Ley" (the noun a relative pronoun stands
    for); None for a pronoun that is not so placed."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    verb = clause.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head
    return subj


# determiners by which a noun names a thing already told ("condemned **the** attack", "criticized **this** deal")
DEFINITE_DETS = ("the", "this", "that", "these", "those")
# judgments aimed at the makers of a bond they name ("Russia criticized the deal"); a rejection or opposition refuses
# the bond instead
BOND_JUDGING_VERBS = DISAPPROVING_VERBS - {"reject", "oppose"}


class Coreference:
    """Resolving pronouns, definite descriptions and answered acts; mixed into :class:`~ingest.roles.ActorRoles`,
    whose parse questions it asks."""

    def _unknown_person_before(self, tok: Token, at) -> bool:
        """Whether a person the dictionaries do not know is named in ``tok``'s sentence before it."""
        return any(self._sent_start <= e.start_char and e.end <= tok.i and e.start not in at and e.end - 1 not in at
                   for e in self._persons)

    def _corefer(self, tok: Token, at, history: History) -> Mention | None:
        """Pronouns and definite descriptions -> the last fitting actor of the article."""
        low = tok.lower_
        before = tok.idx
        # pronouns look back to earlier sentences only (inside one, "its" is too often somebody else);
        # definite descriptions ("the government") may also take an actor named earlier in the sentence.
        # "it"/"its" are not resolved: on VOA text they were mostly a thing ("the test", "the dam"), not the
        # last state named
        if tok.pos_ == "PRON" and low in ("him", "her") and tok.dep_ in ("dobj", "dative"):
            # "wrote to President George Bush urging **him** to send troops", "called Putin and urged **him**": an
            # object pronoun names a person of its own sentence who is not the subject of its clause (nor of the
            # clause a participle shares it with; "Putin said Obama had urged **him**" is Putin)
            subjects = [c for c in tok.head.children if c.dep_ in SUBJECTS] or [
                c for c in tok.head.head.children if c.dep_ in SUBJECTS]
            for m in reversed(history.current):
                if m.kind == "person" and m.end <= before and not any(m.start <= c.idx < m.end for c in subjects):
                    return m
        if tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
            speaker = _speaker(tok)
            if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") and speaker.tag_ not in ("NNS", "NNPS"):
                # "Zelensky said **he** would not cede land", "a soldier said **he** had fired": one who speaks of
                # himself, not the last person the article named (nobody they know if the dictionaries do not
                # know the speaker: "a suspect … told police he had shot Ley")
                m = self._actor_under(speaker, at)
                return m if m is not None and (m.kind == "person" or speaker.tag_ == "NN"
                                               or speaker.pos_ == "PROPN" and m.kind == "composed") else None
            subj = _governing_subject(tok)
            if subj is not None:
                # "al-Abadi holds an Iraqi flag as **he** announces victory": the subject of the clause this
                # one depends on, if a person (a name the dictionaries do not know is nobody they know)
                m = self._actor_under(subj, at)
                if m is not None and (m.kind == "person" or subj.pos_ == "PROPN" and m.kind == "composed"
                                      or subj.tag_ == "NN"):
                    # ("Iraqi Prime Minister Haider al-Abadi": a title the dictionaries know; "a Lebanese woman
                    # holds a paper as **she** chants slogans": one of a people)
                    return m
                if m is None and subj.pos_ == "PROPN" and any(e.start <= subj.i < e.end for e in self._persons):
                    return None
            m = history.last(person=True, titles=True)
            # a person the dictionaries do not know, named after him and before the pronoun, is the nearer
            # antecedent ("… said analyst Rami Khouri. He added …" is not the last leader named; nor is
            # "Yanukovych's ouster, which was precipitated by **his** abandoning …", told when he was out of office)
            # (or one they know only out of office: PETRARCH2's undated elite reading is no person in office)
            if m is not None and any(m.end <= e.start_char and e.end_char <= tok.idx and all(
                    i not in at or at[i].kind != "person" for i in (e.start, e.end - 1)) for e in self._persons):
                return None
            return m
        if tok.pos_ == "NOUN" and low in STATE_NOUNS | GOV_NOUNS and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in tok.children):
            # "Trinidad's prime minister said **her country** would continue to cooperate with Washington", "Petro
            # said **his government** would cut ties with Israel": the speaker's own state, or its government
            speaker = _speaker(tok)
            m = self._actor_under(speaker, at) if speaker is not None else None
            if m is None and speaker is not None and speaker.i != tok.i:
                m = self._corefer(speaker, at, history)  # ("**The president** said his government would …")
            if speaker is None:
                # ("Lula said Washington was trying to punish **his country**": whoever the possessive stands for)
                owner = next(c for c in tok.children if c.dep_ == "poss")
                m = history.last(person=True, titles=True, before=owner.idx)
            if m is not None and is_state(m.country):
                return _standing_for(tok, m.country, m.country) if low in STATE_NOUNS else \
                    _standing_for(tok, m.country + "GOV", m.country, "GOV")
        # ("the **army chief**", "the police commander": the head of such forces is of them)
        force = low if low in FORCE_NOUNS else next((d.lower_ for d in tok.children if d.dep_ == "compound"
                                                     and d.lower_ in FORCE_INSTITUTIONS), None) \
            if low in COMMANDER_NOUNS else None
        if tok.pos_ == "NOUN" and force is not None and (
                force in FORCE_INSTITUTIONS
                and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in tok.children)
                or any(d.dep_ in ("compound", "amod") and d.lower_ in STATE_QUALIFIERS for d in tok.children)):
            # "Fighting broke out in Angola. **The army** attacked UNITA rebels", "**government troops** attacked
            # UNITA rebels": the forces of the state the article is about, else of the group they act upon
            m = history.last_state(before, force) or _domestic_group(tok, history)
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in COMMAND_WORDS:
                # "Israel's defence minister … ordered **the military** to respond": the commander's own forces
                verb = first_conjunct(tok.head)  # ("accused Iran … and ordered the military …")
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                own = at.get(subj.i) if subj is not None else None
                m = own if own is not None else m
            if m is not None and is_state(m.country):
                return _standing_for(tok, m.country + FORCE_NOUNS[force], m.country, FORCE_NOUNS[force])
        if tok.pos_ == "NOUN" and low in INSURGENT_NOUNS and not any(c.dep_ == "poss" for c in tok.children):
            # "The Philippine government and Moslem rebels agreed …", "government troops clashed with rebels": the
            # rebels of the state whose government or forces the sentence names
            m = next((m for m in history.current if m.sector in ("GOV", "MIL", "COP") and is_state(m.country)
                      and not m.start <= tok.idx < m.end), None)
            if m is not None:
                return _standing_for(tok, m.country + "REB", m.country, "REB")
        if tok.pos_ in ("NOUN", "PROPN") and any(d.lower_ in ("the", "this") for d in tok.children if d.dep_ == "det"):
            if low in PERSON_NOUNS:
                return history.last(person=True, before=before)
            if low in STATE_NOUNS:
                # (the object of a verb is another state than its subject's: "Maduro accused the island nation")
                verb = tok.head.head if tok.dep_ == "pobj" else tok.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
                    if tok.dep_ in ("dobj", "pobj", "dative") else None
                own = frozenset(m.country for m in history.current if subj is not None and m.start <= subj.idx < m.end)
                m = history.last_state(before, low, own)
                return _standing_for(tok, m.country, m.country) if m else None
            if low in GOV_NOUNS:
                # (a government is not the state its own verb acts upon: "The government also accused France";
                # its own rebels it may fight: "help the government fight the Taliban")
                acted_on = frozenset(m.country for m in history.current if m.start >= tok.idx
                                     and m.sector not in DOMESTIC_SECTORS and any(
                                         m.start <= o.idx < m.end for o in tok.head.children
                                         if o.dep_ in ("dobj", "dative"))) \
                    if tok.dep_ in ("nsubj", "nsubjpass") else frozenset()
                m = history.last_state(before, low, acted_on) or _domestic_group(tok, history)
                if m:
                    return _standing_for(tok, m.country + "GOV", m.country, "GOV")
            if low in BLOC_NOUNS and not any(c.dep_ == "compound" for c in tok.children):
                # "the European Union agreed new sanctions … Zakharova accused **the bloc** of …", "Tehran accused
                # **the agency** of bias": the last international organisation named (not a named one: "the
                # Interfax news agency")
                m = next((m for m in reversed(history.mentions + [x for x in history.current if x.end <= before])
                          if m.code.startswith("IGO")), None)
                if m:
                    return _standing_for(tok, m.code, m.country, m.sector)
            if low == "group" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "the SDF seized the Tishrin dam … **the group** said": the last group named that is no
                # state's organ (earlier sentences only, as for pronouns)
                m = history.last_group()
                if m:
                    return _standing_for(tok, m.code, m.country, m.sector)
        return None

    def _answered_act(self, trigger: Token, at) -> str | tuple[str, ...] | None:
        """The CAMEO root of the hostile act ``trigger`` answers when its object names that act by a definite
        noun with no named doer of its own ("condemned **the attack**", "rejected **the accusation**"); any
        hostile root for a judgment of an act named only as such ("condemned **the measures**")."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"] + pobjs(trigger, TOPIC_PREPS)
        for o in objects:
            if not answered(o) or any(d.i in at for d in doers_of(o)) or not any(
                    d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in o.children):
                continue
            if o.lemma_.lower() in ACT_NOUNS and trigger.lemma_.lower() in DISAPPROVING_VERBS:
                return tuple(f"{r:02d}" for r in range(10, 21))
            root = self._hostile_root(o)
            if root is not None:  # (an agreement or talks have no one doer)
                return root
        return None

    def _judged_bond(self, trigger: Token, at) -> str | None:
        """The CAMEO root of the bond or meeting a judgment names by a definite noun with no party of its own
        ("Russia criticized **the deal**", "Iran condemned **the meeting**"): roots 03–08 of the noun. (Not a
        rejection or opposition, which refuses the bond rather than judging its makers: "Israel rejected the
        agreement".)"""
        if trigger.lemma_.lower() not in BOND_JUDGING_VERBS:
            return None
        for o in [c for c in trigger.children if c.dep_ == "dobj"]:
            if any(d.i in at for d in o.subtree) or not any(
                    d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in o.children):
                continue
            match = self.lexicon.noun(o.lemma_.lower(), set())
            if match is not None and "03" <= match.code[:2] <= "08":
                return match.code[:2]
        return None

    def _hostile_root(self, noun: Token) -> str | None:
        """The CAMEO root of ``noun`` as an event noun of a hostile act (roots 10–20), if it is one."""
        match = self.lexicon.noun(noun.lemma_.lower(), set())
        return match.code[:2] if match is not None and match.code[:2] >= "10" else None
