// User search, with freeze and unfreeze, and a shortcut to the cash desk.
import { api } from './api.js';
import { $, busy, h, row, say } from './dom.js';
import { pagedList } from './list.js';

export function createUsers({ flash, changed, topUp, family }) {
  const form = $('users-form');
  const list = pagedList({
    prefix: 'users',
    path: '/admin/users',
    query: () => ({ query: form.query.value.trim(), role: form.role.value }),
    toRow: user => row([
      { label: 'Name', value: user.name },
      { label: 'E-mail', value: h('span', { class: 'breakable' }, user.email) },
      { label: 'Role', value: user.role },
      { label: 'Status', value: h('span', { class: `pill ${user.status}` }, user.status) },
      { label: 'Actions', className: 'actions', value: actionsFor(user) },
    ]),
  });

  function actionsFor(user) {
    if (user.role === 'admin' || user.status === 'closed') return null; // a closed wallet takes no freeze and no top-up
    const frozen = user.status === 'frozen';
    const hasFamily = user.role === 'buyer' || user.role === 'guardian';
    return [
      hasFamily ? h('button', { type: 'button', class: 'quiet', 'aria-label': `Family of ${user.email}`,
        onclick: () => family(user) }, 'Family') : null,
      h('button', { type: 'button', class: frozen ? null : 'danger', 'aria-label': `${frozen ? 'Unfreeze' : 'Freeze'} ${user.email}`,
        onclick: e => setFrozen(e.currentTarget, user, !frozen) }, frozen ? 'Unfreeze' : 'Freeze'),
      frozen ? null : h('button', { type: 'button', class: 'quiet', 'aria-label': `Cash desk top-up for ${user.email}`,
        onclick: () => topUp(user.email) }, 'Top up'),
    ];
  }

  async function setFrozen(button, user, freeze) {
    await busy(button, async () => {
      try {
        await api('POST', `/admin/users/${encodeURIComponent(user.id)}/${freeze ? 'freeze' : 'unfreeze'}`);
        say('users-error');
        flash(`${user.email} is ${freeze ? 'frozen' : 'active again'}.`);
      } catch (error) {
        say('users-error', error.message);
      }
    });
    await list.reload();
    changed();
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    list.reload();
  });

  return { reload: list.reload };
}
