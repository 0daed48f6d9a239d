'use strict';
// The peer-learning events that the library's calls announce, with each session shown in the reader's own
// time zone (as the browser knows it) and the zone the call wrote alongside, split into coming and past.
(function () {
  const { element, getJson } = window.LibraryPage;
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the events', heading: 'Peer-learning events',
      upcoming: 'Coming sessions', past: 'Past sessions', none: 'None.',
      zone: zone => 'Times in your time zone: ' + zone + '.',
      asWritten: zone => 'as the call wrote it: ' + zone, page: n => 'page ' + n,
      loading: 'Loading…', failed: 'The events could not be loaded: '
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller aux événements',
      heading: 'Événements d’apprentissage entre pairs', upcoming: 'Séances à venir', past: 'Séances passées',
      none: 'Aucune.', zone: zone => 'Heures dans votre fuseau : ' + zone + '.',
      asWritten: zone => 'selon l’appel : ' + zone, page: n => 'page ' + n,
      loading: 'Chargement…', failed: 'Les événements n’ont pas pu être chargés : '
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir a los eventos', heading: 'Eventos de aprendizaje entre pares',
      upcoming: 'Próximas sesiones', past: 'Sesiones pasadas', none: 'Ninguna.',
      zone: zone => 'Horas en su zona horaria: ' + zone + '.',
      asWritten: zone => 'según la convocatoria: ' + zone, page: n => 'página ' + n,
      loading: 'Cargando…', failed: 'No se pudieron cargar los eventos: '
    }
  };

  function sessionItem(event, session, messages, lang, format) {
    const item = element('li', { class: 'session' });
    const when = format.format(new Date(session.start))
      + (session.end ? ' – ' + new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' })
        .format(new Date(session.end)) : '');
    item.appendChild(element('time', { datetime: session.start, class: 'when' }, when));
    if (session.zoneAsWritten) item.appendChild(element('span', { class: 'as-written' },
      ' (' + messages.asWritten(session.zoneAsWritten) + ')'));
    const link = element('a', { href: 'document.html?id=' + event.documentId + '&lang=' + lang + '#page-'
      + session.page, lang: event.language }, event.title);
    const source = element('p', { class: 'source' });
    source.append(link, document.createTextNode(', ' + messages.page(session.page)));
    item.appendChild(source);
    return item;
  }

  async function render() {
    const lang = window.LibraryPage.language(new URLSearchParams(location.search));
    const messages = MESSAGES[lang];
    window.LibraryPage.applyLanguage(messages, lang);
    document.title = messages.heading + ' · ' + messages.library;
    document.getElementById('home').setAttribute('href', './?lang=' + lang);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.getElementById('zone').textContent = messages.zone(zone);
    const status = document.getElementById('status');
    status.className = 'summary';
    status.textContent = messages.loading;
    const format = new Intl.DateTimeFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric',
      hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    try {
      const body = await getJson('api/events');
      const upcoming = document.getElementById('upcoming');
      const past = document.getElementById('past');
      upcoming.replaceChildren();
      past.replaceChildren();
      const now = Date.now();
      body.events.forEach(event => event.sessions.forEach(session => {
        const list = new Date(session.end || session.start).getTime() >= now ? upcoming : past;
        list.appendChild(sessionItem(event, session, messages, lang, format));
      }));
      // Past sessions read best from the most recent back.
      Array.from(past.children).reverse().forEach(item => past.appendChild(item));
      [upcoming, past].forEach(list => {
        if (list.children.length === 0) list.appendChild(element('li', {}, messages.none));
      });
      status.textContent = '';
    } catch (error) {
      status.className = 'summary error';
      status.textContent = messages.failed + error.message;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    window.LibraryPage.wireLanguageSwitch(render);
    window.addEventListener('popstate', render);
    render();
  });
})();
