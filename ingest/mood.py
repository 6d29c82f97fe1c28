"""How an event is told: asserted, negated, threatened, planned, demanded, denied, reported, conditional,
or history told again (an old date, a decade, a scenario's colon). Only asserted (and threatened) events count
toward the dyad scores.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .records import Mention
from .syntax import conditions, document_carrier, first_conjunct, has_aux, pobjs, ready_for
from .words import (
    ACHIEVING_VERBS, AGAINST_VERBS, ALLEGATION_NOUNS, ANNOUNCING_VERBS, AVOIDING_WORDS, BATCH_NOUNS,
    BLAME_ADJECTIVES, BLOCKING_VERBS, CLAIMING_VERBS, CLAIM_NOUNS, COMMAND_WORDS, CONDITION_MARKS,
    DELIBERATION_VERBS, DEMAND_NOUNS, DEMAND_VERBS, DENY_VERBS, DESIRE_VERBS, DISOWNING_VERBS, ENDING_NOUNS,
    FUTURE_AUX, HEDGE_ADVERBS, HESITANCY_ADJECTIVES, HOPE_NOUNS, HYPOTHETICAL_MODALS, INTENT_ADJECTIVES,
    INTENT_NOUNS, INTENT_VERBS, NEED_VERBS, OBJECTS, OBLIGATION_MODALS, PLAN_NOUNS, POSSIBILITY_NOUNS,
    POSSIBLE_ADJECTIVES, REFUSAL_NOUNS, REFUSAL_VERBS, SCENARIO_NOUNS, SPEECH_VERBS, STATE_VERBS, STOPPING_VERBS,
    SUBJECTS, SUPPORT_VERBS, THREAT_VERBS, TIME_CONDITION_MARKS, UNWILLING_ADJECTIVES)


def first_since(ent: Span) -> bool:
    """Whether the date ``ent`` says since when an act is the first of its kind: "held their **first** direct
    talks since 2022", "met for the first time since 2019" (not "has occupied Crimea since 2014", a state
    that began then)."""
    prep = ent.root.head
    if prep.lower_ != "since":
        return False
    holders = [prep.head, *(c for c in prep.head.children if c.dep_ in OBJECTS)]
    return any(c.dep_ == "amod" and c.lower_ == "first" for h in holders for c in h.children)


def date_head(when: Span) -> Token:
    """The word a date expression tells the time of: its head, or the head of its preposition ("**met** on
    Tuesday")."""
    head = when.root.head
    return head.head if head.dep_ == "prep" else head


def dates_its_clause(when: Span, trigger: Token) -> bool:
    """Whether the date expression ``when`` hangs on ``trigger`` or, for an event noun, on the verb or noun that
    holds it ("their meeting in Beijing 22 February 1972 during the President's visit"), not on a clause far
    above it (on VOA text, often another sentence run into this one)."""
    head = date_head(when)
    near = {trigger.i}
    up = trigger
    while up.pos_ != "VERB" and up.head.i != up.i and up.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass",
                                                                   "conj"):
        up = up.head
        near.add(up.i)
    return head.i in near or when.root.i in near


def scenario_colon(sent: Span) -> int | None:
    """The first colon of ``sent`` that a word of conjecture comes before: what follows it is conjectured, not
    told ("put forward what he sees as a best-case **scenario**: The United States will remain …; boost
    financial assistance to Kyiv")."""
    conjecture = False
    for t in sent:
        if t.text == ":" and conjecture:
            return t.i
        conjecture = conjecture or t.lemma_.lower() in SCENARIO_NOUNS
    return None


def told_clause(verb: Token) -> bool:
    """Whether ``verb`` tells what somebody did, as a clause with a subject of its own: "protested that the
    authorities are failing", not "complained that hardworking Americans were not getting a fair shake"."""
    return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children) and c.pos_ == "VERB"
               and c.lemma_.lower() not in ("be", "have", "get", "remain", "become")
               and not any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _before(when: Token, article_date: str | None) -> bool:
    """Whether ``when`` names a time before the article's: a year ("1979") or decade ("the 1990s") before its
    year, or a war long over ("World War II", "the Cold War").

    >>> import spacy; doc = spacy.blank("en")("1979 1990s 2016 War")
    >>> [_before(t, "2016-05-01") for t in doc]
    [True, True, False, False]
    """
    words = {t.lower_ for t in when.subtree}
    if "war" in words and words & {"world", "cold"}:
        return True
    if not article_date or not article_date[:4].isdigit():
        return False
    year = int(article_date[:4])
    text = when.text
    if len(text) == 4 and text.isdigit():
        return 1900 <= int(text) < year
    return len(text) == 5 and text.endswith("0s") and text[:4].isdigit() and int(text[:4]) + 10 <= year


def dated_before(noun: Token, article_date: str | None) -> bool:
    """Whether a year among the noun's modifiers is before the article's year: "the **1979** Soviet invasion",
    "Nixon's visit to China **in 1972**"."""
    years = [c for c in noun.children if c.dep_ in ("nummod", "compound", "amod", "npadvmod")]
    # ("Nixon's visit to China in 1972": a year in the noun's own "in" phrase)
    years += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    if any(c.shape_ in ("dddd", "ddddx") and _before(c, article_date) for c in years):
        return True
    # ("loans made during the Vietnamese occupation of Cambodia in the 1980s": the time phrase of the verb
    # whose during/in phrase holds the noun)
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("during", "in") and prep.head.pos_ in ("VERB", "AUX") \
        and told_as_history(prep.head, article_date)


def told_as_history(verb: Token, article_date: str | None) -> bool:
    """Whether a time phrase of ``verb``'s clause (on it, on a clause joined to it or on one it governs) sets the
    act before the article: "Russia invaded Georgia **in 2008**" told in 2016, "Japan invaded the Philippines and
    there were a lot of deaths **during the World War II**"."""
    # (and on the verb it governs: "stopped transferring Yemenis to Yemen **in 2010**")
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX"))]
    times = (o for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
             for o in p.children if o.dep_ == "pobj")  # (only the prepositions' objects are looked into)
    return any(_before(o, article_date) for o in times)


def warns_of_a_state(verb: Token) -> bool:
    """Whether ``verb`` (*warn*) tells of a state of things to come rather than an act: "warned that Mosul
    will be a much tougher fight", "that the sanctions will cause severe economic pain"."""
    # (the parser may hang the clause on a noun of the warning's phrase: "warned the people **in an editorial
    # that the sanctions will cause** severe economic pain")
    clauses = [*verb.children, *(k for p in pobjs(verb, ("in", "on")) for k in p.children if k.dep_ == "acl"
                                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children))]
    return any(c.dep_ in ("ccomp", "acl") and c.lemma_.lower() in STATE_VERBS
               and any(g.dep_ in SUBJECTS for g in c.children) for c in clauses)


def _conditional(verb: Token) -> bool:
    """Whether ``verb`` heads a condition or an open question: "if Israel signs", "unless he resigns", "once
    Israel signs", "(on) whether Obama announces Cuba's removal", "asked if Russia had attacked"."""
    if verb.dep_ not in ("advcl", "ccomp", "pcomp"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if "whether" in marks:
        return True
    if verb.dep_ != "advcl":
        return "if" in marks  # "asked if Russia had attacked"
    if marks & CONDITION_MARKS:
        return True
    return bool(marks & TIME_CONDITION_MARKS) and (verb.tag_ in ("VBZ", "VBP") or has_aux(verb, FUTURE_AUX))


def _warner_s_own(clause: Token) -> bool:
    """Whether a warned clause tells what the warner's side will do: its subject is a pronoun ("warned that **it**
    will strike"), or the act has a condition ("… will retaliate **if** Israel strikes"); not an analyst's
    forecast of others ("warned that … the West would be taking sides")."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in clause.children) \
        or bool(conditions(clause))


def _rules_out(verb: Token) -> bool:
    """Whether ``verb`` is *rule out* ("ruled out talks", "has not ruled out using force")."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _purpose(clause: Token, governor: Token) -> bool:
    """Whether ``clause`` is the purpose of ``governor`` ("sent personnel to Bosnia **to investigate**"), not
    an order's content ("an order … to suspend")."""
    return clause.dep_ == "advcl" and has_aux(clause, {"to"}) and not _commands(governor) \
        and governor.lemma_.lower() not in THREAT_VERBS  # ("have sworn to fight": the parser's advcl is the threat)


def responsible_for(noun: Token) -> bool:
    """Whether ``noun`` is what the subject of a copula is responsible for: "Sudan's government **is responsible
    for mass killings**" (the subject did it; its clause tells in what mood)."""
    adj = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and adj.dep_ == "acomp" \
        and adj.lemma_.lower() in ("responsible", "culpable") and adj.head.pos_ in ("AUX", "VERB")


def _hedge(verb: Token) -> str | None:
    """The adverb that makes ``verb``'s act (or that of the verb whose infinitive it is) a guess: "Trump
    **probably** wants to expand cooperation", "Iran **possibly** supplied the drones"."""
    t = verb
    while True:
        hedge = next((c.lower_ for c in t.children if c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS), None)
        if hedge is not None or t.dep_ != "xcomp":
            return hedge
        t = t.head


def claimed_by(noun: Token) -> Token | None:
    """The verb by which its doer claims ``noun``, an act: "the Pakistani Taliban **claimed responsibility for the
    attack** on a police station" (the claimant did it), "took credit for the bombing"."""
    owner = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and owner.lemma_.lower() in CLAIM_NOUNS \
            and owner.dep_ == "dobj" and owner.head.lemma_.lower() in CLAIMING_VERBS:
        return owner.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim":
        return noun.head  # "the Tehreek-e-Taliban Pakistan **claimed an attack** on a police station"
    return None


def _wished_by_object(clause: Token) -> str | None:
    """The demand or hope noun whose content ``clause`` is, where the parser hung the *that* clause on the
    noun's verb: "reiterated **its demand** today **that Israel ease** restrictions", "voiced the hope that
    …" (an order's clause is its act, as in :func:`ordered`)."""
    if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i
                 and c.lemma_.lower() in (DEMAND_NOUNS | HOPE_NOUNS) - COMMAND_WORDS), None)
    return noun.lemma_.lower() if noun is not None else None


def _commands(tok: Token) -> bool:
    """Whether ``tok`` gives an order: a command word, or a verb whose subject or object is one ("an
    order has been given")."""
    return tok.lemma_.lower() in COMMAND_WORDS or any(
        c.lemma_.lower() in COMMAND_WORDS for c in tok.children if c.dep_ in SUBJECTS | OBJECTS)


def ordered(verb: Token) -> bool:
    """Whether ``verb`` is the act of an order: governed, through its clause chain, by a command word
    ("ordered the agencies to suspend", "his decree to close the border", "an order was given to suspend")."""
    tok = verb
    while tok.dep_ in ("xcomp", "ccomp", "acl", "conj", "advcl") and tok.head is not tok:
        tok = tok.head
        if _commands(tok):
            return True
    return False


class Modality:
    """Judging how an event is told (``mood``, negation); mixed into :class:`~ingest.events.EventCoder`."""

    def _subject_actor(self, verb: Token, at) -> Mention | None:
        """The actor ``verb``'s subject names, if any."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self._actor_under(subj, at) if subj is not None else None

    def _mood(self, trigger: Token, source: Mention | None, at) -> tuple[str, bool, str | None]:
        """(mood, negated, governing lemma). Moods: asserted, intent (turned into a CAMEO intent code by
        the caller), threat, plan (deliberation), denied, reported."""
        negated = False
        if self._question:
            # "Do the Ukrainians want the United States to invade Crimea?": a question tells no act
            return "plan", False, "?"
        if self._scenario is not None and trigger.i > self._scenario:
            return "plan", False, "scenario"  # "a best-case scenario: The United States will … boost assistance"
        if trigger.pos_ == "NOUN":
            negated = any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
            if any(c.dep_ == "amod" and c.lower_ in POSSIBLE_ADJECTIVES for c in trigger.children):
                return "plan", negated, "possible"  # "to discuss possible Russian support": not given (yet)
            if any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
                return "plan", negated, "any"  # "would respond to any Israeli attack": an act supposed, not told
            if trigger.dep_ in ("nsubj", "nsubjpass") and has_aux(trigger.head, HYPOTHETICAL_MODALS | {"would"}) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children):
                # "a Chinese attack on Taiwan **could threaten** Japan's survival", "an Israeli strike on Iran
                # **would** trigger a war": an act supposed, not told (not "the strike … could trigger")
                return "plan", negated, "could"
            obj = trigger
            while obj.dep_ == "conj" and obj.head.pos_ in ("NOUN", "PROPN"):
                obj = obj.head  # "canceled training exercises with Thailand, as well as a visit"
            if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lemma_.lower() in BATCH_NOUNS:
                obj = obj.head.head  # "blocked a new package of EU military aid"
            # (the parser also hangs a second object on the verb itself: "canceled exercises …, as well as a visit")
            is_object = obj.dep_ == "dobj" or obj.dep_ == "conj" and obj.head.pos_ == "VERB"
            if is_object and obj.head.lemma_.lower() in BLOCKING_VERBS:
                # "Athens would veto any EU aid to Macedonia": the aid does not come about, and its giver refuses
                # nothing (the blocker's own act is its verb's event)
                return "asserted", not negated, obj.head.lemma_.lower()
            if is_object and (obj.head.lemma_.lower() in STOPPING_VERBS or _rules_out(obj.head)):
                negated = not negated
            if obj.dep_ == "pobj" and obj.head.lower_ in ("of", "in") and obj.head.head.lemma_.lower() in ENDING_NOUNS:
                negated = not negated  # "the breakdown in cooperation between the West and Russia": none now
            if is_object and obj.head.lemma_.lower() in ACHIEVING_VERBS and (
                    any(c.dep_ == "neg" for c in obj.head.children)
                    or obj.head.dep_ == "xcomp" and obj.head.head.lemma_.lower() in REFUSAL_VERBS):
                negated = not negated  # "talks failed to yield an accord between Iran and …": none came about
            if is_object and has_aux(obj.head, HYPOTHETICAL_MODALS) and obj.head.lemma_.lower() not in \
                    SUPPORT_VERBS | ANNOUNCING_VERBS:
                return "plan", negated, "could"  # "we could see regular visits by Russian naval ships"
            if is_object and obj.head.lemma_.lower() in NEED_VERBS:
                # needed, not had: "The U.S. requires partnerships with Syrian armed opposition groups"
                return "plan", negated, obj.head.lemma_.lower()
            if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in THREAT_VERBS:
                return "threat", negated, trigger.head.lemma_.lower()  # "threatening nuclear strikes against …"
            # (the tagger may take an infinitive for a noun: "offered to host/NN talks")
            carried = trigger.dep_ == "dobj" and (trigger.head.pos_ == "VERB" or trigger.head.dep_ == "xcomp"
                                                  and has_aux(trigger.head, {"to"}))
            # (an achieving verb's own governor was read above: "talks failed to yield an accord")
            if carried and (trigger.head.lemma_.lower() in SUPPORT_VERBS | ANNOUNCING_VERBS
                            or trigger.head.dep_ in ("xcomp", "ccomp")
                            and trigger.head.lemma_.lower() not in ACHIEVING_VERBS):
                # "promised to continue military aid", "will launch an offensive", "did not announce sanctions",
                # "offered to host talks between Russia and Ukraine": the noun's act is told in the mood of the
                # verb that carries it
                trigger = trigger.head
            elif ready_for(trigger):
                # "Iran is ready for talks", "is not ready for a deal": intended, as "is ready to talk" is
                adj = trigger.head.head
                return "intent", negated or any(c.dep_ == "neg" for c in adj.head.children), adj.lemma_.lower()
            elif responsible_for(trigger):
                trigger = trigger.head.head.head  # "denied it was responsible for the attack": its clause's mood
            elif trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
                    trigger.head.head.lemma_.lower() in POSSIBILITY_NOUNS:
                return "plan", negated, trigger.head.head.lemma_.lower()  # "the possibility of cooperation"
            elif trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and (
                    trigger.head.head.pos_ == "NOUN" and
                    trigger.head.head.lemma_.lower() in DEMAND_NOUNS | HOPE_NOUNS | {"need", "push", "bid"} or
                    trigger.head.head.pos_ == "VERB" and trigger.head.head.lemma_.lower() in DEMAND_VERBS | {"hope"}):
                # asked for, not done: "stressed the need for Washington's resolute support of Ukraine", "a call
                # for sanctions", "called for the withdrawal of Syrian forces", "pressed for sanctions"
                return "plan", negated, trigger.head.head.lemma_.lower()
        if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and trigger.head.dep_ == "prep" \
                and trigger.head.head.pos_ == "ADJ" and trigger.head.head.lemma_.lower() not in BLAME_ADJECTIVES:
            # "Pakistan's cooperation is vital in fighting the Taliban", "ineffective at containing the war": what a
            # quality serves or fails at, not an act told ("guilty of violating the ceasefire" tells the act)
            return "plan", negated, trigger.head.head.lemma_.lower()
        carrier = document_carrier(trigger)
        if carrier is not None and carrier.lemma_.lower() not in DISOWNING_VERBS:
            # "did not sign the statement criticising Israel", "refused to sign a declaration condemning Russia":
            # a document's words are told in the mood of the verb that carries the document
            trigger = carrier
        # ("reached **no** agreement", "sent no troops": an object that is none negates the act; so does "no
        # longer": "Colombia will no longer buy weapons from Israel")
        negated = negated or any(c.dep_ == "neg" or c.lower_ in ("never",) or c.dep_ == "dobj" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) or c.lower_ == "longer" and any(
            d.lower_ == "no" for d in c.children) for c in trigger.children)
        if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in REFUSAL_NOUNS and has_aux(trigger, {"to"}):
            negated = not negated  # "Serbia's refusal to recognize Kosovo": the recognition did not happen
        if trigger.dep_ == "xcomp" and has_aux(trigger, {"to"}) and trigger.head.lemma_.lower() in ("have", "be") \
                and any(c.lower_ == "yet" for c in trigger.head.children):
            negated = True  # "India has yet to condemn Russia's invasion": not condemned so far
        if trigger.lemma_.lower() in NEED_VERBS and trigger.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "xcomp" for c in trigger.children) and not any(c.dep_ == "dobj" for c in trigger.children):
            return "plan", negated, trigger.lemma_.lower()  # "Russia needs to withdraw": its own need, no appeal
        # "would press the Assad government … and allow the flow of aid": the second verb shares the first's
        # clause (its modal, its governing verb), though not its negation ("knew …, and should have informed
        # Turkey" has a modal of its own)
        trigger = first_conjunct(trigger)
        mood = "asserted"
        if has_aux(trigger, FUTURE_AUX):
            mood = "intent"
        if has_aux(trigger, OBLIGATION_MODALS):
            mood = "plan"  # "Sudan must return the helicopter": demanded, not done
        if has_aux(trigger, HYPOTHETICAL_MODALS):
            # "we could see visits by Russian ships": a possibility, not an act; "may halt mediation if
            # cooperation founders": a conditional intent, which for a harmful act is a threat (CAMEO 135)
            mood = "intent" if conditions(trigger) else "plan"
        hedge = _hedge(trigger)
        if hedge is not None:
            return "plan", negated, hedge  # "Trump probably wants to expand cooperation with Russia": a guess
        if _purpose(trigger, trigger.head):
            # ("an order has been given … to suspend …" is the suspension, ordered by whoever can order it)
            # a purpose: "sent personnel to Bosnia to investigate …": intended, not done ("a decision to
            # sever ties", "an order to suspend" are the act itself: nouns' clauses are left alone)
            return "plan", negated, "to"
        if trigger.dep_ in ("acl", "ccomp") and trigger.head.pos_ == "NOUN" \
                and trigger.head.lemma_.lower() in ALLEGATION_NOUNS and any(c.dep_ == "mark" for c in trigger.children):
            # "denied Russian accusations that Turkey has purchased oil from IS": what an allegation says is
            # told, not asserted; and denied when the allegation is
            noun = trigger.head
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DENY_VERBS:
                return "denied", negated, noun.head.lemma_.lower()
            return "reported", negated, noun.lemma_.lower()
        if trigger.dep_ in ("acl", "ccomp", "relcl") and trigger.head.pos_ == "NOUN" \
                and trigger.head.lemma_.lower() in DEMAND_NOUNS | HOPE_NOUNS and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in trigger.children):
            return "plan", negated, trigger.head.lemma_.lower()  # "its demand that Israel ease restrictions"
        if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and has_aux(trigger, {"to"}):
            # "Israel's plan to annex parts of the West Bank": not done; "Iran's offer to host talks": intended;
            # "Russia's threat to cut gas supplies": threatened
            noun = trigger.head.lemma_.lower()
            if noun in PLAN_NOUNS:
                return "plan", negated, noun
            if noun in INTENT_NOUNS:
                return "intent", negated, noun
            if noun == "threat":
                return "threat", negated, noun
        wish = _wished_by_object(trigger)
        if wish is not None:
            return "plan", negated, wish  # "reiterated its demand today that Israel ease restrictions"
        clause = trigger
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ not in ("ROOT", "advcl") and clause.head is not clause:
            clause = clause.head  # a noun's clause: "if the talks with Iran fail"
        if _conditional(clause):
            return "plan", negated, "if"
        t = trigger
        purpose = False  # "requested $3 billion to help fund Afghan forces": a purpose higher up, not done …
        # walk up through xcomp/ccomp chains to the governing verb
        infinitives = True  # ("if Taliban refused to negotiate": the negotiation too; "if it receives what Russia
        # has been asking": a clause of its own, told as it is)
        while t.dep_ in ("xcomp", "ccomp", "pcomp", "advcl") and t.head is not t:
            if t is not clause and infinitives and _conditional(t):
                return "plan", negated, "if"
            infinitives = infinitives and t.dep_ == "xcomp"
            gov = t.head
            if gov.dep_ == "prep":
                gov = gov.head
            lem = gov.lemma_.lower()
            if _purpose(t, gov):
                purpose = True  # … unless what it serves is itself intended ("willing to send material to help")
            if any(c.dep_ == "neg" for c in gov.children) and lem not in SPEECH_VERBS and not (
                    t.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in t.children)):
                # ("… has not yet materialized Obama recently slapped sanctions": a clause of its own, which a run-on
                # hung on the negated verb, keeps its own polarity)
                negated = not negated
            if lem in REFUSAL_VERBS and t.dep_ == "xcomp":
                negated = not negated  # "refused to deploy troops": the deployment did not happen
            if lem in STOPPING_VERBS and t.tag_ == "VBG" and t.dep_ in ("xcomp", "ccomp", "dobj"):
                negated = not negated  # "stopped fighting", "ceased shelling"
            if t.dep_ == "pcomp" and t.head.lower_ == "against" and lem in AGAINST_VERBS:
                negated = not negated  # "decided against establishing a safe haven"
            if t.dep_ in ("xcomp", "ccomp", "pcomp") and (lem in AVOIDING_WORDS or t.dep_ == "pcomp" and any(
                    c.lower_ in AVOIDING_WORDS for c in gov.children if c.dep_ == "advmod")):
                # "opposes granting diplomatic status to Russians", "stopped short of expressing support",
                # "refrained from criticizing": what is opposed or avoided is not done
                negated = not negated
            if t.dep_ in ("xcomp", "advcl", "pcomp") and not any(c.dep_ in SUBJECTS for c in t.children) \
                    and has_aux(first_conjunct(gov.head if gov.dep_ == "acomp" else gov),
                                 HYPOTHETICAL_MODALS | OBLIGATION_MODALS):
                # "the U.S. could provide weapons … while giving Putin a free hand", "could have gotten a better
                # deal by persuading Iran", "the Kremlin may feel free to challenge NATO": an act of a clause that
                # is only possible, or asked for, is not done
                return "plan", negated, "could"
            if _rules_out(gov) and t.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "advcl"):
                # "ruled out using force": an act refused; "has not ruled out using nuclear weapons": one kept open,
                # intended (for force, a threat); what others might do is only a possibility ("did not rule out
                # that Turkey would intervene")
                return ("plan" if t.dep_ == "ccomp" else "intent"), not negated, lem
            if lem in THREAT_VERBS and (t.dep_ == "xcomp" or t.dep_ == "advcl" and has_aux(t, {"to"})):
                return "threat", negated, lem
            if lem in DENY_VERBS:
                return "denied", negated, lem
            if t.dep_ == "xcomp" and (lem in INTENT_VERBS or lem in INTENT_ADJECTIVES or lem in UNWILLING_ADJECTIVES):
                clause = gov.head if gov.dep_ == "acomp" else gov
                if lem in UNWILLING_ADJECTIVES:
                    negated = not negated  # "is unwilling to send weapons": "is not willing to"
                if clause is not gov and any(c.dep_ == "neg" for c in clause.children):
                    negated = not negated  # "is not ready to sign": the negation sits on the copula
                if has_aux(clause, OBLIGATION_MODALS):
                    return "plan", negated, lem  # "the US must be ready to mediate": asked of it, not intended
                if lem in DESIRE_VERBS | {"expect", "hope"} and any(c.dep_ == "dobj" and c.i < t.i
                                                                    for c in gov.children):
                    return "plan", negated, lem  # "expected Pakistan to help bring the Taliban": another's act
                return "intent", negated, lem
            if t.dep_ == "xcomp" and lem in HESITANCY_ADJECTIVES:
                return "plan", negated, lem  # "a U.S. official is reluctant to link the test to Iran's willingness"
            if t.dep_ == "xcomp" and lem in DELIBERATION_VERBS | NEED_VERBS | {"risk"}:
                # ("risks undermining its own security": a danger, not an act; "Turkey will need to strengthen its
                # forces": a need, not an act)
                return "plan", negated, lem
            if lem in DEMAND_VERBS and t.dep_ in ("ccomp", "xcomp") and gov.pos_ == "VERB" and not (
                    lem in SPEECH_VERBS and t.dep_ == "ccomp" and not has_aux(t, OBLIGATION_MODALS | {"to"})) and not (
                    lem == "warn" and t.dep_ == "ccomp" and has_aux(t, FUTURE_AUX) and _warner_s_own(t)):
                # ("officials warned that Iran will retaliate if …", "Russia warned Ukraine that it will strike":
                # what a warning announces of the warner's side is intended)
                # "urged Iran to stop", "told Iraq it must": demanded, not done; "was told soldiers beat
                # detainees" only reports what happened
                return "plan", negated, lem
            if lem in COMMAND_WORDS and t.dep_ == "xcomp" and gov.pos_ == "VERB" and source is not None:
                # "the International Court of Justice ordered Israel to allow aid into Gaza": an order to another
                # state is a demand, its act not done (one to the commander's own forces or agencies is the act
                # itself: "Petro ordered the agencies to suspend intelligence sharing")
                commander = self._subject_actor(gov, at)
                if commander is not None and commander.country != source.country:
                    return "plan", negated, lem
            if lem in SPEECH_VERBS and t.dep_ == "ccomp":
                speaker = self._subject_actor(gov, at)
                if speaker is None or source is None or speaker.country != source.country:
                    if purpose:
                        return "plan", negated, "to"
                    return ("reported" if mood == "asserted" else mood), negated, lem
            t = gov
        if purpose:
            return "plan", negated, "to"
        return mood, negated, None
