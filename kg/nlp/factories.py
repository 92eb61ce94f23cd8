"""Registration of kg's spaCy components. Factories only build; the components do the work.

Each factory declares what its component writes (``assigns``) and needs (``requires``), so that
``nlp.analyze_pipes()`` can check the order. Default settings live here; ``kg/config/pipeline.cfg``
overrides them.
"""

from __future__ import annotations

from importlib import resources

from spacy.language import Language

from kg.nlp.components import (
    CueMatcher, GazetteerMatcher, KgSentencizer, NameFinder, VerbLemmas, lemma_lookup_table, load_cues,
)
from kg.nlp.gazetteer import load_gazetteer


def default_lexicon(name: str) -> str:
    return str(resources.files("kg").joinpath(f"data/lexicon/{name}"))


@Language.factory(
    "kg_sentencizer",
    assigns=["token.is_sent_start"],
    default_config={"punctuation": True, "only_after_punctuation": False},
)
def make_sentencizer(nlp: Language, name: str, punctuation: bool, only_after_punctuation: bool) -> KgSentencizer:
    return KgSentencizer(punctuation=punctuation, only_after_punctuation=only_after_punctuation)


@Language.factory(
    "kg_verb_lemmas",
    assigns=["token.lemma"],
    requires=["token.pos"],
    default_config={"ignored": ["mein"], "kept_forms": ["getroffen", "gefällt", "fällt", "bekannt"]},
)
def make_verb_lemmas(nlp: Language, name: str, ignored: list[str], kept_forms: list[str]) -> VerbLemmas:
    return VerbLemmas(lemma_lookup_table(), ignored=ignored, kept_forms=kept_forms)


@Language.factory(
    "kg_gazetteer",
    assigns=["doc.spans", "doc._.kg_prefixes"],
    default_config={"data_dir": None, "spans_key": "kg_gazetteer"},
)
def make_gazetteer(nlp: Language, name: str, data_dir: str | None, spans_key: str) -> GazetteerMatcher:
    return GazetteerMatcher(load_gazetteer(data_dir), spans_key=spans_key)


@Language.factory(
    "kg_names",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"data_dir": None, "names_key": "kg_names", "roles_key": "kg_roles",
                    "gazetteer_key": "kg_gazetteer", "max_name_tokens": 4},
)
def make_names(nlp: Language, name: str, data_dir: str | None, names_key: str, roles_key: str,
               gazetteer_key: str, max_name_tokens: int) -> NameFinder:
    return NameFinder(load_gazetteer(data_dir), names_key=names_key, roles_key=roles_key,
                      gazetteer_key=gazetteer_key, max_name_tokens=max_name_tokens)


@Language.factory(
    "kg_cues",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"lexicon": None, "spans_key": "kg_cues"},
)
def make_cues(nlp: Language, name: str, lexicon: str | None, spans_key: str) -> CueMatcher:
    return CueMatcher(load_cues(lexicon or default_lexicon("cues.jsonl")), spans_key=spans_key)
