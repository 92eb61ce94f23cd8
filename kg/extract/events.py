"""Conflict events: fighting, air strikes, shelling, bombings, captures and deaths, with actors and places.

A sentence with an event cue yields one event per cue kind. Actors are the states, armed groups
and organisations named in the sentence: a "gegen" phrase is the target, an "an X gefallen"
phrase the captor, a "von" phrase of a capture the side that lost the place, a subject before
the cue the attacker, and so are a state's forces ("türkische Sicherheitskräfte", "die
US-Streitkräfte") as the subject of the event verb. Deaths in an attack the sentence tells, and
events of a sentence that goes on with the one before ("Dabei kamen … ums Leben"), have its
attacker. Deaths take their number from "38 Menschen", "zwei Palästinenser". The
places are those of the sentence, not the dateline's (where the paper writes from); a sentence
that names none continues the place of the event just before it ("Dabei starben 49 Menschen").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.entities import DEMONSTRATIVES, LOCATIVE, EntityIndex
from kg.extract.grammar import (
    DETERMINERS, dative_plural_stems, is_adjective_like, is_finite, is_genitive_attribute, marker_before, skip_adjectives, span_text,
)
from kg.extract.places import in_dateline
from kg.extract.records import ConflictEvent, TextSpan
from kg.extract.sources import REPORT_NOUNS
from kg.extract.timex import parse_date, resolve

_NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                 "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
                 "hundert": 100, "tausend": 1000}
_VICTIMS = re.compile(r"^(menschen|personen|zivilisten|soldaten|kämpfer|tote|toten|opfer|kinder|frauen|"
                      r"polizisten|einwohner|leute|dschihadisten|extremisten|aufständische|rebellen)$")
#: Plural nouns after a number that count no people: "in 14 Ländern", "seit drei Jahren".
_NOT_VICTIMS = re.compile(r"^(prozent|euro|dollar|franken|pfund|jahre|jahren|jahrzehnte|jahrzehnten|monate|monaten|"
                          r"wochen|tage|tagen|stunden|minuten|kilometer|kilometern|meter|metern|tonnen|millionen|"
                          r"milliarden|länder|ländern|städte|städten|orte|orten|dörfer|dörfern|mal|male)$")
#: A preposition before the number makes it a time, a place or an amount, not a toll ("bei 30 Angriffen").
_NOT_A_TOLL = frozenset({"in", "im", "bei", "beim", "nach", "seit", "vor", "binnen", "innerhalb", "während",
                         "an", "am", "um", "aus", "mit"})
_KINDS = {"event_fight": "fight", "event_airstrike": "airstrike", "event_artillery": "artillery",
          "event_bombing": "bombing", "event_capture": "capture", "event_death": "death"}
#: Articles before an event word that refer back to an event told before: "verurteilte den Anschlag".
_REFERRING_ARTICLES = frozenset({"den", "die", "das", "diesen", "diese", "dieses"})
#: CAMEO codes of the kinds: 183 bombing, 190 conventional military force (fighting, and the deaths
#: it causes), 192 occupying territory, 194 artillery, 195 aerial weapons.
CAMEO = {"fight": "190", "airstrike": "195", "artillery": "194", "bombing": "183", "capture": "192", "death": "190"}
#: What a word that names several kinds of event names most precisely: a "Drohnenangriff" is an
#: air strike, though "Angriff" alone is fighting.
_SPECIFIC_FIRST = ("airstrike", "artillery", "bombing", "capture", "death", "fight")
ARMED = ("Country", "ArmedGroup", "Organization")
#: Speech cues (ids in cues.jsonl) by which a side says it made an attack.
_CLAIMS_OF_AUTHORSHIP = frozenset({"sich bekennen"})
#: A state's fighting forces, which after its adjective are the state attacking: "israelische
#: Kampfflugzeuge", "türkische Soldaten" (its bodies, "die syrische Armee", are the state's aliases).
FORCES = frozenset({"soldaten", "truppen", "regierungstruppen", "bodentruppen", "kampfflugzeuge", "kampfjets",
                    "kampfflieger", "kampfhubschrauber", "jets", "flugzeuge", "hubschrauber", "drohnen", "panzer",
                    "kriegsschiffe", "einheiten", "spezialeinheiten", "spezialkräfte", "kräfte", "artillerie",
                    "sicherheitskräfte", "streitkräfte", "luftwaffe", "marine", "armee", "militär"})


#: Finite verbs whose subject dies: "starben 20 Kämpfer", "kamen ums Leben" (the lemmatizer leaves
#: many forms as they are).
DYING_FORMS = frozenset({"stirbt", "sterben", "starb", "starben", "kommt", "kommen", "kam", "kamen", "erliegt",
                         "erliegen", "erlag", "erlagen", "ertrinkt", "ertrinken", "ertrank", "ertranken"})


class EventExtractor:
    def __init__(self, *, cues_key: str = "kg_cues") -> None:
        self.cues_key = cues_key

    def extract(self, doc: Doc, index: EntityIndex, *, date: str | None = None) -> list[ConflictEvent]:
        events: list[ConflictEvent] = []
        cues = self._most_specific(c for c in doc.spans.get(self.cues_key, []) if c.label_ in _KINDS)
        event_words = {c.start for c in cues}
        # those who claim an attack ("bekannte sich zu dem Attentat") speak of it as its authors
        speech_verbs = [c.start for c in doc.spans.get(self.cues_key, [])
                        if c.label_ == "speech_verb" and c.kb_id_ not in _CLAIMS_OF_AUTHORSHIP]
        last_places: list[str] = []
        for number, sent in enumerate(doc.sents):
            first = len(events)
            done: set[tuple[str, str]] = set()
            sentence_places: list[str] = []
            actors = places = None  # the sentence's, read when a cue first needs them
            dead = any(c.label_ == "event_death" and sent.start <= c.start < sent.end for c in cues)
            for cue in (c for c in cues if sent.start <= c.start < sent.end):
                kind = _KINDS[cue.label_]
                # One event per kind and cue word: "an X gefallene Stadt" and "zurückzuerobern"
                # in one sentence are two captures with different captors.
                if (kind, cue.kb_id_) in done or (kind != "capture" and any(k == kind for k, _ in done)):
                    continue
                if self._spoken_of(doc, cue.start, sent, speech_verbs):
                    continue
                if actors is None:
                    actors = self._actors(sent, index, event_words)
                    places = self._places(sent, index) or last_places
                tolls = self._tolls(doc, sent) if kind == "death" else [None]
                if not tolls:
                    continue
                if kind == "capture" and (not places or self._occupied_territory(doc, cue.start)):
                    continue
                forces = _forces_of_state(doc, sent, cue.start, index)
                if kind in ("fight", "airstrike", "artillery", "bombing") and not (actors or places or forces):
                    continue
                done.add((kind, cue.kb_id_))
                attackers, targets = self._roles(doc, sent, cue.start, index, actors, kind, speech_verbs,
                                                 side=_side_in_cue(cue.start, index) or forces, counts_dead=dead)
                if kind == "capture" and cue.kb_id_ == "fallen":
                    captor = self._fallen_to(doc, sent, cue.start, index)
                    attackers = [captor] if captor else []
                begin, finish, text = span_text(doc, cue.start, cue.end)
                when = resolve(sent.text, parse_date(date))
                # "Moskau fliegt Luftangriffe": the attacking capital is no place of the event; a state
                # is among the places only where named as one ("im Osten Afghanistans")
                where = [p for p in places if p not in attackers + targets or index.places[p].kind == "country"]
                sentence_places = where or sentence_places
                events.extend(ConflictEvent(
                    kind=kind, cameo=CAMEO[kind], attackers=attackers, targets=targets,
                    actors=[a for a in actors if a not in attackers + targets], places=where,
                    casualties=casualties, trigger=cue.kb_id_, evidence=TextSpan(begin, finish, text),
                    sentence=number,
                    date=when.begin.isoformat() if when else (date[:10] if date else None),
                    date_end=when.end.isoformat() if when and not when.is_day else None,
                ) for casualties in tolls)
            last_places = sentence_places
            _sides_told_before(doc, sent, cues, events, first)
        return events

    @staticmethod
    def _spoken_of(doc: Doc, i: int, sent, speech_verbs: list[int]) -> bool:
        """ "Das Auswärtige Amt verurteilte den Anschlag": an event named as what is condemned or
        commented on is told elsewhere; those who speak of it are no side of it."""
        return i > sent.start and doc[i - 1].lower_ in _REFERRING_ARTICLES \
            and any(sent.start <= v < i and doc[v].pos_ in ("VERB", "AUX") for v in speech_verbs)

    @staticmethod
    def _most_specific(cues):
        """The cues, but of a word that names several kinds only the most precise one."""
        by_token: dict[int, list] = {}
        for cue in cues:
            by_token.setdefault(cue.start, []).append(cue)
        return [min(found, key=lambda c: _SPECIFIC_FIRST.index(_KINDS[c.label_])) for found in by_token.values()]

    @staticmethod
    def _actors(sent, index: EntityIndex, event_words: set[int]) -> list[str]:
        keys = []
        doc = sent.doc
        for i in range(sent.start, sent.end):
            hit = index.by_token.get(i)
            if hit and hit[0] in index.actors and index.category(hit[0]) in ARMED and hit[1] not in ("prefix", "adjective"):
                if index.category(hit[0]) == "Country" and marker_before(doc, i, sent.start) in LOCATIVE:
                    continue  # "der Kampf gegen den IS in Syrien": where, not who
                if is_genitive_attribute(doc, i, sent.start) and not any(k in event_words for k in range(i - 3, i)):
                    continue  # "Das Auswärtige Amt der Bundesrepublik verurteilte den Anschlag": an owner, no side
                keys.append(index.principal(hit[0]))
        return list(dict.fromkeys(keys))

    @staticmethod
    def _places(sent, index: EntityIndex) -> list[str]:
        keys = []
        for i in range(sent.start, sent.end):
            hit = index.by_token.get(i)
            if hit and hit[0] in index.places and hit[1] in ("name", "alias") \
                    and not in_dateline(sent.doc, i, index.mention_end(i)):
                place = index.places[hit[0]]
                if place.kind == "country" and marker_before(sent.doc, i, sent.start) not in LOCATIVE:
                    continue  # "Russland fliegt Angriffe", "die von Russland unterstützten": not where
                if place.kind != "country" or not keys:
                    keys.append(hit[0])
        # Prefer the most specific place: a city or region over the country around it.
        specific = [k for k in dict.fromkeys(keys) if index.places[k].kind != "country"]
        return specific or list(dict.fromkeys(keys))

    @staticmethod
    def _roles(doc: Doc, sent, cue_i: int, index: EntityIndex, actors: list[str], kind: str, speech_verbs: list[int],
               *, side: str | None = None, counts_dead: bool = False):
        """(attackers, targets). ``side``: the state named in the cue word or by its forces, which
        attacks; ``counts_dead``: the sentence tells deaths, so a side counted among them ("260
        PKK-Kämpfer getötet") lost them."""
        attackers, targets = [], []
        if side:
            attackers.append(side)
            index.acting.add(side)  # a state whose forces attack acts, though named by an adjective or prefix
        for i in range(sent.start, sent.end):
            hit = index.by_token.get(i)
            if not hit or index.principal(hit[0]) not in actors or (i > sent.start and index.by_token.get(i - 1, (None,))[0] == hit[0]):
                continue
            key = index.principal(hit[0])
            if _bracketed_alias(doc, i, sent.start, index, key):
                continue  # "die Arbeiterpartei Kurdistans (PKK)": the name in brackets has the role of the one before
            marker = marker_before(doc, i, sent.start)
            right_after_cue = i > cue_i and all(doc[k].lower_ in ("der", "des", "den") or is_adjective_like(doc[k])
                                                for k in range(cue_i + 1, i))
            if marker == "gegen" or counts_dead and _counted(doc, sent, i):
                targets.append(key)
            elif kind == "capture" and marker == "an":
                attackers.append(key)
            elif kind == "capture" and marker in ("von", "vom") and i < cue_i and not _agent_of_participle(doc, i, index):
                targets.append(key)  # "Palmyra von der Terrormiliz IS zurückerobert": taken from
            elif kind != "capture" and marker in ("von", "vom") and not attackers and _passive_agent(doc, sent, i, index):
                attackers.append(key)  # "die Stadt wurde von der Armee angegriffen", "vom Irak geführt werde"
            elif right_after_cue and not attackers and (
                    marker in ("der", "des") or (i == cue_i + 1 and doc[i].text.endswith("s"))):
                attackers.append(key)  # "Luftangriffe der syrischen Armee", "Angriffe Russlands": the genitive attacks
            elif marker in (None, "der", "die", "das") and not attackers and (
                    i < cue_i and not any(i < v < cue_i for v in speech_verbs) and not _circumstance(doc[cue_i])
                    and not any(doc[k].text == ";" for k in range(i, cue_i))
                    and not any(doc[k].dep_ == "nsubj:pass" for k in range(i, index.mention_end(i)))
                    or _subject_of(doc, i, index.mention_end(i), cue_i)):
                # "Russland fliegt Angriffe", "erschoss die israelische Armee"; not the speaker
                # of "Kerry betont, dass der Kampf ... vom Irak geführt werde"
                attackers.append(key)
            if key in attackers and hit[0] != key:
                index.acting.add(key)  # the state whose body attacks ("die US-Streitkräfte") acts
        targets = [t for t in dict.fromkeys(targets) if t not in attackers]
        return list(dict.fromkeys(attackers)), targets

    @staticmethod
    def _fallen_to(doc: Doc, sent, cue_i: int, index: EntityIndex) -> str | None:
        """ "die an Extremisten des Islamischen Staates gefallene Stadt": the captor follows "an"."""
        for i in range(cue_i - 1, sent.start - 1, -1):
            if doc[i].lower_ == "an":
                for j in range(i + 1, cue_i):
                    hit = index.by_token.get(j)
                    if hit and hit[0] in index.actors and index.category(hit[0]) in ARMED and hit[1] != "prefix":
                        return index.principal(hit[0])
                return None
        return None

    @staticmethod
    def _tolls(doc: Doc, sent) -> list[int]:
        """The numbers of dead: a number before people ("38 Menschen", "zwei Palästinenser", "70
        getötete Zivilisten"), not one of years, places or money; a list of groups gives one number
        each ("196 Palästinenser, 28 Israelis und vier Ausländer")."""
        tolls: list[int] = []
        k = sent.start
        while k < sent.end:
            found = _toll_at(doc, sent, k)
            if found is None:
                if tolls:
                    break  # the list of groups has ended
                k += 1
                continue
            value, k = found
            tolls.append(value)
            if k < sent.end and doc[k].lower_ in (",", "und", "sowie"):
                k += 1
            elif k < sent.end:
                break
        return tolls

    @staticmethod
    def _occupied_territory(doc: Doc, i: int) -> bool:
        """ "im besetzten Westjordanland": a territory held for long, no capture that happened."""
        return doc[i].lower_.startswith("besetzt") and doc[i].pos_ == "ADJ"


#: Words that make a sentence go on with the event told just before: "Dabei kamen 49 Menschen ums Leben".
_BACK_TO_THE_EVENT = frozenset({"dabei", "hierbei", "dadurch"})


def _sides_told_before(doc: Doc, sent, cues, events: list[ConflictEvent], first: int) -> None:
    """Give the sentence's events (``events[first:]``) that name no attacker the attacker told
    before: deaths the attacker of the sentence's attack ("Bei einem IS-Anschlag wurden 38
    Touristen getötet"), and events that refer back ("Dabei kamen 49 Menschen ums Leben", "bei den
    Luftangriffen seien 260 Kämpfer getötet worden", "Dieser Anschlag …") the attacker of the event of the two sentences before."""
    told = events[first:]
    if not told:
        return
    attack = next((e for e in told if e.attackers and e.kind != "death"), None)
    for event in told:
        if attack and event.kind == "death" and not event.attackers:
            event.attackers = [a for a in attack.attackers if a not in event.targets]
    refers_back = any(doc[i].lower_ in _BACK_TO_THE_EVENT for i in range(sent.start, sent.end)) or any(
        sent.start + 1 < c.start < sent.end and (
            doc[c.start - 1].lower_ in DEMONSTRATIVES  # "Bei diesem Angriff"
            or doc[c.start - 1].lower_ in _REFERRING_ARTICLES and doc[c.start - 2].lower_ in ("bei", "durch"))
        for c in cues)
    before = next((e for e in reversed(events[:first]) if e.attackers), None)
    if not refers_back or before is None or told[0].sentence - before.sentence > 2:
        return
    for event in told:
        # not an event elsewhere ("Diese Anschläge in Paris ..." after air strikes in Syria)
        if not event.attackers and (not event.places or set(event.places) & set(before.places)):
            event.attackers = [a for a in before.attackers if a not in event.targets]


def _side_in_cue(cue_i: int, index: EntityIndex) -> str | None:
    """ "US-Luftangriff", "IS-Anschlag": the side named in the cue word's first part attacks."""
    hit = index.by_token.get(cue_i)
    if hit and hit[1] == "prefix" and index.category(hit[0]) in ARMED:
        return index.principal(hit[0])
    return None


def _forces_of_state(doc: Doc, sent, cue_i: int, index: EntityIndex) -> str | None:
    """ "israelische Luftangriffe", "Israelische Kampfflugzeuge bombardierten", "erschossen türkische
    Soldaten", "Die US-Streitkräfte griffen an": a state's adjective before the cue word, or its
    forces named by adjective or prefix as the subject of the cue verb, name the side that attacks."""
    for i in range(sent.start, sent.end):
        hit = index.by_token.get(i)
        if not hit or not hit[0].startswith("country:"):
            continue
        if hit[1] == "adjective" and i + 1 < sent.end:
            head = doc[i + 1]
            if head.i == cue_i and head.pos_ == "NOUN":
                return hit[0]
        elif hit[1] == "prefix" and i != cue_i:
            head = doc[i]  # "US-Streitkräfte": the forces are the word the prefix begins
        else:
            continue
        if not _forces_word(head.lower_.rpartition("-")[2]):
            continue
        if _subject_of_event_verb(doc, head, cue_i):
            return hit[0]
        # the agent of the passive event verb: "das von türkischen Kampffliegern angegriffen wurde"
        # (not who reports it: "nach Angaben von syrischen Soldaten bombardiert")
        at = i - 1 if i - 1 > sent.start and doc[i - 1].lower_ in DETERMINERS else i  # "von einem afghanischen Soldaten"
        if at - 1 > sent.start and doc[at - 1].lower_ in ("von", "vom") and doc[at - 2].lower_ not in REPORT_NOUNS \
                and head.i < cue_i and _passive_agent(doc, sent, i, index, agent_end=head.i + 1):
            return hit[0]
    return None


def _subject_of_event_verb(doc: Doc, forces, cue_i: int) -> bool:
    """Whether ``forces`` is the subject of the event verb, or of the verb whose object the event
    is ("lieferten sich Gefechte", "nahmen den Ort unter Beschuss"), not of another verb ("In
    Kabul starben deutsche Soldaten bei einem Anschlag")."""
    if forces.dep_ != "nsubj":
        return False
    verb, cue = forces.head, doc[cue_i]
    if verb.i == cue_i:
        return True
    if verb.lower_ in DYING_FORMS:
        return False
    if cue.dep_ == "obj" and cue.head.i == verb.i:
        return True
    # "unter Beschuss nehmen", which the parser hangs on the verb or on its object
    under = any(c.dep_ == "case" and c.lower_ == "unter" for c in cue.children)
    return under and (cue.head.i == verb.i or cue.head.dep_ == "obj" and cue.head.head.i == verb.i)


#: Prepositions by which an event is the time or cause of what the clause tells: "Die Türkei ist
#: nach vier Anschlägen in Alarmbereitschaft" (its subject did not attack).
_CIRCUMSTANCE = frozenset({"nach", "seit", "wegen", "infolge", "trotz", "vor"})


def _circumstance(cue) -> bool:
    """Whether the event noun ``cue`` is a "nach"/"seit"/"wegen" phrase of another verb."""
    return cue.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in _CIRCUMSTANCE for c in cue.children)


def _bracketed_alias(doc: Doc, i: int, sent_start: int, index: EntityIndex, key: str) -> bool:
    """Whether the name at ``i`` stands in brackets right after a name of the same actor."""
    if i - 2 < sent_start or doc[i - 1].text != "(":
        return False
    before = index.by_token.get(i - 2)
    return before is not None and index.principal(before[0]) == key


def _forces_word(word: str) -> bool:
    """ "Kampfflieger", and its dative plural "Kampffliegern"."""
    return any(form in FORCES for form in dative_plural_stems(word))


def _counted(doc: Doc, sent, i: int) -> bool:
    """Whether the word at ``i`` is the noun of a count of people killed: "260 PKK-Kämpfer
    getötet", "sind zwei Serben ums Leben gekommen", "tötete zwei kurdische Rebellen"; not the
    subject of an active verb of doing ("Zwei PKK-Kämpfer töteten drei Soldaten")."""
    verb = doc[i].head
    if doc[i].dep_ == "nsubj" and is_finite(verb) and verb.lower_ not in DYING_FORMS:
        return False
    return any((found := _toll_at(doc, sent, k)) is not None and found[1] == i + 1
               for k in range(max(sent.start, i - 4), i))


def _passive_agent(doc: Doc, sent, i: int, index: EntityIndex, *, agent_end: int | None = None) -> bool:
    """Whether the "von" phrase at ``i`` (ending at ``agent_end``, else with the name there) names who
    did it in a passive sentence, not an origin ("von Syrien aus"), an attribute ("die von Russland
    unterstützten Rebellen") or a side denied ("nicht von den USA")."""
    at = next(k for k in range(i - 1, sent.start - 1, -1) if doc[k].lower_ in ("von", "vom"))
    end = agent_end or index.mention_end(i)
    if _agent_of_participle(doc, i, index, end=end) or at > sent.start and doc[at - 1].lower_ == "nicht":
        return False
    # the passive verb the phrase belongs to comes before the clause ends ("... von der PKK verübt"),
    # not a noun it completes ("eine Offensive von zwei Rebellenbündnissen")
    for k in range(end, sent.end):
        if doc[k].text in (",", ";", ":") or doc[k].pos_ == "NOUN":
            return False
        if doc[k].pos_ == "VERB":
            return any(child.dep_ == "aux:pass" for child in doc[k].children)
    return False


def _subject_of(doc: Doc, start: int, end: int, cue_i: int) -> bool:
    """Whether a word of the phrase start..end is the subject of the cue verb."""
    return any(doc[k].dep_ == "nsubj" and doc[k].head.i == cue_i for k in range(start, end))


def _agent_of_participle(doc: Doc, start: int, index: EntityIndex, *, end: int | None = None) -> bool:
    """ "die von Russland unterstützten Rebellen": the name is the agent of an attribute, not a side."""
    end = end or index.mention_end(start)
    return end < len(doc) and is_adjective_like(doc[end])


def _toll_at(doc: Doc, sent, i: int) -> tuple[int, int] | None:
    """(number of people, end of the phrase) for a count of people at token ``i``, else None."""
    token = doc[i]
    if token.like_num and token.text.replace(".", "").isdigit():
        value = int(token.text.replace(".", ""))
    elif token.lower_ in _NUMBER_WORDS:
        value = _NUMBER_WORDS[token.lower_]
    else:
        return None
    if i > sent.start and doc[i - 1].lower_ in _NOT_A_TOLL:
        return None
    k = skip_adjectives(doc, i + 1, sent.end)
    if k < sent.end and (_VICTIMS.match(doc[k].lower_) or _counts_people(doc[k])):
        return value, k + 1
    return None


def _counts_people(token) -> bool:
    """Whether a plural noun after a number may count people: "Palästinenser", "Mexikaner", "Israelis"."""
    return token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper() and not _NOT_VICTIMS.match(token.lower_) \
        and (token.morph.get("Number") == ["Plur"] or token.lower_.endswith(("er", "is", "innen")))
