"""The saved map in a real headless Chromium with the network blocked."""

from __future__ import annotations

import time

import pytest

from conftest import HOSTILE, frame, hostile_records, sample_records

pytestmark = pytest.mark.browser


def _open(driver, path, timeout=20.0):
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(path.resolve().as_uri())
    deadline = time.time() + timeout
    while time.time() < deadline:
        if driver.execute_script("return !!(window.geomap && document.querySelectorAll('path.gm-unit').length)"):
            return
        time.sleep(0.1)
    raise AssertionError("the map did not load: " + repr(driver.get_log("browser")))


def _severe(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _fills(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('path.gm-unit')).map(p => p.getAttribute('fill'));"
    )


def _hover_unit(driver, iso):
    """Move the real mouse over an interior point of a unit."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    x, y = driver.execute_script(
        "const u = window.geomap.data.units.find(u => u.iso === arguments[0]);"
        "const p = window.geomap.map.latLngToContainerPoint(u.c); return [p.x, p.y];",
        iso,
    )
    box = driver.find_element(By.CSS_SELECTOR, ".folium-map")
    size = box.size
    ActionChains(driver).move_to_element_with_offset(box, int(x - size["width"] / 2), int(y - size["height"] / 2)).perform()
    time.sleep(0.3)


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    from geomap.mapview import choropleth

    path = tmp_path_factory.mktemp("map") / "sample.html"
    choropleth(frame(sample_records()), title="Sample incidents").save(path)
    return path


def test_map_renders_offline_with_units_legend_tooltip_and_switch(chromium, sample_page, tmp_path):
    from selenium.webdriver.common.by import By

    d = chromium
    _open(d, sample_page)
    assert d.title == "Sample incidents"
    assert len(d.find_elements(By.CSS_SELECTOR, "path.gm-unit")) == 20  # one path per 2023 unit
    legend = d.find_element(By.CSS_SELECTOR, ".gm-legend")
    assert legend.is_displayed() and legend.text.startswith("Incidents")
    assert "0 (none reported)" in legend.text

    _hover_unit(d, "KZ-35")
    tips = [t.text for t in d.find_elements(By.CSS_SELECTOR, ".leaflet-tooltip") if t.is_displayed()]
    assert any("Karaganda Region" in t and "Карагандинская область" in t for t in tips), tips

    before = _fills(d)
    from selenium.webdriver.support.select import Select

    Select(d.find_element(By.ID, "gm-metric")).select_by_value("killed")
    after = _fills(d)
    assert before != after
    assert d.find_element(By.CSS_SELECTOR, ".gm-legend h2").text == "Killed"
    # Mangystau had a protest and no deaths: coloured by incidents, zero-grey by killed
    iso = d.execute_script("return Array.from(document.querySelectorAll('path.gm-unit')).map(p => p.dataset.iso)")
    i = iso.index("KZ-47")
    assert before[i] != after[i] and after[i].lower() == "#e8e8e8"

    shot = tmp_path / "map.png"
    assert d.save_screenshot(str(shot))
    print(f"screenshot: {shot}")
    assert not _severe(d)


def test_controls_work_from_the_keyboard(chromium, sample_page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d = chromium
    _open(d, sample_page)
    # the time slider: Home goes back to the first day, when only Mangystau had reports
    slider = d.find_element(By.ID, "gm-step")
    assert slider.get_attribute("aria-valuetext") == "2023-01-16"
    slider.send_keys(Keys.HOME)
    assert d.find_element(By.ID, "gm-step-out").text == "2023-01-02"
    iso = d.execute_script("return Array.from(document.querySelectorAll('path.gm-unit')).map(p => p.dataset.iso)")
    fills = _fills(d)
    coloured = {iso[k] for k, f in enumerate(fills) if f.lower() != "#e8e8e8"}
    assert coloured == {"KZ-47"}
    d.execute_script("document.querySelector('path.gm-unit[data-iso=\"KZ-75\"]').focus()")
    tip = d.find_element(By.CSS_SELECTOR, ".leaflet-tooltip:not(.gm-city)").text
    assert "Almaty" in tip and "Up to 2023-01-02" in tip and "By type" not in tip
    slider.send_keys(Keys.END)
    fills = _fills(d)
    assert {iso[k] for k, f in enumerate(fills) if f.lower() != "#e8e8e8"} == {"KZ-35", "KZ-47", "KZ-75"}
    # units are focusable and announce themselves
    label = d.execute_script(
        "const p = document.querySelector('path.gm-unit[data-iso=\"KZ-75\"]'); p.focus();"
        "return [document.activeElement === p, p.getAttribute('aria-label')];"
    )
    assert label[0] and label[1].startswith("Almaty: Incidents 2")
    # the metric switch and the slider have labels and take keyboard input
    assert d.find_element(By.CSS_SELECTOR, "label[for='gm-metric']").text == "Colour regions by"
    assert d.find_element(By.CSS_SELECTOR, "label[for='gm-step']").text.startswith("Reports up to")
    select = d.find_element(By.ID, "gm-metric")
    select.send_keys(Keys.END)  # the last option: incidents per 100,000 people
    assert d.find_element(By.CSS_SELECTOR, ".gm-legend h2").text == "Incidents per 100,000 people"
    select.send_keys(Keys.HOME)
    assert d.find_element(By.CSS_SELECTOR, ".gm-legend h2").text == "Incidents"
    assert not _severe(d)


def test_hostile_input_runs_nothing_and_shows_as_text(chromium, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    from geomap.mapview import choropleth

    path = tmp_path / "hostile.html"
    choropleth(frame(hostile_records()), title=HOSTILE).save(path)
    d = chromium
    _open(d, path)
    with pytest.raises(NoAlertPresentException):
        d.switch_to.alert.text  # noqa: B018
    assert d.execute_script("return window.__pwned === undefined")
    assert d.find_element(By.CSS_SELECTOR, ".gm-head h1").text == HOSTILE
    assert not d.find_elements(By.CSS_SELECTOR, "img[src='x']")
    layers = d.find_element(By.CSS_SELECTOR, ".leaflet-control-layers").text
    assert "protest" + HOSTILE in layers  # the odd type name is a label, as text
    summary = d.find_element(By.CSS_SELECTOR, ".gm-unattr summary")
    summary.click()
    panel = d.find_element(By.CSS_SELECTOR, ".gm-unattr").text
    assert "</script><script>window.__pwned=2</script>" in panel
    # open a popup: evidence is text, the bad URL is no link
    d.execute_script("window.geomap.regions.eachLayer(l => { if (l.feature.properties.iso === 'KZ-75') l.openPopup(); });")
    time.sleep(0.2)
    popup = d.find_element(By.CSS_SELECTOR, ".leaflet-popup-content")
    assert HOSTILE in popup.text
    hrefs = [a.get_attribute("href") for a in popup.find_elements(By.CSS_SELECTOR, "a")]
    assert hrefs == ["https://example.org/news/1"]  # the quoted-script URL is not a link
    assert d.execute_script("return window.__pwned === undefined")
    assert not _severe(d)


def test_notebook_iframe_renders_offline(chromium, tmp_path):
    from selenium.webdriver.common.by import By

    from geomap.mapview import choropleth

    m = choropleth(frame(sample_records()), title="Sample incidents")
    host = tmp_path / "cell.html"
    host.write_text("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>cell</title></head><body>"
                    + m._repr_html_() + "</body></html>", encoding="utf-8")
    d = chromium
    d.get_log("browser")
    d.get(host.resolve().as_uri())
    frame_el = d.find_element(By.TAG_NAME, "iframe")
    d.switch_to.frame(frame_el)
    try:
        deadline = time.time() + 20
        while time.time() < deadline and not d.execute_script("return !!window.geomap"):
            time.sleep(0.1)
        assert len(d.find_elements(By.CSS_SELECTOR, "path.gm-unit")) == 20
        assert d.find_element(By.CSS_SELECTOR, ".gm-head h1").text == "Sample incidents"
    finally:
        d.switch_to.default_content()
    assert not _severe(d)
