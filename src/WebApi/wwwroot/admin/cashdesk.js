// The cash desk: credit a wallet with cash in hand, with an Idempotency-Key per submission.
import { api, newIdempotencyKey } from './api.js';
import { $, busy, say } from './dom.js';
import { parseRupiah, rupiah } from './format.js';

export function createCashDesk({ flash, changed }) {
  const form = $('cash-desk-form');
  // The key of the submission not yet answered: sending the same form again after a lost answer reuses it, so the
  // wallet is credited once; any decided answer, or a changed form, starts a new submission.
  let pending = null;

  form.addEventListener('submit', async event => {
    event.preventDefault();
    say('desk-result');
    const email = form.email.value.trim();
    const amount = parseRupiah(form.amount.value);
    if (!email || amount === null) {
      say('desk-error', !email ? 'Enter the user\'s e-mail.' : 'Enter the amount as a whole number of rupiah.');
      (email ? form.amount : form.email).focus();
      return;
    }

    const body = { email, amount, ...(form.note.value.trim() ? { note: form.note.value.trim() } : {}) };
    const fingerprint = JSON.stringify(body);
    if (pending?.fingerprint !== fingerprint) pending = { fingerprint, key: newIdempotencyKey() };

    await busy(form.querySelector('button[type=submit]'), async () => {
      try {
        const topUp = await api('POST', '/admin/topups', { body, idempotencyKey: pending.key });
        pending = null;
        say('desk-error');
        say('desk-result', `Credited ${rupiah(topUp.amount)} to ${email}; the wallet now holds ${rupiah(topUp.balanceAfter)}.`);
        flash(`Cash desk: ${rupiah(topUp.amount)} to ${email}.`);
        form.reset();
        changed();
      } catch (error) {
        if (error.status !== 0 && error.status < 500 && error.problem.code !== 'request_in_progress') pending = null;
        say('desk-error', error.message);
      }
    });
  });

  return {
    /** Starts a top-up for this user (from the user list). */
    prefill(email) {
      form.email.value = email;
      form.amount.focus();
    },
  };
}
