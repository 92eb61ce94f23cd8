"""Help that is explicitly withheld: limited, refused, ended or declared unnecessary.

The lexicon's exclusion cues ("schließt ... aus", "lehnt ... ab") find most rulings-out; this
module adds the constructions German news uses without such a verb, read from the dependency parse:

* a giving or taking-in verb whose object is **limited or negated**: "will nur noch
  Tageskontingente ins Land lassen", "nicht mehr als 35 Menschen aufnehmen", "hat bisher kaum
  Schutzsuchende aufgenommen", "soll keine Aufenthaltsbewilligung mehr erteilt werden", "Die
  notwendigen 60 Millionen Euro wollte X nicht aufbringen";
* **unwillingness**: "ist nicht zu einer Nachbesserung des Angebots bereit", "ist nicht bereit,
  Soldaten zu schicken", "weigert sich, Flüchtlinge aufzunehmen";
* **no duty or need**: "sieht sich nicht in der Pflicht", "eine Verlängerung des Einsatzes ist
  nicht nötig";
* **ending** help: "die Einstellung der Bundeszuschüsse", "zogen ihre Mitarbeiter ab".

Every rule needs a word for help (a lexicon item, an amount of money, people taken in, a permit, a
quota or an offer) in what is withheld, so "keine Einigung" or "nicht nötig" alone create nothing.
``aid.AidExtractor`` calls the hooks at the points where it decides what is excluded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.grammar import (
    ADVERBIAL_SUBORDINATORS, CURRENCIES, DENYING_WORDS, NEGATING_ADVERBS, clause_bounds, is_infinitive_with_zu, is_noun_like, negates,
    negates_clause, span_text,
)
from kg.extract.records import AidItem, TextSpan
from kg.nlp.normalize import stem

#: Cue id of the exclusions found here (a cue the lexicon does not list).
WITHHOLD = "withhold"
#: ... and of those whose giver the text leaves open: they join an offer told nearby, if any.
OPEN = "withhold_open"
#: The cue id of help a giver declares itself willing to give: "zur Aufnahme von Flüchtlingen bereit".
WILLING = "willing"
#: Words before an object that limit it: "nur noch Tageskontingente", "kaum Schutzsuchende".
LIMITERS = (("nicht", "mehr", "als"), ("nur", "noch"), ("nur", "mehr"), ("kaum",), ("keine", "weiteren"),
            ("keinerlei",))
# ("höchstens", "maximal" set a ceiling on what is given: "maximal 37.500 Flüchtlinge aufnehmen" is an offer)
#: Verbs that give or let in what they take as object (lemma, separable particle or None).
GIVING_VERBS = frozenset({
    "aufnehmen", "geben", "gewähren", "erteilen", "ausstellen", "bewilligen", "aufbringen", "zahlen", "bezahlen",
    "überweisen", "bereitstellen", "leisten", "liefern", "schicken", "entsenden", "senden", "finanzieren",
    "akzeptieren", "übernehmen", "unterbringen", "zusagen", "spenden", "lassen",
})
#: Separable verbs as the parser splits them: lemma of the stem and its particle.
PARTICLE_VERBS = {("nehmen", "auf"): "aufnehmen", ("bringen", "auf"): "aufbringen", ("stellen", "bereit"): "bereitstellen",
                  ("stellen", "aus"): "ausstellen", ("sagen", "zu"): "zusagen", ("ziehen", "ab"): "abziehen",
                  ("ziehen", "zurück"): "zurückziehen", ("bringen", "unter"): "unterbringen"}
#: Verbs that take help away: "zogen ihre Mitarbeiter ab".
WITHDRAWING_VERBS = frozenset({"abziehen", "zurückziehen", "abberufen", "beenden", "einfrieren"})
#: Nouns for people help is for, permits and quotas that can be granted: "Aufenthaltsbewilligung", "Tageskontingente".
GRANTED = ("aufenthalt", "asyl", "visum", "visa", "bleiberecht", "schutzstatus", "kontingent", "einreiseerlaubnis",
           "arbeitserlaubnis", "quartier", "plätze", "platz", "staatsanleihe")
# (a central bank's help: "will keine weiteren Staatsanleihen Griechenlands als Sicherheiten akzeptieren")
#: Staff and forces withdrawn: "ihre Mitarbeiter", "die Helfer".
PERSONNEL = frozenset({"mitarbeiter", "mitarbeitern", "helfer", "helferinnen", "personal", "beobachter", "soldaten",
                       "truppen", "einheiten", "experten", "berater", "militärberater", "ärzte", "entwicklungshelfer"})
#: Nouns that end help: "die Einstellung der Bundeszuschüsse".
ENDING_NOUNS = frozenset({"einstellung", "aussetzung", "stopp", "streichung", "beendigung", "aufkündigung"})
# (not "Abzug", "Rückzug": "der Rückzug der Regierungstruppen" is no help withdrawn)
#: Words naming an offer: "Nachbesserung des Angebots".
OFFER_WORDS = ("angebot", "zusage", "hilfsangebot", "hilfspaket", "rettungspaket", "förderung", "finanzierung")
#: Adjectives that, negated, say help is not wanted or needed: "ist nicht nötig", "nicht bereit".
NEEDLESS = frozenset({"nötig", "notwendig", "erforderlich", "vorgesehen", "geplant"})
UNWILLING = frozenset({"bereit", "gewillt", "willens"})
#: Words and verbs that make a sentence without cues worth a look (may_withhold, asked of most sentences).
_WITHHOLDING_WORDS = UNWILLING | NEEDLESS | ENDING_NOUNS | {"pflicht"}
_GIVING_OR_WITHDRAWING = GIVING_VERBS | WITHDRAWING_VERBS
#: Exclusion cues by which a recipient declines an offer ("lehnte das Hilfsangebot ab"), see aid.REFUSALS.
_REFUSING_CUES = frozenset({"ablehnen", "zurückweisen", "ausschlagen"})
#: Exclusion cues that judge help impossible or needless, for someone named in a für-phrase.
JUDGED = frozenset({"nicht in Frage kommen", "nicht zur Debatte stehen", "unvorstellbar", OPEN})
#: Exclusion cues that, negated, leave help open: "nicht ausgeschlossen", "nicht abgelehnt".
DOUBLE_NEGATABLE = frozenset({"ausschließen", "ablehnen", "im Stich lassen"})  # "nicht im Stich lassen": help
REFUSING_VERBS = ("weiger", "verweiger")  # "weigert sich", "verweigerte"


# -- what counts as help ------------------------------------------------------------------
def is_help_word(lexicon, word: str) -> bool:
    """A word for help, people taken in, a permit, a quota or an offer."""
    lower = word.lower()
    return bool(lexicon.category_of(word) or lexicon.is_beneficiary(word) or lower in lexicon.actions
                or any(lower.endswith(action) and len(action) >= 6 for action in lexicon.actions)
                or any(g in lower for g in GRANTED) or lower.startswith(OFFER_WORDS) or lower in PERSONNEL)


def names_help(lexicon, found) -> bool:
    """Whether an exclusion withholds help (not "wies die Vorwürfe zurück"): a hook for the merge."""
    if found.cue.kb_id_.startswith(WITHHOLD):
        return True
    # people, permits, staff or an offer ruled out, or help named by its kind: "Anträge auf finanzielle Förderung"
    # and sums of money: "will die 20 Millionen Euro nicht zahlen"
    return any(item.amount is not None for item in found.excluded) or any(
        lexicon.is_beneficiary(w) or any(g in w.lower() for g in GRANTED) or w.lower() in PERSONNEL
        or w.lower().startswith(OFFER_WORDS) or stem(w) in lexicon.modifiers
        for item in found.excluded for w in item.text.split() if w[:1].isalpha())


def _category(lexicon, words: list[str]) -> str:
    for w in reversed(words):
        category = lexicon.category_of(w)
        if category:
            return category
    if any(w.lower() in PERSONNEL for w in words):
        return "Personnel"
    if any(lexicon.is_beneficiary(w) or any(g in w.lower() for g in GRANTED) for w in words):
        return "Shelter"
    return "UnspecifiedAid"


def _item(lexicon, doc: Doc, start: int, end: int) -> AidItem:
    begin, finish, text = span_text(doc, start, end)
    words = [t.text for t in doc[start:end]]
    if any(w.lower() in CURRENCIES for w in words):
        # "die notwendigen 60 Millionen Euro"
        return AidItem(text=text, category="FinancialAid", span=TextSpan(begin, finish, text), amount=text)
    return AidItem(text=text, category=_category(lexicon, words), span=TextSpan(begin, finish, text))


def _phrase(doc: Doc, head: Token, sent: Span) -> tuple[int, int]:
    """Noun phrase of ``head``: its determiners and adjectives, and genitives after it
    ("eine Verlängerung des EU-Militäreinsatzes"), not its prepositional phrases."""
    start = head.i
    # (not "keinesfalls" in "keinesfalls Panzer", which the parser may take for an adjective)
    while start - 1 >= sent.start and doc[start - 1].lower_ not in NEGATING_ADVERBS and (
            doc[start - 1].head.i == head.i and doc[start - 1].dep_ in ("det", "amod", "nummod", "det:poss", "nmod:poss")
            or doc[start - 1].dep_ in ("amod", "nummod", "nmod") and start <= doc[start - 1].head.i <= head.i
            and not doc[start - 1].is_punct):
        start -= 1
    end = head.i + 1
    while end < sent.end:
        token = doc[end]
        if token.lower_ in ("der", "des", "eines", "einer") or (token.dep_ in ("amod", "det") and token.head.i > end):
            k = end
            while k < sent.end and (doc[k].lower_ in ("der", "des", "eines", "einer") or doc[k].pos_ == "ADJ"):
                k += 1
            if k < sent.end and is_noun_like(doc[k]) and doc[k].dep_ in ("nmod", "nmod:poss"):
                end = k + 1
                continue
        break
    return start, end


def _limited(doc: Doc, sent: Span, start: int, end: int) -> int | None:
    """Where a limit or negation of the phrase ``start:end`` begins: "nur noch Tageskontingente",
    "keine Aufenthaltsbewilligung (mehr)", "kaum Schutzsuchende"; None if it is not limited."""
    lower = doc[start].lower_
    if lower in DENYING_WORDS and negates(doc, start):
        return start + 1  # "keine Waffen" is excluded as "Waffen", as the lexicon's items are
    clause_start = clause_bounds(sent, start)[0]
    if start - 1 >= clause_start and doc[start - 1].lower_ in ("weder", "noch") and negates(doc, start - 1):
        return start  # "nimmt weder Flüchtlinge noch Migranten auf": the parser leaves "weder" to the verb
    for words in LIMITERS:
        k = start - len(words)
        if k >= clause_start and tuple(t.lower_ for t in doc[k:start]) == words:
            # "keine Anleihen mehr akzeptieren, sondern nur noch die Kreditlinie gewähren": what is still given
            return None if k - 1 >= sent.start and doc[k - 1].lower_ == "sondern" else k
    return None


def _negated_verb(doc: Doc, sent: Span, verb: Token) -> bool:
    """ "will die Summe nicht aufbringen", "nie gezahlt"; not "nicht nur", "nicht mehr als"."""
    start, _ = clause_bounds(sent, verb.i)
    for i in range(start, verb.i):
        if not negates_clause(doc, i):
            continue
        if doc[i + 1].lower_ == "mehr" and i + 2 < len(doc) and doc[i + 2].lower_ == "als":
            continue  # a limit, see LIMITERS
        return True
    return False


def _unwilling(doc: Doc, sent: Span, token: Token) -> bool:
    """A negated "bereit" of will ("ist nicht bereit", "zeigte sich nicht bereit"), not the
    particle of "stellt ... bereit" or "hält ... bereit"."""
    if _particle_of_giving(token):
        return False
    return _negated_verb(doc, sent, token)


def _particle_of_giving(token: Token) -> bool:
    """ "stellt ... bereit", "hält ... bereit": the particle of a verb, not "bereit" of will."""
    return token.dep_ == "compound:prt" and token.head.lemma_.lower() in ("stellen", "halten", "legen", "machen")


def _willed_item(lexicon, doc: Doc, sent: Span, token: Token) -> AidItem | None:
    """The help the zu-phrase of "bereit" names ("zu Zahlungen bereit"), also when "bereit" is parsed
    as the particle or adverb of "erklärte sich ... bereit", "hat sich ... bereit gezeigt"."""
    heads = [token, token.head] if token.dep_ == "compound:prt" or (
        token.dep_ in ("advmod", "xcomp") and token.head.lemma_.lower() in ("erklären", "zeigen")) else [token]
    goal = next((c for h in heads for c in h.children if c.dep_ in ("obl", "nmod")
                 and any(g.lower_ in ("zu", "zur", "zum") for g in c.children)), None)
    if goal is None:
        return None
    start, end = _phrase(doc, goal, sent)
    # the goal itself is help ("zur Aufnahme von Flüchtlingen"), not a help word's object ("zur
    # Rücknahme der Flüchtlinge"); a bare delivery or payment helps only with help in it ("zur Lieferung
    # von Waffen", not "von Gas"; not "zur Zahlung der Schulden")
    if not is_help_word(lexicon, goal.text):
        return None
    handed = [c for c in goal.children if c.dep_ == "nmod" and any(
        g.lower_ in ("von", "der", "des") for g in c.children)]  # what a delivery or payment hands over
    if goal.lower_.startswith(_BARE_TRANSFERS) and handed and not any(is_help_word(lexicon, c.text) for c in handed):
        return None
    return _item(lexicon, doc, start, end)


#: Nouns of handing over that are help only by what they hand over.
_BARE_TRANSFERS = ("lieferung", "zahlung", "überweisung", "transfer")


def _clause_start(sent: Span, i: int) -> int:
    """Start of the clause around ``i``, across an aside between dashes: "nur noch
    Tageskontingente – vielleicht 500 Flüchtlinge – ins Land lassen"."""
    doc = sent.doc
    start = clause_bounds(sent, i)[0]
    if start - 1 > sent.start and doc[start - 1].text == "–":
        opening = next((k for k in range(start - 2, sent.start - 1, -1) if doc[k].text == "–"), None)
        if opening is not None and opening > sent.start:
            start = clause_bounds(sent, opening - 1)[0]
    return start


def _negated_before(doc: Doc, sent: Span, token: Token) -> bool:
    """A negation in the clause before the token's own: "hat nicht die Absicht, ... abzuziehen"."""
    start = clause_bounds(sent, token.i)[0]
    if start - 2 < sent.start:
        return False
    before = clause_bounds(sent, start - 2)
    return any(doc[i].lower_ in ("nicht", "kein", "keine", "keinen", "nie") for i in range(*before))


def _infinitive_from_tables(verb: Token) -> str:
    """Infinitive of a verb, with its separated particle: "zogen ... ab" -> "abziehen"; the
    lemmatizer leaves some participles as they are ("aufgenommen"), so known forms come from tables.
    Unlike mentions.particle_plus_lemma it only joins a "compound:prt" particle, and through PARTICLE_VERBS."""
    lower = verb.lower_
    if lower in _PARTICIPLES:
        return _PARTICIPLES[lower]
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "compound:prt":
            return PARTICLE_VERBS.get((lemma, child.lower_), child.lower_ + lemma)
    return lemma


_PARTICIPLES = {
    "aufgenommen": "aufnehmen", "aufzunehmen": "aufnehmen", "gewährt": "gewähren", "erteilt": "erteilen",
    "ausgestellt": "ausstellen", "aufgebracht": "aufbringen", "aufzubringen": "aufbringen", "gezahlt": "zahlen",
    "bezahlt": "bezahlen", "überwiesen": "überweisen", "bereitgestellt": "bereitstellen",
    "bereitzustellen": "bereitstellen", "geleistet": "leisten", "geliefert": "liefern", "geschickt": "schicken",
    "entsandt": "entsenden", "gesandt": "senden", "finanziert": "finanzieren", "akzeptiert": "akzeptieren",
    "übernommen": "übernehmen", "untergebracht": "unterbringen", "zugesagt": "zusagen", "gespendet": "spenden",
    "abgezogen": "abziehen", "abzuziehen": "abziehen", "zurückgezogen": "zurückziehen", "gegeben": "geben",
    "zurückzuziehen": "zurückziehen", "abberufen": "abberufen", "abzog": "abziehen", "abzogen": "abziehen",
    "zurückzog": "zurückziehen", "zurückzogen": "zurückziehen", "aufnahm": "aufnehmen", "aufbrachte": "aufbringen",
    "aufbrachten": "aufbringen", "beendet": "beenden", "eingefroren": "einfrieren", "bereitstellte": "bereitstellen",
    "bereitstellten": "bereitstellen",
}


# -- hooks ---------------------------------------------------------------------------------
def kind_at(cue: Span, negated: bool) -> str:
    """Whether a cue offers or excludes: a negated offer excludes ("wird keine Soldaten
    schicken"), and so does an exclusion cue, unless it is negated itself: "eine Aufstockung
    sei nicht ausgeschlossen" keeps the help possible."""
    if cue.label_ == "aid_exclude":
        return "offer" if negated and cue.kb_id_ in DOUBLE_NEGATABLE else "exclude"
    return "exclude" if negated else "offer"


def withheld_by_verbs(extractor, doc: Doc, sent: Span, number: int, index, results: list, items: list) -> list:
    """Limited or negated giving verbs and verbs of withdrawing; a cue already found for the verb
    becomes an exclusion, else a new one is made. Returns the new findings."""
    lexicon = extractor.lexicon
    new = []
    by_start = {f.cue.start: f for f in results if not f.noun}
    in_items = {i for _, (s, e), _ in items for i in range(s, e)}
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = _infinitive_from_tables(verb)
        withdrawing = lemma in WITHDRAWING_VERBS
        if lemma not in GIVING_VERBS and not withdrawing:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # the parser takes some objects for a second subject: "Ungarn will nicht mehr als 500 Flüchtlinge aufnehmen"
        roles = ("obj", "nsubj:pass", "nsubj") if len(subjects) > 1 else ("obj", "nsubj:pass")
        objects = [c for c in verb.children if c.dep_ in roles and is_noun_like(c)
                   and (is_help_word(lexicon, c.text) or c.i in in_items)]
        if lemma == "lassen" and not any(c.lower_ in ("land", "einreisen") or any(g.lower_ == "land" for g in c.children)
                                         for c in verb.children):
            continue  # only "ins Land lassen", "einreisen lassen"
        if lemma == "geben" and any(c.lower_ == "es" for c in verb.children):
            continue  # "es gibt": there being, not giving
        if withdrawing and (_negated_verb(doc, sent, verb) or _negated_before(doc, sent, verb)):
            continue  # "habe nicht die Absicht, Truppen abzuziehen": help goes on
        if withdrawing and (any(c.lower_ == "sich" for c in verb.children)
                            or any(doc[j].lower_ == "sich" for j in (verb.i + 1, verb.i + 2) if j < sent.end)):
            continue  # "zog sich ins Privatleben zurück": someone retiring, no help withdrawn
        if not objects:
            # "Die notwendigen 60 Millionen Euro wollte und konnte X nicht aufbringen", "woraufhin
            # die UN ihre Mitarbeiter abzogen": the parse loses the object; take the nearest help
            # named in the verb's clause before it, but not one in a prepositional phrase of another
            # object ("akzeptiert Gewalt gegen Kinder nicht": the children are not what is refused)
            c_start = _clause_start(sent, verb.i)
            inside_objects = {t.i for c in verb.children if c.dep_ == "obj" for t in c.subtree
                              if t.i != c.i and any(g.dep_ == "case" for g in t.children)}
            objects = sorted({doc[e - 1] for _, (s, e), _ in items if c_start <= s < verb.i and e - 1 not in inside_objects}
                             | {t for t in doc[c_start:verb.i] if is_noun_like(t) and t.i not in index.by_token
                                and t.i not in inside_objects and is_help_word(lexicon, t.text)},
                             key=lambda t: -t.i)[:3]
        for obj in objects:
            start, end = _phrase(doc, obj, sent)
            if any(s <= obj.i < e for _, (s, e), _ in items):
                start = min(start, next(s for _, (s, e), _ in items if s <= obj.i < e))
            limit = _limited(doc, sent, start, end)
            if not withdrawing and limit is None and not _negated_verb(doc, sent, verb):
                continue
            if withdrawing and not (obj.lower_ in PERSONNEL or lexicon.category_of(obj.text)):
                continue
            item = _item(lexicon, doc, limit if limit is not None else start, end)
            found = by_start.get(verb.i)
            if found is not None:
                found.kind, found.status = "exclude", "offered"
                found.withheld = True  # marked for tidy()
                found.excluded += found.offered
                found.offered = []
                if not any(x.span and x.span.start <= item.span.start < x.span.end for x in found.excluded):
                    found.excluded.append(item)
            else:
                passive = any(c.dep_ == "aux:pass" for c in verb.children)
                new.append(_new_found(extractor, doc, sent, number, index, verb.i, item, subject=not passive))
            break
    return new


def refused_requests(extractor, doc: Doc, sent: Span, results: list, index) -> None:
    """ "hatte alle Anträge auf finanzielle Förderung abgelehnt": a request for help refused is
    the help refused."""
    lexicon = extractor.lexicon
    for found in results:
        if found.kind != "exclude" or found.excluded or found.offered or found.noun:
            continue
        for obj in found.cue[0].children:
            if obj.dep_ != "obj" or obj.lower_.rstrip("se") not in ("antrag", "anträg", "gesuch", "ersuch", "bitt"):
                continue
            # the request's goal, on the noun or (as the parser often has it) on the verb
            goal = next((c for c in [*obj.children, *found.cue[0].children] if c.dep_ in ("nmod", "obl")
                         and c.i > obj.i and any(g.lower_ in ("auf", "um", "nach") for g in c.children)), None)
            if goal is None:
                continue
            start, end = _phrase(doc, goal, sent)
            if any(is_help_word(lexicon, t.text) or stem(t.text) in lexicon.modifiers for t in doc[start:end]):
                found.excluded.append(_item(lexicon, doc, _phrase(doc, obj, sent)[0], end))
                # "den Antrag Griechenlands auf weitere Finanzhilfen": who asked is refused
                applicant = next((hit[0] for c in obj.children if c.dep_ in ("nmod", "nmod:poss") and c.i < goal.i
                                  and not any(g.dep_ == "case" for g in c.children)
                                  and (hit := index.by_token.get(c.i)) and hit[0] in index.actors), None)
                if applicant is not None and applicant != found.provider and applicant not in found.recipients:
                    found.recipients.append(applicant)


def withheld_by_phrases(extractor, doc: Doc, sent: Span, number: int, index) -> list:
    """ "nicht zu einer Nachbesserung des Angebots bereit", "nicht in der Pflicht", "eine
    Verlängerung des Einsatzes ist nicht nötig", "die Einstellung der Bundeszuschüsse"."""
    lexicon = extractor.lexicon
    new = []
    for token in sent:
        lower = token.lower_
        item = None
        if lower in UNWILLING and _unwilling(doc, sent, token):
            # "nicht zu einer Nachbesserung des Angebots bereit", "zeigte sich nicht zu Zahlungen bereit"
            item = _willed_item(lexicon, doc, sent, token)
        elif lower in UNWILLING and not _particle_of_giving(token) and not _negated_verb(doc, sent, token):
            # "hat sich zur Aufnahme von 200 Flüchtlingen bereit erklärt": willing to give what the
            # zu-phrase names ("zu Gesprächen bereit" names no help)
            willed = _willed_item(lexicon, doc, sent, token)
            if willed is not None:
                new.append(_new_found(extractor, doc, sent, number, index, token.i, willed, kind=WILLING, offer=True))
            continue
        elif lower in NEEDLESS and token.pos_ == "ADJ" and _negated_verb(doc, sent, token):
            # "eine Verlängerung des EU-Militäreinsatzes ist nicht nötig"
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and is_noun_like(c)), None)
            if subject is not None:
                start, end = _phrase(doc, subject, sent)
                if any(is_help_word(lexicon, t.text) for t in doc[start:end] if is_noun_like(t)):
                    # the help is the subject; who finds it needless is told nearby
                    new.append(_new_found(extractor, doc, sent, number, index, token.i,
                                          _item(lexicon, doc, start, end), subject=False, kind=OPEN))
                    continue
        elif lower == "pflicht" and token.i - 2 >= sent.start and doc[token.i - 2].lower_ == "in" \
                and doc[token.i - 1].lower_ == "der" and _negated_verb(doc, sent, token) \
                and any(is_help_word(lexicon, t.text) for t in sent if is_noun_like(t) and t.i != token.i):
            # "sieht sich bei der Aufnahme von Flüchtlingen nicht in der Pflicht"
            negation = max(i for i in range(sent.start, token.i) if doc[i].lower_ in ("nicht", "keinesfalls", "nie"))
            start = negation
            if negation - 2 >= sent.start and doc[negation - 2].lower_ in ("mit", "auf", "unter") \
                    and is_noun_like(doc[negation - 1]) and not is_help_word(lexicon, doc[negation - 1].text):
                start = negation - 2  # "mit Sicherheit nicht", "auf keinen Fall"
            item = _item(lexicon, doc, start, token.i + 1)
            new.append(_new_found(extractor, doc, sent, number, index, token.i, item, kind=WITHHOLD + "_duty"))
            continue
        elif lower in ENDING_NOUNS and token.i + 2 < sent.end:
            # "die Einstellung der Bundeszuschüsse", "den Abzug der Truppen"
            start, end = _phrase(doc, token, sent)
            if end > token.i + 1 and any(is_help_word(lexicon, t.text) for t in doc[token.i + 1:end] if is_noun_like(t)):
                item = _item(lexicon, doc, token.i, end)
                # "Die EU kündigte die Einstellung ... an": the subject ends it; "die Befürworter einer
                # Einstellung" only want it, so the giver is the one told of before
                subject = token.dep_ in ("obj", "nsubj:pass") and token.head.pos_ in ("VERB", "AUX")
                new.append(_new_found(extractor, doc, sent, number, index, token.i, item, subject=subject,
                                      kind=WITHHOLD if subject else OPEN))
                continue
        if item is None:
            continue
        new.append(_new_found(extractor, doc, sent, number, index, token.i, item))
    return new


def refused_by_infinitive(extractor, doc: Doc, sent: Span, results: list) -> None:
    """ "ist nicht bereit, weitere Soldaten zu schicken", "weigert sich, Flüchtlinge aufzunehmen":
    the offer of the infinitive clause is refused."""
    lexicon = extractor.lexicon
    for found in results:
        if found.kind != "offer" or found.noun or not is_infinitive_with_zu(found.cue[0]):
            continue
        start = clause_bounds(sent, found.cue.start)[0]
        if start <= sent.start:
            continue
        before = clause_bounds(sent, start - 2)
        words = list(doc[before[0]:before[1]])
        # "lehnt es ab, den Kurden zu helfen", "schließt aus, Bodentruppen zu schicken": a refusal
        # cue of the clause the infinitive depends on (not "wies das Angebot Teherans, ... zu
        # liefern, zurück": there the infinitive tells the offer declined)
        cues = [c for c in doc.spans.get(extractor.cues_key, []) if before[0] <= c.start < before[1]]
        refusing = any(t.lower_.startswith(REFUSING_VERBS) for t in words) or (
            any(c.label_ == "aid_exclude" for c in cues) and not any(c.label_ == "aid_noun" for c in cues))
        unwilling = any(t.lower_ in UNWILLING and _unwilling(doc, sent, t) for t in words)
        if refusing or unwilling:
            found.kind = "exclude"
            found.excluded += found.offered
            found.offered = []
            found.withheld = True
            if not found.excluded:
                # "weigert sich, Flüchtlinge aufzunehmen": people taken in are no lexicon item
                obj = next((c for c in found.cue[0].children if c.dep_ == "obj" and is_noun_like(c)
                            and is_help_word(lexicon, c.text)), None)
                if obj is not None:
                    found.excluded.append(_item(lexicon, doc, *_phrase(doc, obj, sent)))


def tidy(extractor, doc: Doc, sent: Span, results: list, index) -> None:
    """An item inside another excluded item of the same finding is said once: "Hilfszahlungen" in
    "Einstellung der Hilfszahlungen"; "nicht in der Pflicht" names no one it owes help to; help
    withheld with no giver in its clause ("soll keine Aufenthaltsbewilligung mehr erteilt werden",
    "eine Verlängerung des Einsatzes ist nicht nötig") is withheld by the state or organisation
    the text is about just then."""
    # "kann man nicht ausschließen, dass einzelne Jäger es tun": a negated exclusion keeps only help it names
    results[:] = [f for f in results if not (f.kind == "offer" and f.cue.label_ == "aid_exclude" and not f.offered)]
    for found in list(results):
        if found.kind == "exclude" and not found.excluded and not found.noun and found.cue.kb_id_ not in _REFUSING_CUES:
            # "Waffenlieferungen an die Ukraine kommen nicht infrage": the offer noun is what is ruled out
            noun = ruled_out_noun(found, results)
            if noun is not None:
                found.excluded, noun.offered = list(noun.offered), []
                found.recipients += [r for r in noun.recipients if r not in found.recipients and r != found.provider]
                results.remove(noun)
        if found.cue.kb_id_ == WITHHOLD + "_duty":
            found.recipients = []
        if getattr(found, "withheld", False) and (_impersonal(doc, sent, found.cue) or _generic_subject(found.cue, index)) \
                and not any(key == found.provider and sent.start <= start < sent.end for start, _e, key, _k in index.spans):
            found.provider = None  # a giver told before is not the one of "man" or "50 Prozent der Gemeinden"
        if found.kind == "exclude" and found.cue.kb_id_ in JUDGED:
            judge = _judge(doc, sent, found.cue, index)
            if judge is not None:
                # "Für Deutschland kommen Waffenlieferungen nicht infrage": who judges rules it out
                found.provider = judge
                found.recipients = [r for r in found.recipients if r != judge]
        if found.cue.kb_id_ in (OPEN, WITHHOLD + "_duty") and found.provider is None:
            # "Eine Verlängerung des Einsatzes sei nicht nötig, sagte der Minister": the speaker's side
            speaker = extractor._speakers.get(found.sentence)
            if speaker is not None and index.category(speaker) != "Media":
                principal = index.principal(speaker)
                found.provider = principal if index.category(principal) is not None else speaker
        if found.cue.kb_id_.startswith(WITHHOLD):
            # "Flüchtlingen aus Afghanistan keine Aufenthaltsbewilligung": where people come from gets nothing
            found.recipients = [r for r in found.recipients if not any(
                key == r and sent.start <= start < sent.end and start > 0 and (
                    doc[start - 1].lower_ in ("aus", "in", "im") or is_noun_like(doc[start - 1]))
                for start, _end, key, _kind in index.spans)]
            provider = found.provider
            if _impersonal(doc, sent, found.cue):
                provider = None  # "möchte man nicht mehr als 35 Menschen aufnehmen": no one named
            if provider is not None and (provider not in index.actors or not index.actors[provider].named):
                provider = None  # "die Befürworter einer Einstellung": no giver
            found.provider = provider or (None if found.cue.kb_id_ == OPEN else _paragraph_giver(doc, sent, found, index))
        if found.kind == "exclude":
            found.excluded = [_with_action(extractor.lexicon, doc, sent, item) for item in found.excluded]
        kept = []
        for item in found.excluded:
            if item.span and any(other is not item and other.span and other.span.start <= item.span.start
                                 and item.span.end <= other.span.end and other.span != item.span
                                 for other in found.excluded):
                continue
            if any(k.span == item.span for k in kept):
                continue
            kept.append(item)
        found.excluded = kept


def ruled_out_noun(found, results: list):
    """The offer noun, with no giver of its own, that an exclusion cue takes as subject or object:
    "Waffenlieferungen an die Ukraine kommen nicht infrage", "Waffenlieferungen schließt die
    Regierung aus", also of the verb the cue completes: "Waffenlieferungen bleiben tabu"."""
    cue = found.cue[0]
    heads = {cue.i, cue.head.i} if cue.dep_ == "xcomp" else {cue.i}
    return next((f for f in results if f.noun and f.offered and f.provider is None
                 and f.cue[0].head.i in heads and f.cue[0].dep_ in ("nsubj", "obj", "nsubj:pass")), None)


def _after_preposition(doc: Doc, i: int) -> bool:
    """ "im Kongo", "für die Türkei", "aus Afghanistan": a place or a receiver, no giver."""
    for k in (i - 1, i - 2):
        if k >= 0 and (doc[k].pos_ == "ADP" and doc[k].lower_ not in ("von", "vom", "durch")
                       or k == i - 1 and is_noun_like(doc[k])):
            return True  # also a genitive attribute: "im Süden Afghanistans"
        if k >= 0 and doc[k].pos_ not in ("DET", "ADJ"):
            break
    return False


def _judge(doc: Doc, sent: Span, cue: Span, index) -> str | None:
    """The actor of a "für X" phrase in the cue's clause: "Für Berlin ist das undenkbar"."""
    start, end = clause_bounds(sent, cue.start)
    for k in range(start, end - 1):
        if doc[k].lower_ == "für":
            j = k + 1
            while j < end and doc[j].pos_ in ("DET", "ADJ"):
                j += 1
            hit = index.by_token.get(j)
            # not "Waffenlieferungen für die Ukraine": a für-phrase on the noun names who gets it
            if hit and hit[0] in index.actors and index.actors[hit[0]].named and doc[j].dep_ == "obl":
                return hit[0]
    return None


def _with_action(lexicon, doc: Doc, sent: Span, item: AidItem) -> AidItem:
    """An excluded item with the action noun before it: "die Ausfuhr zumindest für Granaten
    untersagt" rules out the export, not the grenades themselves."""
    if item.span is None:
        return item
    start = next((t.i for t in sent if t.idx == item.span.start), None)
    end = next((t.i + 1 for t in sent if t.idx + len(t) == item.span.end), None)
    if start is None or end is None:
        return item
    k = start - 1
    while k > sent.start and doc[k].lower_ in ("zumindest", "nur", "auch", "für", "von", "nach"):
        k -= 1
    if k < start - 1 and doc[k].lower_ in lexicon.actions and "für" in {t.lower_ for t in doc[k + 1:start]}:
        begin, finish, text = span_text(doc, k, end)
        return AidItem(text=text, category=item.category, span=TextSpan(begin, finish, text), amount=item.amount)
    return item


def _impersonal(doc: Doc, sent: Span, cue: Span) -> bool:
    """Whether the cue's clause has the impersonal "man" as its subject."""
    start, end = clause_bounds(sent, cue.start)
    return any(t.lower_ == "man" for t in doc[start:end])


def _generic_subject(cue: Span, index) -> bool:
    """Whether the cue verb's subject is a noun that names no actor: "Knapp 50 Prozent der
    Gemeinden wollen keine Flüchtlinge aufnehmen" is no state's refusal."""
    verb = cue[0]
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    subjects = [child for head in heads for child in head.children if child.dep_ == "nsubj"]
    if any(child.i in index.by_token or child.pos_ in ("PRON", "PROPN") for child in subjects):
        return False  # "Ungarn will nicht mehr als 500 Flüchtlinge aufnehmen" (the parser's second subject)
    return any(child.pos_ == "NOUN" and not any(c.i in index.by_token for c in child.subtree) for child in subjects)


def _paragraph_giver(doc: Doc, sent: Span, found, index) -> str | None:
    """The last state or organisation named before the cue, in its sentence or the two before,
    that it does not withhold help from."""
    first = max(0, sent.start - 1)
    sentences = 0
    while first > 0 and sentences < 2:
        first -= 1
        if doc[first].is_sent_start:
            sentences += 1
    for start, _end, key, kind in sorted(index.spans, key=lambda s: -s[0]):
        if first <= start < found.cue.start and key not in found.recipients and kind in ("name", "alias") \
                and index.category(key) in ("Country", "Organization") and key in index.actors \
                and index.actors[key].named and not _after_preposition(doc, start):
            return key
    return None


def _new_found(extractor, doc: Doc, sent: Span, number: int, index, i: int, item: AidItem,
               *, subject: bool = True, kind: str = WITHHOLD, offer: bool = False):
    """An exclusion at token ``i``, or with ``offer`` help offered ("zur Aufnahme bereit"); its
    provider is the clause's subject (not for a passive: "soll keine Aufenthaltsbewilligung mehr
    erteilt werden" leaves it to the paragraph)."""
    cue = Span(doc, i, i + 1, label="aid_offer" if offer else "aid_exclude", kb_id=kind)
    extractor._co_subjects = []
    provider = extractor._subject(doc, sent, cue, index, set(range(i, i + 1))) if subject else None
    extractor._co_subjects = []
    from kg.extract.aid import _Found  # aid imports this module

    if offer:
        return _Found(cue=cue, kind="offer", provider=provider, sentence=number, offered=[item], status="offered")
    return _Found(cue=cue, kind="exclude", provider=provider, sentence=number, excluded=[item])


def may_withhold(sent: Span) -> bool:
    """Whether a sentence without cues may still withhold help: a giving verb, "bereit", "nötig",
    "Pflicht" or a noun of ending."""
    return any(t.lower_ in _WITHHOLDING_WORDS
               or t.pos_ in ("VERB", "AUX") and _infinitive_from_tables(t) in _GIVING_OR_WITHDRAWING
               for t in sent)


def open_target(found, offers: list, last_sentence: dict):
    """The offer an exclusion with no giver of its own ends or refuses: the nearest one of the
    same kind of help ("die Einstellung der Bundeszuschüsse" and the tax money given before)."""
    if found.cue.kb_id_ != OPEN:
        return None
    kinds = {item.category for item in found.excluded} - {"UnspecifiedAid"}
    same = [o for o in offers if kinds & {item.category for item in o.offered}
            and abs(last_sentence.get(id(o), -99) - found.sentence) <= 8]
    return min(same, key=lambda o: abs(last_sentence.get(id(o), -99) - found.sentence)) if same else None


def in_other_reason(doc: Doc, sent: Span, cue: Span, i: int) -> bool:
    """Whether token ``i`` stands in an adverbial clause ("weil ...", "nachdem ...") that is not the
    exclusion cue's own: what is named there is not what is ruled out."""
    clause = clause_bounds(sent, i)
    own = clause_bounds(sent, cue.start)
    if clause[0] <= cue.start < clause[1]:
        return False
    # every clause from the item's back to the cue's: "verzichten, weil ..., die Eierstöcke aber durch die Medikamente"
    first, last = (own[1], clause[1]) if i > cue.start else (clause[0], own[0])
    k = first
    while k < last:
        bounds = clause_bounds(sent, min(k + 1, sent.end - 1) if doc[k].text in {",", ";", ":", "–"} else k)
        if doc[bounds[0]].lower_ in ADVERBIAL_SUBORDINATORS:
            return True
        k = bounds[1] + 1 if bounds[1] > k else k + 1
    return False
