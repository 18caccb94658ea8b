import socket

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap.geocoder import OfflineGeocoder


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_is_a_geopy_geocoder():
    assert issubclass(OfflineGeocoder, Geocoder)


def test_misspelling_resolves_to_almaty(no_network):
    loc = OfflineGeocoder().geocode("Almata")
    assert isinstance(loc, Location)
    assert loc.raw["place"] == "Almaty" and loc.raw["adm1"] == "Almaty"
    assert abs(loc.latitude - 43.25) < 0.3 and abs(loc.longitude - 76.9) < 0.3


def test_inflected_and_old_names(no_network):
    g = OfflineGeocoder()
    assert g.geocode("Алматыда").raw["place"] == "Almaty"
    assert g.geocode("Tselinograd").raw["adm1"] == "Astana"
    assert g.geocode("Mangystau region").raw["kind"] == "region"


def test_as_of_changes_the_unit(no_network):
    g = OfflineGeocoder()
    assert g.geocode("Shymkent", as_of="2015-01-01").raw["adm1"] == "South Kazakhstan Region"
    assert g.geocode("Shymkent", as_of="2020-01-01").raw["adm1"] == "Shymkent"


def test_exactly_one_false_returns_a_list(no_network):
    locs = OfflineGeocoder().geocode("Aksu", exactly_one=False)
    assert isinstance(locs, list) and len(locs) > 1


def test_unknown_returns_none_offline(no_network):
    assert OfflineGeocoder().geocode("Xqzzvtt Nowhere") is None


def test_reverse(no_network):
    loc = OfflineGeocoder().reverse((43.24, 76.92))
    assert loc.raw["adm1"] == "Almaty"


def test_online_fallback_is_off_by_default(no_network):
    g = OfflineGeocoder()
    assert g.online is False
    g.geocode("Xqzzvtt Nowhere")
    assert g._online_geocode is None
    assert OfflineGeocoder(fallback="nominatim").online is True
