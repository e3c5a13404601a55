import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { productJsonLdScript } from '../../server/seo/json-ld.js';
import { type JsonLdReviewSource, productJsonLd } from '../../src/seo/product-json-ld.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/**
 * What Google documents for review snippets (developers.google.com/search/docs/appearance/
 * structured-data/review-snippet): a named item; an AggregateRating with ratingValue and
 * reviewCount or ratingCount; a Review with author.name and reviewRating.ratingValue;
 * every ratingValue within its bestRating and worstRating (default 5 and 1).
 */
function assertReviewSnippet(product: any): void {
  assert.equal(product['@context'], 'https://schema.org');
  assert.equal(product['@type'], 'Product');
  assert.ok(typeof product.name === 'string' && product.name.length > 0, 'Product needs a name');
  const inScale = (rating: any, where: string) => {
    const [best, worst] = [rating.bestRating ?? 5, rating.worstRating ?? 1];
    assert.ok(typeof rating.ratingValue === 'number' && rating.ratingValue >= worst && rating.ratingValue <= best, `${where}.ratingValue ${rating.ratingValue} outside ${worst}–${best}`);
  };
  if (product.aggregateRating) {
    assert.equal(product.aggregateRating['@type'], 'AggregateRating');
    assert.ok((product.aggregateRating.reviewCount ?? product.aggregateRating.ratingCount) > 0, 'AggregateRating needs a positive reviewCount or ratingCount');
    inScale(product.aggregateRating, 'aggregateRating');
  }
  for (const review of product.review ?? []) {
    assert.equal(review['@type'], 'Review');
    assert.ok(review.author?.name, 'Review needs author.name');
    assert.match(review.datePublished, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(review.reviewRating['@type'], 'Rating');
    inScale(review.reviewRating, 'reviewRating');
  }
}

const source = (rating: 1 | 2 | 3 | 4 | 5, extra: Partial<JsonLdReviewSource> = {}): JsonLdReviewSource => ({
  author: 'Ann', rating, title: '', text: 'Fine.', createdAt: '2026-03-04T05:06:07.000Z', ...extra,
});

describe('productJsonLd (src/seo)', () => {
  it('builds a Product with its rating and reviews', () => {
    const product = productJsonLd(
      { id: 'sku-1', name: 'Linen shirt', url: 'https://shop.example/p/sku-1', image: 'https://shop.example/1.jpg', description: 'Washed linen.' },
      { average: 4.666, count: 3 },
      [source(5, { title: 'Perfect' }), source(4)],
    );
    assertReviewSnippet(product);
    assert.deepEqual(product, {
      '@context': 'https://schema.org',
      '@type': 'Product',
      productID: 'sku-1',
      name: 'Linen shirt',
      url: 'https://shop.example/p/sku-1',
      image: 'https://shop.example/1.jpg',
      description: 'Washed linen.',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.7, reviewCount: 3, bestRating: 5, worstRating: 1 },
      review: [
        { '@type': 'Review', author: { '@type': 'Person', name: 'Ann' }, datePublished: '2026-03-04', reviewBody: 'Fine.', name: 'Perfect', reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 } },
        { '@type': 'Review', author: { '@type': 'Person', name: 'Ann' }, datePublished: '2026-03-04', reviewBody: 'Fine.', reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 } },
      ],
    });
  });

  it('leaves out the rating and reviews when there are none, since a zero count is rejected', () => {
    const product = productJsonLd({ id: 'p', name: 'P' }, { average: 0, count: 0 }, []);
    assert.deepEqual(product, { '@context': 'https://schema.org', '@type': 'Product', productID: 'p', name: 'P' });
    assertReviewSnippet(product);
  });

  it('imports nothing but the adapter\'s types, and touches no DOM or Node API', async () => {
    const text = await readFile(new URL('../../src/seo/product-json-ld.ts', import.meta.url), 'utf8');
    assert.deepEqual([...text.matchAll(/^import .*$/gm)].map((m) => m[0]), ["import type { RatingSummary, Review } from '../core/adapter.js';"]);
    assert.doesNotMatch(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''), /\b(document|window|process|Buffer|require)\b/);
  });
});

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

async function review(site: TestSite, productId: string, rating: number, text = 'Text', title = '') {
  const reply = await call(site, 'POST', `products/${productId}/reviews`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { rating, title, text, author: 'Guest' } });
  assert.equal(reply.status, 201);
  return reply.body;
}

async function jsonLd(site: TestSite, path: string) {
  const response = await fetch(new URL(path, site.base));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'application/ld+json');
  return response.json() as Promise<any>;
}

describe('GET products/{id}/json-ld', () => {
  it('names the product from the catalog, else from ?name, else by its id', async () => {
    const site = await server.site();
    await call(site, 'PUT', 'products/shirt', {
      headers: seller(site),
      body: { title: 'Linen shirt', description: 'Washed linen.', images: ['data:image/png;base64,AA', 'https://img.example/1.png'], variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] },
    });
    const fromCatalog = await jsonLd(site, 'products/shirt/json-ld?name=Other&url=https://shop.example/shirt');
    assert.deepEqual(
      [fromCatalog.name, fromCatalog.description, fromCatalog.image, fromCatalog.url],
      ['Linen shirt', 'Washed linen.', 'https://img.example/1.png', 'https://shop.example/shirt'],
    );
    assert.equal((await jsonLd(site, 'products/mug/json-ld?name=Stoneware%20mug')).name, 'Stoneware mug');
    const bare = await jsonLd(site, 'products/mug/json-ld');
    assert.deepEqual(bare, { '@context': 'https://schema.org', '@type': 'Product', productID: 'mug', name: 'mug' });
    assert.equal((await call(site, 'GET', 'products/mug/json-ld?url=javascript:alert(1)')).status, 400);
  });

  it('rates published reviews only and lists the ten most helpful', async () => {
    const site = await server.site();
    const created = [];
    for (let i = 0; i < 12; i++) created.push(await review(site, 'p', (i % 5) + 1, `review ${i}`, i === 11 ? 'Best' : ''));
    const voter = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'PUT', `reviews/${created[11].id}/helpful`, { headers: voter });
    await call(site, 'PUT', `reviews/${created[0].id}/helpful`, { headers: voter });
    await call(site, 'PATCH', `reviews/${created[5].id}`, { headers: seller(site), body: { status: 'hidden' } });
    const product = await jsonLd(site, 'products/p/json-ld');
    assertReviewSnippet(product);
    assert.deepEqual(product.aggregateRating, { '@type': 'AggregateRating', ratingValue: 2.9, reviewCount: 11, bestRating: 5, worstRating: 1 });
    assert.equal(product.review.length, 10);
    assert.deepEqual(product.review.slice(0, 3).map((r: any) => r.reviewBody), ['review 11', 'review 0', 'review 10']);
    assert.equal(product.review[0].name, 'Best');
    assert.ok(!product.review.some((r: any) => r.reviewBody === 'review 5'));
  });

  it('answers 404 for an unknown site', async () => {
    const site = await server.site();
    assert.equal((await call({ ...site, base: `${server.url}/v1/sites/nope/` }, 'GET', 'products/p/json-ld')).status, 404);
  });
});

describe('productJsonLdScript (server/seo)', () => {
  it('renders a script element that no review text can close', async () => {
    const site = await server.site();
    const attack = '</script><img src=x onerror=alert(1)><!--';
    await review(site, 'p', 1, attack, '<b>title</b>');
    const html = await productJsonLdScript(server.services.db, site.id, 'p', { name: 'Shirt </script>', url: 'https://shop.example/p' });
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    assert.equal(html, `<script type="application/ld+json">${inner}</script>`);
    assert.ok(!inner.includes('<'), inner);
    const product = JSON.parse(inner);
    assertReviewSnippet(product);
    assert.deepEqual([product.name, product.review[0].reviewBody, product.review[0].name], ['Shirt </script>', attack, '<b>title</b>']);
  });
});
