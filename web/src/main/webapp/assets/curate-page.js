'use strict';
// Curating one document: correct its title, kind, language, concepts and places, publish or unpublish it,
// confirm, retitle or reject its proposed case examples, or delete it. Only changed fields are sent, so
// an unchanged concept list stays the tagger's and the audit log records what really changed.
(function () {
  const { language, element, applyLanguage, wireLanguageSwitch, getJson } = window.LibraryPage;
  const admin = window.LibraryAdmin;
  const TYPES = ['practice', 'sector', 'aim', 'agenda'];
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the content', title: 'Curate a document',
      heading: t => 'Curate: ' + t, viewPage: 'See the document’s page', titleLabel: 'Title', kindLabel: 'Kind',
      languageLabel: 'Language', undetermined: 'Undetermined', publishedLabel: 'Published (readers can find it)',
      conceptsLegend: 'What it is about', placesLegend: 'Places', addPlace: 'Add a place', save: 'Save the changes',
      type_practice: 'Practices', type_sector: 'Sectors', type_aim: 'Aims', type_agenda: 'Agendas',
      country: n => 'Country of place ' + n, city: n => 'City of place ' + n + ' (optional)',
      removePlace: n => 'Remove place ' + n, noChange: 'Nothing has changed.', saved: 'Saved.',
      indexPending: 'Search will show it once the search service is back.',
      saveFailed: 'Not saved: ', casesHeading: 'Case examples',
      noCases: 'No case example was proposed for this document.', caseTitle: n => 'Title of case example ' + n,
      confirm: 'Confirm', reject: 'Reject', open: 'Open', status_proposed: 'proposed', status_confirmed: 'confirmed',
      status_rejected: 'rejected', reviewed: s => 'The case example is now ' + s + '.', deleteHeading: 'Delete',
      deleteHelp: 'Deleting removes the document, its pages, its case examples and its original for good.',
      deleteButton: 'Delete this document', confirmDelete: t => 'Delete “' + t + '” for good?',
      deleted: 'Deleted.', loading: 'Loading…', notFound: 'There is no such document.',
      failed: 'The document could not be loaded: '
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au contenu', title: 'Corriger un document',
      heading: t => 'Corriger : ' + t,
      viewPage: 'Voir la page du document', titleLabel: 'Titre', kindLabel: 'Type', languageLabel: 'Langue',
      undetermined: 'Indéterminée', publishedLabel: 'Publié (visible des lecteurs)',
      conceptsLegend: 'De quoi il traite', placesLegend: 'Lieux', addPlace: 'Ajouter un lieu',
      save: 'Enregistrer les modifications', type_practice: 'Pratiques', type_sector: 'Secteurs',
      type_aim: 'Objectifs', type_agenda: 'Agendas', country: n => 'Pays du lieu ' + n,
      city: n => 'Ville du lieu ' + n + ' (facultatif)', removePlace: n => 'Retirer le lieu ' + n,
      noChange: 'Rien n’a changé.', saved: 'Enregistré.',
      indexPending: 'La recherche le montrera dès que le service de recherche sera rétabli.',
      saveFailed: 'Non enregistré : ',
      casesHeading: 'Exemples de cas', noCases: 'Aucun exemple de cas n’a été proposé pour ce document.',
      caseTitle: n => 'Titre de l’exemple de cas ' + n, confirm: 'Confirmer', reject: 'Rejeter', open: 'Ouvrir',
      status_proposed: 'proposé', status_confirmed: 'confirmé', status_rejected: 'rejeté',
      reviewed: s => 'L’exemple de cas est maintenant ' + s + '.', deleteHeading: 'Supprimer',
      deleteHelp: 'La suppression retire définitivement le document, ses pages, ses exemples de cas et son original.',
      deleteButton: 'Supprimer ce document', confirmDelete: t => 'Supprimer définitivement « ' + t + ' » ?',
      deleted: 'Supprimé.', loading: 'Chargement…', notFound: 'Ce document n’existe pas.',
      failed: 'Le document n’a pas pu être chargé : '
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al contenido', title: 'Corregir un documento',
      heading: t => 'Corregir: ' + t,
      viewPage: 'Ver la página del documento', titleLabel: 'Título', kindLabel: 'Tipo', languageLabel: 'Idioma',
      undetermined: 'Indeterminado', publishedLabel: 'Publicado (visible para los lectores)',
      conceptsLegend: 'De qué trata', placesLegend: 'Lugares', addPlace: 'Añadir un lugar',
      save: 'Guardar los cambios', type_practice: 'Prácticas', type_sector: 'Sectores', type_aim: 'Objetivos',
      type_agenda: 'Agendas', country: n => 'País del lugar ' + n, city: n => 'Ciudad del lugar ' + n + ' (opcional)',
      removePlace: n => 'Quitar el lugar ' + n, noChange: 'No ha cambiado nada.', saved: 'Guardado.',
      indexPending: 'La búsqueda lo mostrará en cuanto vuelva el servicio de búsqueda.',
      saveFailed: 'No se guardó: ', casesHeading: 'Casos', noCases: 'No se propuso ningún caso para este documento.',
      caseTitle: n => 'Título del caso ' + n, confirm: 'Confirmar', reject: 'Rechazar', open: 'Abrir',
      status_proposed: 'propuesto', status_confirmed: 'confirmado', status_rejected: 'rechazado',
      reviewed: s => 'El caso está ahora ' + s + '.', deleteHeading: 'Eliminar',
      deleteHelp: 'Eliminar borra para siempre el documento, sus páginas, sus casos y su original.',
      deleteButton: 'Eliminar este documento', confirmDelete: t => '¿Eliminar para siempre «' + t + '»?',
      deleted: 'Eliminado.', loading: 'Cargando…', notFound: 'Ese documento no existe.',
      failed: 'No se pudo cargar el documento: '
    }
  };

  let lang = 'en';
  let who = null;
  let doc = null;
  let vocabulary = null;
  let placeCounter = 0;

  function text() {
    return MESSAGES[lang];
  }

  function conceptBoxes() {
    const fieldset = document.getElementById('concepts');
    fieldset.querySelectorAll('fieldset').forEach(node => node.remove());
    const chosen = new Set(doc.concepts.map(c => c.id));
    const byId = new Map(vocabulary.concepts.map(c => [c.id, c]));
    const depth = concept => (concept.broader && byId.has(concept.broader) ? 1 + depth(byId.get(concept.broader)) : 0);
    TYPES.forEach(type => {
      const group = element('fieldset', { class: 'concept-group' });
      group.appendChild(element('legend', {}, text()['type_' + type]));
      vocabulary.concepts.filter(c => c.type === type).forEach(concept => {
        const line = element('div', { class: 'checkbox-line depth-' + Math.min(depth(concept), 3) });
        const box = element('input', { type: 'checkbox', id: 'concept-' + concept.id, value: concept.id,
          name: 'concept' });
        box.checked = chosen.has(concept.id);
        line.append(box, element('label', { for: 'concept-' + concept.id }, concept.label));
        group.appendChild(line);
      });
      fieldset.appendChild(group);
    });
  }

  function placeRow(place) {
    const n = ++placeCounter;
    const row = element('li', { class: 'place-row' });
    const country = element('select', { id: 'place-country-' + n, class: 'place-country' });
    vocabulary.countries.forEach(c => {
      const option = element('option', { value: c.code }, c.label);
      option.selected = Boolean(place) && place.countryCode === c.code;
      country.appendChild(option);
    });
    const city = element('input', { id: 'place-city-' + n, class: 'place-city', maxlength: '200' });
    city.value = (place && place.city) || '';
    const remove = element('button', { type: 'button', 'aria-label': text().removePlace(n) }, '×');
    remove.addEventListener('click', () => row.remove());
    row.append(element('label', { for: country.id }, text().country(n)), country,
      element('label', { for: city.id }, text().city(n)), city, remove);
    return row;
  }

  function fillForm() {
    document.title = text().title + ' · ' + text().library;
    document.getElementById('heading').textContent = text().heading(doc.title);
    document.getElementById('view-link').setAttribute('href', 'document.html?id=' + doc.id + '&lang=' + lang);
    document.getElementById('title').value = doc.title;
    const kind = document.getElementById('kind');
    kind.replaceChildren(...vocabulary.kinds.map(k => element('option', { value: k.id }, k.label)));
    kind.value = doc.kind;
    document.getElementById('language').value = doc.language;
    document.getElementById('published').checked = doc.published;
    conceptBoxes();
    placeCounter = 0;
    document.getElementById('place-rows').replaceChildren(...doc.places.map(placeRow));
    renderCases();
  }

  function currentPlaces() {
    return Array.from(document.querySelectorAll('.place-row')).map(row => {
      const city = row.querySelector('.place-city').value.trim();
      return city ? { country: row.querySelector('.place-country').value, city }
        : { country: row.querySelector('.place-country').value };
    });
  }

  function placeKeys(places) {
    return JSON.stringify(places.map(p => p.country + '|' + (p.city || '')));
  }

  // Only what differs from the loaded document.
  function changes() {
    const changed = {};
    const title = document.getElementById('title').value.trim();
    if (title !== doc.title) changed.title = title;
    const kind = document.getElementById('kind').value;
    if (kind !== doc.kind) changed.kind = kind;
    const language = document.getElementById('language').value;
    if (language !== doc.language) changed.language = language;
    const published = document.getElementById('published').checked;
    if (published !== doc.published) changed.published = published;
    const concepts = Array.from(document.querySelectorAll('input[name="concept"]:checked')).map(box => box.value);
    const before = doc.concepts.map(c => c.id);
    if (concepts.length !== before.length || concepts.some(id => !before.includes(id))) changed.concepts = concepts;
    const places = currentPlaces();
    if (placeKeys(places) !== placeKeys(doc.places.map(p => ({ country: p.countryCode, city: p.city })))) {
      changed.places = places;
    }
    return changed;
  }

  async function save(event) {
    event.preventDefault();
    const status = document.getElementById('save-status');
    status.className = '';
    const changed = changes();
    if (Object.keys(changed).length === 0) {
      status.textContent = text().noChange;
      return;
    }
    try {
      const saved = await admin.send('PATCH', 'api/documents/' + doc.id, changed);
      doc = await getJson('api/documents/' + doc.id + '?lang=' + lang);
      fillForm();
      status.textContent = text().saved + (saved.indexPending ? ' ' + text().indexPending : '');
    } catch (failure) {
      status.className = 'error';
      status.textContent = text().saveFailed + failure.message;
    }
  }

  function renderCases() {
    const list = document.getElementById('cases');
    list.replaceChildren();
    document.getElementById('no-cases').hidden = doc.cases.length > 0;
    doc.cases.forEach((example, index) => {
      const item = element('li', { class: 'case-review', 'data-case': String(example.id) });
      const inputId = 'case-title-' + example.id;
      const input = element('input', { id: inputId, maxlength: '300' });
      input.value = example.title;
      const status = element('p', { class: 'case-status', role: 'status' }, text()['status_' + example.status]);
      const confirm = element('button', { type: 'button', class: 'confirm-case' }, text().confirm);
      const reject = element('button', { type: 'button', class: 'reject-case' }, text().reject);
      const review = async statusWanted => {
        try {
          const body = { status: statusWanted };
          if (input.value.trim() && input.value.trim() !== example.title) body.title = input.value.trim();
          const reviewed = await admin.send('POST', 'api/cases/' + example.id + '/review', body);
          example.status = reviewed.status;
          example.title = reviewed.title;
          status.className = 'case-status';
          status.textContent = text().reviewed(text()['status_' + reviewed.status])
            + (reviewed.indexPending ? ' ' + text().indexPending : '');
        } catch (failure) {
          status.className = 'case-status error';
          status.textContent = text().saveFailed + failure.message;
        }
      };
      confirm.addEventListener('click', () => review('confirmed'));
      reject.addEventListener('click', () => review('rejected'));
      item.append(element('label', { for: inputId }, text().caseTitle(index + 1)), input, status,
        element('div', { class: 'case-actions' }), element('a', { href: 'case.html?id=' + example.id + '&lang=' + lang },
          text().open));
      item.querySelector('.case-actions').append(confirm, reject);
      list.appendChild(item);
    });
  }

  async function remove() {
    if (!window.confirm(text().confirmDelete(doc.title))) return;
    const status = document.getElementById('delete-status');
    try {
      await admin.send('DELETE', 'api/documents/' + doc.id);
      status.textContent = text().deleted;
      location.assign('admin.html?lang=' + lang);
    } catch (failure) {
      status.className = 'error';
      status.textContent = text().saveFailed + failure.message;
    }
  }

  async function load() {
    const params = new URLSearchParams(location.search);
    lang = language(params);
    applyLanguage(text(), lang);
    document.title = text().title + ' · ' + text().library;
    if (who) admin.wireHeader(who, lang);
    const status = document.getElementById('status');
    status.className = 'summary';
    status.textContent = text().loading;
    try {
      const id = params.get('id') || '';
      if (!/^\d+$/.test(id)) throw Object.assign(new Error(text().notFound), { status: 404 });
      [vocabulary, doc] = await Promise.all([getJson('api/vocabulary?lang=' + lang),
        getJson('api/documents/' + id + '?lang=' + lang)]);
      fillForm();
      document.getElementById('curation').hidden = false;
      status.textContent = '';
    } catch (failure) {
      document.getElementById('curation').hidden = true;
      status.className = 'summary error';
      status.textContent = failure.status === 404 ? text().notFound : text().failed + failure.message;
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    lang = language(new URLSearchParams(location.search));
    try {
      who = await admin.requireSignIn(lang);
    } catch (signedOut) {
      return;
    }
    wireLanguageSwitch(load);
    window.addEventListener('popstate', load);
    document.getElementById('document-form').addEventListener('submit', save);
    document.getElementById('add-place').addEventListener('click', () => {
      const row = placeRow(null);
      document.getElementById('place-rows').appendChild(row);
      row.querySelector('select').focus();
    });
    document.getElementById('delete').addEventListener('click', remove);
    await load();
  });
})();
