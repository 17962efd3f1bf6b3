// The live feed over SignalR (/hubs/notifications, the token in the access_token query string). Admins receive
// every notification of the community as the `community` event (with the user it was written for, by id and name); their own come
// as `notification` too, so an item is shown once by its id.
import { session } from './api.js';
import { $, h } from './dom.js';
import { rupiah, time } from './format.js';

const HUB = '/hubs/notifications';
const EVENTS = ['community', 'notification'];
const MAX_ITEMS = 50;
const LABELS = {
  topup_settled: 'Top-up settled', topup_failed: 'Top-up failed', topup_approved: 'Transfer approved',
  topup_rejected: 'Transfer rejected', topup_reversed: 'Top-up reversed', payment_received: 'Payment received',
  payment_sent: 'Payment sent', payment_reversed: 'Payment reversed', withdrawal_completed: 'Withdrawal paid',
  withdrawal_rejected: 'Withdrawal rejected', account_frozen: 'Account frozen', account_unfrozen: 'Account unfrozen',
};
const seen = new Set();

/** Connects and keeps the connection up until stop(); onEvent runs for every event after it is shown. */
export function startFeed({ onEvent }) {
  const { signalR } = window;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(HUB, { accessTokenFactory: () => session.token ?? '' })
    .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
    .configureLogging(signalR.LogLevel.None)
    .build();
  let stopped = false;
  let retry = null;

  for (const event of EVENTS) {
    connection.on(event, notification => {
      if (seen.has(notification.id)) return;
      seen.add(notification.id);
      show(notification);
      onEvent(notification);
    });
  }
  connection.onreconnecting(() => state('reconnecting'));
  connection.onreconnected(() => state('live'));
  connection.onclose(() => { if (!stopped) schedule(5000); });

  async function start() {
    state('connecting');
    try {
      await connection.start();
      state('live');
    } catch (error) {
      // 401: the session ended, and the next API call sends the admin back to the sign-in page.
      if (!stopped && error?.statusCode !== 401) schedule(5000);
      else state('offline');
    }
  }

  function schedule(delay) {
    state('offline');
    clearTimeout(retry);
    retry = setTimeout(start, delay);
  }

  start();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      state('offline');
      return connection.stop();
    },
  };
}

function state(name) {
  const pill = $('feed-state');
  pill.textContent = name;
  pill.className = `pill ${name}`;
}

function show({ kind, message, amount, userId, userName, createdAt }) {
  const list = $('feed-items');
  list.prepend(h('li', { class: 'event' },
    h('time', { datetime: createdAt }, time(createdAt)),
    h('span', { class: 'kind' }, LABELS[kind] ?? kind),
    amount != null ? h('span', { class: 'amount' }, rupiah(amount)) : null,
    h('p', {}, who(userId, userName), message)));
  while (list.children.length > MAX_ITEMS) list.lastElementChild.remove();
  $('feed-empty').hidden = true;
}

/** The user an event was written for, by name (the id in its tooltip); the admin's own events name no one. */
function who(userId, userName) {
  if (!userId) return null;
  return [userName ? h('strong', { class: 'who', title: userId }, userName) : h('code', {}, userId), ': '];
}

/** Clears the feed (on sign-out). */
export function clearFeed() {
  seen.clear();
  $('feed-items').replaceChildren();
  $('feed-empty').hidden = false;
}
