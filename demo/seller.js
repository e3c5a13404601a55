/**
 * The seller desk: two review queues (awaiting moderation, reported) with approve, hide
 * and answer, and the catalog, each variant's price and stock to edit. The secret key
 * lives in a variable of this module only, never in storage. Review text is rendered
 * with textContent: it is whatever a visitor typed.
 */

/** The queues the page shows: new reviews awaiting approval, and reviews with reports not yet decided on (held or not). */
export const queues = /** @type {const} */ (['moderation', 'reports']);
const queueQuery = { moderation: 'status=pending&reason=moderation', reports: 'reported=true' };

/**
 * The seller routes this page calls, on `origin` (the server that serves the page).
 * Exported so the Node tests drive exactly these requests against the real server.
 */
export function sellerApi(origin, site, key) {
  const base = `${origin}/v1/sites/${encodeURIComponent(site)}/`;
  const send = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { Authorization: `Bearer ${key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body && JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code, status: response.status });
    return answer;
  };
  return {
    /** A page of one queue, newest first. */
    queue: (queue, cursor) => send('GET', `reviews?${queueQuery[queue]}&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    /** `published` approves, `hidden` takes the review down for good. */
    decide: (reviewId, status) => send('PATCH', `reviews/${encodeURIComponent(reviewId)}`, { status }),
    /** `locale`: the BCP 47 tag of the text, if known. */
    answer: (reviewId, text, author, locale) => send('POST', `reviews/${encodeURIComponent(reviewId)}/seller-replies`, { text, author, locale }),
    /** A page of the catalog, by title. */
    products: (cursor) => send('GET', `products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    /** A variant's new `price` (`{ amount, currency }`, in minor units) and `stock` (`null`: not tracked). */
    setVariant: (productId, variantId, patch) =>
      send('PATCH', `products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`, patch),
  };
}

/** Builds an element with text content only: never HTML. */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function reviewItem(review, queue) {
  const id = `review-${review.id}`;
  const stars = `${review.rating} of 5 stars`;
  const replies = el('ul', { className: 'replies' }, ...review.replies.map(replyItem));
  const answerId = `${id}-answer`;
  return el(
    'li',
    { id, className: 'review' },
    el('article', {},
      el('h3', { id: `${id}-heading`, tabIndex: -1 }, `${review.author} on ${review.productId}`),
      el('p', { className: 'meta' },
        el('span', { className: 'stars', ariaHidden: 'true' }, '★'.repeat(review.rating) + '☆'.repeat(5 - review.rating)),
        el('span', { className: 'visually-hidden' }, stars),
        ` · ${new Date(review.createdAt).toLocaleString()}`,
        review.verified ? ' · verified purchase' : '',
        queue === 'reports' ? ` · ${review.status === 'pending' ? 'held, ' : ''}reported ${review.reports} ${review.reports === 1 ? 'time' : 'times'}: ${review.reportReasons.map(({ reason, count }) => `${reason} (${count})`).join(', ')}` : '',
      ),
      review.title ? el('p', { className: 'title' }, review.title) : '',
      el('p', { className: 'text', lang: review.locale ?? '' }, review.text),
      replies,
      el('div', { className: 'actions' },
        el('button', { type: 'button', className: 'approve', ariaLabel: `Approve review by ${review.author}` }, 'Approve'),
        el('button', { type: 'button', className: 'hide', ariaLabel: `Hide review by ${review.author}` }, 'Hide'),
      ),
      el('form', { className: 'answer' },
        el('label', { htmlFor: answerId }, `Answer to ${review.author}`),
        el('textarea', { id: answerId, name: 'text', required: true, maxLength: 2000, rows: 2 }),
        el('button', { type: 'submit', ariaLabel: `Send answer to ${review.author}` }, 'Send answer'),
      ),
    ),
  );
}

/** Digits after the point of a currency's prices: 2 for EUR, 0 for JPY. */
const digits = (currency) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
const money = ({ amount, currency }) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 10 ** digits(currency));
const variantName = (variant) => Object.entries(variant.options).map(([name, value]) => `${name} ${value}`).join(', ') || 'the only variant';
let fields = 0;

function productItem(product) {
  return el(
    'li',
    { className: 'product' },
    el('h3', {}, product.title),
    el('p', { className: 'meta' }, `${product.id}${product.category ? ` · ${product.category}` : ''}`),
    ...product.variants.map((variant) => variantForm(product, variant)),
  );
}

/** One variant's price and stock, saved with its own button. */
function variantForm(product, variant) {
  const n = ++fields;
  const { currency } = variant.price;
  const step = digits(currency);
  const form = el(
    'form',
    { className: 'variant' },
    el('fieldset', {},
      el('legend', {}, el('span', { className: 'visually-hidden' }, `${product.title}, `), variantName(variant)),
      el('label', { htmlFor: `price-${n}` }, `Price (${currency})`),
      el('input', { id: `price-${n}`, name: 'price', type: 'number', required: true, min: '0', step: String(10 ** -step), inputMode: 'decimal', value: (variant.price.amount / 10 ** step).toFixed(step) }),
      el('label', { htmlFor: `stock-${n}` }, 'Stock'),
      el('input', { id: `stock-${n}`, name: 'stock', type: 'number', min: '0', step: '1', inputMode: 'numeric', value: variant.stock ?? '' }),
      el('button', { type: 'submit', ariaLabel: `Save ${product.title}, ${variantName(variant)}` }, 'Save'),
    ),
  );
  Object.assign(form.dataset, { product: product.id, variant: variant.id, currency, title: `${product.title}, ${variantName(variant)}` });
  return form;
}

function replyItem(reply) {
  return el('li', { className: reply.seller ? 'seller' : '' }, el('strong', {}, reply.seller ? `${reply.author} (shop)` : reply.author), ': ', reply.text);
}

/** Wires the page: runs only in a browser (Node tests import just `sellerApi`). */
function start() {
  const $ = (id) => document.getElementById(id);
  const status = $('status');
  const say = (message) => (status.textContent = message);
  let api;
  let member = '';
  /** Per queue: the reviews shown by id, and the cursor of the next page. */
  const state = Object.fromEntries(queues.map((queue) => [queue, { reviews: new Map(), next: undefined, total: 0 }]));

  const failure = (doing, error) =>
    say(error.status === 401 ? 'The site id or secret key is wrong.' : `Could not ${doing}: ${error.message}`);

  async function load(queue, more = false) {
    const shown = state[queue];
    const page = await api.queue(queue, more ? shown.next : undefined);
    if (!more) {
      shown.reviews.clear();
      $(`${queue}-list`).replaceChildren();
    }
    for (const review of page.reviews) {
      shown.reviews.set(review.id, review);
      $(`${queue}-list`).append(reviewItem(review, queue));
    }
    shown.next = page.next;
    shown.total = page.total;
    render(queue);
  }

  function render(queue) {
    $(`${queue}-count`).textContent = `(${state[queue].total})`;
    $(`${queue}-more`).hidden = !state[queue].next;
  }

  async function loadAll() {
    await Promise.all(queues.map((queue) => load(queue)));
    say(`${state.moderation.total} awaiting moderation, ${state.reports.total} reported.`);
  }

  /** The whole catalog, a page of 100 at a time (up to 1,000 products). */
  async function loadCatalog() {
    const products = [];
    let next;
    do {
      const page = await api.products(next);
      products.push(...page.products);
      next = page.next;
    } while (next && products.length < 1000);
    $('catalog-list').replaceChildren(...products.map(productItem));
    $('catalog-count').textContent = `(${products.length})`;
  }

  async function saveVariant(form) {
    const { product, variant, currency, title } = form.dataset;
    const { price, stock } = form.elements;
    const patch = {
      price: { amount: Math.round(price.valueAsNumber * 10 ** digits(currency)), currency },
      stock: stock.value === '' ? null : stock.valueAsNumber,
    };
    try {
      const saved = (await api.setVariant(product, variant, patch)).variants.find((each) => each.id === variant);
      stock.value = saved.stock ?? '';
      say(`Saved ${title}: ${money(saved.price)}, ${saved.stock == null ? 'stock not tracked' : `${saved.stock} in stock`}.`);
    } catch (error) {
      failure(`save ${title}`, error);
    }
  }

  // The API is this page's own server (npm start); `?api=` points it at another, as the tests do.
  const apiOrigin = new URLSearchParams(location.search).get('api') ?? location.origin;

  $('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const site = form.elements.site.value.trim();
    api = sellerApi(apiOrigin, site, form.elements.secret.value);
    member = form.elements.member.value.trim();
    say('Opening the queues…');
    try {
      await Promise.all([loadAll(), loadCatalog()]);
    } catch (error) {
      api = undefined;
      return failure('open the queues', error);
    }
    form.elements.secret.value = '';
    form.hidden = true;
    $('session').textContent = `Site ${site}, answering as ${member}.`;
    $('desk').hidden = false;
    $('moderation-heading').focus();
  });

  $('sign-out').addEventListener('click', () => {
    api = undefined;
    for (const list of [...queues, 'catalog']) $(`${list}-list`).replaceChildren();
    $('desk').hidden = true;
    $('sign-in').hidden = false;
    $('secret').focus();
    say('Signed out; the key is forgotten.');
  });

  $('refresh').addEventListener('click', () => loadAll().catch((error) => failure('refresh', error)));
  for (const queue of queues) {
    $(`${queue}-more`).addEventListener('click', () => load(queue, true).catch((error) => failure('load more', error)));
    const list = $(`${queue}-list`);
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button.approve, button.hide');
      if (button) void decide(queue, button.closest('li.review'), button.classList.contains('approve') ? 'published' : 'hidden');
    });
    list.addEventListener('submit', (event) => {
      event.preventDefault();
      void answer(queue, event.target.closest('li.review'), event.target);
    });
  }

  $('catalog-list').addEventListener('submit', (event) => {
    event.preventDefault();
    void saveVariant(event.target);
  });

  async function decide(queue, item, decision) {
    const review = state[queue].reviews.get(item.id.slice('review-'.length));
    const verb = decision === 'published' ? 'approve' : 'hide';
    try {
      await api.decide(review.id, decision);
    } catch (error) {
      return failure(`${verb} the review`, error);
    }
    // Focus moves to the next review (or the queue's heading), never to the removed button.
    const next = item.nextElementSibling ?? item.previousElementSibling;
    item.remove();
    state[queue].reviews.delete(review.id);
    state[queue].total -= 1;
    render(queue);
    (next?.querySelector('h3') ?? $(`${queue}-heading`)).focus();
    say(`${decision === 'published' ? 'Approved' : 'Hid'} the review by ${review.author}.`);
  }

  async function answer(queue, item, form) {
    const review = state[queue].reviews.get(item.id.slice('review-'.length));
    const text = form.elements.text.value.trim();
    if (!text) return say('Write an answer first.');
    try {
      // Written in the page's language, as far as the page knows.
      const reply = await api.answer(review.id, text, member, document.documentElement.lang || undefined);
      item.querySelector('.replies').append(replyItem(reply));
      form.reset();
      say(`Answer to ${review.author} sent.`);
    } catch (error) {
      failure('send the answer', error);
    }
  }
}

if (globalThis.document) start();
