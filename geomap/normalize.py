"""Text normalisation that keeps string length, so offsets map 1:1 back to the input.

The matcher runs over ``fold(text)``: lower case, ``ё`` -> ``е``, Kazakh Latin letters with
diacritics -> ASCII (``ǵ`` -> ``g``, ``ý`` -> ``u``), every dash or minus
-> ``-``, typographic apostrophes -> ``'``, quotes -> ``"``, no-break and other spaces
(not line breaks) -> `` ``. A character whose lower case is longer than one code point (``İ``) is kept
as it is, so ``len(fold(t)) == len(t)`` always holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"
_APOS = "\u2019\u2018\u02bc\u02bb`\u00b4"
_QUOTES = "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\t\v\f"

# Kazakh Latin letters (the 2018 acute and 2021 umlaut alphabets) as the ASCII letters the
# gazetteer's generated Latin forms use: "Qaraǵandy" -> "qaragandy", "aýdany" -> "audany"
_KK_LATIN = {"á": "a", "ä": "a", "ǵ": "g", "ğ": "g", "ń": "n", "ñ": "n", "ó": "o", "ö": "o", "ú": "u", "ü": "u",
             "ū": "u", "ý": "u", "ı": "i"}

_TABLE = str.maketrans(
    {
        **_KK_LATIN,
        **{c: "-" for c in _DASHES},
        **{c: "'" for c in _APOS},
        **{c: '"' for c in _QUOTES},
        **{c: " " for c in _SPACES},
        "ё": "е",
        "Ё": "е",
    }
)

_KK_LAT = "".join(_KK_LATIN)
_MAP = {c: (chr(v) if isinstance(v, int) else v)
        for c, v in ((c, _TABLE[ord(c)]) for c in _DASHES + _APOS + _QUOTES + _SPACES + "ёЁ" + _KK_LAT)}
_SPECIAL = re.compile("[" + re.escape(_DASHES + _APOS + _QUOTES + _SPACES + _KK_LAT) + "ёЁ]")
_ASCII_SPECIAL = tuple(c for c in _MAP if c.isascii())
_SPACES_RE = re.compile(r" +")
#: any run of white space (the modules that collapse it to one space share this one)
WHITESPACE = re.compile(r"\s+")
_KK = re.compile(r"[әғқңөұүһі]", re.I)
_CYR = re.compile(r"[а-яё]", re.I)
_LAT = re.compile(r"[a-z]", re.I)


def fold(text: str) -> str:
    """Lower-cased, punctuation-unified copy of ``text`` with the same length."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # the special characters are few and rare: replacing each one found beats str.translate
    if low.isascii():  # only four of them are ASCII
        for c in _ASCII_SPECIAL:
            if c in low:
                low = low.replace(c, _MAP[c])
        return low
    for c in set(_SPECIAL.findall(low)):
        low = low.replace(c, _MAP[c])
    return low


@lru_cache(maxsize=1 << 17)
def key(form: str) -> str:
    """The lookup key of a gazetteer form (folded, single spaces, stripped)."""
    k = fold(form)
    if "  " in k:
        k = _SPACES_RE.sub(" ", k)
    return k.strip()


def detect_lang(text: str) -> str:
    """``kk``, ``ru`` or ``en`` from the script and Kazakh-specific letters (first 400 chars)."""
    sample = text[:400]
    letters = int(len(sample) * 0.8) or 1  # roughly: spaces and punctuation are a fifth of news text
    multibyte = len(sample.encode("utf-8")) - len(sample)  # Cyrillic letters take two bytes
    if multibyte * 2 <= letters:
        return "en"
    kk = len(_KK.findall(sample))
    return "kk" if kk >= max(3, 0.01 * letters) else "ru"


_CYR_LAT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}
_VOWEL_Y = re.compile(r"(?<=[aeou])y(?=[^aeiouy]|$)")


def romanize(name: str) -> str:
    """A Kazakh or Russian name in the Latin spelling common in English news ("Абай" -> "Abai",
    "Жетісу" -> "Zhetisu", "Қаратал" -> "Karatal"); other characters are kept."""
    words = []
    for w in name.split():
        lat = "".join(_CYR_LAT.get(ch, ch) for ch in w.lower())
        lat = _VOWEL_Y.sub("i", lat)
        words.append(lat[:1].upper() + lat[1:] if w[:1].isupper() else lat)
    return " ".join(words)
