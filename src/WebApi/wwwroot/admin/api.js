// The console's only way to the server: the REST API under /api/v1, with the admin's bearer token.
const BASE = '/api/v1';
let tokenKey = 'cashless.admin.token';

export const session = {
  get token() { return sessionStorage.getItem(tokenKey); },
  save(token) { sessionStorage.setItem(tokenKey, token); },
  clear() { sessionStorage.removeItem(tokenKey); },
};

/** Another page of this origin (the till) keeps its own sign-in apart from the console's. */
export function useTokenKey(key) { tokenKey = key; }

/** A refusal or failure, carrying the problem details (RFC 9457) the API answered with. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem ?? {};
  }
}

let signedOut = () => {};

/** Called when the API answers 401 to a signed-in call: the token expired or was revoked. */
export function onSignedOut(handler) { signedOut = handler; }

export async function api(method, path, { body, idempotencyKey, token = session.token, query } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  let response;
  try {
    response = await fetch(BASE + path + queryString(query), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { detail: 'The server could not be reached. Check the connection and try again.' });
  }

  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return data;
  if (response.status === 401 && token && token === session.token) {
    session.clear();
    signedOut(describe(401, data));
  }
  throw new ApiError(response.status, data);
}

/** A fresh key for one submission (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'console-' + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

function queryString(query) {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The problem's detail, plus the field errors of a 400 ("amount: must be at least 10000"). */
function describe(status, problem) {
  const detail = problem?.detail || problem?.title || `The server answered ${status}.`;
  const fields = Object.entries(problem?.errors ?? {})
    .map(([field, messages]) => `${field}: ${[].concat(messages).join(', ')}`);
  return fields.length ? `${detail} (${fields.join('; ')})` : detail;
}
