"""Check candidate given names for collisions before adding them to kg/data/gazetteer/given_names.txt.

A given name in the list makes kg read "<Name> <Capitalised word>" as a person, so a name that is
also an ordinary German word ("Nur", "Per", "Hoffnung"), a frequent capitalised German token, a
common English word, a place, a country or an organisation does harm. For each candidate this
prints what it collides with:

  de-noun    a noun by kg's own test (grammar.is_dictionary_noun: spaCy's German lookup table
             and kg's noun list)
  de-form    the lower-case form is in the lookup table as a form of another word
  noun-list  kg/data/lexicon/nouns.txt or press_nouns.txt
  en-word    a form of spaCy's English lookup table (lower case)
  place      a name or alias in places.jsonl / countries.jsonl (also adjectives, demonyms)
  org        a name or alias in organisations.jsonl
  lower=N    N lower-case occurrences in the German corpora under shared/data
  cap-O=N    N capitalised occurrences tagged as no entity (or as a non-person entity) in the
             NER corpora, against per=N tagged as a person

The corpora only reject names; they are not read to pick any.

    .venv/bin/python scripts/check_given_names.py NAMES.txt        # candidates, one a line
    .venv/bin/python scripts/check_given_names.py --all             # the whole list
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "kg" / "data" / "gazetteer"
SHARED = ROOT.parent / "shared" / "data"  # ../shared beside the repository, as for eval/
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def gazetteer_forms() -> dict[str, str]:
    from kg.nlp.gazetteer import _read_jsonl  # (kg's own reader of its gazetteer files)

    forms: dict[str, str] = {}
    for name, kind in (("places.jsonl", "place"), ("countries.jsonl", "place"), ("organisations.jsonl", "org")):
        for row in _read_jsonl(GAZ / name):
            for form in (row.get("name"), *(row.get("aliases") or ()), *(row.get("adjectives") or ()),
                         *(row.get("demonyms") or ())):
                if form:
                    forms.setdefault(form.lower(), f"{kind}:{row['id']}")
    return forms


def corpus_counts(shared: Path) -> tuple[Counter, Counter, Counter]:
    """Lower-case occurrences of each word; capitalised occurrences tagged O/other and PER."""
    lower: Counter = Counter()
    cap_other: Counter = Counter()
    cap_per: Counter = Counter()

    def tagged(token: str, tag: str) -> None:
        if not token[:1].isalpha():
            return
        if token[:1].islower():
            lower[token] += 1
        elif "PER" in tag.upper():
            cap_per[token.lower()] += 1
        else:
            cap_other[token.lower()] += 1

    germeval = shared / "germeval2014"
    for path in sorted(germeval.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 3 and not line.startswith("#"):
                tagged(cols[1], cols[2])
    for path in sorted((shared / "europarl-ner-de").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2:
                tagged(cols[0], cols[-1])
    for path in sorted((shared / "europeana-newspapers-ner-de").glob("*.bio")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            cols = line.split()
            if len(cols) == 2:
                tagged(cols[0], cols[1])
    for path in sorted((shared / "ud-german-gsd").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tagged(cols[1], "PER" if cols[3] == "PROPN" else "O")
    news = shared / "german-news" / "10kGNAD-test.csv"
    if news.exists():
        for word in _WORD.findall(news.read_text(encoding="utf-8")):
            if word[:1].islower():
                lower[word] += 1
    return lower, cap_other, cap_per


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="?", help="file of candidate names, one a line")
    parser.add_argument("--all", action="store_true", help="check every name in given_names.txt")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--min-lower", type=int, default=2)
    args = parser.parse_args(argv)
    source = GAZ / "given_names.txt" if args.all else Path(args.names)
    names = [l.strip() for l in source.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]

    from kg.extract.grammar import is_dictionary_noun, is_english_phrase, word_list
    from kg.nlp.components import lemma_lookup_table

    de = lemma_lookup_table("de")
    nouns = {word.lower() for word in word_list("nouns.txt") | word_list("press_nouns.txt")}
    gaz = gazetteer_forms()
    lower, cap_other, cap_per = corpus_counts(args.shared) if args.shared.exists() else (Counter(),) * 3
    lower_ci: Counter = Counter()
    for word, n in lower.items():
        lower_ci[word.lower()] += n

    flagged = 0
    for name in names:
        low = name.lower()
        reasons = []
        # the table also lemmatises names to themselves ("achim" -> "achim"): what counts is a
        # capitalised noun (kg's own test) or a lower-case form of some other word ("ahmet" -> "ahmen")
        if is_dictionary_noun(name):
            reasons.append(f"de-noun({de.get(name)})")
        elif de.get(low) not in (None, low):
            reasons.append(f"de-form({de.get(low)})")
        if low in nouns:
            reasons.append("noun-list")
        if is_english_phrase([low]):
            reasons.append("en-word")
        if low in gaz:
            reasons.append(gaz[low])
        if lower_ci[low] >= args.min_lower:
            reasons.append(f"lower={lower_ci[low]}")
        if cap_other[low] >= 2 and cap_other[low] > cap_per[low]:
            reasons.append(f"cap-O={cap_other[low]}/per={cap_per[low]}")
        if len(name) <= 2:
            reasons.append("short")
        if reasons:
            flagged += 1
            print(f"{name}\t{' '.join(reasons)}")
    print(f"# {flagged} of {len(names)} names flagged", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
