// The till: a seller or its cashier rings up an amount, shows it as a QR code, and sees "Paid ✓" the moment the buyer
// pays (the hub's payment_request_paid); today's sales can be refunded. Everything goes through the REST API.
import { api, newIdempotencyKey, session, useTokenKey } from '/admin/api.js';
import { $, busy, say } from '/admin/dom.js';
import { parseRupiah, rupiah } from '/admin/format.js';
import { connectHub } from '/admin/hub.js';
import { startShell } from '/admin/shell.js';
import { createSales } from './sales.js';

useTokenKey('cashless.till.token');

let live = null;
let current = null;
let expiryTimer = null;

const sales = createSales({ flash: message => say('flash', message) });

const shell = {
  roles: ['seller', 'cashier'],
  refusal: 'This page is for sellers and their cashiers.',
  whoLabel: me => `${me.name} (${me.role})`,
  signedIn: () => {
    $('till').hidden = false;
    // The seller and each of its cashiers are told payment_request_paid; after a gap in the connection, the page asks.
    live = connectHub({
      token: () => session.token,
      events: { notification: ({ kind, reference }) => {
        if (kind !== 'payment_request_paid') return;
        if (current?.id === reference) refreshRequest();
        sales.reload();
      } },
      onLive: () => { if (current) refreshRequest(); sales.reload(); },
    });
    sales.reload();
    $('sale-amount').focus();
  },
  signedOut: () => {
    live?.stop();
    live = null;
    current = null;
    $('till').hidden = true;
  },
};

$('sale-form').addEventListener('submit', async event => {
  event.preventDefault();
  say('sale-error');
  const amount = parseRupiah($('sale-amount').value);
  if (!amount) {
    say('sale-error', 'Type the amount in whole rupiah, for example 12.000.');
    $('sale-amount').focus();
    return;
  }
  await busy(event.submitter ?? $('sale-form').querySelector('button'), async () => {
    try {
      const note = $('sale-note').value.trim();
      const request = await api('POST', '/payment-requests', { body: { amount, description: note || undefined } });
      await showRequest(request);
      $('sale-form').reset();
    } catch (error) {
      say('sale-error', error.message);
    }
  });
});

/** Draws the request: its QR code (an SVG from the API, parsed as SVG, never as HTML), amount and state. */
async function showRequest(request) {
  current = request;
  say('flash');
  $('request').hidden = false;
  $('request-amount').textContent = rupiah(request.amount);
  $('request-note').textContent = request.description ?? '';
  $('request-payload').textContent = request.qr.payload;
  $('request-qr').classList.remove('done');
  $('request-qr').replaceChildren(await qrCode(request.qr.svgUrl));
  say('request-error');
  render(request);
  $('request-title').focus();
  clearTimeout(expiryTimer);
  expiryTimer = setTimeout(refreshRequest, Math.max(0, Date.parse(request.expiresAt) - Date.now()) + 500);
}

async function qrCode(url) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${session.token}` }, cache: 'no-store' });
  if (!response.ok) throw new Error('The QR code could not be loaded.');
  const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  return document.importNode(parsed.documentElement, true);
}

async function refreshRequest() {
  if (!current) return;
  try {
    const request = await api('GET', `/payment-requests/${encodeURIComponent(current.id)}`);
    if (current?.id === request.id) render(request);
  } catch (error) {
    say('request-error', error.message);
  }
}

function render(request) {
  current = request;
  const status = $('request-status');
  const open = request.status === 'open';
  status.className = `status ${request.status === 'paid' ? 'paid' : open ? '' : 'closed'}`;
  status.textContent = {
    open: `Waiting for payment… (until ${new Date(request.expiresAt).toLocaleTimeString('en-GB')})`,
    paid: `Paid ✓ ${request.paidBy?.name ?? ''}`.trim(),
    cancelled: 'Cancelled',
    expired: 'Expired: ring it up again',
  }[request.status] ?? request.status;
  $('request-qr').classList.toggle('done', !open);
  $('request-cancel').hidden = !open;
  $('request-next').hidden = open;
  if (!open) {
    clearTimeout(expiryTimer);
    $('request-next').focus();
  }
}

$('request-cancel').addEventListener('click', event => busy(event.currentTarget, async () => {
  try {
    render(await api('POST', `/payment-requests/${encodeURIComponent(current.id)}/cancel`));
  } catch (error) {
    say('request-error', error.message);
    await refreshRequest();
  }
}));

$('request-next').addEventListener('click', () => {
  current = null;
  $('request').hidden = true;
  $('sale-amount').focus();
});

sales.bind({ newKey: newIdempotencyKey });

startShell(shell);
