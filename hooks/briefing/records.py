"""Validated record types shared by the site data (`sitedata/`) and the entity kinds (`kinds/`).

A leaf module: the strict base every YAML record is read into, the slug type, and the fields
every curated entity has. Each kind's own entry model extends `EntityEntry` in its module.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from .slugs import MAX_SLUG, RESERVED, SLUG_PATTERN
from .text import CONTROL_CHARS


def _not_reserved(slug: str) -> str:
    if slug in RESERVED:
        raise ValueError(f"'{slug}' is reserved for the site's own pages; choose another slug")
    return slug


Slug = Annotated[str, Field(pattern=f"^{SLUG_PATTERN}$", max_length=MAX_SLUG), AfterValidator(_not_reserved)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        """YAML's "\\x1b"-style escapes can put control characters in any value; like article text,
        they are dropped (they are invisible, and invalid in the XML feed)."""
        if isinstance(value, str):
            return CONTROL_CHARS.sub("", value)
        if isinstance(value, list):
            return [CONTROL_CHARS.sub("", v) if isinstance(v, str) else v for v in value]
        return value


class EntityEntry(Strict):
    name: str = Field(min_length=1)
    slug: Slug | None = None
    aliases: list[str] = []
    description: str | None = None

    @classmethod
    def own_fields(cls) -> list[str]:
        """The fields a kind's entry adds to the common ones (role, affiliation, country …)."""
        return [f for f in cls.model_fields if f not in EntityEntry.model_fields]


class Citation(Strict):
    """Where a source says it: the article's id (its file name without .txt) and a paragraph anchor."""

    article: str = Field(min_length=1)
    paragraph: str = Field(pattern=r"^p\d+$")
