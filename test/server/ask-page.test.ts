import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { askPage } from '../../server/seo/ask-page.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const product = (title: string, images: string[] = []) => ({ title, images, variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] });

/** An ask among `titles` (products p0, p1, …, the first with `image`), made by a shopper of `site`. */
async function askAmong(site: TestSite, titles: string[], image?: string): Promise<string> {
  for (const [index, title] of titles.entries()) {
    await call(site, 'PUT', `products/p${index}`, { headers: seller(site), body: product(title, index === 0 && image ? [image] : []) });
  }
  const made = await call(site, 'POST', 'asks', { headers: { 'X-Visitor-Token': await visitor(site) }, body: { productIds: titles.map((_, index) => `p${index}`) } });
  assert.equal(made.status, 201);
  return made.body.id;
}

/** The ask page of `site` as a crawler reads it: its HTML, with no script run. */
async function pageOf(site: TestSite, query: string, lang = 'en', question?: (choices: string) => string): Promise<{ status: number; type: string | null; html: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'ask-page-'));
  const file = join(folder, 'ask.html');
  await writeFile(
    file,
    `<!doctype html>\n<html lang="${lang}">\n  <head>\n    <title>Which one? · a shop</title>\n    <meta name="description" content="A friend asks which one to get. Vote: no account needed &amp; quick." />\n  </head>\n  <body><sc-poll></sc-poll></body>\n</html>\n`,
  );
  const app = new Hono().get('/ask.html', askPage({ db: server.services.db, site: site.id, file, question }));
  const response = await app.request(`https://shop.example/ask.html?${query}`);
  return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
}

/** The content of each meta tag, by its property or name. */
const metaOf = (html: string) =>
  Object.fromEntries([...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g)].map(([, name, content]) => [name, content]));

describe('the ask page (server/seo/ask-page.ts)', () => {
  it('writes the ask\'s question, the page\'s description and the first product\'s picture as Open Graph and Twitter card tags', async () => {
    const site = await server.site();
    const id = await askAmong(site, ['Linen shirt', 'Wool scarf', 'Round sunglasses'], '/images/shirt.jpg');
    const page = await pageOf(site, `sc-poll=${id}&utm_source=whatsapp&utm_medium=social&utm_campaign=share`);
    assert.equal(page.status, 200);
    assert.match(page.type!, /^text\/html/);
    const question = 'Which one should I get: Linen shirt, Wool scarf, or Round sunglasses?';
    assert.deepEqual(metaOf(page.html), {
      description: 'A friend asks which one to get. Vote: no account needed &amp; quick.',
      'og:type': 'website',
      'og:title': question,
      'og:description': 'A friend asks which one to get. Vote: no account needed &amp; quick.',
      // One address for every share of the ask: its UTM parameters left out.
      'og:url': `https://shop.example/ask.html?sc-poll=${id}`,
      'og:image': 'https://shop.example/images/shirt.jpg',
      'twitter:card': 'summary_large_image',
      'twitter:title': question,
      'twitter:description': 'A friend asks which one to get. Vote: no account needed &amp; quick.',
      'twitter:image': 'https://shop.example/images/shirt.jpg',
    });
    assert.match(page.html, new RegExp(`<title>${question.replace(/[?]/g, '\\?')}</title>`));
    assert.equal(page.html.match(/<\/head>/g)!.length, 1);
  });

  it('asks in the page\'s language with its words, and leaves out a picture no network could fetch (inline data)', async () => {
    const site = await server.site();
    const id = await askAmong(site, ['Linnen hemd', 'Wollen sjaal'], 'data:image/svg+xml,%3Csvg%3E');
    const meta = metaOf((await pageOf(site, `sc-poll=${id}`, 'nl', (choices) => `Welke moet ik nemen: ${choices}?`)).html);
    assert.equal(meta['og:title'], 'Welke moet ik nemen: Linnen hemd of Wollen sjaal?');
    assert.equal(meta['og:image'], undefined);
    assert.equal(meta['twitter:card'], 'summary');
  });

  it('escapes every value: a title with quotes and markup stays text', async () => {
    const site = await server.site();
    const id = await askAmong(site, ['"><script>alert(1)</script>', "Bob's <b>mug</b> & co"], 'https://cdn.example/a.jpg?x="y"&z=<1>');
    const { html } = await pageOf(site, `sc-poll=${id}`);
    assert.doesNotMatch(html, /<script>|<b>/);
    const meta = metaOf(html);
    assert.equal(meta['og:title'], 'Which one should I get: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; or Bob&#39;s &lt;b&gt;mug&lt;/b&gt; &amp; co?');
    assert.equal(meta['og:image'], 'https://cdn.example/a.jpg?x=%22y%22&amp;z=%3C1%3E');
  });

  it('serves the page as it is for a missing, unknown or another site\'s ask, or a seller\'s poll', async () => {
    const site = await server.site();
    const other = await server.site();
    const theirs = await askAmong(other, ['A', 'B']);
    const poll = await call(site, 'POST', 'polls', { headers: seller(site), body: { question: 'Which colour?', options: [{ label: 'Red' }, { label: 'Blue' }] } });
    assert.equal(poll.status, 201);
    for (const query of ['', 'sc-poll=', 'sc-poll=ask_nope', `sc-poll=${theirs}`, `sc-poll=${poll.body.id}`, 'sc-poll=%00%27']) {
      const page = await pageOf(site, query);
      assert.equal(page.status, 200, query);
      assert.deepEqual(Object.keys(metaOf(page.html)), ['description'], query);
      assert.match(page.html, /<title>Which one\? · a shop<\/title>/);
    }
  });
});
