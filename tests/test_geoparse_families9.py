"""Mention families of the ninth and tenth check corpora, on invented sentences."""
from geomap.geoparse import extract


def found(text, date="2024-05-01"):
    return {m["text"]: m for m in extract(text, date=date)}


def test_a_place_in_the_ablative_is_no_given_name_before_a_surname_shaped_town():
    ms = found("Штаб 2022 жылы Талдықорғаннан Қонаевқа ауыстырылды.", "2023-03-01")
    assert ms["Талдықорғаннан"]["adm1"] == "Jetisu Region"
    assert ms["Қонаевқа"]["adm1"] == "Almaty Region"
    # a given name before a surname in the ablative is still a person
    assert found("Біз Абай Құнанбаевтан көп нәрсе үйрендік.") == {}


def test_old_russian_style_district_spellings_in_english():
    ms = found("Grass fires spread through the Amangeldy and Dzhangeldy districts.", "1994-08-20")
    assert ms["Dzhangeldy"]["place"] == "Zhangeldi District"
    assert ms["Dzhangeldy"]["adm1"] == "Kostanay Region"
    assert found("in Dzhangeldy district", "2020-01-01")["Dzhangeldy district"]["kind"] == "district"
    # never without the head noun
    assert "Dzhangeldy" not in found("Dzhangeldy said nothing.")


def test_kazakh_district_list_with_plural_head_takes_districts():
    ms = found("Жолаушылар Аманкелді, Жангелдин және Наурызым аудандарынан келді.", "2026-01-10")
    for name in ("Аманкелді", "Жангелдин", "Наурызым"):
        assert ms[name]["kind"] == "district" and ms[name]["adm1"] == "Kostanay Region", (name, ms.get(name))


def test_genitive_owner_before_a_city_district_beats_a_region_after_it():
    ms = found("Шымкенттің Абай ауданын Абай облысымен шатастыруға болмайды.", "2025-02-01")
    assert ms["Абай ауданын"]["adm1"] == "Shymkent"
    assert ms["Абай облысымен"]["adm1"] == "Abai Region"
