"""Sentences and clauses of a news text, the units that incident detection ties events to places in."""

from __future__ import annotations

import re



_ABBREV = re.compile(
    r"(?:\b(?:a\.m|p\.m|No|Nos|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|vs|etc|approx|U\.S|U\.N|т\.е|т\.д|т\.п|им|ул|г|гг|обл|р-н|с|п|км|пос|пгт|мкр|мкрн|пр|просп|пр-т|ст|сел|д|ауд|Ave|Rd|Blvd|obl|mkr)|\b[A-ZА-Я])$"
)
_SENT_END = re.compile(r"[.!?…]+[\"'»”)]*(?=\s+[\"'«“(]?[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``; every non-empty line is split separately."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        ls, le = line.span()
        pos = ls
        for m in _SENT_END.finditer(text, ls, le):
            # an abbreviation is at most 6 characters long and ends the head, so
            # looking at its last 16 characters is enough (no slice of a long head);
            # the character before ``pos`` is a line break or a sentence's last
            # punctuation, so word boundaries read the same as in a slice
            if _ABBREV.search(text, max(pos, m.start() - 16), m.start()):
                continue
            spans.append((pos, m.end()))
            pos = m.end()
        spans.append((pos, le))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _paragraph_of(text: str, pos: int) -> int:
    """Start offset of the line holding ``pos`` (a line is a paragraph here)."""
    return text.rfind("\n", 0, pos) + 1


_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\s-\s|,\s+(?:while|whereas|but|where|and\s+that|где|тогда\s+как)\s|\bwhile\b|\bwhen\b|,\s+and\s+(?=(?:on|in|at)\s+(?:\w+\s+)?(?:\d|[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]))|"
                           r",\s+и\s+(?=(?:в|во)\s+[А-ЯЁ][\w-]*,\s+где\s)|,\s+(?:ал|а)\s+(?=(?:в|во)\s+[А-ЯЁ]|[А-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі)\b|"
                           r"[А-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*\s+(?:облысында|ауданында|қаласында|ауылында))|"
                           # (a Kazakh clause ends with its verb: "... үш жұмысшы уланды, Құлсарыда жұмысшылар наразылық
                           # білдірді", a past tense or a converb in lower case before the comma and a place in the
                           # locative after it, which a list of places, "Алматыда, Астанада", never has before it)
                           r"(?:(?<=[а-яәіңғүұқөһ][дт][ыі])|(?<=[а-яәіңғүұқөһ][ыі]п)),\s+(?=[А-ЯӘІҢҒҮҰҚӨҺ][\w-]*(?:да|де|та|те|нда|нде)\b)")


#: A casualty word, with perhaps a time after it, right before "when": the clause that follows
#: tells how and where it happened.
_HARM_BEFORE_WHEN = re.compile(
    r"\b(?:killed|died|drowned|dead|wounded|injured|hurt|burn(?:ed|t)|trapped|poisoned|missing)"
    r"(?:\s+(?:on|late\s+on|early\s+on|in|at|overnight|last|this|early|late)\b[\w\s]{0,25}?)?\s+$")


#: A casualty word earlier in the clause, and a gerund right after "while".
_HARM = re.compile(r"\b(?:killed|died|drowned|dead|wounded|injured|hurt|burn(?:ed|t)|trapped|poisoned|electrocuted|crushed)\b")
_GERUND_AFTER = re.compile(r"\s+[a-z]+ing\b")


_LEADING_SUBCLAUSE = re.compile(
    r"(?:After|Before|Since(?!\s+then)|Following|When|Once|После\s+того\s+как|После|Когда)\b[^,;:.]*,", re.I
)


_DASH = re.compile(r"\s?[—–-]\s?")


def _ends_capitalised(text: str, a: int, e: int) -> bool:
    """``re.search(rf"[{_UPPER}][\\w-]*$", text[a:e])`` without the slice: the word
    characters and hyphens ending at ``e`` hold a capital letter."""
    i = e - 1
    while i >= a:
        ch = text[i]
        if ch in _UPPER_SET:
            return True
        if not (ch.isalnum() or ch == "_" or ch == "-"):
            return False
        i -= 1
    return False


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    lead = _LEADING_SUBCLAUSE.match(text, a, b)
    if lead:
        out.append((a, lead.end() - 1))
        pos = lead.end()
    for m in _CLAUSE_BREAK.finditer(text, a, b):
        if _DASH.fullmatch(m.group(0)) and _ends_capitalised(text, a, m.start()) \
                and m.end() < b and text[m.end()] in _UPPER_SET:
            continue  # "Самара – Шымкент тас жолы": a route, not a break
        if m.group(0) == "when" and _HARM_BEFORE_WHEN.search(text, max(pos, m.start() - 60), m.start()):
            continue  # "two men drowned on Tuesday when the ice gave way on X": how and where it happened
        if m.group(0) == "while" and _GERUND_AFTER.match(text, m.end()) and _HARM.search(text, max(pos, m.start() - 80), m.start()):
            continue  # "killed by a live line while repairing a conveyor in X": what the victim was doing, and where
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return out



_UPPER = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ"
_UPPER_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(chr(c) for c in range(ord("А"), ord("Я") + 1))
                       + "ЁӘІҢҒҮҰҚӨҺ")

