import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/like-button/like-button.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { button, loaded, useFreshLocalAdapter } from '../support/fixtures.js';

describe('<sc-like-button> as a screen reader and a keyboard use it', () => {
  beforeEach(() => localStorage.clear());

  it('is a toggle button named "Like" with its count, not pressed, then pressed with one more', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1"></sc-like-button>`);
    await loaded(el);
    expect(await spokenTree()).to.deep.equal(['button "Like 0 likes" [not pressed]', 'status', 'alert']);
    button(el).click();
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'true', 'the like did not show');
    expect(await spokenTree()).to.deep.equal(['button "Like 1 like" [pressed]', 'status', 'alert']);
  });

  it('keeps its name with a compact look, the label said but not shown', async () => {
    useFreshLocalAdapter();
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sku-1" compact></sc-like-button>`);
    await loaded(el);
    expect(await spokenTree()).to.deep.equal(['button "Like 0 likes" [not pressed]', 'status', 'alert']);
  });

  it('is one Tab stop that Space and Enter toggle, keeping the focus', async () => {
    useFreshLocalAdapter();
    const page = await fixture(html`<div><button>before</button><sc-like-button product-id="sku-1"></sc-like-button><button>after</button></div>`);
    const el = page.querySelector<ScLikeButton>('sc-like-button')!;
    const [before, after] = page.querySelectorAll(':scope > button');
    await loaded(el);
    (before as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button(el));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'true', 'Space did not like');
    expect(deepActiveElement()).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'false', 'Enter did not unlike');
    expect(deepActiveElement()).to.equal(button(el));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'the status and alert are not Tab stops').to.equal(after);
  });
});
