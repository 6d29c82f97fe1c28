"""The event coder: actors + dependency parse + CAMEO lexicon -> events.

For each sentence it looks at every verb and event noun the lexicon knows, finds the acting actor
(subject, passive agent, possessor, or the speaker of a quoted order), the actor acted upon (object,
prepositional complement, or the other side of "between A and B"), the modality (negation, threat,
plan, denial, report) and the date, and emits one :class:`Event` per source x target pair.

The coder is split by job: :mod:`.event_nouns` codes event nouns, :mod:`.roles` finds sources and targets,
:mod:`.unnamed` places the actors a clause does not name, :mod:`.mood` judges how an event is told,
:mod:`.own_state` drops targets a state cannot have in itself, :mod:`.repeats` keeps an act told twice once;
:mod:`.syntax` asks the parse, and :mod:`.words` holds the word classes the rules use.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from . import dates
from .actors import DEFUNCT_STATES
from .cameo import lookup
from .coref import is_state
from .event_nouns import NounEvents
from .landmarks import named_history
from .lexicon import Lexicon, Match
from .mood import (
    Modality, date_head, dates_its_clause, first_since, ordered, scenario_colon, told_as_history, told_clause,
    warns_of_a_state)
from .own_state import one_state, state_and_its_government, travel_of_private_people, without_own_state
from .records import Event, Mention
from .refine import (
    KILLING_VERBS, clash_code, force_deed_code, intent_code, killing_code, military_bombing_code,
    official_protest_code, refusal_code, threat_code, verdict_code, weapon_code)
from .repeats import protest_aims, told_once
from .roles import ActorRoles, Found, History, is_place
from .syntax import (
    attachment, clause_forms, definite, each_other, has_aux, is_nominal, is_passive, mutual, party_phrases,
    exercise_held, phrase_preps, pobjs, reduced_relative, stance_carrier, with_phrases)
from .unnamed import UnnamedActors
from .words import (
    ADDRESSED_PROTEST_VERBS, ANNOUNCING_VERBS, ARRIVAL_VERBS, ASSAULT_VERBS, ATTACK_MEANS, AUTHORITY_CODES,
    BATCH_NOUNS, BOUNDARY_NOUNS, CLAUSE_TARGET_ROOTS, COMMENTARY_VERBS, DECISION_VERBS, DELIBERATION_VERBS,
    DEMANDING_VERBS, DENY_VERBS, DEPARTING_VERBS, DEPLOYING_VERBS, DESIRE_VERBS, DOER_LINKS, DOMESTIC_CODES,
    ENACTING_VERBS, EXCHANGE_VERBS, EXERCISE_NOUNS, FORCE_ROOTS, FORCE_WORDS, FUTURE_AUX, GOV_NOUNS,
    GRIEVANCE_VERBS, HOSTING_VERBS, INCURSION_VERBS, INQUIRY_VERBS, INSURGENT_SECTORS, INTENT_ADJECTIVES,
    INTENT_VERBS, JOINT_CODES, JOINT_ROOTS, MEASURE_NOUNS, MUTUAL_NOUNS, OBJECT_CONTROL, OBLIGATION_MODALS,
    PEACEKEEPING_WORDS, PERSON_NOUNS, REFUSAL_VERBS, RETALIATING_VERBS, RETREATING_VERBS, REVERSED_DEFAULTS,
    SEIZING_VERBS, SENDING_VERBS, SIGNING_VERBS, SPEECH_VERBS, STAFF_NOUNS, STANCE_PARTICIPLES, STATE_NOUNS,
    SUBJECTS, SUMMON_VERBS, SUPPORT_VERBS, SUSPENDING_VERBS, TALKING_VERBS, THIRD_PARTY_CODES, THREAT_VERBS,
    TIME_PREPS, VENUE_CODES, VENUE_PREPS, VENUE_ROOTS, VIOLATING_VERBS)

def _defunct(m: Mention, article_date: str | None) -> bool:
    """Whether ``m`` is a state that had ceased to exist by the article's date (``actors.DEFUNCT_STATES``)."""
    end = DEFUNCT_STATES.get(m.country)
    return bool(end and article_date and article_date >= end)


def _implicit(code: str, trigger: Token) -> Found:
    """A target no words name ("declared martial law": the country's own population), placed at the trigger,
    the word that implies it."""
    country, sector = code[:3], code[3:]
    return Found(Mention(code, country, sector, trigger.text, trigger.idx, trigger.idx + len(trigger), "implicit"),
                 "domestic")


# the most coordinated actors whose mutual act is coded each to each
MOST_RECIPROCAL_PARTIES = 4
# the rule by which a warning of what another might do is a pessimistic comment aimed at that other
ANOTHERS_ACT = "verb:warn that … could (another's act) [diplograph]"


def _telephones(call: Token, at) -> bool:
    """Whether *call* (coded by its default, 041) telephones somebody: not when it names ("calling it 'another
    testament to the failure …'", "called Trump a barbarian": two predicates, as the parser reads it) nor
    when its object is a thing, no actor and no person's title ("called the Iranian response 'very weak'",
    "called a meeting")."""
    kids = list(call.children)
    if any(c.dep_ == "oprd" for c in kids) and sum(c.dep_ in ("dobj", "oprd") for c in kids) >= 2:
        return False
    return not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in at and c.lemma_.lower() not in
                   PERSON_NOUNS | STAFF_NOUNS | GOV_NOUNS | STATE_NOUNS | {"counterpart"} for c in kids)


def _side(code: str) -> str | None:
    """"conflict" (CAMEO 10–20) or "cooperation" (03–09); statements and appeals (01, 02) take no side."""
    return "conflict" if code[:2] >= "10" else "cooperation" if "03" <= code[:2] <= "09" else None


class EventCoder(NounEvents, UnnamedActors, ActorRoles, Modality):
    """Codes the events of one parsed ``Doc`` (an article) given its actor mentions."""

    def __init__(self, lexicon: Lexicon, groups: dict[str, str] | None = None, attackers: set[str] | None = None):
        self.lexicon = lexicon
        # unnamed groups of people ("demonstrators", "students") -> sector; see ``_domestic``
        self.groups = groups or {}
        # unnamed armed men ("gunmen", "assailants"); see ``_unidentified``
        self.attackers = (attackers or set()) | ATTACK_MEANS

    def code_doc(self, doc: Doc, mentions: list[Mention], doc_id: str, article_date: str | None) -> list[Event]:
        at = self._index(mentions, doc)
        self._at = at
        self._tokens_of: dict[int, set[int]] = {}
        for i, m in at.items():
            self._tokens_of.setdefault(id(m), set()).add(i)
        # (Span.ents rescans the doc at every call; a time that names its day dates it too: "on Saturday night",
        # "early Monday morning")
        self._dates = [e for e in doc.ents if e.label_ == "DATE" or e.label_ == "TIME" and any(
            t.lower_ in dates.WEEKDAYS for t in e)]
        self._persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self._verb_events: dict[int, list[Event]] = {}  # a verb's events, also asked for by its governing verb
        self._matches: dict[int, Match | None] = {}
        self._question = False  # whether the sentence being coded asks a question
        self._scenario: int | None = None  # where the conjecture of the sentence being coded begins
        history = History()
        events: list[Event] = []
        pending = sorted(mentions, key=lambda m: m.start)
        for sent in doc.sents:
            history.current = [m for m in pending if m.start < sent.end_char]
            speaker = self._speaker(sent, at)
            # (asked once per sentence: Span.text is rebuilt at every access)
            self._question = sent.text.rstrip().rstrip("\"'”’").endswith("?")
            self._scenario = scenario_colon(sent)
            self._sent_start = sent.start_char  # (Token.sent walks the doc at every call)
            sent_events: list[Event] = []
            history.told = sent_events
            for tok in sent:
                nominal = is_nominal(tok)
                if not nominal and tok.pos_ == "VERB" and tok.lemma_.lower() in self.lexicon.verbs:
                    sent_events.extend(self._code_verb(tok, sent, at, history, speaker, doc_id, article_date))
                elif nominal and tok.lemma_.lower() in self.lexicon.nouns:
                    sent_events.extend(self._code_noun(tok, sent, at, history, speaker, doc_id, article_date))
            # an untargeted participle that elaborates an event of its governing verb is that event told again
            # (or of the verb that carries an event noun: "carried out airstrikes …, killing eight people")
            coded = {e.extra.get(k) for e in sent_events for k in ("i", "carrier")} - {None}
            sent_events = [e for e in sent_events if e.extra.get("elaborates", -1) not in coded]
            told = protest_aims(told_once(sent_events, doc), doc)
            events.extend(told)
            history.previous = [e for e in told if e.counts]
            history.acts.extend(history.previous)
            subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = self._actors_of(subject, at, history) if subject is not None else []
            history.subject = found[0].mention if found else None
            while pending and pending[0].start < sent.end_char:
                history.mentions.append(pending.pop(0))
        return events

    def _code_verb(self, verb, sent, at, history, speaker, doc_id, article_date) -> list[Event]:
        """The events ``verb`` codes, computed once per document (a governing verb asks for its clause's)."""
        if verb.i not in self._verb_events:
            self._verb_events[verb.i] = self._code_verb_once(verb, sent, at, history, speaker, doc_id, article_date)
        return self._verb_events[verb.i]

    def _summoned_to_say(self, verb, sent, at, history, doc_id, article_date) -> list[Event] | None:
        """"Britain summoned Russia's ambassador to protest the poisoning": the summons is how the words are
        delivered, so the words are the event, said by the summoner to the one summoned (a protest so made is
        an official complaint, 114). None when the summons has no such purpose."""
        summoned = [c for c in verb.children if c.dep_ == "dobj"]
        if not summoned:
            return None
        for c in verb.children:
            if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB" or not has_aux(c, {"to"}):
                continue
            match = self._match(c)
            if match is None or not ("10" <= match.code[:2] <= "13" or match.code[:3] in ("012", "114", "140")):
                continue
            if match.code[:2] == "14":
                match = Match("114", f"verb:{verb.lemma_.lower()} * to {c.lemma_.lower()} [diplograph]", 1)
            sources, _ = self._verb_source(verb, at, history)
            targets = [f for o in summoned for f in self._actors_of(o, at, history)]
            self._verb_events[c.i] = []  # the purpose is told here, not again as a plan of the one summoned
            if not targets:
                return []
            # (told in the summons's own mood: "did not summon the ambassador to protest" is no protest)
            return self._emit(verb, match, sources, False, sent, at, history, doc_id, article_date, targets=targets)
        return None

    def _declared_unwelcome(self, verb, sent, at, history, doc_id, article_date) -> list[Event] | None:
        """"Peru declared Mexico's president persona non grata": whoever is declared unwelcome is expelled (166, as
        an ambassador expelled is); the parser makes the Latin words a clause of their own, so they are read from
        the words after the verb, and the one declared from the actors between. None without those words."""
        words = [t.lower_ for t in sent if t.i > verb.i]
        at_persona = next((k for k in range(len(words) - 2) if words[k:k + 3] == ["persona", "non", "grata"]), None)
        if at_persona is None:
            return None
        between = range(verb.i + 1, verb.i + 1 + at_persona)
        targets = list({id(at[i]): Found(at[i], "direct") for i in between if i in at}.values())
        sources, _ = self._verb_source(verb, at, history)
        match = Match("166", "verb:declare * persona non grata [diplograph]", 3)
        return self._emit(verb, match, sources, False, sent, at, history, doc_id, article_date, targets=targets)

    def _crossed(self, trigger: Token, match: Match, target: Found) -> bool:
        """Whether ``target`` lies in a clause under ``trigger`` whose verb's code is cooperation where the
        trigger's is conflict, or the other way round; or in the purpose clause of an appeal or demand."""
        tokens = self._tokens_of.get(id(target.mention), set())
        if match.code[:2] in ("02", "10") and tokens and any(
                c.dep_ == "advcl" and c.pos_ == "VERB" and has_aux(c, {"to"}) and tokens <= {t.i for t in c.subtree}
                and not any(g.dep_ in SUBJECTS for g in c.children) for c in trigger.children):
            # an appeal's purpose names whom the thing asked for serves, not whom it asks: "Obama requested
            # $3.45 billion in the budget to help fund Afghan security forces"
            return True
        mine = _side(match.code)
        if mine is None:
            return False
        # (a clause that is what the act is about, "refused to lift the curfew", "threatened to close", is not
        # one it serves)
        if trigger.lemma_.lower() in REFUSAL_VERBS | THREAT_VERBS | INTENT_VERBS | DENY_VERBS | DECISION_VERBS \
                | DELIBERATION_VERBS | OBJECT_CONTROL | SPEECH_VERBS:
            return False
        for c in trigger.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and has_aux(c, {"to"}) and tokens \
                    and tokens <= {t.i for t in c.subtree}:
                own = self._match(c)
                theirs = _side(own.code) if own is not None and own.code[:2] != "--" else None
                return theirs is not None and theirs != mine
        return False

    def _match(self, verb) -> Match | None:
        """The lexicon's reading of ``verb`` in its clause, computed once per document."""
        if verb.i not in self._matches:
            before, after = clause_forms(verb)
            particles = frozenset(c.lower_ for c in verb.children if c.dep_ == "prt")
            match = self.lexicon.verb(verb.lemma_.lower(), before, after, particles)
            self._matches[verb.i] = self._by_arguments(verb, match)
        return self._matches[verb.i]

    def _by_arguments(self, verb, match: Match | None) -> Match | None:
        """The lexicon's ``match`` for ``verb``, or a code its arguments decide, which no word pattern can tell:
        a complaint lodged *to* someone, forces going into another state's ground, a body suspending a member
        state (where no pattern of its own codes the suspension)."""
        lemma = verb.lemma_.lower()
        if lemma in ADDRESSED_PROTEST_VERBS and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in c.children) for c in verb.children):
            # "Seoul protested to Tokyo over remarks by a Japanese minister": a protest addressed to someone is a
            # complaint lodged with them (114), not a demonstration (PETRARCH2's "protest * &FIGHT", 141, read
            # "about the war")
            return Match("114", f"verb:{lemma} * to [diplograph]", 1)
        if lemma in INCURSION_VERBS | SENDING_VERBS and self._incursion(verb):
            return Match("192", f"verb:{lemma} into [diplograph]", 1)
        if lemma in ASSAULT_VERBS and match is not None and match.code[:2] == "11" and any(
                m is not None and m.sector == "MIL" for m in self._named_by(verb, "nsubj")):
            # "French jets attacked Libyan government tanks": forces attack with force (190), whatever words
            # follow (CAMEO.2.0's "attack * government" is the verbal attack of critics, 111)
            return Match("190", f"verb:{lemma} [diplograph: forces]", 1)
        if lemma in SENDING_VERBS and match is not None and match.code[:2] == "07" and any(
                p.lemma_.lower() in BOUNDARY_NOUNS for p in pobjs(verb, {"to"})):
            # "Hungary will send thousands of policemen to its southern border with Serbia": force massed at a
            # border is shown to the state beyond (154, as *mass* is), not help to it
            return Match("154", f"verb:{lemma} * to <border> [diplograph]", 1)
        if lemma in SEIZING_VERBS and match is not None and match.words == 0 and any(
                m is not None and is_place(m) for m in self._named_by(verb, "dobj")):
            # "The M23 captured Bukavu": ground taken is occupied (192), as CAMEO.2.0's *seize * &TOWN*
            return Match("192", f"verb:{lemma} * <place> [diplograph]", 1)
        if lemma in RETALIATING_VERBS and (match is None or match.words == 0):
            # "Canada retaliated with tariffs on American goods": the measure it answered with is the act (163),
            # not PETRARCH2's force (190) for a bare *retaliate*
            for p in pobjs(verb, {"with"}):
                # (with the words that qualify it: "retaliated with **export** controls")
                qualifiers = {c.lower_ for c in p.children if c.dep_ in ("compound", "amod")}
                means = self.lexicon.noun(p.lemma_.lower(), qualifiers)
                if means is not None and p.pos_ == "NOUN":
                    return Match(means.code, f"verb:{lemma} with {p.lemma_.lower()} [diplograph]", 1)
        departs = lemma in DEPARTING_VERBS and any(m is not None and is_place(m) for m in self._named_by(verb, "dobj"))
        if (lemma in RETREATING_VERBS or departs) and (match is None or match.words == 0) and any(
                m is not None and m.sector == "MIL" for m in self._named_by(self._doing(verb), "nsubj")):
            # "Yugoslav forces began withdrawing from Kosovo": forces withdrawn retreat (0874), whatever else the
            # verb's default names (PETRARCH2's pattern for a military subject reads words the clause leaves out)
            return Match("0874", f"verb:{lemma} [diplograph: forces]", 1)
        if lemma in HOSTING_VERBS and (
                lemma == "welcome" and any(p.i in self._at and is_place(self._at[p.i]) for p in pobjs(verb, {"to"}))
                or match is None and any(m is not None and m.kind == "person" for m in self._named_by(verb, "dobj"))):
            # "Pope Leo XIV welcomed Zelensky to the Vatican", "received Zelensky at Castel Gandolfo": a visitor
            # hosted (043), not praise (PETRARCH2's default for *welcome*, 051)
            return Match("043", f"verb:{lemma} [diplograph]", 1)
        if match is None and lemma in SUSPENDING_VERBS and (
                any(m is not None and is_state(m.code)
                    for dep in ("dobj", "nsubjpass") for m in self._named_by(verb, dep))
                or any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in STATE_NOUNS and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in verb.children)):
            # "The African Union suspended Madagascar", "Madagascar was suspended by the AU", "… suspended **the
            # country**" (the state coreference finds)
            return Match("160", f"verb:{lemma} * <state> [diplograph]", 1)
        return match

    @staticmethod
    def _doing(verb):
        """The verb whose subject does ``verb``: its governor for an open complement ("forces **began**
        withdrawing")."""
        return verb.head if verb.dep_ == "xcomp" else verb

    def _warns_of_another(self, verb) -> bool:
        """Whether *warn* tells of what another than the warner might do: a told clause with *could, might,
        may* whose subject is an actor of another country than the warner's."""
        warners = {self._at[t.i].country for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                   if t.i in self._at}
        for c in verb.children:
            if c.dep_ != "ccomp" or not has_aux(c, {"could", "might", "may"}):
                continue
            doers = [m for m in self._named_by(c, "nsubj") if m is not None]
            if warners and doers and not any(m.country in warners for m in doers):
                return True
        return False

    def _named_by(self, verb, dep: str) -> list[Mention | None]:
        """The actor mention (or None) that each of ``verb``'s children of relation ``dep`` is the head of."""
        return [self._at.get(c.i) for c in verb.children if c.dep_ == dep]

    def _incursion(self, verb) -> bool:
        """Whether ``verb`` (one of ``words.INCURSION_VERBS`` or ``SENDING_VERBS``) tells a state's forces going
        into ground: its subject is a military (or a state sending force), and it goes *into* a place or a state,
        or enters or crosses one ("Turkish troops crossed into northern Iraq", "entered northern Syria", "sent
        tanks into Georgia"; not "refugees crossed into Turkey")."""
        mover = next(iter(self._named_by(verb, "nsubj")), None)
        # (or a state that sends its forces in: "Russia sent tanks into Georgia")
        sent = verb.lemma_.lower() in SENDING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in FORCE_WORDS for c in verb.children)
        if mover is None or not (mover.sector == "MIL" or sent) or not is_state(mover.country):
            return False
        ground = pobjs(verb, {"into"})
        if verb.lemma_.lower() in ("enter", "cross"):
            ground += [c for c in verb.children if c.dep_ == "dobj"]
        # (another state's: "Iraqi forces entered Mosul" take back their own ground, as the lexicon codes it)
        return any(t.i in self._at and is_state(self._at[t.i].country) and self._at[t.i].country != mover.country
                   for g in ground for t in g.subtree)

    def _enacted(self, verb) -> Match | None:
        """The measure a verb of enactment adopts as its object, coded as the measure (CAMEO 16x): "The EU
        **agreed a new package of sanctions** against Russia", "**adopted sanctions** against Belarus" (agreeing
        is otherwise cooperation, 050, with the one sanctioned)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in BATCH_NOUNS:
            # "a package of sanctions", "a new sanctions package"
            obj = next(iter(pobjs(obj, {"of"})), None) or next(
                (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        measure = self.lexicon.noun(obj.lemma_.lower(), set()) if obj is not None else None
        if measure is None or measure.code[:2] != "16":
            return None
        return Match(measure.code, f"verb:{verb.lemma_.lower()} * {obj.lemma_.lower()} [diplograph]", 1)

    def _measure_subject(self, verb) -> bool:
        """Whether a verb of force has for its subject a measure or a decision, whose blow is a figure of speech:
        "U.S. **tariffs** hit Chinese exports", "Russia's **withdrawal** from the grain deal hit Ukraine" (a
        noun the lexicon codes as no force, or one of ``words.MEASURE_NOUNS``)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return False
        noun = self.lexicon.noun(subj.lemma_.lower(), set())
        return subj.lemma_.lower() in MEASURE_NOUNS or noun is not None and noun.code[:2] not in FORCE_ROOTS

    def _aims_measure(self, verb) -> bool:
        """Whether a participle *targeting* only says whom its governing verb's measure was aimed at: "imposed
        export controls on rare earths, **targeting** the United States" (not "struck Gaza, targeting Hamas
        commanders", where the governing act is force)."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ != "VERB" or any(
                c.dep_ in SUBJECTS for c in verb.children):
            return False
        governing = self._match(verb.head)
        return governing is not None and governing.code[:2] not in FORCE_ROOTS

    def _code_verb_once(self, verb, sent, at, history, speaker, doc_id, article_date) -> list[Event]:
        lemma = verb.lemma_.lower()
        if lemma in COMMENTARY_VERBS and verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ == "VBG" and not any(
                c.dep_ in SUBJECTS for c in verb.children):
            return []
        if lemma == "target" and self._aims_measure(verb):
            return []
        if lemma in ("join", "accompany") and is_passive(verb):
            return []  # "Sen. Cruz, joined by Carly Fiorina, waves during a rally": company, not an act
        if lemma in DECISION_VERBS | {"vote"} and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
            return []  # "decided against establishing a safe haven": no decision to cooperate, the act not done
        if told_as_history(verb, article_date):
            return []  # "Russia invaded Georgia in 2008", told in 2016: history, dated wrongly if coded now
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "mark" and c.lower_ in TIME_PREPS for c in verb.children):
            # "one day after a Serbian army jet shot down a helicopter", "since Russia annexed Crimea": an earlier
            # act that only sets the time, as with nouns (#92); told on the article's date it would move in time
            return []
        if lemma == "fire" and any(c.dep_ == "dobj" and c.lemma_.lower() in STAFF_NOUNS for c in verb.children):
            return []  # "Tunisia's prime minister fired five police commanders": a dismissal, no attack
        if any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in verb.children) and any(
                c.dep_ in ("oprd", "xcomp") for c in verb.children):
            return []  # "maintain what he called normal relations with North Korea": a naming, no call
        grounds = verb.head if verb.dep_ == "xcomp" else verb  # (or the act they name: "of plotting **to overthrow**")
        if grounds.dep_ == "pcomp" and grounds.head.lower_ in ("for", "of") and grounds.head.head.pos_ == "VERB" and (
                any(c.dep_ == "dobj" for c in grounds.head.head.children) or is_passive(grounds.head.head)):
            # "deported 168 Liberians for traveling …", "arrested him for spying", "was arrested in Lebanon for
            # collaborating with Israel": the grounds, not an act
            return []
        # "threatened to cut aid": the governed verb carries the event, and the threat verb itself is only
        # coded when the governed verb codes nothing ("threatened to resume attacks in Israel" -> 13x)
        if lemma in THREAT_VERBS | INTENT_VERBS | DENY_VERBS | DELIBERATION_VERBS | DECISION_VERBS and any(
                (c.dep_ == "xcomp" or lemma in THREAT_VERBS and c.dep_ == "advcl" and has_aux(c, {"to"}))
                and c.pos_ == "VERB" and (
                    c.lemma_.lower() in self.lexicon.verbs and self._code_verb(c, sent, at, history, speaker, doc_id,
                                                                               article_date)
                    # ("threatened to institute a curfew": the curfew, carried by a support verb, is the act)
                    or c.lemma_.lower() in SUPPORT_VERBS and self._carries_event_noun(c))
                for c in verb.children):
            return []
        if lemma in SUMMON_VERBS:
            told = self._summoned_to_say(verb, sent, at, history, doc_id, article_date)
            if told is not None:
                return told
        if lemma == "declare":
            told = self._declared_unwelcome(verb, sent, at, history, doc_id, article_date)
            if told is not None:
                return told
        if lemma in REFUSAL_VERBS - {"fail"} and any(c.dep_ == "xcomp" and c.lemma_.lower() == "comment"
                                                     for c in verb.children):
            sources, _ = self._verb_source(verb, at, history)  # "declined to comment": CAMEO 011
            return self._emit(verb, Match("011", f"verb:{lemma} to comment [diplograph]", 1), sources, False,
                              sent, at, history, doc_id, article_date)
        if lemma in REFUSAL_VERBS - {"fail"}:
            # "refused to deploy peacekeepers in Iraq": a rejection (12) aimed where the refused act was
            acts = [e for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                    for e in self._code_verb(c, sent, at, history, speaker, doc_id, article_date)]
            aims = list({e.target.code: Found(e.target, "extended") for e in acts if e.target}.values())
            if aims:
                sources, _ = self._verb_source(verb, at, history)
                return self._emit(verb, Match("120", f"verb:{lemma} to … [diplograph]", 1), sources, False, sent,
                                  at, history, doc_id, article_date, targets=aims)
        if STANCE_PARTICIPLES.get(lemma) == "in" and any(  # ("is opposed to sanctions" is a stance of its own)
                getattr(stance_carrier(p), "i", None) == verb.i and is_nominal(p)
                and p.lemma_.lower() in self.lexicon.nouns for c in verb.children if c.dep_ == "prep" for p in c.children):
            return []  # "were engaged in ethnic cleansing": the cleansing is the event told
        if lemma in ANNOUNCING_VERBS and self._carries_event_noun(verb):
            return []  # "Italy announced a suspension of air links": the suspension is the event told
        if lemma in SPEECH_VERBS and verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and not any(c.dep_ in SUBJECTS for c in verb.children):
            return []  # "…, reported the Russian news agency Tass": an inverted attribution, no statement to Tass
        match = self._match(verb)
        if lemma in ENACTING_VERBS and not (match is not None and match.words > 0):
            match = self._enacted(verb) or match  # "The EU agreed a new package of sanctions against Russia"
        if match is not None and match.words == 0 and any(
                m.lemma_.lower() not in SPEECH_VERBS and self._code_verb(m, sent, at, history, speaker, doc_id,
                                                                         article_date)
                for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                for m in p.children if m.dep_ == "pcomp" and m.pos_ == "VERB"):
            # "China retaliated by banning exports", "Iran responded by firing missiles at Israel": the means is
            # the act told; the bare verb's default (PETRARCH2's 190 for *retaliate*) would tell it again
            return []
        if lemma == "call" and match is not None and match.words == 0 and not _telephones(verb, at):
            return []
        if match is not None and match.code[:2] in FORCE_ROOTS and self._measure_subject(verb):
            return []  # "U.S. tariffs hit Chinese exports", "Israel's decision hit the Palestinians": no force
        if lemma == "protest" and told_clause(verb):
            match = Match("114", "verb:protest that … [diplograph]", 1)  # words, not a demonstration
        if lemma == "warn" and match is not None and match.words == 0 and warns_of_a_state(verb):
            # "the ICRC warned that thousands of civilians have nowhere safe to run": a pessimistic comment
            # (012), not a threat (CAMEO 130 is a coercive warning: "police will no longer tolerate rallies")
            match = Match("012", "verb:warn that … (a state of things) [diplograph]", 1)
        if lemma == "warn" and match is not None and match.words == 0 and self._warns_of_another(verb):
            # "Russia could invade a NATO country within five years, Germany's defence chief warned": what another
            # might do is a pessimistic comment on it (012), not the warner's threat
            match = Match("012", ANOTHERS_ACT, 1)
        if lemma in SUPPORT_VERBS | THREAT_VERBS and not (match is not None and match.words > 0) \
                and self._carries_event_noun(verb):
            # "reimposed blockades", "mounted an invasion": the noun is the event told ("threatening nuclear
            # strikes": told as a threat)
            return []
        said = [c for c in verb.children if c.dep_ == "ccomp"] if lemma in SPEECH_VERBS | {"reiterate", "declare",
                                                                                            "conclude"} else []
        # ("America should be very proud": an opinion of a state, not a call on it to act; "must be ready to
        # mediate" still asks for an act)
        said = [c for c in said if not (c.lemma_ == "be" and not any(
            a.dep_ == "acomp" and a.lemma_.lower() in INTENT_ADJECTIVES for a in c.children))]
        if any(has_aux(c, {"must"}) for c in said):
            match = Match("100", f"verb:{lemma} * that … must [diplograph]", 2)  # "said Sudan must return …"
        elif any(has_aux(c, OBLIGATION_MODALS) for c in said) or any(
                c.lemma_ == "need" and any(x.dep_ == "xcomp" for x in c.children) and not has_aux(c, FUTURE_AUX)
                for c in said):
            # "said Japan should open its markets", "will tell Koizumi that Japan needs to enact reforms": the
            # codebook's appeals (02x); "must" is a demand
            match = Match("020", f"verb:{lemma} * that … should [diplograph]", 2)
        elif lemma != "order" and any(c.lemma_.lower() in VIOLATING_VERBS and any(s.dep_ == "nsubj" for s in c.children)
                                      and not any(n.dep_ == "neg" for n in c.children) for c in said):
            # "Colombia's foreign minister said Washington had violated international law": telling of a breach
            # accuses its doer (112), who is the told clause's subject; the breach keeps its own event
            match = Match("112", f"verb:{lemma} * that … violated [diplograph]", 2)
        if match is None:
            return []
        if lemma in DEMANDING_VERBS and match.code.startswith("02"):
            # PETRARCH2 codes "demand * protection" as an appeal (0212); CAMEO's demands mirror its appeals
            # digit for digit (02x -> 10x: 0212 -> 1012)
            match = replace(match, code="10" + match.code[2:])
        # a reported act keeps its own source: with none in the text, the speaker stands in for it only when
        # the act is what the speaker ordered ("Petro ordered agencies to suspend …"), not when it is merely
        # reported ("the ban imposed six months ago, the radio reported" is not the radio's ban)
        sources, _ = self._verb_source(verb, at, history)
        if not sources and speaker is not None and ordered(verb):
            sources = [Found(speaker, "speaker")]
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if lemma == "agree" and match.words == 0 and clauses:
            # "agreed to undertake joint exercises", "agreed that their countries should cooperate": agreeing
            # on something yet to be done is an intent to cooperate (030); "agreed there was an urgent need
            # for progress": agreeing on how things are is an expression of accord (019), as the codebook codes it
            if any(c.dep_ == "xcomp" or has_aux(c, FUTURE_AUX | OBLIGATION_MODALS) for c in clauses):
                match = Match("030", f"verb:{lemma} to … [diplograph]", 1)
            else:
                match = Match("019", f"verb:{lemma} that … [diplograph]", 1)
        if lemma in DESIRE_VERBS and any(g.dep_ == "nsubj" and self._actor_under(g, at) is not None
                                         for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children):
            match = Match("020", f"verb:{lemma} (an actor) to … [diplograph]", 1)
        if lemma in SENDING_VERBS and any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in INQUIRY_VERBS
                                          and any(a.lower_ == "to" for a in c.children) for c in verb.children):
            # "sent 21 personnel to Yugoslavia to investigate …": a mission of inquiry is an investigation (090)
            match = Match("090", f"verb:{lemma} … to investigate [diplograph]", 2)
        if lemma in ARRIVAL_VERBS and any(w in PEACEKEEPING_WORDS for c in verb.children if c.dep_ in SUBJECTS
                                          for w in (t.lower_ for t in c.subtree)):
            match = Match("074", f"verb:{lemma} (peacekeepers) [diplograph]", 1)  # peacekeepers arriving keep peace
        if match.reverse and match.words == 0 and lemma not in REVERSED_DEFAULTS:
            return []  # "the attacks shocked France": PETRARCH2's reversed defaults for feelings code no act
        if match.reverse and not is_passive(verb):
            # "a Palestinian prisoner died in Israeli police custody", "Colombia received aid from the US": the
            # subject is acted upon, and the actor the verb's phrases name is the source
            if not sources:
                return []
            exclude = {i for f in sources for i in self._tokens_of.get(id(f.mention), set())}
            doers = self._targets(verb, at, exclude, False, history=history)
            # where it happened is no doer ("died in southern Lebanon"); whose custody or strikes it was is; and
            # a doer is named by the verb's object or by a phrase of cause or agency, not by "besides" or "like"
            doers = [d for d in doers if all(
                attachment(tok, verb) in DOER_LINKS and not (tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS)
                for tok in (verb.doc[i] for i in self._tokens_of.get(id(d.mention), ())))]
            return self._emit(verb, match, [Found(d.mention, d.how) for d in doers], False, sent, at, history, doc_id,
                              article_date, targets=[Found(f.mention, "direct") for f in sources])
        if not sources and match.code[:2] in FORCE_ROOTS:
            sources = self._unidentified(verb, at)
        if not sources and int(match.code[:2]) >= 14:  # (what unnamed crowds say or agree is too loosely theirs)
            sources = self._group_source(verb, at)
        passive = is_passive(verb)
        if not sources and passive and match.code.startswith(AUTHORITY_CODES):
            sources = self._authorities(verb, at)
        return self._emit(verb, match, sources, passive, sent, at, history, doc_id, article_date)

    def _carries_event_noun(self, verb: Token) -> bool:
        """Whether ``verb``'s object is an event noun of the lexicon ("announced a suspension", "mounted an
        invasion"), which is then coded as the event."""
        return any(c.dep_ == "dobj" and is_nominal(c) and c.lemma_.lower() in self.lexicon.nouns for c in verb.children)

    def _light(self, verb) -> bool:
        """Whether ``verb`` codes its object noun itself: a pattern with object words matched ("held talks",
        "imposed sanctions"). A verb coded only by its default leaves the noun its own event."""
        match = self._match(verb)
        if verb.lemma_.lower() in SUPPORT_VERBS:  # "mounted an invasion": only a pattern of its own codes it
            return match is not None and match.words > 0
        return match is None or match.words > 0

    def _emit(self, trigger, match: Match, sources, passive, sent, at, history, doc_id, article_date,
              targets=None) -> list[Event]:
        if not sources:
            return []
        out = []
        for src in sources:
            src_tokens = self._tokens_of.get(id(src.mention), set())
            src = self._resident(src, trigger, at)
            tgts = targets if targets is not None else self._targets(
                trigger, at, src_tokens, passive, history=history,
                clause_target=match.code[:2] in CLAUSE_TARGET_ROOTS or (
                    trigger.lemma_.lower() in GRIEVANCE_VERBS and told_clause(trigger)) or (
                    match.code == "112" and trigger.lemma_.lower() in SPEECH_VERBS) or match.rule == ANOTHERS_ACT,
                places=match.code[:2] not in VENUE_ROOTS and match.code[:3] not in THIRD_PARTY_CODES and not (
                    (match.code.startswith(VENUE_CODES) or trigger.lemma_.lower() in SIGNING_VERBS)
                    and trigger.lemma_.lower() not in ARRIVAL_VERBS - {"reach"}),
                third_party=match.code[:3] in THIRD_PARTY_CODES)
            tgts = [self._resident(t, trigger, at) for t in tgts]
            if targets is None and match.prep:
                # "vowed that the U.S. would support Iraq in its fight **against** IS": a pattern that ends in a
                # preposition names its target there (PETRARCH2's "support * &FIGHT against")
                named = [Found(f.mention, "direct") for t in phrase_preps(trigger, match.prep)
                         for p in t.children if p.dep_ == "pobj" for f in self._actors_of(p, at, history, skip=src_tokens)]
                tgts = [self._resident(t, trigger, at) for t in named] or tgts
            # "launched an operation to support the Free Syrian Army", "have to unify to push back against Russian
            # overreach": a target found in a clause of the act whose own verb acts upon it the other way (helps
            # what the act would fight, or fights what it would help) is that clause's, not the act's
            if targets is None:
                tgts = [t for t in tgts if not (t.how == "extended" and self._crossed(trigger, match, t))]
            if match.code == "010" and targets is None and trigger.lemma_.lower() in SPEECH_VERBS | TALKING_VERBS:
                # a plain statement is about whom it names, not whom a clause or phrase beside it names ("said
                # Blinken, **using another name for Islamic State**", "Obama said **in 2008** …")
                tgts = [t for t in tgts if t.how != "extended"]
            tgts = [t for t in tgts if t.mention.code != src.mention.code and t.mention != src.mention
                    and not (t.mention.start < src.mention.end and src.mention.start < t.mention.end)
                    and not one_state(src.mention, t.mention)
                    # ("Obama's … withdrawal of U.S. troops from the country": not the U.S., named just before)
                    and not (t.how == "coref" and t.mention.kind == "coref" and not t.mention.sector
                             and t.mention.country == src.mention.country)]
            # one act upon one actor, however often it is named ("inspectors of the International Atomic Energy
            # Agency, or IAEA")
            tgts = [t for k, t in enumerate(tgts) if all(o.mention.code != t.mention.code for o in tgts[:k])]
            # "Libya and Bulgaria signed a treaty": reciprocal events between the coordinated actors; what they
            # discussed is no party to it ("Putin and Trump discussed … the Arab-Israeli conflict", "Israel and
            # Lebanon renewed negotiations on an Israeli troop pullback"); one they signed with or agreed to is
            # ("signed an agreement with Iran", "agreed to Gambia's mediation")
            # (an event noun's sources act together only in an exercise they hold: "the United States and South
            # Korea started their annual military exercises"; "talk by U.S. and Iraqi officials" is no meeting)
            # (a bond noun its coordinated sources make, keep or end is theirs together too: "Azerbaijan and Armenia
            # initialled a peace treaty in Washington", where the city is only where)
            # (an exercise held by a verb's pattern is one too: "French and Egyptian warships launched 10 days of
            # war games")
            held_by_verb = targets is None and match.code == "150" and exercise_held(trigger) is not None
            exercise = trigger.lemma_.lower() in EXERCISE_NOUNS or held_by_verb
            together = targets is None or not targets and trigger.lemma_.lower() in EXERCISE_NOUNS or (
                trigger.dep_ in ("dobj", "nsubjpass") and trigger.lower_ in MUTUAL_NOUNS
                and all(t.how == "extended" for t in targets))
            # (brokering or mediating is done for others: "Egypt and Qatar brokered a truce" is no act between them)
            # ("accused each other", "traded accusations": any act, done each to each)
            # (among at most a handful: "the leaders of Austria, Bulgaria, … and Slovenia attended the Brussels
            # summit" is one multilateral meeting, not ninety bilateral ones)
            reciprocal = together and 1 < len(sources) <= MOST_RECIPROCAL_PARTIES and ((
                match.code[:2] in JOINT_ROOTS or match.code in JOINT_CODES) and mutual(trigger) or each_other(trigger)
                or trigger.lemma_.lower() in EXCHANGE_VERBS or held_by_verb) \
                and match.code[:3] not in THIRD_PARTY_CODES
            if reciprocal and tgts:
                party = party_phrases(trigger)
                reciprocal = not any(self._tokens_of.get(id(t.mention), set()) & party for t in tgts)
            if reciprocal:
                partners = [Found(o.mention, "reciprocal") for o in sources if o.mention.code != src.mention.code
                            and (o.mention.country, o.mention.sector) != (src.mention.country, src.mention.sector)
                            and not state_and_its_government(o.mention, src.mention)
                            and not state_and_its_government(src.mention, o.mention)]
                tgts = partners or tgts
            mood, negated, governor = self._mood(trigger, src.mention, at)
            code = match.code
            if code == "150" and exercise:
                # "began joint military drills with Russia", "the United States and South Korea started their annual
                # military exercises": held with another state, an exercise is military cooperation with it; held
                # alone ("Iran staged naval war games"), a show of force
                partners = with_phrases(trigger)
                held = [t for t in tgts if t.how in ("reciprocal", "between")  # ("U.S.-South Korean exercises")
                        or self._tokens_of.get(id(t.mention), set()) & partners]
                tgts, code = (held, "062") if held else ([t for t in tgts if t.how == "ringed"], code)
            if mood == "intent" and src.how == "between":
                mood = "plan"  # "Erdogan offered to host talks between Russia and Ukraine": his intent, not theirs
            if mood == "intent" and governor == "prepare" and code[:2] in FORCE_ROOTS:
                # "the army prepared to resume shelling": readying force is a show of it (150), not a threat
                code, mood = "150", "asserted"
            if mood == "threat" and governor in ("vow", "swear") and int(code[:2]) < 10:
                mood = "intent"  # "vowed to release all political prisoners": a promise, not a threat
            refused = mood == "intent" and negated and "03" <= code[:2] <= "08"
            if refused:
                # "said it will not lift sanctions", "would never negotiate with Hamas": announcing that a
                # cooperative act will not be done is refusing it (CAMEO 12x), an act of its own
                code, mood, negated = refusal_code(code), "asserted", False
            if mood == "intent" and code[:2] in ("01", "02"):
                mood = "asserted"  # "will ask Asian banks to help finance …": an announced appeal is the appeal
            if mood == "intent":  # intent to cooperate -> 03x; intent to harm -> a threat, 13x
                if int(code[:2]) >= 10:
                    mood = "threat"
                else:
                    code, mood = intent_code(code), "asserted"
            if mood == "threat":
                code = threat_code(code)
            if code in ("180", "190"):
                code = weapon_code(trigger, code)
            elif code == "202":
                code = weapon_code(trigger, code, attacker_only=True)
            elif code == "194" and match.source == "cameo2":
                # PETRARCH2's "attack * with &WEAPON" is 194 for any weapon, machetes too
                code = weapon_code(trigger, code)
            if code in ("180", "190", "1823", "186") and trigger.lemma_.lower() in KILLING_VERBS:
                code = killing_code(trigger, code)
            # (a state named by its name, not by a demonym that also names its people: "Israel", not "Palestinian")
            state_named = src.mention.kind in ("named", "metonym") and not src.mention.sector and any(
                trigger.doc[i].pos_ == "PROPN" and trigger.doc[i].dep_ in SUBJECTS for i in src_tokens)
            code = force_deed_code(clash_code(trigger, code, src.mention, tgts), src.mention, state_named)
            code = official_protest_code(code, trigger.lemma_.lower(), src.mention, state_named)
            code = military_bombing_code(code, src.mention, state_named)
            # (the convicted are the verb's own arguments, not a place: "was convicted in Kuwait")
            code = verdict_code(code, trigger.lemma_.lower(),
                                [t.mention for t in tgts] if all(t.how == "direct" for t in tgts) else [])
            entry = lookup(code)
            if entry is None:
                continue
            if travel_of_private_people(code, trigger, src.mention):
                continue  # "Syrian refugees arriving on the Greek island of Lesbos", "Americans traveled to Syria"
            tgts = without_own_state(code, refused, trigger, src.mention, tgts)
            if code[:2] == "15" and trigger.lemma_.lower() in DEPLOYING_VERBS:
                # "deployed troops to Poland to reassure NATO allies": where force is sent is its host, not whom
                # it is shown to ("… to its border with Belarus" is aimed at the state beyond)
                hosts = {p.i for p in pobjs(trigger, {"to"})}
                tgts = [t for t in tgts if not self._tokens_of.get(id(t.mention), set()) & hosts]
            if targets is None and (6 <= int(match.code[:2]) <= 9 or int(match.code[:2]) >= 15) and all(
                    t.how == "extended" and is_place(t.mention) for t in tgts):
                # "police dispersed demonstrators", "will provide aid to refugees", "accepted demands from Hutu
                # rebels": a material act (done or intended) upon a group the text names by its sector only (words
                # said about such groups are too loosely tied to them); before a place found beyond the verb's
                # arguments ("dispersed demonstrators **in Tbilisi**": the demonstrators were acted upon there, so
                # they are of that place's state: "Kurdish forces retook villages outside Mosul" stays Iraq's)
                group = self._domestic(trigger, src.mention, at)
                places = {t.mention.country for t in tgts}
                if group and (not tgts or all(g.mention.country in places for g in group)):
                    tgts = group
            if not tgts and targets is None and code[:2] == "14":
                # "Palestinian prisoners rioted at a jail in northern Israel": a protest is aimed at the
                # country where it is held
                venue = self._venue([trigger], at)
                if venue is not None:
                    tgts = [Found(venue, "venue")]
            if not tgts and targets is None and (mood == "threat" or refused) and match.code[:2] not in CLAUSE_TARGET_ROOTS:
                # "threatened to ban voting if Hamas ran", "will not end their strike unless their demands are met
                # by Belgrade": aimed at whoever the condition names
                tgts = [t for t in self._targets(trigger, at, src_tokens, passive, clause_target=True, history=history)
                        if t.mention.code != src.mention.code
                        and not (refused and state_and_its_government(src.mention, t.mention))]
            if not tgts and code[:2] == "14" and (src.mention.sector or src.mention.kind == "people") \
                    and is_state(src.mention.country):
                # "French paper workers blocked the bridge": a people's protest with no addressee is aimed at
                # their own state
                tgts = [_implicit(src.mention.country, trigger)]
            if not tgts and targets is None and code.startswith(DOMESTIC_CODES) and is_state(src.mention.country):
                # "declared martial law", "lifted the curfew": a measure upon the source's own population
                tgts = [_implicit(src.mention.country + "CVL", trigger)]
            if not tgts and targets is None and code[:3] == "087" and src.mention.sector in INSURGENT_SECTORS \
                    and is_state(src.mention.country):
                # "five hundred Ugandan rebels surrendered": insurgents de-escalating (087x) yield to their own
                # government
                tgts = [_implicit(src.mention.country + "GOV", trigger)]
            if code[:3] in ("140", "141") and src.mention.sector == "GOV" \
                    and all(t.mention.country == src.mention.country for t in tgts):
                continue  # "Maduro had rallied his supporters": a government's rally at home is no protest
            if not tgts and (entry.quad_class != 4 and code[:2] != "14" or reduced_relative(trigger)):
                # an untargeted statement or appeal says nothing about a relation; protests, like material
                # acts, are events without an addressee ("thousands demonstrated in Lagos"), but a participle
                # that names no actor acted upon only describes a thing ("the controls imposed by Pyongyang")
                continue
            if _defunct(src.mention, article_date) or tgts and all(_defunct(t.mention, article_date) for t in tgts):
                continue  # "Soviet troops return home from Afghanistan", in a 2016 caption: history
            when, told = self._date(trigger, sent, article_date)
            if told is not None and dates_its_clause(told, trigger) \
                    and dates.long_before(told.text, when, article_date):
                continue  # "Russia invaded Georgia in August 2008", "Nixon … in Beijing 22 February 1972": history
            for tgt in tgts or [None]:
                if tgt is not None and definite(trigger) and named_history(
                        src.mention.country, tgt.mention.country, trigger.lemma_.lower(), when or article_date):
                    # "the U.S. invasion of Iraq", told in 2014: a landmark of history named in passing ("Israel
                    # mounted an invasion of Lebanon" in 2006 is a new one)
                    continue
                conf = 0.9
                conf -= 0.2 if src.how in ("speaker", "coref", "climb") else 0.0
                conf -= 0.2 if tgt is not None and tgt.how in ("extended", "reciprocal") else 0.0
                conf -= 0.1 if "[default]" in match.rule else 0.0
                key = f"{doc_id}|{trigger.idx}|{src.mention.start}|{tgt.mention.start if tgt else ''}|{code}"
                text = sent.text
                lead = len(text) - len(text.lstrip())
                text = text.strip()
                out.append(Event(
                    id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
                    doc_id=doc_id, sentence=text, start=sent.start_char + lead, end=sent.start_char + lead + len(text),
                    source=src.mention, target=tgt.mention if tgt else None,
                    cameo=entry.code, root=entry.root, quad_class=entry.quad_class, goldstein=entry.goldstein,
                    plover=entry.plover, date=when, negated=negated, mood=mood,
                    rule=f"{match.rule}; source={src.how}" + (f"; target={tgt.how}" if tgt else ""),
                    confidence=round(max(conf, 0.1), 2), trigger=trigger.text, extra=self._extra(trigger, tgt)))
        return out

    @staticmethod
    def _extra(trigger: Token, tgt) -> dict:
        """Where the event sits in the parse (used inside one sentence, not stored)."""
        extra = {"i": trigger.i}
        if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
            extra["carrier"] = trigger.head.i  # "carried out airstrikes on …": the verb whose object the act is
        if (tgt is None or tgt.how == "group") and trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG" and not any(
                c.dep_ in SUBJECTS for c in trigger.children):
            extra["elaborates"] = trigger.head.i  # "shelled Juba …, killing 20 people"
        if (tgt is None or tgt.how == "extended") and trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN" \
                and trigger.head.pos_ == "VERB":
            # "A U.S. drone strike in Baghdad killed Qassem Soleimani": an act named as the subject of the verb that
            # tells what it did is that verb's event, not a second one upon the place it happened in
            extra["elaborates"] = trigger.head.i
        return extra

    def _date(self, trigger: Token, sent: Span, article_date: str | None) -> tuple[str | None, Span | None]:
        """The event's date and the date expression of its clause that gave it (else the article's, None)."""
        ancestors = {trigger.i, *(a.i for a in trigger.ancestors)}
        for ent in self._dates:
            if ent.start < sent.start or ent.end > sent.end:
                continue
            if first_since(ent):
                continue  # "held their first direct talks since 2022": the time since the last one, not this one's
            if date_head(ent).i in ancestors or ent.root.i in ancestors:
                resolved = dates.resolve(ent.text, article_date)
                if resolved and (article_date is None or resolved <= article_date):
                    return resolved, ent
        return article_date, None
