"""The spaCy stage: a base German pipeline (kg's own, any installed one, or a blank one) plus kg's
small rule components, configured in ``kg/config/pipeline.cfg``."""

from kg.nlp.pipeline import load_pipeline, pipeline_description

__all__ = ["load_pipeline", "pipeline_description"]
