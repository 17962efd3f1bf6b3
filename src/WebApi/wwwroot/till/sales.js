// Today's sales of the till's seller, each refundable (in part) through a dialog, one Idempotency-Key per refund.
import { api } from '/admin/api.js';
import { $, busy, h, row, say } from '/admin/dom.js';
import { parseRupiah, rupiah, time } from '/admin/format.js';

export function createSales({ flash }) {
  let refunding = null;
  let newKey = () => '';

  async function reload() {
    say('sales-error');
    try {
      const sales = await api('GET', '/sales/today');
      $('sales-rows').replaceChildren(...sales.map(sale => row([
        { label: 'Time', value: h('time', { datetime: sale.createdAt }, time(sale.createdAt)), className: 'when' },
        { label: 'Paid by', value: sale.payer.name },
        { label: 'Note', value: sale.description, className: 'breakable' },
        { label: 'Amount', value: rupiah(sale.amount), className: 'num' },
        { label: 'Refunded', value: sale.refunded ? rupiah(sale.refunded) : '–', className: 'num' },
        { label: 'Actions', className: 'actions', value: h('button', {
          type: 'button', class: 'quiet', disabled: sale.refunded >= sale.amount,
          'aria-label': `Refund the sale of ${rupiah(sale.amount)} to ${sale.payer.name}`,
          onclick: () => open(sale),
        }, 'Refund') },
      ])));
      $('sales-empty').hidden = sales.length > 0;
    } catch (error) {
      say('sales-error', error.message);
    }
  }

  function open(sale) {
    refunding = { sale, key: newKey() };
    $('refund-what').textContent =
      `${rupiah(sale.amount)} paid by ${sale.payer.name}; ${rupiah(sale.amount - sale.refunded)} can still be given back.`;
    $('refund-amount').value = String(sale.amount - sale.refunded);
    $('refund-reason').value = '';
    say('refund-error');
    $('refund-dialog').showModal();
    $('refund-amount').select();
  }

  function bind({ newKey: makeKey }) {
    newKey = makeKey;
    $('sales-refresh').addEventListener('click', event => busy(event.currentTarget, reload));
    $('refund-close').addEventListener('click', () => $('refund-dialog').close());
    $('refund-form').addEventListener('submit', async event => {
      event.preventDefault();
      const amount = parseRupiah($('refund-amount').value);
      if (!amount) {
        say('refund-error', 'Type the amount in whole rupiah.');
        return;
      }
      const { sale, key } = refunding;
      await busy($('refund-submit'), async () => {
        try {
          const reason = $('refund-reason').value.trim();
          await api('POST', `/payments/${encodeURIComponent(sale.paymentId)}/refunds`,
            { body: { amount, reason: reason || undefined }, idempotencyKey: key });
          $('refund-dialog').close();
          flash(`Refunded ${rupiah(amount)} to ${sale.payer.name}.`);
          await reload();
        } catch (error) {
          // A decided refusal keeps its key's answer: a corrected amount is a new refund with a new key.
          if (error.status >= 400 && error.status < 500) refunding.key = newKey();
          say('refund-error', error.message);
        }
      });
    });
  }

  return { reload, bind };
}
