import { css, html } from 'lit';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { GIFT_NOTE_MAX, saveGiftNote, savedGiftNote } from '../../stores/gift-notes.js';
import { giftNoteMessages } from './gift-note.messages.js';
import { fieldStyles } from '../../styles/field.styles.js';

/**
 * The message a buyer writes for the shop to enclose with a gift: a disclosure holding a
 * labelled field, whose draft is kept for the tab until the gift is bought; from a shared
 * wish list, a checkbox to send the gift to the list's owner. Internal to
 * `<sc-buy-button gift>`, which loads it: other buy buttons never download it.
 */
export class ScGiftNote extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    fieldStyles,
    css`
      summary {
        /* The height <sc-buy-button> reserves for it before it loads. */
        line-height: 1.5;
        cursor: pointer;
      }
      label {
        display: grid;
        gap: 0.15em;
      }
      label.owner {
        display: flex;
        align-items: center;
        gap: 0.4em;
      }
      textarea {
        inline-size: 100%;
        block-size: auto;
        padding: 0.4em 0.5em;
        resize: vertical;
      }
    `,
  ];
  static override properties = {
    productId: { attribute: 'product-id' },
    product: {},
    owner: {},
    toOwner: { state: true },
    note: { state: true },
    open: { state: true },
  };

  productId = '';
  /** The product's name, which names the summary and the field: a shared wish list has one per gift. */
  product?: string;
  /** Bought from a shared wish list: the name its owner shows ('' for none), to offer sending it to them. */
  owner?: string;
  private toOwner = false;
  private note = '';
  private open = false;
  /** The site and product whose draft the field holds. */
  private noteOf = '';

  /** The message to send; '' for none. */
  get value(): string {
    return this.note.trim();
  }

  /** Send it to the list's owner: the shop gets their reference, never an address the buyer sees. */
  get sendToOwner(): boolean {
    return this.owner !== undefined && this.toOwner;
  }

  /** The gift is bought: a reload no longer brings its message back (the field keeps it, should the person buy again). */
  sent(): void {
    saveGiftNote(this.productId, '');
  }

  protected override willUpdate(): void {
    const noteOf = `${this.settings.value.site}\n${this.productId}`;
    if (noteOf === this.noteOf) return;
    this.noteOf = noteOf;
    this.open = !!(this.note = savedGiftNote(this.productId));
  }

  private write(event: Event): void {
    saveGiftNote(this.productId, (this.note = (event.target as HTMLTextAreaElement).value));
  }

  protected override render() {
    const strings = this.strings(giftNoteMessages);
    return html`<details ?open=${this.open} @toggle=${(event: Event) => (this.open = (event.target as HTMLDetailsElement).open)}>
      <summary aria-label=${this.named(strings.add, this.product)}>${strings.add}</summary>
      <label>${strings.label}<textarea aria-label=${this.named(strings.label, this.product)} maxlength=${GIFT_NOTE_MAX} rows="3" .value=${this.note} @input=${this.write}></textarea></label>
    </details>${this.owner === undefined ? '' : this.ownerChoice()}`;
  }

  /** Send it to the list's owner, by the name they show: a checkbox that says which gift it is for. */
  private ownerChoice() {
    const strings = this.strings(giftNoteMessages);
    const text = this.owner ? strings.sendTo(this.owner) : strings.sendToOwner;
    return html`<label class="owner"
      ><input
        type="checkbox"
        aria-label=${this.named(text, this.product)}
        .checked=${this.toOwner}
        @change=${(event: Event) => (this.toOwner = (event.target as HTMLInputElement).checked)}
      />${text}</label
    >`;
  }
}

ScGiftNote.define('sc-gift-note');

declare global {
  interface HTMLElementTagNameMap {
    'sc-gift-note': ScGiftNote;
  }
}
