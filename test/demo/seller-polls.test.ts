import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { newSite } from '../support/api.js';
import type { ApiSite } from '../support/api-host.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { consoleApi, type ConsoleApi } from '../support/console-api.js';

/** demo/seller/polls.js, the console's polls, mounted as the console mounts it, against the real server. */



/** The module as the console loads it; untyped JavaScript (no build step), so its contract is spelled here. */
const consoleModule = (): Promise<{ mount(section: HTMLElement, api: ConsoleApi): Promise<void> }> => import(new URL('../../demo/seller/polls.js', import.meta.url).href);

const label = (element: Element) => ((element as HTMLInputElement).labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
/** The control or button named `name` (its label, aria-label or text), as a screen reader names it. */
function named<T extends HTMLElement>(root: ParentNode, name: string): T {
  const found = [...root.querySelectorAll<T>('input, select, button')].find((element) => label(element) === name && !element.closest('[hidden]'));
  if (!found) throw new Error(`nothing named ${name}`);
  return found;
}
const fill = (root: ParentNode, name: string, value: string) => {
  const field = named<HTMLInputElement | HTMLSelectElement>(root, name);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
};
/** Each poll in the list: its question, state line and options. */
const listed = (section: HTMLElement) =>
  [...section.querySelectorAll('li.poll')].map((item) => ({
    question: item.querySelector('h3')!.textContent,
    meta: item.querySelector('.meta')!.textContent,
    options: [...item.querySelectorAll('.options li')].map((option) => option.textContent),
  }));

async function vote(site: ApiSite, pollId: string, optionId: string): Promise<number> {
  const base = `${site.endpoint}/v1/sites/${site.site}/`;
  const { token } = await (await fetch(`${base}visitors`, { method: 'POST' })).json();
  const answer = await fetch(`${base}polls/${pollId}/vote`, { method: 'PUT', headers: { 'X-Visitor-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify({ optionId }) });
  return answer.status;
}

describe('demo/seller/polls.js', () => {
  let section: HTMLElement;
  let status: HTMLElement;
  beforeEach(() => {
    status = Object.assign(document.createElement('p'), { role: 'status' });
    section = document.createElement('section');
    document.body.append(status, section);
  });
  afterEach(() => (section.remove(), status.remove()));

  it('creates a poll of text and a product, edits it (saying which votes an edit drops), and closes it, by keyboard', async () => {
    const site = await newSite();
    await putProduct(site, 'tee', oneVariant('tee', 'Linen tee', 2000));
    await putProduct(site, 'mug', oneVariant('mug', 'Stoneware mug', 1500));
    const { mount } = await consoleModule();
    await mount(section, consoleApi(site.endpoint, site.site, site.secret, status));
    expect(section.querySelector('h2')!.textContent).to.equal('Polls (0)');

    named(section, 'New poll').focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement, 'focus moves to the question').to.equal(named(section, 'Question'));
    await sendKeys({ type: 'What should we make next?' });
    fill(section, 'Option 1 text', 'A linen dress');
    fill(section, 'Option 2', 'product');
    fill(section, 'Option 2 product', 'mug');
    named(section, 'Add option').focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement, 'focus moves to the new option').to.equal(named(section, 'Option 3'));
    fill(section, 'Option 3 text', 'Sand');
    expect(named<HTMLButtonElement>(section, 'Remove option 1').disabled).to.equal(false);
    await expect(section).to.be.accessible();
    named(section, 'Create poll').click();
    await waitUntil(() => status.textContent === 'Created the poll "What should we make next?".', 'not created');
    expect(document.activeElement).to.equal(section.querySelector('li.poll h3'));
    expect(listed(section)).to.deep.equal([
      { question: 'What should we make next?', meta: 'Open until you close it · 0 votes', options: ['A linen dress · 0 votes', 'Stoneware mug (product) · 0 votes', 'Sand · 0 votes'] },
    ]);
    const pollId = section.querySelector('.embed code')!.textContent!.match(/poll-id="([^"]+)"/)![1];

    const [dress, mug, sand] = (await (await fetch(`${site.endpoint}/v1/sites/${site.site}/polls?ids=${pollId}`)).json()).polls[pollId].options.map((option: { id: string }) => option.id);
    for (const option of [sand, sand, mug]) expect(await vote(site, pollId, option)).to.equal(200);
    named(section, 'Refresh polls').click();
    await waitUntil(() => status.textContent === '1 poll, votes as of now.', 'not refreshed');
    expect(listed(section)[0].options).to.deep.equal(['A linen dress · 0 votes', 'Stoneware mug (product) · 1 vote', 'Sand · 2 votes']);

    // Sand becomes "Sand beige": its two votes were for something else, and the seller is told before they go.
    named(section, 'Edit poll: What should we make next?').click();
    expect(named<HTMLInputElement>(section, 'Option 3 text').value).to.equal('Sand');
    fill(section, 'Option 3 text', 'Sand beige');
    fill(section, 'Closes at (your time; empty: open until you close it)', '2999-06-01T12:00');
    named(section, 'Save poll').click();
    await waitUntil(() => section.querySelector('[role=alert]')!.textContent!.includes('Sand (2 votes)'), 'no warning');
    expect(section.querySelector('[role=alert]')!.textContent).to.equal('Saving drops the votes of options removed or changed: Sand (2 votes). Those shoppers may vote again. Save again to confirm.');
    named(section, 'Save poll').click();
    await waitUntil(() => status.textContent === 'Saved the poll "What should we make next?".', 'not saved');
    const [edited] = listed(section);
    expect(edited.meta).to.match(/^Open until .*2999.* · 1 vote$/);
    expect(edited.options).to.deep.equal(['A linen dress · 0 votes', 'Stoneware mug (product) · 1 vote', 'Sand beige · 0 votes']);
    expect(dress).to.be.a('string');

    named(section, 'Close poll now: What should we make next?').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent === 'Closed the poll "What should we make next?" with 1 vote.', 'not closed');
    expect(listed(section)[0].meta).to.match(/^Closed .* · 1 vote$/);
    expect(section.querySelector('li.poll')!.textContent).not.to.contain('Close now');
    expect(await vote(site, pollId, sand)).to.equal(409);
    await expect(section).to.be.accessible();
  });

  it('renders what the server holds as text, never HTML, and says why a save failed', async () => {
    const site = await newSite();
    const { mount } = await consoleModule();
    const api = consoleApi(site.endpoint, site.site, site.secret, status);
    await api.send('POST', 'polls', { question: '<img src=x onerror="window.hacked=1">?', options: [{ label: '<b>bold</b>' }, { label: 'plain' }] });
    await mount(section, api);
    expect(listed(section)[0].question).to.equal('<img src=x onerror="window.hacked=1">?');
    expect(section.querySelector('img, b')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);

    named(section, 'New poll').click();
    fill(section, 'Question', 'Which?');
    fill(section, 'Option 1 text', 'same');
    fill(section, 'Option 2 text', 'other');
    // A closing time the server refuses (before 2000): the status line says so and the form stays.
    fill(section, 'Closes at (your time; empty: open until you close it)', '1999-01-01T00:00');
    named(section, 'Create poll').click();
    await waitUntil(() => status.textContent!.startsWith('Could not save the poll: body.closesAt'), 'no failure said');
    expect(section.querySelector('form')!.hidden).to.equal(false);
  });
});
