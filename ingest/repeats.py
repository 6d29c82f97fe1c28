"""Events of one sentence that tell one act twice: kept once."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .records import Event
from .syntax import has_aux
from .words import SUBJECTS

def told_once(events: list[Event], doc: Doc) -> list[Event]:
    """Drop an event that repeats another of its sentence: same source, target, CAMEO root and mood, with one
    trigger governing the other ("promised to continue military aid": the promise's pattern and the noun
    *aid* both code the intent to give aid). The more specific code is kept, the governing trigger on a tie.
    An untargeted event noun that is the subject (or, same root, the passive subject or in a phrase) of the
    source's targeted act is that act told again."""
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
        if e.target is None and i is not None and doc[i].dep_ in ("nsubj", "nsubjpass") and any(
                o.extra.get("i") == doc[i].head.i and o.source.code == e.source.code and o.target is not None
                and (doc[i].dep_ == "nsubj" or o.root == e.root) for o in events):
            # "US Predator attacks have killed eight al-Qaeda leaders": the attacks are the killing ("Sanctions
            # were imposed on Iran by the EU": the sanctions, the imposing)
            continue
        if e.target is None and i is not None and doc[i].dep_ == "pobj" and any(
                o.extra.get("i") == doc[i].head.head.i and o.source.code == e.source.code and o.target is not None
                and o.root == e.root for o in events):
            continue  # "civilians died in Turkish air strikes": the strikes are the deaths' cause, told once
        out.append(e)
    return out


def protest_aims(events: list[Event], doc: Doc) -> list[Event]:
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
        if c is not None and c.dep_ in ("advcl", "xcomp") and has_aux(c, {"to"}) and not any(
                g.dep_ in SUBJECTS for g in c.children) and any(
                p.source.code == e.source.code and c.head.i in carriers(p) and p.target is not None
                and e.target is not None and p.target.country == e.target.country for p in protests):
            continue
        out.append(e)
    return out
