"""Shared fixtures: a headless Chromium (selenium) with every network request blocked, and
small hand-written incident records (the incidents schema) for the map tests."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def chromium_options(user_data_dir: str):
    from selenium.webdriver.chrome.options import Options

    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        "--window-size=1200,900",
        # no network: every request goes to a closed local port, names resolve nowhere
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={user_data_dir}",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return opts


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium driver; skipped only when Chromium is absent outside CI."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        if os.environ.get("CI"):
            pytest.fail("Chromium/chromedriver missing but CI is set: browser tests must run")
        pytest.skip("no /usr/bin/chromium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="geomap-chromium-")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=chromium_options(profile))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# ------------------------------------------------------------------ incident test data

CORPUS = Path(__file__).parent / "corpus"

HOSTILE = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'

BASE = {
    "doc": "d1", "adm1": None, "adm1_iso": None, "place": None, "type": "protest", "date": None,
    "start": 0, "end": 10, "evidence": "", "scope": None, "count": None, "killed": None,
    "injured": None, "detained": None, "kind": "city", "lat": None, "lon": None,
    "mention_start": 0, "mention_end": 5, "doc_date": None, "url": None, "title": None,
    "confidence": 0.8,
}


def record(**kw) -> dict:
    out = dict(BASE)
    out.update(kw)
    return out


def sample_records() -> list[dict]:
    """Incidents in three units over two weeks, plus one statement about '9 regions'."""
    return [
        record(doc="a1", adm1="Almaty", adm1_iso="KZ-75", place="Almaty", type="seizure", date="2023-01-05",
               evidence="Gunmen seized the city hall in Almaty.", killed=3, injured=12, lat=43.2389, lon=76.8897,
               doc_date="2023-01-06", url="https://example.org/news/1", confidence=0.9, title="Gunmen in Almaty"),
        record(doc="a1", adm1="Almaty", adm1_iso="KZ-75", place="Almaty", type="protest", date="2023-01-04",
               evidence="Thousands rallied in Almaty.", detained=40, lat=43.2389, lon=76.8897, doc_date="2023-01-06",
               url="https://example.org/news/1", start=40, end=70),
        record(doc="a2", adm1="Mangystau Region", adm1_iso="KZ-47", place="Zhanaozen", type="protest",
               date="2023-01-02", evidence="Drivers protested fuel prices in Zhanaozen.", lat=43.34, lon=52.86,
               doc_date="2023-01-03", kind="city"),
        record(doc="a3", adm1="Karaganda Region", adm1_iso="KZ-35", place="Temirtau", type="explosion",
               date="2023-01-16", evidence="A methane blast hit a mine near Temirtau.", killed=5, lat=50.05,
               lon=72.96, doc_date="2023-01-17", url="javascript:alert(1)"),
        record(doc="a2", place="9 regions", type="seizure", date="2023-01-05", scope="9 regions", count=9,
               evidence="Checkpoints were seized in 9 regions.", doc_date="2023-01-03", kind="quantified"),
    ]


def hostile_records() -> list[dict]:
    recs = sample_records()
    for r in recs:
        r["evidence"] = HOSTILE + " " + r["evidence"]
        r["doc"] = r["doc"] + HOSTILE
        r["place"] = (r["place"] or "") + HOSTILE
        r["title"] = HOSTILE
        if r["scope"]:
            r["scope"] = r["scope"] + HOSTILE
    recs[0]["url"] = 'https://example.org/"><script>window.__pwned=3</script>'
    recs[2]["type"] = "protest" + HOSTILE  # a free-form type from a hand-made table
    return recs


def frame(records):
    from geomap.events import to_frame

    return to_frame(records)


def corpus_documents(ids=None) -> list[dict]:
    """The dev corpus texts as document dicts (with dates, languages and URLs)."""
    docs = []
    for line in (CORPUS / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        if ids is not None and meta["id"] not in ids:
            continue
        text = (CORPUS / "texts" / f"{meta['id']}.txt").read_text(encoding="utf-8")
        docs.append({"id": meta["id"], "text": text, "date": meta["date"], "lang": meta["lang"], "url": meta.get("source_url")})
    return docs


@pytest.fixture
def sample_frame():
    return frame(sample_records())


@pytest.fixture
def hostile_frame():
    return frame(hostile_records())
