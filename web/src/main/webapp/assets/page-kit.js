'use strict';
// What every page of the library shares: the page language (from the URL, else the browser, else English),
// building elements with text only, rebuilding server highlights so that only <mark> becomes markup, and
// links into the search for a facet value. Pages load this before their own script.
window.LibraryPage = (function () {
  const LANGUAGES = ['en', 'fr', 'es'];

  function language(params) {
    const asked = params.get('lang');
    if (LANGUAGES.includes(asked)) return asked;
    const browser = (navigator.language || 'en').slice(0, 2);
    return LANGUAGES.includes(browser) ? browser : 'en';
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function highlightNodes(html) {
    const parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body.firstChild;
    const fragment = document.createDocumentFragment();
    (function copy(from, to) {
      from.childNodes.forEach(child => {
        if (child.nodeName === 'MARK') {
          const mark = document.createElement('mark');
          copy(child, mark);
          to.appendChild(mark);
        } else {
          to.appendChild(document.createTextNode(child.textContent));
        }
      });
    })(parsed, fragment);
    return fragment;
  }

  // Sets the page's language, title and every [data-i18n] text, and marks the chosen language button.
  function applyLanguage(messages, lang) {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(node => {
      const text = messages[node.dataset.i18n];
      if (typeof text === 'string') node.textContent = text;
    });
    document.querySelectorAll('[data-lang]').forEach(button => {
      button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
    });
  }

  // The language buttons keep everything else in the URL and only change lang.
  function wireLanguageSwitch(onChange) {
    document.querySelectorAll('[data-lang]').forEach(button => button.addEventListener('click', () => {
      const next = new URLSearchParams(location.search);
      next.set('lang', button.dataset.lang);
      history.pushState(null, '', '?' + next.toString());
      onChange();
    }));
  }

  // Concept ids start with their facet: practice.*, sector.*, aim.*, agenda.*.
  function searchLink(facet, value, lang) {
    const params = new URLSearchParams();
    params.set(facet, value);
    params.set('lang', lang);
    return './?' + params.toString();
  }

  function conceptFacet(conceptId) {
    return conceptId.slice(0, conceptId.indexOf('.'));
  }

  // Only links to our own originals become links; anything else stays text.
  function isOriginalLink(link) {
    return /^\/api\/documents\/\d+\/original(#page=\d+)?$/.test(link || '');
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.detail || response.statusText);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // For a page that shows one item named by ?id=: the page's language first, a status line while the item
  // loads, then the item, or a message saying there is no such item or what went wrong.
  async function showItem({ messages, article, apiPath, show }) {
    const params = new URLSearchParams(location.search);
    const lang = language(params);
    const text = messages[lang];
    applyLanguage(text, lang);
    document.getElementById('home').setAttribute('href', './?lang=' + lang);
    const status = document.getElementById('status');
    status.className = 'summary';
    status.textContent = text.loading;
    try {
      const id = params.get('id') || '';
      if (!/^\d+$/.test(id)) throw Object.assign(new Error(text.notFound), { status: 404 });
      show(await getJson(apiPath(id, lang)), text, lang, id);
      status.textContent = '';
    } catch (error) {
      document.getElementById(article).hidden = true;
      status.className = 'summary error';
      status.textContent = error.status === 404 ? text.notFound : text.failed + error.message;
    }
  }

  return { language, element, highlightNodes, applyLanguage, wireLanguageSwitch, searchLink, conceptFacet,
    isOriginalLink, getJson, showItem };
})();
