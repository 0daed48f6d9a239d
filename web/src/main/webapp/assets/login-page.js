'use strict';
// The login page: sends the name and password as JSON and, once signed in, goes back to the admin page
// that sent the visitor here (only a page of ours; see LibraryAdmin.safeNext).
(function () {
  const { language, applyLanguage, wireLanguageSwitch } = window.LibraryPage;
  const MESSAGES = {
    en: {
      library: 'Commons Knowledge Library', skip: 'Skip to the form', heading: 'Sign in', title: 'Sign in',
      intro: 'Editors and admins sign in to add and correct documents.', username: 'User name',
      password: 'Password', submit: 'Sign in', missing: 'Enter your user name and password.',
      wrong: 'The user name or password is wrong.', throttled: 'Too many wrong passwords: wait a quarter of an hour and try again.',
      failed: 'Signing in failed: '
    },
    fr: {
      library: 'Bibliothèque des communs', skip: 'Aller au formulaire', heading: 'Connexion', title: 'Connexion',
      intro: 'Les éditeurs et les administrateurs se connectent pour ajouter et corriger des documents.',
      username: 'Nom d’utilisateur', password: 'Mot de passe', submit: 'Se connecter',
      missing: 'Saisissez votre nom d’utilisateur et votre mot de passe.',
      wrong: 'Le nom d’utilisateur ou le mot de passe est incorrect.', throttled: 'Trop de mots de passe erronés : attendez un quart d’heure avant de réessayer.',
      failed: 'La connexion a échoué : '
    },
    es: {
      library: 'Biblioteca de los comunes', skip: 'Ir al formulario', heading: 'Iniciar sesión', title: 'Iniciar sesión',
      intro: 'Los editores y administradores inician sesión para añadir y corregir documentos.',
      username: 'Nombre de usuario', password: 'Contraseña', submit: 'Entrar',
      missing: 'Escriba su nombre de usuario y su contraseña.',
      wrong: 'El nombre de usuario o la contraseña no son correctos.', throttled: 'Demasiadas contraseñas erróneas: espere un cuarto de hora y vuelva a intentarlo.',
      failed: 'No se pudo iniciar sesión: '
    }
  };

  function render() {
    const params = new URLSearchParams(location.search);
    const lang = language(params);
    applyLanguage(MESSAGES[lang], lang);
    document.title = MESSAGES[lang].title + ' · ' + MESSAGES[lang].library;
    document.getElementById('home').setAttribute('href', './?lang=' + lang);
    return { lang, messages: MESSAGES[lang], next: window.LibraryAdmin.safeNext(params.get('next')) };
  }

  document.addEventListener('DOMContentLoaded', () => {
    wireLanguageSwitch(render);
    window.addEventListener('popstate', render);
    render();
    document.getElementById('login-form').addEventListener('submit', async event => {
      event.preventDefault();
      const { lang, messages, next } = render();
      const error = document.getElementById('login-error');
      const username = document.getElementById('username').value.trim();
      const password = document.getElementById('password').value;
      if (!username || !password) {
        error.textContent = messages.missing;
        return;
      }
      error.textContent = '';
      try {
        await window.LibraryAdmin.send('POST', 'api/session', { username, password });
        const target = new URL(next, location.href);
        target.searchParams.set('lang', lang);
        location.assign(target.pathname.split('/').pop() + target.search);
      } catch (failure) {
        document.getElementById('password').value = '';
        error.textContent = failure.status === 401 ? messages.wrong
          : failure.status === 429 ? messages.throttled : messages.failed + failure.message;
        document.getElementById('password').focus();
      }
    });
  });
})();
