"""Many regular expressions over one text in a single pass.

``MultiScan(patterns, lead)`` answers ``[list(p.finditer(text)) for p in patterns]``
with the same matches, but without running every pattern over the whole text.
Each pattern is analysed once (``re``'s own parser) for the set of lower-case
strings of up to three characters a match can begin with. One combined regular
expression over ``text.lower()`` then finds the only positions where any pattern
can begin, and at each of them only the patterns whose beginnings fit are tried
with ``pattern.match(text, pos)``. The matches are exactly those of ``finditer``:
a pattern is tried at a position only once its previous match has ended there,
which is how ``finditer`` resumes.

``lead`` is a zero-width condition every pattern starts with (e.g. a start of
word, ``(?<![\\w-])``); the finder uses it too, on the lower-cased text.

The lower-cased text stands for the text only when lower-casing keeps every
character at its offset and case-insensitive matching means equal lower case.
A few characters break that (dotted and dotless i, the long s, Cyrillic
letter variants: ``UNSAFE``), and a digit class is read as the ASCII digits; a text
holding one of those characters or a digit of another script, or a pattern the
analysis cannot bound, is scanned pattern by pattern, as ``finditer`` would.

Pure logic, no I/O.
"""

from __future__ import annotations

import re
from typing import Sequence

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

__all__ = ["MultiScan", "UNSAFE", "beginnings"]

#: Characters whose lower case moves offsets, changes whether they are word
#: characters, or which match a letter or digit case-insensitively without being
#: its lower case (tests/test_triggers_scan.py recomputes this list).
UNSAFE = "\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86"
_UNSAFE_RE = re.compile("[" + UNSAFE + "]")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")

#: The characters a beginning may be made of (lower-case letters and digits).
SAFE = "abcdefghijklmnopqrstuvwxyz0123456789абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһ"


class _Unbounded(Exception):
    """The analysis cannot list a pattern's beginnings."""


_LIMIT = 600  # beginnings per pattern before giving up on a longer key


_DIGITS = "0123456789"
#: What ``\s`` matches in a str pattern, i.e. ``str.isspace`` (lower case leaves
#: these alone; tests/test_triggers_scan.py checks the list).
SPACES = ("\u0009\u000a\u000b\u000c\u000d\u001c\u001d\u001e\u001f\u0020\u0085\u00a0\u1680\u2000\u2001"
          "\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPACES = frozenset(SPACES)


def _chars(op, av) -> set[str]:
    if op is _C.LITERAL:
        return {chr(av).lower()}
    if op is _C.IN:
        out: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                out.add(chr(a).lower())
            elif o is _C.RANGE and a[1] - a[0] <= 200:
                out |= {chr(c).lower() for c in range(a[0], a[1] + 1)}
            elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                out |= set(_DIGITS)  # other digits: see MultiScan.scan
            elif o is _C.CATEGORY and a is _C.CATEGORY_SPACE:
                out |= _SPACES
            else:
                raise _Unbounded
        return out
    raise _Unbounded


def _seq(items, k: int, acc: set[str]) -> tuple[set[str], set[str]]:
    """(beginnings of length k, shorter beginnings the rest of the pattern may extend)."""
    done: set[str] = set()
    partial = set(acc)
    for op, av in items:
        d, partial = _op(op, av, k, partial)
        done |= d
        if not partial:
            break
    return done, partial


def _op(op, av, k: int, acc: set[str]) -> tuple[set[str], set[str]]:
    if op is _C.LITERAL or op is _C.IN:
        chars = _chars(op, av)
        grown = {a + c for a in acc for c in chars}
        if len(grown) > _LIMIT:
            raise _Unbounded
        return {x for x in grown if len(x) == k}, {x for x in grown if len(x) < k}
    if op is _C.SUBPATTERN:
        return _seq(av[-1], k, acc)
    if op is _C.BRANCH:
        done: set[str] = set()
        part: set[str] = set()
        for branch in av[1]:
            d, p = _seq(branch, k, acc)
            done |= d
            part |= p
        return done, part
    if op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
        lo, hi, body = av
        done = set()
        cur = set(acc)
        part = set(acc) if lo == 0 else set()
        for i in range(1, k + 1):
            if hi is not _C.MAXREPEAT and i > hi:
                break
            d, cur = _seq(body, k, cur)
            done |= d
            if i >= lo:
                part |= cur
            if not cur:
                break
        return done, part
    if op is _C.ASSERT or op is _C.ASSERT_NOT or op is _C.AT:
        return set(), set(acc)  # zero width: the next item begins the match
    raise _Unbounded


def beginnings(pattern: re.Pattern, k: int) -> set[str] | None:
    """The lower-case strings of ``k`` characters every match of ``pattern`` begins
    with, or None when they cannot be listed (or a match may be shorter than ``k``)."""
    try:
        done, partial = _seq(_P.parse(pattern.pattern, pattern.flags), k, {""})
    except (_Unbounded, RecursionError):
        return None
    if partial or not done or any(c not in SAFE and c not in _SPACES for s in done for c in s):
        return None
    return done


def trie_regex(keys: Sequence[str]) -> str:
    """An alternation of ``keys`` as a trie, each branch opening with a literal."""
    tree: dict = {}
    for key in keys:
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:  # a key ends here: any continuation is optional
            return ""
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(tree)


class MultiScan:
    """``scan(text)`` == ``[list(p.finditer(text)) for p in patterns]`` (see module doc)."""

    def __init__(self, patterns: Sequence[re.Pattern], lead: str = ""):
        self.patterns = list(patterns)
        self._always: list[int] = []  # patterns the analysis could not bound
        by_key: dict[str, set[int]] = {}
        for i, pat in enumerate(self.patterns):
            for k in (3, 2, 1):
                keys = beginnings(pat, k)
                if keys is not None:
                    for key in keys:
                        by_key.setdefault(key, set()).add(i)
                    break
            else:
                self._always.append(i)
        # for each key, every pattern whose own (possibly shorter) key is a prefix of it
        self._dispatch: dict[str, tuple[int, ...]] = {}
        for key in by_key:
            idx: set[int] = set()
            for n in range(1, len(key) + 1):
                idx |= by_key.get(key[:n], set())
            self._dispatch[key] = tuple(sorted(idx))
        self._lens = sorted({len(k) for k in by_key}, reverse=True)
        # ``\d`` also matches digits of other scripts: a text with one is scanned slowly
        self._digits = any(ch in _DIGITS for key in by_key for ch in key)
        self._finder = re.compile(lead + "(?=" + trie_regex(sorted(by_key)) + ")") if by_key else None

    def _slow(self, text: str) -> list[list[re.Match]]:
        return [list(p.finditer(text)) for p in self.patterns]

    def scan(self, text: str) -> list[list[re.Match]]:
        """The matches of every pattern, as ``finditer`` gives them."""
        out: list[list[re.Match]] = [[] for _ in self.patterns]
        for i, found in self.found(text):
            out[i] = found
        return out

    def found(self, text: str) -> list[tuple[int, list[re.Match]]]:
        """``(index, matches)`` of the patterns that match ``text``, in pattern order."""
        if self._always or self._finder is None:
            return [(i, f) for i, f in enumerate(self._slow(text)) if f]
        low = text.lower()
        if len(low) != len(text) or _UNSAFE_RE.search(text) or (self._digits and _OTHER_DIGIT.search(text)):
            return [(i, f) for i, f in enumerate(self._slow(text)) if f]
        out: dict[int, list[re.Match]] = {}
        resume: dict[int, int] = {}  # where finditer would go on looking
        dispatch = self._dispatch
        lens = self._lens
        patterns = self.patterns
        for f in self._finder.finditer(low):
            p = f.start()
            idx = None
            for n in lens:
                idx = dispatch.get(low[p:p + n])
                if idx is not None:
                    break
            if idx is None:  # pragma: no cover - the finder only stops at keys
                continue
            for i in idx:
                if p < resume.get(i, 0):
                    continue
                m = patterns[i].match(text, p)
                if m is not None:
                    if m.end() == p:  # an empty match: finditer's stepping differs
                        return [(j, f) for j, f in enumerate(self._slow(text)) if f]
                    out.setdefault(i, []).append(m)
                    resume[i] = m.end()
        return sorted(out.items())
