// The admin console: sign-in, then the panels; everything goes through the REST API with the admin's token.
import { api, onSignedOut, session } from './api.js';
import { createCashDesk } from './cashdesk.js';
import { createCashFlow } from './cashflow.js';
import { $, busy, say } from './dom.js';
import { clearFeed, startFeed } from './feed.js';
import { loadOverview } from './overview.js';
import { createQueues } from './queues.js';
import { createFamily } from './family.js';
import { createUsers } from './users.js';

let feed = null;
let refreshTimer = null;

const cashFlow = createCashFlow();
const queues = createQueues({ flash, changed: refreshSoon });
const cashDesk = createCashDesk({ flash, changed: refreshSoon });
const family = createFamily({ flash });
const users = createUsers({ flash, changed: refreshSoon, topUp: email => {
  cashDesk.prefill(email);
  $('cash-desk').scrollIntoView();
}, family: user => family.show(user) });

function flash(message) {
  say('flash', message);
}

/**
 * Reloads the numbers after something changed (our action, or an event on the feed): at most once per half second,
 * so a busy lunch hour of payments does not turn into a storm of report queries.
 */
function refreshSoon() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    refreshAll();
  }, 500);
}

function refreshAll() {
  return Promise.all([loadOverview(), queues.reload(), cashFlow.reload()]);
}

function showLogin(message = '') {
  feed?.stop();
  feed = null;
  clearFeed();
  $('console').hidden = true;
  $('nav').hidden = true;
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
  if (me.role !== 'admin') {
    session.clear();
    showLogin('This console is for admins only.');
    return;
  }
  $('who-name').textContent = me.email;
  $('who-name').title = me.email;
  $('login').hidden = true;
  $('console').hidden = false;
  $('nav').hidden = false;
  $('who').hidden = false;
  feed = startFeed({ onEvent: refreshSoon });
  await Promise.all([refreshAll(), users.reload()]);
}

$('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.currentTarget;
  say('login-error');
  await busy(form.querySelector('button'), async () => {
    try {
      const answer = await api('POST', '/auth/login', {
        token: null, body: { email: form.email.value.trim(), password: form.password.value },
      });
      if (answer.user.role !== 'admin') {
        // Not ours to keep: end that session at once.
        await api('POST', '/auth/logout', { token: answer.token }).catch(() => {});
        say('login-error', `${answer.user.email} is a ${answer.user.role}; this console is for admins only.`);
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
  await api('POST', '/auth/logout').catch(() => {});
  session.clear();
  showLogin();
});

$('refresh').addEventListener('click', event => busy(event.currentTarget, refreshAll));

onSignedOut(detail => showLogin(`Signed out: ${detail} Sign in again.`));

if (session.token) enter();
else showLogin();
