import { expect, waitUntil } from '@open-wc/testing';
import { newMember, newSite } from '../support/api.js';
import type { ApiSite } from '../support/api-host.js';
import { issueCoupon, newCampaign } from '../support/coupons.js';
import { axeViolations, openFrame } from '../support/frames.js';

/** demo/till.html, the shop's till, driven as a cashier would, against the real server. */

const byLabel = (doc: Document, name: string) => [...doc.querySelectorAll<HTMLInputElement>('input')].find((input) => input.labels?.[0]?.textContent?.trim() === name)!;
const byText = (doc: Document, name: string) => [...doc.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === name)!;
const said = (doc: Document) => doc.getElementById('status')!.textContent!;
const refused = (doc: Document) => doc.getElementById('refusal')!.textContent!;
const details = (doc: Document) =>
  Object.fromEntries([...doc.querySelectorAll('#coupon-details dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]));

/** A site with a coupon of €5 off orders of €20 or more, and a cashier with the till scope. */
async function tillSite() {
  const api = await newSite();
  const campaign = await newCampaign(api, { name: 'Welcome', discount: { kind: 'amount', amount: { amount: 500, currency: 'EUR' } } });
  const { code } = await issueCoupon(api, campaign.id);
  const credential = await newMember({ site: api.site, name: 'Sem', role: 'shop floor', scopes: ['till'] });
  return { api, code, credential };
}

/** Opens the till against the test server; `before` runs in the page's window first (a camera's stand-in). */
async function openTill({ endpoint, site }: ApiSite, credential: string, before?: (window: Window & typeof globalThis) => void) {
  const frame = await openFrame(`/demo/till.html?api=${encodeURIComponent(endpoint)}`, { fullScreen: true });
  const doc = frame.contentDocument!;
  before?.(frame.contentWindow as Window & typeof globalThis);
  byLabel(doc, 'Site id').value = site;
  byLabel(doc, 'Your credential').value = credential;
  byText(doc, 'Sign in').click();
  await waitUntil(() => !doc.getElementById('till')!.hidden || refused(doc), 'never signed in');
  return { frame, doc };
}

async function lookUp(doc: Document, code: string) {
  byLabel(doc, 'Coupon code').value = code;
  byText(doc, 'Look up').click();
  await waitUntil(() => said(doc).startsWith('Coupon ') || refused(doc), 'the coupon was never shown');
}

describe('demo/till.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('redeems a typed code once with the order total, and refuses the second redemption clearly', async () => {
    const { api, code, credential } = await tillSite();
    const { frame, doc } = await openTill(api, credential);
    // Headless Chromium has no BarcodeDetector: no camera button, the code is typed.
    expect(doc.getElementById('camera')!.hidden).to.equal(true);
    await lookUp(doc, code.toLowerCase());
    expect(details(doc)).to.include({ Code: code, Campaign: 'Welcome', Discount: '€5.00 off', 'Minimum order': '€20.00', State: 'Valid' });
    expect(await axeViolations(frame)).to.deep.equal([]);

    byLabel(doc, 'Order total (EUR, optional)').value = '30';
    byText(doc, 'Redeem').click();
    await waitUntil(() => said(doc).startsWith('Redeemed'), 'never redeemed');
    expect(said(doc)).to.equal('Redeemed. Take €5.00 off: the customer pays €25.00.');
    expect(details(doc).State).to.match(/^Already redeemed \(/);

    byText(doc, 'Redeem').click();
    await waitUntil(() => refused(doc), 'the second redemption was not refused');
    expect(refused(doc)).to.match(/^Refused: this coupon was already redeemed on .+\. Do not take the discount off\.$/);
    expect(doc.getElementById('refusal')!.getAttribute('role')).to.equal('alert');
    expect(said(doc)).to.equal('');
  });

  it('says why a total below the minimum or an unknown code is refused', async () => {
    const { api, code, credential } = await tillSite();
    const { doc } = await openTill(api, credential);
    await lookUp(doc, 'ZZZZ-ZZZZ-ZZZZ');
    expect(refused(doc)).to.equal('No coupon has the code ZZZZ-ZZZZ-ZZZZ. Check it and try again.');
    await lookUp(doc, code);
    byLabel(doc, 'Order total (EUR, optional)').value = '12.50';
    byText(doc, 'Redeem').click();
    await waitUntil(() => refused(doc), 'not refused');
    expect(refused(doc)).to.match(/^Refused: .*20/);
  });

  it('reads the QR code with the camera where BarcodeDetector exists (a page-provided stand-in here)', async () => {
    const { api, code, credential } = await tillSite();
    const looked: unknown[] = [];
    const { doc } = await openTill(api, credential, (window) => {
      // The real API is not in headless Chromium: a stand-in that finds the coupon's code in
      // the third frame it is shown, and a canvas's stream as the camera.
      let frames = 0;
      Object.assign(window, {
        BarcodeDetector: class {
          constructor(options: unknown) {
            looked.push(options);
          }
          async detect(source: unknown) {
            looked.push(source instanceof window.HTMLVideoElement);
            return ++frames < 3 ? [] : [{ rawValue: code, format: 'qr_code' }];
          }
        },
      });
      const canvas = window.document.createElement('canvas');
      const camera = async () => {
        const stream = canvas.captureStream();
        canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
        return stream;
      };
      Object.defineProperty(window.navigator, 'mediaDevices', { value: { getUserMedia: camera }, configurable: true });
    });
    expect(doc.getElementById('camera')!.hidden).to.equal(false);
    byText(doc, 'Scan the QR code with the camera').click();
    await waitUntil(() => said(doc).startsWith('Coupon '), 'the code was never read');
    expect(byLabel(doc, 'Coupon code').value).to.equal(code);
    expect(details(doc).Code).to.equal(code);
    expect(looked).to.deep.equal([{ formats: ['qr_code'] }, true, true, true]);
    // The camera is off once a code is read.
    expect(doc.querySelector<HTMLVideoElement>('#viewfinder')!.hidden).to.equal(true);
  });

  it('refuses a member without the till scope', async () => {
    const { api } = await tillSite();
    const credential = await newMember({ site: api.site, name: 'Ann', role: 'webcare', scopes: ['answer'] });
    const { doc } = await openTill(api, credential);
    expect(refused(doc)).to.equal('This credential cannot redeem coupons: it lacks the till scope. Ask your shop for one that has it.');
    expect(doc.getElementById('till')!.hidden).to.equal(true);
  });
});
