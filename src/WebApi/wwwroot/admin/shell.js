// The sign-in shell both pages share (the admin console and the till): the login form, the role check, sign-out, and
// the way back to the login when the API says the token is gone. Each page says which roles it serves and what it
// shows once signed in.
import { api, onSignedOut, session } from './api.js';
import { $, busy, say } from './dom.js';

/**
 * Starts the page: signed in (a saved token of a served role) or at the login.
 * `roles`: the roles the page serves; `refusal`: the sentence for anyone else; `whoLabel(me)`: the signed-in line;
 * `signedIn(me)`: shows the page; `signedOut()`: hides it and stops what it runs.
 */
export function startShell({ roles, refusal, whoLabel, signedIn, signedOut }) {
  function showLogin(message = '') {
    signedOut();
    $('who').hidden = true;
    $('login').hidden = false;
    say('flash');
    say('login-error', message);
    $('login-email').focus();
  }

  async function enter() {
    let me;
    try {
      me = await api('GET', '/me');
    } catch (error) {
      if (session.token) showLogin(error.message);
      return;
    }
    if (!roles.includes(me.role)) {
      session.clear();
      showLogin(refusal);
      return;
    }
    $('who-name').textContent = whoLabel(me);
    $('who-name').title = whoLabel(me);
    $('login').hidden = true;
    $('who').hidden = false;
    await signedIn(me);
  }

  $('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.currentTarget;
    say('login-error');
    await busy(event.submitter ?? form.querySelector('button'), async () => {
      try {
        const answer = await api('POST', '/auth/login', {
          token: null, body: { email: $('login-email').value.trim(), password: $('login-password').value },
        });
        if (!roles.includes(answer.user.role)) {
          // Not ours to keep: end that session at once.
          await api('POST', '/auth/logout', { token: answer.token }).catch(() => {});
          say('login-error', `${answer.user.email} is a ${answer.user.role}. ${refusal}`);
          return;
        }
        session.save(answer.token);
        form.reset();
        await enter();
      } catch (error) {
        say('login-error', error.message);
      }
    });
  });

  $('sign-out').addEventListener('click', async () => {
    await api('POST', '/auth/logout').catch(() => {}); // the token is dropped either way
    session.clear();
    showLogin();
  });

  onSignedOut(detail => showLogin(`Signed out: ${detail} Sign in again.`));

  if (session.token) enter();
  else showLogin();
}
