'use strict';
// Maintenance for admins: rebuild the search indexes from the database and follow the rebuild live.
(function () {
  const { language, element, applyLanguage, wireLanguageSwitch, getJson } = window.LibraryPage;
  const admin = window.LibraryAdmin;
  const POLL_MILLIS = 1000;
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the content', title: 'Maintenance', heading: 'Maintenance',
      rebuildHeading: 'Search indexes',
      rebuildExplained: 'Rebuilding reads every document, passage and case example from the database into new '
        + 'indexes, then switches searches to them at once. Searches go on meanwhile; changes made during the '
        + 'rebuild appear when it ends.',
      rebuildButton: 'Rebuild the search indexes', indexesCaption: 'The indexes of the last rebuild',
      colIndex: 'Index', colPrevious: 'Before', colNew: 'Now', colEntries: 'Entries',
      none: 'No rebuild since the server started.',
      running: (who, at, phase) => 'Rebuild started by ' + who + ' at ' + at + ': ' + phase + '.',
      done: (who, at, end) => 'Rebuild started by ' + who + ' at ' + at + ' finished at ' + end + '.',
      failed: (who, at, reason) => 'Rebuild started by ' + who + ' at ' + at + ' failed; the previous indexes still '
        + 'serve searches. Reason: ' + reason,
      progress: (n, total) => n + (total > 0 ? ' of ' + total : '') + ' entries written',
      phases: { preparing: 'creating the new indexes', indexing: 'writing every entry', switching: 'switching searches',
        cleaning: 'deleting the old indexes', finished: 'finished' },
      loadFailed: 'The state of the indexes could not be read: ', startFailed: 'The rebuild could not start: ',
      forbidden: 'Only admins may rebuild the search indexes.'
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au contenu', title: 'Maintenance', heading: 'Maintenance',
      rebuildHeading: 'Index de recherche',
      rebuildExplained: 'La reconstruction relit chaque document, passage et exemple de cas de la base de données '
        + 'dans de nouveaux index, puis y bascule les recherches d’un coup. Les recherches continuent pendant ce '
        + 'temps ; les modifications faites pendant la reconstruction apparaissent à la fin.',
      rebuildButton: 'Reconstruire les index de recherche', indexesCaption: 'Les index de la dernière reconstruction',
      colIndex: 'Index', colPrevious: 'Avant', colNew: 'Maintenant', colEntries: 'Entrées',
      none: 'Aucune reconstruction depuis le démarrage du serveur.',
      running: (who, at, phase) => 'Reconstruction lancée par ' + who + ' à ' + at + ' : ' + phase + '.',
      done: (who, at, end) => 'Reconstruction lancée par ' + who + ' à ' + at + ', terminée à ' + end + '.',
      failed: (who, at, reason) => 'La reconstruction lancée par ' + who + ' à ' + at + ' a échoué ; les index '
        + 'précédents servent toujours les recherches. Raison : ' + reason,
      progress: (n, total) => n + (total > 0 ? ' sur ' + total : '') + ' entrées écrites',
      phases: { preparing: 'création des nouveaux index', indexing: 'écriture de chaque entrée',
        switching: 'bascule des recherches', cleaning: 'suppression des anciens index', finished: 'terminée' },
      loadFailed: 'L’état des index n’a pas pu être lu : ', startFailed: 'La reconstruction n’a pas pu démarrer : ',
      forbidden: 'Seuls les administrateurs peuvent reconstruire les index de recherche.'
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al contenido', title: 'Mantenimiento', heading: 'Mantenimiento',
      rebuildHeading: 'Índices de búsqueda',
      rebuildExplained: 'La reconstrucción vuelve a leer cada documento, pasaje y caso de la base de datos en '
        + 'índices nuevos y luego cambia las búsquedas a ellos de una vez. Las búsquedas siguen mientras tanto; '
        + 'los cambios hechos durante la reconstrucción aparecen al terminar.',
      rebuildButton: 'Reconstruir los índices de búsqueda', indexesCaption: 'Los índices de la última reconstrucción',
      colIndex: 'Índice', colPrevious: 'Antes', colNew: 'Ahora', colEntries: 'Entradas',
      none: 'Ninguna reconstrucción desde que arrancó el servidor.',
      running: (who, at, phase) => 'Reconstrucción iniciada por ' + who + ' a las ' + at + ': ' + phase + '.',
      done: (who, at, end) => 'Reconstrucción iniciada por ' + who + ' a las ' + at + ', terminada a las ' + end + '.',
      failed: (who, at, reason) => 'La reconstrucción iniciada por ' + who + ' a las ' + at + ' falló; los índices '
        + 'anteriores siguen sirviendo las búsquedas. Motivo: ' + reason,
      progress: (n, total) => n + (total > 0 ? ' de ' + total : '') + ' entradas escritas',
      phases: { preparing: 'creación de los índices nuevos', indexing: 'escritura de cada entrada',
        switching: 'cambio de las búsquedas', cleaning: 'borrado de los índices antiguos', finished: 'terminada' },
      loadFailed: 'No se pudo leer el estado de los índices: ', startFailed: 'La reconstrucción no pudo empezar: ',
      forbidden: 'Solo los administradores pueden reconstruir los índices de búsqueda.'
    }
  };

  let who = null;
  let latest = null;
  let pollTimer = null;

  function currentLang() {
    return language(new URLSearchParams(location.search));
  }

  function time(instant, lang) {
    return instant ? new Date(instant).toLocaleString(lang) : '';
  }

  // Drawn from the last answer, so that switching the language needs no request.
  function show(text, lang) {
    const status = document.getElementById('rebuild-status');
    const button = document.getElementById('rebuild');
    const progressLine = document.getElementById('rebuild-progress-line');
    const table = document.getElementById('rebuild-indexes');
    status.className = 'summary';
    if (!latest || latest.state === 'none') {
      status.textContent = text.none;
      button.disabled = false;
      progressLine.hidden = true;
      table.hidden = true;
      return;
    }
    const running = latest.state === 'running';
    button.disabled = running;
    button.setAttribute('aria-busy', String(running));
    const started = time(latest.startedAt, lang);
    if (running) {
      status.textContent = text.running(latest.startedBy, started, text.phases[latest.phase] || latest.phase);
    } else if (latest.state === 'done') {
      status.textContent = text.done(latest.startedBy, started, time(latest.endedAt, lang));
    } else {
      status.className = 'summary error';
      status.textContent = text.failed(latest.startedBy, started, latest.reason || '');
    }
    progressLine.hidden = !running;
    const progress = document.getElementById('rebuild-progress');
    progress.max = Math.max(1, latest.entitiesTotal);
    progress.value = Math.min(latest.entitiesIndexed, progress.max);
    document.getElementById('rebuild-progress-label').textContent =
      text.progress(latest.entitiesIndexed, latest.entitiesTotal);
    table.hidden = latest.indexes.length === 0;
    table.querySelector('tbody').replaceChildren(...latest.indexes.map(index => {
      const row = element('tr');
      row.append(element('td', {}, index.name), element('td', {}, index.previousIndex),
        element('td', {}, index.newIndex), element('td', {}, String(index.entries)));
      return row;
    }));
  }

  function showFailure(text, prefix, failure) {
    const status = document.getElementById('rebuild-status');
    status.className = 'summary error';
    status.textContent = failure.status === 403 ? text.forbidden : prefix + failure.message;
  }

  async function poll() {
    clearTimeout(pollTimer);
    const lang = currentLang();
    const text = MESSAGES[lang];
    try {
      latest = await getJson('api/admin/index-rebuild');
      show(text, lang);
      if (latest.state === 'running') pollTimer = setTimeout(poll, POLL_MILLIS);
    } catch (failure) {
      document.getElementById('rebuild').disabled = failure.status === 403;
      showFailure(text, text.loadFailed, failure);
    }
  }

  async function startRebuild() {
    const text = MESSAGES[currentLang()];
    const button = document.getElementById('rebuild');
    button.disabled = true;
    try {
      latest = await admin.send('POST', 'api/admin/index-rebuild');
      show(text, currentLang());
    } catch (failure) {
      showFailure(text, text.startFailed, failure);
    }
    // a 409 means another rebuild runs: following it is what the admin wants either way
    await poll();
  }

  function render() {
    const lang = currentLang();
    const text = MESSAGES[lang];
    applyLanguage(text, lang);
    document.title = text.title + ' · ' + text.library;
    admin.wireHeader(who, lang);
    if (latest) show(text, lang);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      who = await admin.requireSignIn(currentLang());
    } catch (signedOut) {
      return;
    }
    wireLanguageSwitch(render);
    window.addEventListener('popstate', render);
    document.getElementById('rebuild').addEventListener('click', startRebuild);
    render();
    await poll();
  });
})();
