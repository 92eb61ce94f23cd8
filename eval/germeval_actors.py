"""Score kg's person and organisation actors against GermEval 2014's news sentences.

    .venv/bin/python eval/germeval_actors.py [--half even|odd|all] [--shared ../shared] [--pipeline NAME]
                                             [--show-errors]

Reads ``NER-de-dev.tsv`` of GermEval 2014 (CC BY 4.0, see ``shared/data/germeval2014/SOURCE.md``)
from ../shared at run time; no corpus text is kept in the repository. Only the sentences from
online news are scored (a ``#`` line whose URL is not de.wikipedia.org): about 1,080 of the 2,200.
kg's NER was trained on the test file; of the dev file the sentences with an EVEN index (0-based, in
file order, Wikipedia's counted too) chose its checkpoint and the ODD ones are its held-out report
split (training/README.md). So: develop on ``--half even`` (the default, errors allowed) and keep
``--half odd`` for totals only.

Each sentence is detokenised (no space before closing punctuation, none after opening brackets and
quotes) and run through kg's pipeline and extraction as one small text of its own, with no headline,
the way eval/score.py runs a passage written for the project (``kg.article_from_text`` and
``kg.extract``). kg's mentions are read from the record: the ``name`` and ``alias`` mentions of the
named actors it keeps (``ArticleRecord.actors``), with their character offsets. Gold spans are the
outer column's PER, ORG (and LOC, OTH for the confusions); a ``*deriv`` or ``*part`` tag is only
read to set a kg mention aside (below).

Scored: kg ``Person`` against gold PER; kg ``Organization``, ``Media``, ``ArmedGroup`` against
gold ORG; exact span and overlap, precision, recall and F1 per type and both together, plus a
confusion table (kg type x gold type of the span it overlaps; ``place`` and ``-`` rows: gold spans
with no kg actor mention, over a kg place or over nothing). kg's ``Other`` actors (named sources of
no known kind) are not scored; the table shows them.

Not comparable, counted apart rather than as errors:

* **states and governments.** kg resolves states, their governments ("die Bundesregierung",
  "Washington" for the US government) and their bodies to one ``Country`` actor, and keeps a state as
  an actor only where the text has it act (likewise the EU, ``places.TERRITORIAL_UNIONS``); GermEval
  tags a state's name LOC whatever it does, and a government ORG or not at all. kg's state mentions
  are never scored; the table shows what they overlap. A gold PER or ORG under a kg state mention,
  or under the place mention of a union kg keeps as a place ("in die Europäische Union"), is left
  out of recall and counted as "gold read as a state or union".
* **regions' governments.** "das Land NRW", "der Kanton Zürich" act as a state does for kg (an
  Organization), while GermEval tags the region LOC: not counted as false.
* **what GermEval tags only in part.** A kg name mention over a token GermEval tags only as a
  ``*part`` or ``*deriv`` ("EU-Kommission", "US-Notenbank", "Wülfrather Polizei") is not counted as
  false (this also spares a real error now and then, such as a demonym "Deutsch-Kanadier" kg took
  for an organisation; ``--show-errors`` lists them all).
* **bodies named by a common noun.** A one-word kg organisation that is an ordinary noun by kg's
  own test ("das Verteidigungsministerium", "der Nationalrat", "die Sozialdemokraten") is a body kg
  keeps as an actor but no proper name GermEval tags; where GermEval tags nothing there, it is not
  counted as false.
* **prefixes, adjectives, demonyms, roles.** kg's ``prefix`` ("EU-" of "EU-Budget"), ``adjective``,
  ``demonym`` and ``role`` mentions answer GermEval's ``*part`` and ``*deriv`` tags or no tag at all;
  they are not read.
* **unnamed actors.** A source known only by its noun ("die Polizei", "ein Sprecher") is an actor of
  kg's but ``named`` False, and no name; left out.
* **gold ORG that is no actor.** GermEval's ORG also covers product brands, sports leagues, TV
  programmes and teams' nicknames ("ZDF-Morgenmagazin", "Red Devils"), things kg does not take for
  actors. These cannot be told apart from real misses automatically; they stay misses, and
  ``--show-errors`` lists them for reading. A gold ORG that kg reads as a place (a club named by its
  town, "Bremen") is a miss too, shown in the confusion table under ``place``.

Runtime: 25 to 65 seconds per half (about 540 sentences, 10,000 tokens) on this 2-core machine, in
one process, depending on what else runs; nearly all of it kg's pipeline. The script prints its own.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from score import Tally  # noqa: E402  (the P/R/F1 tally of the canned-query scorer)

DATA = Path("data") / "germeval2014" / "NER-de-dev.tsv"

#: kg actor categories and the GermEval type each is scored as; "state" is not scored.
KG_TYPES = {"Person": "PER", "Organization": "ORG", "Media": "ORG", "ArmedGroup": "ORG", "Country": "state",
            "Other": "other"}
SCORED = ("PER", "ORG")
#: kg mention kinds that are names; prefixes, adjectives, demonyms and roles are not (see the docstring)
NAME_KINDS = ("name", "alias")

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "“", "«", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "„", "»"}


@dataclass
class Sentence:
    index: int
    url: str
    tokens: list[str]
    tags: list[str]
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)

    @property
    def news(self) -> bool:
        return "de.wikipedia.org" not in self.url

    def spans(self) -> list[tuple[int, int, str]]:
        """Gold (start, end, type) in characters, from the outer column; a ``*deriv`` or ``*part``
        tag gives the type "part" (not scored, only told apart)."""
        found, current = [], None
        for (start, end), tag in zip(self.offsets, self.tags):
            kind = tag[2:] if tag[:2] in ("B-", "I-") else ""
            if kind.endswith(("deriv", "part")):
                kind = "part"
            if tag.startswith("I-") and current and current[2] == kind:
                current[1] = end
                continue
            if current:
                found.append(tuple(current))
            current = [start, end, kind] if kind else None
        if current:
            found.append(tuple(current))
        return found


def read_sentences(path: Path) -> list[Sentence]:
    sentences, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            parts = line.split("\t")
            current = Sentence(len(sentences), parts[1] if len(parts) > 1 else "", [], [])
            sentences.append(current)
        elif line.strip() and current is not None:
            columns = line.split("\t")
            current.tokens.append(columns[1])
            current.tags.append(columns[2])
    for sentence in sentences:
        detokenise(sentence)
    return sentences


def detokenise(sentence: Sentence) -> None:
    """The sentence as running text, and each token's character offsets in it."""
    text, offsets, open_quote, glue = "", [], False, True
    for token in sentence.tokens:
        if token == '"':
            closing = open_quote
            open_quote = not open_quote
        else:
            closing = token in _NO_SPACE_BEFORE
        if text and not glue and not closing:
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
        glue = token in _NO_SPACE_AFTER or (token == '"' and open_quote)
    sentence.text, sentence.offsets = text, offsets


def kg_mentions(record) -> list[tuple[int, int, str, str]]:
    """(start, end, type, text) of the name mentions of the named actors kg keeps."""
    found = set()
    for actor in record.actors:
        if not actor.named:
            continue
        kind = KG_TYPES.get(actor.category, "other")
        for mention in actor.mentions:
            if mention.kind in NAME_KINDS:
                found.add((mention.start, mention.end, kind, mention.text))
    return sorted(found)


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Scores:
    exact: dict = field(default_factory=lambda: {t: Tally() for t in (*SCORED, "PER+ORG")})
    overlap: dict = field(default_factory=lambda: {t: Tally() for t in (*SCORED, "PER+ORG")})
    #: (kg type, gold type) -> mentions; gold type "-" where kg's mention overlaps no gold span,
    #: kg type "-" / "place" where a gold span has no kg actor mention (or only a kg place)
    confusion: Counter = field(default_factory=Counter)
    read_as_state: Counter = field(default_factory=Counter)
    #: kg mentions not counted as false (see set_aside), by reason
    set_aside: Counter = field(default_factory=Counter)
    sentences: int = 0
    words: int = 0


def set_aside(p, gold: list[tuple[int, int, str]]) -> str | None:
    """Why a kg PER/ORG mention is not counted as false, or None when it is: it names a region's
    government ("das Land NRW", "der Kanton Zürich", where GermEval tags the region LOC), or, with no
    gold PER/ORG/LOC/OTH span over it, GermEval tags only the part or derivation of a name inside it
    ("EU-" of "EU-Kommission", "Wülfrather" of "Wülfrather Polizei"), or kg's mention is a body named
    by a common noun, no name ("das Verteidigungsministerium", "der Nationalrat")."""
    from kg.extract.entities import REGION_GOVERNMENTS
    from kg.extract.grammar import is_common_noun

    words = p[3].split()
    if p[2] == "ORG" and len(words) > 1 and words[0].lower() in REGION_GOVERNMENTS \
            and not any(overlaps(p, g) and g[2] in SCORED for g in gold):
        return "region"  # "das Land NRW", "der Kanton Zürich": a region's government, acting as a state does
    if any(overlaps(p, g) for g in gold if g[2] != "part"):
        return None
    if any(overlaps(p, g) for g in gold):
        return "part"
    if p[2] == "ORG" and len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() \
            and is_common_noun(words[0]):
        return "common noun"
    return None


def score_sentence(sentence: Sentence, predicted, places, unions, scores: Scores, errors: list[str]) -> None:
    gold = sentence.spans()
    text = sentence.text
    states = [p for p in predicted if p[2] == "state"] + unions
    # a gold PER/ORG under a kg state mention is a government or a state's body: not comparable
    gold_scored = []
    for g in gold:
        if g[2] in SCORED and any(overlaps(g, s) for s in states):
            scores.read_as_state[g[2]] += 1
            errors.append(f"  (state)  gold {g[2]} '{text[g[0]:g[1]]}' is a kg state or union")
        elif g[2] in SCORED:
            gold_scored.append(g)
    pred_scored = []
    for p in predicted:
        if p[2] not in SCORED:
            continue
        why = set_aside(p, gold)
        if why is None:
            pred_scored.append(p)
        else:
            scores.set_aside[why] += 1
            errors.append(f"  ({why}) kg {p[2]} '{p[3]}' not counted")
    for kind in (*SCORED, "PER+ORG"):
        wanted = [g for g in gold_scored if kind in (g[2], "PER+ORG")]
        found = [p for p in pred_scored if kind in (p[2], "PER+ORG")]
        scores.exact[kind].add(sum(1 for p in found if any(p[:3] == g for g in wanted)), len(found),
                               sum(1 for g in wanted if any(p[:3] == g for p in found)), len(wanted))
        scores.overlap[kind].add(sum(1 for p in found if any(overlaps(p, g) and p[2] == g[2] for g in wanted)),
                                 len(found),
                                 sum(1 for g in wanted if any(overlaps(p, g) and p[2] == g[2] for p in found)),
                                 len(wanted))
    for p in predicted:
        hit = [g for g in gold if overlaps(p, g) and g[2] != "part"]
        scores.confusion[(p[2], hit[0][2] if hit else "-")] += 1
        if p not in pred_scored:
            continue
        if not hit:
            errors.append(f"  false    kg {p[2]} '{p[3]}'")
        elif not any(g[2] == p[2] for g in hit):
            errors.append(f"  type     kg {p[2]} '{p[3]}', gold {hit[0][2]} '{text[hit[0][0]:hit[0][1]]}'")
        elif not any(p[:3] == g for g in hit):
            g = next(g for g in hit if g[2] == p[2])
            errors.append(f"  boundary kg {p[2]} '{p[3]}', gold '{text[g[0]:g[1]]}'")
    for g in gold_scored:
        if not any(overlaps(p, g) for p in predicted):
            place = any(overlaps(g, pl) for pl in places)
            scores.confusion[("place" if place else "-", g[2])] += 1
            errors.append(f"  missed   gold {g[2]} '{text[g[0]:g[1]]}'" + (" (kg: place)" if place else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--half", choices=("even", "odd", "all"), default="even",
                        help="even: development (default); odd: held out, totals only; all: both")
    parser.add_argument("--pipeline", default=None)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    path = Path(args.shared) / DATA
    if not path.is_file():
        sys.exit(f"Error: GermEval 2014 dev file not found at {path} (give --shared DIR, the folder holding data/germeval2014)")
    if args.half == "odd" and args.show_errors:
        print("the odd half is held out: totals only, no errors", file=sys.stderr)
        args.show_errors = False

    import kg
    from kg.extract.places import TERRITORIAL_UNIONS

    began = time.monotonic()
    nlp = kg.load_nlp(args.pipeline)
    sentences = [s for s in read_sentences(path) if s.news
                 and (args.half == "all" or s.index % 2 == (0 if args.half == "even" else 1))]
    scores = Scores()
    for sentence in sentences:
        article = kg.article_from_text(sentence.text, title="", source=f"germeval-dev:{sentence.index}")
        if article.text != sentence.text:  # cleaning changed it: offsets would not line up
            sys.exit(f"Error: sentence {sentence.index} was changed by kg's text cleaning; cannot align offsets")
        record = kg.extract(article, nlp=nlp)
        places = [(m.start, m.end) for place in record.places for m in place.mentions]
        # a union of states kg keeps as an actor only where it acts, like a state ("in die EU")
        unions = [(m.start, m.end) for place in record.places if place.key in TERRITORIAL_UNIONS
                  for m in place.mentions]
        errors: list[str] = []
        score_sentence(sentence, kg_mentions(record), places, unions, scores, errors)
        scores.sentences += 1
        scores.words += len(sentence.tokens)
        if args.show_errors and errors:
            print(f"[{sentence.index}] {sentence.text}")
            print("\n".join(errors))
    seconds = time.monotonic() - began

    print(f"GermEval 2014 dev, news sentences, {args.half} half: {scores.sentences} sentences, "
          f"{scores.words} tokens, {seconds:.0f} s")
    for name, table in (("exact span", scores.exact), ("overlap", scores.overlap)):
        print(name)
        for kind, tally in table.items():
            print("  " + tally.line(kind))
    print("gold read as a state or union (not scored): "
          + ", ".join(f"{kind} {scores.read_as_state[kind]}" for kind in SCORED))
    print("kg mentions not counted as false: "
          + f"GermEval tags a part or derivation {scores.set_aside['part']}, "
          + f"a body named by a common noun {scores.set_aside['common noun']}, "
          + f"a region's government {scores.set_aside['region']}")
    gold_types = ("PER", "ORG", "LOC", "OTH", "-")
    print("confusion, mentions (rows kg, columns gold by overlap; '-' none):")
    print("  " + f"{'':<8}" + "".join(f"{g:>7}" for g in gold_types))
    for kg_type in ("PER", "ORG", "state", "other", "place", "-"):
        row = [scores.confusion[(kg_type, g)] for g in gold_types]
        if any(row):
            print("  " + f"{kg_type:<8}" + "".join(f"{n:>7}" for n in row))


if __name__ == "__main__":
    main()
