"""What event assembly needs to know about an article besides its Doc: layout and offsets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wirewatch.types import Span


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """Layout facts about the normalised text the Doc was built from.

    ``paragraphs``: (1-based line number, start, end, rank among the text's non-empty lines)
    of every body paragraph (headings and the sign-off excluded); ``headings``: (start, end)
    of each sub-heading;
    ``dateline_place``: (start, end) of the dateline's place name; ``to_span``: maps a
    normalised (start, end) to a Span of the original text; ``known_place``: whether the
    gazetteer holds a place of this name (None: every name counts as known).
    """

    article_id: str
    paragraphs: Sequence[tuple[int, int, int, int]]
    headings: Sequence[tuple[int, int]]
    dateline_place: tuple[int, int] | None
    to_span: Callable[[int, int], Span]
    known_place: Callable[[str], bool] | None = None

    def paragraph_of(self, char: int) -> int | None:
        """The rank of the body paragraph holding ``char`` among the text's paragraphs, or
        None: paragraphs a blank line separates are still neighbours ("the paragraph
        before" is the one read before), those a sub-heading separates are not."""
        for _, start, end, rank in self.paragraphs:
            if start <= char < end:
                return rank
        return None

    def line_of(self, rank: int) -> int:
        """The line number of the body paragraph of that rank (what an event record says)."""
        return next(line for line, _, _, r in self.paragraphs if r == rank)
