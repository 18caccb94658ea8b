"""Write docs/map.png: the map of the sample news, as the README shows it.

    python docs/make_screenshot.py [--static] [--input FILE] [--output docs/map.png]

By default the self-contained HTML map is opened in headless Chromium (network
blocked) and photographed with the tooltip of the unit with most incidents
open. ``--static`` (or no Chromium) writes the matplotlib PNG instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def browser_shot(html_path: Path, png_path: Path, width: int = 1200, height: int = 760) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="geomap-shot-")
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", f"--window-size={width},{height}",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        driver.get(html_path.resolve().as_uri())
        for _ in range(100):
            if driver.execute_script("return !!window.geomap"):
                break
            time.sleep(0.1)
        # open the tooltip of the unit with the most incidents
        driver.execute_script(
            "const g = window.geomap, us = g.data.units;"
            "let best = 0; us.forEach((u, i) => { if (u.v.incidents > us[best].v.incidents) best = i; });"
            "g.regions.eachLayer(l => { if (l.feature.properties.i === best) l.openTooltip(L.latLng(us[best].c)); });"
        )
        time.sleep(0.4)
        png_path.write_bytes(driver.get_screenshot_as_png())
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=str(ROOT / "data" / "samples" / "kazakhstan_news.jsonl"))
    parser.add_argument("--output", default=str(ROOT / "docs" / "map.png"))
    parser.add_argument("--title", default="Incidents in the sample news, by region")
    parser.add_argument("--static", action="store_true", help="draw the matplotlib PNG instead")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from geomap.mapview import choropleth

    m = choropleth(args.input, title=args.title)
    out = Path(args.output)
    if args.static or not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        m.to_png(out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "map.html"
            m.save(page)
            browser_shot(page, out)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
