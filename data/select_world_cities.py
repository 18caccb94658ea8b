"""Pick the Russian names of the foreign cities in data/raw/.../cities_world.json.

GeoNames lists each city's alternate names without saying which language they are in, and its
Cyrillic names mix Russian, Ukrainian, Belarusian, Bulgarian and Kazakh spellings with old names
and nicknames. A Cyrillic name is kept only when the OpenCorpora dictionary (through pymorphy3,
the `build` extra) knows it as a place name in the nominative, spelt exactly so: that is the
Russian name in ordinary use (Прага, Хельсинки, Бомбей, Сталинград). For a city with no such name
(the dictionary does not know Термез or Анталья), every alternate name in Russian letters that the
dictionary knows as no other word is kept (both Анталия and Анталья). The result is written to
data/curated/world_cities_ru.tsv, which is reviewed by hand and committed; the gazetteer build
reads that file and never needs pymorphy3. data/curated/world_cities_skip.tsv then removes the
names that are also given names or ordinary words.

    pip install '.[build]' && python data/select_world_cities.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "data"))
from world_cities import RUSSIAN_WORD, SOURCE  # noqa: E402  (data/world_cities.py, next to this script)

OUT = ROOT / "data" / "curated" / "world_cities_ru.tsv"
# a hard sign before a consonant or at the end is Bulgarian spelling ("Чънду", "Римъ"), not Russian
BULGARIAN_HARD_SIGN = re.compile(r"ъ(?![еёюя])")


def main() -> int:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    cities = json.loads(SOURCE.read_text(encoding="utf-8"))
    rows = []
    for gid, city in cities.items():
        for alt in city["alternatenames"]:
            if len(alt) < 4 or not RUSSIAN_WORD.match(alt):
                continue
            lemma = alt.lower().replace("ё", "е")
            if any(p.is_known and "Geox" in p.tag and p.tag.case == "nomn" and p.normal_form == lemma
                   for p in morph.parse(alt)):
                rows.append((int(gid), city["name"], alt))
    # the cities the dictionary knows no name of (Термез, Анталья, Истаравшан, Ченнай): every
    # Cyrillic alternate name in Russian letters that the dictionary knows as no other word
    # (common nouns, given names and surnames are left out)
    named = {r[0] for r in rows}
    for gid, city in cities.items():
        if int(gid) in named:
            continue
        for alt in city["alternatenames"]:
            if len(alt) < 4 or not RUSSIAN_WORD.match(alt):
                continue
            if BULGARIAN_HARD_SIGN.search(alt) or any(p.is_known and "Geox" not in p.tag for p in morph.parse(alt)):
                continue
            rows.append((int(gid), city["name"], alt))
    lines = ["# geonameid\tname\tRussian name (chosen by data/select_world_cities.py: a GeoNames "
             "alternate name that the OpenCorpora dictionary knows as a toponym or, for a city it "
             "knows no name of, as no other word)"]
    lines += [f"{gid}\t{name}\t{alt}" for gid, name, alt in sorted(set(rows))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names of {len({r[0] for r in rows})} cities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
