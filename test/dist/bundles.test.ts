import { expect, waitUntil } from '@open-wc/testing';
import { newSite, setApiMode, takeRequests } from '../support/api.js';
import { openFrame } from '../support/frames.js';

/** The built bundles, loaded by a plain page the way a shop would: no build step, one script tag. */

const openShop = (params: Record<string, string>) =>
  openFrame(`/test/fixtures/shop-page.html?${new URLSearchParams(params)}`, { fullScreen: true });

const buttons = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll('sc-like-button')];
const inner = (el: Element) => el.shadowRoot?.querySelector('button');
const allLoaded = (frame: HTMLIFrameElement, count: number) =>
  waitUntil(
    () => buttons(frame).filter((el) => inner(el)?.getAttribute('aria-disabled') === 'false').length === count,
    `not all ${count} buttons loaded`,
    { timeout: 8000 },
  );
const reload = async (frame: HTMLIFrameElement) => {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
};
/** Every request the page made, scripts included, as the browser saw them. */
const resources = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => entry.name);

/** The rating summary's text, empty until it renders. */
const summaryText = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('sc-rating-summary')?.shadowRoot?.textContent?.trim() ?? '';
/** The language packs the page loaded, as paths. */
const packs = (frame: HTMLIFrameElement) =>
  resources(frame).map((url) => new URL(url).pathname).filter((path) => path.startsWith('/dist/locales/'));

describe('the built bundles on a plain page', () => {
  before(async function () {
    const response = await fetch('/dist/sc-widgets.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  });
  beforeEach(async () => {
    localStorage.clear();
    await setApiMode({ mode: 'up' });
    await takeRequests();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('classic script, no endpoint: 100 buttons work with no request at all and survive a reload', async () => {
    const frame = await openShop({ site: `iife-${Date.now()}`, count: '100', summary: '1' });
    await allLoaded(frame, 100);
    const testRunner = (url: string) => url.includes('/__web-dev-server');
    expect(resources(frame).filter((url) => !testRunner(url) && !url.endsWith('/dist/sc-widgets.iife.js'))).to.deep.equal([]);
    expect(await takeRequests()).to.deep.equal([]);
    inner(buttons(frame)[7])!.click();
    await waitUntil(() => inner(buttons(frame)[7])!.getAttribute('aria-pressed') === 'true');
    await reload(frame);
    await allLoaded(frame, 100);
    expect(inner(buttons(frame)[7])!.getAttribute('aria-pressed')).to.equal('true');
    expect((frame.contentWindow as any).SocialCommerce).to.include.keys('configure', 'consent', 'RestAdapter', 'LocalAdapter');
  });

  it('classic script with data-endpoint: 100 buttons on another origin cost one request, and a like survives a reload', async () => {
    const { endpoint, site } = await newSite();
    const frame = await openShop({ endpoint, site, count: '100' });
    await allLoaded(frame, 100);
    const requests = await takeRequests();
    expect(requests, requests.join('\n')).to.have.length(1);
    expect(requests[0]).to.match(new RegExp(`^GET /v1/sites/${site}/likes\\?ids=sku-`));
    expect(new URL(requests[0].split(' ')[1], location.origin).searchParams.getAll('ids')).to.have.length(100);
    expect(new URL(endpoint).origin).to.not.equal(location.origin);
    inner(buttons(frame)[3])!.click();
    await waitUntil(async () => (await takeRequests()).some((line) => line.startsWith('PUT')), 'never saved');
    await waitUntil(() => !frame.contentWindow!.localStorage.getItem('sc-widgets:outbox'), 'never confirmed');
    await reload(frame);
    await allLoaded(frame, 100);
    expect(inner(buttons(frame)[3])!.getAttribute('aria-pressed')).to.equal('true');
    expect(inner(buttons(frame)[3])!.textContent).to.contain('1 like');
  });

  it('ES module build configures itself from its own script tag too, and loads only its language’s pack', async () => {
    const { endpoint, site } = await newSite();
    const frame = await openShop({ endpoint, site, count: '3', module: '1', locale: 'fr', summary: '1' });
    await allLoaded(frame, 3);
    await waitUntil(() => summaryText(frame).includes('Pas encore d’avis'), 'the summary is not in French');
    const [request, ...more] = (await takeRequests()).filter((line) => line.includes('/likes'));
    expect(more).to.deep.equal([]);
    expect(new URL(request.split(' ')[1], location.origin).searchParams.getAll('ids').sort()).to.deep.equal(['sku-0', 'sku-1', 'sku-2']);
    expect(inner(buttons(frame)[0])!.textContent).to.contain('J’aime');
    expect(packs(frame)).to.deep.equal(['/dist/locales/fr.js']);
  });

  it('classic script on a Dutch page loads the Dutch pack beside itself, and renders no English first', async () => {
    const frame = await openShop({ site: `iife-nl-${Date.now()}`, count: '1', locale: 'nl', summary: '1' });
    const seen: string[] = [];
    await waitUntil(() => {
      const text = summaryText(frame);
      if (text) seen.push(text);
      return text.includes('Nog geen reviews');
    }, 'the summary is not in Dutch');
    expect(seen.filter((text) => text.includes('No reviews'))).to.deep.equal([]);
    expect(packs(frame)).to.deep.equal(['/dist/locales/nl.js']);
  });

  for (const module of ['', '1']) {
    it(`${module ? 'ES module' : 'classic script'} from another origin, on a Dutch page, loads the Dutch pack from beside itself`, async () => {
      // localhost and 127.0.0.1 are two origins of this one server; a shop pastes no `crossorigin`.
      const origin = location.origin.replace(/\/\/(localhost|127\.0\.0\.1):/, (_, host) => `//${host === 'localhost' ? '127.0.0.1' : 'localhost'}:`);
      expect(origin).to.not.equal(location.origin);
      const frame = await openShop({ site: `other-origin-${Date.now()}`, count: '1', locale: 'nl', summary: '1', origin, module });
      await waitUntil(() => summaryText(frame).includes('Nog geen reviews'), 'the summary is not in Dutch', { timeout: 8000 });
      expect(resources(frame).filter((url) => url.includes('/locales/'))).to.deep.equal([`${origin}/dist/locales/nl.js`]);
      expect(((frame.contentWindow as any).warnings as string[]).filter((line) => line.includes('language pack'))).to.deep.equal([]);
    });
  }

  for (const module of ['', '1']) {
    it(`${module ? 'ES module' : 'classic script'} from another origin speaks a shop's own language, its compiler loaded from beside itself`, async () => {
      const origin = location.origin.replace(/\/\/(localhost|127\.0\.0\.1):/, (_, host) => `//${host === 'localhost' ? '127.0.0.1' : 'localhost'}:`);
      const frame = await openShop({ site: `german-${Date.now()}`, count: '1', locale: 'de', messages: '/demo/locales/de.json', summary: '1', origin, module });
      await waitUntil(() => summaryText(frame).includes('Noch keine Bewertungen'), 'the summary is not in German', { timeout: 8000 });
      await waitUntil(() => inner(buttons(frame)[0])?.textContent?.includes('Gefällt mir'), 'the like button is not in German');
      expect(resources(frame).filter((url) => url.includes('/i18n/'))).to.deep.equal([`${origin}/dist/i18n/compile-messages.js`]);
      expect((frame.contentWindow as any).warnings).to.deep.equal([]);
      if (!module) expect((frame.contentWindow as any).SocialCommerce).to.include.keys('registerMessages');
    });
  }

  it('says once in the console when a language pack cannot load, and stays in English', async () => {
    // A shop's CSP that lists the script's own address only, so its pack is refused.
    const csp = `script-src 'unsafe-inline' ${location.origin}/dist/sc-widgets.iife.js`;
    const frame = await openShop({ site: `no-pack-${Date.now()}`, count: '1', locale: 'nl', summary: '2', csp });
    const warnings = () => ((frame.contentWindow as any).warnings as string[]).filter((line) => line.includes('language pack'));
    await waitUntil(() => warnings().length, 'the failure was swallowed', { timeout: 8000 });
    await waitUntil(() => summaryText(frame).includes('No reviews yet'), 'the summary is not in English');
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.include('sc-widgets: the nl language pack did not load');
  });

  it('with data-consent="required", makes no request until the page consents', async () => {
    const { endpoint, site } = await newSite();
    const frame = await openShop({ endpoint, site, count: '5', consent: 'required' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await takeRequests()).to.deep.equal([]);
    (frame.contentWindow as any).SocialCommerce.consent(true);
    await allLoaded(frame, 5);
    expect(await takeRequests()).to.have.length(1);
  });
});
