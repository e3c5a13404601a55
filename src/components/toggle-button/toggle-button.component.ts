import { html } from 'lit';
import { ScElement } from '../../core/sc-element.js';
import { EntryController } from '../../core/entry-controller.js';
import type { ToggleFamily, ToggleState } from '../../core/toggle-family.js';
import { type Catalog, formatCompact } from '../../i18n/locale.js';
import { messageStyles } from '../../styles/message.styles.js';
import { countStyles } from '../../styles/count.styles.js';
import { toggleButtonStyles } from './toggle-button.styles.js';

export interface ToggleMessages {
  /** The button's text, the same whether on or off (`aria-pressed` tells which). */
  readonly label: string;
  /** The full count for screen readers; `formatted` is the count with group separators. */
  count(count: number, formatted: string): string;
}

/** What one kind of toggle button (like, wish list) is made of. */
export interface ToggleKind<F extends string> {
  readonly family: ToggleFamily<ToggleState<F>>;
  readonly flag: F;
  /** Names the events `sc-before-{event}` (cancelable) and `sc-{event}-change`. */
  readonly event: 'like' | 'wishlist';
  readonly messages: Catalog<ToggleMessages>;
  /** The icon's SVG path in a 24 × 24 box: outlined when off, filled when on. */
  readonly icon: string;
}

/**
 * An on/off button with everyone's count for one product, shared by every button for
 * that product on the page: the like button, the wish-list button.
 */
export abstract class ScToggleButton<F extends string> extends ScElement {
  static override styles = [ScElement.styles, toggleButtonStyles, countStyles, messageStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    label: {},
    compact: { type: Boolean },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** Replaces the translated text, e.g. "Like the red dress". */
  label?: string;

  /** Shows only the icon and the count; the text stays for screen readers. */
  compact = false;

  private readonly entry: EntryController<ToggleState<F>>;
  private lastError?: unknown;

  constructor(private readonly kind: ToggleKind<F>) {
    super();
    this.entry = new EntryController(this, kind.family);
  }

  protected override updated(): void {
    const { error } = this.entry.value;
    const message = this.errorMessage();
    // Once per failure, and only once its message has loaded, so the event carries it.
    if (error && error !== this.lastError && !error.transient && message) {
      this.lastError = error;
      this.emit('sc-error', error.detail(message, this.productId));
    }
  }

  private errorMessage(): string {
    const { error, status } = this.entry.value;
    if (status === 'error') return this.failureMessage('loadFailed');
    if (!error) return '';
    return this.failureMessage(error.transient ? 'retrying' : 'refused');
  }

  private toggle(): void {
    const { family, flag, event } = this.kind;
    const { status, value } = this.entry.value;
    if (status === 'error') return family.load(this.productId, true);
    if (!value) return;
    const on = !value[flag];
    const detail = { productId: this.productId, [flag]: on };
    if (!this.emit(`sc-before-${event}` as 'sc-before-like', detail as never, true)) return;
    family.set(this.productId, on);
    this.emit(`sc-${event}-change` as 'sc-like-change', { ...detail, count: this.entry.value.value!.count } as never);
  }

  protected override render() {
    const { status, value, error } = this.entry.value;
    const { messages, flag, icon } = this.kind;
    const strings = this.strings(messages);
    const message = this.errorMessage();
    const refused = error && !error.transient;
    return html`
      <button
        part="base"
        class=${value?.count === 0 ? 'uncounted' : ''}
        aria-pressed=${!!value?.[flag]}
        aria-disabled=${!value && status !== 'error'}
        @click=${this.toggle}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${icon} /></svg>
        <span part="label" class=${this.compact ? 'sr-only' : ''}>${this.label || strings.label}</span>
        <span part="count" aria-hidden="true">${value?.count ? formatCompact(value.count, this.locale) : ''}</span>
        <span class="sr-only">${value && strings.count(value.count, value.count.toLocaleString(this.locale))}</span>
      </button>
      <span part="message" role="status">${refused ? '' : message}</span>
      <span part="message" role="alert">${refused ? message : ''}</span>
    `;
  }
}
