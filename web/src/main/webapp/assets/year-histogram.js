'use strict';
// The year facet as a histogram: one bar per year, oldest first, as tall as its count. A click on a bar
// picks that year, a drag across bars picks the range it covers; two labelled number fields with an apply
// and a clear button do the same from the keyboard. The chosen range is handed to the page, which keeps
// it in the URL (yearFrom, yearTo).
window.LibraryYearHistogram = (function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const BAR = 10;
  const HEIGHT = 60;
  // Beyond this many years, gaps are left out rather than drawn as empty bars.
  const MAX_SPAN = 80;

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  }

  function yearsOf(facet) {
    const counts = new Map(facet.values.map(v => [Number(v.value), v.count]));
    const known = [...counts.keys()].sort((a, b) => a - b);
    const first = known[0];
    const last = known[known.length - 1];
    if (last - first > MAX_SPAN) return known.map(year => ({ year, count: counts.get(year) }));
    const years = [];
    for (let year = first; year <= last; year++) years.push({ year, count: counts.get(year) || 0 });
    return years;
  }

  // range: { from, to } as numbers or null; choose(from, to) with null for an open end; both null clears.
  function build(facet, range, messages, choose) {
    const years = yearsOf(facet);
    const highest = Math.max(1, ...years.map(y => y.count));
    const wrapper = document.createElement('div');
    wrapper.className = 'year-histogram';

    const description = document.createElement('p');
    description.id = 'year-histogram-counts';
    description.className = 'visually-hidden';
    description.textContent = years.filter(y => y.count > 0).map(y => messages.yearCount(y.year, y.count)).join('; ');

    const chart = svg('svg', {
      viewBox: '0 0 ' + years.length * BAR + ' ' + HEIGHT, preserveAspectRatio: 'none', role: 'img',
      'aria-label': messages.histogram(years[0].year, years[years.length - 1].year),
      'aria-describedby': description.id, class: 'histogram'
    });
    const bars = years.map((y, index) => {
      const height = y.count === 0 ? 0 : Math.max(2, Math.round(HEIGHT * y.count / highest));
      const bar = svg('rect', { x: index * BAR + 1, y: HEIGHT - height, width: BAR - 2, height, class: 'bar' });
      const tip = svg('title');
      tip.textContent = messages.yearCount(y.year, y.count);
      bar.appendChild(tip);
      bar.dataset.year = String(y.year);
      chart.appendChild(bar);
      return bar;
    });

    const mark = (from, to) => bars.forEach((bar, index) => {
      const year = years[index].year;
      bar.classList.toggle('in-range', from !== null && year >= from && (to === null || year <= to)
        || from === null && to !== null && year <= to);
    });
    mark(range.from, range.to);

    // A brush: pressing on a bar starts it, moving widens it, releasing chooses it.
    const indexAt = event => {
      const box = chart.getBoundingClientRect();
      const index = Math.floor((event.clientX - box.left) / box.width * years.length);
      return Math.min(years.length - 1, Math.max(0, index));
    };
    let start = null;
    let end = null;
    chart.addEventListener('pointerdown', event => {
      if (event.button !== 0) return;
      chart.setPointerCapture(event.pointerId);
      start = end = indexAt(event);
      mark(years[start].year, years[start].year);
    });
    chart.addEventListener('pointermove', event => {
      if (start === null) return;
      end = indexAt(event);
      mark(years[Math.min(start, end)].year, years[Math.max(start, end)].year);
    });
    chart.addEventListener('pointerup', () => {
      if (start === null) return;
      const from = years[Math.min(start, end)].year;
      const to = years[Math.max(start, end)].year;
      start = end = null;
      choose(from, to);
    });
    chart.addEventListener('pointercancel', () => {
      start = end = null;
      mark(range.from, range.to);
    });

    const form = document.createElement('form');
    form.className = 'year-range';
    form.setAttribute('role', 'group');
    form.setAttribute('aria-labelledby', 'facet-year');
    const field = (id, label, value) => {
      const wrap = document.createElement('span');
      const labelNode = document.createElement('label');
      labelNode.htmlFor = id;
      labelNode.textContent = label;
      const input = document.createElement('input');
      Object.assign(input, { id, type: 'number', min: '1000', max: '2999', step: '1', inputMode: 'numeric' });
      input.value = value === null ? '' : String(value);
      wrap.append(labelNode, input);
      form.appendChild(wrap);
      return input;
    };
    const fromInput = field('year-from', messages.yearFrom, range.from);
    const toInput = field('year-to', messages.yearTo, range.to);
    const apply = document.createElement('button');
    apply.type = 'submit';
    apply.textContent = messages.yearApply;
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = messages.yearClear;
    form.append(apply, clear);
    form.addEventListener('submit', event => {
      event.preventDefault();
      let from = fromInput.value === '' ? null : Number(fromInput.value);
      let to = toInput.value === '' ? null : Number(toInput.value);
      if (from !== null && to !== null && from > to) [from, to] = [to, from];
      choose(from, to);
    });
    clear.addEventListener('click', () => choose(null, null));

    // The first and last years under the bars, for the eye; the chart's name already says them.
    const axis = document.createElement('p');
    axis.className = 'histogram-axis';
    axis.setAttribute('aria-hidden', 'true');
    [years[0].year, years[years.length - 1].year].forEach(year => {
      const end = document.createElement('span');
      end.textContent = String(year);
      axis.appendChild(end);
    });

    wrapper.append(chart, axis, description, form);
    return wrapper;
  }

  return { build };
})();
