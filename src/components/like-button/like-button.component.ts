import { html } from 'lit';
import type { LikeState } from '../../core/adapter.js';
import { ScElement } from '../../core/sc-element.js';
import { EntryController } from '../../core/entry-controller.js';
import { formatCompact } from '../../i18n/locale.js';
import { likes } from '../../stores/likes.js';
import { likeButtonStyles } from './like-button.styles.js';
import { likeButtonMessages } from './like-button.messages.js';

/**
 * A like counter for one product: a toggle button with the count, shared by every
 * button for the same product on the page.
 *
 * @tagname sc-like-button
 * @summary Like counter with a compact, locale-aware count.
 *
 * @event {CustomEvent<BeforeLikeDetail>} sc-before-like - Before a like or unlike; cancel it with `preventDefault()`.
 * @event {CustomEvent<LikeChangeDetail>} sc-like-change - After a person liked or unliked, with the optimistic count.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading failed, or the backend refused a like and it was undone.
 *
 * @csspart base - The button.
 * @csspart icon - The heart.
 * @csspart label - The "Like" text.
 * @csspart count - The compact count.
 * @csspart message - The status or error message below the button.
 *
 * @cssproperty --sc-like-color - Colour of a liked button. Default: `--sc-color-accent`.
 * @cssproperty --sc-like-height - Button height. Default: `2.25em`.
 * @cssproperty --sc-color-accent - Accent colour of every widget. Default: a red that suits light and dark pages.
 * @cssproperty --sc-color-border - Border colour of every widget. Default: a half-transparent grey.
 * @cssproperty --sc-color-focus - Focus ring colour of every widget. Default: the text colour.
 * @cssproperty --sc-radius - Corner radius of every widget. Default: `1em`.
 */
export class ScLikeButton extends ScElement {
  static override styles = [ScElement.styles, likeButtonStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    label: {},
    compact: { type: Boolean },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** Replaces the translated "Like" text, e.g. "Like the red dress". */
  label?: string;

  /** Shows only the heart and the count; the label stays for screen readers. */
  compact = false;

  private readonly entry = new EntryController(this, likes);
  private lastError?: unknown;

  protected override updated(): void {
    const { error } = this.entry.value;
    const message = this.errorMessage();
    // Once per failure, and only once its message has loaded, so the event carries it.
    if (error && error !== this.lastError && !error.transient && message) {
      this.lastError = error;
      this.emit('sc-error', { code: error.code, message, productId: this.productId });
    }
  }

  private errorMessage(): string {
    const { error, status } = this.entry.value;
    if (status === 'error') return this.failureMessage('loadFailed');
    if (!error) return '';
    return this.failureMessage(error.transient ? 'retrying' : 'refused');
  }

  private toggle(): void {
    const { status, value } = this.entry.value;
    if (status === 'error') return likes.load(this.productId, true);
    if (!value) return;
    const liked = !value.liked;
    if (!this.emit('sc-before-like', { productId: this.productId, liked }, true)) return;
    likes.set(this.productId, liked);
    const { count } = this.entry.value.value as LikeState;
    this.emit('sc-like-change', { productId: this.productId, liked, count });
  }

  protected override render() {
    const { status, value, error } = this.entry.value;
    const strings = this.strings(likeButtonMessages);
    const message = this.errorMessage();
    const refused = error && !error.transient;
    return html`
      <button
        part="base"
        aria-pressed=${!!value?.liked}
        aria-disabled=${!value && status !== 'error'}
        @click=${this.toggle}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 21 3 12a5 5 0 0 1 9-7 5 5 0 0 1 9 7z" />
        </svg>
        <span part="label" class=${this.compact ? 'sr-only' : ''}>${this.label || strings.like}</span>
        <span part="count" aria-hidden="true">${value ? formatCompact(value.count, this.locale) : ''}</span>
        <span class="sr-only">${value && strings.count(value.count, value.count.toLocaleString(this.locale))}</span>
      </button>
      <span part="message" role="status">${refused ? '' : message}</span>
      <span part="message" role="alert">${refused ? message : ''}</span>
    `;
  }
}
