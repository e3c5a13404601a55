/**
 * The site's API as one team member: `send(method, path, body?)`, path relative to
 * `/v1/sites/{site}/`, with the member's credential. Resolves to the JSON answer (undefined
 * for 204); rejects with an Error having the server's `code` and the HTTP `status`.
 * Exported through seller.js so the Node tests drive exactly these requests.
 */
export function sellerApi(origin, site, credential) {
  const base = `${origin}/v1/sites/${encodeURIComponent(site)}/`;
  const send = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { Authorization: `Bearer ${credential}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body && JSON.stringify(body),
    });
    if (response.status === 204) return undefined;
    const answer = await response.json();
    if (!response.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code, status: response.status });
    return answer;
  };
  /** An image the API serves to the member alone (a held review's photo), as an object URL for an `<img>`. */
  const image = async (path) => {
    const response = await fetch(base + path, { headers: { Authorization: `Bearer ${credential}` } });
    if (!response.ok) throw Object.assign(new Error(`GET ${path} answered ${response.status}`), { status: response.status });
    return URL.createObjectURL(await response.blob());
  };
  return { site, send, image };
}

/** Every page of a list route (`key`: the array in each page), up to `max` items. */
export async function allPages(api, path, key, max = 1000) {
  const items = [];
  let next;
  do {
    const page = await api.send('GET', `${path}${path.includes('?') ? '&' : '?'}limit=100${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
    items.push(...page[key]);
    next = page.next;
  } while (next && items.length < max);
  return items;
}
