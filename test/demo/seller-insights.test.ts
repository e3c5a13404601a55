import { expect, waitUntil } from '@open-wc/testing';
import type { ScInsights } from '../../src/components/insights/insights.component.js';
import { newMember, newSite, seedActivity, takeRequests } from '../support/api.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { axeViolations, openFrame } from '../support/frames.js';

/** demo/seller.html's Insights section, signed in as a member with the `insights` scope, against the real server. Run after `npm run build`. */

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

async function openSignedIn(endpoint: string, site: string, credential: string) {
  const frame = await openFrame(`/demo/seller.html?api=${encodeURIComponent(endpoint)}`);
  const doc = frame.contentDocument!;
  (doc.getElementById('site') as HTMLInputElement).value = site;
  (doc.getElementById('credential') as HTMLInputElement).value = credential;
  doc.querySelector<HTMLButtonElement>('#sign-in button[type=submit]')!.click();
  return { frame, doc };
}

describe('demo/seller.html: insights', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("shows the first-answer line, then the last 30 days' charts read with the member's credential", async () => {
    const api = await newSite();
    await putProduct(api, 'tee', oneVariant('tee', 'Linen tee', 2500));
    await seedActivity({
      site: api.site,
      events: [
        ...['a', 'b'].map((visitor) => ({ day: daysAgo(2), kind: 'like', visitor, productId: 'tee' })),
        { day: daysAgo(40), kind: 'like', visitor: 'c', productId: 'tee' },
        { day: daysAgo(3), kind: 'share', visitor: 'a', productId: 'tee', network: 'pinterest' },
      ],
    });
    const credential = await newMember({ site: api.site, name: 'Ana', role: 'owner', scopes: ['insights'] });
    await takeRequests();
    const { frame, doc } = await openSignedIn(api.endpoint, api.site, credential);
    await waitUntil(() => doc.querySelector('#insights sc-insights'), 'no charts in the console');
    const charts = doc.querySelector<ScInsights>('#insights sc-insights')!;
    const root = charts.shadowRoot!;
    await waitUntil(() => root.querySelector('[part=base]')?.getAttribute('aria-busy') === 'false' && root.querySelector('[data-chart=products] svg'), 'the charts never loaded');
    expect(doc.getElementById('first-answer')!.textContent).to.equal('No first answers in the last 30 days.');
    // Drawn by the console's own script: the element and its source came from /dist/sc-insights.js.
    expect(doc.defaultView!.customElements.get('sc-insights')).to.equal(charts.constructor);
    const labels = (id: string) => [...root.querySelectorAll(`[data-chart="${id}"] svg .point`)].map((point) => point.getAttribute('aria-label'));
    expect(labels('products')).to.deep.equal(['Linen tee: 2 likes'], 'the like 40 days ago is outside the default 30');
    expect(labels('networks')).to.deep.equal(['pinterest: 1 share']);
    expect(labels('activity')).to.have.length(30);
    const reads = (await takeRequests()).filter((line) => line.includes('/insights/'));
    expect(reads.map((line) => line.split('?')[0]!.split('/').pop())).to.have.members(['activity', 'products', 'networks', 'ratings', 'funnel', 'votes']);
    expect(reads.every((line) => line.includes(`from=${daysAgo(29)}&to=${daysAgo(0)}`))).to.equal(true);
    expect(root.querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('shows no insights to a member without the scope', async () => {
    const api = await newSite();
    const credential = await newMember({ site: api.site, name: 'Bo', role: 'webcare', scopes: ['answer'] });
    const { doc } = await openSignedIn(api.endpoint, api.site, credential);
    await waitUntil(() => !doc.getElementById('console')!.hidden, 'the console never opened');
    expect(doc.getElementById('insights')!.hidden).to.equal(true);
    expect(doc.querySelector('sc-insights')).to.equal(null);
  });

  it("is loaded by the console alone: no shopper's demo page names its script", async () => {
    for (const page of ['index.html', 'store.html', 'wishlist.html', 'ask.html', 'ideas.html', 'social-tab.html', 'link-in-bio.html']) {
      expect(await (await fetch(`/demo/${page}`)).text(), page).to.not.contain('sc-insights');
    }
    expect(await (await fetch('/demo/seller.html')).text()).to.contain('<script type="module" src="/dist/sc-insights.js"></script>');
  });
});
