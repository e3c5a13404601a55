import { expect, waitUntil } from '@open-wc/testing';
import { newSite } from '../support/api.js';
import { consoleApi, type ConsoleApi } from '../support/console-api.js';

/** demo/seller/webhooks.js, the seller console's webhooks section, mounted as the console's shell does and driven against the real server. */



// Plain JS without declarations: a computed specifier keeps TypeScript from asking for types.
const { mount } = (await import(new URL('../../demo/seller/webhooks.js', import.meta.url).href)) as { mount(section: HTMLElement, api: ConsoleApi): Promise<void> };

const byLabel = (root: ParentNode, selector: string, name: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((element) => (element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent)?.trim() === name);

describe('demo/seller/webhooks.js', () => {
  let section: HTMLElement;
  let status: HTMLElement;
  beforeEach(() => {
    status = Object.assign(document.createElement('p'), { role: 'status' });
    section = document.createElement('section');
    document.body.append(status, section);
  });
  afterEach(() => (status.remove(), section.remove()));

  it('registers a URL for chosen events, shows its secret once, pings it and lists the delivery with its last status', async () => {
    const { endpoint, site, secret } = await newSite();
    const api = consoleApi(endpoint, site, secret, status);
    await mount(section, api);
    expect(section.querySelector('h2')!.textContent).to.equal('Webhooks');
    expect(section.querySelectorAll('li.webhook')).to.have.length(0);

    // `.invalid` never resolves: the delivery fails, which is what the list must show.
    const url = 'https://hooks.shop.invalid/<b>sc</b>';
    (byLabel(section, 'input', 'URL that receives the events') as HTMLInputElement).value = url;
    byLabel(section, 'button', 'Add webhook')!.click();
    await waitUntil(() => status.textContent === 'Choose at least one event.', 'a webhook for no event was sent');
    (byLabel(section, 'input', 'a review is posted') as HTMLInputElement).click();
    (byLabel(section, 'input', 'an order is placed') as HTMLInputElement).click();
    byLabel(section, 'button', 'Add webhook')!.click();
    await waitUntil(() => section.querySelector('li.webhook'), 'not added');
    const shown = section.querySelector<HTMLElement>('.secret')!;
    expect(shown.hidden).to.equal(false);
    expect(document.activeElement).to.equal(shown);
    expect(shown.querySelector('code')!.textContent).to.match(/^whsec_/);
    expect(section.querySelector('li.webhook h3')!.textContent).to.equal(url);
    expect(section.querySelector('li.webhook b')).to.equal(null, 'a URL is text, never markup');
    expect(section.querySelector('li.webhook .meta')!.textContent).to.contain('For a review is posted, an order is placed');
    const { webhooks } = await api.send('GET', 'webhooks');
    expect(webhooks.map(({ url: each, events }: { url: string; events: string[] }) => [each, events])).to.deep.equal([[url, ['review.posted', 'order.placed']]]);
    expect(webhooks[0].secret).to.equal(undefined);

    byLabel(section, 'button', `Send test ping to ${url}`)!.click();
    await waitUntil(() => section.querySelector('tr.delivery'), 'no delivery listed');
    expect(section.querySelector('tr.delivery td:nth-child(2)')!.textContent).to.equal('webhook.ping');
    // The worker tries it at once and fails on the name; Refresh shows that, with the next try.
    await waitUntil(async () => {
      byLabel(section, 'button', 'Refresh deliveries')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return /ENOTFOUND|EAI_AGAIN/.test(section.querySelector('tr.delivery td:nth-child(3)')!.textContent!);
    }, 'the failed attempt is not shown', { timeout: 8000 });
    expect(section.querySelector('tr.delivery td:nth-child(3)')!.textContent).to.contain('next try');
    await expect(section).to.be.accessible();
  });

  it('says why a private address is refused, pauses, resumes and deletes', async () => {
    const { endpoint, site, secret } = await newSite();
    const api = consoleApi(endpoint, site, secret, status);
    await api.send('POST', 'webhooks', { url: 'https://one.shop.invalid/hook', events: ['order.placed'] });
    await mount(section, api);
    expect(section.querySelectorAll('li.webhook')).to.have.length(1);

    (byLabel(section, 'input', 'URL that receives the events') as HTMLInputElement).value = 'http://169.254.169.254/latest/meta-data/';
    (byLabel(section, 'input', 'a question is asked') as HTMLInputElement).click();
    byLabel(section, 'button', 'Add webhook')!.click();
    await waitUntil(() => status.textContent!.startsWith('Could not add http://169.254.169.254/latest/meta-data/:'), 'no refusal announced');
    expect(status.textContent).to.contain('link-local address');
    expect(section.querySelectorAll('li.webhook')).to.have.length(1);

    byLabel(section, 'button', 'Pause https://one.shop.invalid/hook')!.click();
    await waitUntil(() => status.textContent === 'Paused https://one.shop.invalid/hook.', 'not paused');
    expect(section.querySelector('li.webhook .meta')!.textContent).to.match(/^Paused · /);
    expect(document.activeElement).to.equal(section.querySelector('li.webhook h3'));
    byLabel(section, 'button', 'Resume https://one.shop.invalid/hook')!.click();
    await waitUntil(() => status.textContent === 'Resumed https://one.shop.invalid/hook.', 'not resumed');

    byLabel(section, 'button', 'Delete https://one.shop.invalid/hook')!.click();
    await waitUntil(() => !section.querySelector('li.webhook'), 'not deleted');
    expect(document.activeElement).to.equal(section.querySelector('h2'));
    expect((await api.send('GET', 'webhooks')).webhooks).to.deep.equal([]);
  });
});
