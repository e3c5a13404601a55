import { z } from 'zod';
import { ProductId, ServerId, SignedBy } from './common.js';
import { GuestName, Locale, PendingReason, REPORT_REASONS_SHOWN, Seq } from './reviews.js';

export const Answer = z
  .object({
    id: ServerId,
    text: z.string().describe('As written: plain text, never HTML.'),
    author: z.string().describe('The customer or guest who answered; for the shop\'s answers, the team member (empty with the secret key).'),
    shop: z.boolean().describe('The shop\'s answer: listed before customers\' answers.'),
    by: SignedBy.optional().describe('Set on the shop\'s answers.'),
    private: z.boolean().describe('Shown to the asker alone; others see the question as `answeredPrivately`.'),
    helpful: z.int().min(0),
    voted: z.boolean().describe('This visitor voted it helpful.'),
    createdAt: z.iso.datetime(),
    locale: z.string().optional(),
  })
  .meta({ id: 'Answer' });

export const Question = z
  .object({
    id: ServerId,
    productId: ProductId,
    text: z.string().describe('As the asker typed it: plain text, never HTML.'),
    author: z.string(),
    status: z.enum(['published', 'pending']).describe('`pending`: waiting for the seller, seen by its asker alone.'),
    answerCount: z.int().min(0).describe('Published public answers.'),
    answeredPrivately: z.boolean().describe('The shop answered the asker privately.'),
    mine: z.boolean().describe('Asked by this visitor or customer, who follows it.'),
    answers: z.array(Answer).describe('Published answers, the shop\'s first, then the most helpful; private ones only for the asker.'),
    createdAt: z.iso.datetime(),
    locale: z.string().optional(),
  })
  .meta({ id: 'Question' });

/** One of the asker's questions, as "what I asked" lists it. */
export const AskedQuestion = z
  .object({
    id: ServerId,
    productId: ProductId,
    text: z.string(),
    status: z.enum(['published', 'pending', 'hidden']),
    answered: z.boolean().describe('Has a published answer, public or private to the asker.'),
    answeredAt: z.iso.datetime().optional().describe('When the latest answer was published.'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AskedQuestion' });

export const QuestionPage = z
  .object({
    questions: z.array(Question),
    next: z.string().optional().describe('Cursor of the next page; absent on the last.'),
    total: z.int().min(0).describe('Questions matching the sort\'s filter and the search.'),
    asked: z.array(AskedQuestion).describe('This visitor\'s or customer\'s own questions about the product (up to 20, newest first), whatever the page: the answered badge.'),
  })
  .meta({ id: 'QuestionPage' });

export const QuestionSort = z.enum(['newest', 'helpful', 'unanswered']).describe('`helpful`: most helpful votes on its answers; `unanswered`: only questions without an answer, newest first.');
export type QuestionSort = z.infer<typeof QuestionSort>;

export const QuestionCursor = z.discriminatedUnion('sort', [
  z.object({ sort: z.enum(['newest', 'unanswered']), k: z.literal(0), s: Seq }),
  z.object({ sort: z.literal('helpful'), k: z.int().min(0).max(2 ** 31 - 1), s: Seq }),
]);
export type QuestionCursor = z.infer<typeof QuestionCursor>;

export const QuestionDraft = z
  .object({
    text: z.string().trim().min(3).max(1000),
    author: GuestName.optional().describe('For guests; a signed-in customer\'s name comes from the user token.'),
    locale: Locale.optional(),
  })
  .meta({ id: 'QuestionDraft' });

export const AnswerDraft = z
  .object({
    text: z.string().trim().min(1).max(2000),
    author: GuestName.optional().describe('For guests; a signed-in customer\'s name comes from the user token.'),
    locale: Locale.optional(),
  })
  .meta({ id: 'AnswerDraft' });

export const ShopAnswerDraft = z
  .object({
    text: z.string().trim().min(1).max(2000),
    private: z.boolean().default(false).describe('Only the asker sees the text; everyone sees that the shop answered privately.'),
    locale: Locale.optional(),
  })
  .meta({ id: 'ShopAnswerDraft' });

const Reports = {
  reports: z.int().min(0).describe('Reports since the seller last published or hid it.'),
  reportReasons: z.array(z.object({ reason: z.string(), count: z.int().min(1) })).max(REPORT_REASONS_SHOWN),
  pendingReason: PendingReason.optional(),
};
const SellerStatus = z.enum(['published', 'pending', 'hidden']);

export const SellerAnswer = Answer.extend({ status: SellerStatus, ...Reports }).meta({ id: 'SellerAnswer' });

export const SellerQuestion = Question.omit({ answers: true, mine: true, status: true })
  .extend({ status: SellerStatus, ...Reports, answers: z.array(SellerAnswer).describe('Every answer, private and held ones too, in order written.'), shopAnswered: z.boolean() })
  .meta({ id: 'SellerQuestion' });

export const SellerQuestionPage = z
  .object({ questions: z.array(SellerQuestion), next: z.string().optional(), total: z.int().min(0) })
  .meta({ id: 'SellerQuestionPage' });

export const QueueCursor = z.object({ queue: z.enum(['awaiting', 'moderation']), s: Seq });
