"""Targets of the source's own state that an act cannot have (a state does not cooperate with itself,
nor use force upon its own land): :data:`OWN_STATE_RULES`.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .mentions import BASE_FACILITIES
from .records import Mention
from .roles import Found, is_place
from .words import COMMAND_WORDS, FORCE_SECTORS, MOTION_VERBS, PRIVATE_SECTORS, STATE_SECTORS

def one_state(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one state, one of them by its capital: "Turkey" and "Ankara", "Beijing" and
    "China". A state does not act upon itself; such a pair comes from a clause the parse joined wrongly
    ("… to give Ankara a say", said of Turkey). People are left out: a leader may act upon his country."""
    return a.country == b.country and {a.sector, b.sector} <= {"", "GOV"} and "person" not in (a.kind, b.kind) \
        and any(m.kind == "metonym" and m.sector == "GOV" for m in (a, b))


def state_and_its_government(a: Mention, b: Mention) -> bool:
    """Whether ``a`` is a state's bare name ("the United States", not "Americans") and ``b`` the state or its
    government ("Kerry" -> USAGOV): one state, which does not cooperate with itself."""
    return a.code == a.country and a.kind != "people" and b.country == a.country and b.sector in ("", "GOV")


def travel_of_private_people(code: str, trigger: Token, src: Mention) -> bool:
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
     lambda t, src: not (t.how == "extended" and is_place(t.mention) and t.mention.country == src.country)),
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
    # "warned U.S. citizens against travel to Venezuela": a state's warning to its own citizens is advice, not a
    # coercive threat upon them
    (lambda code, refused, trigger, src: code[:2] == "13" and src.sector in STATE_SECTORS,
     lambda t, src: not (t.mention.country == src.country and t.mention.sector in ("CVL", "PPL"))),
    # … nor from the bare state to its own government ("the United States will not rush to get a deal", said of
    # Kerry's talks): one state, joined by a wrong parse
    (lambda code, refused, trigger, src: code[:2] <= "08" or refused,
     lambda t, src: not state_and_its_government(src, t.mention)),
    # … nor from a government to its own forces ("Obama promised to bring home American combat troops", "asked
    # Secretary of Defense Gates to assess U.S. military needs"): the state commanding itself (its courts and
    # parliament, which a government can praise or defy, stay); nor is a show of force ("Petro ordered Colombia's
    # security forces to …", PETRARCH2's order * &FORCE)
    (lambda code, refused, trigger, src: (code[:2] <= "08" or refused or code[:2] == "15") and src.sector == "GOV",
     lambda t, src: not (t.mention.country == src.country and t.mention.sector in FORCE_SECTORS)),
]


def without_own_state(code: str, refused: bool, trigger: Token, src: Mention, targets: list[Found]) -> list[Found]:
    """``targets`` less those of the source's own state that the act cannot have (``OWN_STATE_RULES``)."""
    for applies, keeps in OWN_STATE_RULES:
        if applies(code, refused, trigger, src):
            targets = [t for t in targets if keeps(t, src)]
    return targets
