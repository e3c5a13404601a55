import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/share-button/share-button.js';
import type { ScShareButton } from '../../src/components/share-button/share-button.component.js';
import { configure } from '../../src/core/config.js';
import { part, statusText } from '../support/fixtures.js';

const menuItem = (el: ScShareButton, network: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-network=${network}]`);

describe('<sc-share-button mode="ask">', () => {
  let restoreClipboard: () => void;
  beforeEach(() => {
    localStorage.clear();
    configure({ adapter: undefined, site: `ask-${Math.random()}`, locale: undefined });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    restoreClipboard = () => delete (navigator as unknown as Record<string, unknown>).clipboard;
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
});
