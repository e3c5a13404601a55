import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/share-button/share-button.js';
import type { ScShareButton } from '../../src/components/share-button/share-button.component.js';
import { configure } from '../../src/core/config.js';
import { part, statusText } from '../support/fixtures.js';

const products = [
  { id: 'a', title: 'Red dress', description: '', images: ['/test/fixtures/red-dress.png'], variants: [] },
  { id: 'b', title: 'Blue dress', description: '', images: [], variants: [] },
  { id: 'c', title: 'Green dress', description: '', images: [], variants: [] },
];
const menuItem = (el: ScShareButton, network: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-network=${network}]`);

describe('<sc-share-button mode="ask">', () => {
  let restoreClipboard: () => void;
  beforeEach(() => {
    localStorage.clear();
    configure({ adapter: undefined, site: `ask-${Math.random()}`, locale: undefined });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    const catalog = Object.assign(document.createElement('script'), { type: 'application/json', text: JSON.stringify(products) });
    catalog.dataset.scCatalog = '';
    document.head.append(catalog);
    restoreClipboard = () => (catalog.remove(), delete (navigator as unknown as Record<string, unknown>).clipboard);
  });
  afterEach(() => restoreClipboard());

  it('says "Link copied" only beside the button whose link the clipboard holds', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <sc-share-button product-id="a" menu></sc-share-button>
      <sc-share-button mode="ask" product-ids="a b" menu></sc-share-button>
    </div>`);
    const [share, asker] = page.querySelectorAll('sc-share-button');
    part(share, 'base').click();
    await waitUntil(() => menuItem(share, 'copy'), 'no menu');
    menuItem(share, 'copy')!.click();
    await waitUntil(() => statusText(share) === 'Link copied', 'the share button did not say it copied');
    part(asker, 'base').click();
    await waitUntil(() => menuItem(asker, 'copy'), 'no menu after the ask');
    menuItem(asker, 'copy')!.click();
    await waitUntil(() => statusText(asker) === 'Link copied', 'the ask button did not say it copied');
    await share.updateComplete;
    expect(statusText(share)).to.equal('');
  });

  it('shows the votes in a disclosure over the page, which pushes nothing down', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <sc-share-button mode="ask" product-ids="a b" menu></sc-share-button>
      <p>The reviews</p>
    </div>`);
    const asker = page.querySelector('sc-share-button')!;
    const next = page.querySelector('p')!;
    const top = next.getBoundingClientRect().top;
    part(asker, 'base').click();
    await waitUntil(() => menuItem(asker, 'copy'), 'no menu after the ask');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(asker, 'votes'), 'no way to see the votes');
    const toggle = part(asker, 'votes');
    const results = asker.shadowRoot!.querySelector('sc-poll')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(results.id);
    expect(results.hidden).to.be.true;
    await waitUntil(() => toggle.textContent!.trim() === 'See the votes (0)', `the toggle says ${toggle.textContent}`);
    toggle.click();
    await asker.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(results.hidden).to.be.false;
    await waitUntil(() => results.shadowRoot?.querySelector('[part=tally]'), 'the votes never showed');
    expect(results.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(next.getBoundingClientRect().top, 'the page moved').to.equal(top);
    await expect(asker).to.be.accessible();
    // Escape closes it and leaves the focus on its button.
    toggle.focus();
    await sendKeys({ press: 'Escape' });
    await asker.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(asker.shadowRoot!.activeElement).to.equal(toggle);
    // As the menu, a click elsewhere closes it.
    toggle.click();
    await asker.updateComplete;
    expect(results.hidden).to.be.false;
    next.click();
    await asker.updateComplete;
    expect(results.hidden).to.be.true;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shares the ask\'s own question, not the page\'s title, and its first product\'s picture', async () => {
    document.title = 'The page title';
    const asker = await fixture<ScShareButton>(html`<sc-share-button mode="ask" product-ids="a b c" networks="x telegram email whatsapp pinterest" menu></sc-share-button>`);
    part(asker, 'base').click();
    const question = 'Which one should I get: Red dress, Blue dress, or Green dress?';
    const shared = (network: string, name: string) => new URL(menuItem(asker, network)?.getAttribute('href') ?? 'x:').searchParams.get(name);
    await waitUntil(() => shared('x', 'text') === question, 'X did not share the question', { timeout: 4000 }).catch((e) => { throw new Error(`${e} ${shared('x', 'text')} ${asker.shadowRoot!.innerHTML.slice(0, 1500)}`); });
    expect(shared('telegram', 'text')).to.equal(question);
    expect(shared('email', 'subject')).to.equal(question);
    expect(shared('whatsapp', 'text')).to.match(/^Which one should I get: Red dress, Blue dress, or Green dress\? http/);
    expect(shared('pinterest', 'description')).to.equal(question);
    expect(shared('pinterest', 'media')).to.equal(new URL('/test/fixtures/red-dress.png', location.href).href);
  });

  it('asks in the page\'s language, with its own way of saying "or"', async () => {
    const asker = await fixture<ScShareButton>(html`<sc-share-button lang="nl" mode="ask" product-ids="a b" networks="x" menu></sc-share-button>`);
    part(asker, 'base').click();
    await waitUntil(() => new URL(menuItem(asker, 'x')?.getAttribute('href') ?? 'x:').searchParams.get('text') === 'Welke moet ik nemen: Red dress of Blue dress?', 'not asked in Dutch');
  });

  it('gives the device\'s share sheet the question too, on the first ask', async () => {
    const sheets: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void sheets.push(data), configurable: true });
    try {
      const asker = await fixture<ScShareButton>(html`<sc-share-button mode="ask" product-ids="b c"></sc-share-button>`);
      part(asker, 'base').click();
      await waitUntil(() => sheets.length, 'no share sheet');
      expect(sheets[0].title).to.equal('Which one should I get: Blue dress or Green dress?');
      expect(sheets[0].text).to.equal(sheets[0].title);
      expect(new URL(sheets[0].url!).searchParams.get('sc-poll')).to.match(/^ask_/);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
    }
  });
});
