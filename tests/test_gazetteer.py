import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from geomap import adm1
from geomap.gazetteer import load

ROOT = Path(__file__).resolve().parent.parent


def _names(form):
    gaz = load()
    return [gaz.places[n.place_id] for n in gaz.by_form().get(form.lower(), [])]


def test_counts_and_kinds():
    gaz = load()
    kinds = {}
    for p in gaz.places.values():
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    assert kinds["region"] == 19  # 17 regions + South Kazakhstan + the old Kokshetau Region (transfers)
    assert kinds["village"] > 5000
    assert kinds["city"] > 100
    assert kinds["district"] > 150
    assert kinds["foreign"] > 200
    assert kinds["country"] == 1


def test_every_kazakh_place_has_a_current_atom():
    gaz = load()
    for p in gaz.places.values():
        if p.kind in ("city", "village", "district"):
            assert p.atom in adm1.ATOMS, p


@pytest.mark.parametrize(
    "form,name,atom",
    [
        ("Alma-Ata", "Almaty", "KZ-75"),
        ("Almata", "Almaty", "KZ-75"),
        ("Tselinograd", "Astana", "KZ-71"),
        ("Akmolinsk", "Astana", "KZ-71"),
        ("Nur-Sultan", "Astana", "KZ-71"),
        ("Гурьев", None, "KZ-23"),
        ("Semipalatinsk", None, "KZ-10"),
        ("Ust-Kamenogorsk", None, "KZ-63"),
        ("Chimkent", "Shymkent", "KZ-79"),
        ("Qonaev", None, "KZ-19"),
        ("Zhezqazghan", None, "KZ-62"),
    ],
)
def test_old_names_and_misspellings(form, name, atom):
    cities = [p for p in _names(form) if p.kind == "city"]
    assert cities, form
    best = max(cities, key=lambda p: p.population)
    assert best.atom == atom
    if name:
        assert best.name == name


def test_kazakh_latin_forms_are_generated():
    for form, atom in [("Aqtobe", "KZ-15"), ("Qyzylorda", "KZ-43"), ("Taldyqorghan", "KZ-33"), ("Aqtau", "KZ-47")]:
        assert any(p.atom == atom for p in _names(form)), form


def test_airport_codes_are_capitals_only_facilities():
    gaz = load()
    codes = [n for n in gaz.by_form().get("ala", []) if "U" in n.flags]
    assert codes and gaz.places[codes[0].place_id].kind == "facility"


def test_build_is_deterministic_and_matches_the_shipped_file(tmp_path):
    shipped = (ROOT / "geomap" / "data" / "gazetteer.tsv.gz").read_bytes()
    out = tmp_path / "gazetteer.tsv.gz"
    subprocess.run([sys.executable, str(ROOT / "data" / "build_gazetteer.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == shipped
    assert gzip.decompress(shipped).decode("utf-8").startswith("P\t")


@pytest.mark.parametrize(
    "form,kind,name",
    [
        ("Өскемен", "city", "Oskemen"),
        ("Ust-Kamenogorsk", "city", "Oskemen"),
        ("Қонаев", "city", "Konaev"),
        ("Zhezqazghan", "city", "Zhezkazgan"),
        ("Кордайский", "district", "Kordai District"),
        ("Байзакский", "district", "Baizak District"),
        ("Костанайский", "district", "Kostanay District"),
    ],
)
def test_canonical_english_names(form, kind, name):
    places = [p for p in _names(form) if p.kind == kind]
    assert places, form
    assert max(places, key=lambda p: p.population).name == name
