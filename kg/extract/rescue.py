"""Emergency services at work, and care given in someone's facility.

A fire brigade, mountain rescue or the Red Cross helps by turning out: "Die Feuerwehr war im
Einsatz", "Die Bergrettung wurde alarmiert", "wurde von der Bergrettung geborgen" record help even
though no word for help is given. The same words said of anyone else ("Die Polizei war im Einsatz",
"Die Armee wurde alarmiert") record none, so these rules look at who is at work.

"Die Verletzten wurden in einem Lazarett der ISAF versorgt": the owner of the place of care gives
the care.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.entities import EntityIndex
from kg.extract.grammar import (
    DETERMINERS, clause_bounds, dative_plural_stems, is_adjective_like, skip_adjectives, span_text,
)
from kg.extract.records import AidItem, TextSpan

#: Cues that are help when an emergency service does them: being at work, being called out,
#: rescuing, carrying the injured ("wurden von der Bergrettung zum Hubschrauber gebracht").
RESCUE_WORK = frozenset({"im Einsatz", "alarmieren", "retten", "bringen", "fliegen"})
#: Cues whose object is the one called out: "Die Polizei alarmierte die Feuerwehr".
CALLING_OUT = frozenset({"alarmieren"})
GENITIVE_ARTICLES = frozenset({"der", "des"})
AGENT_MARKERS = frozenset({"von", "vom", "durch"})


def is_rescue_service(label: str, services: frozenset[str]) -> bool:
    """ "Wiener Feuerwehr", "Berufsfeuerwehr Köln", "Bergrettung Axams", "Rotes Kreuz": a name with
    a word for an emergency service, whole or as the last part of a compound."""
    lower = label.lower().replace("-", " ")
    words = lower.split()
    return any(service in lower if " " in service else any(word.endswith(service) for word in words)
               for service in services)


def work_item(doc: Doc, cue: Span) -> AidItem:
    """What a service at work gives, named by the cue itself: "im Einsatz", "geborgen"."""
    start = cue.start - 1 if cue.kb_id_ == "im Einsatz" and cue.start > 0 else cue.start
    begin, finish, text = span_text(doc, start, cue.end)
    return AidItem(text=text, category="HumanitarianAid", span=TextSpan(begin, finish, text))


def services_called_out(doc: Doc, sent: Span, cue: Span, index: EntityIndex, services: frozenset[str],
                        is_actor) -> list[str]:
    """The emergency services a calling-out cue names in its clause, in order: "Die Bergrettung
    Axams und das Rote Kreuz wurden alarmiert", "alarmierte die Feuerwehr" (not "von der Polizei
    alarmiert", who calls)."""
    start, end = clause_bounds(sent, cue.start)
    found = []
    for i in range(start, end):
        key = is_actor(index, i)
        if key is None or key in found or not is_rescue_service(index.actors[key].label, services):
            continue
        mention = range(i, next((j for j in range(i, end) if index.key_at(j) != key), end))
        if any(doc[j].dep_ == "nsubj" and doc[j].head.i == cue.start for j in mention):
            continue  # "Das Rote Kreuz alarmierte die Polizei": who calls
        k = i - 1
        while k >= start and (doc[k].lower_ in DETERMINERS or is_adjective_like(doc[k])):
            k -= 1
        if k >= start and doc[k].lower_ in AGENT_MARKERS:
            continue  # "von der Feuerwehr alarmiert": who calls
        found.append(key)
    return found


def owner_of_care_facility(doc: Doc, sent: Span, cue: Span, index: EntityIndex, facilities: frozenset[str],
                           is_actor) -> str | None:
    """ "in einem Lazarett der ISAF", "im Krankenhaus des Roten Kreuzes", "in Quartieren der Caritas":
    the actor in the genitive of a place of care in the cue's clause."""
    start, end = clause_bounds(sent, cue.start)
    for i in range(start, end - 2):
        stems = dative_plural_stems(doc[i].lower_)
        if not any(stem.endswith(place) for stem in stems for place in facilities) \
                or doc[i + 1].lower_ not in GENITIVE_ARTICLES:
            continue
        k = skip_adjectives(doc, i + 2, end)
        owner = is_actor(index, k) if k < end else None
        if owner is not None:
            return owner
    return None
