import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/share-button/share-button.js';
import type { ScShareButton } from '../../src/components/share-button/share-button.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { newSite, takeRequests } from '../support/api.js';
import { alertText, part, statusText, useFreshLocalAdapter } from '../support/fixtures.js';

const trigger = (el: ScShareButton) => part(el, 'base') as HTMLButtonElement;
const items = (el: ScShareButton) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')];
const item = (el: ScShareButton, network: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-network=${network}]`)!;
const focused = (el: ScShareButton) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.network ?? el.shadowRoot!.activeElement?.getAttribute('part');
const expanded = (el: ScShareButton) => trigger(el).getAttribute('aria-expanded');

/** Replaces a navigator member for one test; returns the function that puts it back. */
function stubNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => delete (navigator as unknown as Record<string, unknown>)[name];
}

/** Opens the menu from the keyboard and waits until it shows. */
async function openWith(el: ScShareButton, key: string) {
  trigger(el).focus();
  await sendKeys({ press: key });
  await waitUntil(() => items(el).length && el.shadowRoot!.activeElement !== trigger(el), `${key} did not open the menu`);
}

describe('<sc-share-button>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => expect('share' in navigator, 'a test left navigator.share stubbed').to.be.false);

  it('is a menu button where the device has no share sheet, and passes axe closed and open', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button product-id="sku-1"></sc-share-button>`);
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(expanded(el)).to.equal('false');
    expect(trigger(el).textContent).to.contain('Share');
    await expect(el).to.be.accessible();
    await openWith(el, 'Enter');
    expect(expanded(el)).to.equal('true');
    expect(items(el).map((menuItem) => menuItem.textContent!.trim())).to.deep.equal([
      'Copy link', 'E-mail', 'WhatsApp', 'X', 'Facebook', 'LinkedIn', 'Pinterest', 'Telegram', 'LINE', 'Weibo',
    ]);
    expect(el.shadowRoot!.querySelector('[role=menu]')!.getAttribute('aria-labelledby')).to.equal(trigger(el).id);
    await expect(el).to.be.accessible();
  });

  it('shows each network\'s icon beside its name, hidden from screen readers, in the text\'s colour, loaded when the menu first opens', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button menu></sc-share-button>`);
    await openWith(el, 'Enter');
    await waitUntil(() => items(el).every((menuItem) => menuItem.querySelector('[part=item-icon] path')), 'the icons never came');
    for (const menuItem of items(el)) {
      const icon = menuItem.querySelector('[part=item-icon]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const path = icon.querySelector('path')!;
      const { color } = getComputedStyle(menuItem);
      // A mark is filled with the text's colour, a line icon stroked with it.
      expect([getComputedStyle(path).fill, getComputedStyle(path).stroke]).to.include(color);
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(10);
    }
    expect(item(el, 'whatsapp').querySelector('path')!.classList.contains('mark')).to.be.true;
    expect(items(el).map((menuItem) => menuItem.textContent!.trim())).to.include('WhatsApp');
    await expect(el).to.be.accessible();
  });

  it('works fully from the keyboard: Enter, Space and arrows open; arrows wrap; Home and End; Escape and Tab close', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button networks="copy email x"></sc-share-button><button>after</button>`);
    await openWith(el, 'Enter');
    expect(focused(el)).to.equal('copy');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('email');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'ArrowDown wraps to the first').to.equal('copy');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'ArrowUp wraps to the last').to.equal('x');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('copy');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('x');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(el.shadowRoot!.activeElement, 'Escape returns focus to the button').to.equal(trigger(el));

    await openWith(el, 'ArrowUp');
    expect(focused(el), 'ArrowUp opens on the last item').to.equal('x');
    await sendKeys({ press: 'Escape' });
    await openWith(el, 'ArrowDown');
    expect(focused(el)).to.equal('copy');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(expanded(el), 'Tab closes').to.equal('false');
    expect(el.shadowRoot!.activeElement).to.not.be.oneOf(items(el));

    await openWith(el, 'Space');
    expect(focused(el)).to.equal('copy');
  });

  it('closes on a click outside, on its release (a press can still be taken back: WCAG 2.5.2), and keeps doing so after being moved', async () => {
    useFreshLocalAdapter();
    const host = await fixture<HTMLDivElement>(html`<div><p>elsewhere</p><section></section><sc-share-button></sc-share-button></div>`);
    const el = host.querySelector('sc-share-button')!;
    host.querySelector('section')!.append(el);
    trigger(el).click();
    await waitUntil(() => expanded(el) === 'true');
    const outside = host.querySelector('p')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(outside.left + 5), Math.round(outside.top + 5)] });
    await sendMouse({ type: 'down' });
    await el.updateComplete;
    expect(expanded(el), 'a press outside, not yet released').to.equal('true');
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    trigger(el).click();
    await waitUntil(() => expanded(el) === 'true');
    item(el, 'copy').parentElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(expanded(el), 'a click inside keeps it open').to.equal('true');
  });

  it('links each network to its share page, with UTM parameters, opened apart (noopener)', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(
      html`<sc-share-button url="/products/linen?colour=sand" share-title="Linen shirt" text="Look at this" image="/img/linen.jpg" utm-campaign="spring"></sc-share-button>`,
    );
    await openWith(el, 'Enter');
    const page = (network: string) => `${location.origin}/products/linen?colour=sand&utm_source=${network}&utm_medium=social&utm_campaign=spring`;
    const e = encodeURIComponent;
    const expected: Record<string, string> = {
      email: `mailto:?subject=Linen%20shirt&body=${e(`Look at this ${page('email')}`)}`,
      whatsapp: `https://wa.me/?text=${e(`Look at this ${page('whatsapp')}`)}`,
      x: `https://x.com/intent/tweet?text=Linen%20shirt&url=${e(page('x'))}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${e(page('facebook'))}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${e(page('linkedin'))}`,
      pinterest: `https://pinterest.com/pin/create/button/?url=${e(page('pinterest'))}&media=${e(`${location.origin}/img/linen.jpg`)}&description=Linen%20shirt`,
      telegram: `https://t.me/share/url?url=${e(page('telegram'))}&text=Linen%20shirt`,
      line: `https://social-plugins.line.me/lineit/share?url=${e(page('line'))}`,
      weibo: `https://service.weibo.com/share/share.php?url=${e(page('weibo'))}&title=Linen%20shirt&pic=${e(`${location.origin}/img/linen.jpg`)}`,
    };
    for (const [network, href] of Object.entries(expected)) {
      const link = item(el, network);
      expect(link.getAttribute('href'), network).to.equal(href);
      expect(link.rel, network).to.equal('noopener noreferrer');
      expect(link.target, network).to.equal(network === 'email' ? '_self' : '_blank');
    }
  });

  it('chooses and orders its networks, and shares without UTM parameters with no-utm', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button networks="telegram nope copy" url="https://shop.example/p" no-utm></sc-share-button>`);
    await openWith(el, 'Enter');
    expect(items(el).map((menuItem) => menuItem.dataset.network)).to.deep.equal(['telegram', 'copy']);
    expect(item(el, 'telegram').getAttribute('href')).to.equal('https://t.me/share/url?url=https%3A%2F%2Fshop.example%2Fp&text=' + encodeURIComponent(document.title));
  });

  it('shares a page-relative url only over http(s): a javascript: url shares the page instead', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button url="javascript:alert(1)" networks="facebook" no-utm></sc-share-button>`);
    await openWith(el, 'Enter');
    expect(item(el, 'facebook').getAttribute('href')).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(location.href)}`);
  });

  it('uses the device share sheet where there is one, and fires sc-share once it closed', async () => {
    useFreshLocalAdapter();
    const shared: ShareData[] = [];
    const restore = [stubNavigator('share', async (data: ShareData) => void shared.push(data)), stubNavigator('canShare', () => true)];
    try {
      const el = await fixture<ScShareButton>(html`<sc-share-button product-id="sku-1" url="https://shop.example/p" share-title="Shirt"></sc-share-button>`);
      expect(trigger(el).hasAttribute('aria-haspopup'), 'a plain button, no menu').to.be.false;
      const event = oneEvent(el, 'sc-share');
      trigger(el).click();
      const url = 'https://shop.example/p?utm_source=native&utm_medium=social&utm_campaign=share';
      expect((await event).detail).to.deep.equal({ network: 'native', url, productId: 'sku-1' });
      expect(shared).to.deep.equal([{ url, title: 'Shirt', text: '' }]);
      expect(items(el)).to.have.length(0);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('fires nothing when the person closes the share sheet, and opens the menu when the browser refuses it or with menu', async () => {
    useFreshLocalAdapter();
    let failure = 'AbortError';
    const restore = [stubNavigator('share', async () => Promise.reject(new DOMException('no', failure))), stubNavigator('canShare', () => true)];
    try {
      const el = await fixture<ScShareButton>(html`<sc-share-button></sc-share-button>`);
      let events = 0;
      el.addEventListener('sc-share', () => events++);
      trigger(el).click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([events, items(el).length]).to.deep.equal([0, 0]);
      failure = 'NotAllowedError';
      trigger(el).click();
      await waitUntil(() => items(el).length, 'no menu after the share sheet failed');
      const forced = await fixture<ScShareButton>(html`<sc-share-button menu></sc-share-button>`);
      expect(trigger(forced).getAttribute('aria-haspopup')).to.equal('menu');
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('copies the link and announces it in role=status, and fires sc-share', async () => {
    useFreshLocalAdapter();
    const copied: string[] = [];
    const restore = stubNavigator('clipboard', { writeText: async (text: string) => void copied.push(text) });
    try {
      const el = await fixture<ScShareButton>(html`<sc-share-button product-id="sku-9" url="https://shop.example/p"></sc-share-button>`);
      await openWith(el, 'Enter');
      const event = oneEvent(el, 'sc-share');
      await sendKeys({ press: 'Enter' });
      const url = 'https://shop.example/p?utm_source=copy&utm_medium=social&utm_campaign=share';
      expect((await event).detail).to.deep.equal({ network: 'copy', url, productId: 'sku-9' });
      await el.updateComplete;
      expect(copied).to.deep.equal([url]);
      expect(statusText(el)).to.equal('Link copied');
      expect(expanded(el)).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    } finally {
      restore();
    }
  });

  it('falls back to copying a selection without the clipboard API, and announces a failure in role=alert', async () => {
    useFreshLocalAdapter();
    const restore = stubNavigator('clipboard', undefined);
    const execCommand = document.execCommand;
    let copies = 0;
    let works = true;
    document.execCommand = (command: string) => (command === 'copy' && copies++, works);
    try {
      const el = await fixture<ScShareButton>(html`<sc-share-button networks="copy"></sc-share-button>`);
      await openWith(el, 'Enter');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusText(el) === 'Link copied', 'the fallback did not copy');
      expect(copies).to.equal(1);
      works = false;
      const error = oneEvent(el, 'sc-error');
      await openWith(el, 'Enter');
      await sendKeys({ press: 'Enter' });
      expect((await error).detail).to.deep.equal({ code: 'unsupported', message: 'Could not copy the link' });
      await el.updateComplete;
      expect(alertText(el)).to.equal('Could not copy the link');
      expect(statusText(el)).to.equal('');
    } finally {
      document.execCommand = execCommand;
      restore();
    }
  });

  it('stops a share the page cancels in sc-before-share: no copy, network page, share sheet or sc-share', async () => {
    useFreshLocalAdapter();
    const copied: string[] = [];
    const sheets: ShareData[] = [];
    const restore = [stubNavigator('clipboard', { writeText: async (text: string) => void copied.push(text) })];
    try {
      const el = await fixture<ScShareButton>(html`<sc-share-button product-id="sku-3" url="https://shop.example/p" networks="copy whatsapp"></sc-share-button>`);
      const asked: string[] = [];
      const shared: unknown[] = [];
      el.addEventListener('sc-before-share', (event) => (asked.push(event.detail.network), event.preventDefault()));
      el.addEventListener('sc-share', (event) => shared.push(event.detail));
      // Whether the widget left the link to open, seen after its own handler; the test page stays either way.
      const linkWouldOpen: boolean[] = [];
      el.addEventListener('click', (event) => (linkWouldOpen.push(!event.defaultPrevented), event.preventDefault()));
      await openWith(el, 'Enter');
      item(el, 'copy').click();
      await openWith(el, 'Enter');
      item(el, 'whatsapp').click();
      await el.updateComplete;
      expect(linkWouldOpen.at(-1)).to.equal(false);
      restore.push(stubNavigator('share', async (data: ShareData) => void sheets.push(data)), stubNavigator('canShare', () => true));
      trigger(el).click();
      await el.updateComplete;
      expect(asked).to.deep.equal(['copy', 'whatsapp', 'native']);
      expect(copied).to.deep.equal([]);
      expect(sheets).to.deep.equal([]);
      expect(shared).to.deep.equal([]);
      expect(expanded(el)).to.equal('false');
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('fires sc-share when a network is chosen, with the link it shares', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button product-id="sku-2" url="https://shop.example/p" networks="whatsapp"></sc-share-button>`);
    // The test page stays: the link would open a tab.
    el.addEventListener('click', (event) => event.preventDefault());
    await openWith(el, 'Enter');
    const event = oneEvent(el, 'sc-share');
    item(el, 'whatsapp').click();
    expect((await event).detail).to.deep.equal({
      network: 'whatsapp',
      url: 'https://shop.example/p?utm_source=whatsapp&utm_medium=social&utm_campaign=share',
      productId: 'sku-2',
    });
  });

  it('on the real server: reads every count on the page in one request, nothing else before a click, and counts a share', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site }), site, locale: undefined, userToken: undefined });
    await takeRequests();
    const host = await fixture<HTMLDivElement>(html`<div>
      <sc-share-button product-id="p1" show-count networks="copy"></sc-share-button>
      <sc-share-button product-id="p2" show-count></sc-share-button>
      <sc-share-button product-id="p1" show-count></sc-share-button>
      <sc-share-button product-id="p3"></sc-share-button>
    </div>`);
    const [first, , twin] = host.querySelectorAll('sc-share-button');
    // Nothing counted yet: no "0" shown, said to screen readers.
    const uncounted = (el: Element) => part(el, 'base').classList.contains('uncounted') && el.shadowRoot!.textContent!.includes('0 shares');
    await waitUntil(() => uncounted(first) && uncounted(twin), 'the counts never loaded');
    expect(part(first, 'count').textContent).to.equal('');
    const reads = await takeRequests();
    expect(reads, 'one request for every count').to.have.length(1);
    const read = new URL(reads[0].replace(/^GET /, ''), location.origin);
    // In the order the buttons came near the viewport, each product once.
    expect([read.pathname, read.searchParams.getAll('ids').sort()]).to.deep.equal([`/v1/sites/${site}/shares`, ['p1', 'p2']]);
    const restore = stubNavigator('clipboard', { writeText: async () => undefined });
    try {
      await openWith(first, 'Enter');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(twin, 'count').textContent === '1', 'the share was not counted');
      expect(twin.shadowRoot!.textContent).to.contain('1 share');
      expect(await takeRequests()).to.deep.equal([`POST /v1/sites/${site}/visitors`, `POST /v1/sites/${site}/shares/p1`]);
    } finally {
      restore();
    }
  });

  it('shows the count of whichever product product-id names, when it or show-count change later', async () => {
    const counts: Record<string, number> = { a: 3, b: 1234 };
    configure({
      adapter: { likes: { read: async () => ({}), set: async () => ({ count: 0, liked: false }) }, shares: { read: async (ids) => Object.fromEntries(ids.map((id) => [id, { count: counts[id] }])), record: async () => ({ count: 0 }) } },
      site: 'share-counts',
      locale: undefined,
    });
    const el = await fixture<ScShareButton>(html`<sc-share-button product-id="a"></sc-share-button>`);
    expect(el.shadowRoot!.querySelector('[part=count]')).to.equal(null);
    el.showCount = true;
    await waitUntil(() => part(el, 'count')?.textContent === '3', 'no count after show-count');
    el.setAttribute('product-id', 'b');
    await waitUntil(() => part(el, 'count').textContent === '1.2K', 'no count for the new product');
    el.lang = 'fr';
    await el.updateComplete;
    expect(part(el, 'count').textContent!.replace(/\s/g, ' ')).to.equal('1,2 k');
    expect(el.shadowRoot!.textContent).to.contain('1 234 partages'.replace(' ', '\u202f'));
  });

  it('reserves its size before the count arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    configure({
      adapter: { likes: { read: async () => ({}), set: async () => ({ count: 0, liked: false }) }, shares: { read: async (ids) => (await gate, Object.fromEntries(ids.map((id) => [id, { count: 987 }]))), record: async () => ({ count: 0 }) } },
      site: 'share-reserve',
    });
    const el = await fixture<ScShareButton>(html`<sc-share-button product-id="r" show-count></sc-share-button>`);
    const before = el.getBoundingClientRect();
    release();
    await waitUntil(() => part(el, 'count').textContent === '987');
    const after = el.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
  });

  it('speaks Dutch, French and Chinese, following lang and configure({ locale })', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button lang="nl"></sc-share-button>`);
    expect(part(el, 'label').textContent).to.equal('Delen');
    await openWith(el, 'Enter');
    expect(item(el, 'copy').textContent).to.equal('Link kopiëren');
    el.lang = 'fr';
    await el.updateComplete;
    expect(item(el, 'copy').textContent).to.equal('Copier le lien');
    el.removeAttribute('lang');
    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('分享');
    expect(item(el, 'weibo').textContent).to.equal('微博');
    configure({ locale: undefined });
  });

  it('takes a label, a compact look, parts and custom properties, in light and dark', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button label="Share the shirt" compact></sc-share-button>`);
    expect(part(el, 'label').textContent).to.equal('Share the shirt');
    expect(part(el, 'label').classList.contains('sr-only')).to.be.true;
    await openWith(el, 'Enter');
    const menu = part(el, 'menu');
    el.style.colorScheme = 'light';
    expect(getComputedStyle(menu).backgroundColor).to.equal('rgb(255, 255, 255)');
    el.style.colorScheme = 'dark';
    expect(getComputedStyle(menu).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    el.style.setProperty('--sc-share-menu-background', 'rgb(0, 128, 0)');
    expect(getComputedStyle(menu).backgroundColor).to.equal('rgb(0, 128, 0)');
    el.style.setProperty('--sc-share-height', '40px');
    expect(trigger(el).getBoundingClientRect().height).to.equal(40);
    for (const name of ['base', 'icon', 'label', 'menu', 'item', 'message']) expect(part(el, name), name).to.exist;
    await expect(el).to.be.accessible();
  });
});
