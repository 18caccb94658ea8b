"""Class breaks for choropleth values (pure logic; mapclassify for natural breaks).

Counts of incidents per region are small integers with many zeros, so the
classes are built for that case:

* zero is its own class (drawn pale grey), distinct from "no data" (NaN);
* when the positive values take at most ``k`` distinct values, every value is
  its own class (``1``, ``2``, ``4``...), which reads better than ranges;
* otherwise Fisher-Jenks natural breaks (exact and deterministic) on the
  positive values, with ``k`` capped by the number of distinct values.

The result is a :class:`Classes` record that both the HTML page (via JSON) and
the PNG renderer use, so the two always agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: Sequential palettes (ColorBrewer OrRd), by number of positive classes.
PALETTES: dict[int, list[str]] = {
    1: ["#e34a33"],
    2: ["#fdbb84", "#d7301f"],
    3: ["#fdbb84", "#e34a33", "#b30000"],
    4: ["#fdcc8a", "#fc8d59", "#e34a33", "#b30000"],
    5: ["#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"],
    6: ["#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000"],
}
ZERO_COLOR = "#e8e8e8"  # a pale, hatch-free fill: "no reports"
NODATA_COLOR = "#ffffff"  # white with a dashed outline: value unknown
DEFAULT_K = 5


@dataclass(frozen=True)
class Classes:
    """Upper bounds of the positive classes, their labels and colours.

    A value ``v`` falls in class ``i`` when ``breaks[i-1] < v <= breaks[i]``
    (the first class starts just above zero).
    """

    breaks: list[float]
    labels: list[str]
    colors: list[str]
    integer: bool
    zero_color: str = ZERO_COLOR
    nodata_color: str = NODATA_COLOR
    zero_label: str = "0"
    nodata_label: str = "no data"
    extra: dict = field(default_factory=dict)

    def index(self, value) -> int | None:
        """Class of a value: None for no data, -1 for zero, else 0..k-1."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if value <= 0:
            return -1
        for i, upper in enumerate(self.breaks):
            if value <= upper + 1e-9:
                return i
        return len(self.breaks) - 1

    def color(self, value) -> str:
        i = self.index(value)
        if i is None:
            return self.nodata_color
        if i < 0:
            return self.zero_color
        return self.colors[i]

    def to_dict(self) -> dict:
        return {
            "breaks": self.breaks,
            "labels": self.labels,
            "colors": self.colors,
            "zero": self.zero_color,
            "nodata": self.nodata_color,
            "zeroLabel": self.zero_label,
            "nodataLabel": self.nodata_label,
        }


def _fmt(x: float, integer: bool) -> str:
    if integer:
        return f"{int(round(x)):,}"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def _is_integer(values) -> bool:
    return all(float(v).is_integer() for v in values)


def classify(values, k: int = DEFAULT_K, integer: bool | None = None) -> Classes:
    """Classes for ``values`` (iterable of numbers; NaN/None = no data).

    ``k`` is the largest number of positive classes (1..6).
    """
    k = max(1, min(int(k), max(PALETTES)))
    clean = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    positive = sorted(v for v in clean if v > 0)
    if integer is None:
        integer = _is_integer(clean)
    distinct = sorted(set(positive))
    if not distinct:
        return Classes(breaks=[], labels=[], colors=[], integer=integer)
    if len(distinct) <= k:
        breaks = distinct
    else:
        breaks = _natural_breaks(positive, k)
    breaks = sorted(set(breaks))
    if integer:
        labels = []
        low = 0
        for upper in breaks:
            lo, hi = int(low) + 1, int(round(upper))
            labels.append(_fmt(hi, True) if lo >= hi else f"{_fmt(lo, True)}–{_fmt(hi, True)}")
            low = hi
    else:
        labels = _fraction_labels(breaks, positive[0])
    return Classes(breaks=[float(b) for b in breaks], labels=labels, colors=list(PALETTES[len(breaks)]), integer=integer)


def _fraction_labels(breaks: list[float], smallest: float) -> list[str]:
    out = []
    prev = None
    for upper in breaks:
        if prev is None:
            out.append(f"{_fmt(smallest, False)} – {_fmt(upper, False)}" if smallest < upper else _fmt(upper, False))
        else:
            out.append(f"> {_fmt(prev, False)} – {_fmt(upper, False)}")
        prev = upper
    return out


def _natural_breaks(positive: list[float], k: int) -> list[float]:
    """Upper bounds of ``k`` Fisher-Jenks classes of the (sorted) positive values."""
    import numpy as np
    from mapclassify import FisherJenks

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "numba not installed": the pure version is fine here
        fj = FisherJenks(np.asarray(positive, dtype=float), k=k)
    return [float(b) for b in fj.bins]
