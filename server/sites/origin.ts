/**
 * A site's allowed origin exactly as a browser sends it in `Origin`: scheme (http or
 * https), host and an optional port, nothing else. Anything else could never match, so
 * it is refused with the form that would, where there is one. Resolves to the origin or
 * to the reason it is not one.
 */
export function checkOrigin(text: string): { readonly origin: string } | { readonly error: string } {
  const example = 'e.g. https://shop.example or http://localhost:8080';
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return { error: `${JSON.stringify(text)} has no scheme: an origin starts with https:// or http:// (${example}), as in https://${text}` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `${JSON.stringify(text)} is not a URL (${example})` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `${JSON.stringify(text)}: an origin's scheme is https or http` };
  if (url.origin === text) return { origin: text };
  // What a browser would send from that page: no path, no trailing slash, no query,
  // no user, no default port, the host in lower case (and punycode).
  return { error: `${JSON.stringify(text)} is not an origin as browsers send it (scheme, host, optional port, nothing else); did you mean ${url.origin}?` };
}
