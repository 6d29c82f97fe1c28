"""The event coder: actors + dependency parse + CAMEO lexicon -> events.

For each sentence it looks at every verb and event noun the lexicon knows, finds the acting actor
(subject, passive agent, possessor, or the speaker of a quoted order), the actor acted upon (object,
prepositional complement, or the other side of "between A and B"), the modality (negation, threat,
plan, denial, report) and the date, and emits one :class:`Event` per source x target pair.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from . import dates
from .actors import BASE_FACILITIES, CRITIC_WORDS, DEFUNCT_STATES, ORGS, TITLES, backer
from .cameo import lookup
from .lexicon import Lexicon, Match
from .records import Event, Mention
from .refine import KILLING_VERBS, intent_code, killing_code, refusal_code, threat_code, weapon_code

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "dative", "attr", "oprd", "obj", "acomp"}
TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "at", "from", "of", "over", "into", "for", "including",
                "between", "upon", "about", "onto", "by"}
# phrases that name whom a noun's act reaches ("calls to the leaders", "aid to Ukraine", "talks with Iran")
RECIPIENT_PREPS = {"to", "toward", "towards", "against", "on", "onto", "upon", "with", "over", "into", "about"}
# nouns for the edge of a country: "the Thai border", "Syria's frontier with Turkey" name a place, not the state
BOUNDARY_NOUNS = {"border", "frontier", "borderland", "coast", "coastline", "shore"}
# "said at a Geneva news briefing", "attended the Brussels summit": a place that names a gathering is where it
# met, not who took part
GATHERING_NOUNS = {"briefing", "conference", "summit", "meeting", "convention", "forum", "session", "hearing",
                   "ceremony", "congress", "gathering", "rally", "talks", "festival", "games"}
# the place a speaker stands: "from the rostrum of the U.N. General Assembly", "on the sidelines of the summit"
VENUE_NOUNS = {"rostrum", "podium", "lectern", "pulpit", "tribune", "sideline", "sidelines", "margin", "margins",
               "floor"}
COMPLAINT_VERBS = {"complain"}
# verbs whose present participle describes a group ("protesting students", "fleeing civilians")
GROUP_PARTICIPLES = {"protest", "demonstrate", "riot", "flee", "strike", "march", "rally", "retreat"}
# verbs that bring an envoy in to hear something ("summoned Russia's ambassador to protest …")
SUMMON_VERBS = {"summon"}
# "complained that the US violated its sovereignty", "protested that Croatian authorities are failing to uphold
# …": a grievance told as a clause is aimed at the clause's subject
GRIEVANCE_VERBS = COMPLAINT_VERBS | {"protest", "object"}
TIME_PREPS = {"since", "after", "following", "before", "until", "till"}
TOPIC_PREPS = {"over", "about", "against"}
# phrases that name a party to a mutual act other than its doers ("signed a treaty with Iran")
PARTY_PREPS = {"with", "to", "toward", "towards", "against"}
NO_TARGET_PREPS = {"in", "near", "inside", "within", "across", "during", "throughout", "around", "amid", "after",
                   "following", "according", "before", "since", "until", "despite", "like", "as", "among"}
CLAUSE_BREAKS = {"ccomp", "advcl", "conj", "parataxis", "relcl", "cc", "punct", "nsubj", "nsubjpass", "csubj",
                 "mark", "appos"}
SPEECH_VERBS = {"say", "tell", "announce", "state", "declare", "claim", "report", "add", "note", "insist", "stress",
                "emphasize", "emphasise", "clarify", "write", "tweet", "post", "explain", "argue", "allege", "order"}
# "the withdrawal of U.S. troops from Afghanistan": the *of* phrase names what is withdrawn, not from whom
WITHDRAWAL_WORDS = {"withdrawal", "withdraw", "pullout", "pullback", "drawdown", "evacuation", "evacuate"}
# speaking, whose *at* phrase is where it happened ("spoke at a rally"), like that of SPEECH_VERBS
TALKING_VERBS = {"speak", "talk", "comment", "testify", "remark", "brief", "address"}
SPEECH_NOUNS = {"message", "statement", "announcement", "order", "words", "decision", "remarks", "speech",
                "declaration", "post", "letter", "decree"}
ANNOUNCING_VERBS = {"announce", "declare", "confirm", "order", "approve", "authorize", "say", "report"}
COMMAND_WORDS = {"order", "instruct", "direct", "command", "authorize", "authorise", "instruction", "directive",
                 "decision", "decree"}
DEMANDING_VERBS = {"demand", "insist"}
DEMAND_NOUNS = {"demand", "call", "appeal", "request", "ultimatum", "plea", "order", "insistence"}
REFUSAL_VERBS = {"refuse", "decline", "fail"}  # the governed act did not happen
REFUSAL_NOUNS = {"refusal", "failure", "reluctance", "unwillingness"}
# verbs whose object, not their subject, does the act they govern ("forced Ukraine to withdraw", "prompted U.S.
# officials to suggest"); with others the subject does it ("used its veto to prevent", "promised Iraq to send")
OBJECT_CONTROL = {"urge", "ask", "force", "compel", "order", "tell", "allow", "permit", "enable", "encourage",
                  "prompt", "persuade", "invite", "cause", "help", "require", "call", "pressure", "push", "press",
                  "authorize", "authorise", "expect", "want", "need", "get", "oblige", "instruct", "direct",
                  "advise", "warn", "beg", "implore", "inspire", "drive", "motivate", "train", "empower", "mandate",
                  "lead", "convince", "challenge", "leave", "let"}
# words whose governed act is opposed or avoided, not done ("opposes granting", "stopped short of expressing")
AVOIDING_WORDS = {"oppose", "resist", "avoid", "refrain", "short"}
# "if Israel signs a peace deal", "unless the president steps down": a condition, not an act; "once/when/until
# Israel signs" is one too when told in the present or future ("once the troops withdrew" happened)
CONDITION_MARKS = {"if", "unless"}
TIME_CONDITION_MARKS = {"once", "when", "until", "till", "whenever"}
# "stopped fighting", "halted the shelling", "agreed to cease firing": the act stops, it is not done
STOPPING_VERBS = {"stop", "cease", "halt", "quit", "end", "suspend", "discontinue", "abandon", "cancel", "postpone",
                  "scrap", "shelve"}
# "decided against establishing a safe haven", "voted against sending troops": the act is not done
AGAINST_VERBS = {"decide", "vote", "argue", "warn", "advise", "caution", "rule", "lobby", "campaign", "counsel",
                 "recommend", "speak"}
# an event noun so qualified names what was done before the article's time, not an act it tells
STANDING_ADJECTIVES = {"existing", "pre-existing", "preexisting", "previous", "earlier", "prior", "former", "past",
                       "longstanding", "long-standing", "erstwhile"}
# an event noun so qualified is only possible or proposed ("possible Russian support", "a proposed visit")
POSSIBLE_ADJECTIVES = {"possible", "potential", "proposed", "planned", "prospective", "hypothetical", "eventual",
                       "would-be", "future"}
# bonds that one *has* rather than makes: "has an agreement with Russia" tells no act
STANDING_BONDS = {"agreement", "treaty", "deal", "pact", "accord", "alliance", "partnership", "arrangement",
                  "understanding"}
# verbs of a clause that tells how things are or will be, not what somebody does
STATE_VERBS = {"be", "have", "cause", "face", "become", "remain", "mean", "worsen", "deteriorate", "rise", "grow",
               "jump", "spread", "collapse", "suffer", "lose", "trigger", "fuel", "exacerbate"}
# "expressed hope that Moscow would press Assad": a hoped-for act is not done
HOPE_NOUNS = {"hope", "wish", "desire", "expectation"}
# "fired five police commanders": dismissed from office, no shot fired
STAFF_NOUNS = {"commander", "official", "minister", "chief", "head", "director", "staff", "employee", "worker",
               "coach", "general", "officer", "adviser", "advisor", "aide", "governor", "manager", "prosecutor",
               "judge", "ambassador", "spokesman", "spokeswoman", "secretary", "deputy", "executive", "editor"}
SAME_CLAUSE_PRONOUNS = {"it", "he", "she", "they", "we"}
THREAT_VERBS = {"threaten", "vow", "swear"}
# "will support", "agreed to provide", "is ready to send": a statement of intent, coded as CAMEO intent
# (03x for cooperation, 13x for harm) rather than as the act itself
INTENT_VERBS = {"plan", "intend", "propose", "aim", "prepare", "seek", "want", "hope", "expect", "agree",
                "promise", "pledge", "offer", "vow", "swear", "undertake", "commit", "volunteer"}
INTENT_ADJECTIVES = {"willing", "ready", "prepared", "eager", "determined", "keen"}
# "demanded that Iran stop …", "urged Israel to ease …": the demanded act has not happened (mood plan)
DEMAND_VERBS = {"demand", "urge", "ask", "call", "press", "push", "insist", "request", "appeal", "pressure",
                "pressurize", "tell", "warn", "advise", "encourage", "want", "wish"}
# "Sharon wants Germany to pay compensation": wanting another actor to act is an appeal to it (02)
DESIRE_VERBS = {"want", "wish"}
OBLIGATION_MODALS = {"must", "should", "ought"}
# roots whose target may be the subject of the clause they govern ("demanded that the US cancel …")
CLAUSE_TARGET_ROOTS = {"02", "10", "13"}
# "is considering sanctions": deliberation, not yet an act or a commitment (mood plan, not counted)
# "the court decided to allow …", "the cabinet decided to expel …": a decision taken is the act it decides (the
# governed verb carries the event, asserted); the deciding itself is no event of its own
DECISION_VERBS = {"decide", "resolve"}
DELIBERATION_VERBS = {"consider", "mull", "weigh", "contemplate", "study", "debate", "discuss", "explore"}
DENY_VERBS = {"deny", "dismiss", "reject"}
# nouns whose "that" clause tells what someone says happened ("accusations that Turkey bought oil from IS")
ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "charge", "report", "rumor", "rumour", "suspicion",
                    "assertion", "speculation"}
FUTURE_AUX = {"will", "would", "shall", "'ll"}
HYPOTHETICAL_MODALS = {"could", "might", "may"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
# acts told by a noun whose owner suffers them when no "of" phrase names the one acted upon ("Venezuela's
# suspension from Mercosur", "Navalny's arrest"; but "Colombia's suspension of intelligence sharing")
PATIENT_NOUNS = {"suspension", "expulsion", "exclusion", "removal", "ouster", "dismissal", "arrest", "detention",
                 "deportation", "extradition", "execution", "assassination", "killing", "murder", "kidnapping",
                 "abduction", "capture"}
# a state itself and the organs that act for it
STATE_SECTORS = {"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
FORCE_SECTORS = {"MIL", "COP", "SPY"}
# a journey is a visit (04x) only by those who speak for a state or an organisation, not by its people
MOTION_VERBS = {"arrive", "travel", "go", "come", "fly", "head", "sail", "cross", "return", "move"}
PRIVATE_SECTORS = {"CVL", "PPL", "EDU", "LAB", "REF", "REL", "AGR", "MED", "HLH", "BUS", "CRM"}
# verbs by which people join an act told by a noun ("took part in a rally", "gathered for talks")
PARTICIPATION_VERBS = {"take", "participate", "join", "gather", "converge", "assemble", "engage", "turn", "come"}
PERSON_NOUNS = {"president", "leader", "minister", "premier", "chancellor", "king", "prime"}
GROUP_NOUN_SECTORS = {"REB", "INS", "OPP", "PTY"}  # what "the group" may stand for, besides IMG and NGO codes
STATE_NOUNS = {"country", "nation", "state"}
GOV_NOUNS = {"government", "administration", "regime", "cabinet", "authorities"}
# verbs that only carry their object's event ("mounted an invasion", "undertook a mediation mission", "staged
# rallies"): a pattern of theirs may still code it, but without one the noun is the event
SUPPORT_VERBS = {"undertake", "mount", "stage", "conduct", "launch", "begin", "start", "carry", "wage", "lead",
                 "renew", "make", "lodge", "file", "voice", "publish", "continue", "deliver", "extend", "send",
                 "tighten", "maintain", "enforce", "expand", "open", "complete", "impose", "reimpose", "institute",
                 "introduce", "speed"}
# verbs that answer somebody else's act: their object noun is not the subject's own event ("rejected an
# invitation", "met the hostage-takers' demands", "welcomed the agreement")
RESPONSE_VERBS = {"accept", "reject", "dismiss", "meet", "welcome", "condemn", "criticize", "criticise", "denounce",
                  "support", "back", "oppose", "protest", "deny", "applaud", "praise", "hail", "endorse", "question",
                  "ignore", "heed", "answer", "defy", "violate", "respect", "honour", "honor", "resist", "fear",
                  "blame", "investigate", "decry", "deplore", "slam", "rebuff", "spurn", "refuse", "tolerate"}
# phrasal verbs that answer somebody else's act ("turned down Ukraine's request", "brushed aside the offer")
RESPONSE_PHRASALS = {("turn", "down"), ("brush", "aside"), ("brush", "off"), ("shrug", "off"), ("wave", "off")}
# an act named as what these verbs answer is their topic, not an event of its own ("complained over Israeli air
# raids", "accused Hamas of attacks")
ANSWER_VERBS = RESPONSE_VERBS - {"meet", "investigate", "violate", "respect", "honour", "honor", "heed", "fear"} | {
    "complain", "accuse", "charge"}
# measures a government takes upon its own population (CAMEO: ease restrictions or dissent,
# restrict freedoms, ban parties, curfews, emergency rule, threats of them, repression; a resignation is no
# measure upon anyone)
DOMESTIC_CODES = ("081", "082", "1721", "1722", "1723", "1724", "132", "137", "175")
# documents whose clause speaks for their author ("issued a declaration demanding …")
DOCUMENT_NOUNS = {"declaration", "statement", "communique", "communiqué", "resolution", "letter", "note", "memorandum",
                  "petition", "manifesto", "appeal", "report"}
# nouns that frame an event noun compounded with them ("mediation mission", "aid package")
FRAME_NOUNS = {"effort", "mission", "bid", "attempt", "initiative", "campaign", "package", "program", "programme",
               "operation"}
# nouns an event word only classifies when compounded with them ("riot police", "attack helicopters")
KIND_HEADS = {"police", "policeman", "policemen", "officer", "officers", "squad", "squads", "unit", "units", "troops",
              "vehicle", "vehicles", "gear", "helicopter", "helicopters", "aircraft", "plane", "planes", "jet", "jets",
              "dog", "dogs", "worker", "workers", "agency", "agencies", "group", "groups", "organization",
              "organizations", "organisation", "organisations", "official", "officials", "expert", "experts",
              "activist", "activists", "leader", "leaders", "organizer", "organizers", "victim", "victims", "site",
              "sites", "zone", "zones", "route", "routes", "shield", "shields", "suspect", "suspects"}
# a third party acting on both sides named by "between" (mediation)
THIRD_PARTY_CODES = {"045", "039", "028", "108", "126", "135", "165"}
# "X is opposed to Y": a participle that states the subject's own stance, parsed as a passive
STANCE_PARTICIPLES = {"oppose": "to", "engage": "in", "involve": "in"}
# what strikes when the text names no attacker ("a roadside bombing killed …", "killed by an improvised
# explosive device"): coded as unidentified armed forces (UAF) of the country where it struck
ATTACK_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "minefield", "landmine",
                "ambush", "grenade", "gunfire"}
# acts not done: needed ("requires partnerships with …"), or told after a conjecture's colon ("a best-case
# scenario: The United States will …")
NEED_VERBS = {"need", "require"}
SCENARIO_NOUNS = {"scenario", "scenarios", "forecast", "prediction", "projection", "hypothesis", "speculation"}
# "was quoted as saying": the one quoted is the speaker
QUOTING_VERBS = {"quote", "cite"}
# ground is taken from whoever held it ("retook the airport that had been controlled by IS")
SEIZING_VERBS = {"take", "retake", "retook", "capture", "recapture", "seize", "overrun", "liberate", "storm",
                 "reclaim", "regain"}
HOLDING_VERBS = {"hold", "control", "occupy", "seize", "capture", "take", "run", "besiege"}
# the clash or protest an act was part of names its target ("threw stones during clashes with Palestinians")
CLASH_NOUNS = {"clash", "fighting", "fight", "battle", "skirmish", "confrontation", "firefight", "gunbattle",
               "standoff"}
PROTEST_NOUNS = {"demonstration", "protest", "rally", "march", "riot", "strike", "sit-in"}
# "NATO peacekeeping troops arrived in Bosnia": providing peacekeeping (074), not a visit (040)
ARRIVAL_VERBS = {"arrive", "deploy", "land", "enter", "reach"}
PEACEKEEPING_WORDS = {"peacekeeping", "peacekeepers", "peacekeeper", "peace-keeping", "peace-keepers", "blue-helmets"}
# verbs whose subject is acted upon even with no pattern: "civilians died in Turkish air strikes"
REVERSED_DEFAULTS = {"die"}
# how the doer of a reversed pattern hangs on its verb: "shocked China", "aid from the US", "died in Israeli custody"
DOER_LINKS = {"dobj", "dative", "prt", "from", "by", "in", "at", "under", "after", "during", "with", "of", "to"}
SENDING_VERBS = {"send", "dispatch", "deploy"}
INQUIRY_VERBS = {"investigate", "inspect", "probe", "examine", "monitor", "verify", "assess"}
# statements are made somewhere; the place is not whom they address ("spoke in New York"); arrivals and
# visits, by contrast, are aimed at where they go
VENUE_ROOTS = {"01"}
INSURGENT_SECTORS = {"REB", "INS", "UAF"}
# "the possibility of limited cooperation between Moscow and Beijing": an act only thought of
POSSIBILITY_NOUNS = {"possibility", "prospect", "likelihood", "chance", "chances", "idea", "option", "risk",
                     "danger", "threat", "fear", "fears", "hope", "hopes", "prospects", "matter", "question"}
QUANTITY_NOUNS = {"thousands", "hundreds", "dozens", "tens", "millions", "scores", "hundred", "thousand", "million"}
IN_PREPS = ("in", "inside", "within")
VENUE_PREPS = (*IN_PREPS, "near", "outside", "around", "at")
# acts two coordinated actors do together, each toward the other ("Libya and Bulgaria signed a treaty",
# "Serb and Croat forces clashed"); saying, demanding or accusing is done by each, toward someone else
JOINT_ROOTS = {"03", "04", "05", "06", "07", "08", "19"}
# acts that are mutual by their nature, or by the bond they make ("signed a treaty", "restored ties"): only these
# make coordinated actors each other's targets; "NATO and Afghan troops cleared Marjah" is done together upon a
# third party the text may not name
MUTUAL_VERBS = {"agree", "sign", "meet", "negotiate", "talk", "discuss", "coordinate", "collaborate", "cooperate",
                "clash", "fight", "reconcile", "ally", "confer", "consult", "trade", "normalize", "normalise"}
MUTUAL_NOUNS = {"tie", "ties", "relation", "relations", "relationship", "treaty", "agreement", "accord", "pact",
                "deal", "talk", "talks", "negotiation", "negotiations", "consensus", "truce", "ceasefire",
                "cease-fire", "armistice", "memorandum", "dialogue", "meeting", "summit", "cooperation",
                "partnership", "alliance", "exercise", "exercises", "drill", "drills", "games", "maneuvers",
                "manoeuvres", "understanding", "compromise",
                "protocol", "convention"}
# "… failed to reach agreement": talks end for both; "… agreed there was a need": accord on both sides
JOINT_CODES = {"164", "019", "150"}
# a military exercise held with another state is military cooperation (062), not a show of force (150)
EXERCISE_NOUNS = {"exercise", "drill", "maneuver", "manoeuvre", "game"}
# verbs that, as a participle hung on a clause ("..., suggesting a coordinated response"), are the writer's
# commentary rather than an act of the clause's subject
COMMENTARY_VERBS = {"suggest", "signal", "indicate", "show", "mean", "underscore", "highlight", "reflect",
                    "demonstrate", "mark", "represent", "raise", "prompt", "spark", "fuel", "risk"}
NOMINAL_DEPS = {"pobj", "nsubj", "nsubjpass", "dobj", "appos"}


def is_nominal(tok: Token) -> bool:
    """A noun, or a word the tagger took for a verb where the parse uses it as a noun ("missile strikes")."""
    if tok.pos_ == "NOUN":
        return True
    return tok.pos_ == "VERB" and tok.dep_ in NOMINAL_DEPS and not any(
        c.dep_ in SUBJECTS or c.dep_ == "aux" for c in tok.children)


@dataclass
class Found:
    mention: Mention
    how: str  # direct | conj | climb | speaker | coref | between | extended | reciprocal | group | venue | domestic


@dataclass
class History:
    """What the article has mentioned so far, for coreference inside one article."""

    mentions: list[Mention] = field(default_factory=list)
    current: list[Mention] = field(default_factory=list)  # the sentence being coded

    def last(self, person: bool | None = None, stateish: bool = False, before: int | None = None) -> Mention | None:
        """The last fitting actor: earlier in the same sentence (before character ``before``) first."""
        earlier = [m for m in self.current if before is not None and m.end <= before]
        for m in reversed(self.mentions + earlier):
            if person is True and m.kind == "person":
                return m
            if person is False and m.kind != "person" and (not stateish or len(m.country) == 3):
                return m
        return None

    def last_group(self) -> Mention | None:
        """The last group named in an earlier sentence that is no state's organ (an armed group, a party, a
        non-governmental organisation): what "the group" stands for."""
        return next((m for m in reversed(self.mentions) if m.kind != "person"
                     and (m.code.startswith(("IMG", "NGO")) or m.sector in GROUP_NOUN_SECTORS)), None)


def _told_once(events: list[Event], doc: Doc) -> list[Event]:
    """Drop an event that repeats another of its sentence: same source, target, CAMEO root and mood, with one
    trigger governing the other ("promised to continue military aid": the promise's pattern and the noun
    *aid* both code the intent to give aid). The more specific code is kept, the governing trigger on a tie.
    An untargeted event noun that is the subject (or, same root, in a phrase) of the source's targeted act is
    that act told again."""
    def key(e: Event):
        return e.source.code, e.target.code if e.target else None, e.root, e.mood, e.negated

    out = []
    for e in events:
        i = e.extra.get("i")
        rivals = [o for o in events if o is not e and key(o) == key(e) and i is not None and o.extra.get("i") is not None
                  and (doc[o.extra["i"]].is_ancestor(doc[i]) or doc[i].is_ancestor(doc[o.extra["i"]]))]
        if any(len(o.cameo) > len(e.cameo) or (len(o.cameo) == len(e.cameo) and doc[o.extra["i"]].is_ancestor(doc[i]))
               for o in rivals):
            continue
        if e.target is None and i is not None and doc[i].dep_ == "nsubj" and any(
                o.extra.get("i") == doc[i].head.i and o.source.code == e.source.code and o.target is not None
                for o in events):
            continue  # "US Predator attacks have killed eight al-Qaeda leaders": the attacks are the killing
        if e.target is None and i is not None and doc[i].dep_ == "pobj" and any(
                o.extra.get("i") == doc[i].head.head.i and o.source.code == e.source.code and o.target is not None
                and o.root == e.root for o in events):
            continue  # "civilians died in Turkish air strikes": the strikes are the deaths' cause, told once
        out.append(e)
    return out


def _protest_aims(events: list[Event], doc: Doc) -> list[Event]:
    """Drop a demand (CAMEO 10) that is the purpose of its source's protest (14): "students protested outside
    the embassy **to demand** that Britain apologize", "blocked roads **to press their demands** on the
    government" tell one protest, which CAMEO codes with the demand as its aim (PLOVER GSR: one PROTEST).
    Only when both aim at the same country: "rallied at home to demand that Russia withdraw" keeps both."""
    def clause(e: Event) -> Token | None:
        i = e.extra.get("i")
        if i is None:
            return None
        tok = doc[i]
        return tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok

    def carriers(e: Event) -> set[int]:
        tok = doc[e.extra["i"]]  # a protest noun is carried by its verb ("staged rallies to demand …")
        return {tok.i, tok.head.i} if tok.dep_ == "dobj" else {tok.i}

    protests = [e for e in events if e.root == "14" and e.extra.get("i") is not None]
    out = []
    for e in events:
        c = clause(e) if e.root == "10" else None
        if c is not None and c.dep_ in ("advcl", "xcomp") and _has_aux(c, {"to"}) and not any(
                g.dep_ in SUBJECTS for g in c.children) and any(
                p.source.code == e.source.code and c.head.i in carriers(p) and p.target is not None
                and e.target is not None and p.target.country == e.target.country for p in protests):
            continue
        out.append(e)
    return out


def _is_state(country: str) -> bool:
    """Whether a mention's country is a state, not an organisation (IGO, NGO …) or a code without one."""
    return len(country) == 3 and country not in ORGS


def _place(m: Mention) -> bool:
    """Whether a mention can name where something happened: a country or city, or a capital read as its
    government ("in Kabul"); not a person's office or a building's ministry ("the Pentagon")."""
    return not m.code.startswith(ORGS) and m.kind != "people" and (
        not m.sector or m.kind == "metonym" and m.sector == "GOV")


def _one_state(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one state, one of them by its capital: "Turkey" and "Ankara", "Beijing" and
    "China". A state does not act upon itself; such a pair comes from a clause the parse joined wrongly
    ("… to give Ankara a say", said of Turkey). People are left out: a leader may act upon his country."""
    return a.country == b.country and {a.sector, b.sector} <= {"", "GOV"} and "person" not in (a.kind, b.kind) \
        and any(m.kind == "metonym" and m.sector == "GOV" for m in (a, b))


def _state_and_its_government(a: Mention, b: Mention) -> bool:
    """Whether ``a`` is a state's bare name ("the United States", not "Americans") and ``b`` the state or its
    government ("Kerry" -> USAGOV): one state, which does not cooperate with itself."""
    return a.code == a.country and a.kind != "people" and b.country == a.country and b.sector in ("", "GOV")


def _attachment(tok: Token, verb: Token) -> str:
    """How ``tok`` hangs on ``verb``: the preposition (or dependency) of the verb's child whose subtree holds it."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.lower_ if tok.dep_ in ("prep", "agent") else tok.dep_


def _number_agrees(pronoun: Token, noun: Token) -> bool:
    """Whether "they" can stand for a subject by number: "Russia blamed the rebels, saying **they**
    attacked" is not Russia; "officials said they" are. ("we" speaks for a speaker's side, "it" and "he"
    are left to the rest of the rules.)"""
    if pronoun.lower_ != "they":
        return True
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we", "government", "administration") \
        or any(c.dep_ == "conj" for c in noun.children)


def _date_head(when: Span) -> Token:
    """The word a date expression tells the time of: its head, or the head of its preposition ("**met** on
    Tuesday")."""
    head = when.root.head
    return head.head if head.dep_ == "prep" else head


def _dates_its_clause(when: Span, trigger: Token) -> bool:
    """Whether the date expression ``when`` hangs on ``trigger`` or, for an event noun, on the verb or noun that
    holds it ("their meeting in Beijing 22 February 1972 during the President's visit"), not on a clause far
    above it (on VOA text, often another sentence run into this one)."""
    head = _date_head(when)
    near = {trigger.i}
    up = trigger
    while up.pos_ != "VERB" and up.head.i != up.i and up.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass",
                                                                   "conj"):
        up = up.head
        near.add(up.i)
    return head.i in near or when.root.i in near


def _addressed_in(prep: Token) -> list[Token]:
    """The objects of a preposition that may name an act's addressee: its noun, or its clause unless that is an
    absolute clause with a subject of its own ("cracking down on blasphemous content, **with Prime Minister Sharif
    urging** swift punishment") or the reason after *for* ("blamed the West **for** ratcheting up tensions and
    backing protests that ousted Yanukovych" is not aimed at Yanukovych)."""
    return [p for p in prep.children if p.dep_ == "pobj" or p.dep_ == "pcomp" and not (
        p.tag_ in ("VBG", "VBN") and any(g.dep_ in SUBJECTS for g in p.children)) and not (
        prep.lower_ == "for" and p.tag_ == "VBG")]


def _scenario_colon(sent: Span) -> int | None:
    """The first colon of ``sent`` that a word of conjecture comes before: what follows it is conjectured, not
    told ("put forward what he sees as a best-case **scenario**: The United States will remain …; boost
    financial assistance to Kyiv")."""
    conjecture = False
    for t in sent:
        if t.text == ":" and conjecture:
            return t.i
        conjecture = conjecture or t.lemma_.lower() in SCENARIO_NOUNS
    return None


def _a_person(subj: Token, found: list) -> bool:
    """Whether the subject ``subj`` (found as ``found``) is a person, whom "it" cannot stand for: "Saudi foreign
    minister al-Jubeir focused on Russia's intervention, saying **it** would not help Assad" is the intervention.
    """
    # (a title among the words before it, not the entity tag, which takes "Jordan" for a person)
    return any(t.lower_ in TITLES for t in subj.doc[subj.left_edge.i:subj.i + 1]) \
        or any(f.mention.kind == "person" for f in found)


def _told_clause(verb: Token) -> bool:
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


def _dated_before(noun: Token, article_date: str | None) -> bool:
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
        and _told_as_history(prep.head, article_date)


def _defunct(m: Mention, article_date: str | None) -> bool:
    """Whether ``m`` is a state that had ceased to exist by the article's date (``actors.DEFUNCT_STATES``)."""
    end = DEFUNCT_STATES.get(m.country)
    return bool(end and article_date and article_date >= end)


def _told_as_history(verb: Token, article_date: str | None) -> bool:
    """Whether a time phrase of ``verb``'s clause (on it, on a clause joined to it or on one it governs) sets the
    act before the article: "Russia invaded Georgia **in 2008**" told in 2016, "Japan invaded the Philippines and
    there were a lot of deaths **during the World War II**"."""
    # (and on the verb it governs: "stopped transferring Yemenis to Yemen **in 2010**")
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX"))]
    times = (o for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
             for o in p.children if o.dep_ == "pobj")  # (only the prepositions' objects are looked into)
    return any(_before(o, article_date) for o in times)


def _warns_of_a_state(verb: Token) -> bool:
    """Whether ``verb`` (*warn*) tells of a state of things to come rather than an act: "warned that Mosul
    will be a much tougher fight", "that the sanctions will cause severe economic pain"."""
    # (the parser may hang the clause on a noun of the warning's phrase: "warned the people **in an editorial
    # that the sanctions will cause** severe economic pain")
    clauses = [*verb.children, *(k for p in _pobjs(verb, ("in", "on")) for k in p.children if k.dep_ == "acl"
                                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children))]
    return any(c.dep_ in ("ccomp", "acl") and c.lemma_.lower() in STATE_VERBS
               and any(g.dep_ in SUBJECTS for g in c.children) for c in clauses)


def _names_gathering(tok: Token) -> bool:
    """Whether ``tok`` is a word of a gathering's name: "a **Geneva** news briefing", "the **Brussels** summit"."""
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head is not tok and head.lemma_.lower() in GATHERING_NOUNS


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
    return bool(marks & TIME_CONDITION_MARKS) and (verb.tag_ in ("VBZ", "VBP") or _has_aux(verb, FUTURE_AUX))


def _pobjs(tok: Token, preps) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("the withdrawal **of** forces" -> *forces*)."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def _agents(verb: Token) -> list[Token]:
    """The objects of a passive verb's *by* phrase ("was condemned **by Colombia**" -> *Colombia*)."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _has_aux(tok: Token, words) -> bool:
    """Whether ``tok`` has one of ``words`` as an auxiliary ("will", "must", infinitival "to")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in tok.children)


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the active clause whose object holds ``pronoun`` (through objects and phrases)."""
    t = pronoun.head
    while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("dobj", "pobj", "prep", "attr", "conj") and t.head is not t:
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or _passive(t):
        return None
    return next((c for c in t.children if c.dep_ == "nsubj"), None)


def _first_conjunct(verb: Token) -> Token:
    """The verb whose clause a coordinated verb with no subject or auxiliary of its own shares ("would press
    … **and allow**" -> *press*)."""
    while verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and not any(
            c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head
    return verb


def _purpose(clause: Token, governor: Token) -> bool:
    """Whether ``clause`` is the purpose of ``governor`` ("sent personnel to Bosnia **to investigate**"), not
    an order's content ("an order … to suspend")."""
    return clause.dep_ == "advcl" and _has_aux(clause, {"to"}) and not _commands(governor) \
        and governor.lemma_.lower() not in THREAT_VERBS  # ("have sworn to fight": the parser's advcl is the threat)


def _implicit(code: str, trigger: Token) -> Found:
    """A target no words name ("declared martial law": the country's own population), placed at the trigger."""
    country, sector = code[:3], code[3:]
    return Found(Mention(code, country, sector, "", trigger.idx, trigger.idx, "implicit"), "domestic")


def _stance_carrier(noun: Token) -> Token | None:
    """The participle whose stance carries ``noun`` ("were **engaged** in ethnic cleansing"), if any."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and STANCE_PARTICIPLES.get(prep.head.lemma_.lower()) == prep.lower_:
        return prep.head
    return None


def _mutual(trigger: Token) -> bool:
    """Whether the act is mutual by its verb or by the bond it makes or keeps ("agreed", "restored ties",
    "failed to reach agreement"), so that coordinated actors are each other's targets.

    The bond is looked for in the trigger's objects and in those of the verbs it governs."""
    if trigger.lemma_.lower() in MUTUAL_VERBS or trigger.lower_ in MUTUAL_NOUNS:
        return True
    verbs = [trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp"))]
    objects = [c for v in verbs for c in v.children if c.dep_ in OBJECTS]
    objects += [p for v in verbs for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in MUTUAL_NOUNS or o.lower_ in MUTUAL_NOUNS for o in objects)


def _answered(noun: Token) -> bool:
    """Whether ``noun`` is the act another actor's words or deeds answer: the object of a response verb, or
    of one of its phrases ("denounced **Serbia's suppression**", "complained over **two Israeli air raids**",
    "is opposed to **French mediation**"). Such an act is the topic of the answer, not an event the sentence
    tells (CAMEO codes the answer only)."""
    gov = noun.head
    if noun.dep_ == "appos" and gov.dep_ == "pobj" and gov.head.lower_ == "as":
        gov = gov.head.head  # "denounced as an ugly crime Serbia's suppression" (the parser's apposition)
    elif noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ != "dobj":
        return False
    return gov.pos_ in ("VERB", "ADJ") and (gov.lemma_.lower() in ANSWER_VERBS or _phrasal_response(gov))


def _governing_subject(pronoun: Token) -> Token | None:
    """The subject, before ``pronoun``, of the clause on which the pronoun's own clause depends as a time or
    reason clause: "Abadi holds a flag **as he announces** victory", "Putin smiled **while he spoke**"."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "after", "before", "because", "since", "until",
                                             "though", "although") for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)


def _phrasal_response(verb: Token) -> bool:
    """A phrasal verb that answers somebody else's act: "**turned down** Ukraine's request"."""
    return any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in RESPONSE_PHRASALS for c in verb.children)


def _headline(sent: Span) -> bool:
    """Whether a sentence is a headline: Title Case (every word longer than three letters capitalised, at
    least three of them) with no closing full stop ("Cambodian Activist Gunned Down in Phnom Penh")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words) and sent[-1].text not in (".", "!", "?")


def _headline_participle(verb: Token) -> bool:
    """A headline's bare participle, its passive with *was* left out: "Activist **Gunned Down**",
    "Journalist **Killed** in Syria" (a headline tells a past act in the present: "Russia Attacks …")."""
    return verb.tag_ in ("VBN", "VBD") and verb.text[0].isupper() and not any(
        c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children) and _headline(verb.sent)


def _reduced_relative(verb: Token) -> bool:
    """A participle that tells what was done to the noun it follows: "two soldiers **killed** by Kurdish
    rebels", "officers, **slain** in an attack by the PKK" (a passive with *who were* left out)."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > head.i and head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children) \
        and not _hung_on_subject(verb)  # ("reports that the president had hung up": a clause of its own)


def _side(code: str) -> str | None:
    """"conflict" (CAMEO 10–20) or "cooperation" (03–09); statements and appeals (01, 02) take no side."""
    return "conflict" if code[:2] >= "10" else "cooperation" if "03" <= code[:2] <= "09" else None


def _party_phrases(trigger: Token) -> set[int]:
    """Tokens of the phrases that name a party to a mutual act besides its doers, on the act or its object:
    "signed an agreement **with Iran**", "agreed **to Gambia's mediation**"."""
    return _phrase_tokens([trigger, *(c for c in trigger.children if c.dep_ in OBJECTS)], PARTY_PREPS)


def _phrase_tokens(holders: list[Token], preps) -> set[int]:
    """Tokens of the phrases hung on any of ``holders`` whose preposition is one of ``preps``."""
    return {t.i for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for t in p.subtree}


def _responsible_for(noun: Token) -> bool:
    """Whether ``noun`` is what the subject of a copula is responsible for: "Sudan's government **is responsible
    for mass killings**" (the subject did it; its clause tells in what mood)."""
    adj = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and adj.dep_ == "acomp" \
        and adj.lemma_.lower() in ("responsible", "culpable") and adj.head.pos_ in ("AUX", "VERB")


def _phrase_preps(verb: Token, prep: str) -> list[Token]:
    """The prepositions ``prep`` after ``verb`` in its own clause, reached through its objects and their phrases
    only, not through another verb: "support Iraq in its fight **against** IS"."""
    out, queue = [], [c for c in verb.children if c.i > verb.i]
    while queue:
        t = queue.pop(0)
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            continue
        if t.dep_ == "prep" and t.lower_ == prep:
            out.append(t)
        queue.extend(t.children)
    return out


def _with_phrases(noun: Token) -> set[int]:
    """Tokens of the *with* phrases on ``noun`` or on the verb whose object it is ("began drills **with Russia**")."""
    return _phrase_tokens([noun, noun.head] if noun.dep_ == "dobj" else [noun], {"with"})


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("attacked", "have been engaged"), not a participle or infinitive."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not _trailing_participle(verb) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _trailing_participle(verb: Token) -> bool:
    """A participle set off after its clause, telling what was done to what the clause names: "join the Minsk
    peace process, **aimed** at ending the conflict" (the process is aimed, nobody aims)."""
    doc = verb.doc
    # (the tagger takes some participles for past tenses: "a Russian jet, shot down by Turkey")
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children)
    return verb.dep_ == "advcl" and participle and verb.i > verb.head.i and verb.i > 0 \
        and doc[verb.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                                                    for c in verb.children)


def _quoted_before(verb: Token, head: Token) -> bool:
    """Whether ``verb`` stands in a quotation that closes before ``head``: the quoted words are not the act of
    the one whose verb of saying follows ("“Detaining peaceful protesters … is an affront,” Toner said")."""
    return head.i > verb.i and sum(t.is_quote for t in verb.doc[verb.i:head.i]) % 2 == 1


def _hung_on_subject(verb: Token) -> bool:
    """"Palestinian youths **resorted** to throwing stones …, officials said": the parser hung the clause's
    verb on its subject as a participle, leaving the attribution verb with two subjects."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ in ("nsubj", "dep") and any(
        c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        for c in head.head.children)


def _passive(verb: Token) -> bool:
    """A passive clause, unless the participle states a stance ("Israel **is opposed to** French
    mediation": Israel opposes it; "Serb forces **were engaged in** ethnic cleansing"; "was opposed by
    France" stays passive)."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return _reduced_relative(verb) or _headline_participle(verb) or _trailing_participle(verb)
    prep = STANCE_PARTICIPLES.get(verb.lemma_.lower())
    return not (prep and not any(c.dep_ == "agent" for c in verb.children)
                and any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children))


def _wished_by_object(clause: Token) -> str | None:
    """The demand or hope noun whose content ``clause`` is, where the parser hung the *that* clause on the
    noun's verb: "reiterated **its demand** today **that Israel ease** restrictions", "voiced the hope that
    …" (an order's clause is its act, as in :func:`_ordered`)."""
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


def _ordered(verb: Token) -> bool:
    """Whether ``verb`` is the act of an order: governed, through its clause chain, by a command word
    ("ordered the agencies to suspend", "his decree to close the border", "an order was given to suspend")."""
    tok = verb
    while tok.dep_ in ("xcomp", "ccomp", "acl", "conj", "advcl") and tok.head is not tok:
        tok = tok.head
        if _commands(tok):
            return True
    return False


def _travel_of_private_people(code: str, trigger: Token, src: Mention) -> bool:
    """A journey (04 by a verb of motion) of people or private actors, which is no visit of their state."""
    return code[:2] == "04" and trigger.lemma_.lower() in MOTION_VERBS and (
        src.kind == "people" or src.sector in PRIVATE_SECTORS)


# Targets of the source's own state that an act cannot have: (whether the rule applies to the act's code, whether
# a target is kept). Each says nothing about a relation between two actors.
OwnStateRule = tuple[Callable[[str, bool, Token, Mention], bool], Callable[[Found, Mention], bool]]
OWN_STATE_RULES: list[OwnStateRule] = [
    # "Iraqi forces retook a dozen villages outside Mosul", "a Syrian government offensive in Syria": a state's
    # force used in its own land is not used upon the state; the place only says where
    (lambda code, refused, trigger, src: code[:2] in ("15", "16", "18", "19", "20") and src.sector in STATE_SECTORS,
     lambda t, src: not (t.how == "extended" and _place(t.mention) and t.mention.country == src.country)),
    # "Obama traveled to a U.S. naval base in Rota": a journey to a place of one's own state is no visit
    (lambda code, refused, trigger, src: code[:2] == "04" and trigger.lemma_.lower() in MOTION_VERBS,
     lambda t, src: not (t.mention.country == src.country and t.mention.text.split()[-1].lower() in BASE_FACILITIES)),
    # "promised to democratize Serbia", "agreed to resign without returning to Kyrgyzstan": words or deeds of
    # cooperation from a state's own actors to the bare state (its name, or a place in it); its named parts
    # ("Turkish Kurd refugees") still can be targets; nor are orders ("Erdogan ordered F-16 fighters to patrol
    # Turkey's skies"), though demands are ("Rwandan rebels announced that President Kagame … must agree"); nor a
    # show of force (15), which is aimed at others: the patrol of "Turkey's skies" so ordered
    (lambda code, refused, trigger, src: code[:2] <= "07" or refused or code[:2] == "15"
     or code[:2] == "10" and trigger.lemma_.lower() in COMMAND_WORDS,
     lambda t, src: t.mention.code != src.country),
    # … nor from the bare state to its own government ("the United States will not rush to get a deal", said of
    # Kerry's talks): one state, joined by a wrong parse
    (lambda code, refused, trigger, src: code[:2] <= "08" or refused,
     lambda t, src: not _state_and_its_government(src, t.mention)),
    # … nor from a government to its own forces ("Obama promised to bring home American combat troops", "asked
    # Secretary of Defense Gates to assess U.S. military needs"): the state commanding itself (its courts and
    # parliament, which a government can praise or defy, stay); nor is a show of force ("Petro ordered Colombia's
    # security forces to …", PETRARCH2's order * &FORCE)
    (lambda code, refused, trigger, src: (code[:2] <= "08" or refused or code[:2] == "15") and src.sector == "GOV",
     lambda t, src: not (t.mention.country == src.country and t.mention.sector in FORCE_SECTORS)),
]


def _without_own_state(code: str, refused: bool, trigger: Token, src: Mention, targets: list[Found]) -> list[Found]:
    """``targets`` less those of the source's own state that the act cannot have (``OWN_STATE_RULES``)."""
    for applies, keeps in OWN_STATE_RULES:
        if applies(code, refused, trigger, src):
            targets = [t for t in targets if keeps(t, src)]
    return targets


class EventCoder:
    """Codes the events of one parsed ``Doc`` (an article) given its actor mentions."""

    def __init__(self, lexicon: Lexicon, groups: dict[str, str] | None = None, attackers: set[str] | None = None):
        self.lexicon = lexicon
        # unnamed groups of people ("demonstrators", "students") -> sector; see ``_domestic``
        self.groups = groups or {}
        # unnamed armed men ("gunmen", "assailants"); see ``_unidentified``
        self.attackers = (attackers or set()) | ATTACK_MEANS

    # --- actors in the parse -------------------------------------------------------------------
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
                if t.i in at and not backer(t):  # ("a Russian-backed offensive by Assad's forces")
                    if not (t is not tok and _names_gathering(t) and _place(at[t.i])):
                        return t
                if t.lemma_.lower() in BOUNDARY_NOUNS and t is not tok:
                    continue  # "a stronghold on the Thai border": a place near Thailand, not Thailand
                if t.lemma_.lower() in CRITIC_WORDS and t.pos_ == "NOUN":
                    continue  # "a critic of Obama's policy" is not Obama (his named critics are a mention)
                if t.lemma_.lower() in VENUE_NOUNS and t.pos_ == "NOUN" and t.i not in at:
                    continue  # "called for it from the rostrum of the U.N. General Assembly": where, not whom
                if t.lemma_.lower() == "side" and t.dep_ == "pobj" and t.head.lower_ in ("on", "at", "by"):
                    continue  # "fighting on the Azeri side": with them, not against them
                for c in t.children:
                    if c.dep_ == "prep" and (c.lower_ in NO_TARGET_PREPS or doer and c.lower_ in RECIPIENT_PREPS
                                             and t.pos_ == "NOUN"):  # ("militants loyal to …" say whose they are)
                        continue
                    if c.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "ccomp", "punct") and t is tok:
                        continue
                    if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX"):
                        continue  # "accused Russia and its agents of funding a plot on Montenegro's election day"
                    nxt.append(c)
            queue = nxt
        return None

    def _actors_of(self, tok: Token, at, history: History | None, skip=frozenset(), doer: bool = False) -> list[Found]:
        """Actors named by ``tok`` and its conjuncts ("Colombia and Britain" -> two)."""
        out: list[Found] = []
        heads = [tok, *tok.conjuncts]
        for i, c in enumerate(heads):
            found = self._actor_token(c, at, skip, doer)
            m = at[found.i] if found is not None else None
            how = "direct" if i == 0 else "conj"
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
            if m is None and history is not None:
                m = self._corefer(c, at, history)
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
        return out

    def _corefer(self, tok: Token, at, history: History) -> Mention | None:
        """Pronouns and definite descriptions -> the last fitting actor of the article."""
        low = tok.lower_
        before = tok.idx
        # pronouns look back to earlier sentences only (inside one, "its" is too often somebody else);
        # definite descriptions ("the government") may also take an actor named earlier in the sentence.
        # "it"/"its" are not resolved: on VOA text they were mostly a thing ("the test", "the dam"), not the
        # last state named
        if tok.pos_ == "PRON" and low in PERSON_PRONOUNS:
            subj = _governing_subject(tok)
            if subj is not None:
                # "al-Abadi holds an Iraqi flag as **he** announces victory": the subject of the clause this
                # one depends on, if a person (a name the dictionaries do not know is nobody they know)
                m = self._actor_under(subj, at)
                if m is not None and (m.kind == "person" or subj.pos_ == "PROPN" and m.kind == "composed"):
                    return m  # ("Iraqi Prime Minister Haider al-Abadi": a title the dictionaries know)
                if m is None and subj.pos_ == "PROPN" and any(e.start <= subj.i < e.end for e in self._persons):
                    return None
            m = history.last(person=True)
            # a person the dictionaries do not know, named after him and before this sentence, is the nearer
            # antecedent ("… said analyst Rami Khouri. He added …" is not the last leader named)
            if m is not None and any(m.end <= e.start_char and e.end_char <= self._sent_start and e.start not in at
                                     and e.end - 1 not in at for e in self._persons):
                return None
            return m
        if tok.pos_ in ("NOUN", "PROPN") and any(d.lower_ in ("the", "this") for d in tok.children if d.dep_ == "det"):
            if low in PERSON_NOUNS:
                return history.last(person=True, before=before)
            if low in STATE_NOUNS:
                m = history.last(person=False, stateish=True, before=before)
                return Mention(m.country, m.country, "", tok.text, tok.idx, tok.idx + len(tok), "coref") if m else None
            if low in GOV_NOUNS:
                m = history.last(person=False, stateish=True, before=before)
                if m:
                    code = m.country + "GOV"
                    return Mention(code, m.country, "GOV", tok.text, tok.idx, tok.idx + len(tok), "coref")
            if low == "group" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "the SDF seized the Tishrin dam … **the group** said": the last group named that is no
                # state's organ (earlier sentences only, as for pronouns)
                m = history.last_group()
                if m:
                    return Mention(m.code, m.country, m.sector, tok.text, tok.idx, tok.idx + len(tok), "coref")
        return None

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

    # --- sources and targets -------------------------------------------------------------------
    def _verb_source(self, verb: Token, at, history) -> tuple[list[Found], Token | None]:
        passive = _passive(verb)
        if passive:
            if verb.lemma_.lower() in QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as"
                                                            for c in verb.children):
                # "King Hassan of Morocco was quoted as saying he would …", "Putin was quoted by Interfax as
                # saying": the one quoted said it
                subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if subj is not None:
                    return self._actors_of(subj, at, history, doer=True), subj
            agents = _agents(verb)
            if agents:
                return self._actors_of(agents[0], at, history), None
            for p in _pobjs(verb, {"in", "during"}):
                # "were killed in an attack by Kurdish rebels": the doer of the act the clause happened in
                for q in _pobjs(p, {"by"}):
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
                and not (verb.dep_ == "advcl" and _finite(verb)) and not _quoted_before(verb, head):
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
            if _hung_on_subject(verb):
                return self._actors_of(head, at, history), head
            if verb.dep_ == "acl" and head.lemma_.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS and head.dep_ == "dobj" \
                    and head.head.pos_ == "VERB":
                # "the PKK issued a declaration demanding that …": the author of the document
                found, subj = self._verb_source(head.head, at, history)
                return [Found(f.mention, "climb") for f in found], subj
            if verb.dep_ == "relcl":
                return [Found(f.mention, "climb") for f in self._actors_of(head, at, None)], None
        return [], None

    def _targets(self, trigger: Token, at, exclude: set[int], passive: bool, clause_target: bool = False,
                 history: History | None = None, places: bool = True) -> list[Found]:
        order: list[tuple[Token, str]] = []
        if trigger.lemma_.lower() in COMPLAINT_VERBS:
            # "complained to the United Nations over Israeli air raids": the complaint is against the actor
            # whose act it is about; the body it went to only hears it
            order.extend((p, "direct") for p in _pobjs(trigger, TOPIC_PREPS))
        if trigger.lemma_.lower() in WITHDRAWAL_WORDS:
            # "the withdrawal of some invasion forces from Panama": the place left, where the parser hangs it
            order.extend((g, "direct") for p in _pobjs(trigger, {"of"}) for g in _pobjs(p, {"from"}))
        for c in trigger.children:
            if passive and c.dep_ in ("nsubjpass", "nsubj"):  # (a headline's subject: "Activist Gunned Down")
                order.append((c, "direct"))
        if passive and _trailing_participle(trigger) and trigger.i - 2 in at:
            # "the flight path of a Russian jet, shot down by Turkey": what the participle tells of is the noun
            # before its comma, where the parser hung it on the verb
            order.append((trigger.doc[trigger.i - 2], "direct"))
        if passive and _reduced_relative(trigger) and trigger.head.i in at:
            # "two soldiers killed by Kurdish rebels" (an actor itself: "militia supported by Iran" is no more the
            # Russian forces named beside it than "a strategy backed by Trump" is the Iran it contains)
            order.append((trigger.head, "direct"))
        for c in trigger.children:
            if c.dep_ in OBJECTS:
                order.append((c, "direct"))
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
        for c in [c for h in holders for c in h.children]:
            if c.dep_ in ("prep", "dative") and c.lower_ in TARGET_PREPS and not (passive and c.lower_ == "by") \
                    and not (c.lower_ == "from" and trigger.lemma_.lower() in SPEECH_VERBS) \
                    and not (c.lower_ == "at" and trigger.lemma_.lower() in SPEECH_VERBS | TALKING_VERBS) \
                    and not (c.lower_ == "of" and trigger.lemma_.lower() in WITHDRAWAL_WORDS):
                # ("the agency reported from Kabul", "speaks at the burial of an activist": where the words were
                # said, not whom they addressed)
                order.extend((p, "direct") for p in _addressed_in(c))
                if not any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                    # "granted asylum to five Panamanian army officers holed up in …": the parser made the
                    # preposition's object the subject of the participle after it
                    order.extend((g, "direct") for k in trigger.children if k.dep_ in ("advcl", "acl", "ccomp")
                                 for g in k.children if g.dep_ == "nsubj" and g.left_edge.i == c.i + 1)
        if trigger.lemma_.lower() in SEIZING_VERBS:
            # "retook the airport that had been controlled by the Islamic State group": ground is taken from
            # whoever held it
            order.extend((a, "direct") for o in trigger.children if o.dep_ in OBJECTS for k in o.children
                         if k.dep_ in ("relcl", "acl") and k.lemma_.lower() in HOLDING_VERBS for a in _agents(k))
        # "allowed UN planes to land", "urged Israel to withdraw": the parser makes the actor asked, forced or
        # let the subject of the infinitive; it is the object of the verb that governs it
        # (not a clause a speaker reports, "noted that resistance by China to open its markets …", nor what
        # one expects or hopes others do: "expected Islamic State fighters to fight")
        if not any(c.dep_ in OBJECTS for c in trigger.children) and \
                trigger.lemma_.lower() not in SPEECH_VERBS | INTENT_VERBS | DELIBERATION_VERBS:
            for c in trigger.children:
                if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and _has_aux(c, {"to"}) and not any(
                        a.dep_ == "mark" for a in c.children):
                    order.extend((g, "direct") for g in c.children if g.dep_ == "nsubj" and trigger.i < g.i < c.i)
        for c in trigger.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and any(g.dep_ in SUBJECTS for g in c.children):
                continue  # a clause with a subject of its own speaks of its own actors
            if c.dep_ in ("advcl", "xcomp", "acl") and any(
                    g.dep_ == "agent" for v in (c, *(x for x in c.children if x.dep_ == "xcomp")) for g in v.children):
                continue  # and so does one with a doer of its own ("expected to be joined later by Italian vessels")
            if c.dep_ in ("advcl", "xcomp", "acl", "npadvmod", "advmod") or (c.dep_ == "prep" and c.lower_ not in NO_TARGET_PREPS and c.lower_ not in TARGET_PREPS):
                order.append((c, "extended"))
        # "demanded that the US cancel …": the subject of the governed clause
        if clause_target:
            for c in trigger.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    order.extend((g, "direct") for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
        # a threat's target is the actor whose act is the condition: "threatened to stop talks if the US …"
        if clause_target:
            near = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
            if trigger.dep_ == "xcomp":
                near.append(trigger.head)
            for v in near:
                for c in v.children:
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                        # ("unless their demands are met by Belgrade": a passive condition's doer first)
                        order.extend((p, "direct") for p in _agents(c))
                        order.extend((g, "direct") for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
        # "settler boys throw stones during clashes with Palestinians": the other side of the clash the act was
        # part of (not a clash of somebody else's: "support in the Taliban's fight against IS")
        # (or the protest: "resorted to throwing stones during demonstrations against the violations by the
        # Israeli military")
        for p in _pobjs(trigger, ("during", "in", "amid")):
            if p.lemma_.lower() in CLASH_NOUNS | PROTEST_NOUNS and not any(c.dep_ == "poss" for c in p.children):
                sides = ("with", "against") if p.lemma_.lower() in CLASH_NOUNS else ("against",)
                order.extend((q, "extended") for q in _pobjs(p, sides))
        # last resort: "lifted the curfew in Montenegro": the place acted upon (on the verb or its object)
        # (and on the act it governs: "threatened to resume terrorist activities in Israel"); where somebody
        # spoke or met ("speaks in New York") is no addressee (``places`` False)
        acts = [c for c in trigger.children if c.dep_ == "xcomp" and not any(g.dep_ in SUBJECTS for g in c.children)]
        objects = [c for v in [trigger, *acts] for c in v.children if c.dep_ in OBJECTS]
        # ("fired shells at targets in Jericho": the place of what the act was aimed at)
        objects += _pobjs(trigger, ("at", "on", "against"))
        # (and in the clause the object noun carries: "rejected a call for its forces to be deployed in East Timor")
        clauses = [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
        for c in [*trigger.children, *(g for a in acts for g in a.children), *(g for o in objects for g in o.children),
                  *(g for k in clauses for g in k.children)]:
            if places and c.dep_ == "prep" and c.lower_ in IN_PREPS:
                order.extend((p, "extended") for p in c.children if p.dep_ == "pobj")
        for tok, how in order:
            # definite descriptions ("accused the government") resolve like subjects do
            found = self._actors_of(tok, at, history if how == "direct" else None, skip=exclude)
            found = [Found(f.mention, how if f.how == "direct" else f.how) for f in found]
            if found:
                return found
        return []

    # --- coding ----------------------------------------------------------------------------------
    def _clause_forms(self, verb: Token) -> tuple[list[set[str]], list[set[str]]]:
        before, after = [], []
        # (a time phrase holds no word of a pattern: "called Putin **on Tuesday**" is no "call on")
        stack = [c for c in verb.children if c.dep_ not in CLAUSE_BREAKS and not (
            c.dep_ == "prep" and (c.lower_ in TIME_PREPS or any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")
                                                              for p in c.children)))]
        toks = []
        while stack:
            t = stack.pop()
            toks.append(t)
            # (a relative clause describes the object, not the act: "released the correspondent, who was
            # detained … in an inquiry" is no release of information)
            stack.extend(c for c in t.children if c.dep_ != "relcl")
        for t in sorted(toks, key=lambda t: t.i):
            forms = {t.lower_, t.lemma_.lower()}
            (after if t.i > verb.i else before).append(forms)
        if _reduced_relative(verb):  # "the sanctions imposed by the US": the noun is what was imposed
            after.insert(0, {verb.head.lower_, verb.head.lemma_.lower()})
        return before, after

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
            obj = trigger
            while obj.dep_ == "conj" and obj.head.pos_ in ("NOUN", "PROPN"):
                obj = obj.head  # "canceled training exercises with Thailand, as well as a visit"
            # (the parser also hangs a second object on the verb itself: "canceled exercises …, as well as a visit")
            is_object = obj.dep_ == "dobj" or obj.dep_ == "conj" and obj.head.pos_ == "VERB"
            if is_object and obj.head.lemma_.lower() in STOPPING_VERBS:
                negated = not negated
            if is_object and _has_aux(obj.head, HYPOTHETICAL_MODALS) and obj.head.lemma_.lower() not in \
                    SUPPORT_VERBS | ANNOUNCING_VERBS:
                return "plan", negated, "could"  # "we could see regular visits by Russian naval ships"
            if is_object and obj.head.lemma_.lower() in NEED_VERBS:
                # needed, not had: "The U.S. requires partnerships with Syrian armed opposition groups"
                return "plan", negated, obj.head.lemma_.lower()
            if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in THREAT_VERBS:
                return "threat", negated, trigger.head.lemma_.lower()  # "threatening nuclear strikes against …"
            if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in \
                    SUPPORT_VERBS | ANNOUNCING_VERBS:
                # "promised to continue military aid", "will launch an offensive", "did not announce sanctions":
                # the noun's act is told in the mood of the verb that carries it
                trigger = trigger.head
            elif _responsible_for(trigger):
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
        negated = negated or any(c.dep_ == "neg" or c.lower_ in ("never",) for c in trigger.children)
        if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in REFUSAL_NOUNS and _has_aux(trigger, {"to"}):
            negated = not negated  # "Serbia's refusal to recognize Kosovo": the recognition did not happen
        # "would press the Assad government … and allow the flow of aid": the second verb shares the first's
        # clause (its modal, its governing verb), though not its negation ("knew …, and should have informed
        # Turkey" has a modal of its own)
        trigger = _first_conjunct(trigger)
        mood = "asserted"
        if _has_aux(trigger, FUTURE_AUX):
            mood = "intent"
        if _has_aux(trigger, OBLIGATION_MODALS):
            mood = "plan"  # "Sudan must return the helicopter": demanded, not done
        if _has_aux(trigger, HYPOTHETICAL_MODALS):
            # "we could see visits by Russian ships": a possibility, not an act; "may halt mediation if
            # cooperation founders": a conditional intent, which for a harmful act is a threat (CAMEO 135)
            conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                        for m in c.children) for c in trigger.children)
            mood = "intent" if conditional else "plan"
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
            if any(c.dep_ == "neg" for c in gov.children) and lem not in SPEECH_VERBS:
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
                    and _has_aux(_first_conjunct(gov.head if gov.dep_ == "acomp" else gov),
                                 HYPOTHETICAL_MODALS | OBLIGATION_MODALS):
                # "the U.S. could provide weapons … while giving Putin a free hand", "could have gotten a better
                # deal by persuading Iran", "the Kremlin may feel free to challenge NATO": an act of a clause that
                # is only possible, or asked for, is not done
                return "plan", negated, "could"
            if lem in THREAT_VERBS and (t.dep_ == "xcomp" or t.dep_ == "advcl" and _has_aux(t, {"to"})):
                return "threat", negated, lem
            if lem in DENY_VERBS:
                return "denied", negated, lem
            if t.dep_ == "xcomp" and (lem in INTENT_VERBS or lem in INTENT_ADJECTIVES):
                clause = gov.head if gov.dep_ == "acomp" else gov
                if clause is not gov and any(c.dep_ == "neg" for c in clause.children):
                    negated = not negated  # "is not ready to sign": the negation sits on the copula
                if _has_aux(clause, OBLIGATION_MODALS):
                    return "plan", negated, lem  # "the US must be ready to mediate": asked of it, not intended
                if lem in DESIRE_VERBS | {"expect", "hope"} and any(c.dep_ == "dobj" and c.i < t.i
                                                                    for c in gov.children):
                    return "plan", negated, lem  # "expected Pakistan to help bring the Taliban": another's act
                return "intent", negated, lem
            if t.dep_ == "xcomp" and lem in DELIBERATION_VERBS | {"risk"}:
                return "plan", negated, lem  # ("risks undermining its own security": a danger, not an act)
            if lem in DEMAND_VERBS and t.dep_ in ("ccomp", "xcomp") and gov.pos_ == "VERB" and not (
                    lem in SPEECH_VERBS and t.dep_ == "ccomp" and not _has_aux(t, OBLIGATION_MODALS | {"to"})):
                # "urged Iran to stop", "told Iraq it must": demanded, not done; "was told soldiers beat
                # detainees" only reports what happened
                return "plan", negated, lem
            if lem in SPEECH_VERBS and t.dep_ == "ccomp":
                subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                speaker = self._actor_under(subj, at) if subj is not None else None
                if speaker is None or source is None or speaker.country != source.country:
                    if purpose:
                        return "plan", negated, "to"
                    return ("reported" if mood == "asserted" else mood), negated, lem
            t = gov
        if purpose:
            return "plan", negated, "to"
        return mood, negated, None

    def code_doc(self, doc: Doc, mentions: list[Mention], doc_id: str, article_date: str | None) -> list[Event]:
        at = self._index(mentions, doc)
        self._tokens_of: dict[int, set[int]] = {}
        for i, m in at.items():
            self._tokens_of.setdefault(id(m), set()).add(i)
        self._dates = [e for e in doc.ents if e.label_ == "DATE"]  # Span.ents rescans the doc at every call
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
            self._scenario = _scenario_colon(sent)
            self._sent_start = sent.start_char  # (Token.sent walks the doc at every call)
            sent_events: list[Event] = []
            for tok in sent:
                nominal = is_nominal(tok)
                if not nominal and tok.pos_ == "VERB" and tok.lemma_.lower() in self.lexicon.verbs:
                    sent_events.extend(self._code_verb(tok, sent, at, history, speaker, doc_id, article_date))
                elif nominal and tok.lemma_.lower() in self.lexicon.nouns:
                    sent_events.extend(self._code_noun(tok, sent, at, history, speaker, doc_id, article_date))
            # an untargeted participle that elaborates an event of its governing verb is that event told again
            coded = {e.extra.get("i") for e in sent_events}
            sent_events = [e for e in sent_events if e.extra.get("elaborates", -1) not in coded]
            events.extend(_protest_aims(_told_once(sent_events, doc), doc))
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
            if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB" or not _has_aux(c, {"to"}):
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

    def _crossed(self, trigger: Token, match: Match, target: Found) -> bool:
        """Whether ``target`` lies in a clause under ``trigger`` whose verb's code is cooperation where the
        trigger's is conflict, or the other way round; or in the purpose clause of an appeal or demand."""
        tokens = self._tokens_of.get(id(target.mention), set())
        if match.code[:2] in ("02", "10") and tokens and any(
                c.dep_ == "advcl" and c.pos_ == "VERB" and _has_aux(c, {"to"}) and tokens <= {t.i for t in c.subtree}
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
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and _has_aux(c, {"to"}) and tokens \
                    and tokens <= {t.i for t in c.subtree}:
                own = self._match(c)
                theirs = _side(own.code) if own is not None and own.code[:2] != "--" else None
                return theirs is not None and theirs != mine
        return False

    def _match(self, verb) -> Match | None:
        """The lexicon's reading of ``verb`` in its clause, computed once per document."""
        if verb.i not in self._matches:
            before, after = self._clause_forms(verb)
            particles = frozenset(c.lower_ for c in verb.children if c.dep_ == "prt")
            self._matches[verb.i] = self.lexicon.verb(verb.lemma_.lower(), before, after, particles)
        return self._matches[verb.i]

    def _code_verb_once(self, verb, sent, at, history, speaker, doc_id, article_date) -> list[Event]:
        lemma = verb.lemma_.lower()
        if lemma in COMMENTARY_VERBS and verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ == "VBG" and not any(
                c.dep_ in SUBJECTS for c in verb.children):
            return []
        if lemma in ("join", "accompany") and _passive(verb):
            return []  # "Sen. Cruz, joined by Carly Fiorina, waves during a rally": company, not an act
        if lemma in DECISION_VERBS | {"vote"} and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
            return []  # "decided against establishing a safe haven": no decision to cooperate, the act not done
        if _told_as_history(verb, article_date):
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
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of") and verb.head.head.pos_ == "VERB" and (any(
                c.dep_ == "dobj" for c in verb.head.head.children) or _passive(verb.head.head)):
            # "deported 168 Liberians for traveling …", "arrested him for spying", "was arrested in Lebanon for
            # collaborating with Israel": the grounds, not an act
            return []
        # "threatened to cut aid": the governed verb carries the event, and the threat verb itself is only
        # coded when the governed verb codes nothing ("threatened to resume attacks in Israel" -> 13x)
        if lemma in THREAT_VERBS | INTENT_VERBS | DENY_VERBS | DELIBERATION_VERBS | DECISION_VERBS and any(
                (c.dep_ == "xcomp" or lemma in THREAT_VERBS and c.dep_ == "advcl" and _has_aux(c, {"to"}))
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
                getattr(_stance_carrier(p), "i", None) == verb.i and is_nominal(p)
                and p.lemma_.lower() in self.lexicon.nouns for c in verb.children if c.dep_ == "prep" for p in c.children):
            return []  # "were engaged in ethnic cleansing": the cleansing is the event told
        if lemma in ANNOUNCING_VERBS and self._carries_event_noun(verb):
            return []  # "Italy announced a suspension of air links": the suspension is the event told
        if lemma in SPEECH_VERBS and verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and not any(c.dep_ in SUBJECTS for c in verb.children):
            return []  # "…, reported the Russian news agency Tass": an inverted attribution, no statement to Tass
        match = self._match(verb)
        if lemma == "call" and match is not None and match.words == 0 and any(c.dep_ == "oprd" for c in verb.children) \
                and any(c.dep_ == "dobj" for c in verb.children):
            return []  # "calling it 'another testament to the failure …'": naming, not a telephone call (041)
        if lemma == "protest" and _told_clause(verb):
            match = Match("114", "verb:protest that … [diplograph]", 1)  # words, not a demonstration
        if lemma == "warn" and match is not None and match.words == 0 and _warns_of_a_state(verb):
            # "the ICRC warned that thousands of civilians have nowhere safe to run": a pessimistic comment
            # (012), not a threat (CAMEO 130 is a coercive warning: "police will no longer tolerate rallies")
            match = Match("012", "verb:warn that … (a state of things) [diplograph]", 1)
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
        if any(_has_aux(c, {"must"}) for c in said):
            match = Match("100", f"verb:{lemma} * that … must [diplograph]", 2)  # "said Sudan must return …"
        elif any(_has_aux(c, OBLIGATION_MODALS) for c in said) or any(
                c.lemma_ == "need" and any(x.dep_ == "xcomp" for x in c.children) and not _has_aux(c, FUTURE_AUX)
                for c in said):
            # "said Japan should open its markets", "will tell Koizumi that Japan needs to enact reforms": the
            # codebook's appeals (02x); "must" is a demand
            match = Match("020", f"verb:{lemma} * that … should [diplograph]", 2)
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
        if not sources and speaker is not None and _ordered(verb):
            sources = [Found(speaker, "speaker")]
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if lemma == "agree" and match.words == 0 and clauses:
            # "agreed to undertake joint exercises", "agreed that their countries should cooperate": agreeing
            # on something yet to be done is an intent to cooperate (030); "agreed there was an urgent need
            # for progress": agreeing on how things are is an expression of accord (019), as the codebook codes it
            if any(c.dep_ == "xcomp" or _has_aux(c, FUTURE_AUX | OBLIGATION_MODALS) for c in clauses):
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
        if match.reverse and not _passive(verb):
            # "a Palestinian prisoner died in Israeli police custody", "Colombia received aid from the US": the
            # subject is acted upon, and the actor the verb's phrases name is the source
            if not sources:
                return []
            exclude = {i for f in sources for i in self._tokens_of.get(id(f.mention), set())}
            doers = self._targets(verb, at, exclude, False, history=history)
            # where it happened is no doer ("died in southern Lebanon"); whose custody or strikes it was is; and
            # a doer is named by the verb's object or by a phrase of cause or agency, not by "besides" or "like"
            doers = [d for d in doers if all(
                _attachment(tok, verb) in DOER_LINKS and not (tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS)
                for tok in (verb.doc[i] for i in self._tokens_of.get(id(d.mention), ())))]
            return self._emit(verb, match, [Found(d.mention, d.how) for d in doers], False, sent, at, history, doc_id,
                              article_date, targets=[Found(f.mention, "direct") for f in sources])
        if not sources and match.code[:2] in ("18", "19", "20"):
            sources = self._unidentified(verb, at)
        if not sources and int(match.code[:2]) >= 14:  # (what unnamed crowds say or agree is too loosely theirs)
            sources = self._group_source(verb, at)
        return self._emit(verb, match, sources, _passive(verb), sent, at, history, doc_id, article_date)

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
        if _dated_before(noun, article_date):
            return []  # "the 1979 Soviet invasion of Afghanistan", told in 2014: history, not an act of the article
        # "held talks with", "imposed sanctions on": the verb's pattern codes it
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in self.lexicon.verbs \
                and noun.head.lemma_.lower() not in ANNOUNCING_VERBS and self._light(noun.head):
            return []  # ("announced the suspension of …" is still the suspension)
        context = {t.lemma_.lower() for t in noun.subtree if t is not noun and t is not word}
        match = self.lexicon.noun(word.lemma_.lower(), context)
        if match is None:
            return []
        sources: list[Found] = []
        targets: list[Found] = []
        between = next((t for t in noun.subtree if t.lower_ == "between" and t.dep_ == "prep"), None)
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
                subj = _clause_subject(c) if c.lower_ in ("his", "her") else None
                if subj is not None and (at[subj.i].kind == "person" if subj.i in at else subj.pos_ == "PROPN"):
                    # "Trump reserved some of **his** sharpest criticism for Tehran": the subject's own, whoever
                    # was named before (and no actor's, when the subject is none)
                    sources = [Found(at[subj.i], "climb")] if subj.i in at else []
                else:
                    sources = self._actors_of(c, at, history)
        if not sources:  # "U.S. Navy missile strikes": an actor among the noun's modifiers
            stack = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
            while stack and not sources:
                c = stack.pop(0)
                if c.i in at and c.dep_ == "compound" and c.tag_ == "NNP" and _place(at[c.i]) \
                        and any(ch.islower() for ch in c.text):
                    continue  # "the Paris attacks", "the Syria bombings": where it happened ("U.S. strikes" acted)
                if c.i in at:
                    sources = [Found(at[c.i], "direct")]
                stack.extend(g for g in c.children if g.dep_ in ("compound", "amod", "nmod", "poss"))
        if not sources:  # "the suspension of intelligence sharing by Colombia"
            # (the parser also hangs the doer on the one acted upon: "an attack on a police patrol by Kosovo
            # Albanians")
            for c in [*noun.children, *(g for p in _pobjs(noun, {"of", "on"}) for g in p.children)]:
                if c.dep_ == "prep" and c.lower_ == "by":
                    sources = [f for p in c.children if p.dep_ == "pobj" for f in self._actors_of(p, at, history)]
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
        stance = _stance_carrier(noun)
        carrier = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else stance
        if not sources and stance is not None:
            sources, _ = self._verb_source(stance, at, history)  # "were engaged in ethnic cleansing"
        if not sources and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB" \
                and noun.head.lemma_.lower() not in RESPONSE_VERBS and not _phrasal_response(noun.head):
            # "launched an offensive": the subject's own act; "rejected an invitation" is someone else's
            sources, _ = self._verb_source(noun.head, at, history)
        if not sources and _responsible_for(noun):
            # "Sudan's government is responsible for mass killings": whoever is responsible did it
            sources, _ = self._verb_source(noun.head.head.head, at, history)
        if not sources and word.lemma_.lower() in WITHDRAWAL_WORDS:  # "the withdrawal of Russian troops from Syria"
            sources = [f for p in _pobjs(noun, {"of"}) for f in self._actors_of(p, at, history)]
        if not sources and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "for"):
            # "took part in a rally", "participated in talks with Iran", "converged for a rally": the act of those
            # who joined it
            joined = noun.head.head
            if joined.lemma_.lower() == "part" and joined.dep_ == "dobj":
                joined = joined.head
            if joined.pos_ == "VERB" and joined.lemma_.lower() in PARTICIPATION_VERBS:
                sources, _ = self._verb_source(joined, at, history)
        if not sources:
            return []
        if _answered(noun):
            return []  # "Albania denounced Serbia's suppression of the unrest": the topic of the denunciation
        if noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS:
            return []  # "holed up … since last month's U.S. invasion": a time the sentence is set by, not news told
        src_tokens = set().union(*(self._tokens_of.get(id(f.mention), set()) for f in sources))
        if not targets:
            targets = self._targets(noun, at, src_tokens, passive=False, history=history)
        if not targets and carrier is not None:
            # "staged rallies against Abbas", "were engaged in ethnic cleansing against …": the verb that
            # carries the noun holds its addressee
            targets = [Found(f.mention, "direct") for p in _pobjs(carrier, ("against", "with", "on", "to"))
                       for f in self._actors_of(p, at, history, skip=src_tokens)]
        if not targets and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUPPORT_VERBS and match.code[:2] == "14":
            # "staged demonstrations to demand reforms by Suharto's government": a protest is aimed at the one
            # its purpose names
            targets = [Found(f.mention, "extended") for c in noun.head.children
                       if c.dep_ in ("advcl", "xcomp") and not any(g.dep_ in SUBJECTS for g in c.children)
                       for f in self._actors_of(c, at, None, skip=src_tokens)]
        return self._emit(noun, match, sources, False, sent, at, history, doc_id, article_date, targets=targets)

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
                    trigger.lemma_.lower() in GRIEVANCE_VERBS and _told_clause(trigger)),
                places=match.code[:2] not in VENUE_ROOTS)
            tgts = [self._resident(t, trigger, at) for t in tgts]
            if targets is None and match.prep:
                # "vowed that the U.S. would support Iraq in its fight **against** IS": a pattern that ends in a
                # preposition names its target there (PETRARCH2's "support * &FIGHT against")
                named = [Found(f.mention, "direct") for t in _phrase_preps(trigger, match.prep)
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
                    and not _one_state(src.mention, t.mention)
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
            together = targets is None or not targets and trigger.lemma_.lower() in EXERCISE_NOUNS
            reciprocal = together and len(sources) > 1 and (
                match.code[:2] in JOINT_ROOTS or match.code in JOINT_CODES) and _mutual(trigger)
            if reciprocal and tgts:
                party = _party_phrases(trigger)
                reciprocal = not any(self._tokens_of.get(id(t.mention), set()) & party for t in tgts)
            if reciprocal:
                partners = [Found(o.mention, "reciprocal") for o in sources
                            if o.mention.code != src.mention.code and o.mention.country != src.mention.country]
                tgts = partners or tgts
            mood, negated, governor = self._mood(trigger, src.mention, at)
            code = match.code
            if code == "150" and trigger.lemma_.lower() in EXERCISE_NOUNS:
                # "began joint military drills with Russia", "the United States and South Korea started their annual
                # military exercises": held with another state, an exercise is military cooperation with it; held
                # alone ("Iran staged naval war games"), a show of force
                partners = _with_phrases(trigger)
                tgts = [t for t in tgts if t.how == "reciprocal" or self._tokens_of.get(id(t.mention), set()) & partners]
                code = "062" if tgts else code
            if mood == "intent" and governor == "prepare" and code[:2] in ("18", "19", "20"):
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
            entry = lookup(code)
            if entry is None:
                continue
            if _travel_of_private_people(code, trigger, src.mention):
                continue  # "Syrian refugees arriving on the Greek island of Lesbos", "Americans traveled to Syria"
            tgts = _without_own_state(code, refused, trigger, src.mention, tgts)
            if not tgts and targets is None and (6 <= int(match.code[:2]) <= 9 or int(match.code[:2]) >= 15):
                # "police dispersed demonstrators", "will provide aid to refugees", "accepted demands from Hutu
                # rebels": a material act (done or intended) upon a group the text names by its sector only (words
                # said about such groups are too loosely tied to them)
                tgts = self._domestic(trigger, src.mention, at)
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
                        and not (refused and _state_and_its_government(src.mention, t.mention))]
            if not tgts and code[:2] == "14" and (src.mention.sector or src.mention.kind == "people") \
                    and _is_state(src.mention.country):
                # "French paper workers blocked the bridge": a people's protest with no addressee is aimed at
                # their own state
                tgts = [_implicit(src.mention.country, trigger)]
            if not tgts and targets is None and code.startswith(DOMESTIC_CODES) and _is_state(src.mention.country):
                # "declared martial law", "lifted the curfew": a measure upon the source's own population
                tgts = [_implicit(src.mention.country + "CVL", trigger)]
            if not tgts and targets is None and code[:3] == "087" and src.mention.sector in INSURGENT_SECTORS \
                    and _is_state(src.mention.country):
                # "five hundred Ugandan rebels surrendered": insurgents de-escalating (087x) yield to their own
                # government
                tgts = [_implicit(src.mention.country + "GOV", trigger)]
            if code[:3] in ("140", "141") and src.mention.sector == "GOV" \
                    and all(t.mention.country == src.mention.country for t in tgts):
                continue  # "Maduro had rallied his supporters": a government's rally at home is no protest
            if not tgts and (entry.quad_class != 4 and code[:2] != "14" or _reduced_relative(trigger)):
                # an untargeted statement or appeal says nothing about a relation; protests, like material
                # acts, are events without an addressee ("thousands demonstrated in Lagos"), but a participle
                # that names no actor acted upon only describes a thing ("the controls imposed by Pyongyang")
                continue
            if _defunct(src.mention, article_date) or tgts and all(_defunct(t.mention, article_date) for t in tgts):
                continue  # "Soviet troops return home from Afghanistan", in a 2016 caption: history
            when, told = self._date(trigger, sent, article_date)
            if told is not None and _dates_its_clause(told, trigger) \
                    and dates.long_before(told.text, when, article_date):
                continue  # "Russia invaded Georgia in August 2008", "Nixon … in Beijing 22 February 1972": history
            for tgt in tgts or [None]:
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

    def _domestic(self, trigger: Token, source: Mention, at) -> list[Found]:
        """An unnamed group of people acted upon ("Liberian police dispersed **demonstrators** in Monrovia"):
        coded as the sector of the country where the act took place (an ``in`` phrase naming a country),
        else of the source's country, as ICEWS codes "Protester (Liberia)". Organisations' acts are left
        alone: an IGO's troops in no named place give the group no country."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += _pobjs(trigger, ("against", "on", "at", "to", "with"))
        # "opened fire to disperse demonstrators": the object of the act's purpose
        objects += [o for c in trigger.children if c.dep_ in ("advcl", "xcomp")
                    and not any(g.dep_ in SUBJECTS for g in c.children)
                    for o in c.children if o.dep_ == "dobj"]
        # "accepted demands from Hutu rebels": whoever the object noun belongs to
        objects += [p for o in list(objects) for p in _pobjs(o, ("from", "by", "of"))]
        for obj in objects:
            group = self._group(obj, [trigger, obj], at, home=source.country)
            if group is not None:
                return [group]
        return []

    def _group(self, tok: Token, holders: list[Token], at, home: str | None = None) -> Found | None:
        """``tok`` as an unnamed group of people ("demonstrators", "students"): the sector of the country the
        clause places it in (a :meth:`_venue` of ``holders``), else of ``home``; None if it names no group."""
        sector = self.groups.get(tok.lemma_.lower())
        if sector is None or tok.i in at or tok.tag_ != "NNS":  # a group is plural ("the opposition" is not)
            return None
        place = self._venue(holders, at)
        country = place.country if place is not None else home
        if country is None or not _is_state(country):
            return None
        span = tok.doc[tok.left_edge.i:tok.i + 1]
        return Found(Mention(country + sector, country, sector, span.text, span.start_char, span.end_char, "group"),
                     "group")

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
        if place is None or place.country == m.country or not _is_state(place.country):
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
        if subj.lower_ in QUANTITY_NOUNS or subj.like_num:  # "thousands of people", "500 of them"
            subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), subj)
        group = self._group(subj, [verb, subj], at)
        return [group] if group is not None else []

    def _unidentified(self, verb: Token, at) -> list[Found]:
        """The attacker the text does not name: "a roadside **bombing** near Samarra killed …", "killed by an
        improvised explosive **device** outside Basra", "killed in a car **bomb** explosion in Beirut",
        "unidentified **gunmen** killed …". CAMEO codes it as unidentified armed forces of the country where
        it struck (``IRQUAF``); with no such place in the clause, nothing is coded."""
        means = [c for c in verb.children if c.dep_ == "nsubj"]
        means += [p for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
                  for p in c.children if p.dep_ == "pobj"]
        means = [m for m in means if m.i not in at and any(
            t.lemma_.lower() in self.attackers and t.pos_ in ("NOUN", "PROPN") for t in (m, *m.lefts))]
        if not means:
            return []
        # (unlike :meth:`_venue`: the phrases of the act and its means only, and all of them: "outside of Basra")
        phrases = [c for h in [verb, *means] for c in h.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS]
        # ("struck an outpost by the Syrian border": the edge of Syria is no place in Syria)
        place = next((at[t.i] for c in phrases for t in c.subtree if t.i in at and _place(at[t.i])
                      and t.head.lemma_.lower() not in BOUNDARY_NOUNS), None)
        if place is None:
            return []
        span = means[0].doc[means[0].left_edge.i:means[0].i + 1]
        code = place.country + "UAF"
        return [Found(Mention(code, place.country, "UAF", span.text, span.start_char, span.end_char, "composed"),
                      "unidentified")]

    @staticmethod
    def _venue(holders: list[Token], at) -> Mention | None:
        """The place actor of an ``in`` phrase on one of ``holders`` or on a clause or phrase they govern ("…
        when they blew themselves up **in Tel Aviv**"), if any."""
        for _ in range(2):  # the act, its objects and phrases, and theirs ("rioted at this jail in … Israel")
            holders = [*holders, *(c for h in holders for c in h.children if c.dep_ in ("advcl", "acl", "prep", "dobj", "pobj")
                                   and c not in holders)]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in IN_PREPS:
                    tok = next((t for p in c.children if p.dep_ == "pobj" for t in p.subtree
                                if t.i in at and _place(at[t.i])), None)
                    if tok is not None:
                        return at[tok.i]
        return None

    @staticmethod
    def _extra(trigger: Token, tgt) -> dict:
        """Where the event sits in the parse (used inside one sentence, not stored)."""
        extra = {"i": trigger.i}
        if (tgt is None or tgt.how == "group") and trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG" and not any(
                c.dep_ in SUBJECTS for c in trigger.children):
            extra["elaborates"] = trigger.head.i  # "shelled Juba …, killing 20 people"
        return extra

    def _date(self, trigger: Token, sent: Span, article_date: str | None) -> tuple[str | None, Span | None]:
        """The event's date and the date expression of its clause that gave it (else the article's, None)."""
        ancestors = {trigger.i, *(a.i for a in trigger.ancestors)}
        for ent in self._dates:
            if ent.start < sent.start or ent.end > sent.end:
                continue
            if _date_head(ent).i in ancestors or ent.root.i in ancestors:
                resolved = dates.resolve(ent.text, article_date)
                if resolved and (article_date is None or resolved <= article_date):
                    return resolved, ent
        return article_date, None
