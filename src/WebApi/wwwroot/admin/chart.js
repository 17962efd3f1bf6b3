// The community cash flow as plain SVG: per day, money in stacked by channel above the line, money out below it.
import { svg } from './dom.js';
import { compactRupiah, day, rupiah } from './format.js';

const CHANNELS = [['virtualAccount', 'va'], ['bankTransfer', 'bank'], ['admin', 'desk']];
const PAD = { left: 52, right: 8, top: 10, bottom: 26 };

/** days: [{ date: 'YYYY-MM-DD', virtualAccount, bankTransfer, admin, out }], oldest first. */
export function drawCashFlow(container, days) {
  const width = Math.max(260, container.clientWidth);
  const height = width < 500 ? 200 : 250;
  const plot = { x: PAD.left, y: PAD.top, w: width - PAD.left - PAD.right, h: height - PAD.top - PAD.bottom };

  const totalIn = d => d.virtualAccount + d.bankTransfer + d.admin;
  const maxIn = Math.max(0, ...days.map(totalIn));
  const maxOut = Math.max(0, ...days.map(d => d.out));
  const step = niceStep(Math.max(maxIn + maxOut, 10_000) / 4);
  const top = Math.max(step, Math.ceil(maxIn / step) * step);
  const bottom = Math.ceil(maxOut / step) * step;
  const y = value => plot.y + plot.h * (top - value) / (top + bottom);

  const grid = [];
  for (let value = -bottom; value <= top; value += step) {
    grid.push(svg('line', { class: value === 0 ? 'axis' : 'grid', x1: plot.x, x2: plot.x + plot.w, y1: y(value), y2: y(value) }),
      svg('text', { class: 'tick', x: plot.x - 6, y: y(value) + 4, 'text-anchor': 'end' }, value === 0 ? '0' : `${value < 0 ? '−' : ''}${compactRupiah(value)}`));
  }

  const slot = plot.w / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(days.length / (width < 500 ? 4 : 8));
  const bars = days.map((d, i) => {
    const x = plot.x + i * slot + (slot - barWidth) / 2;
    let base = 0;
    const stack = CHANNELS.filter(([key]) => d[key] > 0).map(([key, css]) => {
      const rect = svg('rect', { class: css, x, width: barWidth, y: y(base + d[key]), height: y(base) - y(base + d[key]) });
      base += d[key];
      return rect;
    });
    const out = d.out > 0 ? svg('rect', { class: 'out', x, width: barWidth, y: y(0), height: y(-d.out) - y(0) }) : null;
    // Counted back from today, which is always labelled (flush right so it stays inside the picture).
    const last = i === days.length - 1;
    const label = (days.length - 1 - i) % labelEvery === 0
      ? svg('text', { class: 'tick', x: last ? plot.x + plot.w : x + barWidth / 2, y: height - 8, 'text-anchor': last ? 'end' : 'middle' }, day(d.date))
      : null;
    const title = `${day(d.date)}: in ${rupiah(totalIn(d))} (virtual account ${rupiah(d.virtualAccount)}, bank transfer `
      + `${rupiah(d.bankTransfer)}, cash desk ${rupiah(d.admin)}), out ${rupiah(d.out)}`;
    return svg('g', {}, svg('title', {}, title), svg('rect', { class: 'hover', x: plot.x + i * slot, y: plot.y, width: slot, height: plot.h }),
      stack, out, label);
  });

  container.replaceChildren(svg('svg', {
    width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Money in and out per day over the last ${days.length} days; the table below has the numbers.`,
  }, grid, bars));
}

/** 1, 2, 2.5 or 5 times a power of ten: the first at least `raw`. */
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map(m => m * power).find(step => step >= raw);
}
