"""Build the choropleth page with folium: inlined assets, stable ids, safe embedding.

The page is one folium ``Map`` without tiles, holding

* one GeoJSON layer of the ADM1 units that carries every metric as a property
  (geometry is sent quantised and delta-encoded, decoded by a few lines of JS),
* one ``FeatureGroup`` per incident type with circle markers, and a group with
  the three largest cities, listed in a layer control,
* small controls written in plain JS/CSS: the metric switch, the legend, the
  panel of incidents not tied to one unit and, when the reports span more than
  a few days, a time slider.

Everything taken from input (names, evidence, ids, URLs, titles) reaches the
browser either HTML-escaped in static markup or as JSON inside a ``<script>``
with ``<``, ``>``, ``&`` and U+2028/2029 escaped, and the script only ever puts
it into the page with ``textContent``/``setAttribute``; links are made only from
``http``/``https`` URLs.

Element ids are drawn from a counter while the page is built and rendered, so
the same input gives byte-identical HTML.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import html
import itertools
import json
import re
import threading
from pathlib import Path

ATTRIBUTION = "© OpenStreetMap contributors (ODbL), GeoNames (CC BY 4.0), Natural Earth"
LEAFLET_CDN_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CDN_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"

_ID_LOCK = threading.Lock()


# --------------------------------------------------------------------------- safety


def script_json(value) -> str:
    """JSON for a ``<script>`` block: no ``</script>``, no HTML parsing surprises."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def safe_url(url) -> str | None:
    """The URL if it is an absolute http(s) URL without control characters, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not re.match(r"(?i)^https?://[^\s\"'<>\\]+$", url):
        return None
    return url


def esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


# --------------------------------------------------------------------------- assets


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xleaflet

    return Path(xleaflet.BASE_DIR)


def _renumber_random_ids(page: str) -> str:
    """Replace 32-hex-digit element ids (older branca) by a counter, in order of appearance."""
    seen: dict[str, str] = {}

    def repl(m: re.Match) -> str:
        return "_" + seen.setdefault(m.group(1), f"r{len(seen) + 1:04d}")

    return re.sub(r"_([0-9a-f]{32})\b", repl, page)


@functools.lru_cache(maxsize=1)
def leaflet_js() -> str:
    text = (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
    if "</script" in text.lower():  # never happens with the shipped build; be sure anyway
        text = re.sub(r"(?i)</script", "<\\\\/script", text)
    return text.strip()


@functools.lru_cache(maxsize=1)
def leaflet_css() -> str:
    base = _leaflet_dir()
    text = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match) -> str:
        name = match.group(1)
        path = base / "images" / name
        if name.startswith("marker-") or not path.exists():
            return "none"  # default marker icons are not used by this page
        return "url(data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii") + ")"

    text = re.sub(r"url\(images/([\w.-]+)\)", data_uri, text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"\s*\n\s*", "\n", text)
    text = re.sub(r"[ \t]+", " ", text)
    return text.strip()


def cdn_urls() -> tuple[str, str]:
    """Leaflet's JS and CSS on the CDN folium itself uses (for ``cdn=True``)."""
    try:
        from folium.folium import _default_css, _default_js

        return dict(_default_js)["leaflet"], dict(_default_css)["leaflet_css"]
    except (ImportError, KeyError):
        return LEAFLET_CDN_JS, LEAFLET_CDN_CSS


# --------------------------------------------------------------------------- stable ids


@contextlib.contextmanager
def stable_ids(prefix: str = "g"):
    """Make every branca element created inside get a counter-based id."""
    from branca.element import Element

    counter = itertools.count(1)
    with _ID_LOCK:
        original = Element.__dict__.get("_generate_id")
        if original is None:  # an older branca: ids are renumbered after rendering instead
            yield False
            return
        Element._generate_id = classmethod(lambda cls: f"{prefix}{next(counter):04d}")
        try:
            yield True
        finally:
            Element._generate_id = original


# --------------------------------------------------------------------------- geometry


def encode_geometry(geom, scale: int) -> list:
    """Polygons -> [[ring, ...], ...], each ring a flat int list: x0, y0, dx1, dy1, ...

    Coordinates are quantised to ``1/scale`` degrees; repeated points are dropped
    and rings that collapse are skipped.
    """
    if geom is None or geom.is_empty:
        return []
    polys = [geom] if geom.geom_type == "Polygon" else list(getattr(geom, "geoms", []))
    out = []
    for poly in polys:
        if poly.geom_type != "Polygon":
            continue
        rings = []
        for k, ring in enumerate([poly.exterior, *poly.interiors]):
            pts = []
            for x, y in ring.coords:
                q = (int(round(x * scale)), int(round(y * scale)))
                if not pts or pts[-1] != q:
                    pts.append(q)
            if len(pts) >= 2 and pts[0] == pts[-1]:
                pts.pop()
            if len(set(pts)) < 3:
                if k == 0:
                    break
                continue
            flat = [pts[0][0], pts[0][1]]
            for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
                flat += [x1 - x0, y1 - y0]
            rings.append(flat)
        if rings:
            out.append(rings)
    return out


# --------------------------------------------------------------------------- page


_CSS = """
html,body{height:100%;margin:0;padding:0}
body{display:flex;flex-direction:column;font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;background:#fff}
.gm-head{flex:0 0 auto;display:flex;justify-content:space-between;align-items:flex-start;gap:12px;padding:6px 12px 5px;border-bottom:1px solid #ccc;background:#fff}
.gm-data{position:relative;flex:0 0 auto;font-size:13px}
.gm-data summary{cursor:pointer;padding:2px 6px;border:1px solid #888;border-radius:4px}
.gm-data table{position:absolute;right:0;top:calc(100% + 4px);z-index:1100;display:block;max-height:70vh;overflow:auto;background:#fff;border:1px solid #888;box-shadow:0 2px 6px rgba(0,0,0,.3);border-collapse:collapse;font-size:12px}
.gm-data caption{text-align:left;padding:4px 6px;font-weight:600}
.gm-data th,.gm-data td{padding:2px 6px;border-bottom:1px solid #eee;text-align:right;white-space:nowrap}
.gm-data th[scope=row],.gm-data thead th:first-child{text-align:left}
.gm-head h1{font-size:18px;margin:0;font-weight:600}
.gm-head p{margin:2px 0 0;color:#444;font-size:13px}
.folium-map.gm-map{flex:1 1 auto;height:auto!important;min-height:320px;position:relative!important;background:#eef2f5}
.gm-box{background:#fff;color:#1a1a1a;border:1px solid #888;border-radius:4px;padding:6px 8px;box-shadow:0 1px 4px rgba(0,0,0,.25);max-width:280px}
.gm-box h2,.gm-box legend{font-size:13px;font-weight:600;margin:0 0 4px;padding:0}
.gm-box fieldset{border:0;margin:0;padding:0}
.gm-box label{display:block;cursor:pointer;padding:1px 0}
.gm-box ul{list-style:none;margin:0;padding:0}
.gm-legend li{display:flex;align-items:center;gap:6px;margin:1px 0}
.gm-sw{display:inline-block;width:18px;height:12px;border:1px solid #555;flex:0 0 auto}
.gm-sw.gm-nodata{border-style:dashed;background:#fff}
.gm-note{color:#444;font-size:12px;margin-top:4px}
.gm-unattr{max-height:28vh;overflow:auto}
.gm-switch label{display:block;font-weight:600;font-size:13px;margin-bottom:3px}
.gm-switch select{font:inherit;font-size:13px;padding:2px;max-width:240px}
.gm-unattr li{margin:2px 0}
.gm-unattr summary{cursor:pointer}
.gm-unattr q{color:#333;font-size:12px}
.gm-slider input{width:220px}
.gm-tip{font-size:12px}
.gm-tip b{font-size:13px}
.gm-tip table{border-collapse:collapse;margin-top:3px}
.gm-tip td{padding:0 6px 0 0}
.gm-pop{max-width:320px;font-size:12px}
.gm-pop li{margin:4px 0}
.gm-city{background:transparent;border:0;box-shadow:none;color:#111;font-weight:600;font-size:12px;text-shadow:0 0 3px #fff,0 0 3px #fff}
.gm-city:before{display:none}
path.gm-unit:focus{outline:none;stroke:#005fcc;stroke-width:3px}
.gm-box input:focus-visible,.gm-box select:focus-visible,.gm-box summary:focus-visible,.gm-box a:focus-visible{outline:2px solid #005fcc;outline-offset:1px}
.gm-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
"""

# The page script. ``D`` is the embedded data, ``MAP`` the Leaflet map and
# ``GROUPS`` the marker feature groups by type (both declared by folium above).
_JS = r"""
(function(){
var D = __DATA__, MAP = __MAP__, GROUPS = __GROUPS__, CITIES = __CITIES__, LAYERS = __LAYERS__;
var S = D.scale, state = {metric: D.metric, step: D.steps.length ? D.steps.length - 1 : -1};
function el(tag, attrs, text){var e=document.createElement(tag);if(attrs){for(var k in attrs){if(attrs[k]!==null&&attrs[k]!==undefined)e.setAttribute(k,attrs[k]);}}if(text!==undefined&&text!==null)e.textContent=String(text);return e;}
function fmt(v, m){if(v===null||v===undefined||v!==v)return "no data";if(m.integer)return Math.round(v).toLocaleString("en-US");return v>=100?v.toFixed(0):v>=10?v.toFixed(1):v.toFixed(2);}
function decode(g){return {type:"MultiPolygon",coordinates:g.map(function(p){return p.map(function(r){var x=0,y=0,o=[];for(var i=0;i<r.length;i+=2){x+=r[i];y+=r[i+1];o.push([x/S,y/S]);}o.push(o[0]);return o;});})};}
var METRIC = {}; D.metrics.forEach(function(m){METRIC[m.key]=m;});
/* values of every unit for the chosen step (cumulative up to that date) */
function values(){
  var n = D.units.length, out = {};
  if (state.step < 0 || state.step === D.steps.length - 1){D.metrics.forEach(function(m){out[m.key]=D.units.map(function(u){return u.v[m.key];});});return out;}
  var inc=[],kil=[],inj=[],det=[],docs=[],typ=[];for(var i=0;i<n;i++){inc.push(0);kil.push(0);inj.push(0);det.push(0);docs.push({});typ.push({});}
  D.events.forEach(function(e){if(e[0]>state.step)return;var u=e[1];inc[u]+=1;kil[u]+=e[2];inj[u]+=e[3];det[u]+=e[4];docs[u][e[5]]=1;
    if(e[6]>=0){var k=D.types[e[6]].key;typ[u][k]=(typ[u][k]||0)+1;}});
  out._types=typ;
  out.incidents=inc;out.killed=kil;out.injured=inj;out.detained=det;out.documents=docs.map(function(d){return Object.keys(d).length;});
  out.per_100k=D.units.map(function(u,i){return u.pop?inc[i]*100000/u.pop:null;});
  D.metrics.forEach(function(m){if(!(m.key in out))out[m.key]=D.units.map(function(u){return u.v[m.key];});});
  return out;
}
var VALS = values();
function klass(v, c){if(v===null||v===undefined||v!==v)return null;if(v<=0)return -1;for(var i=0;i<c.breaks.length;i++){if(v<=c.breaks[i]+1e-9)return i;}return c.breaks.length-1;}
function color(v, c){var i=klass(v,c);return i===null?c.nodata:(i<0?c.zero:c.colors[i]);}
function style(f){var i=f.properties.i, m=METRIC[state.metric], v=VALS[m.key][i], nd=(v===null||v===undefined);
  return {className:"gm-unit",fillColor:color(v,m.classes),fillOpacity:nd?0.6:0.85,color:"#555",weight:1,opacity:1,dashArray:nd?"4 3":null};}
function tip(i){var u=D.units[i],box=el("div",{"class":"gm-tip"});
  box.appendChild(el("b",null,u.name));box.appendChild(el("div",null,u.ru+" · "+u.kk));
  var t=el("table");D.metrics.forEach(function(m){var tr=el("tr");var a=el("td",null,m.label);var b=el("td",null,fmt(VALS[m.key][i],m));if(m.key===state.metric){a.style.fontWeight="600";b.style.fontWeight="600";}tr.appendChild(a);tr.appendChild(b);t.appendChild(tr);});box.appendChild(t);
  var tc=VALS._types?VALS._types[i]:u.types;
  var ty=D.types.filter(function(t){return (tc[t.key]||0)>0;}).map(function(t){return t.label+" "+tc[t.key];});
  if(ty.length)box.appendChild(el("div",null,"By type: "+ty.join(", ")));
  if(state.step>=0&&state.step<D.steps.length-1)box.appendChild(el("div",{"class":"gm-note"},"Up to "+D.steps[state.step]));
  if(u.flag)box.appendChild(el("div",{"class":"gm-note"},u.flag));
  if(u.ev.length)box.appendChild(el("div",{"class":"gm-note"},"Click for the reports"));
  return box;}
function link(doc, url, title){var t=title?title+" ("+doc+")":doc;if(url){return el("a",{href:url,target:"_blank",rel:"noopener noreferrer"},t);}return el("span",null,t);}
function pop(i){var u=D.units[i],box=el("div",{"class":"gm-pop"});box.appendChild(el("b",null,u.name));
  if(!u.ev.length){box.appendChild(el("div",null,"No incidents reported."));return box;}
  var ul=el("ul");u.ev.forEach(function(e){var li=el("li");li.appendChild(el("span",null,(e[0]||"undated")+" · "+e[3]+" · "));li.appendChild(link(e[1],e[2],e[5]));li.appendChild(el("br"));li.appendChild(el("q",null,e[4]));ul.appendChild(li);});
  box.appendChild(ul);if(u.more>0)box.appendChild(el("div",{"class":"gm-note"},"and "+u.more+" more"));return box;}
var fc={type:"FeatureCollection",features:D.units.map(function(u,i){return {type:"Feature",properties:{i:i,iso:u.iso},geometry:decode(u.g)};})};
var regions=L.geoJSON(fc,{style:style,onEachFeature:function(f,layer){var i=f.properties.i;
  layer.bindTooltip(function(){return tip(i);},{sticky:true,direction:"auto"});
  layer.bindPopup(function(){return pop(i);},{maxWidth:340});
  layer.on("add",function(){var p=layer.getElement&&layer.getElement();if(!p)return;p.setAttribute("data-iso",D.units[i].iso);p.setAttribute("tabindex","0");p.setAttribute("role","button");label(layer);
    p.addEventListener("focus",function(){layer.openTooltip(center(i,layer));});
    p.addEventListener("blur",function(){layer.closeTooltip();});
    p.addEventListener("keydown",function(ev){if(ev.key==="Enter"||ev.key===" "){ev.preventDefault();layer.openPopup(center(i,layer));}});});
}});
function center(i,layer){var c=D.units[i].c;return c?L.latLng(c[0],c[1]):layer.getBounds().getCenter();}
function label(layer){var p=layer.getElement&&layer.getElement();if(!p)return;var i=layer.feature.properties.i,m=METRIC[state.metric];p.setAttribute("aria-label",D.units[i].name+": "+m.label+" "+fmt(VALS[m.key][i],m));}
regions.addTo(MAP);
/* markers per incident type */
var markers=[];
D.types.forEach(function(t){var g=GROUPS[t.key];if(!g)return;(D.markers[t.key]||[]).forEach(function(mk){
  var cm=L.circleMarker([mk[0],mk[1]],{radius:4,color:"#222",weight:1,fillColor:t.color,fillOpacity:0.9,className:"gm-marker"});
  cm.bindTooltip(function(){var n=count(mk);return el("span",null,mk[2]+" — "+t.label+(n>1?" ×"+n:"")+(mk[4]?" ("+mk[4]+")":""));});
  markers.push({m:cm,d:mk[3],g:g});cm.addTo(g);});});
function count(mk){if(state.step<0)return mk[3].length;var n=0;mk[3].forEach(function(s){if(s<=state.step)n++;});return n;}
function restyleMarkers(){markers.forEach(function(o){var n=count({3:o.d});if(n>0){if(!o.g.hasLayer(o.m))o.g.addLayer(o.m);o.m.setRadius(4+2*Math.sqrt(n-1));}else if(o.g.hasLayer(o.m)){o.g.removeLayer(o.m);}});}
restyleMarkers();
/* the three largest cities */
var cityDots=[];
D.cities.forEach(function(c){var ui=-1;D.units.forEach(function(u,i){if(u.name===c[0])ui=i;});
  var dot=L.circleMarker([c[1],c[2]],{radius:ui>=0?7:3,color:"#111",weight:1.5,fillColor:"#111",fillOpacity:1,className:"gm-citydot"});
  dot.bindTooltip(el("span",null,c[0]),{permanent:true,direction:"right",className:"gm-city",offset:[6,0]});
  if(ui>=0){dot.on("click",function(){regions.eachLayer(function(l){if(l.feature.properties.i===ui)l.openPopup(L.latLng(c[1],c[2]));});});}
  cityDots.push({m:dot,i:ui});dot.addTo(CITIES);});
function restyleCities(){cityDots.forEach(function(o){if(o.i<0)return;var m=METRIC[state.metric];o.m.setStyle({fillColor:color(VALS[m.key][o.i],m.classes)});});}
restyleCities();
/* controls */
function control(pos, build){var C=L.Control.extend({options:{position:pos},onAdd:function(){var d=build();L.DomEvent.disableClickPropagation(d);L.DomEvent.disableScrollPropagation(d);return d;}});var c=new C();c.addTo(MAP);return c;}
var legendBox;
function legend(){var m=METRIC[state.metric],c=m.classes;legendBox.textContent="";
  legendBox.appendChild(el("h2",{id:"gm-legend-title"},m.label));var ul=el("ul",{"aria-labelledby":"gm-legend-title"});
  function row(colorv,text,cls){var li=el("li");var sw=el("span",{"class":"gm-sw"+(cls?" "+cls:""),"aria-hidden":"true"});if(colorv)sw.style.background=colorv;li.appendChild(sw);li.appendChild(el("span",null,text));ul.appendChild(li);}
  for(var i=c.breaks.length-1;i>=0;i--)row(c.colors[i],c.labels[i]);
  row(c.zero,c.zeroLabel+" (none reported)");
  if(VALS[m.key].some(function(v){return v===null||v===undefined;}))row(null,c.nodataLabel+" (population unknown)","gm-nodata");
  legendBox.appendChild(ul);
  legendBox.appendChild(el("div",{"class":"gm-note"},(state.step>=0&&state.step<D.steps.length-1?"Reports up to "+D.steps[state.step]:D.period)+"; boundaries as of "+D.as_of));}
control("bottomright",function(){legendBox=el("div",{"class":"gm-box gm-legend",role:"region","aria-label":"Legend","aria-live":"polite"});legend();return legendBox;});
function refresh(){VALS=values();regions.setStyle(style);regions.eachLayer(label);legend();restyleMarkers();restyleCities();}
control("topleft",function(){var d=el("div",{"class":"gm-box gm-switch"});var id="gm-metric";
  d.appendChild(el("label",{"for":id},"Colour regions by"));var sel=el("select",{id:id});
  D.metrics.forEach(function(m){var o=el("option",{value:m.key},m.label);if(m.key===state.metric)o.selected=true;sel.appendChild(o);});
  sel.addEventListener("change",function(){state.metric=sel.value;refresh();});d.appendChild(sel);return d;});
if(D.steps.length>1){control("bottomleft",function(){var d=el("div",{"class":"gm-box gm-slider"});var id="gm-step";
  var lab=el("label",{"for":id},"Reports up to: ");var out=el("output",{"for":id,id:"gm-step-out"},D.steps[state.step]);lab.appendChild(out);
  var r=el("input",{type:"range",id:id,min:0,max:D.steps.length-1,step:1,value:state.step,"aria-valuetext":D.steps[state.step]});
  r.addEventListener("input",function(){state.step=parseInt(r.value,10);out.textContent=D.steps[state.step];r.setAttribute("aria-valuetext",D.steps[state.step]);refresh();});
  d.appendChild(lab);d.appendChild(r);return d;});}
if(D.unattributed.length){control("bottomleft",function(){var d=el("div",{"class":"gm-box gm-unattr",role:"region","aria-label":"Incidents not tied to one region"});
  d.appendChild(el("h2",null,"Not tied to one region ("+D.unattributed.length+")"));var ul=el("ul");
  D.unattributed.forEach(function(u){var li=el("li");var det=el("details");var s=el("summary",null,u[0]+": "+u[1].toLowerCase());det.appendChild(s);
    var p=el("div");p.appendChild(el("span",null,(u[4]||"undated")+" · "));p.appendChild(link(u[3],u[6],u[7]));p.appendChild(el("br"));p.appendChild(el("q",null,u[5]));det.appendChild(p);li.appendChild(det);ul.appendChild(li);});
  d.appendChild(ul);return d;});}
/* on a short map (a notebook cell) the long list of layers folds into its button */
if(MAP.getSize().y<640&&D.types.filter(function(t){return GROUPS[t.key];}).length>3){LAYERS.remove();LAYERS.options.collapsed=true;LAYERS.addTo(MAP);}
MAP.attributionControl.setPrefix("Leaflet");
MAP.attributionControl.addAttribution(D.attribution);
function fit(){var w=MAP.getSize().x,pad=Math.round(Math.min(210,w*0.17));MAP.fitBounds(D.bounds,{paddingTopLeft:[pad,10],paddingBottomRight:[pad,10]});}
fit();
window.geomap={map:MAP,regions:regions,data:D,setMetric:function(k){state.metric=k;var r=document.getElementById("gm-metric");if(r)r.value=k;refresh();},
  setStep:function(s){state.step=s;var r=document.getElementById("gm-step");if(r){r.value=s;document.getElementById("gm-step-out").textContent=D.steps[s];}refresh();},state:state};
})();
"""


def build_page(payload: dict, *, cdn: bool = False, tiles: str | None = None) -> str:
    """Render ``payload`` (see :func:`geomap.mapview.payload`) as a standalone HTML page."""
    import folium
    from branca.element import Element, Figure, MacroElement
    from jinja2 import Template

    class Page(Figure):
        _template = Template(
            "<!DOCTYPE html>\n"
            '<html lang="en">\n'
            "<head>\n"
            '<meta charset="utf-8">\n'
            "<title>{{ this.page_title }}</title>\n"
            "{{ this.header.render(**kwargs) }}\n"
            "</head>\n"
            "<body>\n"
            "{{ this.top }}\n"
            "{{ this.html.render(**kwargs) }}\n"
            "<script>\n"
            "{{ this.script.render(**kwargs) }}\n"
            "</script>\n"
            "</body>\n"
            "</html>\n"
        )

    class PageScript(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

        def __init__(self, code: str):
            super().__init__()
            self._name = "GeomapScript"
            self.code = code

    with stable_ids() as patched:
        page = Page()
        page.page_title = esc(payload["title"])
        page.top = (
            '<header class="gm-head"><div>'
            f'<h1>{esc(payload["title"])}</h1>'
            f'<p>{esc(payload["subtitle"])}</p>'
            "</div>" + data_table(payload) + "</header>"
        )
        header = page.header
        header._children.pop("meta_http", None)  # the charset is declared first, above
        header.add_child(Element('<link rel="icon" href="data:,">'), name="favicon")
        if cdn:
            js, css = cdn_urls()
            header.add_child(Element(f'<script src="{esc(js)}"></script>'), name="leaflet")
            header.add_child(Element(f'<link rel="stylesheet" href="{esc(css)}"/>'), name="leaflet_css")
        else:
            header.add_child(Element("<script>" + leaflet_js() + "</script>"), name="leaflet")
            header.add_child(Element("<style>" + leaflet_css() + "</style>"), name="leaflet_css")
        header.add_child(Element("<style>" + _CSS.strip() + "</style>"), name="geomap_css")

        (s, w), (n, e) = payload["bounds"]
        fmap = folium.Map(
            location=[round((s + n) / 2, 4), round((w + e) / 2, 4)],
            zoom_start=5,
            tiles=None,
            control_scale=True,
            prefer_canvas=False,
            zoom_snap=0.25,
        )
        fmap.default_js = []
        fmap.default_css = []
        page.add_child(fmap)
        if tiles:
            folium.TileLayer(tiles, name="Background", control=False).add_to(fmap)

        groups = {}
        for t in payload["types"]:
            if not payload["markers"].get(t["key"]):
                continue
            g = folium.FeatureGroup(name=esc(f'{t["label"]} ({t["n"]})'), show=True)
            g.add_to(fmap)
            groups[t["key"]] = g
        cities = folium.FeatureGroup(name="Cities", show=True)
        cities.add_to(fmap)
        layers = folium.LayerControl(collapsed=False, position="topright")
        layers.add_to(fmap)

        code = (
            _JS.replace("__DATA__", script_json(payload))
            .replace("__MAP__", fmap.get_name())
            .replace("__GROUPS__", "{" + ",".join(f"{script_json(k)}:{g.get_name()}" for k, g in sorted(groups.items())) + "}")
            .replace("__CITIES__", cities.get_name())
            .replace("__LAYERS__", layers.get_name())
        )
        PageScript(code).add_to(fmap)
        out = page.render()

    if not patched:
        out = _renumber_random_ids(out)
    out = out.replace('class="folium-map"', 'class="folium-map gm-map" role="region" aria-label="Map of incidents by region"', 1)
    out = re.sub(r",\s*initial-scale=1\.0, maximum-scale=1\.0, user-scalable=no", ", initial-scale=1.0", out)
    out = re.sub(r"[ \t]+\n", "\n", out)
    return out


def _fmt(v, integer: bool) -> str:
    if v is None:
        return "–"
    return f"{int(v):,}" if integer else f"{float(v):.2f}"


def data_table(payload: dict) -> str:
    """The figures per unit as a static, escaped HTML table (readable without the map)."""
    metrics = payload["metrics"]
    head = "".join(f'<th scope="col">{esc(m["label"])}</th>' for m in metrics)
    rows = []
    for u in payload["units"]:
        cells = "".join(f"<td>{esc(_fmt(u['v'][m['key']], m['integer']))}</td>" for m in metrics)
        rows.append(f'<tr><th scope="row">{esc(u["name"])}</th>{cells}</tr>')
    caption = f'Figures per region, {payload["period"]}; boundaries as of {payload["as_of"]}'
    return (
        '<details class="gm-data"><summary>Table</summary>'
        f"<table><caption>{esc(caption)}</caption>"
        f'<thead><tr><th scope="col">Region</th>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></details>'
    )


def iframe(page: str, height: str = "560px") -> str:
    """The page as an ``<iframe srcdoc>`` (Jupyter): renders offline and untrusted."""
    return (
        '<iframe srcdoc="' + html.escape(page, quote=True) + '" '
        f'style="width:100%;height:{height};border:1px solid #ccc" '
        'title="Map of incidents by region" loading="lazy" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>'
    )
