import { expect, waitUntil } from '@open-wc/testing';
import { newMember, newSite } from '../support/api.js';
import { consoleApi, type ConsoleApi } from '../support/console-api.js';

/** demo/seller/coupons.js, the seller console's coupons section, mounted as the console's shell does and driven against the real server. */



// Plain JS without declarations: a computed specifier keeps TypeScript from asking for types.
const { mount } = (await import(new URL('../../demo/seller/coupons.js', import.meta.url).href)) as { mount(section: HTMLElement, api: ConsoleApi): Promise<void> };

const byLabel = (root: ParentNode, selector: string, name: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((element) => (element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent)?.trim() === name);

function fill(section: HTMLElement, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    const field = byLabel(section, 'input, select', label) as HTMLInputElement | HTMLSelectElement | undefined;
    if (!field) throw new Error(`no field labelled ${label}`);
    field.value = value;
  }
}

describe('demo/seller/coupons.js', () => {
  let section: HTMLElement;
  let status: HTMLElement;
  beforeEach(() => {
    status = Object.assign(document.createElement('p'), { role: 'status' });
    section = document.createElement('section');
    document.body.append(status, section);
  });
  afterEach(() => (status.remove(), section.remove()));

  it('starts a campaign, issues a code to hand out, counts its redemption and ends it', async () => {
    const { endpoint, site } = await newSite();
    const api = consoleApi(endpoint, site, await newMember({ site, name: 'Carolien', role: 'webcare team', scopes: ['catalog'] }), status);
    await mount(section, api);
    expect(section.querySelector('h2')!.textContent).to.equal('Coupons');
    expect(section.querySelectorAll('li.campaign')).to.have.length(0);

    fill(section, { 'Name shoppers see': 'Spring <b>sale</b>', Discount: 'amount', 'How much (percent, or the amount)': '5', 'Minimum order (empty: any)': '20', 'Days each coupon stays valid (empty: until the campaign ends)': '30' });
    byLabel(section, 'button', 'Start campaign')!.click();
    await waitUntil(() => section.querySelector('li.campaign'), 'not started');
    const item = () => section.querySelector<HTMLElement>('li.campaign')!;
    expect(document.activeElement).to.equal(item().querySelector('h3'));
    expect(item().querySelector('h3')!.textContent).to.equal('Spring <b>sale</b>');
    expect(item().querySelector('b')).to.equal(null, 'a name is text, never markup');
    expect(item().querySelector('.meta')!.textContent).to.match(/^€5\.00 off · orders of €20\.00 or more · each coupon valid 30 days · once per code$/);
    const [campaign] = (await api.send('GET', 'coupon-campaigns')).campaigns;
    expect([campaign.discount, campaign.minOrder, campaign.validDays, campaign.reward]).to.deep.equal([{ kind: 'amount', amount: { amount: 500, currency: 'EUR' } }, { amount: 2000, currency: 'EUR' }, 30, null]);

    byLabel(section, 'button', 'Issue a code of Spring <b>sale</b>')!.click();
    await waitUntil(() => section.querySelector('.issued:not([hidden]) code'), 'no code shown');
    const code = section.querySelector('.issued code')!.textContent!;
    expect(code).to.match(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){2}$/);
    expect(document.activeElement).to.equal(section.querySelector('.issued'));
    expect(status.textContent).to.equal(`Issued code ${code} of Spring <b>sale</b>.`);
    expect(item().querySelector('.counts')!.textContent).to.match(/^1 issued · 0 redeemed/);

    const till = consoleApi(endpoint, site, await newMember({ site, name: 'Kassa', role: 'shop floor', scopes: ['till'] }), status);
    await till.send('POST', `coupons/${code}/redemptions`, { orderTotal: { amount: 2500, currency: 'EUR' } });
    byLabel(section, 'button', 'End Spring <b>sale</b> now')!.click();
    await waitUntil(() => item().classList.contains('ended'), 'not ended');
    expect(item().querySelector('.counts')!.textContent).to.match(/^1 issued · 1 redeemed · ended /);
    expect(byLabel(section, 'button', 'Issue a code of Spring <b>sale</b>')).to.equal(undefined);
    expect(status.textContent).to.equal('Ended Spring <b>sale</b>: its coupons no longer apply.');
    await expect(section).to.be.accessible();
  });

  it('says why a second reward campaign is refused, keeping what was typed', async () => {
    const { endpoint, site } = await newSite();
    const api = consoleApi(endpoint, site, await newMember({ site, name: 'Carolien', role: 'webcare team', scopes: ['catalog'] }), status);
    await api.send('POST', 'coupon-campaigns', { name: 'Thanks', discount: { kind: 'percent', percent: 10 }, reward: 'review' });
    await mount(section, api);
    fill(section, { 'Name shoppers see': 'More thanks', 'How much (percent, or the amount)': '15', 'Reward for reviews': 'review' });
    byLabel(section, 'button', 'Start campaign')!.click();
    await waitUntil(() => status.textContent!.startsWith('Could not start More thanks'), 'the refusal is not announced');
    expect(status.textContent).to.equal('Could not start More thanks: The site already runs a reward campaign; end it first.');
    expect((byLabel(section, 'input', 'Name shoppers see') as HTMLInputElement).value).to.equal('More thanks');
    expect(section.querySelector('li.campaign .meta')!.textContent).to.equal('10% off · any order · once per code · a coupon for every published review');
  });
});
