import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/share-button/share-button.js';
import type { ScShareButton } from '../../src/components/share-button/share-button.component.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { useFreshLocalAdapter } from '../support/fixtures.js';

const trigger = (el: ScShareButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=base]')!;
const shiftTab = async () => (await sendKeys({ down: 'Shift' }), await sendKeys({ press: 'Tab' }), await sendKeys({ up: 'Shift' }));
const item = (el: ScShareButton, network: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-network=${network}]`)!;

/** A share button between two page buttons, its menu opened from the keyboard. */
async function openMenu(networks?: string) {
  useFreshLocalAdapter();
  const page = await fixture(html`<div><button>before</button><sc-share-button networks=${networks ?? ''}></sc-share-button><button>after</button></div>`);
  const el = page.querySelector<ScShareButton>('sc-share-button')!;
  if (!networks) el.removeAttribute('networks');
  trigger(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'menuitem', 'Enter did not open the menu');
  return { el, before: page.querySelector('button')!, after: page.querySelector('button:last-child')! };
}

describe('<sc-share-button> as a screen reader and a keyboard use it', () => {
  it('is a collapsed menu button, then a menu of its networks with the first focused', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScShareButton>(html`<sc-share-button networks="copy email x"></sc-share-button>`);
    expect(await spokenTree()).to.deep.equal(['button "Share" [not expanded]', 'status', 'alert']);
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === item(el, 'copy'), 'the menu did not open on its first item');
    expect(await spokenTree()).to.deep.equal([
      'button "Share" [expanded]',
      'menu "Share"',
      '  menuitem "Copy link" [focused]',
      '  menuitem "E-mail"',
      '  menuitem "X"',
      'status',
      'alert',
    ]);
  });

  it('leaves the menu with one Tab, closed, for what follows the button; Shift+Tab for what precedes it', async () => {
    const { el, before, after } = await openMenu('copy email x');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(item(el, 'email'));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(deepActiveElement(), 'one Tab goes past the share button').to.equal(after);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await shiftTab();
    expect(deepActiveElement()).to.equal(trigger(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === item(el, 'copy'), 'the menu did not open again');
    await shiftTab();
    await el.updateComplete;
    expect(deepActiveElement(), 'one Shift+Tab goes before the share button').to.equal(before);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('moves to the next item starting with a typed letter, wrapping round', async () => {
    const { el } = await openMenu();
    const focusedItem = () => (deepActiveElement() as HTMLElement | null)?.dataset.network;
    expect(focusedItem()).to.equal('copy');
    await sendKeys({ press: 'l' });
    expect(focusedItem()).to.equal('linkedin');
    await sendKeys({ press: 'L' });
    expect(focusedItem()).to.equal('line');
    await sendKeys({ press: 'l' });
    expect(focusedItem(), 'wraps round to the first match').to.equal('linkedin');
    await sendKeys({ press: 'w' });
    expect(focusedItem()).to.equal('weibo');
    await sendKeys({ press: 'w' });
    expect(focusedItem()).to.equal('whatsapp');
    await sendKeys({ press: 'q' });
    expect(focusedItem(), 'a letter no item starts with keeps the focus').to.equal('whatsapp');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
  });
});
