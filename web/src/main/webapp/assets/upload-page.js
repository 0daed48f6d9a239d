'use strict';
// The upload page: files dropped or chosen are sent one request each, so each has its own progress bar;
// then the page follows their jobs, and the list of recent jobs, until every job has ended.
(function () {
  const { language, element, applyLanguage, wireLanguageSwitch, getJson } = window.LibraryPage;
  const admin = window.LibraryAdmin;
  const STATES = ['queued', 'running', 'indexing', 'done', 'failed', 'duplicate'];
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the content', title: 'Add documents',
      heading: 'Add documents', dropHeading: 'Drop files here',
      dropHelp: 'PDF, Word, OpenDocument, PowerPoint, Excel, HTML, EPUB, e-mail or text files, or a zip of them.',
      chooseFiles: 'Or choose files', uploadsHeading: 'Uploads', uploadsEmpty: 'Nothing sent yet.',
      jobsHeading: 'Recent jobs', colFile: 'File', colState: 'State', colReason: 'Reason', colDocument: 'Document',
      colWhen: 'Sent', progressOf: n => 'Upload of ' + n, sending: p => 'Sending… ' + p + ' %',
      refused: 'Refused: ', jobState: s => 'Sent. Job: ' + s, open: 'Open', curate: 'Curate',
      state_queued: 'queued', state_running: 'running', state_indexing: 'stored, not yet searchable', state_done: 'done', state_failed: 'failed',
      state_duplicate: 'already in the library', noJobs: 'No jobs yet.',
      following: n => n + ' job(s) still running…', allDone: 'Every job has ended.', failed: 'The jobs could not be loaded: '
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au contenu', title: 'Ajouter des documents',
      heading: 'Ajouter des documents',
      dropHeading: 'Déposez les fichiers ici',
      dropHelp: 'Fichiers PDF, Word, OpenDocument, PowerPoint, Excel, HTML, EPUB, courriel ou texte, ou un zip de ces fichiers.',
      chooseFiles: 'Ou choisissez des fichiers', uploadsHeading: 'Envois', uploadsEmpty: 'Rien n’a encore été envoyé.',
      jobsHeading: 'Traitements récents', colFile: 'Fichier', colState: 'État', colReason: 'Raison',
      colDocument: 'Document', colWhen: 'Envoyé', progressOf: n => 'Envoi de ' + n,
      sending: p => 'Envoi… ' + p + ' %', refused: 'Refusé : ', jobState: s => 'Envoyé. Traitement : ' + s,
      open: 'Ouvrir', curate: 'Corriger', state_queued: 'en attente', state_running: 'en cours',
      state_indexing: 'enregistré, pas encore trouvable',
      state_done: 'terminé', state_failed: 'échoué', state_duplicate: 'déjà dans la bibliothèque',
      noJobs: 'Aucun traitement pour l’instant.', following: n => n + ' traitement(s) en cours…',
      allDone: 'Tous les traitements sont terminés.', failed: 'Les traitements n’ont pas pu être chargés : '
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al contenido', title: 'Añadir documentos',
      heading: 'Añadir documentos',
      dropHeading: 'Suelte los archivos aquí',
      dropHelp: 'Archivos PDF, Word, OpenDocument, PowerPoint, Excel, HTML, EPUB, correo o texto, o un zip con ellos.',
      chooseFiles: 'O elija archivos', uploadsHeading: 'Envíos', uploadsEmpty: 'Todavía no se ha enviado nada.',
      jobsHeading: 'Procesos recientes', colFile: 'Archivo', colState: 'Estado', colReason: 'Motivo',
      colDocument: 'Documento', colWhen: 'Enviado', progressOf: n => 'Envío de ' + n,
      sending: p => 'Enviando… ' + p + ' %', refused: 'Rechazado: ', jobState: s => 'Enviado. Proceso: ' + s,
      open: 'Abrir', curate: 'Corregir', state_queued: 'en cola', state_running: 'en curso',
      state_indexing: 'guardado, aún no se encuentra', state_done: 'terminado',
      state_failed: 'fallido', state_duplicate: 'ya está en la biblioteca', noJobs: 'Todavía no hay procesos.',
      following: n => n + ' proceso(s) en curso…', allDone: 'Todos los procesos han terminado.',
      failed: 'No se pudieron cargar los procesos: '
    }
  };

  let lang = 'en';
  let who = null;
  let polling = null;
  let uploadsInFlight = 0;
  const uploadItems = new Map(); // job id -> the upload's status line

  function text() {
    return MESSAGES[lang];
  }

  function stateLabel(state) {
    return STATES.includes(state) ? text()['state_' + state] : state;
  }

  function applyPageLanguage() {
    lang = language(new URLSearchParams(location.search));
    applyLanguage(text(), lang);
    document.title = text().title + ' · ' + text().library;
    if (who) admin.wireHeader(who, lang);
  }

  function addUpload(file) {
    document.getElementById('uploads-empty').hidden = true;
    const id = 'upload-' + Math.random().toString(36).slice(2);
    const item = element('li', { class: 'upload' });
    const name = element('span', { id: id + '-name', class: 'upload-name' }, file.name);
    const bar = element('progress', { max: '100', value: '0', 'aria-labelledby': id + '-name' });
    const status = element('span', { class: 'upload-status', role: 'status' }, text().sending(0));
    item.append(name, bar, status);
    document.getElementById('uploads').appendChild(item);
    return { item, bar, status };
  }

  async function send(file) {
    const { item, bar, status } = addUpload(file);
    uploadsInFlight++;
    try {
      const answer = await admin.upload(file, percent => {
        bar.value = percent;
        status.textContent = text().sending(percent);
      });
      bar.value = 100;
      const jobs = answer.jobs ? answer.jobs : [answer];
      (answer.rejected || []).forEach(r => item.appendChild(element('span', { class: 'error' },
        text().refused + r.filename + ': ' + r.reason)));
      jobs.forEach(job => uploadItems.set(job.id, status));
      status.textContent = text().jobState(jobs.map(j => stateLabel(j.state)).join(', '));
      item.dataset.jobs = jobs.map(j => j.id).join(' ');
    } catch (failure) {
      item.classList.add('refused');
      status.className = 'upload-status error';
      status.textContent = text().refused + failure.message;
    } finally {
      uploadsInFlight--;
      follow();
    }
  }

  function sendAll(files) {
    Array.from(files).forEach(send);
    follow();
  }

  function jobRow(job) {
    const row = element('tr', { 'data-job': job.id, 'data-state': job.state });
    const documentCell = element('td');
    if (job.documentId) {
      documentCell.append(
        element('a', { href: 'document.html?id=' + job.documentId + '&lang=' + lang }, text().open), ' · ',
        element('a', { href: 'curate.html?id=' + job.documentId + '&lang=' + lang }, text().curate));
    }
    row.append(element('td', {}, job.filename), element('td', { class: 'state' }, stateLabel(job.state)),
      element('td', {}, job.reason || ''), documentCell,
      element('td', {}, new Date(job.createdAt).toLocaleString(lang)));
    return row;
  }

  async function refreshJobs() {
    const status = document.getElementById('jobs-status');
    try {
      const jobs = await getJson('api/jobs?limit=50');
      document.querySelector('#jobs tbody').replaceChildren(...jobs.map(jobRow));
      jobs.forEach(job => {
        const line = uploadItems.get(job.id);
        if (line) line.textContent = text().jobState(stateLabel(job.state));
      });
      const running = jobs.filter(j => ['queued', 'running', 'indexing'].includes(j.state)).length;
      status.textContent = jobs.length === 0 ? text().noJobs : running > 0 ? text().following(running) : text().allDone;
      return running;
    } catch (failure) {
      status.textContent = text().failed + failure.message;
      return 0;
    }
  }

  // Polls once a second while a file is being sent or a job is unfinished, then stops.
  function follow() {
    if (polling) return;
    polling = setInterval(async () => {
      const running = await refreshJobs();
      if (running === 0 && uploadsInFlight === 0) {
        clearInterval(polling);
        polling = null;
      }
    }, 1000);
  }

  function wireDropZone() {
    const zone = document.getElementById('drop-zone');
    ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, event => {
      event.preventDefault();
      zone.classList.add('dragging');
    }));
    ['dragleave', 'drop'].forEach(type => zone.addEventListener(type, () => zone.classList.remove('dragging')));
    zone.addEventListener('drop', event => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) sendAll(event.dataTransfer.files);
    });
    const input = document.getElementById('files');
    input.addEventListener('change', () => {
      sendAll(input.files);
      input.value = '';
    });
  }

  document.addEventListener('DOMContentLoaded', async () => {
    applyPageLanguage();
    wireLanguageSwitch(() => { applyPageLanguage(); refreshJobs(); });
    window.addEventListener('popstate', () => { applyPageLanguage(); refreshJobs(); });
    try {
      who = await admin.requireSignIn(lang);
    } catch (signedOut) {
      return;
    }
    applyPageLanguage();
    wireDropZone();
    await refreshJobs();
  });
})();
