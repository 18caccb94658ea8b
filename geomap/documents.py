"""Input documents: the record every command works on.

This module only defines the record; reading files lives in ``inputs.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    id: str
    text: str
    date: str | None = None  # YYYY-MM-DD
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None  # the file it came from
    line: int | None = None  # its line in that file (JSONL/CSV), 1-based
    extra: dict = field(default_factory=dict)

    @classmethod
    def coerce(cls, item, index: int = 0) -> "Document":
        """A Document from a Document, a dict (``id``, ``text``, ...) or a plain string."""
        if isinstance(item, Document):
            return item
        if isinstance(item, str):
            return cls(id=f"doc{index}", text=item)
        if isinstance(item, dict):
            known = {k: item.get(k) for k in ("text", "date", "lang", "url", "title")}
            if not isinstance(known["text"], str):
                raise ValueError("document has no text")
            doc_id = item.get("id")
            return cls(id=str(doc_id) if doc_id is not None else f"doc{index}", **known)
        raise TypeError(f"cannot make a document from {type(item).__name__}")
