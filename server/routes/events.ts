import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { LiveEvent } from '../events/hub.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import type { OpenStreams } from '../limits/open-streams.js';
import { ProductId, ServerId } from '../schemas/common.js';
import { BoardId } from '../schemas/ideas.js';

const MAX_TOPICS = 500;

/** The query parameter naming the ids to follow, per kind of change. */
const params = { likes: 'like', wishes: 'wish', ratings: 'rating', polls: 'poll', ideas: 'idea', questions: 'question' } as const;

/**
 * Live changes as server-sent events; `keepAlive` ms between comments that keep proxies
 * from closing an idle stream; `streams` caps the streams one address holds open; every
 * stream ends when `closing` aborts (the browser's EventSource reconnects, to another copy).
 */
export const streamEvents = (keepAlive: number, streams: OpenStreams, closing: AbortSignal) => {
  // One listener for every stream: one each would pile up on the signal for the server's life.
  const open = new Set<() => void>();
  closing.addEventListener('abort', () => open.forEach((end) => end()), { once: true });
  return endpoint(
    {
      method: 'get',
      path: '/v1/sites/{site}/events',
      operationId: 'streamEvents',
      tag: 'events',
      summary: 'Live changes of the ids named, as server-sent events',
      description:
        'Each change is `event: like|wish|rating|poll|idea|question` with JSON data: like and wish `{ productId, count }`, rating `{ productId, summary }`, poll `{ pollId, options: [{ id, votes }], closed }`, idea (of a board named in `ideas`) `{ boardId, ideaId, votes, comments, status, note?, hidden }`, question `{ productId, questionId, answerCount, answeredPrivately, answer? }` (`answer`: a new public answer). A comment every 25 s keeps the stream open. At most 500 ids in all.',
      auth: 'public',
      query: z.object({
        likes: z.array(ProductId).optional(),
        wishes: z.array(ProductId).optional(),
        ratings: z.array(ProductId).optional(),
        polls: z.array(ServerId).optional(),
        ideas: z.array(BoardId).optional().describe('Boards whose ideas to follow.'),
        questions: z.array(ProductId).optional().describe('Products whose questions to follow.'),
      }),
      status: 200,
      mediaType: 'text/event-stream',
      errors: [429],
    },
    async (c, { query }) => {
      const topics = Object.entries(params).flatMap(([param, kind]) =>
        (query[param as keyof typeof params] ?? []).map((id) => [kind, id] as const),
      );
      if (!topics.length || topics.length > MAX_TOPICS) {
        throw new HttpError(400, 'invalid_request', `query: name 1 to ${MAX_TOPICS} ids to follow`);
      }
      const key = `${c.get('site').id}\n${c.get('address')}`;
      if (!streams.take(key)) throw new HttpError(429, 'too_many_streams', 'Too many event streams from this address.', 30);
      return streamSSE(c, async (stream) => {
        let end!: () => void;
        const gone = new Promise<void>((resolve) => (end = resolve));
        if (stream.aborted || closing.aborted) end();
        stream.onAbort(end);
        open.add(end);
        const send = (event: LiveEvent) => void stream.writeSSE({ event: event.kind, data: JSON.stringify(event.data) });
        const unsubscribe = c.get('events').subscribe(c.get('site').id, topics, send);
        const timer = setInterval(() => void stream.write(': keep-alive\n\n'), keepAlive);
        try {
          await stream.write(': connected\n\n');
          await gone;
        } finally {
          open.delete(end);
          clearInterval(timer);
          unsubscribe();
          streams.release(key);
        }
      });
    },
  );
};
