import { el, uniqueId } from './dom.js';

/** The catalog: each variant's price and stock, saved with its own button. */

/** Digits after the point of a currency's prices: 2 for EUR, 0 for JPY. */
const digits = (currency) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
const money = ({ amount, currency }) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 10 ** digits(currency));
const variantName = (variant) => Object.entries(variant.options).map(([name, value]) => `${name} ${value}`).join(', ') || 'the only variant';

function productItem(product, api) {
  return el(
    'li',
    { className: 'product' },
    el('h3', {}, product.title),
    el('p', { className: 'meta' }, `${product.id}${product.category ? ` · ${product.category}` : ''}`),
    ...product.variants.map((variant) => variantForm(product, variant, api)),
  );
}

function variantForm(product, variant, api) {
  const id = uniqueId('variant');
  const { currency } = variant.price;
  const step = digits(currency);
  const title = `${product.title}, ${variantName(variant)}`;
  const form = el(
    'form',
    { className: 'variant' },
    el('fieldset', {},
      el('legend', {}, el('span', { className: 'visually-hidden' }, `${product.title}, `), variantName(variant)),
      el('label', { htmlFor: `${id}-price` }, `Price (${currency})`),
      el('input', { id: `${id}-price`, name: 'price', type: 'number', required: true, min: '0', step: String(10 ** -step), inputMode: 'decimal', value: (variant.price.amount / 10 ** step).toFixed(step) }),
      el('label', { htmlFor: `${id}-stock` }, 'Stock'),
      el('input', { id: `${id}-stock`, name: 'stock', type: 'number', min: '0', step: '1', inputMode: 'numeric', value: variant.stock ?? '' }),
      el('button', { type: 'submit', ariaLabel: `Save ${title}` }, 'Save'),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { price, stock } = form.elements;
    const patch = {
      price: { amount: Math.round(price.valueAsNumber * 10 ** step), currency },
      stock: stock.value === '' ? null : stock.valueAsNumber,
    };
    try {
      const saved = (await api.send('PATCH', `products/${encodeURIComponent(product.id)}/variants/${encodeURIComponent(variant.id)}`, patch)).variants.find((each) => each.id === variant.id);
      stock.value = saved.stock ?? '';
      api.announce(`Saved ${title}: ${money(saved.price)}, ${saved.stock == null ? 'stock not tracked' : `${saved.stock} in stock`}.`);
    } catch (error) {
      api.fail(`save ${title}`, error);
    }
  });
  return form;
}

/** Fills `section` with the products (already loaded, by title). */
export function mountCatalog(section, api, products) {
  section.append(
    el('p', { className: 'hint' }, 'Each variant\'s price and stock, as shoppers see them. Leave the stock empty to sell without a limit.'),
    el('ol', { className: 'products' }, ...products.map((product) => productItem(product, api))),
  );
}
