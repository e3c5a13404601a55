import { css, html } from 'lit';
import type { ReviewPhoto } from '../../core/adapter.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { reviewPhotosMessages } from './review-photos.messages.js';

/**
 * A review's photos one at a time, large, in a modal dialog: the page behind is inert, so
 * the focus stays inside; the arrow keys and buttons go through the photos (round), Escape
 * or Close closes it, and `close` (not composed) tells `<sc-review-photos>`, which returns
 * the focus. Loaded on the first thumbnail pressed.
 */
export class ScPhotoViewer extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    css`
      dialog {
        max-inline-size: min(100vw - 2rem, 1600px);
        max-block-size: calc(100dvh - 2rem);
        padding: 0.75em;
        color: CanvasText;
        background: Canvas;
        border: 1px solid var(--sc-color-border, #8884);
        border-radius: 0.5em;
      }
      dialog::backdrop {
        background: #000b;
      }
      img {
        display: block;
        max-inline-size: 100%;
        max-block-size: calc(100dvh - 8rem);
        inline-size: auto;
        block-size: auto;
        margin: 0 auto;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        justify-content: space-between;
        margin-block-start: 0.5em;
      }
      button {
        min-block-size: 2.75rem;
        padding: 0 0.9em;
        border: 1px solid currentColor;
        border-radius: var(--sc-radius, 1em);
        cursor: pointer;
      }
      p {
        margin: 0;
      }
    `,
  ];
  static override properties = { photos: { attribute: false }, author: {}, index: { type: Number } };

  photos: readonly ReviewPhoto[] = [];
  author = '';
  /** The photo shown. */
  index = 0;

  protected override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')!.showModal();
  }

  private step(by: number): void {
    this.index = (this.index + by + this.photos.length) % this.photos.length;
  }

  private key(event: KeyboardEvent): void {
    const by = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (!by || this.photos.length < 2) return;
    event.preventDefault();
    // Right to left, the next photo is to the left.
    this.step(getComputedStyle(this).direction === 'rtl' ? -by : by);
  }

  protected override render() {
    const strings = this.strings(reviewPhotosMessages);
    const photo = this.photos[this.index];
    const count = this.photos.length.toLocaleString(this.locale);
    const position = (this.index + 1).toLocaleString(this.locale);
    const many = this.photos.length > 1;
    return html`<dialog part="viewer" aria-label=${strings.viewer(this.author)} @keydown=${this.key} @close=${() => this.dispatchEvent(new Event('close'))}>
      ${photo ? html`<img part="image" src=${photo.url} alt=${strings.photo(position, count, this.author)} width=${photo.width} height=${photo.height} />` : ''}
      <div class="controls">
        ${many ? html`<button type="button" @click=${() => this.step(-1)}>${strings.previous}</button>` : ''}
        <p role="status">${strings.position(position, count)}</p>
        ${many ? html`<button type="button" @click=${() => this.step(1)}>${strings.next}</button>` : ''}
        <button type="button" @click=${() => this.renderRoot.querySelector('dialog')!.close()}>${strings.close}</button>
      </div>
    </dialog>`;
  }
}

ScPhotoViewer.define('sc-photo-viewer');

declare global {
  interface HTMLElementTagNameMap {
    'sc-photo-viewer': ScPhotoViewer;
  }
}
