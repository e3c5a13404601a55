import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/questions/questions.js';
import type { ScQuestions } from '../../src/components/questions/questions.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { newSite, takeRequests } from '../support/api.js';
import { MemoryStorage } from '../support/fixtures.js';

let sites = 0;
const shadow = (el: ScQuestions) => el.shadowRoot!;
const texts = (el: ScQuestions, part: string) => [...shadow(el).querySelectorAll(`[part~=${part}] > p:not(.meta)`)].map((p) => p.textContent);
const status = (el: ScQuestions) => shadow(el).querySelector('[role=status]')!.textContent!.trim();
const button = (root: ParentNode, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name))!;
const ready = (el: ScQuestions) => waitUntil(() => shadow(el).querySelector('[part=list], [part=toolbar] + p'), 'the questions never showed');

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input'));
}

async function ask(el: ScQuestions, text: string, author = 'Ann'): Promise<void> {
  type(shadow(el).querySelector('[part=ask] textarea')!, text);
  type(shadow(el).querySelector('[part=ask] input[name=author]')!, author);
  shadow(el).querySelector<HTMLFormElement>('[part=ask]')!.requestSubmit();
  await waitUntil(() => texts(el, 'question').includes(text), 'the question never showed');
}

describe('<sc-questions>', () => {
  beforeEach(() => localStorage.clear());

  it('tells the page what was asked and answered, and what failed, keeping what was typed', async () => {
    const site = `questions-${sites++}`;
    configure({ adapter: new LocalAdapter(site), site, locale: undefined });
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    const events: CustomEvent[] = [];
    for (const type of ['sc-question-ask', 'sc-question-answer', 'sc-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
    await ask(el, 'Does it fold?');
    button(shadow(el), 'Answer').click();
    await el.updateComplete;
    const form = shadow(el).querySelector<HTMLFormElement>('[part~=question] form')!;
    type(form.querySelector('textarea')!, 'Yes, flat.');
    type(form.querySelector('input')!, 'Bo');
    form.requestSubmit();
    await waitUntil(() => events.length === 2, 'no answer event');
    const [asked, answered] = events;
    expect([asked!.type, asked!.detail.productId, asked!.detail.question.text, asked!.bubbles, asked!.composed]).to.deep.equal(['sc-question-ask', 'p', 'Does it fold?', true, true]);
    expect([answered!.type, answered!.detail.questionId, answered!.detail.answer.text]).to.deep.equal(['sc-question-answer', asked!.detail.question.id, 'Yes, flat.']);
    el.remove();

    // A backend that cannot be reached: the failure is said and told, and the question stays typed.
    configure({ adapter: new RestAdapter({ endpoint: 'http://127.0.0.1:9', site, retries: 0, storage: new MemoryStorage() }), site });
    const offline = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    const failures: CustomEvent[] = [];
    offline.addEventListener('sc-error', (event) => failures.push(event as CustomEvent));
    await waitUntil(() => shadow(offline).querySelector('[part=ask] textarea'), 'no form');
    type(shadow(offline).querySelector('[part=ask] textarea')!, 'Is it warm?');
    type(shadow(offline).querySelector('[part=ask] input[name=author]')!, 'Ann');
    shadow(offline).querySelector<HTMLFormElement>('[part=ask]')!.requestSubmit();
    await waitUntil(() => failures.length === 1, 'no sc-error');
    expect([failures[0]!.detail.code, failures[0]!.detail.productId]).to.deep.equal(['network', 'p']);
    expect(status(offline)).to.not.equal('');
    expect(shadow(offline).querySelector<HTMLTextAreaElement>('[part=ask] textarea')!.value).to.equal('Is it warm?');
    offline.remove();
  });

  it('asks, answers and votes on LocalAdapter; the asker sees the answered badge and hears it once on the next visit; axe-clean', async () => {
    const site = `questions-${sites++}`;
    configure({ adapter: new LocalAdapter(site), site, locale: undefined });
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    expect(shadow(el).textContent).to.contain('No questions yet');
    await ask(el, 'Does it fold?');
    expect(status(el)).to.contain('You will see here when it is answered');
    expect(shadow(el).querySelector('[part~=question] [part=badge]')!.textContent).to.equal('Your question');
    button(shadow(el), 'Answer').click();
    await el.updateComplete;
    const form = shadow(el).querySelector<HTMLFormElement>('[part~=question] form')!;
    type(form.querySelector('textarea')!, 'Yes, flat.');
    type(form.querySelector('input')!, 'Bo');
    form.requestSubmit();
    await waitUntil(() => texts(el, 'answer').includes('Yes, flat.'), 'the answer never showed');
    const helpful = shadow(el).querySelector<HTMLButtonElement>('[part=helpful]')!;
    helpful.click();
    await waitUntil(() => helpful.getAttribute('aria-pressed') === 'true');
    expect(helpful.textContent).to.contain('(1)');
    await expect(el).to.be.accessible();
    el.remove();

    // The next visit: a new element, the same browser.
    const again = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(again);
    await waitUntil(() => status(again) === 'Your question was answered.', 'the answer was not announced');
    expect([...shadow(again).querySelectorAll('[part=badge]')].map((b) => b.textContent)).to.deep.equal(['Your question', 'Answered']);
    again.remove();
    const third = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(third);
    expect(status(third)).to.equal('', 'told once');
  });

  it('keeps an unsent question across a reload', async () => {
    const site = `questions-${sites++}`;
    configure({ adapter: new LocalAdapter(site), site, locale: undefined });
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    type(shadow(el).querySelector('[part=ask] textarea')!, 'Half a ques');
    el.remove();
    const reloaded = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(reloaded);
    expect(shadow(reloaded).querySelector<HTMLTextAreaElement>('[part=ask] textarea')!.value).to.equal('Half a ques');
  });

  it('on the server: one request a page; the shop\'s signed answer first, a private one to the asker alone, a new answer live', async () => {
    const { endpoint, site, secret } = await newSite();
    const other = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'questions');
    const theirs = await other.ask('p', { text: 'Is it warm?', author: 'Cy' }, randomKey());
    const shop = (questionId: string, body: object) =>
      fetch(`${endpoint}/v1/sites/${site}/questions/${questionId}/shop-answers`, { method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await shop(theirs.id, { text: 'Very warm.' });
    await other.answer(theirs.id, { text: 'Too warm!', author: 'Di' }, randomKey());
    configure({ adapter: new RestAdapter({ endpoint, site, live: true }), site, locale: undefined });
    await takeRequests();
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    expect((await takeRequests()).filter((line) => line.includes('/questions'))).to.have.length(1);
    expect(texts(el, 'answer')).to.deep.equal(['Very warm.', 'Too warm!']);
    expect(shadow(el).querySelector('[part~=shop] [part=signature]')!.textContent).to.equal('The shop');

    await ask(el, 'Where is my parcel?');
    const myId = (await other.list('p', { sort: 'newest', limit: 5 })).questions.find((q) => q.text === 'Where is my parcel?')!.id;
    await shop(myId, { text: 'It left today.', private: true });
    await other.answer(theirs.id, { text: 'Live answer', author: 'Ed' }, randomKey());
    await waitUntil(() => texts(el, 'answer').includes('Live answer'), 'the new answer did not arrive live');
    // The stream said only "answered privately"; the asker's window read the text itself.
    await waitUntil(() => texts(el, 'answer').includes('It left today.'), 'the private answer did not reach the asker live');
    const someoneElse = (await other.list('p', { sort: 'newest', limit: 5 })).questions.find((q) => q.id === myId)!;
    expect([someoneElse.answeredPrivately, someoneElse.answers]).to.deep.equal([true, []]);
    el.remove();
    const next = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await waitUntil(() => texts(next, 'answer').includes('It left today.'), 'the asker does not see the private answer');
    expect(shadow(next).querySelector('[part~=private]')!.textContent).to.contain('Only you can see this answer');
    expect(status(next)).to.equal('Your question was answered.');
  });
});
