"""Neighbours' places, Kazakh Latin spellings, facilities with modifiers, district centres,
units named after people and microdistricts (geoparser with the shipped gazetteer)."""

import pytest

from geomap import geoparse
from geomap.normalize import fold


def _get(text, date="2024-01-01"):
    return [(r["text"], r["kind"], r["place"], r["adm1"]) for r in geoparse.extract(text, date=date)]


def _by_text(text, date="2024-01-01"):
    return {r["text"]: r for r in geoparse.extract(text, date=date)}


@pytest.mark.parametrize("text,surface,place", [
    ("Пойыз Ресейдің Қорған қаласынан шықты.", "Қорған қаласынан", "Kurgan"),
    ("The convoy came from the Russian town of Kurgan.", "Kurgan", "Kurgan"),
    ("Жүк Қытайдың Үрімші қаласынан келді.", "Үрімші қаласынан", "Urumqi"),
    ("Делегация Өзбекстанның Ташкент қаласында болды.", "Ташкент қаласында", "Tashkent"),
    ("Ресейдің Саратов облысымен шекарада өрт сөндірілді.", "Саратов облысымен", "Saratov Oblast"),
])
def test_a_neighbours_genitive_makes_a_town_foreign(text, surface, place):
    recs = _by_text(text)
    assert recs[surface]["kind"] == "foreign" and recs[surface]["place"] == place
    assert recs[surface]["adm1"] is None


def test_a_neighbours_genitive_drops_a_kazakh_homonym_without_foreign_reading():
    # Қаракемер is only a Kazakh village: after "Ресейдің" it is not placed in Kazakhstan
    assert all(r[3] is None for r in _get("Ресейдің Қаракемер ауылынан хабар келді."))
    # without the genitive it is the Kazakh village
    assert any(r[3] for r in _get("Қаракемер ауылынан хабар келді."))


@pytest.mark.parametrize("name", ["Novorossiysk", "Orsk", "Xi'an", "Jeminay", "Urals", "Kemerovo"])
def test_foreign_places_tied_to_kazakhstan(name):
    recs = _by_text(f"Trains run between Almaty and {name} every week.")
    assert recs[name]["kind"] == "foreign" and recs[name]["adm1"] is None


def test_russian_oblast_and_uzbek_reservoir():
    recs = _by_text("Уголь из Кемеровской области; дамба Сардобинского водохранилища прорвалась.")
    assert recs["Кемеровской области"]["place"] == "Kemerovo Oblast"
    assert recs["Сардобинского водохранилища"]["kind"] == "foreign"


def test_a_nationality_word_with_a_common_noun_is_no_facility():
    recs = _get("The grain was bound for the Russian port of Novorossiysk and the Chinese station.")
    assert [r for r in recs if r[1] == "facility"] == []
    assert ("Novorossiysk", "foreign", "Novorossiysk", None) in recs


@pytest.mark.parametrize("text,surface,adm1", [
    ("Workers at the Karazhal iron-ore mine in Karaganda Region stopped work.", "Karazhal iron-ore mine",
     "Ulytau Region"),
    ("A roof fell at the Annensky copper mine near Satpayev in Ulytau Region.", "Annensky copper mine", "Ulytau Region"),
    ("A grain terminal opened at the Khorgos dry port in Jetisu Region.", "Khorgos dry port", "Jetisu Region"),
    ("Trucks queued at the Maikapshagai border crossing in East Kazakhstan Region.",
     "Maikapshagai border crossing", "Abai Region"),
])
def test_facilities_with_a_modifier_or_two_word_head(text, surface, adm1):
    recs = _by_text(text)
    assert recs[surface]["kind"] == "facility"
    assert recs[surface]["adm1"] in (adm1, "East Kazakhstan Region")


def test_kazakh_latin_letters_fold_to_the_generated_forms():
    assert fold("Qaraǵandy aýdany Aqtóbe") == "qaragandy audany aqtobe"
    assert len(fold("Qaraǵandy ı ń ú")) == len("Qaraǵandy ı ń ú")
    recs = _by_text("Qaraǵandy облысының әкімі Shymkent qalasynda болды. Qostanaı oblysynda қар жауды.")
    assert recs["Qaraǵandy облысының"]["place"] == "Karaganda Region"
    assert recs["Shymkent qalasynda"]["kind"] == "city"
    assert recs["Qostanaı oblysynda"]["kind"] == "region"


def test_bare_kazakh_latin_region_name_stays_the_city():
    recs = _by_text("Qostanaı is flooded.")
    assert recs["Qostanaı"]["kind"] == "city"


def test_a_district_centre_is_the_settlement():
    recs = _by_text("Two miners died in Ulytau Region; the injured were taken to the district centre of Ulytau.")
    assert recs["Ulytau"]["kind"] == "village" and recs["Ulytau"]["place"] == "Ulytau"
    recs = _by_text("В районном центре Аягоз Абайской области прошёл митинг.")
    assert recs["Аягоз"]["kind"] == "city"  # a town stays a town


def test_a_four_letter_town_after_a_locative_in_a_named_unit():
    recs = _by_text("Wagons left the rails near Atbasar in Akmola Region. They had been loaded at Esil.")
    assert recs["Esil"]["kind"] == "city" and recs["Esil"]["adm1"] == "Akmola Region"
    assert "Esil" not in _by_text("The governor flew to Esil.")  # no unit of the document: not enough


@pytest.mark.parametrize("text,surface", [
    ("Сенбі күні Ғабит Мүсірепов атындағы ауданда дауыл соқты.", "Ғабит Мүсірепов атындағы ауданда"),
    ("Буря прошла в районе имени Габита Мусрепова.", "Габита Мусрепова"),
    ("A storm hit the Gabit Musrepov district.", "Gabit Musrepov district"),
])
def test_a_district_named_after_a_person(text, surface):
    recs = _by_text(text)
    assert recs[surface]["place"] == "Gabit Musirepov District"
    assert recs[surface]["adm1"] == "North Kazakhstan Region"


def test_a_persons_name_alone_is_no_district():
    assert _get("Габит Мусрепов написал роман.") == []


def test_a_quoted_microdistrict_of_a_city_the_text_names():
    recs = _by_text("Шымкент қаласындағы «Тұран» шағын ауданында газ жарылды.")
    assert recs["Тұран"]["kind"] == "district" and recs["Тұран"]["adm1"] == "Shymkent"
    # in a text about another city it is that city's microdistrict, not Shymkent's
    other = _by_text("Ақтөбедегі «Тұран» шағын ауданында газ жарылды.")["Тұран"]
    assert other["kind"] == "district" and other["adm1"] == "Aktobe Region"


def test_villages_with_village_status_and_inflected_bare_names():
    recs = _by_text("Үржар ауданында су тасқыны болды. Тұрғындар Үржардағы мектепке көшірілді, әкім Үржарға барды.")
    assert recs["Үржардағы"]["kind"] == "village" and recs["Үржарға"]["place"] == "Urzhar"


def test_district_with_a_head_first_name_gets_its_name():
    recs = _by_text("Сауран ауданында жел соқты.")
    assert recs["Сауран ауданында"]["place"] == "Sauran District"


def test_a_russian_adjective_with_a_head_noun_and_a_postposed_country():
    assert _by_text("Груз прибыл из российского города Курган.")["Курган"]["kind"] == "foreign"
    assert _by_text("A train from Kurgan, Russia, arrived.")["Kurgan"]["kind"] == "foreign"
    # a Kazakh city in a list with countries stays Kazakh
    assert _by_text("Leaders met in Astana, Russia and China agreed.")["Astana"]["adm1"] == "Astana"
    assert "Kazakhstan" in _by_text("The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan met.")
