'use strict';
// A document's page: its facts, what it is about (each a link into the search), its case examples and
// sessions, and its text page by page, each page with a link that opens the original there.
(function () {
  const { element, searchLink, conceptFacet } = window.LibraryPage;
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the document', openOriginal: 'Open the original',
      curate: 'Curate this document',
      about: 'What it is about', cases: 'Case examples', sessions: 'Sessions', pages: 'Text by page',
      kind: 'Kind', language: 'Language', date: 'Published', authors: 'Authors', publisher: 'Publisher',
      pageCount: 'Pages', page: n => 'Page ' + n, openAtPage: n => 'Open the original at page ' + n,
      loading: 'Loading…', notFound: 'There is no such document.', failed: 'The document could not be loaded: ',
      yourTime: 'your time'
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au document', openOriginal: 'Ouvrir l’original',
      curate: 'Corriger ce document',
      about: 'De quoi il traite', cases: 'Exemples de cas', sessions: 'Séances', pages: 'Texte par page',
      kind: 'Type', language: 'Langue', date: 'Publié', authors: 'Auteurs', publisher: 'Éditeur',
      pageCount: 'Pages', page: n => 'Page ' + n, openAtPage: n => 'Ouvrir l’original à la page ' + n,
      loading: 'Chargement…', notFound: 'Ce document n’existe pas.', failed: 'Le document n’a pas pu être chargé : ',
      yourTime: 'votre heure'
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al documento', openOriginal: 'Abrir el original',
      curate: 'Corregir este documento',
      about: 'De qué trata', cases: 'Casos', sessions: 'Sesiones', pages: 'Texto por página',
      kind: 'Tipo', language: 'Idioma', date: 'Publicado', authors: 'Autores', publisher: 'Editor',
      pageCount: 'Páginas', page: n => 'Página ' + n, openAtPage: n => 'Abrir el original en la página ' + n,
      loading: 'Cargando…', notFound: 'Ese documento no existe.', failed: 'No se pudo cargar el documento: ',
      yourTime: 'su hora'
    }
  };

  function fact(list, term, value) {
    if (value === null || value === undefined || value === '') return;
    list.append(element('dt', {}, term), element('dd', {}, String(value)));
  }

  function chip(list, text, href) {
    const item = element('li');
    item.appendChild(element('a', { href }, text));
    list.appendChild(item);
  }

  function renderDocument(doc, messages, lang) {
    document.title = doc.title + ' · ' + messages.library;
    document.getElementById('title').textContent = doc.title;
    const facts = document.getElementById('facts');
    facts.replaceChildren();
    fact(facts, messages.kind, doc.kindLabel);
    fact(facts, messages.language, doc.languageLabel);
    fact(facts, messages.date, doc.publicationDate);
    fact(facts, messages.authors, doc.authors);
    fact(facts, messages.publisher, doc.publisher);
    fact(facts, messages.pageCount, doc.pageCount);
    document.getElementById('original').setAttribute('href', doc.original.slice(1));

    const concepts = document.getElementById('concepts');
    concepts.replaceChildren();
    doc.concepts.forEach(c => chip(concepts, c.label, searchLink(conceptFacet(c.id), c.id, lang)));
    const places = document.getElementById('places');
    places.replaceChildren();
    doc.places.forEach(p => chip(places, p.city ? p.city + ', ' + p.country : p.country,
      searchLink('country', p.countryCode, lang)));

    const cases = document.getElementById('cases');
    cases.replaceChildren();
    doc.cases.forEach(c => {
      const item = element('li');
      item.appendChild(element('a', { href: 'case.html?id=' + c.id + '&lang=' + lang }, c.title));
      cases.appendChild(item);
    });
    document.getElementById('cases-section').hidden = doc.cases.length === 0;

    // Sessions are instants; they are shown in the reader's own time zone, as the browser knows it.
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' });
    const sessions = document.getElementById('sessions');
    sessions.replaceChildren();
    doc.sessions.forEach(s => {
      const text = format.format(new Date(s.start)) + (s.end ? ' – ' + format.format(new Date(s.end)) : '')
        + ' (' + messages.yourTime + ')';
      sessions.appendChild(element('li', {}, text));
    });
    document.getElementById('sessions-section').hidden = doc.sessions.length === 0;

    const pdf = doc.mediaType === 'application/pdf';
    const index = document.getElementById('page-index');
    const pages = document.getElementById('pages');
    index.replaceChildren();
    pages.replaceChildren();
    doc.pages.forEach(page => {
      const item = element('li');
      item.appendChild(element('a', { href: '#page-' + page.number }, messages.page(page.number)));
      index.appendChild(item);
      const section = element('section', { id: 'page-' + page.number, class: 'page-text', tabindex: '-1' });
      section.appendChild(element('h3', {}, messages.page(page.number)));
      if (pdf) {
        section.appendChild(element('a', { href: doc.original.slice(1) + '#page=' + page.number },
          messages.openAtPage(page.number)));
      }
      page.text.split(/\n\s*\n/).filter(p => p.trim()).forEach(p => section.appendChild(element('p', {}, p)));
      pages.appendChild(section);
    });
    document.getElementById('document').hidden = false;
  }

  // Editors see a link to the curation page; everyone else sees nothing more than before.
  async function offerCuration(doc, lang) {
    const link = document.getElementById('curate-link');
    const who = await window.LibraryPage.getJson('api/session').catch(() => ({ signedIn: false }));
    link.hidden = !who.signedIn;
    link.querySelector('a').setAttribute('href', 'curate.html?id=' + doc.id + '&lang=' + lang);
  }

  function render() {
    return window.LibraryPage.showItem({
      messages: MESSAGES,
      article: 'document',
      apiPath: (id, lang) => 'api/documents/' + id + '?lang=' + lang,
      show: (doc, messages, lang) => {
        renderDocument(doc, messages, lang);
        offerCuration(doc, lang);
        const target = location.hash && document.getElementById(location.hash.slice(1));
        if (target) target.scrollIntoView();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    let shown = location.search;
    window.LibraryPage.wireLanguageSwitch(() => {
      shown = location.search;
      render();
    });
    // Jumping to a page only changes the fragment; only a new query string needs the document again.
    window.addEventListener('popstate', () => {
      if (location.search !== shown) {
        shown = location.search;
        render();
      }
    });
    render();
  });
})();
