import type { RatingSummary, Review } from '../core/adapter.js';

/**
 * schema.org `Product` JSON-LD with its rating and reviews, for search engines and AI
 * assistants that read a page without running its scripts. Pure and tiny: the browser
 * writes it into the page, and the reference server answers it and renders it into a
 * shop's own HTML.
 */

/** What the page knows of the product besides its reviews. */
export interface JsonLdProduct {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
  readonly image?: string;
  readonly description?: string;
}

/** The parts of a review that go into JSON-LD. */
export type JsonLdReviewSource = Pick<Review, 'author' | 'rating' | 'title' | 'text' | 'createdAt'>;

interface Rating {
  readonly '@type': 'Rating';
  readonly ratingValue: number;
  readonly bestRating: 5;
  readonly worstRating: 1;
}

export interface ReviewJsonLd {
  readonly '@type': 'Review';
  readonly author: { readonly '@type': 'Person'; readonly name: string };
  /** `YYYY-MM-DD`. */
  readonly datePublished: string;
  readonly reviewBody: string;
  readonly name?: string;
  readonly reviewRating: Rating;
}

export interface ProductJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'Product';
  readonly productID: string;
  readonly name: string;
  readonly url?: string;
  readonly image?: string;
  readonly description?: string;
  readonly aggregateRating?: {
    readonly '@type': 'AggregateRating';
    /** One decimal. */
    readonly ratingValue: number;
    readonly reviewCount: number;
    readonly bestRating: 5;
    readonly worstRating: 1;
  };
  readonly review?: ReviewJsonLd[];
}

const scale = { bestRating: 5, worstRating: 1 } as const;

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`, with every `<` written
 * `\u003c`: no text in it (a review's) can close the element or open a comment, in the
 * live page, in a copy a prerenderer saved as HTML, or in a shop's server-rendered page.
 */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * `aggregateRating` and `review` are left out without reviews: search engines reject a
 * rating with a zero count.
 */
export function productJsonLd(product: JsonLdProduct, summary: Pick<RatingSummary, 'average' | 'count'>, reviews: readonly JsonLdReviewSource[]): ProductJsonLd {
  const { id, name, url, image, description } = product;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    productID: id,
    name,
    ...(url ? { url } : {}),
    ...(image ? { image } : {}),
    ...(description ? { description } : {}),
    ...(summary.count > 0
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: Math.round(summary.average * 10) / 10, reviewCount: summary.count, ...scale } }
      : {}),
    ...(reviews.length > 0
      ? {
          review: reviews.map((review) => ({
            '@type': 'Review',
            author: { '@type': 'Person', name: review.author },
            datePublished: review.createdAt.slice(0, 10),
            reviewBody: review.text,
            ...(review.title ? { name: review.title } : {}),
            reviewRating: { '@type': 'Rating', ratingValue: review.rating, ...scale },
          })),
        }
      : {}),
  };
}
