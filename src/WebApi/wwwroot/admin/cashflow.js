// The community cash flow of the last 30 days (the API's default range, cut in its report time zone), by day: money
// in by top-up channel, and money out (withdrawals, counted when they are asked for and the money is held).
import { api } from './api.js';
import { drawCashFlow } from './chart.js';
import { $, row, say } from './dom.js';
import { day, rupiah } from './format.js';

export function createCashFlow() {
  const container = $('cash-flow-chart');
  let days = [];
  let width = 0;
  new ResizeObserver(() => {
    if (days.length && container.clientWidth !== width) {
      width = container.clientWidth;
      drawCashFlow(container, days);
    }
  }).observe(container);

  async function reload() {
    try {
      const report = await api('GET', '/admin/reports/cash-flow', { query: { groupBy: 'day' } });
      days = report.periods.map(toDay);
      width = container.clientWidth;
      drawCashFlow(container, days);
      renderTable(days);
      renderSummary(report.totals);
      say('cash-flow-error');
    } catch (error) {
      say('cash-flow-error', `Cash flow: ${error.message}`);
    }
  }

  return { reload };
}

/** A period of the report as the chart draws it. */
function toDay(period) {
  return {
    date: period.date,
    virtualAccount: period.in.virtualAccount,
    bankTransfer: period.in.bankTransfer,
    admin: period.in.admin,
    out: period.out.withdrawals,
    net: period.net,
  };
}

function renderTable(days) {
  $('cash-flow-rows').replaceChildren(...days.slice().reverse().map(d => row([
    { label: 'Day', value: day(d.date) },
    { label: 'Virtual account', value: rupiah(d.virtualAccount), className: 'num' },
    { label: 'Bank transfer', value: rupiah(d.bankTransfer), className: 'num' },
    { label: 'Cash desk', value: rupiah(d.admin), className: 'num' },
    { label: 'In', value: rupiah(d.virtualAccount + d.bankTransfer + d.admin), className: 'num' },
    { label: 'Out', value: rupiah(d.out), className: 'num' },
    { label: 'Net', value: rupiah(d.net), className: 'num' },
  ])));
}

function renderSummary({ in: moneyIn, out, reversals, net }) {
  const corrections = reversals.topUps || reversals.withdrawals
    ? ` · reversals: top-ups −${rupiah(reversals.topUps)}, withdrawals +${rupiah(reversals.withdrawals)}` : '';
  $('cash-flow-summary').textContent = `In ${rupiah(moneyIn.total)} (virtual account ${rupiah(moneyIn.virtualAccount)}, `
    + `bank transfer ${rupiah(moneyIn.bankTransfer)}, cash desk ${rupiah(moneyIn.admin)}) · out ${rupiah(out.withdrawals)}`
    + `${corrections} · net ${rupiah(net)}`;
}
