// The admin console: sign-in, then the panels; everything goes through the REST API with the admin's token.
import { createCashDesk } from './cashdesk.js';
import { createCashFlow } from './cashflow.js';
import { $, busy, say } from './dom.js';
import { clearFeed, startFeed } from './feed.js';
import { loadOverview } from './overview.js';
import { createQueues } from './queues.js';
import { startShell } from './shell.js';
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

startShell({
  roles: ['admin'],
  refusal: 'This console is for admins only.',
  whoLabel: me => me.email,
  signedIn: async () => {
    $('console').hidden = false;
    $('nav').hidden = false;
    feed = startFeed({ onEvent: refreshSoon });
    await Promise.all([refreshAll(), users.reload()]);
  },
  signedOut: () => {
    feed?.stop();
    feed = null;
    clearFeed();
    $('console').hidden = true;
    $('nav').hidden = true;
  },
});

$('refresh').addEventListener('click', event => busy(event.currentTarget, refreshAll));
