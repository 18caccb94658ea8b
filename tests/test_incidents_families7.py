"""Collisions told with the vehicle a few words before the verb and at level crossings, falls
through the ice, collapses and rock falls; casualty sentences that go on from the sentence
before; water bodies with no unit; follow-ups that are no new event (each with sentences
written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed, types


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- event words

@pytest.mark.parametrize("sentence, typ", [
    ("A freight train heading from Aktobe to Kandyagash hit a minibus near the depot.", "crash"),
    ("A lorry hit a car at a railway crossing outside the town.", "crash"),
    ("At the level crossing a locomotive struck a tractor.", "crash"),
    ("На переезде электричка смяла легковой автомобиль.", "crash"),
    ("Тепловоз снёс грузовик, выехавший на пути.", "crash"),
    ("Теміржол өткелінде пойыз жеңіл көлікті соқты.", "crash"),
    ("Локомотив трактор сүйреп кетті.", "crash"),
    ("A jeep fell through the ice of the lake.", "accident"),
    ("Two anglers went under the ice on Sunday.", "accident"),
    ("Снегоход ушёл под лёд посреди озера.", "accident"),
    ("Грузовик провалился под тонкий лёд.", "accident"),
    ("Жеңіл көлік мұз астына кетті.", "accident"),
    ("Екі балықшы мұз ойығына түсіп кетті.", "accident"),
    ("Мектептің төбесі опырылып түсті.", "accident"),
    ("Қойманың қабырғасы құлап, жүк көлігін басып қалды.", "accident"),
    ("Кеніште тау жынысы құлап, бір кенші үйінді астында қалды.", "accident"),
    ("В забое обрушилась кровля.", "accident"),
    ("Двое проходчиков оказались под завалом.", "accident"),
    ("Three miners were trapped under rubble after the roof gave way.", "accident"),
])
def test_new_event_words(sentence, typ):
    assert typ in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Car sales hit a record in May.",
    "A new level crossing was opened near the station.",
    "Теміржол өткелі жөнделді.",
    "The ice on the river is still thick.",
])
def test_no_event_words(sentence):
    assert not [t for t in types(sentence) if t in ("crash", "accident")]
