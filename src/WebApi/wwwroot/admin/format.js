// Rupiah and times as the console shows them.

/** "Rp 12.000", as Indonesians write it (IDR has no minor unit), with a space that never breaks the line. */
export function rupiah(amount) {
  const value = Number(amount ?? 0);
  const digits = Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '−' : ''}Rp\u00a0${digits}`;
}

/** Short axis labels: "150rb", "1,5jt" (ribu, juta). */
export function compactRupiah(amount) {
  const value = Math.abs(amount);
  if (value >= 1_000_000) return `${trim(value / 1_000_000)}jt`;
  if (value >= 1_000) return `${trim(value / 1_000)}rb`;
  return String(value);
}

function trim(n) { return (Math.round(n * 10) / 10).toString().replace('.', ','); }

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const dateTime = iso => dateTimeFormat.format(new Date(iso));
export const time = iso => timeFormat.format(new Date(iso));
/** A calendar day ("2026-11-26") as "26 Nov", without shifting it through a time zone. */
export const day = isoDate => dayFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

/** Parses what an admin types as an amount: "50000", "50.000", "Rp 50 000". Null when it is not a whole number. */
export function parseRupiah(text) {
  const cleaned = String(text).replace(/^\s*rp\.?\s*/i, '').replace(/[.\s]/g, '');
  return /^\d{1,15}$/.test(cleaned) ? Number(cleaned) : null;
}
