import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import '../../src/components/review-thread/review-thread.js';
import '../../src/components/review-form/review-form.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import type { ScReviewThread } from '../../src/components/review-thread/review-thread.component.js';
import { configure } from '../../src/core/config.js';
import { useFreshLocalAdapter } from '../support/fixtures.js';
import { useLocalShop } from '../support/shop.js';

const shadow = (el: Element) => el.shadowRoot!;
/** The form nested in a thread, opened with its "Write a review" button, once it shows its submit button. */
const nestedForm = async (thread: Element) => {
  const form = () => shadow(thread).querySelector('sc-review-form');
  await waitUntil(() => shadow(thread).querySelector<HTMLButtonElement>('[part=write]'), 'no “Write a review”');
  shadow(thread).querySelector<HTMLButtonElement>('[part=write]')!.click();
  await waitUntil(() => form()?.shadowRoot?.querySelector('[part=submit]'), 'the form never rendered');
  return form()!;
};
const submitText = (form: Element) => shadow(form).querySelector('[part=submit]')!.textContent!.trim();

describe('the language widgets are marked with', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
    configure({ locale: undefined });
  });

  it('is the configured one where it differs from the page’s', async () => {
    useFreshLocalAdapter();
    document.documentElement.lang = 'en';
    configure({ locale: 'fr' });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="p"></sc-like-button>`);
    const button = shadow(el).querySelector('button')!;
    expect(button.textContent).to.contain('J’aime');
    expect(button.matches(':lang(fr)'), 'French content said as English').to.be.true;
    configure({ locale: undefined });
    await el.updateComplete;
    expect(button.matches(':lang(en)')).to.be.true;
    expect(button.matches(':lang(fr)'), 'still marked French').to.be.false;
  });

  it('is English on a page in a language without a pack', async () => {
    useFreshLocalAdapter();
    document.documentElement.lang = 'de';
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="p"></sc-like-button>`);
    const button = shadow(el).querySelector('button')!;
    expect(button.textContent).to.contain('Like');
    expect(button.matches(':lang(en)'), 'English content said as German').to.be.true;
  });

  it('keeps the page’s region where the strings are in its language', async () => {
    useFreshLocalAdapter();
    document.documentElement.lang = 'nl-BE';
    const page = await fixture<ScLikeButton>(html`<sc-like-button product-id="p"></sc-like-button>`);
    const own = await fixture<ScLikeButton>(html`<sc-like-button product-id="p" lang="fr-CA"></sc-like-button>`);
    expect(shadow(page).querySelector('button')!.textContent).to.contain('Vind ik leuk');
    expect(shadow(page).querySelector('button')!.matches(':lang(nl-BE)')).to.be.true;
    expect(shadow(own).querySelector('button')!.matches(':lang(fr-CA)')).to.be.true;
  });

  it('is the parent widget’s for the widgets nested in it, following a later lang', async () => {
    useLocalShop();
    document.documentElement.lang = 'en';
    const thread = await fixture<ScReviewThread>(html`<sc-review-thread product-id="tulips" lang="fr"></sc-review-thread>`);
    const form = await nestedForm(thread);
    expect(submitText(form)).to.equal('Publier l’avis');
    expect(shadow(form).querySelector('[part=submit]')!.matches(':lang(fr)')).to.be.true;
    thread.lang = 'nl';
    await waitUntil(() => submitText(form) === 'Review plaatsen', `the nested form says "${submitText(form)}"`);
  });

  it('is English inside a widget on a German page, nested widgets included', async () => {
    useLocalShop();
    document.documentElement.lang = 'de';
    const thread = await fixture<ScReviewThread>(html`<sc-review-thread product-id="tulips"></sc-review-thread>`);
    const form = await nestedForm(thread);
    expect(shadow(form).querySelector('[part=submit]')!.matches(':lang(en)')).to.be.true;
    expect(shadow(thread).querySelector('[part=empty]')!.matches(':lang(en)')).to.be.true;
  });
});
