// A list from the API shown as table rows, newest first, with "Show more" following nextCursor.
import { api } from './api.js';
import { $, say } from './dom.js';

/**
 * prefix names the elements: `${prefix}-rows` (tbody), `-empty`, `-more` and `-error`.
 * query() gives the list's filters; toRow(item) makes a <tr>.
 */
export function pagedList({ prefix, path, query = () => ({}), toRow, limit = 20 }) {
  let cursor = null;
  let generation = 0;

  async function load(append) {
    const mine = ++generation;
    try {
      const page = await api('GET', path, { query: { ...query(), limit, before: append ? cursor : undefined } });
      if (mine !== generation) return; // a newer load is under way; its answer wins
      cursor = page.nextCursor;
      const rows = page.items.map(toRow);
      if (append) $(`${prefix}-rows`).append(...rows);
      else $(`${prefix}-rows`).replaceChildren(...rows);
      $(`${prefix}-empty`).hidden = $(`${prefix}-rows`).children.length > 0;
      $(`${prefix}-more`).hidden = !cursor;
      say(`${prefix}-error`);
    } catch (error) {
      if (mine === generation) say(`${prefix}-error`, error.message);
    }
  }

  $(`${prefix}-more`).addEventListener('click', () => load(true));
  return { reload: () => load(false) };
}
