import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { restInsightsSource } from '../../src/components/insights/insights.js';
import type { ScInsights } from '../../src/components/insights/insights.component.js';
import { deepActiveElement } from '../support/ax-tree.js';
import { forcedColors } from '../support/browser.js';
import { newSite, seedActivity, setApiMode, takeRequests } from '../support/api.js';
import type { ActivityRow } from '../support/api-host.js';
import { oneVariant, putProduct } from '../support/catalog.js';

const DAY = 86_400_000;
/** `n` days before yesterday, `YYYY-MM-DD` (UTC): the data set's week ends yesterday. */
const day = (n: number) => new Date(Date.parse(new Date().toISOString().slice(0, 10)) - (n + 1) * DAY).toISOString().slice(0, 10);
const range = { from: day(6), to: day(0) };

/**
 * A week whose answers are known: likes by five visitors (p3 is in no catalog), shares to three
 * networks, three reviews, a funnel of 5 → 2 → 1 → 1 visitors, and a poll of 1 red and 3 blue votes.
 */
const events: ActivityRow[] = [
  ...['v1', 'v2', 'v3'].map((visitor, index) => ({ day: day(index), kind: 'like', visitor, productId: 'p1' })),
  { day: day(1), kind: 'like', visitor: 'v1', productId: 'p2' },
  ...['v4', 'v5'].map((visitor) => ({ day: day(2), kind: 'like', visitor, productId: 'p3' })),
  ...['v1', 'v2'].map((visitor) => ({ day: day(3), kind: 'wish', visitor, productId: 'p1' })),
  { day: day(3), kind: 'cart_add', visitor: 'v1', productId: 'p1' },
  { day: day(4), kind: 'checkout', visitor: 'v1', value: 2500 },
  ...['whatsapp', 'whatsapp', 'x', 'facebook'].map((network, index) => ({ day: day(index), kind: 'share', visitor: `v${index + 1}`, productId: 'p1', network })),
  ...[5, 4].map((value, index) => ({ day: day(5), kind: 'review', visitor: `v${index + 1}`, productId: 'p1', value })),
  { day: day(5), kind: 'review', visitor: 'v3', productId: 'p2', value: 5 },
  ...[1, 2, 3, 4].map((index) => ({ day: day(6), kind: 'poll_vote', visitor: `v${index}`, subject: 'poll-a' })),
];

async function seededSite() {
  const api = await newSite();
  await putProduct(api, 'p1', oneVariant('p1', 'Linen tee', 2500));
  await putProduct(api, 'p2', oneVariant('p2', 'Wool scarf', 3900));
  await seedActivity({
    site: api.site,
    events,
    polls: [{ id: 'poll-a', kind: 'poll', question: 'Which colour next?', options: [{ id: 'red', label: 'Red', votes: 1 }, { id: 'blue', label: 'Blue', votes: 3 }] }],
  });
  return api;
}

const root = (el: ScInsights) => el.shadowRoot!;
const chart = (el: ScInsights, id: string) => root(el).querySelector<HTMLElement>(`[data-chart="${id}"]`)!.closest('figure')!;
const barLabels = (el: ScInsights, id: string) => [...chart(el, id).querySelectorAll('svg .point')].map((point) => point.getAttribute('aria-label'));
const loaded = (el: ScInsights) => waitUntil(() => root(el).querySelector('[part=base]')?.getAttribute('aria-busy') === 'false' && root(el).querySelector('[data-chart=products] svg'), 'the insights never loaded');

/** The table's rows as the CSV has them: the row's heading, then each cell's raw value. */
function tableRows(figure: HTMLElement): string[][] {
  const head = [...figure.querySelectorAll('thead th')].map((th) => th.textContent!);
  const body = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.querySelector('data')?.value ?? cell.textContent!));
  return [head, ...body];
}

/** The CSV behind a chart's download link, parsed (no field here has a comma or quote). */
function csvRows(figure: HTMLElement): string[][] {
  const link = figure.querySelector<HTMLAnchorElement>('[part=csv]')!;
  const text = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1)).replace(/^\uFEFF/, '');
  return text.trimEnd().split('\r\n').map((line) => line.split(','));
}

async function mount(api: { endpoint: string; site: string; secret: string }, lang = 'en') {
  await takeRequests();
  const el = await fixture<ScInsights>(html`<sc-insights lang=${lang} from=${range.from} to=${range.to} .source=${restInsightsSource({ endpoint: api.endpoint, site: api.site, credential: api.secret })}></sc-insights>`);
  await loaded(el);
  return el;
}

describe('<sc-insights> against the server', function () {
  // Each test seeds a site of its own through the API first: on a busy machine, more than mocha's 10 s.
  this.timeout(30_000);
  it('draws a known week: the right bars with their labels, in order', async () => {
    const el = await mount(await seededSite());
    expect((await takeRequests()).map((line) => line.split('?')[0]!.split('/').pop())).to.have.members(['activity', 'products', 'networks', 'ratings', 'funnel', 'votes']);
    expect(barLabels(el, 'products')).to.deep.equal(['Linen tee: 3 likes', 'p3: 2 likes', 'Wool scarf: 1 like']);
    expect(barLabels(el, 'networks')).to.deep.equal(['whatsapp: 2 shares', 'facebook: 1 share', 'x: 1 share']);
    expect(barLabels(el, 'ratings')).to.deep.equal(['5 stars: 2 reviews', '4 stars: 1 review', '3 stars: 0 reviews', '2 stars: 0 reviews', '1 star: 0 reviews']);
    expect(barLabels(el, 'funnel')).to.deep.equal([
      'Liked: 5 visitors',
      'Wished: 2 visitors, 40% of the step before',
      'Added to cart: 1 visitor, 50% of the step before',
      'Checked out: 1 visitor, 100% of the step before',
    ]);
    expect(barLabels(el, 'poll-poll-a')).to.deep.equal(['Red: 1 vote', 'Blue: 3 votes'], 'in the poll\'s order');
    // The drawn labels and values: the bars' own text in the SVG.
    expect([...chart(el, 'funnel').querySelectorAll('svg .value')].map((text) => text.textContent)).to.deep.equal(['5', '2 (40%)', '1 (50%)', '1 (100%)']);
    // Axis ticks from 0, nice steps.
    const ticks = [...chart(el, 'products').querySelectorAll('svg .tick')].map((text) => text.textContent);
    expect(ticks[0]).to.equal('0');
    expect(ticks.at(-1)).to.equal('3');
    // A day per point, seven days.
    expect(chart(el, 'activity').querySelectorAll('svg .point')).to.have.length(7);
  });

  it("gives every chart a table whose rows are the CSV's rows", async () => {
    const el = await mount(await seededSite());
    for (const id of ['activity', 'products', 'networks', 'ratings', 'funnel', 'poll-poll-a']) {
      const figure = chart(el, id);
      const table = tableRows(figure);
      expect(table.length, id).to.be.greaterThan(1);
      expect(csvRows(figure), id).to.deep.equal(table);
    }
    expect(tableRows(chart(el, 'products'))).to.deep.equal([['Product', 'Likes'], ['Linen tee', '3'], ['p3', '2'], ['Wool scarf', '1']]);
    const activity = tableRows(chart(el, 'activity'));
    expect(activity[0]).to.deep.equal(['Date', 'Likes', 'Wishes', 'Shares', 'Reviews', 'Added to cart', 'Checkouts']);
    expect(activity.slice(1).map((row) => row[0])).to.deep.equal([6, 5, 4, 3, 2, 1, 0].map(day));
    expect(chart(el, 'products').querySelector('[part=csv]')!.getAttribute('download')).to.equal(`products-${range.from}-${range.to}.csv`);
  });

  it('reads again what a control changes, and only that', async () => {
    const el = await mount(await seededSite());
    await takeRequests();
    const metric = chart(el, 'products').querySelector('select')!;
    metric.value = 'rating';
    metric.dispatchEvent(new Event('change'));
    await waitUntil(() => barLabels(el, 'products')[0]?.includes('stars'), 'not ranked by rating');
    expect(barLabels(el, 'products')).to.deep.equal(['Wool scarf: 5 stars from 1 review', 'Linen tee: 4.5 stars from 2 reviews']);
    expect((await takeRequests()).map((line) => line.split('?')[0]!.split('/').pop())).to.deep.equal(['products']);

    const interval = chart(el, 'activity').querySelector('select')!;
    interval.value = 'week';
    interval.dispatchEvent(new Event('change'));
    await waitUntil(async () => (await el.updateComplete, chart(el, 'activity').querySelectorAll('svg .point').length < 7), 'not weekly');
    expect((await takeRequests()).map((line) => line.split('?')[0]!.split('/').pop())).to.deep.equal(['activity']);

    const preset = [...root(el).querySelectorAll('button')].find((button) => button.textContent === 'Last 90 days')!;
    preset.click();
    await el.updateComplete;
    await loaded(el);
    expect(preset.getAttribute('aria-pressed')).to.equal('true');
    expect(el.from).to.equal(new Date(Date.now() - 89 * DAY).toISOString().slice(0, 10));
    const requests = await takeRequests();
    expect(requests).to.have.length(6);
    expect(requests.every((line) => line.includes(`from=${el.from}&to=${el.to}`))).to.equal(true);
  });

  it('refuses a range the wrong way round, says why, and reads nothing', async () => {
    const el = await mount(await seededSite());
    await takeRequests();
    const to = root(el).querySelector<HTMLInputElement>('input[name=to]')!;
    to.value = day(6 + 1);
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Choose a start on or before the end');
    expect(await takeRequests()).to.deep.equal([]);
  });

  it('shows a tooltip on focus and walks the bars with arrow keys: one tab stop per chart', async () => {
    const el = await mount(await seededSite());
    const products = chart(el, 'products');
    const points = [...products.querySelectorAll<SVGElement>('svg .point')];
    expect(points.map((point) => point.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    points[0]!.focus();
    await el.updateComplete;
    expect(products.querySelector<HTMLElement>('[part=tooltip]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal('Linen tee 3 likes');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActiveElement() === points[1], 'focus did not move');
    expect(products.querySelector('[part=tooltip]')!.textContent).to.contain('p3');
    expect(points[1]!.getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActiveElement() === points[2], 'End did not move');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(products.querySelector('[part=tooltip]')).to.equal(null);

    // The activity chart: a day per stop, its tooltip lists every line's count.
    const days = [...chart(el, 'activity').querySelectorAll<SVGElement>('svg .point')];
    days[0]!.focus();
    await el.updateComplete;
    expect(chart(el, 'activity').querySelector('[part=tooltip]')!.textContent).to.contain('Likes: 0');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => deepActiveElement() === days[1], 'focus did not move');
  });

  it('is accessible, light and dark', async () => {
    const el = await mount(await seededSite());
    await expect(el).to.be.accessible();
    // On a dark page.
    Object.assign(el.style, { colorScheme: 'dark', background: '#121212', color: '#eee', display: 'block' });
    await expect(el).to.be.accessible();
  });

  it('speaks French with French numbers and dates', async () => {
    const el = await mount(await seededSite(), 'fr');
    expect(root(el).querySelector('#products-title')!.textContent).to.equal('Meilleurs produits');
    const percent = new Intl.NumberFormat('fr', { style: 'percent' }).format(0.4);
    expect(barLabels(el, 'funnel')[1]).to.equal(`Liste d’envies\u202F: 2 visiteurs, ${percent} de l’étape précédente`);
    expect(tableRows(chart(el, 'activity'))[0]![1]).to.equal('J’aime');
  });

  it('says when it cannot load, keeps what it showed, and tries again on request', async () => {
    const api = await seededSite();
    const el = await mount(api);
    await setApiMode({ mode: 'unavailable', times: 6 });
    const error = oneEvent(el, 'sc-error');
    el.metric = 'shares';
    const { detail } = await error;
    expect(detail.code).to.equal('server');
    await waitUntil(() => root(el).querySelector('[role=alert]')!.textContent!.includes('Could not load the insights'), 'not announced');
    expect(barLabels(el, 'products')[0]).to.equal('Linen tee: 3 likes');
    await setApiMode({ mode: 'up' });
    [...root(el).querySelectorAll<HTMLButtonElement>('[role=alert] button')].find((button) => button.textContent === 'Try again')!.click();
    await waitUntil(() => barLabels(el, 'products')[0]?.includes('share'), 'not read again');
    expect(root(el).querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
  });

  it('keeps its charts when moved in the page, and redraws them at the new width', async () => {
    const el = await mount(await seededSite());
    await takeRequests();
    const narrow = document.createElement('div');
    narrow.style.inlineSize = '320px';
    document.body.append(narrow);
    try {
      narrow.append(el);
      await waitUntil(() => Number(chart(el, 'products').querySelector('svg')!.getAttribute('width')) <= 320, 'not redrawn at the new width');
      expect(barLabels(el, 'products')).to.deep.equal(['Linen tee: 3 likes', 'p3: 2 likes', 'Wool scarf: 1 like']);
      expect(await takeRequests(), 'moving reads nothing again').to.deep.equal([]);
    } finally {
      narrow.remove();
    }
  });

  it('reserves room for the charts before their numbers arrive', async () => {
    const api = await seededSite();
    await setApiMode({ mode: 'hang', times: 6 });
    const el = await fixture<ScInsights>(html`<sc-insights .source=${restInsightsSource({ endpoint: api.endpoint, site: api.site, credential: api.secret })}></sc-insights>`);
    expect(root(el).querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('Loading…');
    for (const id of ['activity', 'products', 'networks', 'ratings', 'funnel']) expect(root(el).querySelector<HTMLElement>(`[data-chart=${id}]`)!.offsetHeight, id).to.be.greaterThan(100);
    await setApiMode({ mode: 'up' });
  });

  it('draws bars and lines in the text colour with forced colours, lines told apart by their dashes', async () => {
    const el = await mount(await seededSite());
    await forcedColors('active');
    try {
      const bar = chart(el, 'products').querySelector('.bar')!;
      const text = getComputedStyle(chart(el, 'products').querySelector('.label')!).fill;
      expect(getComputedStyle(bar).fill).to.equal(text);
      const dashes = [...chart(el, 'activity').querySelectorAll('.line')].map((line) => getComputedStyle(line).strokeDasharray);
      expect(new Set(dashes).size).to.equal(dashes.length);
    } finally {
      await forcedColors('none');
    }
  });

  it('speaks Chinese with full-width punctuation', async () => {
    const el = await mount(await seededSite(), 'zh-CN');
    expect(root(el).querySelector('#funnel-title')!.textContent).to.equal('从点赞到结算');
    expect(barLabels(el, 'products')[0]).to.equal('Linen tee：3 个赞');
  });

  it('shows a tooltip under the pointer, and hides it when the pointer leaves', async () => {
    const el = await mount(await seededSite());
    const networks = chart(el, 'networks');
    networks.scrollIntoView({ block: 'center' });
    const bar = networks.querySelectorAll('svg .point .bar')[1]!.getBoundingClientRect();
    try {
      await sendMouse({ type: 'move', position: [Math.round(bar.left + 2), Math.round(bar.top + bar.height / 2)] });
      await waitUntil(() => networks.querySelector('[part=tooltip]'), 'no tooltip under the pointer');
      expect(networks.querySelector<HTMLElement>('[part=tooltip]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal('facebook 1 share');
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitUntil(() => !networks.querySelector('[part=tooltip]'), 'the tooltip stayed');
    } finally {
      await resetMouse();
    }
  });
});
