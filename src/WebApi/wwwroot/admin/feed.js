// The live feed over SignalR (/hubs/notifications, the token in the access_token query string). Admins receive
// every notification of the community as the `community` event (with the user it was written for, by id and name); their own come
// as `notification` too, so an item is shown once by its id.
import { session } from './api.js';
import { $, h } from './dom.js';
import { rupiah, time } from './format.js';
import { connectHub } from './hub.js';

const EVENTS = ['community', 'notification'];
const MAX_ITEMS = 50;
const LABELS = {
  topup_settled: 'Top-up settled', topup_failed: 'Top-up failed', topup_approved: 'Transfer approved',
  topup_rejected: 'Transfer rejected', topup_reversed: 'Top-up reversed', payment_received: 'Payment received',
  payment_sent: 'Payment sent', payment_reversed: 'Payment reversed', withdrawal_completed: 'Withdrawal paid',
  withdrawal_rejected: 'Withdrawal rejected', account_frozen: 'Account frozen', account_unfrozen: 'Account unfrozen',
  payment_request_paid: 'Request paid', refund_received: 'Refund received', account_closed: 'Account closed',
  allowance_received: 'Allowance received', allowance_sent: 'Allowance sent',
};
const seen = new Set();

/** Connects and keeps the connection up until stop(); onEvent runs for every event after it is shown. */
export function startFeed({ onEvent }) {
  const handle = notification => {
    if (seen.has(notification.id)) return;
    seen.add(notification.id);
    show(notification);
    onEvent(notification);
  };
  return connectHub({ token: () => session.token, events: Object.fromEntries(EVENTS.map(event => [event, handle])) });
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
