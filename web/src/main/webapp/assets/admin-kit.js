'use strict';
// What the admin pages share: who is signed in (and the session's CSRF token), sending changes with that
// token, uploading a file with progress, the admin header's links and sign-out. Loaded after page-kit.js.
window.LibraryAdmin = (function () {
  let current = { signedIn: false };

  async function session() {
    current = await window.LibraryPage.getJson('api/session');
    return current;
  }

  // Only a page of ours may be the place to return to after signing in, never another site.
  function safeNext(next) {
    return /^[a-z-]+\.html(\?[^#]*)?$/.test(next || '') ? next : 'admin.html';
  }

  // A page for signed-in people sends everyone else to the login page, which brings them back here.
  async function requireSignIn(lang) {
    const who = await session();
    if (!who.signedIn) {
      const here = location.pathname.split('/').pop() + location.search;
      location.replace('login.html?lang=' + lang + '&next=' + encodeURIComponent(safeNext(here)));
      throw Object.assign(new Error('signed out'), { status: 401 });
    }
    return who;
  }

  function problem(response, body) {
    return Object.assign(new Error((body && body.detail) || response.statusText), { status: response.status });
  }

  async function send(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (current.csrfToken) headers['X-CSRF-Token'] = current.csrfToken;
    const init = { method, headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const answer = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (!response.ok) throw problem(response, answer);
    // A change is saved even when search cannot show it yet (OpenSearch unreachable): the server says so.
    Object.defineProperty(answer, 'indexPending', { value: response.headers.get('Library-Indexing') === 'pending' });
    return answer;
  }

  // XMLHttpRequest rather than fetch: only it reports how much of the body has been sent.
  function upload(file, onProgress) {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', 'api/documents');
      request.setRequestHeader('Accept', 'application/json');
      if (current.csrfToken) request.setRequestHeader('X-CSRF-Token', current.csrfToken);
      request.upload.addEventListener('progress', event => {
        if (event.lengthComputable) onProgress(Math.round(100 * event.loaded / event.total));
      });
      request.addEventListener('load', () => {
        let body = {};
        try { body = JSON.parse(request.responseText); } catch (ignored) { /* not JSON: the status says enough */ }
        if (request.status === 202) resolve(body);
        else reject(Object.assign(new Error(body.detail || request.statusText || String(request.status)),
          { status: request.status }));
      });
      request.addEventListener('error', () => reject(new Error('network')));
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
    });
  }

  // The admin header, the same on every editors' page, so it is built here rather than written in each page.
  const HEADER = {
    en: { 'admin.html': 'Add documents', 'audit.html': 'Audit log', 'maintenance.html': 'Maintenance',
      signOut: 'Sign out', signedInAs: n => 'Signed in as ' + n },
    fr: { 'admin.html': 'Ajouter des documents', 'audit.html': 'Journal d’audit', 'maintenance.html': 'Maintenance',
      signOut: 'Se déconnecter', signedInAs: n => 'Connecté en tant que ' + n },
    es: { 'admin.html': 'Añadir documentos', 'audit.html': 'Registro de auditoría', 'maintenance.html': 'Mantenimiento',
      signOut: 'Cerrar sesión', signedInAs: n => 'Sesión iniciada como ' + n }
  };
  // Pages only admins may use are not offered to editors.
  const ADMIN_ONLY = ['audit.html', 'maintenance.html'];

  function wireHeader(who, lang) {
    const { element } = window.LibraryPage;
    const text = HEADER[lang];
    const here = location.pathname.split('/').pop();
    const list = element('ul');
    ['admin.html', 'audit.html', 'maintenance.html'].forEach(page => {
      if (ADMIN_ONLY.includes(page) && who.role !== 'admin') return;
      const link = element('a', { href: page + '?lang=' + lang, 'data-admin-page': page }, text[page]);
      if (page === here) link.setAttribute('aria-current', 'page');
      const item = element('li');
      item.appendChild(link);
      list.appendChild(item);
    });
    const out = element('button', { type: 'button', id: 'sign-out' }, text.signOut);
    out.addEventListener('click', async () => {
      await send('DELETE', 'api/session').catch(() => {});
      location.assign('./?lang=' + lang);
    });
    document.getElementById('admin-nav').replaceChildren(list,
      element('span', { id: 'signed-in-as' }, text.signedInAs(who.username)), out);
    document.getElementById('home').setAttribute('href', './?lang=' + lang);
  }

  return { session, requireSignIn, safeNext, send, upload, wireHeader };
})();
