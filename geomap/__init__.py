"""geomap: news text about Kazakhstan -> places -> regions on the article's date -> incident map.

Public API (all offline)::

    geomap.extract(text, date=None, lang=None)   # place mentions: list of dicts
    geomap.incidents(docs, as_of=None)           # incidents: pandas DataFrame
    geomap.aggregate(incidents, as_of=None)      # counts per region: GeoDataFrame
    geomap.choropleth(source, as_of=None)        # map: .save(), .to_png(), shows in Jupyter
    geomap.regions(as_of=None)                   # the units in force: GeoDataFrame
    geomap.OfflineGeocoder()                     # a geopy geocoder over the gazetteer

Heavy libraries (geopandas, folium, matplotlib) load only when a function needs them.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = [
    "extract",
    "incidents",
    "aggregate",
    "choropleth",
    "regions",
    "OfflineGeocoder",
    "__version__",
]


def extract(text, date=None, lang=None):
    """Place mentions in ``text`` resolved to the ADM1 units in force on ``date``."""
    from .geoparse import extract as _extract

    return _extract(text, date=date, lang=lang)


def incidents(docs, as_of=None, **kwargs):
    """Incidents reported by ``docs`` (texts, dicts or a path) as a DataFrame."""
    from .events import incidents_frame

    return incidents_frame(docs, as_of=as_of, **kwargs)


def aggregate(incidents, as_of=None, **kwargs):
    """Counts per ADM1 on the boundaries in force on ``as_of``."""
    from .aggregate import aggregate as _aggregate

    return _aggregate(incidents, as_of=as_of, **kwargs)


def choropleth(source, as_of=None, **kwargs):
    """A choropleth of incidents per ADM1; displays itself in Jupyter."""
    from .mapview import choropleth as _choropleth

    return _choropleth(source, as_of=as_of, **kwargs)


def regions(as_of=None):
    """The ADM1 units in force on ``as_of`` (default: today) as a GeoDataFrame."""
    from .boundaries import regions as _regions

    return _regions(as_of)


def __getattr__(name):
    if name == "OfflineGeocoder":
        from .geocoder import OfflineGeocoder

        return OfflineGeocoder
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
