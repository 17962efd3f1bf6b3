// The review queues: top-ups awaiting review (bank transfers, large cash-desk ones), flagged top-ups to check, and
// withdrawals waiting to be paid out. A transfer whose reference another claim carries is marked, and approving it
// asks again and sends {"confirmDuplicate": true}.
import { api, newIdempotencyKey } from './api.js';
import { ask } from './ask.js';
import { $, busy, h, row, say } from './dom.js';
import { dateTime, rupiah } from './format.js';
import { pagedList } from './list.js';

export function createQueues({ flash, changed }) {
  const reviews = pagedList({
    prefix: 'reviews',
    path: '/admin/topups',
    query: () => ({ status: 'awaiting_review' }),
    toRow: topUp => row([
      { label: 'Sent', value: dateTime(topUp.createdAt), className: 'when' },
      { label: 'From', value: [source(topUp), account(topUp.accountId)] },
      { label: 'Reference', value: [
        h('span', { class: 'breakable' }, topUp.transferReference ?? topUp.note ?? ''),
        topUp.possibleDuplicateOf
          ? h('small', { class: 'duplicate' }, 'possible duplicate of ', h('code', {}, topUp.possibleDuplicateOf))
          : null,
      ] },
      { label: 'Amount', value: rupiah(topUp.amount), className: 'num' },
      { label: 'Actions', className: 'actions', value: [
        h('button', { type: 'button', 'aria-label': `Approve ${rupiah(topUp.amount)} from ${source(topUp)}`,
          onclick: e => review(e.currentTarget, topUp, 'approve') }, 'Approve'),
        h('button', { type: 'button', class: 'danger', 'aria-label': `Reject ${rupiah(topUp.amount)} from ${source(topUp)}`,
          onclick: e => review(e.currentTarget, topUp, 'reject') }, 'Reject'),
      ] },
    ]),
  });

  const flagged = pagedList({
    prefix: 'flagged',
    path: '/admin/topups',
    query: () => ({ status: 'flagged' }),
    toRow: topUp => row([
      { label: 'Flagged', value: dateTime(topUp.updatedAt), className: 'when' },
      { label: 'Why', value: [h('span', { class: 'breakable' }, topUp.reason ?? ''), account(topUp.accountId)] },
      { label: 'Amount', value: rupiah(topUp.amount), className: 'num' },
      { label: 'Actions', className: 'actions', value: [
        h('button', { type: 'button', 'aria-label': `Approve flagged ${rupiah(topUp.amount)} for ${topUp.accountId}`,
          onclick: e => check(e.currentTarget, topUp, 'approve') }, 'Approve'),
        h('button', { type: 'button', class: 'danger', 'aria-label': `Reject flagged ${rupiah(topUp.amount)} for ${topUp.accountId}`,
          onclick: e => check(e.currentTarget, topUp, 'reject') }, 'Reject'),
      ] },
    ]),
  });

  const withdrawals = pagedList({
    prefix: 'withdrawals',
    path: '/admin/withdrawals',
    query: () => ({ status: 'pending' }),
    toRow: w => row([
      { label: 'Asked', value: dateTime(w.createdAt), className: 'when' },
      { label: 'Pay to', value: [`${w.accountName}, ${w.bankCode.toUpperCase()} ${w.accountNumber}`, account(w.accountId)] },
      { label: 'Amount', value: rupiah(w.amount), className: 'num' },
      { label: 'Actions', className: 'actions', value: [
        h('button', { type: 'button', 'aria-label': `Complete ${rupiah(w.amount)} to ${w.accountName}`,
          onclick: e => payOut(e.currentTarget, w, 'complete') }, 'Complete'),
        h('button', { type: 'button', class: 'danger', 'aria-label': `Reject ${rupiah(w.amount)} to ${w.accountName}`,
          onclick: e => payOut(e.currentTarget, w, 'reject') }, 'Reject'),
      ] },
    ]),
  });

  // A bank transfer names its sender; a cash-desk top-up waiting for a second admin names the admin who took the cash.
  function source(topUp) {
    return topUp.channel === 'bank_transfer'
      ? `${topUp.senderAccountName} (${topUp.senderBank.toUpperCase()})`
      : `Cash desk, recorded by ${topUp.createdBy}`;
  }

  async function review(button, topUp, verdict, confirmDuplicate = Boolean(topUp.possibleDuplicateOf)) {
    const approve = verdict === 'approve';
    const answer = await ask(!approve
      ? { title: 'Reject top-up', confirm: 'Reject', withReason: true,
          text: `Reject ${rupiah(topUp.amount)} from ${source(topUp)}? Nothing is credited.` }
      : confirmDuplicate ? duplicateQuestion(topUp)
      : { title: 'Approve top-up', confirm: 'Approve',
          text: topUp.channel === 'bank_transfer'
            ? `Credit ${rupiah(topUp.amount)} to ${topUp.accountId}? Only if the transfer "${topUp.transferReference}" is on the statement.`
            : `Credit ${rupiah(topUp.amount)} to ${topUp.accountId}? Only if you saw the cash that ${topUp.createdBy} recorded.` });
    if (!answer) return;
    const refusal = await act(button, 'reviews', `/admin/topups/${encodeURIComponent(topUp.id)}/${verdict}`,
      approve ? (confirmDuplicate ? { confirmDuplicate: true } : undefined) : answer,
      approve ? `Approved ${rupiah(topUp.amount)}: the wallet is credited.` : `Rejected the transfer of ${rupiah(topUp.amount)}.`);
    // Another claim of this reference was approved meanwhile: the admin decides again, knowing that.
    if (approve && !confirmDuplicate && refusal?.problem.code === 'duplicate_transfer') await review(button, topUp, verdict, true);
  }

  async function check(button, topUp, verdict) {
    const approve = verdict === 'approve';
    const answer = await ask(approve
      ? { title: 'Approve flagged top-up', confirm: 'Approve',
          text: `Credit ${rupiah(topUp.amount)} to ${topUp.accountId}? Only if the gateway's settlement report shows this payment.` }
      : { title: 'Reject flagged top-up', confirm: 'Reject', withReason: true,
          text: `Reject the top-up of ${rupiah(topUp.amount)}? Nothing is credited; the money goes back outside the system.` });
    if (!answer) return;
    await act(button, 'flagged', `/admin/topups/${encodeURIComponent(topUp.id)}/${verdict}`, approve ? undefined : answer,
      approve ? `Approved ${rupiah(topUp.amount)}: the wallet is credited.` : `Rejected the flagged top-up of ${rupiah(topUp.amount)}.`);
  }

  async function payOut(button, w, verdict) {
    const complete = verdict === 'complete';
    const answer = await ask(complete
      ? { title: 'Complete withdrawal', confirm: 'Mark paid out',
          text: `Did you transfer ${rupiah(w.amount)} to ${w.accountName} (${w.bankCode.toUpperCase()} ${w.accountNumber})?` }
      : { title: 'Reject withdrawal', confirm: 'Reject', withReason: true,
          text: `Reject the withdrawal of ${rupiah(w.amount)}? The money goes back to the wallet.` });
    if (!answer) return;
    await act(button, 'withdrawals', `/admin/withdrawals/${encodeURIComponent(w.id)}/${verdict}`, complete ? undefined : answer,
      complete ? `Withdrawal of ${rupiah(w.amount)} marked paid out.` : `Withdrawal of ${rupiah(w.amount)} rejected; the money is back in the wallet.`);
  }

  /** Sends one review; resolves to the ApiError of a refusal, or null when done. */
  async function act(button, prefix, path, body, done) {
    const refusal = await busy(button, async () => {
      try {
        await api('POST', path, { body, idempotencyKey: newIdempotencyKey() });
        flash(done);
        return null;
      } catch (error) {
        return error;
      }
    });
    // Whatever happened (done, or already reviewed by another admin), show the queue as it is now, then why it was
    // refused (a reload clears the list's error line).
    await ({ reviews, flagged, withdrawals })[prefix].reload();
    say(`${prefix}-error`, refusal?.message);
    $(`${prefix}-title`).focus();
    changed();
    return refusal;
  }

  return { reload: () => Promise.all([reviews.reload(), flagged.reload(), withdrawals.reload()]) };
}

/** Approving a transfer that another claim of its reference may already stand for. */
const duplicateQuestion = topUp => ({
  title: 'Approve a possible duplicate', confirm: 'Approve anyway',
  text: `Another claim (${topUp.possibleDuplicateOf ?? 'approved already'}) carries the reference "${topUp.transferReference}". `
    + `Credit ${rupiah(topUp.amount)} to ${topUp.accountId} only if the statement shows this transfer as well as that one.`,
});

/** The wallet's id under the row's main text (the lists name accounts by id only). */
const account = id => h('small', { class: 'account' }, 'wallet ', h('code', {}, id));
