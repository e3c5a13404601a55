/**
 * The seller console's coupons: the site's campaigns with how many coupons each issued and
 * how many were redeemed, a form to start one (an amount or a percentage off, a minimum
 * order, how long each coupon lasts, once per code or per customer, a reward for reviews),
 * a code to hand out issued on the spot, and ending a campaign. For members with the
 * `catalog` scope; tills redeem with the `till` scope (demo/till.html). Text from the
 * server is rendered with textContent only.
 */

import { el, when } from './dom.js';

let forms = 0;

/** Minor units per major unit of `currency` (100 for EUR, 1 for JPY). */
const minorUnits = (currency) => 10 ** new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
const money = ({ amount, currency }) => new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount / minorUnits(currency));

const rewards = { review: 'a coupon for every published review', verified_review: 'a coupon for every published verified review' };

/** A campaign's terms in words: "10% off · orders of €20.00 or more · each coupon valid 60 days · once per code". */
function terms(campaign) {
  return [
    campaign.discount.kind === 'percent' ? `${campaign.discount.percent}% off` : `${money(campaign.discount.amount)} off`,
    campaign.minOrder ? `orders of ${money(campaign.minOrder)} or more` : 'any order',
    campaign.validDays ? `each coupon valid ${campaign.validDays} days` : '',
    campaign.expiresAt ? `until ${when(campaign.expiresAt)}` : '',
    campaign.oncePer === 'customer' ? 'once per customer' : 'once per code',
    campaign.reward ? rewards[campaign.reward] : '',
  ].filter(Boolean).join(' · ');
}

/** Fills `section` (empty) with the site's campaigns and the form that starts one; `api` is the console's (see seller.js). */
export async function mount(section, api) {
  const n = ++forms;
  const heading = el('h2', { id: `coupons-heading-${n}`, tabIndex: -1 }, 'Coupons');
  const list = el('ul', { className: 'campaigns' });
  section.setAttribute('aria-labelledby', heading.id);

  const send = async (doing, method, path, body) => {
    try {
      return { answer: await api.send(method, path, body) };
    } catch (error) {
      api.announce(`Could not ${doing}: ${error.message}`);
      return undefined;
    }
  };

  function item(campaign) {
    const issued = el('div', { className: 'issued credential', hidden: true, tabIndex: -1, role: 'group', ariaLabel: `New code of ${campaign.name}` });
    const node = el(
      'li',
      { className: `campaign${campaign.endedAt ? ' ended' : ''}` },
      el('h3', { tabIndex: -1 }, campaign.name),
      el('p', { className: 'meta' }, terms(campaign)),
      el('p', { className: 'meta counts' }, `${campaign.issued} issued · ${campaign.redeemed} redeemed · ${campaign.endedAt ? `ended ${when(campaign.endedAt)}` : `started ${when(campaign.createdAt)}`}`),
    );
    if (!campaign.endedAt) {
      const issue = el('button', { type: 'button', ariaLabel: `Issue a code of ${campaign.name}` }, 'Issue a code');
      const end = el('button', { type: 'button', ariaLabel: `End ${campaign.name} now` }, 'End now');
      issue.addEventListener('click', async () => {
        const done = await send('issue a code', 'POST', `coupon-campaigns/${encodeURIComponent(campaign.id)}/coupons`);
        if (!done) return;
        const next = item({ ...campaign, issued: campaign.issued + 1 });
        const shown = next.querySelector('.issued');
        shown.replaceChildren(el('p', {}, 'A code to hand out, valid once: '), el('code', {}, done.answer.code));
        shown.hidden = false;
        node.replaceWith(next);
        shown.focus();
        api.announce(`Issued code ${done.answer.code} of ${campaign.name}.`);
      });
      end.addEventListener('click', async () => {
        const done = await send(`end ${campaign.name}`, 'POST', `coupon-campaigns/${encodeURIComponent(campaign.id)}/end`);
        if (!done) return;
        const next = item(done.answer);
        node.replaceWith(next);
        next.querySelector('h3').focus();
        api.announce(`Ended ${campaign.name}: its coupons no longer apply.`);
      });
      node.append(el('p', { className: 'actions' }, issue, end), issued);
    }
    return node;
  }

  async function load() {
    const { campaigns } = await api.send('GET', 'coupon-campaigns');
    list.replaceChildren(...campaigns.map(item));
  }

  /** A label and its control: an input, or a select of `options`. */
  const field = (name, label, { options, ...props }) => [
    el('label', { htmlFor: `coupon-${n}-${name}` }, label),
    el(options ? 'select' : 'input', { id: `coupon-${n}-${name}`, name, ...props }, ...(options ?? [])),
  ];
  const option = (value, text) => el('option', { value }, text);
  const form = el(
    'form',
    { className: 'new-campaign' },
    el('h3', {}, 'Start a campaign'),
    ...field('name', 'Name shoppers see', { required: true, maxLength: 80 }),
    ...field('kind', 'Discount', { options: [option('percent', 'a percentage off'), option('amount', 'an amount off')] }),
    ...field('value', 'How much (percent, or the amount)', { type: 'number', required: true, min: '0.01', step: '0.01' }),
    ...field('currency', 'Currency of amounts', { required: true, value: 'EUR', pattern: '[A-Z]{3}', maxLength: 3 }),
    ...field('minOrder', 'Minimum order (empty: any)', { type: 'number', min: '0', step: '0.01' }),
    ...field('validDays', 'Days each coupon stays valid (empty: until the campaign ends)', { type: 'number', min: '1', max: '3650', step: '1' }),
    ...field('oncePer', 'Each coupon', { options: [option('code', 'redeems once'), option('customer', 'redeems once, and each customer once')] }),
    ...field('reward', 'Reward for reviews', { options: [option('', 'none'), option('review', 'every published review'), option('verified_review', 'published verified reviews')] }),
    el('button', { type: 'submit' }, 'Start campaign'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const currency = String(data.currency).toUpperCase();
    const minor = (value) => ({ amount: Math.round(Number(value) * minorUnits(currency)), currency });
    const draft = {
      name: String(data.name).trim(),
      discount: data.kind === 'percent' ? { kind: 'percent', percent: Math.round(Number(data.value)) } : { kind: 'amount', amount: minor(data.value) },
      minOrder: data.minOrder ? minor(data.minOrder) : null,
      validDays: data.validDays ? Number(data.validDays) : null,
      oncePer: data.oncePer,
      reward: data.reward || null,
    };
    const done = await send(`start ${draft.name}`, 'POST', 'coupon-campaigns', draft);
    if (!done) return;
    const node = item(done.answer);
    list.prepend(node);
    form.reset();
    node.querySelector('h3').focus();
    api.announce(`Started ${done.answer.name}: ${terms(done.answer)}.`);
  });

  section.replaceChildren(
    heading,
    el('p', { className: 'hint' }, 'Personal coupons: shoppers see theirs with <sc-coupon>, use them at checkout, or show the QR code at the till. Each code redeems once.'),
    list,
    form,
  );
  await load();
}
