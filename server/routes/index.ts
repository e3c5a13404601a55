import type { Endpoint } from '../http/endpoint.js';
import { createAsk } from './asks.js';
import { OpenStreams } from '../limits/open-streams.js';
import { RateLimiter } from '../limits/rate-limit.js';
import { getCart, setCartLine } from './carts.js';
import { deleteProduct, getProduct, listProducts, patchVariant, putProduct } from './catalog.js';
import { streamEvents } from './events.js';
import { readInsights } from './insights.js';
import { readJsonLd } from './json-ld.js';
import { addMember, listTeam, removeMember, whoAmI } from './team.js';
import { like, readLikes, unlike } from './likes.js';
import { moderateReview, moderationQueue, replyAsCustomer, replyAsSeller, reportReview, unvoteHelpful, voteHelpful } from './review-actions.js';
import { createReview, listReviews, readRatings } from './reviews.js';
import { checkout, getOrder, updateOrder } from './orders.js';
import { putPoll, readPollStates, vote } from './polls.js';
import { readShares, recordShare } from './shares.js';
import { createVisitor } from './visitors.js';
import { mergeWishlists } from './wishlist-merge.js';
import { addWish, createWishlist, deleteWishlist, listWishlists, readSharedWishlist, readWishes, removeWish, shareWishlist } from './wishlists.js';

export interface RouteOptions {
  readonly issueVisitorToken: (site: string) => string;
  readonly keepAlive: number;
  readonly streams: OpenStreams;
  /** Aborted when the server stops: event streams end. */
  readonly closing: AbortSignal;
  /** Visitor tokens one address may mint. */
  readonly visitorsPerAddress: RateLimiter;
  /** New anonymous votes one address may add to one poll or one review. */
  readonly votesPerAddress: RateLimiter;
}

/** Every route of the API: what the app mounts and what openapi.yaml describes. */
export function endpoints(options: RouteOptions): Endpoint[] {
  return [
    createVisitor(options.issueVisitorToken, options.visitorsPerAddress),
    streamEvents(options.keepAlive, options.streams, options.closing),
    readLikes,
    like,
    unlike,
    readRatings,
    listReviews,
    readJsonLd,
    createReview,
    replyAsCustomer,
    voteHelpful(options.votesPerAddress),
    unvoteHelpful,
    reportReview,
    replyAsSeller,
    moderateReview,
    moderationQueue,
    readWishes,
    addWish,
    removeWish,
    listWishlists,
    createWishlist,
    shareWishlist,
    deleteWishlist,
    mergeWishlists,
    readSharedWishlist,
    readShares,
    recordShare,
    listProducts,
    getProduct,
    putProduct,
    patchVariant,
    deleteProduct,
    getCart,
    setCartLine,
    checkout,
    getOrder,
    updateOrder,
    readPollStates,
    vote(options.votesPerAddress),
    putPoll,
    createAsk,
    readInsights,
    whoAmI,
    listTeam,
    addMember,
    removeMember,
  ];
}

/** The specs alone, for openapi.yaml. */
export const specs = () => {
  const unused = new RateLimiter({ burst: 0, perSecond: 0 });
  return endpoints({ issueVisitorToken: () => '', keepAlive: 0, streams: new OpenStreams(0), closing: new AbortController().signal, visitorsPerAddress: unused, votesPerAddress: unused }).map((route) => route.spec);
};
