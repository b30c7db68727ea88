"""Text layer: normalisation with offset maps, and article layout."""

from wirewatch.text.layout import Layout, Paragraph, ParagraphRole, analyse_layout
from wirewatch.text.normalise import NormalisedText, normalise

__all__ = ["Layout", "NormalisedText", "Paragraph", "ParagraphRole", "analyse_layout", "normalise"]
