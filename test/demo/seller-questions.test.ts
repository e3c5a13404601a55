import { expect, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { newSite, takeRequests } from '../support/api.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { consoleApi, type ConsoleApi } from '../support/console-api.js';
import { MemoryStorage } from '../support/fixtures.js';

/** demo/seller/questions.js, mounted as the console's shell mounts it, against the real server. */
const { mount, inboxItems } = (await import(new URL('../../demo/seller/questions.js', import.meta.url).href)) as {
  mount(section: HTMLElement, api: ConsoleApi): Promise<void>;
  inboxItems(api: ConsoleApi): Promise<{ kind: string; id: string; createdAt: string; element: HTMLElement }[]>;
};


const byText = (root: ParentNode, selector: string, text: string) => [...root.querySelectorAll<HTMLElement>(selector)].find((node) => node.textContent!.trim() === text);
const labelled = (root: ParentNode, text: string) => [...root.querySelectorAll('label')].find((label) => label.textContent!.trim().startsWith(text))!.querySelector<HTMLInputElement & HTMLTextAreaElement>('input, textarea')!;

describe('demo/seller/questions.js', () => {
  afterEach(() => document.querySelectorAll('section').forEach((section) => section.remove()));

  it('lists unanswered questions oldest first by product name, and answers one publicly and one privately', async () => {
    const { endpoint, site, secret } = await newSite();
    await putProduct({ endpoint, site, secret }, 'sku-1', oneVariant('sku-1', 'Linen tee', 2500));
    const shopper = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'questions');
    const first = await shopper.ask('sku-1', { text: '<img src=x onerror="parent.hacked=1"> fits?', author: 'Kim' }, randomKey());
    const second = await shopper.ask('sku-2', { text: 'Order 42?', author: 'Lu' }, randomKey());
    const api = consoleApi(endpoint, site, secret);
    const { said } = api;

    const items = await inboxItems(api);
    expect(items.map(({ kind, id }) => [kind, id])).to.deep.equal([['question', first.id], ['question', second.id]]);

    const section = document.createElement('section');
    document.body.append(section);
    await takeRequests();
    await mount(section, api);
    // The queue, one batched catalog read, the moderation queue (its own titles read skipped: empty).
    expect((await takeRequests()).length).to.equal(3);
    expect(section.textContent).to.contain('Kim asked about Linen tee');
    expect(section.textContent).to.contain('Lu asked about sku-2');
    expect(section.textContent).to.contain('<img src=x onerror="parent.hacked=1"> fits?');
    expect(section.querySelector('img')).to.equal(null);

    labelled(section, 'Answer to Kim').value = 'Yes, true to size.';
    byText(section, 'button', 'Send answer to Kim')!.click();
    await waitUntil(() => said.includes('Answer to Kim sent.'), 'not answered');
    labelled(section, 'Answer to Lu').value = 'It ships today.';
    labelled(section, 'Answer privately').checked = true;
    byText(section, 'button', 'Send answer to Lu')!.click();
    await waitUntil(() => said.includes('Answer to Lu sent privately.'), 'not answered privately');
    await waitUntil(() => section.textContent!.includes('Waiting for an answer (0)'), 'the queue kept them');
    const page = await shopper.list('sku-2', { sort: 'newest', limit: 5 });
    expect(page.questions[0].answers.map((answer) => [answer.text, answer.private])).to.deep.equal([['It ships today.', true]], 'the asker sees it');
  });

  it('publishes or hides reported answers, with their reasons', async () => {
    const { endpoint, site, secret } = await newSite();
    const shopper = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'questions');
    const question = await shopper.ask('sku-1', { text: 'Any good?', author: 'Kim' }, randomKey());
    const spam = await shopper.answer(question.id, { text: 'Cheap watches here', author: 'Spammer' }, randomKey());
    await shopper.report('answer', spam.id, 'spam', randomKey());
    const api = consoleApi(endpoint, site, secret);
    const { said } = api;
    const section = document.createElement('section');
    document.body.append(section);
    await mount(section, api);
    expect(section.textContent).to.contain('Held or reported (1)');
    expect(section.textContent).to.contain('Reported: spam (1)');
    byText(section, 'button', 'Hide answer by Spammer')!.click();
    await waitUntil(() => section.textContent!.includes('Held or reported (0)'), 'still listed');
    expect(said).to.include('Hid the answer by Spammer.');
    expect((await shopper.list('sku-1', { sort: 'newest', limit: 5 })).questions[0].answers).to.deep.equal([]);
  });
});
