import { htmlPolicy } from '../core/trusted-types.js';
import { jsonLdText } from './product-json-ld.js';

const selector = ':scope > script[type="application/ld+json"]';

/**
 * Keeps `data` as the JSON-LD script among `host`'s children, in the light DOM where
 * crawlers that run scripts read it; `undefined` removes one written before. Written as
 * HTML through the `sc-widgets` policy: a page that requires Trusted Types refuses plain
 * text in any script element, even one no browser runs, and a script made from HTML never
 * runs. The HTML is safe to parse: jsonLdText writes no `<` inside it.
 */
export function writeJsonLd(host: Element, data: object | undefined): void {
  const script = host.querySelector(selector);
  const text = data && jsonLdText(data);
  // Votes and opened forms render a thread again; the page changes only when the data did.
  if (script?.textContent === text) return;
  script?.remove();
  if (!text) return;
  const html = `<script type="application/ld+json">${text}</script>`;
  host.insertAdjacentHTML('beforeend', htmlPolicy()?.createHTML(html) ?? html);
}
