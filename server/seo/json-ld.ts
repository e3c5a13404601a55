import type { Stars } from '../../src/core/adapter.js';
import { type JsonLdProduct, jsonLdText, type ProductJsonLd, productJsonLd } from '../../src/seo/product-json-ld.js';
import { type QuestionJsonLd, questionJsonLd } from '../../src/seo/question-json-ld.js';
import { answersOf } from '../data/questions.js';
import { ratingSummaries } from '../data/reviews.js';
import type { Sql } from '../db/db.js';

/** How many reviews go into a product's JSON-LD, most helpful first. */
export const JSON_LD_REVIEWS = 10;

/** How many questions go into a product's JSON-LD, those with the most helpful answers first. */
export const JSON_LD_QUESTIONS = 10;

/** What a shop may say of a product the catalog lacks; the catalog's own values win. */
export type ProductFacts = Partial<Omit<JsonLdProduct, 'id'>>;

/**
 * A product's schema.org JSON-LD from the site's catalog and published reviews. The
 * name is the catalog's title, else `facts.name`, else the product id.
 */
export async function readProductJsonLd(sql: Sql, site: string, productId: string, facts: ProductFacts = {}): Promise<ProductJsonLd & { subjectOf?: QuestionJsonLd[] }> {
  // One query at a time: `sql` may be a transaction's single connection.
  const [product] = await sql.query<{ title: string; description: string; images: string[] }>('SELECT title, description, images FROM products WHERE site_id = $1 AND id = $2', [site, productId]);
  const summaries = await ratingSummaries(sql, site, [productId]);
  const reviews = await sql.query<{ author: string; rating: Stars; title: string; text: string; created_at: Date }>(
    `SELECT author, rating, title, body AS text, created_at FROM reviews WHERE site_id = $1 AND product_id = $2 AND status = 'published'
     ORDER BY helpful DESC, seq DESC LIMIT ${JSON_LD_REVIEWS}`,
    [site, productId],
  );
  const image = product?.images.find((src) => /^https?:\/\//.test(src)) ?? facts.image;
  const description = product?.description || facts.description;
  const questions = await publishedQuestions(sql, site, productId);
  const jsonLd = productJsonLd(
    {
      id: productId,
      name: product?.title ?? facts.name ?? productId,
      ...(facts.url ? { url: facts.url } : {}),
      ...(image ? { image } : {}),
      ...(description ? { description } : {}),
    },
    summaries[productId]!,
    reviews.map((review) => ({ ...review, createdAt: review.created_at.toISOString() })),
  );
  return questions.length ? { ...jsonLd, subjectOf: questions } : jsonLd;
}

/** A product's published questions as JSON-LD, with their public published answers. */
async function publishedQuestions(sql: Sql, site: string, productId: string): Promise<QuestionJsonLd[]> {
  const rows = await sql.query<{ id: string; author: string; body: string; created_at: Date }>(
    `SELECT id, author, body, created_at FROM questions WHERE site_id = $1 AND product_id = $2 AND status = 'published'
     ORDER BY helpful DESC, seq DESC LIMIT ${JSON_LD_QUESTIONS}`,
    [site, productId],
  );
  const answers = await answersOf(sql, site, rows.map((row) => row.id), "status = 'published' AND NOT private");
  return rows.map((row) =>
    questionJsonLd({
      text: row.body,
      author: row.author,
      createdAt: row.created_at.toISOString(),
      answers: (answers.get(row.id) ?? []).map((answer) => ({ ...answer, text: answer.body, createdAt: answer.created_at.toISOString() })),
    }),
  );
}

/**
 * The same JSON-LD as a `<script type="application/ld+json">` element for a shop's own
 * server-rendered HTML, escaped as the browser writes it.
 */
export async function productJsonLdScript(sql: Sql, site: string, productId: string, facts?: ProductFacts): Promise<string> {
  return `<script type="application/ld+json">${jsonLdText(await readProductJsonLd(sql, site, productId, facts))}</script>`;
}
