"""Events: from an annotated Doc to typed, merged, evidence-backed event records."""

from wirewatch.events.assemble import assemble_events
from wirewatch.events.context import ArticleContext

__all__ = ["ArticleContext", "assemble_events"]
