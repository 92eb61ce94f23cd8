"""Attribution: who said or reported what.

Cues (``kg_cues`` spans of kind ``source_marker`` and ``speech_verb``):

* reported: ", so die Washington Post", "nach Angaben des Daily Star Lebanon", "laut Reuters",
  "der BBC zufolge", "wie die AFP berichtete";
* indirect speech: "Kerry betont, dass …", "sagte er" (pronouns resolve to the last person);
* direct quotes: „…“ or "…" in a sentence with a speech verb and a speaker.

Each claim is the sentence that carries the cue, attributed to one source actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract.entities import EntityIndex
from kg.extract.grammar import SUBJECT_PRONOUNS, is_adjective_like, span_text
from kg.extract.records import Claim, TextSpan

_QUOTE = re.compile(r"„([^“”]{3,}?)[“”]|»([^«]{3,}?)«|\"([^\"]{3,}?)\"")
SOURCE_CATEGORIES = ("Person", "Organization", "Country", "ArmedGroup", "Media")


class SourceExtractor:
    def __init__(self, *, cues_key: str = "kg_cues") -> None:
        self.cues_key = cues_key

    def extract(self, doc: Doc, index: EntityIndex) -> list[Claim]:
        claims: list[Claim] = []
        cues = [c for c in doc.spans.get(self.cues_key, []) if c.label_ in ("source_marker", "speech_verb")]
        for number, sent in enumerate(doc.sents):
            seen: set[tuple[str, str]] = set()
            for cue in (c for c in cues if sent.start <= c.start < sent.end):
                found = self._reported(doc, sent, cue, index) if cue.label_ == "source_marker" \
                    else self._speech(doc, sent, cue, index)
                if found is None:
                    continue
                source, cue_start, cue_end, kind = found
                cue_text = span_text(doc, cue_start, cue_end)
                if (source, kind) in seen:
                    continue
                seen.add((source, kind))
                quote = self._quote(sent) if kind != "reported" else None
                claims.append(Claim(
                    source=source, text=sent.text.strip(), cue=cue_text[2], sentence=number,
                    kind="direct_quote" if quote else kind, quote=quote,
                    evidence=TextSpan(cue_text[0], cue_text[1], cue_text[2]),
                ))
        return claims

    @staticmethod
    def _source_at(doc: Doc, index: EntityIndex, i: int, limit: int) -> tuple[str, int] | None:
        """The source actor at ``i`` after an optional article/adjectives: (key, end token)."""
        while i < limit and (doc[i].lower_ in ("der", "die", "das", "des", "dem", "den", "von", "vom")
                             or is_adjective_like(doc[i])):
            i += 1
        key = index.key_at(i)
        if key is None or index.category(key) not in SOURCE_CATEGORIES:
            ref = index.role_at(i)
            if ref and (ref.person or ref.affiliation):
                return (ref.person or ref.affiliation), ref.end
            return None
        end = i
        while end < limit and index.key_at(end) == key:
            end += 1
        return key, end

    def _reported(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex):
        word = cue.kb_id_
        i = cue.start
        if word == "so":
            # ", so die Washington Post" — not "so genannte", "so schnell".
            if i == sent.start or doc[i - 1].text not in {",", "–", "-"}:
                return None
            found = self._source_at(doc, index, i + 1, sent.end)
            return (found[0], i, found[1], "reported") if found else None
        if word in ("laut",):
            found = self._source_at(doc, index, i + 1, sent.end)
            return (found[0], i, found[1], "reported") if found else None
        if word in ("nach Angaben", "nach Informationen"):
            if i == sent.start or doc[i - 1].lower_ != "nach":
                return None
            found = self._source_at(doc, index, i + 1, sent.end)
            return (found[0], i - 1, found[1], "reported") if found else None
        if word == "unter Berufung auf":
            if i + 1 < sent.end and doc[i + 1].lower_ == "auf":
                found = self._source_at(doc, index, i + 2, sent.end)
                return (found[0], i - 1 if i and doc[i - 1].lower_ == "unter" else i, found[1], "reported") if found else None
            return None
        if word == "zufolge":
            j = i - 1
            while j >= sent.start and index.key_at(j) is None and j > i - 3:
                j -= 1
            key = index.key_at(j)
            if key and index.category(key) in SOURCE_CATEGORIES:
                start = j
                while start - 1 >= sent.start and index.key_at(start - 1) == key:
                    start -= 1
                return key, start, i + 1, "reported"
            return None
        if word == "wie berichtet":
            # "wie die AFP berichtete": a speech verb must follow the source.
            found = self._source_at(doc, index, i + 1, sent.end)
            if found and found[1] < sent.end and doc[found[1]].lower_.startswith(("bericht", "meld", "schrieb", "schreib", "mitteilt")):
                return found[0], i, found[1] + 1, "reported"
        return None

    def _speech(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex):
        """Subject of a speech verb: just before it, or just after it (V2 inversion)."""
        i = cue.start
        if i - 1 >= sent.start:
            key = index.key_at(i - 1)
            if key and index.category(key) in SOURCE_CATEGORIES:
                start = i - 1
                while start - 1 >= sent.start and index.key_at(start - 1) == key:
                    start -= 1
                return key, start, i + 1, "indirect_speech"
            ref = index.role_at(i - 1)
            if ref and (ref.person or ref.affiliation):
                return (ref.person or ref.affiliation), ref.start, i + 1, "indirect_speech"
        if i + 1 < sent.end:
            if doc[i + 1].lower_ in SUBJECT_PRONOUNS:
                person = index.last_person_before(i)
                return (person, i, i + 2, "indirect_speech") if person else None
            found = self._source_at(doc, index, i + 1, min(sent.end, i + 6))
            if found:
                return found[0], i, found[1], "indirect_speech"
        return None

    @staticmethod
    def _quote(sent: Span) -> str | None:
        match = _QUOTE.search(sent.text)
        if not match:
            return None
        return next(g for g in match.groups() if g)
