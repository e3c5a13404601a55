import { css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PhotoUpload } from '../../core/adapter.js';
import { PhotoRefused, resizePhoto } from '../../core/image-resize.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { reviewPhotosMessages } from './review-photos.messages.js';

/** Photos one review takes (openapi.yaml, ReviewDraft). */
export const MAX_PHOTOS = 4;

interface Picked {
  readonly photo: PhotoUpload;
  /** An object URL of the resized photo, for its preview. */
  readonly preview: string;
}

/**
 * The photos of a review being written: a file field (several at once), each photo resized
 * in the browser as it is picked (src/core/image-resize.ts), previews with remove buttons,
 * how many of the most, and why a file was not taken, announced. `<sc-review-form>` reads
 * `photos` when it sends and calls `clear()` once sent. Internal to that form, which loads
 * it when it is first shown.
 */
export class ScPhotoPicker extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    fieldStyles,
    css`
      :host {
        display: grid;
        gap: 0.3em;
        /* In the form's grid: as narrow as the form, whatever the file field would take. */
        min-inline-size: 0;
      }
      label {
        font-weight: 600;
      }
      input {
        inline-size: 100%;
        block-size: auto;
        padding: 0.4em;
      }
      p {
        margin: 0;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        justify-items: center;
        gap: 0.2em;
      }
      img {
        inline-size: 4rem;
        block-size: 4rem;
        object-fit: cover;
        border-radius: 0.4em;
      }
      button {
        padding: 0.2em 0.5em;
        font-size: 0.875rem;
        border: 1px solid currentColor;
        border-radius: var(--sc-radius, 1em);
        cursor: pointer;
      }
      [role='alert'] {
        color: light-dark(#b3261e, #ffb4ab);
      }
    `,
  ];
  static override properties = { picked: { state: true }, problems: { state: true }, resizing: { state: true } };

  private picked: readonly Picked[] = [];
  /** Why the last files picked were not all taken. */
  private problems: readonly string[] = [];
  private resizing = false;

  /** The photos to send, resized, in the order shown. */
  get photos(): readonly PhotoUpload[] {
    return this.picked.map(({ photo }) => photo);
  }

  /** Forgets every photo: the review was sent. */
  clear(): void {
    this.picked.forEach(({ preview }) => URL.revokeObjectURL(preview));
    this.picked = this.problems = [];
  }

  private async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Emptied, so picking the same file again is a change too.
    input.value = '';
    const strings = this.strings(reviewPhotosMessages);
    const said: string[] = [];
    this.resizing = true;
    for (const file of files) {
      if (this.picked.length >= MAX_PHOTOS) {
        said.push(strings.full(file.name));
        continue;
      }
      try {
        const photo = await resizePhoto(file);
        this.picked = [...this.picked, { photo, preview: URL.createObjectURL(photo.blob) }];
      } catch (failure) {
        said.push(strings[failure instanceof PhotoRefused ? failure.problem : 'notImage'](file.name));
      }
    }
    this.resizing = false;
    this.problems = said;
  }

  private async unpick(index: number): Promise<void> {
    URL.revokeObjectURL(this.picked[index]!.preview);
    this.picked = this.picked.filter((_, at) => at !== index);
    this.problems = [];
    // The focus goes to the photo that took its place, or the field when none is left.
    await this.updateComplete;
    (this.renderRoot.querySelectorAll('button')[Math.min(index, this.picked.length - 1)] ?? this.renderRoot.querySelector('input'))?.focus();
  }

  protected override render() {
    const strings = this.strings(reviewPhotosMessages);
    const number = (value: number) => value.toLocaleString(this.locale);
    const full = this.picked.length >= MAX_PHOTOS;
    return html`
      <label for="photos">${strings.add}</label>
      <input part="photos" id="photos" type="file" accept="image/*" multiple aria-describedby="photos-hint photos-count" ?disabled=${full} @change=${this.pick} />
      <p class="hint" id="photos-hint">${strings.hint(number(MAX_PHOTOS))}</p>
      <ul aria-busy=${this.resizing}>
        ${repeat(
          this.picked,
          ({ photo }) => photo.key,
          ({ preview }, index) => html`<li>
            <img src=${preview} alt="" />
            <button type="button" @click=${() => this.unpick(index)}>${strings.remove(number(index + 1))}</button>
          </li>`,
        )}
      </ul>
      <p id="photos-count" role="status">${this.picked.length ? strings.picked(number(this.picked.length), number(MAX_PHOTOS)) : ''}</p>
      <p role="alert">${this.problems.join(' ')}</p>
    `;
  }
}

ScPhotoPicker.define('sc-photo-picker');

declare global {
  interface HTMLElementTagNameMap {
    'sc-photo-picker': ScPhotoPicker;
  }
}
