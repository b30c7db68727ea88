// The map: an offline basemap (Natural Earth country outlines, or tiles when configured),
// event markers coloured by ACLED type and sized by fatalities, clustered, and the size key.

/* global L, topojson */

import { escapeHTML } from "./html.js";
import { LEGEND, typeColor, typeKey } from "./taxonomy.js";

const BASEMAP = "/static/vendor/world-atlas/countries-110m.json";

/** The tile URL template the user asked for (?tiles=... wins over window.WIREWATCH_TILES). */
function tileSetting() {
  const params = new URLSearchParams(window.location.search);
  const url = params.get("tiles") || window.WIREWATCH_TILES || "";
  const attribution = params.get("tiles_attribution") || window.WIREWATCH_TILES_ATTRIBUTION || "";
  return /^https?:\/\//.test(url) ? { url, attribution } : null;
}

/** Marker diameter in pixels: area grows with the toll, capped. */
export function markerSize(fatalities) {
  const deaths = Math.max(0, Number(fatalities) || 0);
  return Math.round(Math.min(12 + 3 * Math.sqrt(deaths), 46));
}

function markerIcon(merged) {
  const event = merged.event;
  const key = typeKey(event);
  const size = markerSize(event.fatalities?.best);
  const html =
    `<div class="marker status-${escapeHTML(event.status)}" data-testid="marker"` +
    ` data-event-id="${escapeHTML(event.id)}" data-type="${escapeHTML(key)}"` +
    ` style="--c:${typeColor(key)};width:${size}px;height:${size}px"></div>`;
  return L.divIcon({ html, className: "marker-icon", iconSize: [size, size] });
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const counts = new Map();
  let deaths = 0;
  for (const marker of children) {
    counts.set(marker.options.typeKey, (counts.get(marker.options.typeKey) ?? 0) + 1);
    deaths += marker.options.fatalities || 0;
  }
  // A ring split by type, in legend order.
  let angle = 0;
  const stops = [];
  for (const { name, color } of LEGEND) {
    const n = counts.get(name);
    if (!n) continue;
    const next = angle + (360 * n) / children.length;
    stops.push(`${color} ${angle}deg ${next}deg`);
    angle = next;
  }
  const size = Math.round(Math.min(28 + 5 * Math.log2(children.length), 56));
  const html =
    `<div class="cluster" data-testid="cluster" data-count="${children.length}"` +
    ` style="width:${size}px;height:${size}px;background:conic-gradient(${stops.join(",")})"` +
    ` title="${children.length} events, ${deaths} deaths"><span>${children.length}</span></div>`;
  return L.divIcon({ html, className: "cluster-icon", iconSize: [size, size] });
}

function tooltipHTML(event) {
  const what = event.sub_event_type || event.event_type || event.plover || event.kind;
  const when = event.when?.start ?? "undated";
  const deaths = event.fatalities?.best != null ? ` · ${event.fatalities.best} deaths` : "";
  const where = escapeHTML(event.place?.name ?? "");
  return `<b>${escapeHTML(what)}</b><br>${escapeHTML(when)} · ${where}${deaths}`;
}

/**
 * The map in `element`. `onSelect(id)` is called when a marker is clicked.
 * Returns {setEvents(events), select(id, {reveal})}.
 */
export function createMap(element, { onSelect }) {
  const tiles = tileSetting();
  const map = L.map(element, {
    minZoom: 2,
    maxZoom: tiles ? 18 : 9, // the offline basemap has nothing finer than country outlines
    worldCopyJump: false,
    zoomSnap: 0.5,
    preferCanvas: false,
  }).setView([25, 20], 3);
  map.attributionControl.setPrefix("Leaflet");
  L.control.scale({ imperial: false }).addTo(map);

  if (tiles) {
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
    element.classList.add("with-tiles");
  } else {
    loadBasemap(map);
  }

  const clusters = L.markerClusterGroup({
    iconCreateFunction: clusterIcon,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    zoomToBoundsOnClick: false, // done below, with room around the bounds
    maxClusterRadius: 56,
  });
  map.addLayer(clusters);
  clusters.on("clusterclick", (e) => {
    const bounds = e.layer.getBounds();
    const onePlace = bounds.getNorthEast().equals(bounds.getSouthWest());
    if (!onePlace && map.getZoom() < map.getMaxZoom()) {
      e.layer.zoomToBounds({ padding: [70, 70] }); // (one place: the plugin spiderfies it)
    }
  });
  clusters.on("spiderfied", (e) => map.panInside(e.cluster.getLatLng(), { padding: [150, 150] }));

  const markers = new Map();
  let selected = null;
  let unmapped = 0;
  const note = L.control({ position: "topright" });
  note.onAdd = () => L.DomUtil.create("div", "map-note");
  note.addTo(map);
  addSizeKey(map);

  function setEvents(events) {
    clusters.clearLayers();
    markers.clear();
    unmapped = 0;
    const layers = [];
    for (const merged of events) {
      const place = merged.event.place;
      if (place?.latitude == null || place?.longitude == null) {
        unmapped += 1;
        continue;
      }
      const marker = L.marker([place.latitude, place.longitude], {
        icon: markerIcon(merged),
        typeKey: typeKey(merged.event),
        fatalities: merged.event.fatalities?.best ?? 0,
        eventId: merged.event.id,
        keyboard: true,
        title: "",
      });
      marker.bindTooltip(tooltipHTML(merged.event), { direction: "top", offset: [0, -8] });
      marker.on("click", () => onSelect(merged.event.id));
      markers.set(merged.event.id, marker);
      layers.push(marker);
    }
    clusters.addLayers(layers);
    note.getContainer().textContent = unmapped
      ? `${unmapped} event${unmapped > 1 ? "s" : ""} without coordinates (in the list only)`
      : "";
    note.getContainer().hidden = !unmapped;
    if (layers.length) {
      // Keep markers clear of the zoom buttons (top left) and the key (bottom right).
      map.fitBounds(clusters.getBounds(), {
        paddingTopLeft: [56, 40],
        paddingBottomRight: [40, 96],
        maxZoom: 6,
      });
    }
    markSelected();
  }

  function markSelected() {
    element.querySelectorAll(".marker.selected, .cluster.selected").forEach((el) => {
      el.classList.remove("selected");
    });
    const marker = selected && markers.get(selected);
    if (!marker) return;
    // The marker itself when it is drawn, else the cluster that holds it.
    const shown = clusters.getVisibleParent(marker);
    const el = shown?.getElement()?.querySelector(".marker, .cluster");
    if (el) el.classList.add("selected");
  }

  /** Mark an event's marker (or the cluster holding it); `reveal` pans it into view. */
  function select(id, { reveal = false } = {}) {
    selected = id;
    const marker = markers.get(id);
    if (marker && reveal && !map.getBounds().contains(marker.getLatLng())) {
      map.panTo(marker.getLatLng());
    }
    markSelected();
  }

  map.on("zoomend moveend", markSelected);
  clusters.on("animationend spiderfied unspiderfied", markSelected);
  return { setEvents, select, leaflet: map };
}

async function loadBasemap(map) {
  map.getContainer().classList.add("offline-basemap");
  try {
    const response = await fetch(BASEMAP);
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#9aa5b1", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
    }).addTo(map);
    map.attributionControl.addAttribution("Natural Earth");
  } catch (error) {
    console.warn("wirewatch: the basemap could not be drawn", error);
  }
}

/** The marker key drawn on the map: sizes by deaths, and the ring of unconfirmed events. */
function addSizeKey(map) {
  const key = L.control({ position: "bottomright" });
  key.onAdd = () => {
    const box = L.DomUtil.create("div", "map-key");
    box.id = "map-key";
    box.dataset.testid = "map-key";
    const sizes = [0, 10, 100]
      .map((n) => {
        const s = markerSize(n);
        return `<span class="key-size"><i style="width:${s}px;height:${s}px"></i>${n}</span>`;
      })
      .join("");
    box.innerHTML =
      `<div class="key-sizes">Deaths ${sizes}</div>` +
      `<div class="key-status"><i class="ring"></i>negated, planned or uncertain</div>`;
    return box;
  };
  key.addTo(map);
}
