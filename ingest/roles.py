"""Who acts and who is acted upon: the source and target actors of an event trigger, found in the parse
(subject, passive agent, possessor, object, prepositional complement, "between A and B"), through
coreference inside the article (:mod:`.coref`). Actors a clause does not name (unnamed groups, authorities,
attackers) are placed by :mod:`.unnamed`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .actors import ORGS, TITLES
from .mentions import CRITIC_WORDS, backer
from .coref import Coreference, History
from .records import Mention
from .syntax import (
    answered, conditions, doers_of, document_carrier, finite, has_aux, hung_on_subject, hyphen_partners, is_passive,
    named_objects, names_a_bond, passive_agents, pobjs, quoted_before, reduced_relative, trailing_participle)
from .words import (
    AFFECTING_VERBS, BARE_INFINITIVE_VERBS, BOUNDARY_NOUNS, BROKERING_VERBS, CLASH_NOUNS, COMPLAINT_VERBS,
    DELIBERATION_VERBS, DISOWNING_VERBS, DRAWING_VERBS, ENVOY_NOUNS, EXPELLING_VERBS, EXTRADITING_VERBS,
    GATHERING_NOUNS, GROUP_PARTICIPLES, HELP_NOUNS, HOLDING_VERBS, INTENT_VERBS, IN_PREPS, MASSING_VERBS,
    MOTION_VERBS, MUTUAL_NOUNS, NO_TARGET_PREPS, OBJECTS, OBJECT_CONTROL, PAIR_NOUNS, PROTEST_NOUNS, PROTEST_VERBS,
    QUOTING_VERBS, RECIPIENT_PREPS, RELATIVE_PRONOUNS, RETALIATING_VERBS, SAME_CLAUSE_PRONOUNS, SEIZING_VERBS,
    SPEECH_NOUNS, SPEECH_VERBS, SPORTS, SPORTS_HEADS, STRIKING_VERBS, SUBJECTS, TALKING_VERBS, TARGET_PREPS,
    TOPIC_PREPS, VENUE_NOUNS, WITHDRAWAL_WORDS)

@dataclass
class Found:
    mention: Mention
    how: str  # direct | conj | climb | speaker | coref | between | extended | reciprocal | group | venue | domestic |
    # ringed


def is_place(m: Mention) -> bool:
    """Whether a mention can name where something happened: a country or city, or a capital read as its
    government ("in Kabul"); not a person's office or a building's ministry ("the Pentagon")."""
    return not m.code.startswith(ORGS) and m.kind != "people" and (
        not m.sector or m.kind == "metonym" and m.sector == "GOV")


def _number_agrees(pronoun: Token, noun: Token) -> bool:
    """Whether "they" can stand for a subject by number: "Russia blamed the rebels, saying **they**
    attacked" is not Russia; "officials said they" are. ("we" speaks for a speaker's side, "it" and "he"
    are left to the rest of the rules.)"""
    if pronoun.lower_ != "they":
        return True
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we", "government", "administration") \
        or any(c.dep_ == "conj" for c in noun.children)


def _addressed_in(prep: Token) -> list[Token]:
    """The objects of a preposition that may name an act's addressee: its noun, or its clause unless that is an
    absolute clause with a subject of its own ("cracking down on blasphemous content, **with Prime Minister Sharif
    urging** swift punishment") or the reason after *for* ("blamed the West **for** ratcheting up tensions and
    backing protests that ousted Yanukovych" is not aimed at Yanukovych)."""
    return [p for p in prep.children if p.dep_ == "pobj" or p.dep_ == "pcomp" and not (
        p.tag_ in ("VBG", "VBN") and any(g.dep_ in SUBJECTS for g in p.children)) and not (
        prep.lower_ == "for" and p.tag_ == "VBG")]


def _a_person(subj: Token, found: list) -> bool:
    """Whether the subject ``subj`` (found as ``found``) is a person, whom "it" cannot stand for: "Saudi foreign
    minister al-Jubeir focused on Russia's intervention, saying **it** would not help Assad" is the intervention.
    """
    # (a title among the words before it, not the entity tag, which takes "Jordan" for a person)
    return any(t.lower_ in TITLES for t in subj.doc[subj.left_edge.i:subj.i + 1]) \
        or any(f.mention.kind == "person" for f in found)


def _last_token(tok: Token, mention: Mention) -> Token:
    """The last token of ``mention``, which ``tok`` is in ("Nations" of "the United Nations")."""
    end = tok.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].idx < mention.end:
        end += 1
    return tok.doc[end]


def _names_gathering(tok: Token) -> bool:
    """Whether ``tok`` is a word of a gathering's name: "a **Geneva** news briefing", "the **Brussels** summit"."""
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head is not tok and head.lemma_.lower() in GATHERING_NOUNS


def _tells_a_new_act(pronoun: Token, at: dict) -> bool:
    """Whether a relative pronoun that is the subject of its clause tells what the actor before it did: a clause set
    off by a comma, in the past tense, after an actor's name ("angered **Beijing, which downgraded** relations with
    Vilnius"), not a standing description ("Hamas, which advocates …") nor one of an act ("the strike, which
    killed …")."""
    verb = pronoun.head
    # (a verb of striking tells what a weapon or an attack did, whatever the parser hangs it on: "a strike on
    # Kyiv, which killed 20 people")
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and verb.head.i in at and pronoun.i > 0 \
        and pronoun.doc[pronoun.i - 1].text == "," and verb.lemma_.lower() not in STRIKING_VERBS | {"injure", "claim"}


def _at_an_organisation(prep: Token, at: dict) -> bool:
    """Whether an *at* phrase names an organisation ("U.S. tariffs **at the World Trade Organization**"): where a
    measure named by a noun is taken up, not whom it is aimed at."""
    return any(p.i in at and at[p.i].code.startswith("IGO") for p in prep.children if p.dep_ == "pobj")


class ActorRoles(Coreference):
    """Finding an event's source and target actors; mixed into :class:`~ingest.events.EventCoder`, which sets
    ``lexicon``, ``groups`` and ``attackers``."""

    def _index(self, mentions: list[Mention], doc: Doc) -> dict[int, Mention]:
        import bisect

        at: dict[int, Mention] = {}
        starts = [t.idx for t in doc]  # Doc.char_span scans the doc each call; one index serves all mentions
        for m in mentions:
            first = max(bisect.bisect_right(starts, m.start) - 1, 0)
            last = bisect.bisect_left(starts, m.end)
            for i in range(first, last):
                at[i] = m
        return at

    def _actor_under(self, tok: Token, at: dict[int, Mention], skip: set[int] = frozenset()) -> Mention | None:
        """The actor closest to ``tok`` in its subtree (breadth first), not crossing locative phrases."""
        found = self._actor_token(tok, at, skip)
        return at[found.i] if found is not None else None

    def _actor_token(self, tok: Token, at: dict[int, Mention], skip: set[int] = frozenset(),
                     doer: bool = False) -> Token | None:
        """The token of the actor :meth:`_actor_under` finds. For a ``doer`` (a verb's subject), an actor in a
        phrase that names a recipient is left out: "his telephone calls **to the leaders of Japan** … to
        discuss" is not Japan's discussion."""
        queue = [tok]
        while queue:
            nxt = []
            for t in queue:
                if t.i in skip:
                    continue
                # ("a Russian-backed offensive by Assad's forces")
                if t.i in at and not backer(_last_token(t, at[t.i])):
                    if not (t is not tok and _names_gathering(t) and is_place(at[t.i])):
                        return t
                if t.lemma_.lower() in BOUNDARY_NOUNS and t is not tok:
                    continue  # "a stronghold on the Thai border": a place near Thailand, not Thailand
                if t.lemma_.lower() in CRITIC_WORDS and t.pos_ == "NOUN":
                    continue  # "a critic of Obama's policy" is not Obama (his named critics are a mention)
                # "Russia's allies", "Afghanistan's neighboring countries": others, bound to their owner, who is not
                # them (though "its European Community partners", "Syria's chief ally, Russia" name them)
                bond = t.pos_ == "NOUN" and t.i not in at and names_a_bond(t)
                if t.pos_ == "NOUN" and t.i not in at and (t.lemma_.lower() in SPORTS_HEADS or any(
                        c.dep_ in ("compound", "amod") and c.lower_ in SPORTS for c in t.children)):
                    continue  # "the Colombian football squad", "the Brazilian team": sportsmen, not the state
                if t.lemma_.lower() in VENUE_NOUNS and t.pos_ == "NOUN" and t.i not in at:
                    continue  # "called for it from the rostrum of the U.N. General Assembly": where, not whom
                if t.lemma_.lower() == "side" and t.dep_ == "pobj" and t.head.lower_ in ("on", "at", "by"):
                    continue  # "fighting on the Azeri side": with them, not against them
                if t.lemma_.lower() in HELP_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("with", "without"):
                    continue  # "shot the drones down **with help from** NATO allies": an ally, not a target
                for c in t.children:
                    if bond and (c.dep_ in ("poss", "nmod")
                                 or c.dep_ == "prep" and c.lower_ not in ("including", "like")):
                        continue
                    if c.dep_ == "prep" and (c.lower_ in NO_TARGET_PREPS or doer and c.lower_ in RECIPIENT_PREPS
                                             and t.pos_ == "NOUN"):  # ("militants loyal to …" say whose they are)
                        continue
                    if doer and c.dep_ == "prep" and c.lower_ == "at" and t.lemma_.lower() in self.lexicon.nouns:
                        continue  # "a bombing at the Pakistani consulate wounded three": where it struck, not who did
                    if c.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "ccomp", "punct") and t is tok:
                        continue
                    if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX"):
                        continue  # "accused Russia and its agents of funding a plot on Montenegro's election day"
                    if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in BROKERING_VERBS:
                        continue  # "freed the hostages under a deal brokered by the United States": a third party
                    if c.dep_ == "acl" and c.lemma_.lower() in MOTION_VERBS | {"bind"}:
                        continue  # "stormed a flotilla of aid ships bound for Gaza": where it was going, not whose
                    nxt.append(c)
            queue = nxt
        return None

    def _actors_of(self, tok: Token, at, history: History | None, skip=frozenset(), doer: bool = False) -> list[Found]:
        """Actors named by ``tok`` and its conjuncts ("Colombia and Britain" -> two)."""
        if tok.tag_ in ("WDT", "WP") and tok.lower_ in RELATIVE_PRONOUNS and (
                tok.dep_ not in SUBJECTS or _tells_a_new_act(tok, at)):
            # a relative pronoun that is no subject stands for the noun its clause describes: "the Iranian diplomats
            # **who** Germany expelled", "refugees **whom** Ankara refuses entry" (as a subject it opens a description
            # of the noun, mostly a standing one: "Hamas, which advocates Israel's destruction"; but see
            # ``_tells_a_new_act``)
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                tok = clause.head
        out: list[Found] = []
        heads = [tok, *tok.conjuncts]
        # "The Colombian government and FARC rebels signed …": the parser hangs the first of two coordinated actors
        # on the second one's noun, as if both qualified it
        heads += [a for a in tok.children if a.dep_ in ("nmod", "compound") and a.pos_ in ("NOUN", "PROPN")
                  and a.i in at and tok.i in at and at[a.i] is not at[tok.i] and a.conjuncts
                  and any(c.dep_ == "cc" for c in a.children)]
        for a in tok.children:
            # "Mali, Burkina Faso and Niger": a list of names the parser hung as an apposition ("John McCain,
            # chairman of the committee and a critic of …" is one man)
            # (the conjunction on its last member: "Saudi Arabia, the United Arab Emirates, Bahrain **and** Egypt")
            if a.dep_ == "appos" and tok.pos_ == "PROPN" and a.pos_ == "PROPN" \
                    and any(c.dep_ == "cc" for x in (a, *a.conjuncts) for c in x.children) and a.conjuncts \
                    and all(c.pos_ == "PROPN" for c in a.conjuncts):
                heads += [a, *a.conjuncts]
        for i, c in enumerate(heads):
            found = self._actor_token(c, at, skip, doer)
            m = at[found.i] if found is not None else None
            how = "direct" if i == 0 else "conj"
            if found is not None and found.head.pos_ == "NOUN" and (
                    found.head.lemma_.lower() in self.lexicon.nouns or found.head.lower_ in MUTUAL_NOUNS):
                # "condemned the Israel-Hamas talks", "the thaw in U.S.-Cuban relations": both names of a hyphenated
                # pair that qualifies an act or a bond (not a person's: "a Cuban-American, Rubio")
                heads.extend(p for p in hyphen_partners(found) if p not in heads)
            if found is not None and found is not c:
                # "sanctions on Russia and Iran", "sharing with the US and Israel": the conjuncts of the
                # actor found inside the phrase are targets too
                # (and those of the noun it qualifies: "a meeting between an **Israeli** peace movement and
                # the PLO")
                up = found
                while up.i != c.i and up.head.i != up.i:
                    for cj in up.conjuncts if up.i == found.i or up.pos_ in ("NOUN", "PROPN") else ():
                        if cj not in heads:
                            heads.append(cj)
                    up = up.head
            if m is None and history is not None and c.tag_ == "NNS" and c.lower_ in PAIR_NOUNS and any(
                    k.lower_ in ("two", "both") for k in c.children):
                # "The two countries reopened their embassies", "both sides agreed to talks": the two of the
                # last act told between two states, each in turn
                places = frozenset(at[t.i].start for t in c.sent if t.i in at and t.dep_ == "pobj"
                                   and t.head.lower_ in NO_TARGET_PREPS | {"over"})
                for p in history.last_pair(c.idx, places) or ():
                    if all(f.mention != p for f in out):
                        out.append(Found(p, "coref"))
                continue
            if m is None and history is not None:
                m = self._corefer(c, at, history)
                if m is None and c.pos_ == "NOUN":
                    # "imposed sanctions **on him**": a person pronoun in the phrase that says whom the noun reaches
                    # (not past a person of its sentence the dictionaries do not know: "to stop strongman Moammar
                    # Gadhafi from … quelling the uprising against **him**")
                    m = next((p for r in pobjs(c, RECIPIENT_PREPS) if r.pos_ == "PRON" and r.lower_ in ("him", "her")
                              and not self._unknown_person_before(r, at)
                              for p in [self._corefer(r, at, history)] if p is not None), None)
                how = "coref"
            if m is not None and all(f.mention != m for f in out):
                out.append(Found(m, how))
            if m is not None and m.kind == "composed" and found is not None:
                # "US and British forces": the other owners of the same noun, tagged on their own words
                for t in found.doc[found.left_edge.i:found.i]:
                    o = at.get(t.i)
                    if o is not None and o is not m and o.kind == "composed" and o.sector == m.sector \
                            and m.start <= o.start < m.end and all(f.mention != o for f in out):
                        out.append(Found(o, "conj"))
                # ("the leaders of Russia, Ukraine and Belarus": the owners coordinated in its *of* phrase)
                for cj in (cj for p in pobjs(found, {"of"}) for cj in p.conjuncts):
                    o = at.get(cj.i)
                    if o is not None and o is not m and o.kind == "composed" and o.sector == m.sector \
                            and all(f.mention != o for f in out):
                        out.append(Found(o, "conj"))
        return out

    def _speaker(self, sent: Span, at) -> Mention | None:
        """Who speaks in the sentence: the subject of a speech verb or the owner of a statement noun."""
        for t in sent:
            if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ == "nsubj":
                        m = self._actor_under(c, at)
                        if m:
                            return m
            if t.lemma_ in SPEECH_NOUNS and t.pos_ == "NOUN":
                for c in t.children:
                    if c.dep_ == "poss" and c.i in at:
                        return at[c.i]
        return None

    def _verb_source(self, verb: Token, at, history) -> tuple[list[Found], Token | None]:
        passive = is_passive(verb)
        if passive:
            if verb.lemma_.lower() in QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as"
                                                            for c in verb.children):
                # "King Hassan of Morocco was quoted as saying he would …", "Putin was quoted by Interfax as
                # saying": the one quoted said it
                subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if subj is not None:
                    return self._actors_of(subj, at, history, doer=True), subj
            agents = passive_agents(verb)
            if agents:
                return self._actors_of(agents[0], at, history), None
            if verb.lemma_.lower() in EXPELLING_VERBS:
                # "Russian diplomats were expelled from Germany": the state they were expelled from did it
                found = [f for p in pobjs(verb, {"from"}) for f in self._actors_of(p, at, history)
                         if is_place(f.mention)]
                if found:
                    return found, None
            for p in pobjs(verb, {"in", "during"}):
                # "were killed in an attack by Kurdish rebels": the doer of the act the clause happened in
                for q in pobjs(p, {"by"}):
                    found = self._actors_of(q, at, history)
                    if found:
                        return found, None
            return [], None
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj", "nsubjpass"):
                found = self._actors_of(c, at, history, doer=True)
                if not found and c.pos_ == "PRON" and c.lower_ in SAME_CLAUSE_PRONOUNS and verb.dep_ == "ccomp" \
                        and verb.head.pos_ == "VERB":
                    # "Colombia denied that it had attacked Venezuela": the pronoun is the governing subject
                    up, subj = self._verb_source(verb.head, at, history)
                    if subj is not None and _number_agrees(c, subj) \
                            and not (c.lower_ == "it" and _a_person(subj, up)):
                        # ("Moscow and Ankara announced they would coordinate …": both)
                        found = [Found(f.mention, "coref") for f in (up if c.lower_ == "they" else up[:1])]
                return found, c
        # no subject of its own: share the governing verb's, or the owner of the governing noun
        head = verb.head
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.lemma_.lower() in GROUP_PARTICIPLES and any(
                c.dep_ == "dobj" and c.i == verb.i + 1 and c.tag_ == "NNS" and c.lemma_.lower() in self.groups
                for c in verb.children):
            return [], None  # "fired teargas at protesting students": the parser's gerund is the students' participle
        if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in OBJECT_CONTROL:
            # "prompting U.S. officials to suggest …", "forced Ukraine to withdraw": the governing verb's object
            # does the governed act (object control), not its subject
            controller = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None:
                return [Found(f.mention, "climb") for f in self._actors_of(controller, at, history)], controller
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and head is not verb \
                and not (verb.dep_ == "advcl" and finite(verb)) and not quoted_before(verb, head):
            # (acomp: "is opposed to")
            # (a finite clause with no subject is a parse gone wrong: "… voiced concerns, and in Yemen in
            # particular Houthi rebels have been engaged in a civil war" is not the officials' war)
            if head.dep_ == "prep" and head.head is not head:
                head = head.head
            if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "France is ready to contribute troops"
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                found, subj = self._verb_source(head, at, history)
                return [Found(f.mention, "climb") for f in found], subj
        if verb.dep_ in ("acl", "relcl", "xcomp") or head.pos_ == "NOUN":
            for c in head.children:
                if c.dep_ == "poss":
                    return [Found(f.mention, "climb") for f in self._actors_of(c, at, history)], None
            if hung_on_subject(verb):
                return self._actors_of(head, at, history), head
            carrier = document_carrier(verb)
            if carrier is not None:
                if carrier.lemma_.lower() in DISOWNING_VERBS:
                    return [], None  # "the United States vetoed a resolution condemning Israel": others' words
                # "the PKK issued a declaration demanding that …": the author of the document
                found, subj = self._verb_source(carrier, at, history)
                return [Found(f.mention, "climb") for f in found], subj
            if verb.dep_ == "relcl":
                return [Found(f.mention, "climb") for f in self._actors_of(head, at, None)], None
        return [], None

    def _targets(self, trigger: Token, at, exclude: set[int], passive: bool, clause_target: bool = False,
                 history: History | None = None, places: bool = True, third_party: bool = False) -> list[Found]:
        order: list[tuple[Token, str]] = []
        if third_party:
            # "may halt mediation efforts **among Serbia's feuding republics**": a third party's act (mediation,
            # its halt) is aimed at the sides it works among, as at those it works between
            order.extend((p, "direct") for v in [trigger, *(c for c in trigger.children if c.dep_ in OBJECTS)]
                         for p in pobjs(v, ("among",)))
        if trigger.lemma_.lower() in COMPLAINT_VERBS:
            # "complained to the United Nations over Israeli air raids": the complaint is against the actor
            # whose act it is about; the body it went to only hears it
            order.extend((p, "direct") for p in pobjs(trigger, TOPIC_PREPS))
        if trigger.lemma_.lower() in WITHDRAWAL_WORDS:
            # "the withdrawal of some invasion forces from Panama": the place left, where the parser hangs it
            order.extend((g, "direct") for p in pobjs(trigger, {"of"}) for g in pobjs(p, {"from"}))
        for c in trigger.children:
            if passive and c.dep_ in ("nsubjpass", "nsubj"):  # (a headline's subject: "Activist Gunned Down")
                order.append((c, "direct"))
        if passive and trailing_participle(trigger) and trigger.i - 2 in at:
            # "the flight path of a Russian jet, shot down by Turkey": what the participle tells of is the noun
            # before its comma, where the parser hung it on the verb
            order.append((trigger.doc[trigger.i - 2], "direct"))
        if passive and reduced_relative(trigger) and (trigger.head.i in at or any(
                c.dep_ in ("compound", "amod") and c.i in at for c in trigger.head.lefts)):
            # "two soldiers killed by Kurdish rebels", "a **U.S.** pastor jailed in Turkey" (an actor itself or by
            # its own modifier: "militia supported by Iran" is no more the Russian forces named beside it than "a
            # strategy backed by Trump" is the Iran it contains)
            order.append((trigger.head, "direct"))
        if trigger.lemma_.lower() in EXTRADITING_VERBS:
            # "Germany extradited a Russian spy to the United States": judicial cooperation with the state that
            # receives him, not an act upon him
            order.extend((p, "direct") for p in pobjs(trigger, {"to"}))
        # "recalled Colombia's ambassador **from Quito**", "expelled its envoy to Moscow": an envoy's post is
        # the state acted upon, not the one that sent him
        order.extend((p, "direct") for c in trigger.children if c.dep_ in OBJECTS and c.lemma_.lower() in ENVOY_NOUNS
                     for p in pobjs(c, ("from", "to", "in")))
        if trigger.lemma_.lower() in SEIZING_VERBS:
            # "recaptured most of the Kursk region from Ukrainian troops": ground is taken from whoever held it
            # (where the parser hangs the phrase on the ground: "captured the village of Avdiivka from …")
            order.extend((p, "direct") for v in [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
                         for p in pobjs(v, {"from"}))
        for c in trigger.children:
            if c.dep_ in OBJECTS and self._judged_act(c):
                # "condemned the attack **on the Israeli embassy**", "criticized the arrest of a Chinese
                # journalist": a judgment of a hostile act is aimed at its doer, never at its victim
                order.extend((d, "direct") for d in doers_of(c))
            elif c.dep_ in OBJECTS:
                order.append((c, "direct"))
        named = named_objects(trigger)
        order.extend((n, "direct") for n in named)
        if not any(c.dep_ in OBJECTS for c in trigger.children):
            # "denounced as an ugly crime Serbia's suppression of …": the parser hangs the object that follows a
            # judgment on the "as" phrase, as its second object or its apposition
            for c in trigger.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    judged = [p for p in c.children if p.dep_ == "pobj"]
                    order.extend((x, "direct") for x in judged[1:] + [a for p in judged[:1] for a in p.children
                                                                      if a.dep_ == "appos"])
        # (a particle may hold the phrase: "kidnapped up to 16 Russian advisers", "handed over to the UN")
        holders = [trigger, *(c for c in trigger.children if c.dep_ == "prt")]
        # (or take the object itself: "sealed off the West Bank", where the parser reads the particle as a preposition)
        order.extend((p, "direct") for h in holders[1:] for p in h.children if p.dep_ == "pobj")
        for c in [c for h in holders for c in h.children]:
            if c.dep_ in ("prep", "dative") and c.lower_ in TARGET_PREPS and not (passive and c.lower_ == "by") \
                    and not (c.lower_ == "from" and trigger.lemma_.lower() in SPEECH_VERBS | MOTION_VERBS) \
                    and not (c.lower_ == "at" and (trigger.lemma_.lower() in SPEECH_VERBS | TALKING_VERBS
                                                   or trigger.lower_ in MUTUAL_NOUNS
                                                   or trigger.pos_ == "NOUN" and _at_an_organisation(c, at))) \
                    and not (c.lower_ == "of" and trigger.lemma_.lower() in WITHDRAWAL_WORDS):
                # ("the agency reported from Kabul", "speaks at the burial of an activist", "initialled a peace
                # agreement at the White House": where the words were said or the bond made, not whom they
                # addressed; "flew from Washington to New York": whence, not whither)
                for p in _addressed_in(c):
                    if trigger.lemma_.lower() in PROTEST_VERBS and p.lemma_.lower() in self.lexicon.nouns:
                        # "rallied against the killing of Bangladeshi workers in Malaysia": a protest against an
                        # act is aimed at its doer ("against the U.S. strike on Syria"), not at its victims
                        order.extend((d, "direct") for d in doers_of(p))
                    else:
                        order.append((p, "direct"))
                if not any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                    # "granted asylum to five Panamanian army officers holed up in …": the parser made the
                    # preposition's object the subject of the participle after it
                    order.extend((g, "direct") for k in trigger.children if k.dep_ in ("advcl", "acl", "ccomp")
                                 for g in k.children if g.dep_ == "nsubj" and g.left_edge.i == c.i + 1)
        # "retook the airport that had been controlled by the Islamic State group", "shelled positions near the
        # border controlled by … the YPG": ground is taken from, or struck at, whoever held it
        grounds = [o for o in trigger.children if o.dep_ in OBJECTS]
        grounds += [p for o in grounds for p in pobjs(o, ("near", "in", "around", "along", "outside"))]
        order.extend((a, "direct") for o in grounds for k in o.children
                     if k.dep_ in ("relcl", "acl") and k.lemma_.lower() in HOLDING_VERBS for a in passive_agents(k))
        # "fired a missile that struck near Israel's main airport", "launched drones that hit a hospital in
        # Kharkiv": what the weapon fired struck is what the firing was aimed at
        struck = [k for o in trigger.children if o.dep_ == "dobj" for k in o.children
                  if k.dep_ == "relcl" and k.lemma_.lower() in STRIKING_VERBS and any(
                      g.dep_ == "nsubj" and g.lower_ in RELATIVE_PRONOUNS for g in k.children)]
        order.extend((p, "extended") for k in struck for p in [k, *pobjs(k, ("near", "in", "on", "at"))])
        # "allowed UN planes to land", "urged Israel to withdraw": the parser makes the actor asked, forced or
        # let the subject of the infinitive; it is the object of the verb that governs it
        # (not a clause a speaker reports, "noted that resistance by China to open its markets …", nor what
        # one expects or hopes others do: "expected Islamic State fighters to fight")
        if not any(c.dep_ in OBJECTS for c in trigger.children) and \
                trigger.lemma_.lower() not in SPEECH_VERBS | INTENT_VERBS | DELIBERATION_VERBS:
            for c in trigger.children:
                # (or a bare one: "pledged to help Russia dismantle its weapons", "let UN planes land")
                if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and (has_aux(c, {"to"}) or (
                        trigger.lemma_.lower() in BARE_INFINITIVE_VERBS and c.tag_ == "VB")) and not any(
                        a.dep_ == "mark" for a in c.children):
                    order.extend((g, "direct") for g in c.children if g.dep_ == "nsubj" and trigger.i < g.i < c.i)
        asked = trigger.lemma_.lower() in OBJECT_CONTROL and any(c.dep_ == "dobj" for c in trigger.children)
        for c in trigger.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and any(g.dep_ in SUBJECTS for g in c.children):
                continue  # a clause with a subject of its own speaks of its own actors
            if c.dep_ == "xcomp" and asked:
                continue  # "urging them to … avoid any IS positions": the act asked of the one urged is theirs
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in AFFECTING_VERBS | DRAWING_VERBS:
                # "took control of chipmaker Nexperia, angering Beijing", "carried out a nuclear test, drawing
                # condemnation from China": a feeling stirred or a response drawn, no target of the act
                continue
            if c.dep_ in ("advcl", "xcomp", "acl") and any(
                    g.dep_ == "agent" for v in (c, *(x for x in c.children if x.dep_ == "xcomp")) for g in v.children):
                continue  # and so does one with a doer of its own ("expected to be joined later by Italian vessels")
            if c.dep_ in ("advcl", "xcomp", "acl", "npadvmod", "advmod") or (
                    c.dep_ == "prep" and c.lower_ not in NO_TARGET_PREPS and c.lower_ not in TARGET_PREPS):
                order.append((c, "extended"))
        # "demanded that the US cancel …": the subject of the governed clause; or, when that clause has a
        # condition, the condition's ("warned that Iran will retaliate if Israel strikes": a warning to Israel)
        if clause_target:
            for c in trigger.children:
                if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in RETALIATING_VERBS:
                    # "warned that Islamabad would respond to India's nuclear tests": a response announced is aimed
                    # at whoever did what it answers
                    order.extend((d, "direct") for p in pobjs(c, ("to", "against"))
                                 for d in (doers_of(p) if p.lemma_.lower() in self.lexicon.nouns else [p]))
                if c.dep_ in ("ccomp", "xcomp"):
                    order.extend((g, "direct") for k in conditions(c) for g in k.children
                                 if g.dep_ in ("nsubj", "nsubjpass"))
                    order.extend((g, "direct") for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
        # a threat's target is the actor whose act is the condition: "threatened to stop talks if the US …"
        if clause_target:
            near = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
            if trigger.dep_ == "xcomp":
                near.append(trigger.head)
            for v in near:
                for c in conditions(v):
                    # ("unless their demands are met by Belgrade": a passive condition's doer first)
                    order.extend((p, "direct") for p in passive_agents(c))
                    order.extend((g, "direct") for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
        # "settler boys throw stones during clashes with Palestinians": the other side of the clash the act was
        # part of (not a clash of somebody else's: "support in the Taliban's fight against IS")
        # (or the protest: "resorted to throwing stones during demonstrations against the violations by the
        # Israeli military")
        for p in pobjs(trigger, ("during", "in", "amid")):
            if p.lemma_.lower() in CLASH_NOUNS | PROTEST_NOUNS and not any(c.dep_ == "poss" for c in p.children):
                sides = ("with", "against") if p.lemma_.lower() in CLASH_NOUNS else ("against",)
                order.extend((q, "extended") for q in pobjs(p, sides))
        # "Iraqi troops massed near the Kuwaiti border", "Russia massed troops along Ukraine's border": force gathered
        # at a state's border is aimed at that state
        if trigger.lemma_.lower() in MASSING_VERBS:
            order.extend((m, "extended") for v in [trigger, *(c for c in trigger.children if c.dep_ in OBJECTS)]
                         for p in pobjs(v, ("near", "along", "on", "at", "to")) if p.lemma_.lower() in BOUNDARY_NOUNS
                         for m in [*(m for m in p.children if m.dep_ in ("amod", "compound", "poss")),
                                   *pobjs(p, ("with",))])
        # last resort: "lifted the curfew in Montenegro": the place acted upon (on the verb or its object)
        # (and on the act it governs: "threatened to resume terrorist activities in Israel"); where somebody
        # spoke or met ("speaks in New York") is no addressee (``places`` False)
        acts = [c for c in trigger.children if c.dep_ == "xcomp" and not any(g.dep_ in SUBJECTS for g in c.children)]
        objects = [c for v in [trigger, *acts] for c in v.children if c.dep_ in OBJECTS]
        # ("fired shells at targets in Jericho", "set fire to a refinery in Russia's Krasnodar region": the place
        # of what the act was aimed at; "struck what it called camps in Pakistan": of what the doer named so,
        # where the parser hangs it)
        objects += pobjs(trigger, ("at", "on", "against", "to")) + named + [n.head for n in named]
        # (and what the object act was aimed at: "launched missile strikes on nine sites in Pakistan")
        objects += [p for o in list(objects) for p in pobjs(o, ("at", "on", "against"))]
        # (and in the clause the object noun carries: "rejected a call for its forces to be deployed in East Timor")
        clauses = [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
        for c in [*trigger.children, *(g for a in acts for g in a.children), *(g for o in objects for g in o.children),
                  *(g for k in clauses for g in k.children)]:
            # ("blew up power lines leading **into** Kabul": the place the object serves)
            if places and c.dep_ == "prep" and (c.lower_ in IN_PREPS or c.lower_ == "into" and c.head in clauses):
                order.extend((p, "extended") for p in c.children if p.dep_ == "pobj")
        for tok, how in order:
            # definite descriptions ("accused the government") resolve like subjects do
            found = self._actors_of(tok, at, history if how == "direct" else None, skip=exclude)
            found = [Found(f.mention, how if f.how == "direct" else f.how) for f in found]
            if found:
                return found
        # "Iran fired missiles at a U.S. base in Qatar. Qatar **condemned the attack**": an act that an answer names
        # by a definite noun with no doer of its own is the last act of its kind an earlier sentence told, and
        # the answer is aimed at whoever did it
        root = self._answered_act(trigger, at) if history is not None else None
        doer = history.last_act(root) if root is not None else None
        bond = self._judged_bond(trigger, at) if history is not None and root is None else None
        parties = history.last_bond((bond,)) if bond is not None else None
        if parties is not None:
            # "Armenia and Azerbaijan initialled a peace treaty … Russia criticized **the deal**": a judgment of a
            # bond or meeting is aimed at those who made it
            return [Found(p, "coref") for p in parties]
        if doer is None and root is None and history is not None and trigger.lemma_.lower() in RETALIATING_VERBS:
            # "Gaza militants fired rockets into Israel, and Israel **responded** with airstrikes": an answer with
            # no target named is aimed at whoever last acted upon the one who answers (whose subject may be the
            # governing verb's: "Moscow **vowed to retaliate**")
            # (or the governing verb's subject its pronoun stands for: "Tehran warned that **it** would retaliate")
            answering, _ = self._verb_source(trigger, at, history)
            doer = history.last_act_upon(answering[0].mention.country) if answering else None
        if doer is None and root is not None:
            # ("Niger's rulers ordered the French ambassador to leave … France **rejected the demand**": with no
            # earlier act of its kind, the last hostile act upon the one who answers)
            subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
            answering = self._actors_of(subj, at, history) if subj is not None else []
            doer = history.last_act_upon(answering[0].mention.country) if answering else None
        return [Found(doer, "coref")] if doer is not None else []

    def _judged_act(self, obj: Token) -> bool:
        """Whether the object ``obj`` of an answer ("condemned **the attack** on …") is a hostile act (an event
        noun of CAMEO roots 10–20) that is no actor itself."""
        return answered(obj) and obj.pos_ == "NOUN" and self._hostile_root(obj) is not None
