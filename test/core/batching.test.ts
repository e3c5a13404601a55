import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { newSite, takeRequests } from '../support/api.js';
import { loaded, useFreshLocalAdapter } from '../support/fixtures.js';

const grid = (ids: string[]) =>
  fixture(html`<div style="display: grid; grid-template-columns: repeat(20, 1fr); font-size: 4px">
    ${ids.map((id) => html`<sc-like-button product-id=${id} compact></sc-like-button>`)}
  </div>`);

const ids = Array.from({ length: 200 }, (_, i) => `sku-${i % 150}`); // 150 products, 50 shown twice

describe('batched reads', () => {
  beforeEach(() => localStorage.clear());

  it('turns 200 buttons into one adapter call, asking for each product once', async () => {
    const { reads } = useFreshLocalAdapter();
    const el = await grid(ids);
    await Promise.all([...el.querySelectorAll('sc-like-button')].map(loaded));
    expect(reads.length).to.equal(1);
    expect(reads[0].length).to.equal(150);
    expect(new Set(reads[0]).size).to.equal(150);
  });

  it('turns 200 buttons into one HTTP request to the server', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site }), site });
    await takeRequests();
    const el = await grid(ids);
    await Promise.all([...el.querySelectorAll('sc-like-button')].map(loaded));
    const requests = await takeRequests();
    expect(requests.length, requests.join('\n')).to.equal(1);
    const [method, path] = requests[0].split(' ');
    const url = new URL(path, location.origin);
    expect([method, url.pathname]).to.deep.equal(['GET', `/v1/sites/${site}/likes`]);
    expect(new Set(url.searchParams.getAll('ids'))).to.deep.equal(new Set(ids));
  });

  it('shares one store between buttons for the same product', async () => {
    const { reads } = useFreshLocalAdapter();
    const el = await grid(['same', 'same', 'same']);
    const buttons = [...el.querySelectorAll('sc-like-button')];
    await Promise.all(buttons.map(loaded));
    buttons[0].shadowRoot!.querySelector('button')!.click();
    await Promise.all(buttons.map((button) => button.updateComplete));
    expect(buttons.map((button) => button.shadowRoot!.querySelector('button')!.getAttribute('aria-pressed'))).to.deep.equal([
      'true',
      'true',
      'true',
    ]);
    expect(reads).to.deep.equal([['same']]);
  });
});
