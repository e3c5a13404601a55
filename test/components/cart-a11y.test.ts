import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/cart/cart.js';
import type { ScCart } from '../../src/components/cart/cart.component.js';
import { addToCart } from '../../src/stores/cart.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { useLocalShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const panel = (el: ScCart) => root(el).querySelector('sc-cart-panel')!;
const inPanel = (el: ScCart, selector: string) => root(panel(el)).querySelector<HTMLElement>(selector)!;
const named = (el: ScCart, name: string) => inPanel(el, `[aria-label="${name}"]`);
const status = (el: ScCart) => inPanel(el, '[role=status]');
const badge = (el: ScCart) => root(el).querySelector('[part=badge]')!.textContent;

/** A cart holding a bouquet and two tees, its panel opened by keyboard. */
async function openedCart(): Promise<ScCart> {
  useLocalShop();
  const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
  await addToCart({ productId: 'tulips', variantId: 'tulips-1', quantity: 1 });
  await addToCart({ productId: 'tee', variantId: 'tee-l', quantity: 2 });
  await waitUntil(() => badge(el) === '3', 'no count');
  root(el).querySelector<HTMLElement>('[part=button]')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => panel(el)?.shadowRoot?.querySelector('[part=subtotal] strong')?.textContent, 'the cart never opened');
  await waitUntil(() => named(el, 'Remove from cart: Linen tee'), 'the products never loaded');
  return el;
}

/** What a screen reader hears of `<sc-cart>`, and its keyboard use. */
describe('<sc-cart> accessibility tree and keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('says the count on its button, and its open panel without extra landmarks', async () => {
    useLocalShop();
    const closed = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart({ productId: 'tulips', variantId: 'tulips-1', quantity: 1 });
    await waitUntil(() => badge(closed) === '1', 'no count');
    expect(await spokenTree()).to.deep.equal(['button "Cart, 1 item"']);
    closed.remove();
    await openedCart();
    // The modal panel makes the rest of the page inert: the cart's button is not heard.
    expect(await spokenTree()).to.deep.equal([
      'dialog "Your cart" [modal]',
      '  heading "Your cart"',
      '  button "Close" [focused]',
      '  button "One less: Tulip bouquet"',
      '  spinbutton "Quantity: Tulip bouquet"',
      '  button "One more: Tulip bouquet"',
      '  button "Remove from cart: Tulip bouquet"',
      '  button "One less: Linen tee"',
      '  spinbutton "Quantity: Linen tee"',
      '  button "One more: Linen tee"',
      '  button "Remove from cart: Linen tee"',
      '  textbox "Coupon code (optional)"',
      '  button "Check out"',
      '  status',
    ]);
  });

  it('by keyboard: says each new quantity and what was removed, in one status, focus staying in the panel', async () => {
    const el = await openedCart();
    expect(deepActiveElement()).to.equal(root(el).querySelector('[part=close]'));
    const said = status(el);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(named(el, 'One less: Tulip bouquet'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(named(el, 'One more: Tulip bouquet'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === '2 in cart: Tulip bouquet', '+ said nothing');
    expect(deepActiveElement()).to.equal(named(el, 'One more: Tulip bouquet'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(named(el, 'Quantity: Tulip bouquet'));
    await sendKeys({ press: 'ArrowUp' }); // 3, said once the field is left
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => status(el).textContent === '3 in cart: Tulip bouquet', 'a typed quantity said nothing');
    expect(deepActiveElement()).to.equal(named(el, 'One less: Tulip bouquet'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === '2 in cart: Tulip bouquet', '− said nothing');
    expect(deepActiveElement()).to.equal(named(el, 'One less: Tulip bouquet'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(named(el, 'Remove from cart: Tulip bouquet'));
    const pressed = deepActiveElement();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === 'Removed from cart: Tulip bouquet', 'Remove said nothing');
    await waitUntil(() => badge(el) === '2', 'not removed');
    // Focus goes to the next line's remove button: another element, so that a screen reader says it
    // (not the pressed button renamed in place, which is not heard).
    expect(deepActiveElement()).to.equal(named(el, 'Remove from cart: Linen tee'));
    expect(deepActiveElement() === pressed, 'focus moved to another button').to.equal(false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === 'Removed from cart: Linen tee', 'the last Remove said nothing');
    // None left: focus stays in the dialog, on its close button.
    expect(deepActiveElement()).to.equal(root(el).querySelector('[part=close]'));
    expect(status(el)).to.equal(said); // one status, updated rather than replaced
    expect(await spokenTree()).to.deep.equal([
      'dialog "Your cart" [modal]',
      '  heading "Your cart"',
      '  button "Close" [focused]',
      '  textbox "Coupon code (optional)"',
      '  button "Check out" [disabled]',
      '  status',
      '    text "Removed from cart: Linen tee"',
    ]);
  });

  it('says changes in the cart’s language, the product after its colon', async () => {
    const el = await openedCart();
    const said: string[] = [];
    for (const lang of ['fr', 'nl', 'zh-CN']) {
      const removeName = () => panel(el).shadowRoot!.querySelector('[part=remove]')!.getAttribute('aria-label');
      const before = removeName();
      el.lang = lang;
      await waitUntil(() => removeName() !== before, `not in ${lang}`);
      inPanel(el, '[part=line] button:nth-of-type(2)').click(); // one more bouquet
      await panel(el).updateComplete;
      said.push(status(el).textContent!);
    }
    inPanel(el, '[part=remove]').click();
    await panel(el).updateComplete;
    said.push(status(el).textContent!);
    expect(said).to.deep.equal(['2 dans votre panier\u202F: Tulip bouquet', '3 in je winkelwagen: Tulip bouquet', '购物车中 4 件：Tulip bouquet', '已从购物车移除：Tulip bouquet']);
  });

  it('after removing the last line of several, focus goes to the line before it', async () => {
    const el = await openedCart();
    named(el, 'Remove from cart: Linen tee').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => badge(el) === '1', 'not removed');
    await panel(el).updateComplete;
    expect(deepActiveElement()).to.equal(named(el, 'Remove from cart: Tulip bouquet'));
  });
});
