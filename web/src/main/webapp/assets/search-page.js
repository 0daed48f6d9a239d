'use strict';
// The search page: its whole state lives in the URL (q, page, lang and one parameter per facet value),
// so a result list can be shared and the back button works. All text from the server is inserted as
// text; highlights are rebuilt node by node so that only <mark> can ever become markup.
(function () {
  const MESSAGES = {
    en: {
      title: 'Commons Knowledge Library',
      tagline: 'Documents and practices of public-community innovation for local and regional governments',
      skip: 'Skip to results', queryLabel: 'Search the library', searchButton: 'Search', refine: 'Refine',
      results: n => n === 1 ? '1 result' : n + ' results', page: 'page', caseExample: 'Case example',
      previous: 'Previous', next: 'Next',
      facet_kind: 'Document kind', facet_language: 'Language', facet_practice: 'Practice',
      facet_sector: 'Service or sector', facet_aim: 'Aim', facet_agenda: 'Global agenda', facet_country: 'Country',
      facet_region: 'World region', facet_type: 'Result type', facet_year: 'Year', facet_publisher: 'Publisher',
      facet_status: 'Case status', failed: 'The search failed: ',
      eventsLink: 'Peer-learning events', adminLink: 'Editors: add and correct documents',
      sortLabel: 'Sort by', sortRelevance: 'Relevance', sortNewest: 'Newest first', sortOldest: 'Oldest first',
      exportLabel: 'Export all results:', remove: label => 'Remove filter: ' + label,
      years: (from, to) => (from || '…') + '–' + (to || '…'),
      noResults: 'Nothing matches. Try fewer or other words.',
      showMore: n => 'Show ' + n + ' more', showFewer: 'Show fewer', sortAdded: 'Recently added',
      histogram: (first, last) => 'Results per year, ' + first + ' to ' + last,
      yearCount: (year, n) => year + ': ' + (n === 1 ? '1 result' : n + ' results'),
      yearFrom: 'From', yearTo: 'To', yearApply: 'Apply', yearClear: 'Clear',
      subscribe: 'Subscribe (Atom)', feedTitle: 'New results of this search (Atom)'
    },
    fr: {
      title: 'Bibliothèque des communs',
      tagline: 'Documents et pratiques d’innovation public-communautaire pour les gouvernements locaux et régionaux',
      skip: 'Aller aux résultats', queryLabel: 'Rechercher dans la bibliothèque', searchButton: 'Rechercher',
      refine: 'Affiner', results: n => n <= 1 ? n + ' résultat' : n + ' résultats', page: 'page',
      caseExample: 'Exemple de cas',
      previous: 'Précédent', next: 'Suivant', facet_kind: 'Type de document', facet_language: 'Langue',
      facet_practice: 'Pratique', facet_sector: 'Service ou secteur', facet_aim: 'Objectif',
      facet_agenda: 'Agenda mondial', facet_country: 'Pays', facet_region: 'Région du monde',
      facet_type: 'Type de résultat', facet_year: 'Année', facet_publisher: 'Éditeur', facet_status: 'Statut du cas',
      eventsLink: 'Événements d’apprentissage entre pairs', adminLink: 'Éditeurs : ajouter et corriger des documents',
      sortLabel: 'Trier par', sortRelevance: 'Pertinence', sortNewest: 'Plus récents d’abord',
      sortOldest: 'Plus anciens d’abord', exportLabel: 'Exporter tous les résultats :',
      remove: label => 'Retirer le filtre : ' + label, years: (from, to) => (from || '…') + '–' + (to || '…'),
      failed: 'La recherche a échoué : ', noResults: 'Aucun résultat. Essayez d’autres mots.',
      showMore: n => 'Afficher ' + n + ' de plus', showFewer: 'Afficher moins', sortAdded: 'Derniers ajouts',
      histogram: (first, last) => 'Résultats par année, de ' + first + ' à ' + last,
      yearCount: (year, n) => year + ' : ' + (n <= 1 ? n + ' résultat' : n + ' résultats'),
      yearFrom: 'De', yearTo: 'À', yearApply: 'Appliquer', yearClear: 'Effacer',
      subscribe: 'S’abonner (Atom)', feedTitle: 'Nouveaux résultats de cette recherche (Atom)'
    },
    es: {
      title: 'Biblioteca de los comunes',
      tagline: 'Documentos y prácticas de innovación público-comunitaria para gobiernos locales y regionales',
      skip: 'Ir a los resultados', queryLabel: 'Buscar en la biblioteca', searchButton: 'Buscar',
      refine: 'Afinar', results: n => n === 1 ? '1 resultado' : n + ' resultados', page: 'página',
      caseExample: 'Caso',
      previous: 'Anterior', next: 'Siguiente', facet_kind: 'Tipo de documento', facet_language: 'Idioma',
      facet_practice: 'Práctica', facet_sector: 'Servicio o sector', facet_aim: 'Objetivo',
      facet_agenda: 'Agenda mundial', facet_country: 'País', facet_region: 'Región del mundo',
      facet_type: 'Tipo de resultado', facet_year: 'Año', facet_publisher: 'Editor', facet_status: 'Estado del caso',
      eventsLink: 'Eventos de aprendizaje entre pares', adminLink: 'Editores: añadir y corregir documentos',
      sortLabel: 'Ordenar por', sortRelevance: 'Pertinencia', sortNewest: 'Más recientes primero',
      sortOldest: 'Más antiguos primero', exportLabel: 'Exportar todos los resultados:',
      remove: label => 'Quitar el filtro: ' + label, years: (from, to) => (from || '…') + '–' + (to || '…'),
      failed: 'La búsqueda falló: ', noResults: 'Nada coincide. Pruebe con otras palabras.',
      showMore: n => 'Mostrar ' + n + ' más', showFewer: 'Mostrar menos', sortAdded: 'Añadidos recientemente',
      histogram: (first, last) => 'Resultados por año, de ' + first + ' a ' + last,
      yearCount: (year, n) => year + ': ' + (n === 1 ? '1 resultado' : n + ' resultados'),
      yearFrom: 'Desde', yearTo: 'Hasta', yearApply: 'Aplicar', yearClear: 'Borrar',
      subscribe: 'Suscribirse (Atom)', feedTitle: 'Nuevos resultados de esta búsqueda (Atom)'
    }
  };

  const { element, highlightNodes, isOriginalLink } = window.LibraryPage;

  function applyLanguage(lang) {
    window.LibraryPage.applyLanguage(MESSAGES[lang], lang);
    document.title = MESSAGES[lang].title;
    document.getElementById('events-link').setAttribute('href', 'events.html?lang=' + lang);
    document.getElementById('admin-link').setAttribute('href', 'admin.html?lang=' + lang);
  }

  function navigate(params) {
    history.pushState(null, '', '?' + params.toString());
    render();
  }

  // Facets show their first few values; the others wait behind a "show more" button. Which facets are
  // opened is remembered while the page lives, not in the URL.
  const FIRST_VALUES = 5;
  const expanded = new Set();

  function toggleValue(facetName, value, checked) {
    const next = new URLSearchParams(location.search);
    const chosen = next.getAll(facetName).filter(v => v !== value);
    if (checked) chosen.push(value);
    next.delete(facetName);
    chosen.forEach(v => next.append(facetName, v));
    next.delete('page');
    next.delete('cursor');
    navigate(next);
  }

  function chooseYears(from, to) {
    const next = new URLSearchParams(location.search);
    ['year', 'yearFrom', 'yearTo', 'page', 'cursor'].forEach(name => next.delete(name));
    if (from !== null) next.set('yearFrom', String(from));
    if (to !== null) next.set('yearTo', String(to));
    navigate(next);
  }

  // Values whose broader value is in the same answer nest under it (ul inside li); the others are roots.
  function valueTree(values) {
    const byValue = new Map(values.map(v => [v.value, v]));
    const children = new Map(values.map(v => [v.value, []]));
    const roots = [];
    values.forEach(v => {
      if (v.broader && v.broader !== v.value && byValue.has(v.broader)) children.get(v.broader).push(v);
      else roots.push(v);
    });
    return { roots, children, byValue };
  }

  function renderValueList(facet, messages) {
    const { roots, children, byValue } = valueTree(facet.values);
    // Reading order decides which values come first; a chosen value and the values above it always show.
    const order = [];
    const seen = new Set();
    (function walk(nodes) {
      nodes.forEach(v => {
        if (seen.has(v.value)) return;
        seen.add(v.value);
        order.push(v);
        walk(children.get(v.value));
      });
    })(roots);
    const shown = new Set(order.slice(0, FIRST_VALUES).map(v => v.value));
    const pinned = new Set();
    facet.values.filter(v => v.selected).forEach(v => {
      for (let at = v; at && !pinned.has(at.value); at = byValue.get(at.broader)) pinned.add(at.value);
    });
    pinned.forEach(value => shown.add(value));
    const collapsible = [];
    const build = (nodes, attributes) => {
      const list = element('ul', attributes);
      nodes.forEach(value => {
        const item = element('li');
        const label = element('label');
        const box = element('input', { type: 'checkbox', name: facet.name, value: value.value });
        box.checked = value.selected;
        box.addEventListener('change', () => toggleValue(facet.name, value.value, box.checked));
        label.append(box, element('span', {}, value.label), element('span', { class: 'count' }, String(value.count)));
        item.appendChild(label);
        if (children.get(value.value).length > 0) item.appendChild(build(children.get(value.value), {}));
        if (!shown.has(value.value)) collapsible.push(item);
        list.appendChild(item);
      });
      return list;
    };
    const listId = 'facet-values-' + facet.name;
    const list = build(roots, { id: listId, 'aria-labelledby': 'facet-' + facet.name });
    if (collapsible.length === 0) return [list];
    const button = element('button', { type: 'button', class: 'show-more', 'aria-controls': listId });
    const show = () => {
      const open = expanded.has(facet.name);
      collapsible.forEach(item => { item.hidden = !open; });
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? messages.showFewer : messages.showMore(collapsible.length);
    };
    button.addEventListener('click', () => {
      if (expanded.has(facet.name)) expanded.delete(facet.name);
      else expanded.add(facet.name);
      show();
    });
    show();
    return [list, button];
  }

  function renderFacets(facets, params, messages) {
    const container = document.getElementById('facets');
    container.querySelectorAll('.facet').forEach(node => node.remove());
    facets.forEach(facet => {
      if (facet.values.length === 0) return;
      const group = element('section', { class: 'facet facet-' + facet.name });
      const heading = element('h3', { id: 'facet-' + facet.name }, messages['facet_' + facet.name] || facet.name);
      group.appendChild(heading);
      if (facet.name === 'year') {
        const year = name => (/^\d{4}$/.test(params.get(name) || '') ? Number(params.get(name)) : null);
        group.appendChild(window.LibraryYearHistogram.build(facet, { from: year('yearFrom'), to: year('yearTo') },
          messages, chooseYears));
      } else {
        group.append(...renderValueList(facet, messages));
      }
      container.appendChild(group);
    });
  }

  // Hits carry value ids; the facets of the same answer carry their labels in the page's language.
  function labelsOf(result) {
    const labels = {};
    result.facets.forEach(facet => facet.values.forEach(v => { labels[facet.name + ':' + v.value] = v.label; }));
    return (facet, value) => labels[facet + ':' + value] || value;
  }

  function renderHits(result, messages) {
    const list = document.getElementById('hits');
    const label = labelsOf(result);
    list.replaceChildren();
    result.hits.forEach(hit => {
      const item = element('li', { class: 'hit hit-' + hit.type });
      const page = (hit.type === 'case' ? 'case.html?id=' + hit.id : 'document.html?id=' + hit.documentId)
        + '&lang=' + document.documentElement.lang;
      const heading = element('h3');
      heading.appendChild(element('a', { href: page }, hit.title));
      item.appendChild(heading);
      const example = hit.caseExample;
      const place = example ? [example.city, example.country && example.country.label].filter(Boolean).join(', ') : null;
      const meta = [example ? messages.caseExample : null, place, label('kind', hit.kind),
        label('language', hit.language), hit.publicationDate].filter(Boolean).join(' · ');
      item.appendChild(element('p', { class: 'meta' }, meta));
      hit.passages.forEach(passage => {
        const quote = element('p', { class: 'passage' });
        // Links come from the server and always point at a stored original; anything else is shown as text.
        const pageLabel = messages.page + ' ' + passage.page;
        quote.appendChild(isOriginalLink(passage.link)
          ? element('a', { class: 'page', href: passage.link.slice(1) }, pageLabel)
          : element('span', { class: 'page' }, pageLabel));
        quote.appendChild(highlightNodes(passage.highlight));
        item.appendChild(quote);
      });
      list.appendChild(item);
    });
  }

  function renderPager(result, params, messages) {
    const pager = document.getElementById('pager');
    pager.replaceChildren();
    const pages = Math.ceil(result.total / result.pageSize);
    const add = (label, page) => {
      const button = element('button', { type: 'button' }, label);
      button.addEventListener('click', () => {
        const next = new URLSearchParams(location.search);
        next.set('page', String(page));
        navigate(next);
      });
      pager.appendChild(button);
    };
    if (result.page > 1) add(messages.previous, result.page - 1);
    if (result.page < pages) add(messages.next, result.page + 1);
  }

  const EXPORTS = [['csv', 'CSV'], ['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csljson', 'CSL-JSON']];

  // Every chosen facet value, and the year range, as a chip whose button takes it away.
  function renderChips(result, params, messages) {
    const chips = document.getElementById('chips');
    chips.replaceChildren();
    const add = (label, remove) => {
      const item = element('li');
      const button = element('button', { type: 'button', class: 'chip', 'aria-label': messages.remove(label) },
        label + ' ×');
      button.addEventListener('click', () => {
        const next = new URLSearchParams(location.search);
        remove(next);
        next.delete('page');
        next.delete('cursor');
        navigate(next);
      });
      item.appendChild(button);
      chips.appendChild(item);
    };
    result.facets.forEach(facet => facet.values.filter(v => v.selected).forEach(v => add(v.label, next => {
      const kept = next.getAll(facet.name).filter(value => value !== v.value);
      next.delete(facet.name);
      kept.forEach(value => next.append(facet.name, value));
    })));
    if (params.get('yearFrom') || params.get('yearTo')) {
      add(messages.years(params.get('yearFrom'), params.get('yearTo')), next => {
        next.delete('yearFrom');
        next.delete('yearTo');
      });
    }
  }

  // The export links carry the same query and filters as the page, never its paging.
  function renderExports(params) {
    const list = document.getElementById('exports');
    list.replaceChildren();
    EXPORTS.forEach(([format, label]) => {
      const query = new URLSearchParams(params);
      ['page', 'cursor'].forEach(name => query.delete(name));
      query.set('format', format);
      const item = element('li');
      item.appendChild(element('a', { href: 'api/search/export?' + query.toString(), download: '' }, label));
      list.appendChild(item);
    });
  }

  // The map's countries toggle the same filter as the country facet's boxes.
  function toggleCountry(code) {
    const next = new URLSearchParams(location.search);
    const chosen = next.getAll('country');
    next.delete('country');
    (chosen.includes(code) ? chosen.filter(v => v !== code) : chosen.concat(code)).forEach(v => next.append('country', v));
    ['page', 'cursor'].forEach(name => next.delete(name));
    navigate(next);
  }

  // The feed of new matches carries the same query and filters; its order is always "recently added".
  function renderFeed(api, messages) {
    const query = new URLSearchParams(api);
    ['page', 'cursor', 'sort'].forEach(name => query.delete(name));
    const href = 'api/search/feed?' + query.toString();
    document.getElementById('feed-link').setAttribute('href', href);
    const alternate = document.getElementById('feed-alternate');
    alternate.setAttribute('href', href);
    alternate.setAttribute('title', messages.feedTitle);
  }

  async function render() {
    const params = new URLSearchParams(location.search);
    const lang = window.LibraryPage.language(params);
    const messages = MESSAGES[lang];
    applyLanguage(lang);
    document.getElementById('q').value = params.get('q') || '';
    const api = new URLSearchParams(params);
    api.set('lang', lang);
    const summary = document.getElementById('summary');
    try {
      const response = await fetch('api/search?' + api.toString(), { headers: { Accept: 'application/json' } });
      const body = await response.json();
      if (!response.ok) throw new Error(body.detail || response.statusText);
      summary.className = 'summary';
      summary.textContent = body.total === 0 ? messages.noResults : messages.results(body.total);
      renderFacets(body.facets, params, messages);
      renderChips(body, params, messages);
      renderExports(api);
      renderFeed(api, messages);
      document.getElementById('sort').value = params.get('sort') || 'relevance';
      renderHits(body, messages);
      renderPager(body, params, messages);
      window.LibraryMap.render(document.getElementById('world-map'), body.facets.find(f => f.name === 'country'),
        lang, toggleCountry);
    } catch (error) {
      summary.className = 'summary error';
      summary.textContent = messages.failed + error.message;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('search-form').addEventListener('submit', event => {
      event.preventDefault();
      const next = new URLSearchParams(location.search);
      next.set('q', document.getElementById('q').value);
      next.delete('page');
      navigate(next);
    });
    document.getElementById('sort').addEventListener('change', event => {
      const next = new URLSearchParams(location.search);
      next.set('sort', event.target.value);
      next.delete('page');
      next.delete('cursor');
      navigate(next);
    });
    window.LibrarySuggestions.attach(document.getElementById('q'), document.getElementById('suggestions'),
      () => window.LibraryPage.language(new URLSearchParams(location.search)), choice => {
        const next = new URLSearchParams(location.search);
        next.delete('page');
        next.delete('cursor');
        if (choice.documentId) {
          location.href = 'document.html?id=' + choice.documentId + '&lang=' + document.documentElement.lang;
          return;
        }
        if (choice.facet) {
          next.append(choice.facet, choice.value);
          next.delete('q');
        } else {
          next.set('q', choice.query);
        }
        navigate(next);
      });
    window.LibraryPage.wireLanguageSwitch(render);
    window.addEventListener('popstate', render);
    render();
  });
})();
