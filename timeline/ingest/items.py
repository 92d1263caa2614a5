"""What readers yield: a loaded article, or a problem with one input."""

from __future__ import annotations

from typing import Optional

import pendulum
from attrs import evolve, frozen

from timeline.model import Article


@frozen
class Loaded:
    article: Article


@frozen
class Problem:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@frozen
class Metadata:
    """Optional facts about an article that are not in its text."""

    published: Optional[pendulum.Date] = None
    source: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None

    def over(self, fallback: "Metadata") -> "Metadata":
        """These values, with `fallback` filling the gaps."""
        return Metadata(
            published=self.published or fallback.published,
            source=self.source or fallback.source,
            url=self.url or fallback.url,
            title=self.title or fallback.title,
        )


def with_metadata(article: Article, meta: Metadata) -> Article:
    return evolve(
        article,
        published=meta.published or article.published,
        source=meta.source or article.source,
        url=meta.url or article.url,
    )
