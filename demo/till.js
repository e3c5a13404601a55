/**
 * The till: a team member with the `till` scope signs in, reads a shopper's coupon (its QR
 * code with the camera where the browser has BarcodeDetector, else the code typed), sees what
 * it gives, and redeems it once with the order's total. A second redemption is refused by the
 * server, and said. No polyfill for BarcodeDetector: the ones that exist carry a QR decoder
 * of tens of KB (zxing's WebAssembly), for a page where typing the 12 printed characters works.
 */
import { sellerApi } from './seller/api.js';
import { el, when } from './seller/dom.js';

/** How often the camera's frame is looked at for a QR code: often enough to feel instant, rarely enough for a cheap phone. */
const SCAN_EVERY_MS = 250;

function start() {
  const $ = (id) => document.getElementById(id);
  const say = (message) => (($('refusal').textContent = ''), ($('status').textContent = message));
  const refuse = (message) => (($('status').textContent = ''), ($('refusal').textContent = message));
  const apiOrigin = new URLSearchParams(location.search).get('api') ?? location.origin;
  /** Set while signed in. */
  let api;
  /** The coupon shown, as the server last answered. */
  let coupon;
  let stopCamera;

  const money = ({ amount, currency }) => {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    return format.format(amount / 10 ** format.resolvedOptions().maximumFractionDigits);
  };
  const discountText = ({ discount }) => (discount.kind === 'amount' ? `${money(discount.amount)} off` : `${discount.percent}% off`);
  const currencyOf = (shown) => shown.minOrder?.currency ?? (shown.discount.kind === 'amount' ? shown.discount.amount.currency : 'EUR');
  const states = { valid: 'Valid', redeemed: 'Already redeemed', expired: 'Expired', ended: 'No longer offered (campaign ended)' };

  function show(shown) {
    coupon = shown;
    const rows = [
      ['Code', shown.code],
      ['Campaign', shown.campaign.name],
      ['Discount', discountText(shown)],
      ['Minimum order', shown.minOrder ? money(shown.minOrder) : 'none'],
      ['Valid until', shown.expiresAt ? when(shown.expiresAt) : 'no end'],
      ['State', shown.redeemedAt ? `${states[shown.state]} (${when(shown.redeemedAt)})` : states[shown.state]],
    ];
    $('coupon-details').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
    $('currency').textContent = currencyOf(shown);
    $('coupon').hidden = false;
  }

  async function lookUp(code) {
    say('Looking up the coupon…');
    try {
      show(await api.send('GET', `coupons/${encodeURIComponent(code.trim())}`));
      say(`Coupon ${coupon.code}: ${discountText(coupon)}, ${states[coupon.state].toLowerCase()}.`);
      $('coupon-heading').focus();
    } catch (error) {
      $('coupon').hidden = true;
      coupon = undefined;
      refuse(error.status === 404 ? `No coupon has the code ${code.trim().toUpperCase()}. Check it and try again.` : `Could not look the coupon up: ${error.message}`);
    }
  }

  /** The total typed, in minor units of the coupon's currency; undefined when left empty. */
  function orderTotal() {
    const typed = $('total').valueAsNumber;
    if (Number.isNaN(typed)) return undefined;
    const currency = currencyOf(coupon);
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    return { amount: Math.round(typed * 10 ** digits), currency };
  }

  async function redeem() {
    const total = orderTotal();
    say('Redeeming…');
    try {
      const { coupon: redeemed, discount } = await api.send('POST', `coupons/${encodeURIComponent(coupon.code)}/redemptions`, total ? { orderTotal: total } : {});
      show(redeemed);
      say(discount
        ? `Redeemed. Take ${money(discount)} off${total ? `: the customer pays ${money({ ...total, amount: total.amount - discount.amount })}` : ''}.`
        : `Redeemed. Take ${discountText(redeemed)} the order.`);
    } catch (error) {
      if (error.code === 'coupon_redeemed') {
        // The server says when; the coupon as it is now shows it in the details too.
        await api.send('GET', `coupons/${encodeURIComponent(coupon.code)}`).then(show, () => {});
        return refuse(`Refused: this coupon was already redeemed${coupon.redeemedAt ? ` on ${when(coupon.redeemedAt)}` : ''}. Do not take the discount off.`);
      }
      refuse(`Refused: ${error.message}`);
    }
  }

  /** Reads QR codes from the back camera until one is found (or the camera is stopped). */
  async function scan() {
    const video = $('viewfinder');
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch (error) {
      return refuse(`The camera could not start (${error.message}). Type the code instead.`);
    }
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    let timer;
    stopCamera = () => {
      clearTimeout(timer);
      stream.getTracks().forEach((track) => track.stop());
      video.hidden = $('stop-scan').hidden = true;
      $('scan').hidden = false;
      stopCamera = undefined;
    };
    video.srcObject = stream;
    video.hidden = $('stop-scan').hidden = false;
    $('scan').hidden = true;
    // Not awaited: a camera slow to give its first frame must not stop the looking (detect() finds nothing until then).
    video.play().catch(() => {});
    say('Hold the coupon\'s QR code in front of the camera.');
    const look = async () => {
      if (!stopCamera) return;
      const [found] = await detector.detect(video).catch(() => []);
      if (!found) return void (timer = setTimeout(look, SCAN_EVERY_MS));
      stopCamera();
      $('code').value = found.rawValue;
      await lookUp(found.rawValue);
    };
    void look();
  }

  $('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    say('Signing in…');
    const candidate = sellerApi(apiOrigin, form.elements.site.value.trim(), form.elements.credential.value);
    try {
      const { member } = await candidate.send('GET', 'members/me');
      if (!member.scopes.includes('till')) return refuse('This credential cannot redeem coupons: it lacks the till scope. Ask your shop for one that has it.');
      api = candidate;
      $('session').textContent = `Signed in to ${api.site} as ${member.name}, ${member.role}.`;
    } catch (error) {
      return refuse(error.status === 401 ? 'The site id or credential is wrong, or the credential was revoked.' : `Could not sign in: ${error.message}`);
    }
    form.elements.credential.value = '';
    form.hidden = true;
    $('till').hidden = false;
    // The camera only where the browser can read QR codes from it; typing works everywhere.
    $('camera').hidden = !('BarcodeDetector' in window && navigator.mediaDevices?.getUserMedia);
    say('Signed in. Scan or type a coupon code.');
    $('code').focus();
  });
  $('look-up').addEventListener('submit', (event) => (event.preventDefault(), lookUp($('code').value)));
  $('redeem').addEventListener('submit', (event) => (event.preventDefault(), redeem()));
  $('scan').addEventListener('click', () => scan());
  $('stop-scan').addEventListener('click', () => stopCamera?.());
  $('sign-out').addEventListener('click', () => location.reload());
}

start();
