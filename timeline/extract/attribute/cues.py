"""The grammar around a speech cue: its subject, its content clause or object, and cue words
the parser misread (nouns read as verbs, cues in relative clauses).
"""

from __future__ import annotations

from ..lexicon import ANONYMOUS, COGNITION, NEGATION_CLITICS, PRONOUNS, ROLE_NOUNS
from .quotes import _inside
from .speakers import _np_tokens, is_outlet
from .words import (EVALUATIVE, OBJECT_SPEECH, QUOTE_CUES, SPEECH, WEAK_SPEECH, _ADDRESSEE_OBJ, _AS_CUES,
                    _AS_QUOTE_CUES, _DENIABLE, _PREP_SPEECH, _DIRECTIVE, _DOCUMENT_NOUNS, _EXPRESSED_NOUNS, _EXPRESS_LIGHT,
                    _GAP_CUES, _HEARD_SAYING, _MODALS, _NOUNLIKE_CUES, _OBJ_PREPS, _QUOTE_CLOSE_GAP,
                    _SPEECH_CONTEXT, _STANCE_NOUNS, _STATEMENT_NOUNS, _TOPIC_PREPS, _WH,
                    _CIRCUMSTANCE_MARKS, _QUESTION_CUES, _SETTING_NOUNS)


# cues whose 'of' phrase after the addressee is what was said, whatever it holds ("accused
# Roe of fraud", "assured senators of his full commitment", "warned voters of higher taxes")
_OF_CUES = {"accuse", "assure", "warn", "inform", "notify"}


def _finite_clause(tok, head, wh: bool = False) -> bool:
    """The cue's own complement is a finite clause ("believes (that) X will …"): a ccomp
    (or 'that' clause) with a subject; 'whether'/'if'/wh-clauses only when `wh`."""
    if head.head.i != tok.i or head.dep_ not in ("ccomp", "advcl"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children) and not wh:
        return False
    first = head.doc[head.left_edge.i]
    # ("“If the bill fails, we lose the House,” they concluded": the 'if' opens a condition
    # inside the clause, whose own subject follows; it is no 'whether' question)
    conditioned = first.dep_ in ("mark", "advmod") and first.head.i != head.i and first.head.dep_ == "advcl" \
        and first.head.head.i == head.i and first.head.i < head.i \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and first.head.right_edge.i < c.i < head.i for c in head.children)
    if not wh and not conditioned and (first.lower_ in ("whether", "if", "how", "what", "why", "when", "where", "who", "which")
                   or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children)):
        return False
    return True


def _that_clause(tok):
    """The cue's complement clause introduced by an explicit 'that' (its head), else None."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                                  or c.doc[c.left_edge.i].lower_ == "that") \
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            return c
    return None


def document_verb(tok):
    """(verb, document noun) when a participle cue belongs to a document the verb
    sends/issues: 'sent a letter to Y asking …', 'issued a memo saying …'."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp"):
        return None
    cur = tok
    for _ in range(4):
        cur = cur.head
        if cur.pos_ == "VERB":
            noun = next((c for c in cur.children if c.dep_ in ("dobj", "nsubjpass")
                         and c.lemma_.lower() in _STATEMENT_NOUNS), None)
            if noun is None and cur.tag_ == "VBG" and cur.dep_ in ("acl", "advcl", "pcomp", "conj") \
                    and cur.head.i != cur.i:
                continue  # 'penned a letter to Y noting …, saying …': up through the participle
            return (cur, noun) if noun is not None else None
        if cur.lemma_.lower() in _STATEMENT_NOUNS and cur.head.pos_ == "VERB" and cur.dep_ in ("dobj", "nsubjpass"):
            return cur.head, cur
        if cur.head.i == cur.i:
            return None
    return None


def _own_subject(tok):
    subs = [c for c in tok.children if c.dep_ == "nsubj"]
    # (not a curly "n’t" the parser took for the subject: "Smith didn’t say")
    named = [c for c in subs if c.lower_ not in _WH and c.lower_ not in NEGATION_CLITICS]
    # the nearest one: '“The whole reason …,” he told' has the quote's subject too
    return min(named, key=lambda c: abs(c.i - tok.i)) if named else None


def _quote_before(tok) -> bool:
    """The cue stands right after a closing quotation mark ('“…,” said …')."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and (prev.text in ("”", "\"", "’", "''") or (
        prev.text == "," and tok.i > 1 and tok.doc[tok.i - 2].text in ("”", "\"", "’", "''")))


def _inverted_subject(tok):
    """"said X" / "…, added Yellen" where the inverted subject was parsed as dobj: after a
    cue whose reported clause (or quotation) stands before it."""
    quote_before = _quote_before(tok)
    clause_before = quote_before or any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children)
    asked = quote_before and tok.lemma_.lower() == "ask" and tok.i >= 2 and tok.doc[tok.i - 2].text == "?"
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") and c.i > tok.i and (
                (c.ent_type_ == "PERSON" and tok.lemma_ == "say")
                or (clause_before and (tok.lemma_.lower() not in _ADDRESSEE_OBJ or quote_before) and (
                    c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.pos_ == "PROPN"
                    or c.lemma_.lower() in ROLE_NOUNS or c.lemma_.lower() in ANONYMOUS))
                or (quote_before and (tok.lemma_.lower() not in _ADDRESSEE_OBJ or asked) and c.i - tok.i <= 3
                    and (c.pos_ == "NOUN" or c.lower_ in ("another", "one", "others")))):
            # '“…,” yelled one protester', '“…,” shouted another': the inverted speaker
            # (also '“…?” asked another donor': after a question the one asking, not the one asked)
            return c
    return None


def _opening_appos_subject(tok):
    """"In October, Jo Doe, 63, told …": the name of a subjectless main verb misread as an
    apposition of the opening date or place, else None."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.i < tok.i:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME", "GPE"):
                    a = next((x for x in p.children if x.dep_ == "appos" and x.pos_ == "PROPN" and x.i < tok.i), None)
                    if a is not None:
                        return a
    return None


def finite_conj_head(tok):
    """The verb a conjunct verb is really joined to: its head, except for a past-tense verb
    the parser joined to an infinitive below a finite verb ("Roe said the memo referred to
    a plan to cut jobs and accused the mayor of …": no one "to accused"), which joins the
    nearest finite verb above the infinitive."""
    h = tok.head
    if tok.tag_ != "VBD" or h.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
        return h
    cur = h
    for _ in range(6):
        if cur.head.i == cur.i or cur.dep_ not in ("acl", "xcomp", "advcl", "pobj", "prep", "relcl"):
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ in ("VBD", "VBZ", "VBP"):
            return cur
    return h


def _set_off_participle(tok):
    """"Lee, asked about the ruling, said the case was decided": the participle set off by
    commas between a subject and its cue, misread as a past verb with that subject and
    hung on the cue as its content.  For a subjectless cue with its own content clause after
    it: that participle, else None."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or tok.i < 4 or doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) \
            or not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.i > tok.i or c.tag_ not in ("VBD", "VBN") or c.right_edge.i not in (tok.i - 2, tok.i - 1):
            continue
        subj = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i), None)
        if subj is None or doc[c.i - 1].text != "," or not subj.left_edge.i <= c.i - 2 <= subj.right_edge.i \
                or any(x.dep_ in ("aux", "auxpass", "dobj") for x in c.children):
            continue
        if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP") \
                or subj.lemma_.lower() in ROLE_NOUNS:
            return c
    return None


def _series_after_fragment(tok):
    """"Roe has mocked the plan as “a farce,” said she is “appalled” and vowed to fight it": a
    quoted word closing the first verb of a series, the next verb misread as that quote's cue
    with the first clause as its content.  The verb has no subject, a clause before the quote
    with a subject of its own, and a content clause of its own after it: the series' verbs
    share that subject.  The subject, else None."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or tok.i < 3 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    doc = tok.doc
    if doc[tok.i - 1].text not in ("”", '"') or doc[tok.i - 2].text != ",":
        return None
    before = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if before is None or not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    subj = _own_subject(before)
    if subj is None or subj.i > before.i or not (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    # the quotation opens after the first verb (a fragment inside its clause, not a quotation
    # of its own opening the sentence)
    opening = next((k for k in range(tok.i - 3, before.i, -1) if doc[k].text in ("“", '"')), None)
    if opening is None or any(doc[k].text in ("“", '"', "”") for k in range(subj.left_edge.i, before.i)):
        return None
    if tok.i - opening > 6:
        return None  # a short quoted word or phrase, not a quotation
    return subj


def _series_subject(tok):
    """The shared subject of a verb in a series of speech acts the parser broke up: the verb
    after a quoted fragment (`_series_after_fragment`), or a subjectless past-tense verb the
    parser hung as a second content clause on a speech verb ("Roe said the plan was sound,
    criticized the council for the delay and …": "criticized" is Roe's, not what she said).
    Else None."""
    subj = _series_after_fragment(tok)
    if subj is not None:
        return subj
    h = tok.head
    if tok.dep_ != "ccomp" or tok.tag_ != "VBD" or tok.pos_ != "VERB" or h.i > tok.i \
            or h.lemma_.lower() not in SPEECH or h.lemma_.lower() in COGNITION \
            or tok.lemma_.lower() not in SPEECH or tok.doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in tok.children):
        return None
    first = next((c for c in h.children if c.dep_ == "ccomp" and h.i < c.i < tok.i), None)
    if first is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children):
        return None
    return _own_subject(h) or _series_after_fragment(h)


def _subject(tok):
    """The subject of a cue: its own, else (participles: ', adding that …', ', saying …')
    the subject of the nearest speech verb above it, else of the clause it hangs from."""
    dv = document_verb(tok)
    if dv is not None:
        # "X sent a letter to Y asking …": the letter's senders ask
        sender = _own_subject(dv[0])
        if sender is not None:
            return sender
        v = dv[0]
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in v.children):
            return v.head  # "Doctors Without Borders, which issued a statement saying, “…”"
    if tok.dep_ == "ccomp" and tok.i < tok.head.i and _set_off_participle(tok.head) is tok:
        return None  # ("Lee, asked about …, said": Lee was asked; the question is no saying of Lee's)
    own = _own_subject(tok)
    if own is not None:
        return own
    opening_appos = _opening_appos_subject(tok)
    if opening_appos is not None:
        return opening_appos
    series = _series_subject(tok)
    if series is not None:
        return series
    set_off = _set_off_participle(tok)
    if set_off is not None:
        return next(x for x in set_off.children if x.dep_ == "nsubj")
    if tok.dep_ == "conj" and tok.lemma_.lower() in SPEECH and tok.lemma_.lower() not in COGNITION:
        # "Esper said that he had lost confidence … and alleged that …": a speech verb
        # conjoined inside what a speaker says, its subject a pronoun there, is a second
        # speech act of the same speaker
        h = finite_conj_head(tok)
        outer = h.head
        if h.dep_ == "ccomp" and outer.pos_ == "VERB" and outer.lemma_.lower() in SPEECH \
                and outer.lemma_.lower() not in COGNITION:
            hs = _own_subject(h)
            if hs is not None and (hs.lower_ in PRONOUNS or not (
                    hs.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or hs.pos_ == "PROPN"
                    or hs.lemma_.lower() in ROLE_NOUNS or hs.lemma_.lower() in ANONYMOUS)):
                # ("Roe said the bill was “a disaster” and vowed to fight it": bills don't vow)
                os_ = _own_subject(outer)
                if os_ is not None and os_.lower_ not in PRONOUNS:
                    return os_
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i < tok.i and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children):
        return tok.head  # "The senator called on Roe to …" read as one noun phrase: a past tense is its verb
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
        return _own_subject(tok.head)  # "Democrats remain hopeful that …"
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBG":
        h = tok.head
        if h.lemma_.lower() in _STATEMENT_NOUNS and h.dep_ == "appos" and h.head.pos_ == "PROPN" \
                and h.head.ent_type_ in ("PERSON", "ORG"):
            return h.head  # 'Jo Doe, the director, added tweets saying': the parser's apposition
        return h  # "Arne Duncan saying that …", "a memo alleging …"
    if tok.tag_ == "VBG" and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.ent_type_ == "PERSON" and prev.dep_ in ("pobj", "dobj") and prev.i < tok.i:
            return prev  # "pointed to the example of Arne Duncan saying that …" (misparsed as advcl)
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in tok.children):
        return tok.head  # "a card that read: …", "officials who said …": the antecedent
    if tok.dep_ in ("advcl", "conj", "xcomp", "acl", "pcomp", "relcl"):
        participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "pcomp")
        cur = tok
        fallback = None
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            if cur.dep_ not in ("advcl", "conj", "xcomp", "acl", "prep", "relcl", "pcomp") \
                    and not (participle and cur.dep_ == "ccomp"):
                break
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX"):
                continue
            subj = _own_subject(cur)
            if subj is None and tok.dep_ == "conj":
                subj = _series_subject(cur)  # ('… as “a fantasy,” said …, and complained that …')
            if subj is None:  # ('She was upbeat …, telling …': the subject hung on the auxiliary)
                subj = next((s for a in cur.children if a.dep_ in ("aux", "auxpass") and a.i < cur.i
                             for s in [_own_subject(a)] if s is not None and s.i < a.i), None)
            if subj is None and tok.dep_ == "conj" and tok.tag_ == "VBD" and cur.i == tok.head.i \
                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                # "Trump was coy and reiterated he …", "Smith was fired and said he would sue": an
                # active past verb shares the subject of the passive (or adjective) it is joined to
                subj = next((c for c in cur.children if c.dep_ == "nsubjpass" and c.i < cur.i
                             and c.lower_ not in _WH), None)
                if subj is not None:
                    return subj
            if subj is None and cur.lemma_.lower() in _HEARD_SAYING:
                # "X was quoted as saying …", "Clinton was overheard saying …": the one
                # quoted / heard says it
                subj = next((c for c in cur.children if c.dep_ == "nsubjpass" and c.lower_ not in _WH), None)
                if subj is not None and participle and cur.lemma_.lower() != "quote":
                    return subj  # not the subject of a clause above ("X bristled when Y was overheard saying")
            if subj is None and participle and tok.dep_ == "advcl" and tok.lemma_.lower() in SPEECH \
                    and tok.lemma_.lower() not in COGNITION and tok.doc[tok.i - 1].text == "," \
                    and not any(x.lower_ in _MODALS for x in cur.children):
                # "Trump was put on the defense …, saying …": the passive subject speaks
                subj = next((c for c in cur.children if c.dep_ == "nsubjpass" and c.i < cur.i and (
                    c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "they")
                    or c.lemma_.lower() in ROLE_NOUNS)), None)
            if subj is None and tok.dep_ == "conj" and cur.dep_ == "relcl" and (
                    cur.head.ent_type_ in ("PERSON", "ORG", "NORP") or cur.head.lemma_.lower() in ROLE_NOUNS
                    or cur.head.lemma_.lower() in ANONYMOUS) \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in cur.children):
                return cur.head  # "Clinton, who favored tweaks and derided his ideas": the antecedent
            if subj is None and tok.dep_ == "conj" and cur.dep_ == "acl" and cur.head.dep_ == "ROOT" \
                    and cur.head.pos_ in ("NOUN", "PROPN") and cur.tag_ in ("VBD", "VBN") and cur.i > cur.head.i \
                    and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cur.children):
                # 'The writer — who … — picked up on it and tweeted that: …': a sentence the
                # parser read as one noun phrase; its noun is the subject of the verbs
                return cur.head
            if subj is None:
                continue
            if cur.lemma_.lower() in SPEECH and cur.lemma_.lower() not in COGNITION:
                return subj  # (a belief verb is no speech turn: "said he expects …, saying")
            if not participle:
                return subj
            fallback = subj  # ', saying …' belongs to the outermost clause's subject
        if fallback is not None:
            return fallback
    inv = _inverted_subject(tok)
    if inv is not None:
        return inv
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    quote_before = _quote_before(tok)
    if prev is not None and prev.head.i == tok.i and prev.dep_ == "compound" \
            and (prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.is_title)) \
            and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # 'Trump joked, "How much …?"': the name hung on the cue as a compound
        k = prev.i
        while k > 0 and tok.doc[k - 1].pos_ == "PROPN" and tok.doc[k - 1].head.i in (tok.i, prev.i):
            k -= 1
        if k == 0 or tok.doc[k - 1].is_space or tok.doc[k - 1].text in (",", ".", ";", "”", '"', "“"):
            return prev
    if quote_before and tok.i + 1 < len(tok.doc) and tok.lemma_.lower() not in _ADDRESSEE_OBJ:
        # '“…,” said Gilmore, who co-owns …': the inverted name right after the cue,
        # whatever the parser hung it on
        k = tok.i + 1
        while k < len(tok.doc) and tok.doc[k].pos_ == "PROPN" and k - tok.i <= 5:
            k += 1
        if k > tok.i + 1 and any(x.ent_type_ in ("PERSON", "ORG") for x in tok.doc[tok.i + 1:k]):
            return tok.doc[k - 1]
    return None


def _court_subject(tok) -> bool:
    from ..lexicon import COURT_NOUNS
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in COURT_NOUNS or any(
        x.lemma_.lower() in COURT_NOUNS for x in c.subtree if x.i <= c.i)) for c in tok.children)


def _voices_stance_on_topic(t, light, poss) -> bool:
    """"raised concerns about …", "expressed frustration with …", "voiced support for …": the
    stance noun t, object of the light verb, has a topic, and the verb's subject poss is a
    person, group or role.  Not the parser's subjectless conjunct inside a reported clause
    ('McDonald said Darroch had been the target … and expressed gratitude …')."""
    if light.lemma_.lower() not in _EXPRESS_LIGHT or not (
            t.lemma_.lower() in _STANCE_NOUNS or t.lemma_.lower() in _EXPRESSED_NOUNS):
        return False
    if not any(c.dep_ == "prep" and c.i > t.i and c.lower_ in _TOPIC_PREPS
               for c in list(t.children) + list(light.children)):
        return False
    if not (poss.ent_type_ in ("PERSON", "ORG", "NORP") or poss.lower_ in ("he", "she", "they")
            or poss.lemma_.lower() in ROLE_NOUNS or poss.lemma_.lower() in ANONYMOUS):
        return False
    return not (_own_subject(light) is None and light.dep_ == "conj"
                and light.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl"))


def _object_clause(tok):
    """A clause complement without 'that' misparsed as object + reduced relative:
    'suggested the demonstrations there led to …' (dobj 'demonstrations', acl 'led' in
    the past tense) is 'suggested (that) the demonstrations there led to …'; after a cue
    whose object is the addressee, 'told the paper the plan worked' (relcl 'worked' with
    a subject of its own and no relative word) is 'told the paper (that) the plan worked'."""
    addressee = tok.lemma_.lower() in _ADDRESSEE_OBJ
    for c in tok.children:
        if c.dep_ not in ("dobj", "dative") or c.i < tok.i or c.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if addressee:
            rel = next((r for r in c.children if r.dep_ == "relcl" and r.i > c.i and r.tag_ in ("VBD", "VBZ", "VBP", "MD")
                        or (r.dep_ == "relcl" and any(x.dep_ == "aux" and x.tag_ == "MD" for x in r.children))), None)
            if rel is None:
                continue
            subj = next((x for x in rel.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            first = rel.doc[rel.left_edge.i]
            if subj is None or subj.i < c.i or subj.lower_ in _WH or first.lower_ in _WH or first.dep_ == "mark":
                continue
            return rel, rel.left_edge.i, rel.right_edge.i + 1
        if c.pos_ == "PRON":
            continue
        acl = next((a for a in c.children if a.dep_ == "acl" and a.i > c.i and (
            a.tag_ in ("VBD", "VBZ", "VBP") or any(x.dep_ == "aux" and x.tag_ == "MD" for x in a.children))), None)
        if acl is not None:
            return acl, c.left_edge.i, max(acl.right_edge.i, c.right_edge.i) + 1
    return None


def _fronted_phrase_clause(tok):
    """'… and said without a sizable inheritance, the businessman would be selling watches',
    '…, saying from what the bureau saw, he still would not recommend charges': the reported
    clause opens with a phrase and a comma, and the parser hangs the cue on the phrase
    alone, the clause elsewhere (the verb the cue hangs from, or a conjunct beside it).
    (clause head, start, end) from the phrase to the clause's end, else None."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative", "mark") for c in tok.children):
        return None  # (nor a cue in a clause of its own: "While X has insisted on …, Y never …")
    if doc[tok.i - 1].text not in (",", "and") and not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return None  # (not a participle opening the sentence: "Speaking from the podium, he …")
    p = doc[tok.i + 1]
    if p.dep_ != "prep" or p.head.i != tok.i or tok.right_edge.i != p.right_edge.i:
        return None
    k = p.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    v = doc[k + 1]
    while v.head.i != v.i and v.head.i > k and v.head.left_edge.i > k:
        v = v.head
    if v.head.i != v.i and v.head.i > k and v.head.i != tok.i:
        v = v.head  # (the verb the cue hangs from: its subtree starts at the cue)
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() in SPEECH or not (v.i == tok.head.i or (
            v.head.i == tok.head.i and v.dep_ == "conj" and tok.dep_ == "conj")):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > k for c in v.children):
        return None
    if any(x.lemma_.lower() in _SETTING_NOUNS or x.lower_ in _SPEECH_CONTEXT or x.ent_type_ in ("DATE", "TIME")
           for x in p.children if x.dep_ == "pobj"):
        return v, k + 1, v.right_edge.i + 1  # "said in a floor speech on Tuesday, …": the setting is no content
    return v, p.i, v.right_edge.i + 1


def _as_quote(tok) -> bool:
    """The cue's 'as' phrase holds a quotation ("attacked Roe as a “con artist”")."""
    ap = _as_phrase(tok)
    return ap is not None and any(x.text in ("“", "\"", "‘") for x in ap.subtree)


def _as_phrase(tok):
    """The cue's 'as' phrase after an object ("rejected the report as “fake news”"), else None."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return None
    return next((c for c in list(tok.children) + list(obj.children)  # (or hung on the object)
                 if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)


def _prep_speech_object(tok):
    """The topic of a speech act told with a preposition ("argued for a bailout", "pushed back
    on the idea that …", "took aim at Romney", "lashed out at the press"), as (head, start_i,
    end_i), else None ("pushed the bill", "took a trip", "argued with aides")."""
    spec = _PREP_SPEECH.get(tok.lemma_.lower())
    if spec is None:
        return None
    need, preps = spec
    kids = [c for c in tok.children if c.i > tok.i]
    if need is not None:
        k = next((c for c in kids if c.lower_ == need and c.dep_ in ("prt", "advmod", "dobj")), None)
        if k is None or (k.dep_ == "dobj" and any(c.dep_ == "det" for c in k.children)):
            return None  # ("took the aim at …" is no idiom)
        kids += [c for c in k.children if c.i > k.i]
    for p in kids:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        o = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
        if o is not None and o.ent_type_ not in ("DATE", "TIME"):  # (not "pushing back on Sunday against …")
            return o, o.left_edge.i, o.right_edge.i + 1
    return None


def _rejected_claim(tok):
    """The claim a 'reject' denies ("rejected claims that the army fired first", "rejected the
    allegations"): its object, a claim-like noun (_DENIABLE), else None ("rejected the offer")."""
    return next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ == "NOUN"
                 and c.lemma_.lower() in _DENIABLE), None)


def _circumstance(clause, lemma) -> bool:
    """An adverbial clause saying when or why ('Did anyone complain when the governor …',
    'objected because the vote …'): not what was said (but 'asked when …' asks it)."""
    if lemma in _QUESTION_CUES:
        return False
    return any(c.dep_ in ("mark", "advmod") and c.i < clause.i and c.lower_ in _CIRCUMSTANCE_MARKS
               for c in clause.children)


def _closing_source_comma(tok, subj) -> int | None:
    """A cue that closes its sentence, its source `subj` set off by a comma or dash after at
    least three words of the clause before it ("<clause>, The Associated Press reports."):
    the index of that comma (the reported clause ends there), else None."""
    doc, sent = tok.doc, tok.sent
    if any(not (x.is_punct or x.is_space) for x in doc[tok.i + 1:sent.end]):
        return None
    k = subj.left_edge.i - 1
    return k if k > sent.start + 2 and doc[k].text in (",", "—", "–") else None


def _trailing_relative_cue(tok):
    """'<clause>, particularly House Speaker Jo Roe, The Associated Press reports.': an
    inverted source closing the sentence that the parser hung on the last noun as a
    relative clause without a relative pronoun. The clause before the comma ahead of the
    source is what was said: (its main verb, start_i, end_i), else None."""
    sent = tok.sent
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.lower_ in _WH or subj.tag_ in ("WP", "WDT") or subj.right_edge.i != tok.i - 1 \
            or any(c.dep_ != "nsubj" and not c.is_punct for c in tok.children):
        return None  # ("…, a rule that officials say …" has its own subject and no comma)
    k = _closing_source_comma(tok, subj)
    root = sent.root
    if k is None or not root.i < k or root.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return None
    return root, sent.start, k


def _content_clause(tok):
    """The complement clause (or object content) of a cue token: (head, start_i, end_i)."""
    ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
    if ccomps:
        # "Still, voters expect …: 64 percent … said gun control should …": of clauses on
        # both sides, the one after the cue (with a subject) is what was said
        after = [c for c in ccomps if c.i > tok.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
        c = after[0] if after and ccomps[0].i < tok.i else ccomps[0]
        if not (c.i < tok.i and tok.lemma_.lower() in WEAK_SPEECH and tok.lemma_.lower() not in _ADDRESSEE_OBJ
                and any(x.dep_ == "nsubj" and x.i < tok.i for x in tok.children) and any(
                d.dep_ == "dobj" and d.i > tok.i for d in tok.children)):
            if c.i > tok.i and c.left_edge.i < tok.i:
                return c, tok.i + 1, c.right_edge.i + 1  # "laws that critics say are unfair": not the 'that'
            return c, c.left_edge.i, c.right_edge.i + 1
        # "…; Breyer has questioned the constitutionality of …": a verb with an object
        # of its own does not report the clause before it
    lemma = tok.lemma_.lower()
    if lemma in SPEECH and lemma not in EVALUATIVE:
        # "said in a statement that the order would take effect": the 'that' clause
        # misparsed as a modifier of the statement noun
        for p in tok.children:
            if p.dep_ != "prep" or p.i < tok.i:
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for c in o.children:
                    if c.dep_ in ("acl", "relcl", "ccomp") and c.i > o.i and tok.doc[c.left_edge.i].lower_ == "that" \
                            and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ not in _WH for x in c.children):
                        return c, c.left_edge.i, c.right_edge.i + 1
                    clause = _participle_that_clause(c, o)
                    if clause is not None:
                        return clause, clause.left_edge.i, clause.right_edge.i + 1
    if lemma in SPEECH and lemma not in EVALUATIVE:
        # "told NBC’s “Today” that her client …": the 'that' clause misparsed as a relative
        # clause of the quoted programme title
        doc = tok.doc
        for o in tok.children:
            if o.i < tok.i or o.dep_ not in ("dobj", "npadvmod", "dative", "attr", "dep", "oprd"):
                continue
            for c in o.children:
                if c.dep_ not in ("relcl", "acl") or c.i < o.i:
                    continue
                k = c.left_edge.i
                if doc[k].lower_ == "that" and k > 0 and doc[k - 1].text in ("”", '"') \
                        and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i != k for x in c.children):
                    # (the quoted words a title: "“Face the Nation”", not "what he called “the
                    # triumph of liberalism” that he said was …")
                    j = k - 2
                    while j > o.left_edge.i and doc[j].text not in ("“", '"'):
                        j -= 1
                    words = [x.text for x in doc[j + 1:k - 1] if x.is_alpha and (len(x.text) > 3 or x.text[:1].isupper())]
                    if words and len(words) <= 6 and all(w[:1].isupper() for w in words):
                        return c, k + 1, c.right_edge.i + 1
    if lemma in SPEECH and lemma not in EVALUATIVE and tok.i > 0:
        # "Accept the deal, Senator Roe tells colleagues": a sentence-initial clause, a comma,
        # then the speaker and the cue (the parser reads the clause as an adverbial)
        doc = tok.doc
        for c in tok.children:
            if c.dep_ != "advcl" or c.i > tok.i or not doc[c.left_edge.i].is_sent_start \
                    or any(m.dep_ in ("mark", "advmod") and m.i < c.i and m.lower_ not in ("now", "just") for m in c.children) \
                    or c.right_edge.i + 1 >= tok.i or doc[c.right_edge.i + 1].text != ",":
                continue
            imperative = c.tag_ == "VB" and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)
            finite = c.tag_ in ("VBZ", "VBD", "VBP", "MD") and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
            if imperative or finite:
                return c, c.left_edge.i, c.right_edge.i + 1
    if tok.dep_ in ("relcl", "acl") and tok.tag_ in ("VBZ", "VBD", "VBP") and lemma in SPEECH and lemma not in EVALUATIVE:
        trailing = _trailing_relative_cue(tok)
        if trailing is not None:
            return trailing
    for c in tok.children:  # "said in April, …, that there was no indication …" (parsed as advcl)
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i), None) \
            if c.dep_ == "advcl" and c.i > tok.i and lemma in SPEECH and lemma not in EVALUATIVE else None
        if mark is not None:
            return c, mark.i + 1, c.right_edge.i + 1
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
        h = tok.head
        left = min([tok.left_edge.i] + [c.i for c in tok.children if c.dep_ == "nsubj"]) if tok.i > h.i else None
        if left is not None and left > h.left_edge.i:
            return h, h.left_edge.i, left  # "…, Saxenian says, but …": the words before the cue
        return h, h.left_edge.i, h.right_edge.i + 1
    if tok.dep_ == "ccomp" and lemma in SPEECH and lemma not in EVALUATIVE:
        fronted = _fronted_subordinate_content(tok)
        if fronted is not None:
            return fronted
    if tok.dep_ == "parataxis" and tok.head.i > tok.i:
        before = _contrast_clause_before(tok)
        if before is not None:
            return before
    for c in tok.children:  # "has said have been slowed", "vowed to fight"
        if c.dep_ == "xcomp" and c.i > tok.i and (lemma in OBJECT_SPEECH or lemma == "say"):
            start = c.left_edge.i
            objs = [d for d in tok.children if d.dep_ in ("dobj", "dative") and tok.i < d.i < c.i]
            if objs and lemma in OBJECT_SPEECH:
                start = objs[0].left_edge.i
            return c, start, c.right_edge.i + 1
    if lemma in SPEECH and lemma not in EVALUATIVE and lemma not in QUOTE_CUES:
        oc = _object_clause(tok)
        if oc is not None:
            return oc
        fc = _fronted_phrase_clause(tok)
        if fc is not None:
            return fc
    as_eval = (lemma in ("reject", "celebrate") and _as_phrase(tok) is not None  # "rejected the claim as “absurd”"
               or lemma in _AS_QUOTE_CUES and _as_quote(tok)
               or lemma == "reject" and _rejected_claim(tok) is not None)  # "rejected claims that …"
    if lemma in OBJECT_SPEECH or lemma in EVALUATIVE or lemma in _AS_CUES or as_eval:
        preps = _OBJ_PREPS + (("at", "on", "as") if lemma in EVALUATIVE or as_eval else ()) \
            + (("as",) if lemma in _AS_CUES else ()) + (("to",) if lemma == "object" else ())
        parts = [c for c in tok.children if c.i > tok.i and (
            c.dep_ in ("dobj", "dative", "advcl") or (c.dep_ == "prep" and c.lower_ in preps)
            or (c.dep_ == "oprd" and lemma in ("call", "describe")))]
        if all(p.dep_ == "advcl" and _circumstance(p, lemma) for p in parts):
            parts = []  # "Did anyone complain when the governor …": the clause says when, not what
        if lemma in OBJECT_SPEECH:
            # "accuse the administration of misleading …" with 'of …' hung on the object
            # (a gerund: "warned Roe of losing"; any charge after "accuse X of")
            parts += [c for d in parts if d.dep_ == "dobj" for c in d.children
                      if c.dep_ == "prep" and c.lower_ in _OBJ_PREPS and c.right_edge.i == d.right_edge.i
                      and any(x.dep_ in ("pcomp", "pobj") and (x.tag_ == "VBG" or (lemma in _OF_CUES and c.lower_ == "of"))
                              for x in c.children)]
        if parts and any(p.dep_ != "dobj" or lemma in ("allege", "confirm", "predict", "forecast") or lemma in EVALUATIVE or as_eval
                         or (lemma == "deny" and p.lemma_.lower() in _DENIABLE and p.pos_ == "NOUN")
                         or (lemma in _DIRECTIVE and p.pos_ == "NOUN") for p in parts):
            head = next((p for p in parts if p.dep_ in ("advcl",)), parts[0])
            return head, min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts) + 1
    if tok.dep_ == "relcl" and lemma in _GAP_CUES \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        # "the issues some Republicans warn ran the party aground": the relative noun is
        # the subject of what they say, the finite verb right after the cue its predicate
        doc = tok.doc
        k = tok.i + 1
        while k < len(doc) and doc[k].dep_ in ("advmod", "neg") and doc[k].head.i != tok.i:
            k += 1
        if k < len(doc):
            v = doc[k]
            if v.pos_ in ("VERB", "AUX") and v.tag_ in ("VBD", "VBZ", "VBP", "MD") and v.head.i != tok.i \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not c.left_edge.i <= tok.i <= c.right_edge.i
                                for c in v.children) \
                    and v.right_edge.i > v.i:
                return v, v.i, v.right_edge.i + 1
    return None



#: subordinators that can open what is said right after a cue ("added while …, …")
_CONTENT_OPENING_MARKS = {"while", "if", "when", "although", "though", "because", "once", "unless", "since", "until",
                          "before", "after", "as"}


def _fronted_subordinate_content(tok):
    """What a cue says when it opens with a clause of condition or time and no 'that' ("Lee
    added while their differences were real, the talks would continue"): the parser makes the
    cue a complement of the later main verb and hangs the subordinate clause on the cue; the
    words from the subordinator to the end are what was said, headed by that main verb."""
    doc, h = tok.doc, tok.head
    if h.dep_ != "ROOT" or h.i < tok.i or tok.i + 1 >= len(doc) or h.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    m = doc[tok.i + 1]
    if m.dep_ != "mark" or m.lower_ not in _CONTENT_OPENING_MARKS or m.head.dep_ != "advcl" or m.head.head.i != tok.i \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in h.children):
        return None
    return h, m.i, h.right_edge.i + 1


def _contrast_clause_before(tok):
    """The clause before a cue set off by commas whose parser hung it on the contrasted noun
    after it ("The plan will cause a delay, Lee says, not a cancellation": "says" on
    "cancellation"): the words before the cue, told by the verb the noun belongs to."""
    h, v = tok.head, tok.head.head
    if h.pos_ not in ("NOUN", "PROPN") or v.pos_ not in ("VERB", "AUX") or v.i > tok.i \
            or not any(c.dep_ == "neg" and c.i > tok.i for c in h.children):
        return None
    left = min([tok.i] + [c.left_edge.i for c in tok.children if c.dep_ == "nsubj"])
    if tok.doc[left - 1].text != "," or left - 1 <= v.left_edge.i:
        return None
    return v, v.left_edge.i, left - 1


def _participle_that_clause(participle, noun):
    """"said in court papers unsealed Friday that the suspect had fled": the 'that' clause
    misparsed as a complement of the participle describing the document; a participle that
    cannot report a clause ("unsealed", "released", "filed") leaves it to the cue."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.i < noun.i \
            or participle.lemma_.lower() in SPEECH or participle.lemma_.lower() in COGNITION:
        return None
    for c in participle.children:
        if c.dep_ == "ccomp" and c.i > participle.i and participle.doc[c.left_edge.i].lower_ == "that" \
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.lower_ not in _WH for x in c.children):
            return c
    return None

def _in_part_cue(tok) -> bool:
    """'“…,” the endorsement in part states.': the cue read as the object of "in part",
    hung on the noun before it."""
    doc = tok.doc
    return tok.lower_ in _NOUNLIKE_CUES and tok.dep_ == "pobj" and tok.i >= 3 and doc[tok.i - 2].lower_ == "in" \
        and doc[tok.i - 1].lower_ == "part" and tok.head.i == tok.i - 2 and tok.head.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.head.i < tok.i - 2


def _misread_cue(tok, raw):
    """'“…,” the lawsuit states.': a speech verb tagged as a noun, heading a short noun
    phrase that closes the sentence right after a quotation (or read as the object of
    "in part" after that noun phrase).  The speaker token (the noun before it), else None."""
    doc = tok.doc
    in_part = _in_part_cue(tok)
    if not in_part and (tok.lower_ not in _NOUNLIKE_CUES or tok.head.i != tok.i and tok.dep_ not in ("ROOT", "appos", "dep")):
        return None
    nxt = tok.i + 1
    while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].text in ".!”\""):
        if doc[nxt].text in ".!":
            break
        nxt += 1
    if nxt < len(doc) and not (doc[nxt].text in ".!" or doc[nxt].is_space):
        return None  # the cue closes the sentence
    owner = tok.head.head if in_part else tok  # the noun phrase's head
    punct = [c.i for c in owner.lefts if c.is_punct]
    np_ = [c for c in owner.lefts if not punct or c.i > punct[-1]]  # the words after the quote
    if in_part:
        np_ = np_ + [owner]
        spk = [owner]
    else:
        # (a document noun the tagger took for an adjective: "the editorial states")
        spk = [c for c in np_ if c.dep_ in ("compound", "nsubj", "amod", "nmod") and (
            c.pos_ in ("NOUN", "PROPN") or (c.pos_ == "ADJ" and c.lower_ in _DOCUMENT_NOUNS))]
    if not spk or len(tok.doc[np_[0].left_edge.i:tok.i]) > 6:
        return None
    head = spk[-1]
    left = np_[0].i if in_part else min([head.left_edge.i] + [c.left_edge.i for c in np_])
    before = doc.text[:doc[left].idx].rstrip()
    if not before.endswith((",”", ",\"", "”", "\"")) or not any(q[1] <= doc[left].idx and doc[left].idx - q[1] <= 5 for q in raw):
        return None
    return head


def _acl_cue(tok):
    """'Sarah Sanders, Trump's spokeswoman, tweeted Thursday the Jones Act would be
    waived': the cue misparsed as a participle modifying the speaker, the clause after
    it taken for the main clause whose subject the speaker then seems to be.  (speaker
    token, (clause head, start, end)) when the main verb has a second subject of its own
    after the cue, else None."""
    lemma = tok.lemma_.lower()
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or lemma not in SPEECH \
            or lemma in EVALUATIVE or lemma in QUOTE_CUES or lemma in COGNITION:
        return None
    h = tok.head
    root = h.head
    if h.dep_ not in ("nsubj", "nsubjpass") or h.pos_ not in ("PROPN", "NOUN") or root.i <= tok.i \
            or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass", "agent") for c in tok.children):
        return None
    start = tok.right_edge.i + 1
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and start <= c.i < root.i for c in root.children):
        return None
    return h, (root, start, root.right_edge.i + 1)


def _quote_acl_cue(tok, raw, text):
    """'“…,” Loren D. Schulman, a former senior aide to Rice, tweeted on Monday.': after a
    quotation, the cue misparsed as a participle modifying the name right after the quote.
    (speaker token, quote span) or None."""
    h = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or h.i >= tok.i or h.pos_ not in ("PROPN", "NOUN") \
            or any(c.dep_ in ("auxpass", "agent", "dobj") for c in tok.children) \
            or tok.i < 1 or tok.doc[tok.i - 1].text != ",":
        return None
    k = h.i  # the name's first word (its subtree may hold the quote itself)
    while k > 0 and tok.doc[k - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") \
            and tok.doc[k - 1].text not in ("“", "”", '"'):
        k -= 1
    lo = tok.doc[k].idx
    q = max((q for q in raw if q[1] <= lo), key=lambda q: q[1], default=None)
    if q is None or not _QUOTE_CLOSE_GAP.match(text[q[1]:lo]):
        return None
    return h, q


def _swallowed_subject(tok, sent, quotes):
    """A cue left without a subject because the parser hung the name on a phrase before it
    ('when asked about airstrikes inside Syria, Dempsey and Defense Secretary Chuck Hagel
    have said …', 'In a letter to Mr. Issa, Thomas B. Gibbons, assistant secretary …,
    said: “…”'): the nearest person name before the cue with no verb between."""
    doc = tok.doc
    # (or a cue the parser hung on the quotation before it: '“…,” former leader of the UK
    # Independence Party Nigel Farage, now a Fox News contributor, said on …')
    main = tok.dep_ == "ROOT" or (tok.dep_ in ("ccomp", "conj", "parataxis") and tok.head.i < tok.i
                                  and not _inside(tok.idx, quotes) and any(
                                      doc[j].text in ("”", '"', "''") and doc[j].tag_ == "''"
                                      for j in range(tok.head.i + 1, tok.i)))
    if not main and tok.dep_ in ("ccomp", "conj", "parataxis") and tok.head.i < tok.i \
            and tok.head.tag_ in ("VBN", "VBD") and tok.head.lower_.endswith("ed") and not _inside(tok.idx, quotes) \
            and all(x.is_space or x.is_punct for x in doc[sent.tok_start:tok.head.i]) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        # 'Asked whether …, Jo Doe, a spokesman for Roe, replied: “…”': the parser made the
        # opening participle the root and hung the name on its clause
        main = True
    if not main or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None  # a finite main verb only ("Smith, asked to …, said": not 'asked')
    for k in range(tok.i - 1, max(sent.tok_start, tok.i - 15) - 1, -1):
        x = doc[k]
        if x.pos_ in ("VERB",) or (x.pos_ == "AUX" and x.head.i != tok.i) or x.text in (";", ":", "“", "”", '"'):
            return None
        if x.ent_type_ == "PERSON" and x.pos_ == "PROPN" and not _inside(x.idx, quotes) \
                and (k + 1 >= len(doc) or doc[k + 1].ent_type_ != "PERSON" or k + 1 == tok.i):
            a = x
            for _ in range(4):  # '…, Jo Doe, a spokesman for Roe, said': Doe, not Roe
                if a.head.i == a.i or a.dep_ not in ("pobj", "prep", "appos", "compound"):
                    break
                if a.dep_ == "appos" and a.head.ent_type_ == "PERSON" and a.head.pos_ == "PROPN" and a.head.i < x.i:
                    return a.head
                a = a.head
            return x
    return None


def _has_context(tok) -> bool:
    """'said in a statement', 'told reporters', 'wrote on Twitter' make a bare cue speech."""
    for c in tok.subtree:
        if c.lower_ in _SPEECH_CONTEXT or (c.lemma_.lower() in _STATEMENT_NOUNS and c.head.dep_ == "prep"):
            return True
    return False


def _speech_setting(tok) -> bool:
    """`_has_context` for a cue standing without content: the setting must be the cue's own
    ('said in a statement', 'told reporters', 'told The Washington Post', 'said on Fox
    News'), not a word of its subject, of a clause of time or cause, of a phrase hung
    elsewhere ('With her agency under fire since the site's failed release, X announced an
    inquiry', 'complain when X appointed them to posts') or a network's name before a
    common noun ('arguing with his Fox colleagues')."""
    lemma = tok.lemma_.lower()
    skip = set()
    for a in tok.children:
        if a.dep_ in ("nsubj", "nsubjpass", "csubj") or (a.dep_ == "advcl" and _circumstance(a, lemma) and any(
                x.dep_ in ("nsubj", "nsubjpass", "expl") for x in a.children)):
            skip.update(x.i for x in a.subtree)
        if lemma == "tell" and a.dep_ in ("dobj", "dative") and is_outlet(_np_tokens(tok.doc, a)):
            return True  # "told The Washington Post"
    for c in tok.subtree:
        if c.i in skip:
            continue
        if c.lower_ in _SPEECH_CONTEXT and not (c.dep_ == "compound" and c.head.pos_ == "NOUN"
                                                 and c.lower_ in ("twitter", "facebook", "cnn", "fox", "msnbc")):
            return True
        if c.lemma_.lower() in _STATEMENT_NOUNS and c.head.dep_ == "prep" and c.head.head.i == tok.i:
            return True
    return False


def contrast_tail(tok, neg) -> bool:
    """A 'not' set off by a comma after a trailing cue ("The plan will cause a delay, he says,
    not an end to it"): the parser hangs the contrast of what is said on the cue, but it
    negates the words before the cue, not the saying.  Only with a clause before the cue
    (the cue tells it), so "he did not say, not once" stays negated."""
    doc = tok.doc
    if neg.i <= tok.i + 1 or doc[neg.i - 1].text != "," or not all(doc[k].is_punct for k in range(tok.i + 1, neg.i)):
        return False
    return tok.dep_ == "parataxis" and tok.head.i < tok.i \
        or any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in tok.children)
