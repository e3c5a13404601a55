import { css, html, type PropertyValues } from 'lit';
import type { ReviewPhoto } from '../../core/adapter.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { reviewPhotosMessages } from './review-photos.messages.js';

/**
 * A review's photos as thumbnails, each a button that opens the viewer (loaded then) on
 * that photo; when the viewer closes, the focus is back on the thumbnail it was opened
 * from. Internal to `<sc-review-thread>`, which loads it once a review it shows has photos.
 */
export class ScReviewPhotos extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    css`
      /* The thread sets its display, margin and the height it reserves. */
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      button {
        display: block;
        padding: 0;
        border: 1px solid var(--sc-color-border, #8884);
        border-radius: 0.4em;
        overflow: hidden;
        cursor: zoom-in;
      }
      img {
        display: block;
        inline-size: var(--sc-review-photo-size, 4rem);
        block-size: var(--sc-review-photo-size, 4rem);
        object-fit: cover;
      }
    `,
  ];
  static override properties = { photos: { attribute: false }, author: {}, viewing: { state: true } };

  photos: readonly ReviewPhoto[] = [];
  /** Who took them, in the buttons' names. */
  author = '';
  /** The photo the open viewer started on. */
  private viewing?: number;

  private async view(index: number): Promise<void> {
    await import('./photo-viewer.js');
    this.viewing = index;
  }

  private async closed(): Promise<void> {
    const index = this.viewing ?? 0;
    this.viewing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('button')[index]?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('photos')) this.viewing = undefined;
  }

  protected override render() {
    const strings = this.strings(reviewPhotosMessages);
    const count = this.photos.length.toLocaleString(this.locale);
    return html`<ul part="photos">
        ${this.photos.map(
          (photo, index) => html`<li>
            <button type="button" part="photo" aria-label=${strings.photo((index + 1).toLocaleString(this.locale), count, this.author)} @click=${() => this.view(index)}>
              <img src=${photo.url} alt="" width=${photo.width} height=${photo.height} loading="lazy" decoding="async" />
            </button>
          </li>`,
        )}
      </ul>
      ${this.viewing === undefined ? '' : html`<sc-photo-viewer .photos=${this.photos} .author=${this.author} .index=${this.viewing} @close=${this.closed}></sc-photo-viewer>`}`;
  }
}

ScReviewPhotos.define('sc-review-photos');

declare global {
  interface HTMLElementTagNameMap {
    'sc-review-photos': ScReviewPhotos;
  }
}
