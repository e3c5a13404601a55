import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/like-button/like-button.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import { configure } from '../../src/core/config.js';
import { button, countText, loaded, part, useFreshLocalAdapter } from '../support/fixtures.js';

describe('<sc-like-button>', () => {
  beforeEach(() => localStorage.clear());

  it('renders a real toggle button with an accessible name and passes axe', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1"></sc-like-button>`);
    await loaded(el);
    const b = button(el);
    expect(b.form).to.equal(null); // in a shadow root, it can never submit the page's form
    expect(b.getAttribute('aria-pressed')).to.equal('false');
    expect(b.textContent).to.contain('Like');
    expect(b.textContent).to.contain('0 likes');
    expect(countText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('toggles on click, updates aria-pressed and fires sc-like-change once with the new count', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1"></sc-like-button>`);
    await loaded(el);
    const events: CustomEvent[] = [];
    el.addEventListener('sc-like-change', (event) => events.push(event));
    const bubbled = oneEvent(document, 'sc-like-change');
    button(el).click();
    const event = await bubbled;
    expect(event.detail).to.deep.equal({ productId: 'sku-1', liked: true, count: 1 });
    expect(event.composed).to.be.true;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(countText(el)).to.equal('1');
    button(el).click();
    await el.updateComplete;
    expect(events.map((e) => e.detail.liked)).to.deep.equal([true, false]);
    expect(countText(el)).to.equal('');
  });

  it('toggles with Enter and Space from the keyboard', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1"></sc-like-button>`);
    await loaded(el);
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('does nothing when a listener cancels sc-before-like', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1"></sc-like-button>`);
    await loaded(el);
    let changes = 0;
    el.addEventListener('sc-before-like', (event) => {
      expect(event.detail).to.deep.equal({ productId: 'sku-1', liked: true });
      event.preventDefault();
    });
    el.addEventListener('sc-like-change', () => changes++);
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(changes).to.equal(0);
  });

  it('fires no event when code sets product-id', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1"></sc-like-button>`);
    await loaded(el);
    let events = 0;
    el.addEventListener('sc-like-change', () => events++);
    el.productId = 'sku-2';
    await loaded(el);
    expect(events).to.equal(0);
  });

  it('shows the liked state of whichever product product-id names, when it changes later', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="a"></sc-like-button>`);
    await loaded(el);
    button(el).click();
    await el.updateComplete;
    el.setAttribute('product-id', 'b');
    await loaded(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    el.productId = 'a';
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps working when moved, removed and added again', async () => {
    useFreshLocalAdapter();
    const host = await fixture<HTMLDivElement>(html`<div><section></section><sc-like-button product-id="m"></sc-like-button></div>`);
    const el = host.querySelector('sc-like-button')!;
    await loaded(el);
    host.querySelector('section')!.append(el); // moved
    el.remove(); // removed, as a router does
    host.append(el); // and back
    await el.updateComplete;
    button(el).click();
    await el.updateComplete;
    expect(countText(el)).to.equal('1');
    // A second button for the same product, added later, shares the state.
    const twin = document.createElement('sc-like-button');
    twin.productId = 'm';
    host.append(twin);
    await loaded(twin);
    expect(button(twin).getAttribute('aria-pressed')).to.equal('true');
  });

  it('formats counts compactly for each locale', async () => {
    const counts = { 'big-1': 1234, 'big-2': 12345 };
    configure({
      adapter: {
        likes: {
          read: async (ids) => Object.fromEntries(ids.map((id) => [id, { count: counts[id as keyof typeof counts], liked: false }])),
          set: async () => ({ count: 0, liked: false }),
        },
      },
      site: 'formats',
      locale: undefined,
    });
    const shown = async (lang: string, id: keyof typeof counts) => {
      const el = await fixture<ScLikeButton>(html`<sc-like-button lang=${lang} product-id=${id}></sc-like-button>`);
      await loaded(el);
      return countText(el).replace(/\s/g, ' ');
    };
    expect(await shown('en', 'big-1')).to.equal('1.2K');
    expect(await shown('nl', 'big-1')).to.equal('1,2K');
    expect(await shown('fr', 'big-1')).to.equal('1,2 k');
    expect(await shown('zh-CN', 'big-2')).to.equal('1.2万');
  });

  it('translates its label and screen-reader count, following lang and configure({ locale })', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="x" lang="nl"></sc-like-button>`);
    await loaded(el);
    expect(part(el, 'label').textContent).to.equal('Vind ik leuk');
    el.lang = 'fr';
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('J’aime');
    expect(button(el).textContent).to.contain('0 mention J’aime');
    el.removeAttribute('lang');
    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('赞');
    configure({ locale: undefined });
  });

  it('takes a label that beats the translation, and a compact look that keeps it for screen readers', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="x" label="Like the red dress" compact></sc-like-button>`);
    await loaded(el);
    expect(part(el, 'label').textContent).to.equal('Like the red dress');
    expect(part(el, 'label').classList.contains('sr-only')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('with nothing counted shows no "0" and keeps the width it reserved, its room spread around icon and label', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    configure({
      adapter: { likes: { read: async (ids) => (await gate, Object.fromEntries(ids.map((id) => [id, { count: 0, liked: false }]))), set: async () => ({ count: 1, liked: true }) } },
      site: 'uncounted',
    });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="z"></sc-like-button>`);
    const before = el.getBoundingClientRect();
    release();
    await loaded(el);
    expect(countText(el)).to.equal('');
    expect(button(el).textContent).to.contain('0 likes');
    const after = el.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    const [icon, label] = [part(el, 'icon').getBoundingClientRect(), part(el, 'label').getBoundingClientRect()];
    expect(Math.round(icon.left - after.left)).to.equal(Math.round(after.right - label.right));
    button(el).click();
    await el.updateComplete;
    expect(countText(el)).to.equal('1');
  });

  it('reserves its size before the count arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    configure({
      adapter: {
        likes: {
          read: async (ids) => (await gate, Object.fromEntries(ids.map((id) => [id, { count: 1234, liked: false }]))),
          set: async () => ({ count: 0, liked: false }),
        },
      },
      site: 'reserve',
    });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="r"></sc-like-button>`);
    const before = el.getBoundingClientRect();
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    release();
    await loaded(el);
    const after = el.getBoundingClientRect();
    expect(countText(el)).to.equal('1.2K');
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
  });

  it('loads nothing while far below the fold, and loads when scrolled near', async () => {
    const { reads } = useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<div style="height: 500vh"></div><sc-like-button product-id="far"></sc-like-button>`);
    const far = el.parentElement!.querySelector('sc-like-button')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reads).to.deep.equal([]);
    far.scrollIntoView();
    await loaded(far);
    expect(reads).to.deep.equal([['far']]);
  });

  it('takes its accent from the color-scheme in force, and exposes parts and custom properties', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="t"></sc-like-button>`);
    await loaded(el);
    button(el).click();
    await el.updateComplete;
    // The default accent #d1242f (CIE lightness 46.5) as it is on a light page, lightened to 60 on a dark one.
    const lightness = () => Number(/^lch\(([\d.]+)/.exec(getComputedStyle(button(el)).color)?.[1]);
    el.style.colorScheme = 'light';
    expect(lightness()).to.be.closeTo(46.5, 0.1);
    el.style.colorScheme = 'dark';
    expect(lightness()).to.equal(60);
    el.style.setProperty('--sc-like-color', 'rgb(0, 128, 0)');
    expect(getComputedStyle(button(el)).color).to.equal('rgb(0, 128, 0)');
    for (const name of ['base', 'icon', 'label', 'count', 'message']) expect(part(el, name), name).to.exist;
  });

  it('shows an announced message and offers a retry when loading fails', async () => {
    let fail = true;
    configure({
      adapter: {
        likes: {
          read: async (ids) => {
            if (fail) throw new TypeError('Failed to fetch');
            return Object.fromEntries(ids.map((id) => [id, { count: 3, liked: false }]));
          },
          set: async () => ({ count: 0, liked: false }),
        },
      },
      site: 'load-fails',
    });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="f"></sc-like-button>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent!.includes('Could not load'), 'no failure message');
    fail = false;
    button(el).click();
    await loaded(el);
    expect(countText(el)).to.equal('3');
    expect(status.textContent).to.equal('');
  });
});
