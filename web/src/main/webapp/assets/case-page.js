'use strict';
// A case example's page: the fields a case records, each vocabulary value a link into the search, the
// passages it was drawn from with their pages, and similar cases when the library can tell.
(function () {
  const { element, getJson, searchLink } = window.LibraryPage;
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the case', caseExample: 'Case example',
      sources: 'What the source says', similar: 'Similar cases', status: 'Status', place: 'Place',
      region: 'World region', practices: 'Practices', sectors: 'Services or sectors', years: 'Years',
      actors: 'Actors', outcomes: 'Outcomes', from: 'From', page: n => 'page ' + n, ongoing: 'ongoing',
      statuses: { confirmed: 'Confirmed', proposed: 'Proposed, to review', rejected: 'Rejected' },
      loading: 'Loading…', notFound: 'There is no such case.', failed: 'The case could not be loaded: '
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au cas', caseExample: 'Exemple de cas',
      sources: 'Ce que dit la source', similar: 'Cas semblables', status: 'Statut', place: 'Lieu',
      region: 'Région du monde', practices: 'Pratiques', sectors: 'Services ou secteurs', years: 'Années',
      actors: 'Acteurs', outcomes: 'Résultats', from: 'Tiré de', page: n => 'page ' + n, ongoing: 'en cours',
      statuses: { confirmed: 'Confirmé', proposed: 'Proposé, à vérifier', rejected: 'Rejeté' },
      loading: 'Chargement…', notFound: 'Ce cas n’existe pas.', failed: 'Le cas n’a pas pu être chargé : '
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al caso', caseExample: 'Caso',
      sources: 'Lo que dice la fuente', similar: 'Casos similares', status: 'Estado', place: 'Lugar',
      region: 'Región del mundo', practices: 'Prácticas', sectors: 'Servicios o sectores', years: 'Años',
      actors: 'Actores', outcomes: 'Resultados', from: 'Tomado de', page: n => 'página ' + n, ongoing: 'en curso',
      statuses: { confirmed: 'Confirmado', proposed: 'Propuesto, por revisar', rejected: 'Rechazado' },
      loading: 'Cargando…', notFound: 'Ese caso no existe.', failed: 'No se pudo cargar el caso: '
    }
  };

  function fact(list, term, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    const definition = element('dd');
    if (value instanceof Node) {
      definition.appendChild(value);
    } else {
      definition.textContent = String(value);
    }
    list.append(element('dt', {}, term), definition);
  }

  function links(values, facet, lang) {
    if (values.length === 0) return null;
    const list = element('ul', { class: 'chips' });
    values.forEach(v => {
      const item = element('li');
      item.appendChild(element('a', { href: searchLink(facet, v.id, lang) }, v.label));
      list.appendChild(item);
    });
    return list;
  }

  function bullets(values) {
    if (values.length === 0) return null;
    const list = element('ul');
    values.forEach(v => list.appendChild(element('li', {}, v)));
    return list;
  }

  function renderCase(example, messages, lang) {
    document.title = example.title + ' · ' + messages.library;
    document.getElementById('title').textContent = example.title;
    const facts = document.getElementById('facts');
    facts.replaceChildren();
    fact(facts, messages.status, messages.statuses[example.status] || example.status);
    fact(facts, messages.place, [example.city, example.country].filter(Boolean).join(', '));
    fact(facts, messages.region, example.region);
    fact(facts, messages.practices, links(example.practices, 'practice', lang));
    fact(facts, messages.sectors, links(example.sectors, 'sector', lang));
    if (example.startYear) {
      fact(facts, messages.years, example.startYear + '–' + (example.endYear || messages.ongoing));
    }
    fact(facts, messages.actors, bullets(example.actors));
    fact(facts, messages.outcomes, bullets(example.outcomes));

    const documentPage = 'document.html?id=' + example.documentId + '&lang=' + lang;
    const documentLink = document.getElementById('document-link');
    documentLink.setAttribute('href', documentPage);
    documentLink.setAttribute('lang', example.documentLanguage);
    documentLink.textContent = example.documentTitle;
    const sources = document.getElementById('sources');
    sources.replaceChildren();
    example.sources.forEach(source => {
      const item = element('li');
      const quote = element('blockquote', { lang: example.documentLanguage }, source.text);
      const cite = element('a', { href: documentPage + '#page-' + source.page }, messages.page(source.page));
      item.append(cite, quote);
      sources.appendChild(item);
    });
    document.getElementById('case').hidden = false;
  }

  async function renderSimilar(id, lang) {
    const section = document.getElementById('similar-section');
    const list = document.getElementById('similar');
    list.replaceChildren();
    try {
      const similar = await getJson('api/cases/' + id + '/similar?lang=' + lang);
      const cases = Array.isArray(similar) ? similar : (similar.cases || similar.hits || []);
      cases.forEach(c => {
        const item = element('li');
        item.appendChild(element('a', { href: 'case.html?id=' + c.id + '&lang=' + lang }, c.title));
        list.appendChild(item);
      });
      section.hidden = cases.length === 0;
    } catch (error) {
      // Similar cases are a courtesy: the case stands without them.
      section.hidden = true;
    }
  }

  function render() {
    return window.LibraryPage.showItem({
      messages: MESSAGES,
      article: 'case',
      apiPath: (id, lang) => 'api/cases/' + id + '?lang=' + lang,
      show: (example, messages, lang, id) => {
        renderCase(example, messages, lang);
        renderSimilar(id, lang);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    window.LibraryPage.wireLanguageSwitch(render);
    window.addEventListener('popstate', render);
    render();
  });
})();
