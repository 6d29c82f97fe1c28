"""Event nouns: "the suspension of intelligence sharing with the US", "Petro's criticism of U.S. policies", "drew
condemnation from France". A noun the lexicon knows is coded as its own event when no verb that carries it
codes it already; its doer is its possessor, its modifier, its *by* phrase, or the subject of the clause that
carries it. A mixin of :class:`~ingest.events.EventCoder`, which supplies the lexicon and the emitter.
"""
from __future__ import annotations

from .coref import is_state
from .lexicon import Match
from .mood import claimed_by, dated_before, responsible_for
from .records import Event
from .roles import Found, is_place
from .syntax import (
    answered, clause_subject, doers_of, first_conjunct, hyphen_partners, named_bond, passive_agents, phrasal_response,
    pobjs, stance_carrier)
from .words import (
    ANNOUNCING_VERBS, BROKERING_VERBS, DRAWING_VERBS, EXERCISE_NOUNS, FRAME_NOUNS, GATHERING_ROOTS, KIND_HEADS,
    MONITORING_VERBS, MUTUAL_NOUNS, OCCURRING_VERBS, PARTICIPATION_VERBS, PATIENT_NOUNS, RESPONSE_VERBS,
    RINGING_PREPS, STANDING_ADJECTIVES, STANDING_BONDS, SUBJECTS, SUPPORT_VERBS, THIRD_PARTY_CODES, TIME_PREPS,
    TOPIC_VERBS, VENUE_ROOTS, WITHDRAWAL_WORDS)


class NounEvents:
    """Coding event nouns; mixed into :class:`~ingest.events.EventCoder`."""

    def _code_noun(self, word, sent, at, history, speaker, doc_id, article_date) -> list[Event]:
        # "a mediation mission between Syria and the PLO": the event noun names the kind, and its frame
        # noun ("mission", "effort", "package") holds the arguments
        noun = word.head if word.dep_ == "compound" and word.head.lemma_.lower() in FRAME_NOUNS else word
        if word.dep_ == "compound" and word.head.lemma_.lower() in KIND_HEADS:
            return []  # "riot police", "attack helicopters", "aid workers": the kind of a force or a group
        if any(c.dep_ == "amod" and c.lower_ in STANDING_ADJECTIVES for c in noun.children):
            return []  # "objected to a pre-existing agreement between Washington and Canberra": made long before
        if noun.dep_ == "dobj" and noun.head.lemma_ == "have" and word.lemma_.lower() in STANDING_BONDS:
            return []  # "the U.S. has an agreement with Russia to avoid collisions": a bond that holds, no act
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if first.dep_ == "dobj" and first.head.lemma_.lower() in TOPIC_VERBS and word.lemma_.lower() in STANDING_BONDS:
            return []  # "met to discuss trade and the Mercosur agreement with the EU": a bond talked about, no act
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in MONITORING_VERBS:
            return []  # "peacekeepers deployed to oversee a ceasefire between Ethiopia and Eritrea": one in force
        if dated_before(noun, article_date):
            return []  # "the 1979 Soviet invasion of Afghanistan", told in 2014: history, not an act of the article
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DRAWING_VERBS:
            match = self.lexicon.noun(word.lemma_.lower(), set())
            return self._drawn(noun, match, sent, at, history, doc_id, article_date) if match else []
        # "held talks with", "imposed sanctions on": the verb's pattern codes it
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in self.lexicon.verbs \
                and noun.head.lemma_.lower() not in ANNOUNCING_VERBS and self._light(noun.head) \
                and claimed_by(noun) is None:
            # ("announced the suspension of …" is still the suspension; "claimed an attack" is the claim and the
            # attack, as "claimed responsibility for the attack" is)
            return []
        # (a word and its lemma: the lexicon's object lists write plurals, "talks", "troops")
        context = {f for t in noun.subtree if t is not noun and t is not word for f in (t.lemma_.lower(), t.lower_)}
        if word.lemma_.lower() in EXERCISE_NOUNS and noun.dep_ == "dobj":
            # "China's navy held drills in the Tasman Sea": who holds an exercise may say it is a military one
            context |= {t.lemma_.lower() for c in noun.head.children if c.dep_ == "nsubj" for t in c.subtree}
        match = self.lexicon.noun(word.lemma_.lower(), context)
        if match is None:
            return []
        sources: list[Found] = []
        targets: list[Found] = []
        # ("talks **among** Israel, Egypt and Qatar", "its mediation among the factions": likewise)
        between = next((t for t in noun.subtree if t.lower_ in ("between", "among") and t.dep_ == "prep"), None)
        # "talks were held between Iran and the United States", "… by Iran and the United States": a passive
        # verb that carries the noun as its subject holds its arguments
        # (not one that judges it: "the strikes were condemned by Mexico" were not Mexico's); so does a verb by
        # which the act happens ("fighting **erupted** between Armenia and Azerbaijan")
        held = noun.head if noun.head.pos_ == "VERB" and (
            noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() not in RESPONSE_VERBS | TOPIC_VERBS
            or noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCURRING_VERBS) else None
        if between is None and held is not None:
            between = next((c for c in held.children if c.dep_ == "prep" and c.lower_ in ("between", "among")), None)
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        if word.lemma_.lower() in PATIENT_NOUNS and not has_of and any(c.dep_ == "poss" for c in noun.children):
            # "Venezuela's suspension from Mercosur", "Navalny's arrest by Russian police": the owner suffered
            # the act; its doer is the "by" phrase, or the body it was removed "from"
            owner = next(c for c in noun.children if c.dep_ == "poss")
            targets = [Found(f.mention, "direct") for f in self._actors_of(owner, at, history)]
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
            preps.sort(key=lambda c: c.lower_ != "by")
            for c in preps:
                sources = [f for p in c.children if p.dep_ == "pobj" for f in self._actors_of(p, at, history)]
                if sources:
                    break
            if not sources or not targets:
                return []
            return self._emit(noun, match, sources, False, sent, at, history, doc_id, article_date, targets=targets)
        for c in noun.children:
            if c.dep_ == "poss":
                subj = clause_subject(c) if c.lower_ in ("his", "her") else None
                if subj is not None and (at[subj.i].kind == "person" if subj.i in at else subj.pos_ == "PROPN"):
                    # "Trump reserved some of **his** sharpest criticism for Tehran": the subject's own, whoever
                    # was named before (and no actor's, when the subject is none)
                    sources = [Found(at[subj.i], "climb")] if subj.i in at else []
                else:
                    sources = self._actors_of(c, at, history)
        by_modifier = not sources
        if not sources:  # "U.S. Navy missile strikes": an actor among the noun's modifiers
            stack = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
            while stack and not sources:
                c = stack.pop(0)
                if c.i in at and c.dep_ == "compound" and c.tag_ == "NNP" and is_place(at[c.i]) \
                        and any(ch.islower() for ch in c.text) and not hyphen_partners(c):
                    continue  # "the Paris attacks", "the Syria bombings": where it happened ("U.S. strikes" acted;
                    # and a pair is no place: "the Israel-China talks")
                if c.i in at:
                    sources = [Found(at[c.i], "direct")]
                    # "the Israel-Hamas talks", "U.S.-Israeli strikes": a hyphenated pair, the sides of a bond or
                    # the doers of an act
                    pair = [at[p.i] for p in hyphen_partners(c) if p.i in at and at[p.i] is not at[c.i]]
                    if pair and word.lower_ in MUTUAL_NOUNS:
                        sources, targets = [Found(pair[0], "between")], [Found(at[c.i], "between")]
                    elif pair:
                        sources = [Found(pair[0], "direct"), *sources]
                stack.extend(g for g in c.children if g.dep_ in ("compound", "amod", "nmod", "poss"))
        if sources and by_modifier and named_bond(noun, word):
            # "in support of **the Iran nuclear deal**", "to celebrate the Paris U.N. climate agreement": a bond
            # named by its parties, made before and only referred to
            return []
        if not sources:  # "the suspension of intelligence sharing by Colombia"
            # (the parser also hangs the doer on the one acted upon: "an attack on a police patrol by Kosovo
            # Albanians")
            for c in [*noun.children, *(g for p in pobjs(noun, {"of", "on"}) for g in p.children)]:
                if c.dep_ == "prep" and c.lower_ == "by":
                    sources = [f for p in c.children if p.dep_ == "pobj" for f in self._actors_of(p, at, history)]
        agents = passive_agents(held) if held is not None else []
        if not sources and agents:
            sources = self._actors_of(agents[0], at, history)
        sides = []
        if between is not None:
            pobj = next((c for c in between.children if c.dep_ == "pobj"), None)
            sides = self._actors_of(pobj, at, None) if pobj is not None else []
        if match.code[:3] in THIRD_PARTY_CODES and len(sides) >= 2:
            # "mediation between Syria and the PLO": both sides are the mediator's targets
            targets = [Found(s.mention, "between") for s in sides]
        elif not sources and len(sides) >= 2:  # "talks between Israel and Syria": the sides act on each other
            sources, targets = [Found(sides[0].mention, "between")], [Found(s.mention, "between") for s in sides[1:]]
        # the verb that carries the noun: its object's verb, or the participle of "were engaged in"
        stance = stance_carrier(noun)
        carrier = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else stance
        if not sources and stance is not None:
            sources, _ = self._verb_source(stance, at, history)  # "were engaged in ethnic cleansing"
        if not sources and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB" \
                and noun.head.lemma_.lower() not in RESPONSE_VERBS | TOPIC_VERBS | BROKERING_VERBS \
                and not phrasal_response(noun.head) \
                and not any(c.dep_ == "oprd" for c in noun.head.children):
            # "launched an offensive": the subject's own act; "rejected an invitation" is someone else's, and so
            # are "wants to highlight the sanctions against Cuba", the act judged in "called the attacks
            # 'barbarous'" and the deal a mediator brokered ("the Vatican mediated an agreement with the US")
            sources, _ = self._verb_source(noun.head, at, history)
        if not sources and responsible_for(noun):
            # "Sudan's government is responsible for mass killings": whoever is responsible did it
            sources, _ = self._verb_source(noun.head.head.head, at, history)
        claim = claimed_by(noun) if not sources else None
        if claim is not None:
            # "Islamic State claimed responsibility for the attack on a concert hall": so does whoever claims it
            sources, _ = self._verb_source(claim, at, history)
        if not sources and word.lemma_.lower() in WITHDRAWAL_WORDS:  # "the withdrawal of Russian troops from Syria"
            sources = [f for p in pobjs(noun, {"of"}) for f in self._actors_of(p, at, history)]
        if not sources and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "for"):
            # "took part in a rally", "participated in talks with Iran", "converged for a rally": the act of those
            # who joined it
            joined = noun.head.head
            if joined.lemma_.lower() == "part" and joined.dep_ == "dobj":
                joined = joined.head
            if joined.pos_ == "VERB" and joined.lemma_.lower() in PARTICIPATION_VERBS:
                sources, _ = self._verb_source(joined, at, history)
        # ("the victims of Wednesday's massacre in San Bernardino": a group the act befell, whose name holds the
        # act's *of* phrase, is not its doer, unless a name before the act says who did it: "the victims of the
        # Islamic State massacre")
        named_doer = any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ not in
                         ("DATE", "TIME") for c in noun.children)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and not named_doer:
            sources = [f for f in sources if not f.mention.start <= noun.head.idx < f.mention.end]
        if not sources:
            return []
        if answered(noun):
            return []  # "Albania denounced Serbia's suppression of the unrest": the topic of the denunciation
        if noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS:
            return []  # "holed up … since last month's U.S. invasion": a time the sentence is set by, not news told
        src_tokens = set().union(*(self._tokens_of.get(id(f.mention), set()) for f in sources))
        if not targets:
            targets = self._targets(noun, at, src_tokens, passive=False, history=history,
                                    places=match.code[:2] not in VENUE_ROOTS | GATHERING_ROOTS)
        if not targets and word.lemma_.lower() in EXERCISE_NOUNS:
            # "live-fire drills **around Taiwan**", "held war games near Japan": a show of force at the state it rings
            # (where the parser hangs the phrase on the verb that carries the noun too)
            rings = pobjs(noun, RINGING_PREPS) + (pobjs(carrier, RINGING_PREPS) if carrier is not None else [])
            targets = [Found(f.mention, "ringed") for p in rings for f in self._actors_of(p, at, None, skip=src_tokens)
                       if is_state(f.mention.country)]
        if not targets and carrier is not None:
            # "staged rallies against Abbas", "were engaged in ethnic cleansing against …": the verb that
            # carries the noun holds its addressee
            targets = [Found(f.mention, "direct") for p in pobjs(carrier, ("against", "with", "on", "to"))
                       for f in self._actors_of(p, at, history, skip=src_tokens)]
        if not targets and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUPPORT_VERBS and match.code[:2] == "14":
            # "staged demonstrations to demand reforms by Suharto's government": a protest is aimed at the one
            # its purpose names
            targets = [Found(f.mention, "extended") for c in noun.head.children
                       if c.dep_ in ("advcl", "xcomp") and not any(g.dep_ in SUBJECTS for g in c.children)
                       for f in self._actors_of(c, at, None, skip=src_tokens)]
        return self._emit(noun, match, sources, False, sent, at, history, doc_id, article_date, targets=targets)

    def _drawn(self, noun, match: Match, sent, at, history, doc_id, article_date) -> list[Event]:
        """A response an act drew: "China's move **drew criticism from** Japan", "Russia's strike on Kyiv
        **drew condemnation from** France and Germany". The *from* phrase (on the noun or on its verb) names who
        responded; the verb's subject names whom, or the act of whom (its doers, for an event noun). A participle
        after the act tells its response: "Israel struck Doha, **drawing condemnation from** Qatar"."""
        froms = pobjs(noun, {"from"}) + pobjs(noun.head, {"from"})
        sources = [f for p in froms for f in self._actors_of(p, at, history)]
        verb = noun.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        verb = first_conjunct(verb)  # ("detained Suu Kyi and seized power, drawing …")
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not sources or subj is None:
            return []
        doers = doers_of(subj) if subj.lemma_.lower() in self.lexicon.nouns else [subj]
        targets = [Found(f.mention, "direct") for d in doers for f in self._actors_of(d, at, history)]
        if not targets:
            return []
        return self._emit(noun, match, sources, False, sent, at, history, doc_id, article_date, targets=targets)
