"""Words that steer the event coder's rules: dependency labels, verb and noun classes, CAMEO code sets.

Each set is named for what its words do in a sentence; a comment above it gives the sentences it was
written for. The CAMEO patterns themselves are data (``data/verbs.json``, ``data/verbs_extra.tsv``,
``data/nouns.tsv``).
"""
from __future__ import annotations

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "dative", "attr", "oprd", "obj", "acomp"}
# "struck what it called terrorist camps", "attacked what it described as military sites": the doer's name for
# what it acted upon stands for the object
NAMING_VERBS = {"call", "describe", "term", "label", "identify", "say", "claim", "consider"}
TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "at", "from", "of", "over", "into", "for", "including",
                "between", "upon", "about", "onto", "by"}
# phrases that name whom a noun's act reaches ("calls to the leaders", "aid to Ukraine", "talks with Iran")
RECIPIENT_PREPS = {"to", "toward", "towards", "against", "on", "onto", "upon", "with", "over", "into", "about"}
# nouns for the edge of a country: "the Thai border", "Syria's frontier with Turkey" name a place, not the state
BOUNDARY_NOUNS = {"border", "frontier", "borderland", "coast", "coastline", "shore"}
# a state's premises abroad, which stand where they are, not in the state that owns them
FACILITY_NOUNS = {"embassy", "consulate", "base", "mission", "office", "compound", "outpost"}
# verbs of handing a person over to another state's justice: the state is their target
EXTRADITING_VERBS = {"extradite"}
# verbs whose object does the bare infinitive after it ("helped Russia dismantle its weapons", "let UN planes land")
BARE_INFINITIVE_VERBS = {"help", "let"}
# verbs of force gathered in one place, aimed at the state whose border it faces ("massed troops near the border")
MASSING_VERBS = {"mass", "amass", "concentrate", "deploy", "redeploy", "station", "mobilize", "mobilise", "send",
                 "dispatch"}
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
# verbs of a breach, whose doer a speaker who tells of it accuses ("Lebanon said Israel **violated** the ceasefire")
VIOLATING_VERBS = {"violate", "breach", "flout", "break", "contravene", "infringe"}
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
# a state's envoys, whose post names the state they are sent to ("recalled its ambassador from Quito")
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "emissary"}
# verbs by which an act happens, whose *between* phrase names its sides ("fighting erupted between A and B")
OCCURRING_VERBS = {"erupt", "break", "flare", "rage", "resume", "continue", "escalate", "intensify", "occur",
                   "happen", "begin", "start", "take"}
# verbs of an answer, whose *with* phrase may name the measure answered with ("retaliated with tariffs")
RETALIATING_VERBS = {"retaliate", "respond", "react", "reply", "hit"}
# verbs by which forces retreat (0874) when a military withdraws ("Yugoslav forces began withdrawing from Kosovo")
RETREATING_VERBS = {"withdraw", "retreat", "pull"}
# and verbs by which they leave a place they name as their object ("the last Syrian troops **left Lebanon**")
DEPARTING_VERBS = {"leave", "quit", "exit", "vacate"}
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
# pronouns that open a relative clause and stand for the noun it describes
RELATIVE_PRONOUNS = {"that", "which", "whom", "who"}
TIME_CONDITION_MARKS = {"once", "when", "until", "till", "whenever"}
# "stopped fighting", "halted the shelling", "agreed to cease firing": the act stops, it is not done
STOPPING_VERBS = {"stop", "cease", "halt", "quit", "end", "suspend", "discontinue", "abandon", "cancel", "postpone",
                  "scrap", "shelve", "pause"}
# "blocked a new package of EU military aid", "foiled an attack": the act their object tells did not come about
BLOCKING_VERBS = {"block", "veto", "thwart", "prevent", "obstruct", "foil"}
# verbs by which an act told by their object noun comes about ("talks failed to **yield** an accord", "did not
# **produce** a deal"): when they fail or are negated, the act did not happen
ACHIEVING_VERBS = {"yield", "produce", "reach", "achieve", "secure", "clinch", "strike", "forge", "conclude",
                   "finalize", "finalise", "obtain", "win", "bring", "deliver"}
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
# plural nouns that, with "two" or "both", stand for the two parties of the last act between two states ("the two
# countries", "both sides", "the two leaders")
PAIR_NOUNS = {"countries", "nations", "states", "sides", "leaders", "governments", "presidents", "neighbors",
              "neighbours", "capitals", "rivals", "allies", "delegations", "militaries", "armies", "ministers"}
# nouns whose infinitive tells an act only planned ("condemned Israel's **plan to annex** parts of the West Bank"),
# promised or offered ("its **offer to host** talks": an intent), or threatened
PLAN_NOUNS = {"plan", "proposal", "scheme", "blueprint", "strategy"}
INTENT_NOUNS = {"promise", "pledge", "offer", "commitment", "intention", "readiness", "willingness", "vow",
                "determination"}
# nouns that name an act only as such ("condemned **the measures**", "denounced the move"), and the verbs of
# disapproval whose object they are answered as the last hostile act told
ACT_NOUNS = {"measure", "move", "step", "action", "decision", "operation", "exercise", "drill", "maneuver", "manoeuvre",
             "deployment"}
# nouns by which news names an international organisation told before ("the EU … **the bloc**", "NATO … the
# alliance")
BLOC_NOUNS = {"bloc", "alliance", "agency", "organization", "organisation", "watchdog"}
DISAPPROVING_VERBS = {"condemn", "criticize", "criticise", "denounce", "decry", "deplore", "slam", "protest", "reject",
                      "oppose", "blast", "lambast"}
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
# "is unwilling to send weapons": intent denied, a refusal as "will not send" is
UNWILLING_ADJECTIVES = {"unwilling", "unprepared"}
# "is reluctant to link the test to the deal", "unlikely to meet": an act held back or doubted is not done (mood plan)
HESITANCY_ADJECTIVES = {"reluctant", "hesitant", "loath", "loth", "wary", "unlikely"}
# "demanded that Iran stop …", "urged Israel to ease …": the demanded act has not happened (mood plan)
DEMAND_VERBS = {"demand", "urge", "ask", "call", "press", "push", "insist", "request", "appeal", "pressure",
                "pressurize", "tell", "warn", "advise", "encourage", "want", "wish", "invite"}
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
# verbs that send force somewhere: the place it goes to hosts it ("deployed troops to Poland")
DEPLOYING_VERBS = {"deploy", "redeploy", "station", "dispatch", "move", "send"}
MOTION_VERBS = {"arrive", "travel", "go", "come", "fly", "head", "sail", "cross", "return", "move"}
PRIVATE_SECTORS = {"CVL", "PPL", "EDU", "LAB", "REF", "REL", "AGR", "MED", "HLH", "BUS", "CRM"}
# verbs by which people join an act told by a noun ("took part in a rally", "gathered for talks")
PARTICIPATION_VERBS = {"take", "participate", "join", "gather", "converge", "assemble", "engage", "turn", "come"}
PERSON_NOUNS = {"president", "leader", "minister", "premier", "chancellor", "king", "prime"}
GROUP_NOUN_SECTORS = {"REB", "INS", "OPP", "PTY"}  # what "the group" may stand for, besides IMG and NGO codes
STATE_NOUNS = {"country", "nation", "state", "kingdom", "emirate", "sultanate"}
GOV_NOUNS = {"government", "administration", "regime", "cabinet", "authorities", "junta"}
# a state's forces named without their state: "**the army** attacked UNITA rebels", "**government troops**
# shelled the town", "security forces fired on protesters" (an institution with its article, or any of them a
# word of the state qualifies: "the forces", "the troops" are mostly some named before, not the state's own)
FORCE_NOUNS = {"army": "MIL", "military": "MIL", "troops": "MIL", "forces": "MIL", "soldiers": "MIL",
               "police": "COP", "policemen": "COP"}
FORCE_INSTITUTIONS = {"army", "military", "police"}
# heads of such an institution named by it: "the **army chief**", "the police commander"
COMMANDER_NOUNS = {"chief", "chiefs", "commander", "commanders"}
# forces that serve where they act: bare "police" in a named place are that place's
LOCAL_FORCES = {"police", "policemen"}
STATE_QUALIFIERS = {"government", "security", "state", "regime", "army"}
# armed groups named without their state: those a state's government or forces named in their sentence face
# are that state's ("The Philippine government and **Moslem rebels** agreed to extend a ceasefire")
INSURGENT_NOUNS = {"rebels", "insurgents", "guerrillas", "separatists"}
# the groups inside a state that its government and forces act upon: "the government accused UNITA (AGOREB)"
DOMESTIC_SECTORS = {"REB", "INS", "OPP", "CVL", "PTY", "UAF"}
# verbs that only carry their object's event ("mounted an invasion", "undertook a mediation mission", "staged
# rallies"): a pattern of theirs may still code it, but without one the noun is the event
SUPPORT_VERBS = {"undertake", "mount", "stage", "conduct", "launch", "begin", "start", "carry", "wage", "lead",
                 "renew", "make", "lodge", "file", "voice", "publish", "continue", "deliver", "extend", "send",
                 "tighten", "maintain", "enforce", "expand", "open", "complete", "impose", "reimpose", "institute",
                 "introduce", "speed", "hold"}
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
# verbs whose object document is somebody else's: its words are not theirs ("vetoed a resolution condemning
# Israel", "rejected a statement accusing Iran"); signing, backing or issuing one makes them the subject's
DISOWNING_VERBS = ANSWER_VERBS - {"support", "back", "endorse"} | {"veto", "block"}
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
              "sites", "zone", "zones", "route", "routes", "shield", "shields", "suspect", "suspects",
              # ("in exchange for **sanctions relief**", "a sanctions waiver": what eases the measure, no measure)
              "relief", "waiver", "waivers", "exemption", "exemptions"}
# a third party acting on both sides named by "between" (mediation)
THIRD_PARTY_CODES = {"045", "039", "028", "108", "126", "135", "165"}
# verbs by which what was fired or launched strikes ("a missile that **struck** near the airport")
STRIKING_VERBS = {"strike", "hit", "slam", "land", "target", "destroy", "damage", "kill", "wound", "explode"}
# nouns of the help an act is done with ("with help from NATO allies", "with U.S. backing"): their owner is an ally
HELP_NOUNS = {"help", "support", "assistance", "backing", "aid"}
# verbs of those who bring others' deal about or watch over it: "a deal **brokered by** the United States",
# "the truce monitored by the UN" name a third party, not whom an act under the deal is aimed at
BROKERING_VERBS = {"broker", "mediate", "negotiate", "facilitate", "arrange", "sponsor", "guarantee", "oversee",
                   "monitor"}
# "X is opposed to Y": a participle that states the subject's own stance, parsed as a passive
STANCE_PARTICIPLES = {"oppose": "to", "engage": "in", "involve": "in"}
# what strikes when the text names no attacker ("a roadside bombing killed …", "killed by an improvised
# explosive device"): coded as unidentified armed forces (UAF) of the country where it struck
ATTACK_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "minefield", "landmine",
                "ambush", "grenade", "gunfire", "bomber", "attacker", "sniper", "suicide"}
# acts not done: needed ("requires partnerships with …"), or told after a conjecture's colon ("a best-case
# scenario: The United States will …")
NEED_VERBS = {"need", "require"}
SCENARIO_NOUNS = {"scenario", "scenarios", "forecast", "prediction", "projection", "hypothesis", "speculation"}
# "was quoted as saying": the one quoted is the speaker
QUOTING_VERBS = {"quote", "cite"}
# ground is taken from whoever held it ("retook the airport that had been controlled by IS")
SEIZING_VERBS = {"take", "retake", "retook", "capture", "recapture", "seize", "overrun", "liberate", "free",
                 "storm", "reclaim", "regain"}
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
# and a gathering named by a noun is held somewhere: "a NATO summit **in Warsaw**", "the talks in Oman" tell
# where it met, not whom it met (a verb of going there is a visit: "arrived in Amman")
GATHERING_ROOTS = {"04"}
# so is a deal reached or signed, or a meeting held ("reached a nuclear deal **in Vienna**", "signed the accord in
# Beijing", "met in Geneva"); an arrival still goes where it is aimed ("arrived in Amman", 040), and so do ties
# established, a pledge of aid or a visit ("opened an embassy in Havana", 050; 033; 042)
VENUE_CODES = ("030", "031", "036", "040", "041", "044", "046", "057")
# and whatever is signed ("signed a ceasefire in Doha" is no truce with Qatar)
SIGNING_VERBS = {"sign", "ink", "initial"}
INSURGENT_SECTORS = {"REB", "INS", "UAF"}
# "the possibility of limited cooperation between Moscow and Beijing": an act only thought of
POSSIBILITY_NOUNS = {"possibility", "prospect", "likelihood", "chance", "chances", "idea", "option", "risk",
                     "danger", "threat", "fear", "fears", "hope", "hopes", "prospects", "matter", "question"}
QUANTITY_NOUNS = {"thousands", "hundreds", "dozens", "tens", "millions", "scores", "hundred", "thousand", "million"}
# words that place an act at sea ("in the Caribbean", "in international waters")
SEA_WORDS = {"sea", "ocean", "gulf", "strait", "waters", "caribbean", "pacific", "atlantic", "mediterranean"}
VESSEL_NOUNS = {"boat", "vessel", "ship", "speedboat", "tanker", "freighter", "trawler", "dhow", "skiff"}
# counts that stand for a crowd of people when nothing follows them ("thousands marched in Belgrade")
CROWD_NUMBERS = {"thousands", "hundreds", "dozens", "millions", "scores"}
IN_PREPS = ("in", "inside", "within", "across", "throughout")
# languages named like their people: "spoke **in Spanish**" is no place
LANGUAGES = {"english", "french", "spanish", "arabic", "russian", "chinese", "mandarin", "cantonese", "german",
             "portuguese", "italian", "japanese", "korean", "persian", "farsi", "hebrew", "turkish", "urdu", "hindi",
             "ukrainian", "polish", "dutch", "greek", "swahili", "kurdish", "pashto", "dari", "amharic", "vietnamese",
             "thai", "indonesian", "malay", "bengali", "tamil", "serbian", "croatian", "armenian", "georgian",
             "somali", "hungarian", "romanian", "swedish", "norwegian", "danish", "finnish", "czech"}
VENUE_PREPS = (*IN_PREPS, "near", "outside", "around", "at")
# "in" + these nouns is an idiom of manner or cause, no place: "marched **in support of** the Iran deal",
# "rallied in solidarity with Ukraine", "fired in retaliation for the strike"
IN_IDIOM_NOUNS = {"support", "solidarity", "protest", "response", "retaliation", "reprisal", "revenge", "exchange",
                  "favor", "favour", "memory", "honor", "honour", "defiance", "violation", "breach", "light",
                  "defense", "defence", "opposition", "reaction", "return", "spite", "pursuit", "addition",
                  "accordance", "recognition", "tribute", "compliance", "contravention", "anticipation"}
# acts two coordinated actors do together, each toward the other ("Libya and Bulgaria signed a treaty",
# "Serb and Croat forces clashed"); saying, demanding or accusing is done by each, toward someone else
JOINT_ROOTS = {"03", "04", "05", "06", "07", "08", "19"}
# CAMEO roots of force (assault, fight, mass violence), as against the measures of 15-17
FORCE_ROOTS = ("18", "19", "20")
# acts of a state's authorities upon people (sentence, arrest, expel, repress; investigate): told in the passive
# with only a place ("was arrested in Russia"), they are that state's doing (not a ship "seized in the Gulf of Oman")
AUTHORITY_CODES = ("172", "173", "174", "175", "09")
# acts that are mutual by their nature, or by the bond they make ("signed a treaty", "restored ties"): only these
# make coordinated actors each other's targets; "NATO and Afghan troops cleared Marjah" is done together upon a
# third party the text may not name
MUTUAL_VERBS = {"agree", "sign", "meet", "negotiate", "talk", "discuss", "coordinate", "collaborate", "cooperate",
                "clash", "fight", "reconcile", "ally", "confer", "consult", "trade", "normalize", "normalise",
                "exchange", "swap"}
# verbs that make any act mutual between coordinated actors: "India and Pakistan **traded** accusations",
# "exchanged threats"
EXCHANGE_VERBS = {"trade", "exchange", "swap"}
MUTUAL_NOUNS = {"tie", "ties", "relation", "relations", "relationship", "treaty", "agreement", "accord", "pact",
                "deal", "talk", "talks", "negotiation", "negotiations", "consensus", "truce", "ceasefire",
                "cease-fire", "armistice", "memorandum", "dialogue", "meeting", "summit", "cooperation",
                "partnership", "alliance", "exercise", "exercises", "drill", "drills", "games", "maneuvers",
                "manoeuvres", "understanding", "compromise",
                "protocol", "convention", "hands"}  # ("Trump and Kim shook hands": each with the other)
# "… failed to reach agreement": talks end for both; "… agreed there was a need": accord on both sides; "Russia and
# Ukraine ended diplomatic relations", "… suspended joint exercises": a bond between them reduced or broken for both
JOINT_CODES = {"164", "019", "150", "160", "161"}
# a military exercise held with another state is military cooperation (062), not a show of force (150)
EXERCISE_NOUNS = {"exercise", "drill", "maneuver", "manoeuvre", "game"}
# where an exercise held alone rings the state it is aimed at ("drills around Taiwan", "war games off Japan")
RINGING_PREPS = ("around", "near", "off", "encircling", "surrounding")
# verbs that, as a participle hung on a clause ("..., suggesting a coordinated response"), are the writer's
# commentary rather than an act of the clause's subject
COMMENTARY_VERBS = {"suggest", "signal", "indicate", "show", "mean", "underscore", "highlight", "reflect",
                    "demonstrate", "mark", "represent", "raise", "prompt", "spark", "fuel", "risk"}
# verbs of the feeling an act stirs in others, hung on its clause as a participle ("took control of chipmaker
# Nexperia, **angering Beijing**"): the one stirred is no target of the act
AFFECTING_VERBS = {"anger", "infuriate", "enrage", "upset", "alarm", "irritate", "annoy", "dismay", "delight",
                   "please", "embarrass", "outrage", "frustrate", "antagonize", "antagonise", "irk", "rile",
                   "unsettle", "worry", "offend", "reassure", "surprise", "stun", "shock"}
# the nouns of an accord or a forum that a city names ("the **Oslo** accords", "the Minsk agreements", "the Doha
# talks"): the city is no party
ACCORD_NOUNS = {"accord", "accords", "agreement", "agreements", "treaty", "pact", "deal", "protocol", "convention",
                "conventions", "declaration", "memorandum", "process", "format", "talks", "summit", "framework",
                "communique", "charter", "conference", "ceasefire", "cease-fire", "truce", "armistice"}
NOMINAL_DEPS = {"pobj", "nsubj", "nsubjpass", "dobj", "appos"}
# nouns that name others by their bond to the one who qualifies them: "Russia's allies", "Afghanistan's neighboring
# countries" are not Russia or Afghanistan
RELATION_NOUNS = {"ally", "neighbor", "neighbour", "enemy", "rival", "partner", "adversary", "foe", "opponent",
                  "proxy", "backer", "sponsor"}
RELATION_ADJECTIVES = {"neighboring", "neighbouring", "allied", "rival"}
# verbs of a street protest, whose "against" phrase names what it is against
PROTEST_VERBS = {"protest", "rally", "demonstrate", "march"}
# a country's sportsmen are not its state: "the Colombian football squad … offered support to the Brazilian team"
# (a team or a club only with its sport: an "IMF team" negotiates)
SPORTS_HEADS = {"player", "footballer", "athlete", "fan", "coach", "striker", "goalkeeper", "olympian"}
SPORTS = {"football", "soccer", "basketball", "cricket", "rugby", "olympic", "tennis", "hockey", "baseball", "volleyball"}
# ground a group holds, which names the group that holds it ("a Karen guerrilla stronghold", "rebel positions")
GROUND_NOUNS = {"stronghold", "position", "base", "camp", "hideout", "post", "outpost", "checkpoint",
                "headquarters", "territory", "enclave", "bastion", "redoubt"}
# verbs by which an act draws others' response ("the move **drew criticism from** Japan", "**sparked** protests
# from", "**earned** praise from"): the response noun's *from* phrase is its doer, the verb's subject its target
DRAWING_VERBS = {"draw", "spark", "provoke", "prompt", "trigger", "attract", "earn", "elicit", "win", "receive",
                 "invite", "bring", "generate"}
# verbs that only speak of the act their object noun names ("highlighted the sanctions against Cuba", "recalled the
# 2003 invasion"): the act is not their subject's
# verbs that watch over an act already in force: their object noun is no new act ("peacekeepers deployed to
# oversee a ceasefire between Ethiopia and Eritrea")
MONITORING_VERBS = {"oversee", "monitor", "supervise", "observe", "uphold"}
# "claimed responsibility for the attack", "took credit for the bombing": the claimant did the act
CLAIM_NOUNS = {"responsibility", "credit"}
CLAIMING_VERBS = {"claim", "accept", "take", "admit", "acknowledge", "bear"}
# verbs by which a body acts on a member state named as their object: "The African Union **suspended**
# Madagascar", "ECOWAS suspended Guinea" reduce relations with it (160; what else is suspended has its own patterns)
SUSPENDING_VERBS = {"suspend"}
# verbs of protest that, addressed *to* someone, lodge a complaint with them (114): "Seoul protested to Tokyo"
ADDRESSED_PROTEST_VERBS = {"protest"}
# verbs of hosting a visitor: "welcomed Zelensky **to the Vatican**", "**received** Zelensky" (043)
HOSTING_VERBS = {"welcome", "receive"}
# verbs of attack that CAMEO.2.0 also reads as words ("attacked the government's policy", 111): done by forces,
# they are force ("French jets attacked Libyan government tanks", 190)
ASSAULT_VERBS = {"attack", "assault", "hit", "strike", "blast", "hammer", "pound"}
# verbs by which a state's forces go into another's ground: "Turkish troops **crossed into** northern Iraq",
# "Turkish troops **entered** northern Syria", "Russian troops **poured into** Ukraine" (192, occupy territory)
INCURSION_VERBS = {"cross", "enter", "roll", "pour", "push", "advance", "move", "march", "sweep", "drive"}
# what a state sends in when it sends force: "Russia sent **tanks** into Georgia"
FORCE_WORDS = {"troop", "troops", "tank", "tanks", "force", "forces", "soldier", "soldiers", "armor", "armour",
               "warship", "warships", "paratrooper", "paratroopers", "army"}
# adverbs that make an act a guess, not news: "Trump **probably** wants to expand cooperation with Russia"
HEDGE_ADVERBS = {"probably", "possibly", "perhaps", "maybe", "presumably", "supposedly", "conceivably"}
# verbs of arrest: one person of a kind a state's organs arrest is of their country unless placed elsewhere
ARRESTING_VERBS = {"arrest", "detain", "jail", "imprison", "apprehend"}
TOPIC_VERBS = {"highlight", "mention", "cite", "note", "recall", "describe", "explain", "stress", "emphasize",
               "emphasise", "underscore", "recount", "detail", "document", "chronicle", "review", "discuss", "debate",
               "report"}
# nouns that tell an act or a bond has ended ("the breakdown in cooperation", "the collapse of talks"): it is
# not going on (who ended it, the noun does not say)
ENDING_NOUNS = {"breakdown", "collapse", "end", "cessation", "termination", "demise", "breakup", "break-up",
                "failure", "unravelling", "unraveling"}
# verbs whose passive names the expelling state by the place left: "diplomats were **expelled from** Germany"
EXPELLING_VERBS = {"expel", "deport", "banish", "evict"}
# nouns of measures and decisions, whose "blows" are figures of speech ("Russia's withdrawal from the grain deal
# hit Ukraine", "the decision struck a blow to the talks")
MEASURE_NOUNS = {"decision", "withdrawal", "move", "policy", "measure", "ruling", "law", "ban", "crisis", "plan",
                 "announcement", "downturn", "slump", "recession", "inflation", "shortage", "cut", "cuts", "hike",
                 "verdict", "vote", "referendum", "election", "result", "results", "deal", "agreement", "news"}
# adjectives that lay an act at someone's door: the act they name was done ("guilty of violating the ceasefire",
# "responsible for attacking the tanker")
BLAME_ADJECTIVES = {"guilty", "responsible", "culpable", "liable", "accountable"}
# verbs by which a body enacts a measure it names as their object ("agreed a new package of sanctions", "adopted
# sanctions against Belarus") or adds to one in force ("China **raised** its tariffs on American goods"; not "raise
# the issue of lifting the sanctions"), and the nouns that only count such measures ("a package of sanctions")
ENACTING_VERBS = {"agree", "adopt", "approve", "pass", "unveil", "finalize", "finalise", "raise", "hike", "increase",
                  "double", "triple", "expand", "tighten", "extend", "broaden"}
BATCH_NOUNS = {"package", "round", "set", "batch", "raft", "wave", "series", "tranche", "session"}
