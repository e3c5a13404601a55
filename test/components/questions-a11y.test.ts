import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/questions/questions.js';
import type { ScQuestions } from '../../src/components/questions/questions.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { deepActiveElement } from '../support/ax-tree.js';
import { forcedColors } from '../support/browser.js';

let sites = 0;
const shadow = (el: ScQuestions) => el.shadowRoot!;

/** A LocalAdapter site whose product `p` has one question with two answers. */
async function useQuestion(): Promise<void> {
  const site = `questions-a11y-${sites++}`;
  const adapter = new LocalAdapter(site);
  const questions = await sectionOf(adapter, 'questions');
  const question = await questions.ask('p', { text: 'Is it soft?', author: 'Ann' }, randomKey());
  await questions.answer(question.id, { text: 'Very soft.', author: 'Bo' }, randomKey());
  await questions.answer(question.id, { text: 'Soft enough.', author: 'Cy' }, randomKey());
  configure({ adapter, site, locale: undefined });
}

async function ready(el: ScQuestions): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('[part=list]'), 'the questions never showed');
}

describe('<sc-questions> with a keyboard, a screen reader and forced colours', () => {
  beforeEach(() => localStorage.clear());

  it('asks a question with the keyboard alone, and says so in its status line', async () => {
    await useQuestion();
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'Does it shrink?' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Dee' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent).to.equal('Send question');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[role=status]')!.textContent!.includes('Thank you'), 'not asked');
    expect(shadow(el).querySelector('[part~=question] p')!.textContent).to.equal('Does it shrink?');
    await expect(el).to.be.accessible();
  });

  it('opens an answer form from the keyboard and votes with Space; the vote is a pressed toggle', async () => {
    await useQuestion();
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    const helpful = shadow(el).querySelector<HTMLButtonElement>('[part=helpful]')!;
    helpful.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => helpful.getAttribute('aria-pressed') === 'true', 'not voted');
    const answer = [...shadow(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Answer')!;
    answer.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answer.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector('[part~=question] form textarea')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells a pressed helpful vote from the others in forced colours', async () => {
    await useQuestion();
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="p"></sc-questions>`);
    await ready(el);
    const [pressed, other] = shadow(el).querySelectorAll<HTMLButtonElement>('[part=helpful]');
    pressed!.click();
    await waitUntil(() => pressed!.getAttribute('aria-pressed') === 'true');
    await forcedColors('active');
    try {
      expect(getComputedStyle(pressed!).backgroundColor).not.to.equal(getComputedStyle(other!).backgroundColor);
    } finally {
      await forcedColors('none');
    }
  });

  it('reserves its height before the view and the questions arrive', async () => {
    configure({ adapter: new LocalAdapter(`questions-a11y-${sites++}`), locale: undefined });
    const el = await fixture<ScQuestions>(html`<sc-questions product-id="none"></sc-questions>`);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});
