"""CAMEO code refinements: how an act's code changes with what the sentence says around it.

An intended cooperative act is an intent (03x), one announced as not to be done a rejection (12x), a
threatened harmful one a threat (13x), a generic attack
takes the code of its weapon, a killing the code its victim calls for, and a clash between persons is one of words,
as the CAMEO codebook has them.
Pure functions over codes (and, for weapons and victims, the trigger's parse); ``events`` calls them.
"""
from __future__ import annotations

from spacy.tokens import Token

from .records import Mention


def intent_code(code: str) -> str:
    """The CAMEO intent (03x) for an intended cooperative act: meet 036, mediate 039, diplomatic 032, material
    031, aid 033.

    >>> intent_code("042"), intent_code("051"), intent_code("061"), intent_code("0712"), intent_code("081")
    ('036', '032', '031', '0331', '035')
    >>> intent_code("045")  # "offered to mediate between Ethiopia and Eritrea"
    '039'
    """
    root = code[:2]
    if code[:3] == "045":
        return "039"
    if root == "07":
        return {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}.get(code[:3], "033")
    return {"01": "030", "02": "030", "03": code, "04": "036", "05": "032", "06": "031", "08": "035",
            "09": "030"}.get(root, "030")


def refusal_code(code: str) -> str:
    """The CAMEO rejection (12x) for a cooperative act (or an intent, 03x) announced as not to be done ("will
    not negotiate", "would never lift sanctions"): meeting 125, mediation 126, agreement 127, material cooperation 121x,
    aid 122x (the would-be giver rejects the request), yielding 124x, political reform 123x.

    >>> refusal_code("042"), refusal_code("045"), refusal_code("057"), refusal_code("062")
    ('125', '126', '127', '1212')
    >>> refusal_code("073"), refusal_code("0832"), refusal_code("084"), refusal_code("085"), refusal_code("051")
    ('1223', '1232', '1243', '1244', '120')
    >>> refusal_code("0333"), refusal_code("036"), refusal_code("0356"), refusal_code("030")
    ('1223', '125', '1246', '120')
    """
    c3 = code[:3]
    if code[:2] == "03":  # an intent refused: its subcodes mirror the rejections' digit for digit
        base = {"031": "121", "032": "120", "033": "122", "034": "123", "035": "124", "036": "125", "037": "127",
                "038": "126", "039": "126"}.get(c3, "120")
        return base + code[3:4] if c3 in ("031", "033", "034", "035") else base
    if code[:2] == "04":
        return "126" if c3 == "045" else "125"
    if c3 == "057":
        return "127"
    if code[:2] == "06":
        return {"061": "1211", "062": "1212", "063": "1213"}.get(c3, "121")
    if code[:2] == "07":
        return {"071": "1221", "072": "1222", "073": "1223", "074": "1224"}.get(c3, "122")
    if c3 == "083":
        return "123" + code[3:4]
    if code[:2] == "08":
        return {"081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}.get(c3, "124")
    return "120"


# CAMEO codes violence by its means: the weapon named in the clause of a generic attack (180/190) decides
WEAPONS = (("1831", {"suicide"}), ("1832", {"car-bomb"}), ("1833", {"roadside"}),
           ("183", {"bomb", "bomber", "bombs", "bombers", "explosive", "explosives", "ied", "ieds", "bombing"}),
           ("195", {"aircraft", "airstrike", "airstrikes", "helicopter", "helicopters", "gunship", "gunships",
                    "warplane", "warplanes", "jet", "jets", "drone", "drones", "air"}),
           ("194", {"artillery", "tank", "tanks", "shell", "shells", "shelling", "mortar", "mortars", "rocket",
                    "rockets", "missile", "missiles"}),
           # blades and clubs are no military force: unconventional violence (18)
           ("180", {"machete", "machetes", "knife", "knives", "axe", "axes", "clubs", "swords", "sticks"}))

# the attacker's own words: aircraft decide before bombs
AIR_FIRST = tuple(sorted(WEAPONS, key=lambda w: w[0] != "195"))


def weapon_code(trigger: Token, code: str, attacker_only: bool = False) -> str:
    """The CAMEO code of a generic attack (180, 190) refined by the weapon its clause names.

    "suicide bombers killed 23 people" -> 1831; "wounded two soldiers in a bomb attack" -> 183;
    "helicopter gunships killed 46 civilians" -> 195; "Israeli tanks fired shell bombs" -> 194 (the attacker's
    means come first); "shelled the town" stays what its verb says. With ``attacker_only``, only the
    attacker's means count ("Soviet aircraft killed 46 civilians": an air attack, 195, not a massacre, 202).
    """
    # the attacker's own means first ("Israeli tanks fired shell bombs" is artillery), then the clause's
    attacker = {t.lower_ for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree}
    # (not what was brought down or sunk: "downed a Russian warplane" is no air attack)
    hit = {t.i for c in trigger.children if c.dep_ == "dobj" for t in c.subtree} \
        if trigger.lemma_.lower() in HITTING_VERBS else set()
    clause = {t.lower_ for t in trigger.subtree if t.i not in hit}
    for words in (attacker,) if attacker_only else (attacker, clause | attacker):
        if "car" in words and ("bomb" in words or "bombing" in words):
            words.add("car-bomb")
        # ("Turkey's air force, which regularly bombs the PKK": an attacker that flies bombs from the air)
        for weapon_code_, cues in AIR_FIRST if words is attacker else WEAPONS:
            if words & cues:
                return weapon_code_
    return code


KILLING_VERBS = {"kill", "murder", "assassinate", "slay", "execute"}
# verbs whose object is the craft or vessel hit, not the weapon used ("shot down a drone", "sank a patrol ship")
HITTING_VERBS = {"down", "shoot", "sink", "torpedo", "intercept"}
# the positions whose holder's killing CAMEO codes as an assassination (186)
POSITIONS = {"president", "minister", "premier", "leader", "chief", "governor", "commander", "mayor", "king",
             "prince", "general", "ambassador", "envoy", "head", "chairman", "speaker", "deputy"}
ATTEMPT_WORDS = {"attempt", "plot", "bid", "try"}
CLASH_VERBS = {"clash", "spar", "feud", "quarrel"}


def killing_code(trigger: Token, code: str) -> str:
    """A killing refined by its victim and its outcome: "killed the deputy chief of the militia" -> 186
    (CAMEO codes the killing of an office-holder as an assassination); "an attempt to assassinate the
    governor" -> 185."""
    head = trigger.head
    if trigger.lemma_.lower() == "assassinate" and trigger.dep_ in ("acl", "xcomp") and \
            head.lemma_.lower() in ATTEMPT_WORDS:
        return "185"
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NN", "NNP")]
    if any(t.lower_ in POSITIONS for v in victims for t in v.subtree if t.i <= v.i):
        return "186"
    return code


def clash_code(trigger: Token, code: str, source: Mention, targets: list) -> str:
    """A clash between persons is one of words (110): "Zelenskyy **clashed with** Trump in the Oval Office",
    "Macron clashed with Meloni over migration"; forces, police and crowds clash materially (190)."""
    if code == "190" and trigger.lemma_.lower() in CLASH_VERBS and source.kind == "person" and targets \
            and all(t.mention.kind == "person" for t in targets):
        return "110"
    return code


# CAMEO's protests (14x) are collective acts of civilians; a state's forces doing the same deed restrict movement
# or take property ("the military ... **blocked roads** leading to the outpost", "government forces started to
# **ransack and loot houses**")
FORCE_DEEDS = {"144": "191", "145": "171"}


def force_deed_code(code: str, source: Mention, state_named: bool = False) -> str:
    """The act of a state's forces (or of a state named by its name, ``state_named``: "Israel blocked the
    entry of aid trucks") that PETRARCH2 codes as a civilian protest: obstruction 144 -> 191, rioting and
    looting 145 -> 171. A demonym's state code is a people's ("Young Algerians blocked roads"): no change.

    >>> from ingest.records import Mention
    >>> force_deed_code("144", Mention("ISRMIL", "ISR", "MIL", "the military", 0, 12))
    '191'
    >>> force_deed_code("144", Mention("ISR", "ISR", "", "Israel", 0, 6), state_named=True)
    '191'
    >>> force_deed_code("144", Mention("ISROPP", "ISR", "OPP", "protesters", 0, 10))
    '144'
    """
    return FORCE_DEEDS.get(code, code) if source.sector in ("MIL", "COP") or state_named else code


def military_bombing_code(code: str, source: Mention, state_named: bool = False) -> str:
    """A bombing (183, CAMEO's non-military bombing) by a state's forces, a state named by its name or an
    alliance is an air strike (195): "NATO bombs hit the Chinese embassy in Belgrade".

    >>> from ingest.records import Mention
    >>> military_bombing_code("183", Mention("IGOWSTNAT", "IGOWSTNAT", "", "NATO", 0, 4))
    '195'
    >>> military_bombing_code("183", Mention("IRQUAF", "IRQ", "UAF", "a car bomb", 0, 10))
    '183'
    """
    armed_state = source.sector == "MIL" or source.code.startswith("IGO") or state_named
    return "195" if code == "183" and armed_state else code


def official_protest_code(code: str, lemma: str, source: Mention, state_named: bool = False) -> str:
    """A protest (140) that a government or a state named by its name makes is an official complaint (114):
    "The Philippines **protested** the Chinese coast guard's use of water cannon"; a people's stays a
    demonstration ("Palestinians protested …").

    >>> from ingest.records import Mention
    >>> official_protest_code("140", "protest", Mention("PHL", "PHL", "", "The Philippines", 0, 15), True)
    '114'
    >>> official_protest_code("140", "protest", Mention("PSE", "PSE", "", "Palestinians", 0, 12))
    '140'
    """
    return "114" if code == "140" and lemma == "protest" and (source.sector == "GOV" or state_named) else code


# verbs of a court's finding that CAMEO.2.0 codes as a detention (173)
VERDICT_VERBS = {"convict"}


def verdict_code(code: str, lemma: str, targets: list[Mention]) -> str:
    """A conviction (173) of a state or an organisation, not of persons, is a finding of guilt (116), as the
    CAMEO codebook has it: "A European court **convicted** Turkey of 'inhuman acts'"; people convicted are
    detained (173).

    >>> from ingest.records import Mention
    >>> verdict_code("173", "convict", [Mention("TUR", "TUR", "", "Turkey", 0, 6, "named")])
    '116'
    >>> verdict_code("173", "convict", [Mention("RUSMIL", "RUS", "MIL", "Russian soldiers", 0, 16, "composed")])
    '173'
    """
    if code != "173" or lemma not in VERDICT_VERBS or not targets:
        return code
    bodies = all(t.code.startswith(("IGO", "NGO", "MNC"))
                 or not t.sector and t.kind in ("country", "named", "metonym") for t in targets)
    return "116" if bodies else code


def threat_code(code: str) -> str:
    """The CAMEO threat (13x) for a threatened action: sanctions 1312, breaking relations 1313, curfew 1323,
    repression 137, force 138.

    >>> threat_code("163"), threat_code("161"), threat_code("1723"), threat_code("175"), threat_code("190")
    ('1312', '1313', '1323', '137', '1384')
    >>> threat_code("191"), threat_code("183"), threat_code("171")
    ('1381', '1383', '138')
    >>> threat_code("162"), threat_code("164"), threat_code("111")
    ('1311', '134', '130')
    """
    root = int(code[:2])
    if code.startswith("163"):
        return "1312"
    if root == 16:  # 161 relations -> 1313, 162 aid -> 1311, 164 talks -> 134, 165 mediation -> 135, 166 -> 136
        return {"161": "1313", "162": "1311", "164": "134", "165": "135", "166": "136"}.get(code[:3], "131")
    if code.startswith("172"):  # administrative sanctions: 1721 -> 1321 … 1724 -> 1324
        return "132" + code[3:]
    if code.startswith(("173", "174")):  # arrests, expulsions: administrative sanctions too
        return "132"
    if code.startswith("175"):
        return "137"
    if code.startswith("191"):
        return "1381"  # blockade
    if code.startswith("192"):
        return "1382"  # occupation
    if root == 18:
        return "1383"  # unconventional violence
    if root == 19:
        return "1384"  # conventional attack
    if code.startswith("204"):
        return "1385"  # weapons of mass destruction
    if root in (15, 17, 20):
        return "138"
    if root == 13:
        return code
    return "130"
