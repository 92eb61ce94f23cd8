"""Conflict events: fighting, air strikes, shelling, captures and deaths, with actors and places.

A sentence with an event cue yields one event per cue kind. Actors are the states, armed groups
and organisations named in the sentence: a "gegen" phrase is the target, an "an X gefallen"
phrase the captor, a "von" phrase of a capture the side that lost the place, a subject before
the cue the attacker. Deaths take their number from
"38 Menschen", "Dutzende Zivilisten".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.entities import LOCATIVE, EntityIndex
from kg.extract.grammar import is_adjective_like, marker_before, span_text
from kg.extract.records import ConflictEvent, TextSpan
from kg.extract.timex import parse_date, resolve

_NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                 "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
                 "hundert": 100, "tausend": 1000}
_VICTIMS = re.compile(r"^(menschen|personen|zivilisten|soldaten|kämpfer|tote|toten|opfer|kinder|frauen|"
                      r"polizisten|einwohner|leute|dschihadisten|extremisten|aufständische|rebellen)$")
_KINDS = {"event_fight": "fight", "event_airstrike": "airstrike", "event_artillery": "artillery",
          "event_capture": "capture", "event_death": "death"}
ARMED = ("Country", "ArmedGroup", "Organization")


class EventExtractor:
    def __init__(self, *, cues_key: str = "kg_cues") -> None:
        self.cues_key = cues_key

    def extract(self, doc: Doc, index: EntityIndex, *, date: str | None = None) -> list[ConflictEvent]:
        events: list[ConflictEvent] = []
        cues = [c for c in doc.spans.get(self.cues_key, []) if c.label_ in _KINDS]
        cameo = {"fight": "190", "airstrike": "195", "artillery": "194", "capture": "192", "death": "190"}
        for number, sent in enumerate(doc.sents):
            done: set[tuple[str, str]] = set()
            for cue in (c for c in cues if sent.start <= c.start < sent.end):
                kind = _KINDS[cue.label_]
                # One event per kind and cue word: "an X gefallene Stadt" and "zurückzuerobern"
                # in one sentence are two captures with different captors.
                if (kind, cue.kb_id_) in done or (kind != "capture" and any(k == kind for k, _ in done)):
                    continue
                actors = self._actors(sent, index)
                places = self._places(sent, index)
                casualties = self._casualties(doc, sent) if kind == "death" else None
                if kind == "death" and casualties is None:
                    continue
                if kind == "capture" and not places:
                    continue
                if kind in ("fight", "airstrike", "artillery") and not (actors or places):
                    continue
                done.add((kind, cue.kb_id_))
                attackers, targets = self._roles(doc, sent, cue.start, index, actors, kind)
                if kind == "capture" and cue.kb_id_ == "fallen":
                    captor = self._fallen_to(doc, sent, cue.start, index)
                    attackers = [captor] if captor else []
                begin, finish, text = span_text(doc, cue.start, cue.end)
                when = resolve(sent.text, parse_date(date))
                events.append(ConflictEvent(
                    kind=kind, cameo=cameo[kind], attackers=attackers, targets=targets,
                    actors=[a for a in actors if a not in attackers + targets],
                    # "Russland fliegt Luftangriffe": the attacking state is no place of the event
                    places=[p for p in places if p not in attackers + targets],
                    casualties=casualties, trigger=cue.kb_id_, evidence=TextSpan(begin, finish, text),
                    sentence=number,
                    date=when.begin.isoformat() if when else (date[:10] if date else None),
                    date_end=when.end.isoformat() if when and not when.is_day else None,
                ))
        return events

    @staticmethod
    def _actors(sent, index: EntityIndex) -> list[str]:
        keys = []
        for i in range(sent.start, sent.end):
            hit = index.by_token.get(i)
            if hit and hit[0] in index.actors and index.category(hit[0]) in ARMED and hit[1] not in ("prefix", "adjective"):
                if index.category(hit[0]) == "Country" and marker_before(sent.doc, i, sent.start) in LOCATIVE:
                    continue  # "der Kampf gegen den IS in Syrien": where, not who
                keys.append(index.principal(hit[0]))
        return list(dict.fromkeys(keys))

    @staticmethod
    def _places(sent, index: EntityIndex) -> list[str]:
        keys = []
        for i in range(sent.start, sent.end):
            hit = index.by_token.get(i)
            if hit and hit[0] in index.places and hit[1] in ("name", "alias"):
                place = index.places[hit[0]]
                if place.kind == "country" and marker_before(sent.doc, i, sent.start) not in LOCATIVE:
                    continue  # "Russland fliegt Angriffe", "die von Russland unterstützten": not where
                if place.kind != "country" or not keys:
                    keys.append(hit[0])
        # Prefer the most specific place: a city or region over the country around it.
        specific = [k for k in dict.fromkeys(keys) if index.places[k].kind != "country"]
        return specific or list(dict.fromkeys(keys))

    @staticmethod
    def _roles(doc: Doc, sent, cue_i: int, index: EntityIndex, actors: list[str], kind: str):
        attackers, targets = [], []
        for i in range(sent.start, sent.end):
            hit = index.by_token.get(i)
            if not hit or index.principal(hit[0]) not in actors or (i > sent.start and index.by_token.get(i - 1, (None,))[0] == hit[0]):
                continue
            key = index.principal(hit[0])
            marker = marker_before(doc, i, sent.start)
            right_after_cue = i > cue_i and all(doc[k].lower_ in ("der", "des", "den") or is_adjective_like(doc[k])
                                                for k in range(cue_i + 1, i))
            if marker == "gegen":
                targets.append(key)
            elif kind == "capture" and marker == "an":
                attackers.append(key)
            elif kind == "capture" and marker in ("von", "vom") and i < cue_i and not _agent_of_participle(doc, i, index):
                targets.append(key)  # "Palmyra von der Terrormiliz IS zurückerobert": taken from
            elif right_after_cue and not attackers and (
                    marker in ("der", "des") or (i == cue_i + 1 and doc[i].text.endswith("s"))):
                attackers.append(key)  # "Luftangriffe der syrischen Armee", "Angriffe Russlands": the genitive attacks
            elif marker in (None, "der", "die", "das") and i < cue_i and not attackers:
                attackers.append(key)
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
    def _casualties(doc: Doc, sent) -> int | None:
        for token in sent:
            value = None
            if token.like_num and token.text.replace(".", "").isdigit():
                value = int(token.text.replace(".", ""))
            elif token.lower_ in _NUMBER_WORDS:
                value = _NUMBER_WORDS[token.lower_]
            if value is None:
                continue
            k = token.i + 1
            while k < sent.end and is_adjective_like(doc[k]):
                k += 1
            if k < sent.end and _VICTIMS.match(doc[k].lower_):
                return value
        return None


def _agent_of_participle(doc: Doc, start: int, index: EntityIndex) -> bool:
    """ "die von Russland unterstützten Rebellen": the name is the agent of an attribute, not a side."""
    end = index.mention_end(start)
    return end < len(doc) and is_adjective_like(doc[end])
