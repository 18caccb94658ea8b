"""One Aho-Corasick pass over the folded text for the trigger words of the other rules.

``scan(folded)`` returns, per category, the ``(start, end)`` of each word that starts at a
word boundary: ``quant`` (territorial nouns counted by quantified mentions), ``fac``
(facility head words), ``list`` (plural or shared head nouns that close a list) and ``vil``
(village head nouns, for villages missing from the gazetteer).

The geoparser gets the same lists from :meth:`geomap.matcher.Matcher.scan`, whose automaton
holds these words next to the gazetteer's names, so one pass over a text finds both.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

QUANT = ("region", "oblast", "province", "city", "cities", "town", "district", "village", "settlement", "okrug", "регион",
         "област", "город", "район", "райцентр", "сел", "пункт", "өңір", "облыс", "аудан", "қала", "ауыл", "мекен",
         "микрорайон", "microdistrict", "округ", "аул",
         # counts of countries ("30 countries", "в 53 странах", "33 елден", "шет елдерде")
         "countries", "стран", "елде", "елден", "елдің", "елдер", "елге")
FAC = tuple(
    "railway railroad street avenue prospekt square market bazaar mausoleum mine airport station reserve forestry arena stadium river "
    "lake canyon reservoir dam valley gorge field oilfield cosmodrome highway road motorway route refinery port seaport "
    "plant factory smelter hpp chp tpp gres crossing checkpoint mount mt. улиц проспект площад мавзоле рын шахт рудник месторожден станци река реки реке реку рекой озер трасс көше "
    "алаң даңғыл кеніш кенiш базар стадион әуежай аэропорт өзен көлі көлінде парк порты портқа портта порттан "
    "порттың кесене қорығ зауыт завод асуы асуын шыңы шыңын карьер перевал resort quarry pass peak арен koli ozen teniz заповедник "
    "электр жэо станса қорым қорғандар тауы тауын монумент мешіт собор резерват ущель шатқал аңғар жота застава комбинат водохранилищ полигон плотин разрез кпп пропуска погранпереход пограничн бекет бөгет өткел хребет хребт горы горах горам грэс гэс тэц аэс саяба курорт шипажай "
    # parts of a city, and the abbreviated street words of Russian addresses
    "microdistrict microdistricts микрорайон мкр мкрн шағын ықшам ул. пр. пр-т просп. пл. st. ave. "
    # shopping centres ("«Асар» сауда орталығы", "торговом центре «Мега»", "the 'Asar' shopping centre")
    "mall shopping сауда торгов тц трц "
    # housing estates ("residential complex", "ЖК «Астана»", "«Ертіс» тұрғын үй кешені")
    "complex комплекс жк кешен "
    # military ranges ("training range", "firing range")
    "range каньон post городищ "
    # Kazakh Latin street heads, folded ("dańǵyly", "kóşesi")
    "dangyl koşe koshe".split()
) + ("кен орн", "су қойма", "national park",
     # a Russian port before its name, with the space (not "портал", "портрет")
     "порт ", "порта ", "порту ", "порте ", "портом ",
     # a border post with its name in quotes ("поста «Кордай»"; the text is folded, quotes to '"')
     'пост "', 'поста "', 'посту "', 'посте "', 'постом "',
     # or the bare word "point" ("на пункте «Бахты»", "«Бақты» пункті арқылы")
     "пункт")
VILLAGE = ("village", "сел", "посел", "аул", "ауыл")
LIST = ("regions", "oblasts", "provinces", "districts", "rayons", "cities", "towns", "villages", "област", "район",
        "ауылдар", "қалалар", "auyldar", "qalalar", "auildar", "oblys", "oblis", "audan",
        "облыс", "аудан")


@lru_cache(maxsize=1)
def words() -> dict[str, tuple[str, ...]]:
    """Every trigger word with its categories (the gazetteer matcher looks for them in the same pass)."""
    table: dict[str, set[str]] = {}
    for cat, group in (("quant", QUANT), ("fac", FAC), ("list", LIST), ("vil", VILLAGE)):
        for w in group:
            table.setdefault(w, set()).add(cat)
    return {w: tuple(sorted(cats)) for w, cats in table.items()}


@lru_cache(maxsize=1)
def _automaton():
    a = ahocorasick.Automaton()
    for w, cats in words().items():
        a.add_word(w, (len(w), cats))
    a.make_automaton()
    return a


def scan(folded: str) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {"quant": [], "fac": [], "list": [], "vil": []}
    for end, (klen, cats) in _automaton().iter(folded):
        start = end - klen + 1
        if start > 0 and folded[start - 1].isalnum():
            continue
        for cat in cats:
            out[cat].append((start, end + 1))
    return out
