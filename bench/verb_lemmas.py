"""Accuracy of verb lemmas: the shipped pipeline's trainable lemmatizer alone, and with kg's
``kg_verb_lemmas`` component after it (the lookup table's infinitive where it knows the form).

Gold: UD German-GSD dev, sentences with an odd index (the half that training/run.sh never trains
on nor selects checkpoints on), tokens whose gold part of speech is VERB or AUX. Prints numbers,
asserts nothing.

    python bench/verb_lemmas.py [--data ../shared/data] [--pipeline default]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def read_conllu(path: Path) -> list[list[tuple[str, str, str]]]:
    """(form, lemma, upos) of the syntactic words of each sentence (multi-word tokens skipped)."""
    sentences, words = [], []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append((cols[1], cols[2], cols[3]))
    if words:
        sentences.append(words)
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--pipeline", default=None)
    args = parser.parse_args()

    from kg.api import load_nlp

    nlp = load_nlp(args.pipeline)
    verb_lemmas = nlp.get_pipe("kg_verb_lemmas")
    sentences = read_conllu(Path(args.data) / "ud-german-gsd" / "de_gsd-ud-dev.conllu")[1::2]
    total = statistical = combined = 0
    for words in sentences:
        doc = Doc(nlp.vocab, words=[form for form, _, _ in words])
        for name, component in nlp.pipeline:
            if name != "kg_verb_lemmas":
                doc = component(doc)
        for token, (_, gold, upos) in zip(doc, words):
            if upos not in ("VERB", "AUX"):
                continue
            total += 1
            statistical += token.lemma_.lower() == gold.lower()
            combined += (verb_lemmas.infinitive(token) or token.lemma_).lower() == gold.lower()
    print(f"UD German-GSD dev, odd sentences: {len(sentences)} sentences, {total} verb tokens (gold VERB/AUX)")
    print(f"verb lemma accuracy, statistical lemmatizer alone: {statistical / total:.3f}")
    print(f"verb lemma accuracy, with kg_verb_lemmas:          {combined / total:.3f}")


if __name__ == "__main__":
    main()
