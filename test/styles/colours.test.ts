import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/buy-button/buy-button.js';
import '../../src/components/cart/cart.js';
import '../../src/components/cart/cart-panel.js';
import { addToCart } from '../../src/stores/cart.js';
import '../../src/components/rating-summary/rating-summary.js';
import '../../src/components/review-form/review-form.js';
import '../../src/components/review-thread/review-thread.js';
import '../../src/components/store/store.js';
import { LitElement } from 'lit';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { baseStyles } from '../../src/styles/base.styles.js';
import { pressedStyles } from '../../src/styles/pressed.styles.js';
import { forcedColors } from '../support/browser.js';
import { buyReady, shadowButton, useLocalShop } from '../support/shop.js';

/**
 * Colours as the widgets draw them, measured from computed styles: WCAG contrast (1.4.3,
 * 1.4.11) whatever accent a shop sets, on a light and a dark page, and what forced colours
 * (Windows' contrast themes, emulated through the DevTools protocol) leave distinct.
 */

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
/** A computed colour (any syntax: `color(xyz …)`, `oklch(…)`, translucent) as the screen shows it over `under`, in sRGB bytes. */
function srgb(color: string, under = '#fff'): number[] {
  for (const fill of [under, color]) {
    canvas.fillStyle = fill;
    canvas.fillRect(0, 0, 1, 1);
  }
  return [...canvas.getImageData(0, 0, 1, 1).data].slice(0, 3);
}
const luminance = (bytes: number[]) =>
  bytes
    .map((byte) => byte / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
/** WCAG's contrast ratio of `color` drawn on `background`, to two decimals. */
function contrast(color: string, background: string): number {
  const under = `rgb(${srgb(background).join(' ')})`;
  const [light, dark] = [luminance(srgb(color, under)), luminance(srgb(under))].sort((x, y) => y - x);
  return Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
}
/** The colour of a computed `box-shadow` (its first, with the offsets after it). */
const shadowColour = (shadow: string) => shadow.slice(0, shadow.search(/\)\s/) + 1);

const pages = { light: '#fff', dark: '#121212' } as const;
const accents = ['#c2185b', '#ffeb3b', '#1565c0', '#111', '#fff', undefined];

function onPage(scheme: keyof typeof pages, accent: string | undefined) {
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = pages[scheme];
  document.body.style.color = scheme === 'light' ? '#111' : '#eee';
  if (accent) document.documentElement.style.setProperty('--sc-color-accent', accent);
  else document.documentElement.style.removeProperty('--sc-color-accent');
}

describe('colours', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    await forcedColors('none');
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const accent of accents) {
      it(`${scheme} page, accent ${accent ?? 'default'}: filled buttons' text 4.5:1, focus ring 3:1 on the page and the button, accent text 4.5:1`, async () => {
        useLocalShop();
        onPage(scheme, accent);
        const buy = await fixture(html`<sc-buy-button product-id="tulips"></sc-buy-button>`);
        await buyReady(buy);
        const panel = await fixture(html`<sc-cart-panel></sc-cart-panel>`);
        await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        for (const button of [shadowButton(buy), shadowButton(panel, 'checkout')]) {
          const name = button.getAttribute('part');
          button.focus();
          const style = getComputedStyle(button);
          expect(contrast(style.color, style.backgroundColor), `${name}: text on its fill`).to.be.at.least(4.5);
          expect(contrast(style.outlineColor, pages[scheme]), `${name}: focus ring on the page`).to.be.at.least(3);
          const ring = Math.max(contrast(style.outlineColor, style.backgroundColor), contrast(shadowColour(style.boxShadow), style.backgroundColor));
          expect(ring, `${name}: focus ring on the button`).to.be.at.least(3);
        }
        // Accent-coloured text: a failure message, a pressed filter.
        const alert = buy.shadowRoot!.querySelector('[role=alert]')!;
        expect(contrast(getComputedStyle(alert).color, pages[scheme]), 'accent text on the page').to.be.at.least(4.5);
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} page: text fields' and selects' borders 3:1 on the page (1.4.11: the border is all that shows a field)`, async () => {
      // Reviewed: the thread shows its sort control.
      await reviewed('tee');
      onPage(scheme, undefined);
      const widgets = await fixture(html`<div>
        <sc-buy-button product-id="tee"></sc-buy-button>
        <sc-store></sc-store>
        <sc-review-thread product-id="tee"></sc-review-thread>
        <sc-review-form product-id="tee"></sc-review-form>
      </div>`);
      const fields = () => [...widgets.children].flatMap((widget) => [...widget.shadowRoot!.querySelectorAll('input:not([type=radio]), select, textarea')]);
      const kinds = () => new Set(fields().map((field) => field.getRootNode() as ShadowRoot).map((root) => root.host.localName));
      await waitUntil(() => kinds().size === 4, `fields shown only by ${[...kinds()].join(', ')}`);
      for (const field of fields()) {
        const where = `${(field.getRootNode() as ShadowRoot).host.localName} ${field.localName}`;
        expect(contrast(getComputedStyle(field).borderTopColor, pages[scheme]), where).to.be.at.least(3);
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} page: the cart badge's count 4.5:1 on the badge, whatever colour the shop gives it`, async () => {
      useLocalShop();
      onPage(scheme, undefined);
      const cart = await fixture(html`<sc-cart></sc-cart>`);
      await addToCart({ productId: 'tulips', variantId: 'tulips-1', quantity: 1 });
      await waitUntil(() => cart.shadowRoot!.querySelector('[part=badge]')?.textContent === '1', 'no count');
      const badge = cart.shadowRoot!.querySelector('[part=badge]')!;
      for (const colour of [undefined, ...accents]) {
        if (colour) (cart as HTMLElement).style.setProperty('--sc-cart-badge-color', colour);
        const style = getComputedStyle(badge);
        expect(contrast(style.color, style.backgroundColor), `badge ${colour ?? 'default'}`).to.be.at.least(4.5);
      }
    });
  }

  it('empty stars 3:1 on white, and outlined: filled ones differ by shape, not by hue alone (1.4.1)', async () => {
    onPage('light', undefined);
    await reviewed('tee');
    const el = await fixture(html`<sc-rating-summary product-id="tee" compact></sc-rating-summary>`);
    const stars = await waitForStars(el);
    expect(contrast(getComputedStyle(stars).stroke, '#fff')).to.be.at.least(3);
    expect(getComputedStyle(stars).fill).to.equal('none');
    expect(getComputedStyle(stars.querySelector('.filled')!).fill).not.to.equal('none');
  });

  it('in forced colours: filled and empty stars differ, pressed buttons in Highlight, buy buttons have a border', async () => {
    await reviewed('tee');
    await forcedColors('active');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const summary = await fixture(html`<sc-rating-summary product-id="tee" compact></sc-rating-summary>`);
    const stars = await waitForStars(summary);
    // Empty stars outlined under the filled ones: a theme's GrayText may be near its CanvasText.
    const filled = stars.querySelector('.filled')!;
    expect(getComputedStyle(stars).fill).to.equal('none');
    expect(getComputedStyle(filled).fill).not.to.equal('none');
    expect(getComputedStyle(stars).stroke).not.to.equal(getComputedStyle(filled).fill);
    // A pressed button (a histogram filter, "Helpful", a poll's choice) in Highlight, its text readable, not on a Canvas backplate.
    const sample = await fixture(html`<test-pressed-sample></test-pressed-sample>`);
    const [pressed, plain] = [...sample.shadowRoot!.querySelectorAll('button')].map((element) => getComputedStyle(element));
    expect(pressed!.backgroundColor).not.to.equal(plain!.backgroundColor);
    expect(pressed!.forcedColorAdjust).to.equal('none');
    expect(contrast(pressed!.color, pressed!.backgroundColor)).to.be.at.least(4.5);
    const buy = await fixture(html`<sc-buy-button product-id="tulips"></sc-buy-button>`);
    await buyReady(buy);
    const button = getComputedStyle(shadowButton(buy));
    expect([button.borderTopStyle, button.borderTopWidth]).to.deep.equal(['solid', '1px']);
    expect(contrast(button.borderTopColor, button.backgroundColor)).to.be.at.least(3);
  });

  it('a pressed button differs from the others by shape, not by colour alone (1.4.1): a histogram filter', async () => {
    const summary = await histogram('pressed-shape');
    const [first, second] = [...summary.shadowRoot!.querySelectorAll('button')];
    first!.click();
    await waitUntil(() => first!.getAttribute('aria-pressed') === 'true', 'the filter was not pressed');
    // What shows besides colours: widths, shadows' and lines' shapes, weight.
    const shape = (button: Element) => {
      const style = getComputedStyle(button);
      return [style.borderTopWidth, style.boxShadow.replace(/(rgba?|color|oklch|lab)\([^)]*\)/g, ''), style.fontWeight, style.textDecorationLine].join(' ');
    };
    expect(shape(first!)).not.to.equal(shape(second!));
  });

  it("in forced colours: the histogram's bars show their share, the pressed one's too", async () => {
    await forcedColors('active');
    const summary = await histogram('forced-bars');
    const page = getComputedStyle(document.body).backgroundColor;
    const bars = [...summary.shadowRoot!.querySelectorAll<HTMLElement>('.track')];
    const filled = bars.find((track) => parseFloat(getComputedStyle(track.querySelector('.fill')!).width) > 0)!;
    const fill = () => getComputedStyle(filled.querySelector('.fill')!).backgroundColor;
    expect(contrast(fill(), page), "a bar's fill on the page").to.be.at.least(3);
    expect(contrast(getComputedStyle(filled).borderTopColor, page), "its track's outline on the page").to.be.at.least(3);
    filled.closest('button')!.click();
    await waitUntil(() => filled.closest('button')!.getAttribute('aria-pressed') === 'true', 'the filter was not pressed');
    const pressed = getComputedStyle(filled.closest('button')!).backgroundColor;
    expect(contrast(fill(), pressed), "the pressed bar's fill on its button").to.be.at.least(3);
  });
});

/** A pressed and a plain button, styled as the widgets style pressed ones. */
class PressedSample extends LitElement {
  static override styles = [baseStyles, pressedStyles];
  override render() {
    return html`<button aria-pressed="true">Helpful (1)</button><button aria-pressed="false">Helpful (0)</button>`;
  }
}
customElements.define('test-pressed-sample', PressedSample);

/** A local shop where `productId` has two reviews (5 and 4 stars). */
async function reviewed(productId: string): Promise<void> {
  const { adapter } = useLocalShop();
  const reviews = await sectionOf(adapter, 'reviews');
  for (const rating of [5, 4] as const) await reviews.create(productId, { rating, title: '', text: 'Fine', author: 'Ana' }, randomKey());
}

/** A rating summary of a product with two reviews, its histogram shown (a product per test: the filter pressed is kept per product). */
async function histogram(productId: string): Promise<Element> {
  await reviewed(productId);
  const summary = await fixture(html`<sc-rating-summary product-id=${productId}></sc-rating-summary>`);
  await waitUntil(() => summary.shadowRoot!.querySelector('.fill'), 'no histogram');
  return summary;
}

async function waitForStars(el: Element): Promise<Element> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part=stars]'), 'no stars');
  return el.shadowRoot!.querySelector('[part=stars]')!;
}
