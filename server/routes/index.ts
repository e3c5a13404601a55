import type { Endpoint } from '../http/endpoint.js';
import { answerAsCustomer, answerAsShop, unvoteAnswerHelpful, voteAnswerHelpful } from './answers.js';
import type { Allowable } from '../webhooks/addresses.js';
import { createAsk } from './asks.js';
import { listIdeasForShop, moderateIdea, moderateIdeaComment, setIdeaStatus } from './idea-shop.js';
import { createIdea, createIdeaComment, listIdeaComments, listIdeas, listLaunchedIdeas, unvoteIdea, voteIdea } from './ideas.js';
import { OpenStreams } from '../limits/open-streams.js';
import { RateLimiter } from '../limits/rate-limit.js';
import { getCart, setCartLine } from './carts.js';
import { deleteProduct, getProduct, listProducts, patchVariant, putProduct } from './catalog.js';
import { streamEvents } from './events.js';
import { readInsights } from './insights.js';
import { readActivity, readFunnel, readNetworks, readRatingCounts, readTopProducts, readVotes } from './insights-aggregates.js';
import { readJsonLd } from './json-ld.js';
import { addMember, listTeam, removeMember, whoAmI } from './team.js';
import { like, readLikes, unlike } from './likes.js';
import { moderateReview, moderationQueue, replyAsCustomer, replyAsSeller, reportReview, unvoteHelpful, voteHelpful } from './review-actions.js';
import { getModeratedReviewPhoto, getReviewPhoto, uploadReviewPhoto } from './review-photos.js';
import { createReview, listReviews, readRatings } from './reviews.js';
import { checkout, getOrder, updateOrder } from './orders.js';
import { createCouponCampaign, endCouponCampaign, issueCampaignCoupon, listCouponCampaigns } from './coupon-campaigns.js';
import { getCoupon, listMyCoupons, redeemAtTill } from './coupons.js';
import { readPollStates, vote } from './polls.js';
import { closePollNow, createPoll, listSellerPolls, putPoll } from './seller-polls.js';
import { awaitingQueue, moderateAnswer, moderateQuestion, moderationQueue as questionModerationQueue, reportAnswer, reportQuestion } from './question-moderation.js';
import { askQuestion, listMyQuestions, listQuestions } from './questions.js';
import { readShares, recordShare } from './shares.js';
import { createVisitor } from './visitors.js';
import { mergeWishlists } from './wishlist-merge.js';
import { createWebhook, deleteWebhook, listWebhooks, pingWebhook, updateWebhook } from './webhooks.js';
import { addWish, createWishlist, deleteWishlist, listWishlists, readSharedWishlist, readWishes, removeWish, shareWishlist } from './wishlists.js';

export interface RouteOptions {
  readonly issueVisitorToken: (site: string) => string;
  readonly keepAlive: number;
  readonly streams: OpenStreams;
  /** Aborted when the server stops: event streams end. */
  readonly closing: AbortSignal;
  /** Visitor tokens one address may mint. */
  readonly visitorsPerAddress: RateLimiter;
  /** New anonymous votes one address may add to one poll, review, answer or idea. */
  readonly votesPerAddress: RateLimiter;
  /** Coupon codes one address may look up per site. */
  readonly couponChecksPerAddress: RateLimiter;
  /** Address classes beyond public ones that webhook URLs may name. */
  readonly webhooksAllow: ReadonlySet<Allowable>;
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
    uploadReviewPhoto,
    getReviewPhoto,
    replyAsCustomer,
    voteHelpful(options.votesPerAddress),
    unvoteHelpful,
    reportReview,
    replyAsSeller,
    moderateReview,
    moderationQueue,
    getModeratedReviewPhoto,
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
    createCouponCampaign,
    listCouponCampaigns,
    endCouponCampaign,
    issueCampaignCoupon,
    listMyCoupons,
    getCoupon(options.couponChecksPerAddress),
    redeemAtTill,
    readPollStates,
    vote(options.votesPerAddress),
    createPoll,
    putPoll,
    closePollNow,
    listSellerPolls,
    createAsk,
    createWebhook(options.webhooksAllow),
    listWebhooks,
    updateWebhook,
    deleteWebhook,
    pingWebhook,
    listIdeas,
    listLaunchedIdeas,
    createIdea,
    voteIdea(options.votesPerAddress),
    unvoteIdea,
    listIdeaComments,
    createIdeaComment,
    listIdeasForShop,
    setIdeaStatus,
    moderateIdea,
    moderateIdeaComment,
    listQuestions,
    askQuestion,
    listMyQuestions,
    answerAsCustomer,
    answerAsShop,
    voteAnswerHelpful(options.votesPerAddress),
    unvoteAnswerHelpful,
    reportQuestion,
    reportAnswer,
    moderateQuestion,
    moderateAnswer,
    awaitingQueue,
    questionModerationQueue,
    readInsights,
    readActivity,
    readTopProducts,
    readNetworks,
    readRatingCounts,
    readFunnel,
    readVotes,
    whoAmI,
    listTeam,
    addMember,
    removeMember,
  ];
}

/** The specs alone, for openapi.yaml. */
export const specs = () => {
  const unused = new RateLimiter({ burst: 0, perSecond: 0 });
  return endpoints({ issueVisitorToken: () => '', keepAlive: 0, streams: new OpenStreams(0), closing: new AbortController().signal, visitorsPerAddress: unused, votesPerAddress: unused, couponChecksPerAddress: unused, webhooksAllow: new Set() }).map((route) => route.spec);
};
