import { html, nothing, type PropertyValues, type ReactiveElement } from 'lit';
// Keyed: as the window moves, each review keeps its own elements, so focus stays on the
// button a person was on instead of ending up on another review's.
import { repeat } from 'lit/directives/repeat.js';
import type { Review, ReviewReply, ReviewSort } from '../../core/adapter.js';
import { $settings } from '../../core/config.js';
import { FamilyController } from '../../core/family-controller.js';
import { EntryController } from '../../core/entry-controller.js';
import type { ScError } from '../../core/errors.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { StoreController } from '../../core/store-controller.js';
import { timeAgo } from '../../i18n/relative-time.js';
import { photoFilter, ratings, starFilter } from '../../stores/ratings.js';
import { loadThread, PAGE_SIZE, replyTo, report, thread, votes } from '../../stores/reviews.js';
// The thumbnails' tag type; their code loads with the first review that has photos.
import type {} from '../review-photos/photo-strip.js';
import { stars, starStyles } from '../stars/stars.js';
import { hasDraft } from '../../stores/review-drafts.js';
import { avatar } from './avatar.js';
import { reviewThreadStyles } from './review-thread.styles.js';
import { type ReportReason, type ReviewThreadMessages, reviewThreadMessages } from './review-thread.messages.js';
import { separators } from '../../i18n/separators.js';

/** The JSON-LD writer, once asked for. */
let jsonLd: Promise<typeof import('./review-thread.json-ld.js')> | undefined;

const SORTS: readonly ReviewSort[] = ['newest', 'helpful', 'highest', 'lowest'];
/**
 * The most reviews in the page at once: paging on through 10,000 keeps the DOM to a few
 * hundred nodes, with earlier reviews a button away (kept in memory, not refetched).
 */
const WINDOW = 3 * PAGE_SIZE;
const REASONS: readonly ReportReason[] = ['spam', 'offensive', 'off-topic', 'other'];

/** Who wrote a reply: a team member's name and role for the shop's, else the name given. */
const signer = ({ by, author }: ReviewReply, strings: ReviewThreadMessages): string => (!by ? author : by.role ? strings.member(by.name, by.role) : by.name);

/** A check mark in a circle, beside "Verified buyer". */
const CHECK = html`<svg class="check" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" /><path d="m4.5 8 2.5 2.5 4.5-5" /></svg>`;

/** What a review's open form is: a report or a reply. */
type Open = { readonly reviewId: string; readonly form: 'report' | 'reply' };

/**
 * A product's reviews, with a form to write one behind "Write a review" (open by itself
 * while a draft is kept): each with an initial avatar, name, date, stars, title, text, a
 * verified-buyer badge, helpful votes, reports and threaded replies (the shop's in a
 * tinted box with the shop's and the team member's names), sorted and filtered
 * by the product's `<sc-rating-summary>` bars, a page at a time. Loads when it nears the
 * viewport, and writes the product's schema.org JSON-LD into the page for crawlers (not
 * with `no-json-ld`).
 *
 * @tagname sc-review-thread
 * @summary Product reviews with sorting, star filter, helpful votes, reports and replies.
 *
 * @event {CustomEvent<ReviewVoteDetail>} sc-review-vote - A person voted a review helpful, or took the vote back.
 * @event {CustomEvent<ReviewReportDetail>} sc-review-report - A person reported a review to the shop.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, a reply or a report failed.
 *
 * @csspart write - The "Write a review" button that opens and closes the form.
 * @csspart form - The `<sc-review-form>` above the reviews, once opened.
 * @csspart empty - The line inviting the first review, for a product with none.
 * @csspart toolbar - The count, filter and sort control above the list.
 * @csspart list - The list of reviews.
 * @csspart review - One review; `review pending` for the reader's own, awaiting approval.
 * @csspart avatar - A reviewer's initial in a circle coloured from their name.
 * @csspart verified - The verified-buyer badge.
 * @csspart stars - A review's stars.
 * @csspart replies - A review's replies.
 * @csspart reply - One reply; `reply seller` for the shop's.
 * @csspart with-photos - The toggle that shows only reviews with photos (`aria-pressed`).
 * @csspart photos - A review's photo thumbnails; each opens a viewer (loaded on demand).
 * @csspart more - The button that shows more reviews.
 * @csspart earlier - The button that shows earlier reviews again, once paging on dropped them from the page.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-review-thread-height - Height reserved before the first page arrives. Default: `20em`.
 * @cssproperty --sc-star-color - Filled stars. Default: amber, lighter on dark pages.
 * @cssproperty --sc-star-size - Height of a review's stars. Default: `1.1em`.
 * @cssproperty --sc-review-reply-background - The box of the shop's answers. Default: the text colour at 7%.
 * @cssproperty --sc-review-photo-size - Side of a review photo's square thumbnail. Default: `4rem`.
 */
export class ScReviewThread extends ScPackedElement {
  static override styles = [ScElement.styles, starStyles, reviewThreadStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    productName: { attribute: 'product-name' },
    shopName: { attribute: 'shop-name' },
    noForm: { attribute: 'no-form', type: Boolean },
    noJsonLd: { attribute: 'no-json-ld', type: Boolean },
    open: { state: true },
    writing: { state: true },
    notice: { state: true },
    first: { state: true },
    reasonMissing: { state: true },
    reportFailure: { state: true },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** The product's name for search engines (schema.org `Product.name`). Default: the page title. */
  productName?: string;

  /** The shop's name over its answers ("Reply from Linnen & Co"). Default: "the shop". */
  shopName?: string;

  /** Leaves out the `<sc-review-form>` above the reviews (when the page shows its own elsewhere). */
  noForm = false;

  /** Writes no schema.org JSON-LD (when the page prints its own `Product`), and removes what it wrote. */
  noJsonLd = false;

  private open?: Open;
  /** The review form is open: asked for, or a draft is kept. */
  private writing = false;
  /** Index of the first review shown. */
  private first = 0;
  /** The first review loaded when last rendered: another one means a new list (sort, filter, a new review). */
  private head?: Review;
  /** The last result of an action, announced: [message, failed]. */
  private notice?: [string, boolean];
  /** The button that opened the open form, which gets the focus back when it closes. */
  private opener?: HTMLElement;
  /** A report was sent without a reason. */
  private reasonMissing = false;
  /**
   * Why the report in the open dialog failed, said inside it where the focus stays for
   * another try: behind a modal dialog, the page and its alert are hidden from screen readers.
   */
  private reportFailure = '';
  /**
   * Reviews were listed once: a new sort or filter then loads behind the list, keeping the
   * toolbar, the focus on it and the status region instead of replacing them with a placeholder.
   */
  private listed = false;

  // The rating summary loads when the thread nears the viewport; the first page follows.
  private readonly summary = new EntryController(this, ratings);
  private readonly reviews = new StoreController(this, thread(''));
  private readonly filter = new StoreController(this, starFilter(''));
  private readonly withPhotos = new StoreController(this, photoFilter(''));
  // Renders again when a shown review's helpful count changes (an optimistic vote, its rollback).
  private readonly reviewVotes = new FamilyController(this, votes);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.reviews.use(thread(this.productId));
    this.filter.use(starFilter(this.productId));
    this.withPhotos.use(photoFilter(this.productId));
    // Thumbnails load with the first review that has photos.
    if (this.reviews.value.reviews.some((review) => review.photos?.length)) void import('../review-photos/photo-strip.js');
    if (changed.has('productId')) (this.open = this.notice = undefined), (this.listed = false), (this.writing = hasDraft(this.productId));
    if (this.reviews.value.status === 'ready') this.listed = true;
    if (this.summary.value.status !== 'idle' && this.reviews.value.status === 'idle') void loadThread(this.productId);
    const [head] = this.reviews.value.reviews;
    if (head !== this.head) (this.head = head), (this.first = 0);
  }

  /**
   * Shows the next page: from memory when loaded, else from the backend. Keeps at most
   * WINDOW reviews. On the last page the button goes, and the focus to the first new review.
   */
  private async more(): Promise<void> {
    const { reviews, loadingMore } = this.reviews.value;
    if (loadingMore) return;
    const firstNew = Math.min(this.first + WINDOW, reviews.length);
    if (this.first + WINDOW >= reviews.length) await loadThread(this.productId, { more: true });
    this.first = Math.max(0, Math.min(this.first + PAGE_SIZE, this.reviews.value.reviews.length - WINDOW));
    await this.refocus(firstNew);
  }

  /** Shows the earlier page again. On the first page the button goes, and the focus to its first review. */
  private async earlier(): Promise<void> {
    this.first = Math.max(0, this.first - PAGE_SIZE);
    await this.refocus(this.first);
  }

  /** Once rendered, when the focused element is gone, focuses the review at `index` of those loaded. */
  private async refocus(index: number): Promise<void> {
    await this.updateComplete;
    if (!(this.renderRoot as ShadowRoot).activeElement) this.renderRoot.querySelectorAll<HTMLElement>('[part~=review]')[index - this.first]?.focus();
  }

  /** Clears the star filter and moves the focus from its button, now gone, to the list. */
  private async showAll(): Promise<void> {
    starFilter(this.productId).set(undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('ol[part=list]')?.focus();
  }

  /** Opens the review form and moves the focus into it, or closes it and gives the focus back to its button. */
  private async write(open: boolean): Promise<void> {
    this.writing = open;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement & Partial<ReactiveElement>>(open ? '[part=form]' : '[part=write]');
    await target?.updateComplete;
    target?.focus();
  }

  /** Closes the open form and gives the focus back to the button that opened it. */
  private async closeForm(): Promise<void> {
    this.open = undefined;
    this.reasonMissing = false;
    this.reportFailure = '';
    await this.updateComplete;
    this.opener?.focus();
  }

  protected override updated(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog:not([open])')?.showModal();
    this.reviewVotes.follow(this.reviews.value.reviews.map((review) => review.id));
    void this.writeJsonLd();
  }

  /**
   * The product's JSON-LD in the light DOM, for crawlers that run scripts. Its code loads on
   * demand; each write reads the thread as it is once that is in, so the last one wins.
   */
  private async writeJsonLd(): Promise<void> {
    const { writeJsonLd, productJsonLd } = await (jsonLd ??= import('./review-thread.json-ld.js'));
    const { value: summary } = this.summary.value;
    const { status, reviews } = this.reviews.value;
    if (this.noJsonLd) return writeJsonLd(this, undefined);
    if (!summary || status !== 'ready') return;
    const product = { id: this.productId, name: this.productName || document.title };
    // The rating covers every review; a first page of them is sample enough for crawlers.
    // All loaded reviews made it 2.8 MB of JSON, rewritten on each page, at 10,000 (npm run bench).
    const sample = reviews.filter((review) => review.status === 'published').slice(0, PAGE_SIZE);
    writeJsonLd(this, productJsonLd(product, summary, sample));
  }

  /** Says why a reply or report failed, in the open report dialog or else the thread's alert, and emits `sc-error`. */
  private fail(message: string, error: ScError): void {
    if (this.open?.form === 'report') this.reportFailure = message;
    else this.notice = [message, true];
    this.emit('sc-error', error.detail(message, this.productId));
  }

  private vote(review: Review): void {
    const entry = votes.get(review.id).get().value;
    if (!entry) return;
    const helpful = !entry.voted;
    votes.set(review.id, helpful);
    this.emit('sc-review-vote', { productId: this.productId, reviewId: review.id, helpful });
  }

  private async send(event: SubmitEvent, review: Review): Promise<void> {
    event.preventDefault();
    const strings = this.strings(reviewThreadMessages);
    const data = new FormData(event.target as HTMLFormElement);
    const form = this.open?.form;
    try {
      if (form === 'report') {
        const reason = data.get('reason');
        if (typeof reason !== 'string') {
          this.reasonMissing = true;
          return (event.target as HTMLFormElement).querySelector('input')!.focus();
        }
        // Emptied first, so that a second failure is said again.
        this.reportFailure = '';
        await report(review.id, reason);
        this.emit('sc-review-report', { productId: this.productId, reviewId: review.id, reason });
      } else {
        const author = String(data.get('author') ?? '') || undefined;
        await replyTo(review, { text: String(data.get('text')), author, locale: this.locale });
      }
      await this.closeForm();
      // Said once the dialog is closed: behind it, the status was hidden from screen readers.
      this.notice = form === 'report' ? [strings.reported, false] : undefined;
    } catch (failure) {
      const error = failure as ScError;
      this.fail(await this.loadedFailureMessage(error.transient ? 'retrying' : 'refused', strings.failed), error);
    }
  }

  protected override render() {
    const { status, reviews, total, loadingMore, error } = this.reviews.value;
    const strings = this.strings(reviewThreadMessages);
    const number = (count: number) => count.toLocaleString(this.locale);
    const filter = this.filter.value;
    const shown = reviews.slice(this.first, this.first + WINDOW);
    const paging = shown.length < total ? strings.showing(number(this.first + 1), number(this.first + shown.length), number(total)) : '';
    const failed = status === 'error' && error;
    // One status region, kept across loads and filters so that what it says next is announced.
    return html`
      ${failed
        ? html`<button part="message" role="alert" @click=${() => loadThread(this.productId)}>${this.failureMessage('loadFailed') || strings.failed}</button>`
        : this.listed
          ? this.renderList(shown)
          : html`<div part="list" aria-busy="true"></div>`}
      <p part="message" role="status">
        ${this.notice && !this.notice[1]
          ? this.notice[0]
          : status === 'ready' && !loadingMore
            ? html`${filter ? html`<span class="sr-only">${strings.filtered(filter)}${paging ? this.strings(separators).comma : ''}</span>` : ''}${paging}`
            : ''}
      </p>
      <p part="message" role="alert">${this.notice?.[1] ? this.notice[0] : error && !failed ? this.failureMessage('loadFailed') || strings.failed : ''}</p>
    `;
  }

  private renderList(shown: readonly Review[]) {
    const { reviews, total, next, sort, loadingMore } = this.reviews.value;
    const strings = this.strings(reviewThreadMessages);
    const filter = this.filter.value;
    const brackets = this.strings(separators);
    const write = this.noForm
      ? ''
      : html`<button part="write" aria-expanded=${this.writing} aria-controls="form" @click=${() => this.write(!this.writing)}>${strings.write}</button>`;
    // No reviews at all: one line inviting the first, with no toolbar to sort nothing.
    const none = !reviews.length && !filter;
    return html`
      ${none ? html`<p part="empty">${strings.first} ${write}</p>` : write}
      ${this.writing && !this.noForm
        ? html`<sc-review-form part="form" id="form" product-id=${this.productId} cancelable @sc-review-cancel=${() => this.write(false)}></sc-review-form>`
        : ''}
      ${none
        ? ''
        : html`<div part="toolbar">
              <span>
                ${filter ? strings.filtered(filter) : `${strings.reviews}${brackets.open}${total.toLocaleString(this.locale)}${brackets.close}`}
                ${filter ? html`<button @click=${this.showAll}>${strings.showAll}</button>` : ''}
                ${total || this.withPhotos.value
                  ? html`<button part="with-photos" aria-pressed=${this.withPhotos.value} @click=${() => photoFilter(this.productId).set(!this.withPhotos.value)}>${strings.withPhotos}</button>`
                  : ''}
              </span>
              <label>
                ${strings.sortBy}
                <select @change=${(event: Event) => loadThread(this.productId, { sort: (event.target as HTMLSelectElement).value as ReviewSort })}>
                  ${SORTS.map((option) => html`<option value=${option} ?selected=${option === sort}>${strings.sorts[option]}</option>`)}
                </select>
              </label>
            </div>
            ${this.first ? html`<button part="earlier" @click=${this.earlier}>${strings.earlier}</button>` : ''}
            ${reviews.length
              ? html`<ol part="list" tabindex="-1" aria-label=${strings.reviews} aria-busy=${this.reviews.value.status === 'loading'} start=${this.first + 1}>
                  ${repeat(shown, (review) => review.id, (review) => this.renderReview(review))}
                </ol>`
              : html`<p>${strings.empty}</p>`}`}
      ${next || this.first + WINDOW < reviews.length
        ? // aria-disabled, not disabled, while loading: a disabled button would drop the keyboard's focus to the page.
          html`<button part="more" aria-busy=${loadingMore} aria-disabled=${loadingMore} @click=${this.more}>${strings.more}</button>`
        : ''}
    `;
  }

  private renderReview(review: Review) {
    const strings = this.strings(reviewThreadMessages);
    const helpful = votes.get(review.id).get().value;
    const { comma, ...brackets } = this.strings(separators);
    const open = this.open?.reviewId === review.id ? this.open.form : undefined;
    // On the words people wrote alone: the widget's own words around them stay in its language.
    const written = review.locale || nothing;
    const toggle = (form: Open['form']) => (event: Event) => {
      if (open === form) return void this.closeForm();
      this.opener = event.currentTarget as HTMLElement;
      this.open = { reviewId: review.id, form };
      this.reasonMissing = false;
    };
    // Focusable from script only: "Show more reviews" moves the focus to the first new one.
    const pending = review.status === 'pending';
    return html`<li>
      <article part=${pending ? 'review pending' : 'review'} tabindex="-1" aria-label=${`${review.author}${comma}${strings.rated(review.rating)}`}>
        <div class="byline">
          ${avatar(review.author)}
          <p class="meta">
            <span class="author">${review.author}</span>
            ${review.verified ? html`<span part="verified" class="badge">${CHECK}${strings.verified}</span>` : ''}
            <time datetime=${review.createdAt}>${timeAgo(review.createdAt, this.locale)}</time>
          </p>
        </div>
        <p class="rating">
          ${stars(review.rating)}<span class="sr-only">${strings.rated(review.rating)}</span>
          ${pending ? html`<span class="badge pending">${strings.pending}</span>` : ''}
        </p>
        ${review.title ? html`<p class="title" lang=${written}>${review.title}</p>` : ''}
        <p class="text" lang=${written}>${review.text}</p>
        ${review.photos?.length ? html`<sc-review-photos part="photos" .photos=${review.photos} author=${review.author}></sc-review-photos>` : ''}
        <div class="actions">
          <button aria-pressed=${!!helpful?.voted} ?disabled=${!helpful} @click=${() => this.vote(review)}>
            ${strings.helpful}${brackets.open}${(helpful?.count ?? review.helpful).toLocaleString(this.locale)}${brackets.close}
          </button>
          <button aria-expanded=${open === 'reply'} @click=${toggle('reply')}>${strings.reply}</button>
          <button aria-expanded=${open === 'report'} @click=${toggle('report')}>${strings.report}</button>
        </div>
        ${open === 'report'
          ? // Modal: showModal() in updated() moves the focus in; Escape closes it through the close event.
            // No reason is chosen for the person: one must be picked.
            html`<dialog aria-labelledby="report-title" @close=${this.closeForm}>
              <form novalidate @submit=${(event: SubmitEvent) => this.send(event, review)}>
                <p id="report-title" class="dialog-title">${strings.report}</p>
                <fieldset class="reasons" aria-describedby="reason-problem" @change=${() => (this.reasonMissing = false)}>
                  <legend>${strings.reason}</legend>
                  ${REASONS.map(
                    (reason) => html`<label><input type="radio" name="reason" value=${reason} aria-invalid=${this.reasonMissing} />${strings.reasons[reason]}</label>`,
                  )}
                </fieldset>
                <p id="reason-problem" role="alert">${this.reasonMissing ? strings.chooseReason : this.reportFailure}</p>
                <span class="actions"><button>${strings.sendReport}</button><button type="button" @click=${toggle('report')}>${strings.cancel}</button></span>
              </form>
            </dialog>`
          : ''}
        ${open === 'reply'
          ? html`<form @submit=${(event: SubmitEvent) => this.send(event, review)}>
              <label>${strings.yourReply}<textarea name="text" required maxlength="2000" rows="3"></textarea></label>
              ${$settings.get().userToken ? '' : html`<label>${strings.yourName}<input name="author" required maxlength="60" autocomplete="nickname" /></label>`}
              <span class="actions"><button>${strings.sendReply}</button><button type="button" @click=${toggle('reply')}>${strings.cancel}</button></span>
            </form>`
          : ''}
        ${review.replies.length
          ? html`<ul part="replies">
              ${review.replies.map(
                (reply) => html`<li part=${reply.seller ? 'reply seller' : 'reply'}>
                  ${reply.seller ? html`<p class="from">${this.shopName ? strings.shopReply(this.shopName) : strings.ourReply}</p>` : ''}
                  <p class="meta"><span class="author">${signer(reply, strings)}</span>
                    <time datetime=${reply.createdAt}>${timeAgo(reply.createdAt, this.locale)}</time>
                    ${reply.private && reply.text ? html`<span class="badge">${strings.privateToYou}</span>` : ''}</p>
                  ${reply.private && !reply.text
                    ? html`<p class="reply-text private">${strings.answeredPrivately}</p>`
                    : html`<p class="reply-text" lang=${reply.locale || nothing}>${reply.text}</p>`}
                </li>`,
              )}
            </ul>`
          : ''}
      </article>
    </li>`;
  }
}
