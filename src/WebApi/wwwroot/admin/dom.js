// Small helpers to build the page from data without ever parsing data as HTML.

export const $ = id => document.getElementById(id);

export function h(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children);
}

export function svg(tag, props = {}, ...children) {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), props, children);
}

function fill(element, props, children) {
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.setAttribute('class', value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false)
    .map(c => (c instanceof Node ? c : String(c))));
  return element;
}

/**
 * A table row whose cells carry their column's name, so the narrow layout can show it beside the value (which is
 * wrapped, so that a value of several parts stays in one grid cell there); action buttons stay direct children.
 */
export function row(cells) {
  return h('tr', {}, cells.map(({ label, value, className }) =>
    h('td', { 'data-label': label, class: className }, className === 'actions' ? value : h('div', {}, value))));
}

/** Shows a message in an error (or status) paragraph; an empty message hides it. */
export function say(id, message = '') {
  $(id).textContent = message;
}

/**
 * Runs an action with its button disabled, so a double click cannot send it twice; a disabled button loses the focus,
 * so it gets it back (if nothing else took it meanwhile) for keyboard users.
 */
export async function busy(button, action) {
  const hadFocus = document.activeElement === button;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    if (hadFocus && button.isConnected && document.activeElement === document.body) button.focus();
  }
}
