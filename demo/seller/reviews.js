import { allPages } from './api.js';
import { el, uniqueId, when } from './dom.js';

/**
 * Reviews in the console: what waits for the shop (held for approval, or reported, with the
 * reasons) in the inbox, and every published review to answer, publicly or to its author
 * alone. Review text is whatever a visitor typed: rendered with textContent only.
 */

/** Who wrote a reply, as the console shows it: the signing member's name and role, else the typed name. */
export function replySigner(reply) {
  if (!reply.seller) return reply.author;
  return reply.by ? `${reply.by.name}, ${reply.by.role}` : `${reply.author} (the shop's servers)`;
}

function replyItem(reply, review) {
  return el(
    'li',
    { className: reply.seller ? 'seller' : '' },
    el('strong', {}, replySigner(reply)),
    reply.private ? el('span', { className: 'private' }, ` (privately, to ${review.author})`) : '',
    ': ',
    el('span', { lang: reply.locale ?? '' }, reply.text),
  );
}

const reasonsText = (review) => review.reportReasons.map(({ reason, count }) => `“${reason}” (${count})`).join(', ');

/** Why a review waits for the shop, in words. */
function waiting(review) {
  if (review.pendingReason === 'moderation') return 'Awaiting approval: no one else sees it yet.';
  const times = `${review.reports} ${review.reports === 1 ? 'report' : 'reports'}`;
  return `${review.status === 'pending' ? 'Held after' : 'Published, with'} ${times}: ${reasonsText(review)}.`;
}

/**
 * A review's photos as its moderator sees them, held ones too: read with the member's
 * credential (an `<img>` cannot send it), each named by position and author.
 */
function photoList(review, api) {
  const count = review.photos.length;
  return el(
    'ul',
    { className: 'photos' },
    ...review.photos.map((photo, index) => {
      const image = el('img', { alt: `Photo ${index + 1} of ${count} by ${review.author}`, width: 96, height: 96, loading: 'lazy' });
      image.style.objectFit = 'cover';
      api.image(`reviews/${encodeURIComponent(review.id)}/photos/${encodeURIComponent(photo.id)}`).then(
        (url) => (image.src = url),
        () => (image.alt += ' (could not load)'),
      );
      return el('li', {}, image);
    }),
  );
}

/**
 * One review as an `<article>`: its text, replies, and what the member's scopes allow:
 * approve and hide (`moderate`), answer publicly or privately (`answer`). `settled(article)`
 * runs once a decision took it out of the queue.
 */
export function reviewArticle(review, { api, scopes, titles, settled }) {
  const id = uniqueId('review');
  const product = titles.get(review.productId) ?? review.productId;
  const replies = el('ul', { className: 'replies' }, ...review.replies.map((reply) => replyItem(reply, review)));
  const article = el(
    'article',
    { className: 'review' },
    el('h3', { id: `${id}-heading`, tabIndex: -1 }, `Review by ${review.author} of ${product}`),
    el('p', { className: 'meta' },
      el('span', { className: 'stars', ariaHidden: 'true' }, '★'.repeat(review.rating) + '☆'.repeat(5 - review.rating)),
      el('span', { className: 'visually-hidden' }, `${review.rating} of 5 stars`),
      ` · ${when(review.createdAt)}`,
      review.verified ? ' · verified purchase' : '',
    ),
    review.status !== 'published' || review.reports > 0 ? el('p', { className: 'why' }, waiting(review)) : '',
    review.title ? el('p', { className: 'title', lang: review.locale ?? '' }, review.title) : '',
    el('p', { className: 'text', lang: review.locale ?? '' }, review.text),
    scopes.includes('moderate') && review.photos?.length ? photoList(review, api) : '',
    replies,
  );
  article.setAttribute('aria-labelledby', `${id}-heading`);
  const decide = async (status) => {
    try {
      await api.send('PATCH', `reviews/${encodeURIComponent(review.id)}`, { status });
    } catch (error) {
      return api.fail(`${status === 'published' ? 'approve' : 'hide'} the review`, error);
    }
    api.announce(`${status === 'published' ? (review.status === 'published' ? 'Kept' : 'Approved') : 'Hid'} the review by ${review.author}.`);
    settled(article);
  };
  if (scopes.includes('moderate') && (review.status !== 'published' || review.reports > 0)) {
    article.append(
      el('div', { className: 'actions' },
        el('button', { type: 'button', className: 'approve', ariaLabel: `${review.status === 'published' ? 'Keep' : 'Approve'} review by ${review.author}`, onclick: () => decide('published') }, review.status === 'published' ? 'Keep' : 'Approve'),
        el('button', { type: 'button', className: 'hide', ariaLabel: `Hide review by ${review.author}`, onclick: () => decide('hidden') }, 'Hide'),
      ),
    );
  }
  if (scopes.includes('answer')) article.append(answerForm(review, api, replies));
  return article;
}

/** Answer a review publicly, or to its author alone. */
function answerForm(review, api, replies) {
  const id = uniqueId('answer');
  const form = el(
    'form',
    { className: 'answer' },
    el('label', { htmlFor: id }, `Answer to ${review.author}`),
    el('textarea', { id, name: 'text', required: true, maxLength: 2000, rows: 2 }),
    el('span', { className: 'check' },
      el('input', { type: 'checkbox', id: `${id}-private`, name: 'private' }),
      el('label', { htmlFor: `${id}-private` }, `Only to ${review.author} (others see "answered privately")`),
    ),
    el('button', { type: 'submit', ariaLabel: `Send answer to ${review.author}` }, 'Send answer'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = form.elements.text.value.trim();
    const only = form.elements.private.checked;
    if (!text) return api.announce('Write an answer first.');
    try {
      // Written in the page's language, as far as the page knows.
      const reply = await api.send('POST', `reviews/${encodeURIComponent(review.id)}/seller-replies`, { text, private: only, locale: document.documentElement.lang || undefined });
      replies.append(replyItem(reply, review));
      form.reset();
      api.announce(`${only ? 'Private answer' : 'Answer'} to ${review.author} sent.`);
    } catch (error) {
      api.fail('send the answer', error);
    }
  });
  return form;
}

/** The inbox's reviews: held for approval, and reported (held or not) with their reasons. */
export async function reviewInboxItems(api, context) {
  const [held, reported] = await Promise.all([allPages(api, 'reviews?status=pending&reason=moderation', 'reviews'), allPages(api, 'reviews?reported=true', 'reviews')]);
  return [...held, ...reported].map((review) => ({ kind: 'review', id: review.id, createdAt: review.createdAt, element: reviewArticle(review, { ...context, api, settled: api.settled }) }));
}

/** Published reviews, newest first, a page at a time: any of them can be answered. */
export function mountPublishedReviews(section, api, context) {
  const list = el('ol', { className: 'items' });
  const more = el('button', { type: 'button', hidden: true }, 'More reviews');
  let next;
  const load = async () => {
    const page = await api.send('GET', `reviews?status=published&limit=20${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
    list.append(...page.reviews.map((review) => el('li', {}, reviewArticle(review, { ...context, api, settled: () => {} }))));
    next = page.next;
    more.hidden = !next;
    return page;
  };
  more.addEventListener('click', () => load().then(({ reviews }) => api.announce(`${reviews.length} more reviews.`), (error) => api.fail('load more reviews', error)));
  section.append(el('p', { className: 'hint' }, 'Every published review, newest first. Answer in public, or only to its author.'), list, more);
  return load();
}
