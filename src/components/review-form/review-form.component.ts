import { html } from 'lit';
import type { Stars } from '../../core/adapter.js';
import type { ScError } from '../../core/errors.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { warnMissingId } from '../../core/warn-once.js';
import { submitReview } from '../../stores/reviews.js';
import { emptyReview, forgetReview, saveReview, savedReview, type UnsentReview } from '../../stores/review-drafts.js';
import { failureOf, isSent, type Outcome } from './review-form.outcome.js';
import { missingFields, type RequiredField } from './review-form.validation.js';
import { reviewFormStyles } from './review-form.styles.js';
import { reviewFormMessages } from './review-form.messages.js';
import { star } from '../stars/stars.js';
import '../coupon/coupon.js';
// The picker's tag type; its code loads when the form is first shown.
import type {} from '../review-photos/photo-picker.js';

const STARS: readonly Stars[] = [1, 2, 3, 4, 5];
/** The server's limits (openapi.yaml, ReviewDraft). */
const TITLE_MAX = 120;
const TEXT_MAX = 5000;
const AUTHOR_MAX = 60;
/** Screen readers hear the characters left only below this many. */
const NEAR_LIMIT = 100;

/**
 * A form to review one product: a star rating, a title, the text and, for guests, a
 * name. What a person writes is kept (with consent) until it is sent, across a failed
 * submit and a reload. Inside `<sc-review-thread>`, a sent review shows in the thread.
 *
 * @tagname sc-review-form
 * @summary Write a review: stars, title, text and a guest's name; the draft survives failures and reloads.
 *
 * @event {CustomEvent<ReviewSubmitDetail>} sc-review-submit - A review was sent, with the review the backend created (`status: 'pending'` while the shop moderates it).
 * @event {CustomEvent<ReviewCancelDetail>} sc-review-cancel - With `cancelable`: Cancel or Escape asked to close the form; the draft is kept.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Sending failed; everything written is kept.
 *
 * @csspart base - The form.
 * @csspart rating - The star rating's group.
 * @csspart title - The title field.
 * @csspart text - The review's text field.
 * @csspart author - The guest's name field.
 * @csspart submit - The submit button.
 * @csspart cancel - The Cancel button, with `cancelable`.
 * @csspart photos - Up to 4 photos for the review: a file field, previews with remove buttons (loaded when the form is first shown).
 * @csspart message - The thanks or the failure below the button.
 * @csspart coupon - The `<sc-coupon>` a shop gave for the review just published, if it gave one.
 *
 * @cssproperty --sc-star-color - The stars. Default: amber, lighter on dark pages.
 * @cssproperty --sc-review-form-star-size - Size of the rating's stars. Default: `1.75em`.
 * @cssproperty --sc-review-form-text-height - Height of the text field. Default: `8em`.
 * @cssproperty --sc-color-border - Border colour of every widget. Default: the text colour, half-transparent.
 * @cssproperty --sc-color-focus - Focus ring colour of every widget. Default: the text colour.
 * @cssproperty --sc-radius - Corner radius of every widget's button. Default: `1em`.
 */
export class ScReviewForm extends ScPackedElement {
  static override styles = [ScElement.styles, reviewFormStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    cancelable: { type: Boolean },
    review: { state: true },
    invalid: { state: true },
    sending: { state: true },
    outcome: { state: true },
    authorAsked: { state: true },
    charactersSaid: { state: true },
    published: { state: true },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** Shows a Cancel button, and takes Escape, that fire `sc-review-cancel` (for a page or thread that opens the form on demand). */
  cancelable = false;

  private review: UnsentReview = emptyReview;
  private invalid: readonly RequiredField[] = [];
  private sending = false;
  private outcome?: Outcome;
  /** The review just published: a coupon the shop gives for it shows below. */
  private published?: string;
  /** The server asked a signed-in customer for a name their token lacks. */
  private authorAsked = false;
  /** The characters left as last said to screen readers. */
  private charactersSaid = TEXT_MAX;
  private sayCharactersTimer?: ReturnType<typeof setTimeout>;
  /** The site and product whose draft the fields hold. */
  private draftOf = '';

  private get asksAuthor(): boolean {
    return !this.settings.value.userToken || this.authorAsked;
  }

  protected override firstUpdated(): void {
    // Photos are picked, resized and shown by code a page without an open form never loads.
    void import('../review-photos/photo-picker.js');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.sayCharactersTimer);
  }

  protected override willUpdate(): void {
    if (!this.productId) warnMissingId(this, 'product-id');
    // A new product or site (single-page apps, `configure()` after sign-in): its own draft.
    const draftOf = `${this.settings.value.site}\n${this.productId}`;
    if (draftOf === this.draftOf) return;
    this.draftOf = draftOf;
    this.review = savedReview(this.productId);
    this.invalid = [];
    this.outcome = this.published = undefined;
  }

  /** Focuses the rating: the stars chosen, or the first. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('[name=rating]:checked') ?? this.renderRoot.querySelector<HTMLElement>('[name=rating]'))?.focus(options);
  }

  private cancel(event: Event): void {
    if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
    this.emit('sc-review-cancel', { productId: this.productId });
  }

  private edit(event: Event): void {
    const { name, value } = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.review = { ...this.review, [name]: name === 'rating' ? Number(value) : value };
    saveReview(this.productId, this.review);
    // A flagged field is cleared once filled; nothing new is flagged while typing.
    const missing = missingFields(this.review, this.asksAuthor);
    this.invalid = this.invalid.filter((field) => missing.includes(field));
    if (name === 'text') this.sayCharactersLeft();
  }

  /** Says the characters left once typing pauses, so a screen reader is not interrupted at every key. */
  private sayCharactersLeft(): void {
    clearTimeout(this.sayCharactersTimer);
    this.sayCharactersTimer = setTimeout(() => (this.charactersSaid = TEXT_MAX - this.review.text.length), 1000);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const { productId } = this;
    const { rating, title, text, author } = this.review;
    this.outcome = this.published = undefined;
    this.invalid = missingFields(this.review, this.asksAuthor);
    if (this.invalid.length || !rating) return this.focusField(this.invalid[0]);
    this.sending = true;
    const picker = this.renderRoot.querySelector('sc-photo-picker');
    const photos = picker?.photos ?? [];
    try {
      const review = await submitReview(productId, {
        rating,
        title: title.trim(),
        text: text.trim(),
        ...(this.asksAuthor && { author: author.trim() }),
        locale: this.locale,
        ...(photos.length && { photos }),
      });
      forgetReview(productId);
      // Photos only come from an upgraded picker; one whose code is still loading has none to clear.
      if (photos.length) picker!.clear();
      this.review = emptyReview;
      this.charactersSaid = TEXT_MAX;
      this.outcome = review.status;
      // A held review earns its coupon only once the shop publishes it: none is asked for now.
      if (review.status === 'published') this.published = review.id;
      this.emit('sc-review-submit', { productId, review });
    } catch (failure) {
      const error = failure as ScError;
      this.outcome = failureOf(error);
      if (this.outcome === 'authorRequired') this.authorAsked = true;
      this.emit('sc-error', error.detail(this.strings(reviewFormMessages).outcome[this.outcome], productId));
    } finally {
      this.sending = false;
    }
  }

  private async focusField(field: RequiredField): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[name=${field}]`)?.focus();
  }

  /** A field's problem, empty when it has none: always there, so `aria-describedby` always points somewhere. */
  private problem(field: RequiredField) {
    return html`<p class="problem" id=${`${field}-problem`}>${this.invalid.includes(field) ? this.strings(reviewFormMessages).missing[field] : ''}</p>`;
  }

  protected override render() {
    const strings = this.strings(reviewFormMessages);
    const { rating, title, text, author } = this.review;
    const left = TEXT_MAX - text.length;
    const said = this.charactersSaid;
    const message = this.outcome && strings.outcome[this.outcome];
    const sent = this.outcome && isSent(this.outcome);
    // The button is aria-disabled while sending, not disabled: that would drop the keyboard's focus to the page.
    return html`
      <form part="base" novalidate @input=${this.edit} @submit=${this.submit} @keydown=${this.cancelable ? this.cancel : undefined}>
        <fieldset part="rating" aria-invalid=${this.invalid.includes('rating')} aria-describedby="rating-problem">
          <legend>${strings.rating}</legend>
          <div class="stars">
            ${STARS.map(
              (stars) => html`<input
                  class="sr-only"
                  type="radio"
                  name="rating"
                  id=${`rating-${stars}`}
                  value=${stars}
                  required
                  aria-invalid=${this.invalid.includes('rating')}
                  .checked=${rating === stars}
                  aria-describedby="rating-problem"
                /><label for=${`rating-${stars}`} class=${rating && stars <= rating ? 'filled' : ''}
                  >${star}<span class="sr-only">${strings.stars(stars)}</span></label
                >`,
            )}
          </div>
          ${this.problem('rating')}
        </fieldset>
        <div class="field">
          <label for="title">${strings.title}</label>
          <input part="title" id="title" name="title" maxlength=${TITLE_MAX} autocomplete="off" .value=${title} />
        </div>
        <div class="field">
          <label for="text">${strings.text}</label>
          <textarea
            part="text"
            id="text"
            name="text"
            maxlength=${TEXT_MAX}
            required
            aria-invalid=${this.invalid.includes('text')}
            aria-describedby="text-left text-problem"
            .value=${text}
          ></textarea>
          <p class="hint" id="text-left">${strings.charactersLeft(left, left.toLocaleString(this.locale))}</p>
          <p class="sr-only" aria-live="polite">${said <= NEAR_LIMIT ? strings.charactersLeft(said, said.toLocaleString(this.locale)) : ''}</p>
          ${this.problem('text')}
        </div>
        ${this.asksAuthor
          ? html`<div class="field">
              <label for="author">${strings.author}</label>
              <input
                part="author"
                id="author"
                name="author"
                maxlength=${AUTHOR_MAX}
                autocomplete="nickname"
                required
                aria-invalid=${this.invalid.includes('author')}
                aria-describedby="author-hint author-problem"
                .value=${author}
              />
              <p class="hint" id="author-hint">${strings.authorHint}</p>
              ${this.problem('author')}
            </div>`
          : ''}
        <sc-photo-picker part="photos"></sc-photo-picker>
        <div>
          <span class="buttons">
            <button part="submit" type="submit" aria-busy=${this.sending} aria-disabled=${this.sending}>
              ${this.sending ? strings.sending : strings.submit}
            </button>
            ${this.cancelable ? html`<button part="cancel" type="button" @click=${this.cancel}>${strings.cancel}</button>` : ''}
          </span>
          <div class="messages">
            <p part="message" role="status">${sent ? message : ''}</p>
            <p part="message" role="alert">${sent ? '' : message}</p>
          </div>
          ${this.published ? html`<sc-coupon part="coupon" review-id=${this.published}></sc-coupon>` : ''}
        </div>
      </form>
    `;
  }
}
