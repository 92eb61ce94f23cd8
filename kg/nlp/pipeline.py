"""Loading the spaCy pipeline kg runs: any German base pipeline plus kg's components."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import Config

import kg.nlp.factories  # noqa: F401  (registers kg's factories with spaCy)
from kg.errors import PipelineError

SHIPPED_MODEL = "de_kg_news"
#: Names of the pipelines kg ships: the default (one encoder shared by all components, about
#: 10,000 words/s per core) and a slower one with its own NER encoder (2 points more NER F1).
SHIPPED = {"default": SHIPPED_MODEL, "accurate": "de_kg_news_accurate"}


def default_config_path() -> Path:
    return Path(str(resources.files("kg").joinpath("config/pipeline.cfg")))


def shipped_model_path(name: str = SHIPPED_MODEL) -> Path:
    return Path(str(resources.files("kg").joinpath(f"models/{name}")))


def resolve_base(base: str | None, config: Config) -> str:
    """Which base pipeline to load: argument, then ``KG_PIPELINE``, then the config.
    "default" and "accurate" name the pipelines kg ships."""
    chosen = base or os.environ.get("KG_PIPELINE") or config["kg"]["base"]
    if chosen in SHIPPED:
        shipped = shipped_model_path(SHIPPED[chosen])
        if (shipped / "meta.json").exists():
            return str(shipped)
        if chosen == "default":
            return "blank:de"
        raise PipelineError(f"kg's {chosen!r} pipeline is not installed at {shipped}")
    return chosen


def _load_base(base: str) -> Language:
    if base.startswith("blank:"):
        nlp = spacy.blank(base.split(":", 1)[1])
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        except Exception as exc:  # missing spacy-lookups-data tables
            raise PipelineError(
                f"cannot set up lookup lemmas for {base}: {exc}",
                hint="pip install spacy-lookups-data",
            ) from exc
        return nlp
    try:
        return spacy.load(base)
    except OSError as exc:
        raise PipelineError(
            f"cannot load spaCy pipeline {base!r}: not an installed package or a pipeline folder",
            hint="use a path to a pipeline folder, an installed package such as de_core_news_lg, "
            "'blank:de', 'default' or 'accurate'",
        ) from exc
    except Exception as exc:
        raise PipelineError(f"cannot load spaCy pipeline {base!r}: {exc}") from exc


def load_pipeline(base: str | None = None, *, config_path: str | Path | None = None) -> Language:
    """The full pipeline: the base (see :func:`resolve_base`) plus kg's components.

    :raises PipelineError: the base pipeline cannot be loaded.
    """
    config = Config().from_disk(config_path or default_config_path())
    nlp = _load_base(resolve_base(base, config))
    if nlp.lang != "de":
        raise PipelineError(f"the pipeline is for language {nlp.lang!r}; kg reads German news ('de')")
    has_parser = any(name in nlp.pipe_names for name in ("parser", "senter"))
    for name in config["kg"]["components"]:
        settings = dict(config["components"][name])
        factory = settings.pop("factory", name)
        if factory == "kg_sentencizer":
            settings["punctuation"] = settings.get("punctuation", True) and not has_parser
            nlp.add_pipe(factory, name=name, config=settings, first=True)
        else:
            nlp.add_pipe(factory, name=name, config=settings)
    return nlp


def pipeline_description(nlp: Language) -> str:
    """Name and version, as recorded in provenance ("de_kg_news-0.2.0", "blank:de")."""
    meta = nlp.meta
    name = meta.get("name") or "pipeline"
    lang = meta.get("lang", nlp.lang)
    label = f"{lang}_{name}" if not name.startswith(f"{lang}_") else name
    return f"{label}-{meta.get('version', '0.0.0')}"
