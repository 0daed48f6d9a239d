'use strict';
// The search page's world map of the results by country. It is drawn here from Natural Earth's 1:110m
// countries (the world-atlas TopoJSON the build copies into assets/map), projected with the Equal Earth
// projection, so the page asks nothing of anyone but our own server. Countries with results are shaded by
// their count and are buttons that toggle the country filter; the others are grey and inert. Countries too
// small for this scale (Singapore, Malta, Andorra...) have no shape: they are listed under the map instead.
window.LibraryMap = (function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const SHADES = 5;
  // Antarctica takes a fifth of the height and no document of the library is about it.
  const LEFT_OUT = new Set(['010']);

  const MESSAGES = {
    en: {
      title: 'World map of the results by country', toggle: 'Map of the results by country',
      country: (name, n) => name + ': ' + (n === 1 ? '1 result' : n + ' results'),
      legend: 'Results per country:', none: 'no results', chosen: 'chosen',
      hint: 'Choose a shaded country to show only its results; choose it again to undo.',
      notDrawn: 'Too small for this map: ', table: 'The same as a table', countryColumn: 'Country',
      resultsColumn: 'Results'
    },
    fr: {
      title: 'Carte du monde des résultats par pays', toggle: 'Carte des résultats par pays',
      country: (name, n) => name + ' : ' + (n <= 1 ? n + ' résultat' : n + ' résultats'),
      legend: 'Résultats par pays :', none: 'aucun résultat', chosen: 'choisi',
      hint: 'Choisissez un pays coloré pour n’afficher que ses résultats ; choisissez-le à nouveau pour annuler.',
      notDrawn: 'Trop petits pour cette carte : ', table: 'Les mêmes données en tableau', countryColumn: 'Pays',
      resultsColumn: 'Résultats'
    },
    es: {
      title: 'Mapa mundial de los resultados por país', toggle: 'Mapa de los resultados por país',
      country: (name, n) => name + ': ' + (n === 1 ? '1 resultado' : n + ' resultados'),
      legend: 'Resultados por país:', none: 'sin resultados', chosen: 'elegido',
      hint: 'Elija un país coloreado para ver solo sus resultados; elíjalo de nuevo para deshacerlo.',
      notDrawn: 'Demasiado pequeños para este mapa: ', table: 'Los mismos datos en una tabla', countryColumn: 'País',
      resultsColumn: 'Resultados'
    }
  };

  let world = null;
  const latest = new WeakMap();
  // The country whose button was just used: the page is redrawn after every choice, and keyboard users keep
  // their place on the map.
  let refocus = null;

  // --- data: TopoJSON to projected SVG paths, once per page ---

  function load() {
    if (!world) {
      world = Promise.all(['assets/map/countries-110m.json', 'assets/map/country-codes.json'].map(path =>
        fetch(path, { headers: { Accept: 'application/json' } }).then(response => {
          if (!response.ok) throw new Error(path + ': ' + response.status);
          return response.json();
        }))).then(([topology, codes]) => shapesOf(topology, codes));
      world.catch(() => { world = null; });
    }
    return world;
  }

  // Quantized arcs hold integer steps from the previous position; the transform turns them into degrees.
  function decodeArcs(topology) {
    const transform = topology.transform;
    if (!transform) return topology.arcs;
    const [sx, sy] = transform.scale;
    const [tx, ty] = transform.translate;
    return topology.arcs.map(arc => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty];
      });
    });
  }

  // A ring lists arcs by index, ~i (a negative number) meaning arc i walked backwards; each arc starts
  // where the previous one ended, so that shared point is kept once.
  function ringOf(indexes, arcs) {
    const points = [];
    indexes.forEach((index, n) => {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      for (let i = n === 0 ? 0 : 1; i < arc.length; i++) points.push(arc[i]);
    });
    return points;
  }

  function polygonsOf(geometry) {
    if (geometry.type === 'Polygon') return [geometry.arcs];
    if (geometry.type === 'MultiPolygon') return geometry.arcs;
    return [];
  }

  // Equal Earth (Šavrič, Patterson and Jenny, 2018): equal-area, so a country's shading is not exaggerated
  // by its latitude. Longitude and latitude in degrees; y grows northwards.
  const A1 = 1.340264;
  const A2 = -0.081106;
  const A3 = 0.000893;
  const A4 = 0.003796;
  const M = Math.sqrt(3) / 2;

  function project([longitude, latitude]) {
    const lambda = longitude * Math.PI / 180;
    const theta = Math.asin(M * Math.sin(latitude * Math.PI / 180));
    const t2 = theta * theta;
    const t6 = t2 * t2 * t2;
    const x = 2 * Math.sqrt(3) * lambda * Math.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
    const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return [x, y];
  }

  const SCALE = 150;

  // Natural Earth's rings of Russia, Fiji and the Aleutians cross the 180th meridian, where a plane map must
  // cut them; drawn as they are, an edge would run across the whole map. Such a ring is made continuous in
  // longitude, then drawn once on each side of the map, each time cut at the edge.
  function acrossTheAntimeridian(ring) {
    if (!ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180)) return [ring];
    const continuous = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      const before = continuous[i - 1][0];
      let longitude = ring[i][0];
      while (longitude - before > 180) longitude -= 360;
      while (before - longitude > 180) longitude += 360;
      continuous.push([longitude, ring[i][1]]);
    }
    return [0, 360, -360]
      .map(shift => cut(cut(continuous.map(([longitude, latitude]) => [longitude + shift, latitude]), 180, 1), -180, -1))
      .filter(part => part.length >= 3);
  }

  // Keeps the part of a ring on one side of a meridian (side 1: west of it, -1: east of it), with the points
  // where the ring's edges cross it (Sutherland and Hodgman's clipping against one line).
  function cut(ring, meridian, side) {
    const inside = point => side * (point[0] - meridian) <= 0;
    const crossing = (a, b) => [meridian, a[1] + (b[1] - a[1]) * (meridian - a[0]) / (b[0] - a[0])];
    const kept = [];
    ring.forEach((point, i) => {
      const previous = ring[(i + ring.length - 1) % ring.length];
      if (inside(point) !== inside(previous)) kept.push(crossing(previous, point));
      if (inside(point)) kept.push(point);
    });
    return kept;
  }

  function shapesOf(topology, codes) {
    const arcs = decodeArcs(topology);
    const bounds = [Infinity, Infinity, -Infinity, -Infinity];
    const shapes = topology.objects.countries.geometries
      .filter(geometry => !LEFT_OUT.has(geometry.id))
      .map(geometry => {
        const name = geometry.properties && geometry.properties.name;
        const code = codes.byId[geometry.id] || codes.byName[name] || null;
        const rings = [];
        polygonsOf(geometry).forEach(polygon => polygon.forEach(ring =>
          rings.push(...acrossTheAntimeridian(ringOf(ring, arcs)))));
        let path = '';
        rings.forEach(ring => {
          ring.forEach((point, i) => {
            const [x, y] = project(point);
            const px = x * SCALE;
            const py = -y * SCALE;
            bounds[0] = Math.min(bounds[0], px);
            bounds[1] = Math.min(bounds[1], py);
            bounds[2] = Math.max(bounds[2], px);
            bounds[3] = Math.max(bounds[3], py);
            path += (i === 0 ? 'M' : 'L') + px.toFixed(1) + ',' + py.toFixed(1);
          });
          path += 'Z';
        });
        return { code, path };
      });
    const pad = 2;
    const viewBox = [bounds[0] - pad, bounds[1] - pad, bounds[2] - bounds[0] + 2 * pad, bounds[3] - bounds[1] + 2 * pad]
      .map(n => n.toFixed(1)).join(' ');
    return { shapes, viewBox };
  }

  // --- drawing ---

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  }

  // Counts fall into at most five classes of equal width from 1 to the largest count; with fewer distinct
  // classes the darker shades are used, which stand out best from the grey of countries without results.
  function scaleOf(values) {
    const largest = Math.max(...values.map(v => v.count));
    const steps = Math.min(SHADES, largest);
    const classOf = count => Math.max(1, Math.ceil(count * steps / largest));
    const shadeOf = count => SHADES - steps + classOf(count);
    const legend = [];
    for (let k = 1; k <= steps; k++) {
      const low = Math.floor((k - 1) * largest / steps) + 1;
      const high = Math.floor(k * largest / steps);
      legend.push({ shade: SHADES - steps + k, label: low === high ? String(low) : low + '–' + high });
    }
    return { shadeOf, legend };
  }

  function render(container, facet, lang, onToggle) {
    const token = {};
    latest.set(container, token);
    const values = facet ? facet.values.filter(v => v.count > 0) : [];
    if (values.length === 0) {
      container.hidden = true;
      container.replaceChildren();
      return Promise.resolve();
    }
    return load().then(map => {
      if (latest.get(container) === token) draw(container, map, values, MESSAGES[lang] || MESSAGES.en, onToggle);
    }, () => {
      // The map only adds to the facet list; without its data the page works as before.
      if (latest.get(container) === token) container.hidden = true;
    });
  }

  function draw(container, map, values, text, onToggle) {
    const { element } = window.LibraryPage;
    const byCode = new Map(values.map(v => [v.value, v]));
    const scale = scaleOf(values);
    const previous = container.querySelector('details.world-map-panel');

    const drawing = svg('svg', { viewBox: map.viewBox, role: 'group', 'aria-labelledby': 'world-map-title',
      class: 'world-map-drawing' });
    const title = svg('title', { id: 'world-map-title' });
    title.textContent = text.title;
    const inert = svg('g', { 'aria-hidden': 'true' });
    const active = svg('g');
    const outlines = svg('g', { 'aria-hidden': 'true', class: 'chosen-outlines' });
    drawing.append(title, inert, active, outlines);

    const drawn = new Set();
    const buttons = new Map();
    map.shapes.forEach(shape => {
      const value = shape.code && byCode.get(shape.code);
      if (!value) {
        inert.appendChild(svg('path', { d: shape.path, class: 'country' }));
        return;
      }
      drawn.add(shape.code);
      const label = text.country(value.label, value.count);
      const path = svg('path', { d: shape.path, class: 'country has-results shade-' + scale.shadeOf(value.count),
        role: 'button', tabindex: '0', 'aria-label': label, 'aria-pressed': String(value.selected),
        'data-country': shape.code });
      const tooltip = svg('title');
      tooltip.textContent = label;
      path.appendChild(tooltip);
      const choose = () => {
        refocus = shape.code;
        onToggle(shape.code);
      };
      path.addEventListener('click', choose);
      path.addEventListener('keydown', event => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose();
        }
      });
      buttons.set(shape.code, path);
      // drawn again on top of every neighbour, so the whole border of a chosen country shows
      if (value.selected) {
        outlines.append(svg('path', { d: shape.path, class: 'chosen-halo' }),
          svg('path', { d: shape.path, class: 'chosen-outline' }));
      }
    });
    // in the facet's order (most results first), which is also the order of the keyboard
    values.forEach(v => { if (buttons.has(v.value)) active.appendChild(buttons.get(v.value)); });

    const legend = element('ul', { class: 'world-map-legend' });
    legend.appendChild(element('li', { class: 'legend-title' }, text.legend));
    scale.legend.forEach(entry => {
      const item = element('li');
      item.append(element('span', { class: 'swatch shade-' + entry.shade, 'aria-hidden': 'true' }),
        document.createTextNode(entry.label));
      legend.appendChild(item);
    });
    const none = element('li');
    none.append(element('span', { class: 'swatch swatch-none', 'aria-hidden': 'true' }), document.createTextNode(text.none));
    legend.appendChild(none);
    if (values.some(v => v.selected && drawn.has(v.value))) {
      const chosen = element('li');
      chosen.append(element('span', { class: 'swatch swatch-chosen', 'aria-hidden': 'true' }),
        document.createTextNode(text.chosen));
      legend.appendChild(chosen);
    }

    const panel = element('details', { class: 'world-map-panel' });
    panel.open = previous ? previous.open : true;
    panel.append(element('summary', {}, text.toggle), drawing, legend, element('p', { class: 'world-map-hint' }, text.hint));
    const missing = values.filter(v => !drawn.has(v.value));
    if (missing.length > 0) {
      panel.appendChild(element('p', { class: 'world-map-missing' },
        text.notDrawn + missing.map(v => v.label + ' (' + v.count + ')').join(', ')));
    }
    panel.appendChild(tableOf(values, text));
    container.replaceChildren(panel);
    container.hidden = false;

    if (refocus && buttons.has(refocus)) buttons.get(refocus).focus({ preventScroll: true });
    refocus = null;
  }

  function tableOf(values, text) {
    const { element } = window.LibraryPage;
    const details = element('details', { class: 'world-map-table' });
    const table = element('table');
    const head = element('tr');
    head.append(element('th', { scope: 'col' }, text.countryColumn), element('th', { scope: 'col' }, text.resultsColumn));
    const body = element('tbody');
    values.forEach(v => {
      const row = element('tr');
      row.append(element('th', { scope: 'row' }, v.label), element('td', {}, String(v.count)));
      body.appendChild(row);
    });
    const thead = element('thead');
    thead.appendChild(head);
    table.append(thead, body);
    details.append(element('summary', {}, text.table), table);
    return details;
  }

  return { render };
})();
