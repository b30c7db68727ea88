"""Annotation: spaCy components that each write one kind of annotation on a Doc."""

from wirewatch.annotate.pipeline import COMPONENTS, load_pipeline

__all__ = ["COMPONENTS", "load_pipeline"]
