import { configure, consent, type Settings } from './core/config.js';
import { warnOnce } from './core/warn-once.js';
import { pageLocale } from './i18n/locale.js';
import { loadMessages } from './i18n/register-messages.js';

/** The script tag's settings, as attributes. */
const settingNames = ['data-endpoint', 'data-site', 'data-locale', 'data-user-token', 'data-consent', 'data-live', 'data-checkout-url', 'data-prices-exclude-tax', 'data-messages'];

/**
 * Configures sc-widgets from its own script tag, for pages with no script of their own:
 * `data-endpoint` (REST base URL; absent: the in-browser adapter), `data-site`,
 * `data-locale`, `data-user-token`, `data-consent="required"`, `data-live`,
 * `data-checkout-url` (a cart link template for the default checkout),
 * `data-prices-exclude-tax` (the cart says taxes are added at checkout; default: prices include VAT),
 * `data-messages` (a JSON language pack's URL, for the language the widgets speak on the page).
 */
export function configureFromScript(script: HTMLOrSVGScriptElement | null): void {
  const data = script instanceof HTMLScriptElement ? script.dataset : undefined;
  if (!data) return;
  warnUnknownSettings(script as HTMLScriptElement);
  if (data.consent === 'required') {
    consent(false);
    // A page that never grants it sends nothing, ever, and nothing else would say why.
    warnOnce('data-consent="required": nothing is sent or stored until the page calls SocialCommerce.consent(true).');
  }
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
    // Only when given, so that it does not undo a configure() made before the script ran.
    ...('pricesExcludeTax' in data && { pricesIncludeTax: false }),
  };
  configure(settings);
  if (data.messages) void loadMessages(data.messages, pageLocale(locale));
}

/** A misspelt setting is otherwise ignored in silence (`data-endpiont`: no server, no error). */
function warnUnknownSettings(script: HTMLScriptElement): void {
  for (const { name } of script.attributes) {
    if (!name.startsWith('data-') || settingNames.includes(name)) continue;
    // Three edits or fewer is a typo; further off, likely another script's (data-turbo-track).
    const [closest] = settingNames
      .map((known) => [known, editDistance(name, known)] as const)
      .sort((a, b) => a[1] - b[1])
      .filter(([, distance]) => distance <= 3);
    warnOnce(
      closest
        ? `the script tag's ${name} is not a setting; did you mean ${closest[0]}?`
        : `the script tag's ${name} is not a setting; sc-widgets reads ${settingNames.join(', ')}.`,
    );
  }
}

/** Levenshtein distance: the fewest one-character edits that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The script tag that loaded this module: `currentScript` for a classic script, found by URL for a module. */
export function ownScript(moduleUrl: string): HTMLOrSVGScriptElement | null {
  return document.currentScript ?? [...document.scripts].find((script) => script.src === moduleUrl) ?? null;
}
