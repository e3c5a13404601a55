import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { LazyView, type View } from '../../src/core/lazy-view.js';

/** A view module as a widget's on-demand file exports it. */
interface GreetingView extends View {
  greet(): string;
}
const view: GreetingView = { styles: [css`p { color: rgb(1, 2, 3); }`], greet: () => 'loaded' };

/** The element under test: `load` is what its `import()` would do, so a test can hold it back or fail it. */
class LazyGreeting extends LitElement {
  static override styles = css`:host { display: block; min-height: 3em; }`;
  static load: () => Promise<GreetingView> = () => Promise.resolve(view);
  readonly view = new LazyView(this, () => LazyGreeting.load());

  protected override render() {
    return html`<p>${this.view.value?.greet() ?? (this.view.failed ? 'failed' : 'waiting')}</p>`;
  }
}
customElements.define('lazy-greeting', LazyGreeting);

const text = (el: LazyGreeting) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LazyView', () => {
  it('renders the placeholder, then the view with its styles after the element\'s own', async () => {
    let release!: () => void;
    LazyGreeting.load = () => new Promise((resolve) => (release = () => resolve(view)));
    const el = await fixture<LazyGreeting>(fixtureHtml`<lazy-greeting></lazy-greeting>`);
    expect(text(el)).to.equal('waiting');
    release();
    await waitUntil(() => text(el) === 'loaded');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).minHeight).to.not.equal('0px', 'the element\'s own styles are kept');
  });

  it('loads once however often the element moves', async () => {
    let loads = 0;
    LazyGreeting.load = () => (loads++, Promise.resolve(view));
    const el = await fixture<LazyGreeting>(fixtureHtml`<lazy-greeting></lazy-greeting>`);
    await waitUntil(() => text(el) === 'loaded');
    document.body.append(el);
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(loads).to.equal(1);
    el.remove();
  });

  it('says a load failed, and tries again when the element connects again', async () => {
    let loads = 0;
    LazyGreeting.load = () => (++loads === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(view));
    const el = await fixture<LazyGreeting>(fixtureHtml`<lazy-greeting></lazy-greeting>`);
    await waitUntil(() => text(el) === 'failed');
    el.remove();
    document.body.append(el);
    await waitUntil(() => text(el) === 'loaded');
    expect(loads).to.equal(2);
    el.remove();
  });
});
