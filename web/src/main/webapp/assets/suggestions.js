'use strict';
// Suggestions as a person types in the search box: an ARIA combobox over GET /api/suggest. Arrow keys move
// through the list, Enter or a click chooses, Escape closes it; the box keeps working as a plain search box.
window.LibrarySuggestions = (function () {
  const { element, getJson } = window.LibraryPage;
  const DELAY_MS = 150;

  function attach(input, listbox, language, choose) {
    let suggestions = [];
    let active = -1;
    let timer = null;
    let asked = 0;

    function close() {
      listbox.hidden = true;
      listbox.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      suggestions = [];
      active = -1;
    }

    function highlight(index) {
      active = index;
      listbox.querySelectorAll('[role=option]').forEach((option, i) => {
        option.setAttribute('aria-selected', String(i === index));
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', 'suggestion-' + index);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(list) {
      suggestions = list;
      listbox.replaceChildren();
      list.forEach((s, i) => {
        const option = element('li', { role: 'option', id: 'suggestion-' + i, 'aria-selected': 'false',
          class: 'suggestion suggestion-' + s.type });
        option.appendChild(element('span', { class: 'suggestion-label' }, s.label));
        if (s.detail) option.appendChild(element('span', { class: 'suggestion-detail' }, s.detail));
        // mousedown, not click: the box must not lose its focus before the choice is made
        option.addEventListener('mousedown', event => {
          event.preventDefault();
          pick(i);
        });
        listbox.appendChild(option);
      });
      listbox.hidden = list.length === 0;
      input.setAttribute('aria-expanded', String(list.length > 0));
      active = -1;
    }

    function pick(index) {
      const choice = suggestions[index];
      close();
      if (choice) choose(choice);
    }

    async function ask() {
      const text = input.value.trim();
      const ticket = ++asked;
      if (text.length < 2) {
        close();
        return;
      }
      try {
        const body = await getJson('api/suggest?q=' + encodeURIComponent(text) + '&lang=' + language());
        // An answer to an older question is dropped: the person has typed on since.
        if (ticket === asked) show(body.suggestions || []);
      } catch (error) {
        close();
      }
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });
    input.addEventListener('keydown', event => {
      if (listbox.hidden) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % suggestions.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active <= 0 ? suggestions.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  return { attach };
})();
