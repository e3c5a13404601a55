import { configure, consent, type Settings } from './core/config.js';

/**
 * Configures sc-widgets from its own script tag, for pages with no script of their own:
 * `data-endpoint` (REST base URL; absent: the in-browser adapter), `data-site`,
 * `data-locale`, `data-user-token`, `data-consent="required"`, `data-live`,
 * `data-checkout-url` (a cart link template for the default checkout).
 */
export function configureFromScript(script: HTMLOrSVGScriptElement | null): void {
  const data = script instanceof HTMLScriptElement ? script.dataset : undefined;
  if (!data) return;
  if (data.consent === 'required') consent(false);
  const { endpoint, locale, userToken, checkoutUrl } = data;
  const site = data.site ?? 'default';
  const settings: Settings = {
    site,
    // ky loads only on pages that talk to a server.
    adapter: endpoint
      ? import('./adapters/rest/rest-adapter.js').then(
          ({ RestAdapter }) => new RestAdapter({ endpoint, site, live: 'live' in data }),
        )
      : undefined,
    locale,
    userToken,
    checkoutUrl,
  };
  configure(settings);
}

/** The script tag that loaded this module: `currentScript` for a classic script, found by URL for a module. */
export function ownScript(moduleUrl: string): HTMLOrSVGScriptElement | null {
  return document.currentScript ?? [...document.scripts].find((script) => script.src === moduleUrl) ?? null;
}
