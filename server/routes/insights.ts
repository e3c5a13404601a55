import { z } from 'zod';
import { firstAnswerTimes, INSIGHT_DAYS } from '../data/insights.js';
import { endpoint } from '../http/endpoint.js';

export const readInsights = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/insights',
    operationId: 'readInsights',
    tag: 'seller',
    summary: 'How fast the shop answers',
    description: `Over the first answers the shop gave to reviews in the last ${INSIGHT_DAYS} days.`,
    auth: 'member:insights',
    status: 200,
    response: z
      .object({
        days: z.int().min(1).describe('The window, in days.'),
        firstAnswer: z.object({
          medianSeconds: z.int().min(0).nullable().describe('Median time from a shopper\'s words to the shop\'s first answer; null without answers.'),
          answered: z.int().min(0).describe('First answers given in the window.'),
        }),
      })
      .meta({ id: 'Insights' }),
  },
  async (c) => ({ days: INSIGHT_DAYS, firstAnswer: await firstAnswerTimes(c.get('db'), c.get('site').id) }),
);
