import { z } from 'zod';

const scale = { bestRating: z.literal(5), worstRating: z.literal(1) };

const Person = z.object({ '@type': z.literal('Person'), name: z.string() });
const Answer = z.object({ '@type': z.literal('Answer'), text: z.string(), dateCreated: z.iso.datetime(), upvoteCount: z.int().min(0), author: Person.optional() });

/** The JSON-LD `productJsonLd` (src/seo/product-json-ld.ts) builds, for openapi.yaml. */
export const ProductJsonLd = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('Product'),
    productID: z.string(),
    name: z.string().describe('The catalog\'s title, else the `name` asked for, else the product id.'),
    url: z.string().optional(),
    image: z.string().optional(),
    description: z.string().optional(),
    aggregateRating: z
      .object({ '@type': z.literal('AggregateRating'), ratingValue: z.number().min(1).max(5), reviewCount: z.int().min(1), ...scale })
      .optional()
      .describe('Absent without published reviews: search engines reject a zero count.'),
    review: z
      .array(
        z.object({
          '@type': z.literal('Review'),
          author: z.object({ '@type': z.literal('Person'), name: z.string() }),
          datePublished: z.iso.date(),
          reviewBody: z.string(),
          name: z.string().optional().describe('The review\'s title, when it has one.'),
          reviewRating: z.object({ '@type': z.literal('Rating'), ratingValue: z.int().min(1).max(5), ...scale }),
        }),
      )
      .optional()
      .describe('Up to 10 published reviews, most helpful first; absent without any.'),
    subjectOf: z
      .array(
        z.object({
          '@type': z.literal('Question'),
          name: z.string(),
          text: z.string(),
          dateCreated: z.iso.datetime(),
          author: Person,
          answerCount: z.int().min(0).describe('Public published answers.'),
          acceptedAnswer: Answer.optional().describe('The shop\'s first public answer.'),
          suggestedAnswer: z.array(Answer).optional().describe('Customers\' answers, the most helpful first.'),
        }),
      )
      .optional()
      .describe('Up to 10 published questions, those with the most helpful answers first; absent without any. Private answers never appear.'),
  })
  .meta({ id: 'ProductJsonLd' });
