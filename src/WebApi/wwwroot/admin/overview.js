// The community overview, with the conservation check in plain words and both sides of its equation.
import { api } from './api.js';
import { $, h, say } from './dom.js';
import { rupiah } from './format.js';

export async function loadOverview() {
  try {
    const overview = await api('GET', '/admin/reports/overview');
    renderConservation(overview);
    renderTotals(overview);
    say('overview-error');
    return overview;
  } catch (error) {
    say('overview-error', `Overview: ${error.message}`);
    return null;
  }
}

function renderConservation({ conservation, topUps, withdrawals }) {
  const { expected, balances, inFlight, balanced } = conservation;
  const heldBack = withdrawals.pending + withdrawals.completed;
  const box = $('conservation');
  box.className = `check ${balanced ? 'balanced' : 'unbalanced'}`;
  box.replaceChildren(...[
    h('p', { class: 'verdict' }, balanced ? '✓ Balanced' : '✗ NOT balanced',
      h('span', {}, balanced ? ' — every rupiah is accounted for' : ' — stop and investigate before moving money')),
    h('p', { class: 'equation' },
      h('span', {}, `Wallet balances ${rupiah(balances)} + in flight ${rupiah(inFlight)}`),
      h('strong', {}, ` = ${rupiah(balances + inFlight)}`)),
    h('p', { class: 'equation' },
      h('span', {}, `Settled top-ups ${rupiah(topUps.total)} − withdrawals ${rupiah(heldBack)}`),
      h('strong', {}, ` = ${rupiah(expected)}`)),
    balanced ? null : h('p', { class: 'equation' },
      h('strong', {}, `Difference: ${rupiah(balances + inFlight - expected)}`)),
  ].filter(Boolean));
}

function renderTotals({ liabilities, topUps, withdrawals, payments, accounts, pending }) {
  const card = (id, title, value, detail) => h('div', { class: 'card', id },
    h('dt', {}, title), h('dd', { class: 'value' }, value), h('dd', { class: 'detail' }, detail));
  $('totals').replaceChildren(
    card('total-liabilities', 'Liabilities', rupiah(liabilities), 'owed to wallet holders (Σ balances)'),
    card('total-topups', 'Top-ups settled', rupiah(topUps.total),
      `VA ${rupiah(topUps.virtualAccount)} · bank ${rupiah(topUps.bankTransfer)} · desk ${rupiah(topUps.admin)}`),
    card('total-withdrawals', 'Withdrawals', rupiah(withdrawals.completed + withdrawals.pending),
      `paid ${rupiah(withdrawals.completed)} · held ${rupiah(withdrawals.pending)}`),
    card('total-payments', 'Payments', rupiah(payments.volume), count(payments.count, 'payment')),
    card('total-accounts', 'Accounts', String(accounts.buyers + accounts.sellers + accounts.admins),
      `${count(accounts.buyers, 'buyer')} · ${count(accounts.sellers, 'seller')} · ${count(accounts.admins, 'admin')} · ${accounts.frozen} frozen`),
    card('total-pending', 'Waiting for you', String(pending.bankTransferReviews + pending.withdrawals),
      `${count(pending.bankTransferReviews, 'transfer')} · ${count(pending.withdrawals, 'withdrawal')}`),
  );
}

const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
