import { z } from 'zod';
import { endpoint } from '../http/endpoint.js';
import { ProductId } from '../schemas/common.js';
import { ProductJsonLd } from '../schemas/seo.js';
import { JSON_LD_QUESTIONS, JSON_LD_REVIEWS, readProductJsonLd } from '../seo/json-ld.js';

export const readJsonLd = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/products/{productId}/json-ld',
    operationId: 'readProductJsonLd',
    tag: 'reviews',
    summary: 'A product\'s schema.org JSON-LD: rating, top reviews and questions, for pages that search engines read without running scripts',
    description: `A \`Product\` with \`aggregateRating\` and up to ${JSON_LD_REVIEWS} published reviews, most helpful first, and up to ${JSON_LD_QUESTIONS} questions with their public answers as \`subjectOf\` (\`Question\`/\`Answer\`). A shop's Node server can render the same as a script element with \`productJsonLdScript\` (server/seo/json-ld.ts).`,
    auth: 'public',
    params: z.object({ productId: ProductId }),
    query: z.object({
      name: z.string().min(1).max(200).optional().describe('The product\'s name when the catalog lacks it (default: the product id).'),
      url: z.url({ protocol: /^https?$/ }).max(2000).optional().describe('The product page.'),
    }),
    status: 200,
    mediaType: 'application/ld+json',
    response: ProductJsonLd,
  },
  async (c, { params, query }) => readProductJsonLd(c.get('db'), c.get('site').id, params.productId, query),
);
