// A user's family: a student's guardians and limits, or a guardian's students; link and unlink by the admin.
import { api } from './api.js';
import { $, busy, h, say } from './dom.js';
import { parseRupiah, rupiah } from './format.js';

export function createFamily({ flash }) {
  const panel = $('family');
  const limitsForm = $('family-limits-form');
  const linkForm = $('family-link-form');
  let user = null;

  async function show(chosen) {
    user = chosen;
    panel.hidden = false;
    $('family-title').textContent = `Family of ${user.name}`;
    const student = user.role === 'buyer';
    limitsForm.hidden = !student;
    linkForm.hidden = !student;
    await reload();
    panel.scrollIntoView();
  }

  async function reload() {
    try {
      const family = await api('GET', `/admin/users/${encodeURIComponent(user.id)}/family`);
      const links = user.role === 'buyer' ? family.guardians : family.children;
      $('family-links').replaceChildren(...links.map(linkItem));
      $('family-empty').hidden = links.length > 0;
      $('family-empty').textContent = user.role === 'buyer' ? 'No guardian is linked.' : 'No student is linked.';
      if (family.spending) fillLimits(family.spending);
      say('family-error');
    } catch (error) {
      say('family-error', error.message);
    }
  }

  function linkItem(link) {
    const other = user.role === 'buyer' ? link.guardianName : link.studentName;
    return h('li', {}, h('span', {}, other),
      h('button', { type: 'button', class: 'danger', 'aria-label': `Unlink ${link.guardianName} from ${link.studentName}`,
        onclick: e => unlink(e.currentTarget, link) }, 'Unlink'));
  }

  function fillLimits(spending) {
    limitsForm.dailyLimit.value = spending.dailyLimit ?? '';
    limitsForm.paymentLimit.value = spending.paymentLimit ?? '';
    limitsForm.lowBalanceThreshold.value = spending.lowBalanceThreshold ?? '';
    limitsForm.alertPaymentsOver.value = spending.alertPaymentsOver ?? '';
    $('family-remaining').textContent = spending.remainingToday === null
      ? 'No daily limit.' : `Left to spend today: ${rupiah(spending.remainingToday)}`;
  }

  async function unlink(button, link) {
    await busy(button, async () => {
      try {
        await api('DELETE', `/admin/users/${encodeURIComponent(link.studentId)}/guardians/${encodeURIComponent(link.guardianId)}`);
        flash(`${link.guardianName} is no longer linked to ${link.studentName}.`);
      } catch (error) {
        say('family-error', error.message);
      }
    });
    await reload();
  }

  /** An empty field is no rule (null); anything else must read as whole rupiah, or nothing is sent. */
  function amountOrNull(field) {
    const text = field.value.trim();
    if (text === '') return null;
    const amount = parseRupiah(text);
    if (amount === null) throw new Error(`${field.labels[0].firstChild.textContent.trim()}: enter whole rupiah, e.g. 10000 or 10.000.`);
    return amount;
  }

  limitsForm.addEventListener('submit', async event => {
    event.preventDefault();
    let body;
    try {
      body = {
        dailyLimit: amountOrNull(limitsForm.dailyLimit),
        paymentLimit: amountOrNull(limitsForm.paymentLimit),
        lowBalanceThreshold: amountOrNull(limitsForm.lowBalanceThreshold),
        alertPaymentsOver: amountOrNull(limitsForm.alertPaymentsOver),
      };
    } catch (error) {
      say('family-error', error.message);
      return;
    }
    await busy(limitsForm.querySelector('button'), async () => {
      try {
        const wallet = await api('PUT', `/admin/users/${encodeURIComponent(user.id)}/limits`, { body });
        fillLimits(wallet.spending);
        say('family-error');
        flash(`Limits of ${user.name} saved.`);
      } catch (error) {
        say('family-error', error.message);
      }
    });
  });

  linkForm.addEventListener('submit', async event => {
    event.preventDefault();
    await busy(linkForm.querySelector('button'), async () => {
      try {
        const link = await api('POST', `/admin/users/${encodeURIComponent(user.id)}/guardians`,
          { body: { guardianId: linkForm.guardianId.value.trim() } });
        linkForm.reset();
        flash(`${link.guardianName} is now linked to ${link.studentName}.`);
      } catch (error) {
        say('family-error', error.message);
      }
    });
    await reload();
  });

  return { show };
}
