import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import '../../src/components/poll/poll.js';
import '../../src/components/store/store.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import type { ScStore } from '../../src/components/store/store.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure, consent } from '../../src/core/config.js';
import { RefusedError } from '../../src/core/errors.js';
import type { Adapter } from '../../src/core/adapter.js';
import { configureFromScript } from '../../src/sdk.js';
import { newSite, setApiMode } from '../support/api.js';

/** What sc-widgets said in the console during a test, one entry a line. */
let lines: string[] = [];
const consoleWarn = console.warn;
const said = (text: string) => lines.filter((line) => line.includes(text));
/** Waits for `count` lines from warnings whose words load on demand, then for any further ones to land too. */
async function warned(count: number): Promise<void> {
  await waitUntil(() => lines.length >= count, `fewer than ${count} console lines`);
  await new Promise((resolve) => setTimeout(resolve));
}

/** A script tag as a shop pastes it, with these attributes. */
function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

let sites = 0;

describe('sc-error details', () => {
  afterEach(() => configure({ adapter: undefined, site: 'default' }));

  // First in the file: the failure messages load on the page's first failure.
  it('never carry an empty message, even on the first failure of the page', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site, retries: 0, storage: sessionStorage }), site });
    await setApiMode({ mode: 'down' });
    const el = await fixture<ScStore>(html`<sc-store></sc-store>`);
    const { detail } = await oneEvent(el, 'sc-error');
    await setApiMode({ mode: 'up' });
    expect(detail.message).to.equal('Could not load. Try again?');
    expect(detail.code).to.equal('network');
  });

  it("carry the localized message and the backend's code and words", async () => {
    const adapter: Adapter = {
      likes: {
        read: async (ids) => Object.fromEntries(ids.map((id) => [id, { count: 1, liked: false }])),
        set: async () => {
          throw new RefusedError('Likes are closed on this site.', 403, 'likes_closed');
        },
      },
    };
    configure({ adapter, site: `errors-${sites++}` });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="p"></sc-like-button>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button[aria-disabled=false]'), 'never loaded');
    const failed = oneEvent(el, 'sc-error');
    el.shadowRoot!.querySelector('button')!.click();
    expect((await failed).detail).to.deep.equal({
      code: 'forbidden',
      message: 'Not saved, undone.',
      productId: 'p',
      reason: 'likes_closed',
      serverMessage: 'Likes are closed on this site.',
    });
  });
});

describe('misconfiguration says so, once, in one line', () => {
  beforeEach(() => {
    lines = [];
    console.warn = (...args: unknown[]) => void lines.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = consoleWarn;
    configure({ adapter: undefined, site: 'default', locale: undefined });
    consent(true);
  });

  it('names an unknown data-* on the script tag with the setting it is closest to', () => {
    configureFromScript(scriptTag({ src: 'sc-widgets.js', 'data-endpiont': 'https://api.shop.example', 'data-sight': 'shop' }));
    configureFromScript(scriptTag({ 'data-endpiont': 'https://api.shop.example' }));
    expect(said('data-endpiont')).to.deep.equal(["sc-widgets: the script tag's data-endpiont is not a setting; did you mean data-endpoint?"]);
    expect(said('data-sight')).to.have.length(1);
    expect(said('data-sight')[0]).to.contain('did you mean data-site?');
    expect(lines).to.have.length(2);
  });

  it('lists the settings for a data-* close to none of them', () => {
    configureFromScript(scriptTag({ 'data-turbo-track': 'reload' }));
    expect(lines).to.deep.equal([
      "sc-widgets: the script tag's data-turbo-track is not a setting; sc-widgets reads data-endpoint, data-site, data-locale, data-user-token, data-consent, data-live, data-checkout-url, data-prices-exclude-tax, data-messages.",
    ]);
  });

  it('names the missing product-id of like buttons, once for all of them', async () => {
    const el = await fixture(html`<div><sc-like-button></sc-like-button><sc-like-button></sc-like-button></div>`);
    await waitUntil(() => lines.length, 'no word about the missing product-id');
    await Promise.all([...el.children].map((button) => (button as ScLikeButton).updateComplete));
    expect(lines).to.deep.equal(['sc-widgets: <sc-like-button> shows nothing without product-id="…".']);
  });

  it('names the missing poll-id of a poll', async () => {
    await fixture(html`<sc-poll></sc-poll>`);
    expect(lines).to.deep.equal(['sc-widgets: <sc-poll> shows nothing without poll-id="…".']);
  });

  it('takes /v1 off an endpoint that ends in it, and says so', async () => {
    const { endpoint, site } = await newSite();
    const adapter = new RestAdapter({ endpoint: `${endpoint}/v1/`, site, retries: 0, storage: sessionStorage });
    expect(await adapter.likes.read(['a'])).to.deep.equal({ a: { count: 0, liked: false } });
    new RestAdapter({ endpoint: `${endpoint}/v1/`, site, storage: sessionStorage });
    // The words load only on a page that makes the mistake.
    await warned(1);
    expect(lines).to.deep.equal([
      `sc-widgets: the endpoint ${endpoint}/v1/ ends in /v1, which sc-widgets adds itself; leave it out (using it without).`,
    ]);
  });

  it('reads why a site refuses this page, and says how to allow it', async () => {
    const { endpoint, site } = await newSite({ allowedOrigins: ['https://shop.example'] });
    const adapter = new RestAdapter({ endpoint, site, retries: 0, storage: sessionStorage });
    const refused = await adapter.likes.read(['a']).catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(RefusedError);
    expect((refused as RefusedError).reason).to.equal('origin_not_allowed');
    await adapter.likes.read(['b']).catch(() => undefined);
    // The words load only on a page that makes the mistake.
    await warned(1);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain(`the server refuses site "${site}" from ${location.origin}`);
    expect(lines[0]).to.contain(`npm run site -- ${site} --origin ${location.origin}`);
  });

  it('names a site the server does not have', async () => {
    const { endpoint } = await newSite();
    const adapter = new RestAdapter({ endpoint, site: 'no-such-site', retries: 0, storage: sessionStorage });
    await adapter.likes.read(['a']).catch(() => undefined);
    // The words load only on a page that makes the mistake.
    await warned(1);
    expect(lines).to.deep.equal(['sc-widgets: the server has no site "no-such-site"; check data-site, or create it on the server: npm run site -- no-such-site']);
  });

  it('says what data-consent="required" holds back until consent(true)', () => {
    configureFromScript(scriptTag({ 'data-consent': 'required' }));
    configureFromScript(scriptTag({ 'data-consent': 'required' }));
    expect(lines).to.deep.equal(['sc-widgets: data-consent="required": nothing is sent or stored until the page calls SocialCommerce.consent(true).']);
  });
});
