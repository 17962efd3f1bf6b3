// A modal question for money actions: confirm, or confirm with a reason the user will see.
import { $ } from './dom.js';

/** Resolves to { reason } when confirmed, or null when cancelled. */
export function ask({ title, text, confirm, withReason = false }) {
  const dialog = $('ask');
  const reason = $('ask-reason');
  $('ask-title').textContent = title;
  $('ask-text').textContent = text;
  $('ask-ok').textContent = confirm;
  $('ask-reason-field').hidden = !withReason;
  reason.required = withReason;
  reason.value = '';
  dialog.returnValue = '';
  dialog.showModal();
  (withReason ? reason : $('ask-ok')).focus();
  return new Promise(resolve => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'ok' ? { reason: reason.value.trim() } : null);
    }, { once: true });
  });
}
