import type { Endpoint } from '../http/endpoint.js';
import { streamEvents } from './events.js';
import { like, readLikes, unlike } from './likes.js';
import { moderateReview, moderationQueue, replyAsCustomer, replyAsSeller, reportReview, unvoteHelpful, voteHelpful } from './review-actions.js';
import { createReview, listReviews, readRatings } from './reviews.js';
import { createVisitor } from './visitors.js';

export interface RouteOptions {
  readonly issueVisitorToken: (site: string) => string;
  readonly keepAlive: number;
}

/** Every route of the API: what the app mounts and what openapi.yaml describes. */
export function endpoints(options: RouteOptions): Endpoint[] {
  return [
    createVisitor(options.issueVisitorToken),
    streamEvents(options.keepAlive),
    readLikes,
    like,
    unlike,
    readRatings,
    listReviews,
    createReview,
    replyAsCustomer,
    voteHelpful,
    unvoteHelpful,
    reportReview,
    replyAsSeller,
    moderateReview,
    moderationQueue,
  ];
}

/** The specs alone, for openapi.yaml. */
export const specs = () => endpoints({ issueVisitorToken: () => '', keepAlive: 0 }).map((route) => route.spec);
