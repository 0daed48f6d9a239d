'use strict';
// The audit log for admins: every change, newest first, fifty to a page; the page number is in the URL.
(function () {
  const { language, element, applyLanguage, wireLanguageSwitch, getJson } = window.LibraryPage;
  const admin = window.LibraryAdmin;
  const PAGE_SIZE = 50;
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the content', title: 'Audit log', heading: 'Audit log',
      caption: 'Every change to the library, newest first', colWhen: 'When', colWho: 'Who', colWhat: 'What',
      colTarget: 'On', colDetail: 'Detail', newer: 'Newer', older: 'Older',
      summary: (from, to, total) => from + '–' + to + ' of ' + total + ' entries', empty: 'The log is empty.',
      failed: 'The log could not be loaded: ', forbidden: 'Only admins may read the audit log.',
      'session.signed-in': 'signed in', 'session.refused': 'sign-in refused', 'document.uploaded': 'uploaded',
      'document.corrected': 'corrected a document', 'document.deleted': 'deleted a document',
      'case.reviewed': 'reviewed a case example', 'account.saved': 'saved an account',
      'index.rebuilt': 'rebuilt the search indexes', 'index.rebuild-failed': 'rebuild of the search indexes failed'
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au contenu', title: 'Journal d’audit', heading: 'Journal d’audit',
      caption: 'Toutes les modifications, les plus récentes d’abord',
      colWhen: 'Quand', colWho: 'Qui', colWhat: 'Quoi', colTarget: 'Sur', colDetail: 'Détail', newer: 'Plus récentes',
      older: 'Plus anciennes', summary: (from, to, total) => from + '–' + to + ' sur ' + total + ' entrées',
      empty: 'Le journal est vide.', failed: 'Le journal n’a pas pu être chargé : ',
      forbidden: 'Seuls les administrateurs peuvent lire le journal d’audit.',
      'session.signed-in': 'connexion', 'session.refused': 'connexion refusée', 'document.uploaded': 'envoi',
      'document.corrected': 'correction d’un document', 'document.deleted': 'suppression d’un document',
      'case.reviewed': 'revue d’un exemple de cas', 'account.saved': 'enregistrement d’un compte',
      'index.rebuilt': 'reconstruction des index de recherche',
      'index.rebuild-failed': 'échec de la reconstruction des index de recherche'
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al contenido', title: 'Registro de auditoría',
      heading: 'Registro de auditoría', caption: 'Todos los cambios, los más recientes primero', colWhen: 'Cuándo', colWho: 'Quién', colWhat: 'Qué',
      colTarget: 'Sobre', colDetail: 'Detalle', newer: 'Más recientes', older: 'Más antiguas',
      summary: (from, to, total) => from + '–' + to + ' de ' + total + ' entradas', empty: 'El registro está vacío.',
      failed: 'No se pudo cargar el registro: ', forbidden: 'Solo los administradores pueden leer el registro.',
      'session.signed-in': 'inicio de sesión', 'session.refused': 'inicio de sesión rechazado',
      'document.uploaded': 'envío', 'document.corrected': 'corrección de un documento',
      'document.deleted': 'eliminación de un documento', 'case.reviewed': 'revisión de un caso',
      'account.saved': 'cuenta guardada',
      'index.rebuilt': 'reconstrucción de los índices de búsqueda',
      'index.rebuild-failed': 'reconstrucción de los índices de búsqueda fallida'
    }
  };

  let who = null;

  function pageLink(node, params, page, show) {
    node.hidden = !show;
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    node.setAttribute('href', '?' + next.toString());
  }

  async function render() {
    const params = new URLSearchParams(location.search);
    const lang = language(params);
    const text = MESSAGES[lang];
    applyLanguage(text, lang);
    document.title = text.title + ' · ' + text.library;
    admin.wireHeader(who, lang);
    const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    const status = document.getElementById('status');
    try {
      const log = await getJson('api/audit?page=' + page + '&size=' + PAGE_SIZE);
      document.querySelector('#audit tbody').replaceChildren(...log.entries.map(entry => {
        const row = element('tr');
        const when = element('time', { datetime: entry.at }, new Date(entry.at).toLocaleString(lang));
        const whenCell = element('td');
        whenCell.appendChild(when);
        row.append(whenCell, element('td', {}, entry.actor), element('td', {}, text[entry.action] || entry.action),
          element('td', {}, entry.target), element('td', { class: 'detail' }, entry.detail || ''));
        return row;
      }));
      const from = log.total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
      status.textContent = log.total === 0 ? text.empty
        : text.summary(from, Math.min(page * PAGE_SIZE, log.total), log.total);
      pageLink(document.getElementById('newer'), params, page - 1, page > 1);
      pageLink(document.getElementById('older'), params, page + 1, page * PAGE_SIZE < log.total);
    } catch (failure) {
      status.className = 'summary error';
      status.textContent = failure.status === 403 ? text.forbidden : text.failed + failure.message;
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const lang = language(new URLSearchParams(location.search));
    try {
      who = await admin.requireSignIn(lang);
    } catch (signedOut) {
      return;
    }
    wireLanguageSwitch(render);
    window.addEventListener('popstate', render);
    await render();
  });
})();
