import { css } from 'lit';
import { fieldBorderColour } from '../../styles/field.styles.js';
import { pressedStyles } from '../../styles/pressed.styles.js';

export const reviewThreadStyles = css`
  :host {
    display: block;
  }
  /* Reserved before the first page arrives: a product with no reviews then takes one line. */
  div[aria-busy='true'] {
    min-block-size: var(--sc-review-thread-height, 20em);
  }
  /* Rows that wrap on narrow screens. */
  [part='empty'],
  [part='toolbar'],
  .byline,
  .rating,
  .meta,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* The avatar stays beside the name; the name, badge and date wrap beside it. */
  .byline {
    flex-wrap: nowrap;
  }
  .byline .meta {
    flex: 1;
    min-inline-size: 0;
    gap: 0.25em 0.75em;
  }
  /* Apart from a rating summary above, and from the form below. */
  [part='write'] {
    margin-block: 1em;
  }
  [part='empty'] [part='write'] {
    margin: 0;
  }
  [part='form'] {
    margin-block-end: 1.5em;
    padding: 1em;
    border: 1px solid var(--sc-color-border, #8884);
    border-radius: 0.75em;
  }
  [part='toolbar'] {
    justify-content: space-between;
  }
  select,
  textarea,
  input {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid ${fieldBorderColour};
    border-radius: 0.4em;
    padding: 0.3em 0.5em;
  }
  [part='toolbar'] label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  form label {
    display: grid;
    gap: 0.2em;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='review'] {
    display: grid;
    gap: 0.5em;
    padding: 1.25em 0;
    border-block-end: 1px solid var(--sc-color-border, #8884);
  }
  [part~='review'] p {
    margin: 0;
  }
  [part='avatar'] {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
    border-radius: 50%;
    /* Forced colours drop the background: the border keeps the circle. */
    border: 1px solid transparent;
    /* One perceived lightness (OKLCH) for every hue: white letters keep 4.5:1 or more on each. */
    background: oklch(45% 0.12 var(--hue));
    color: #fff;
    font-weight: 600;
  }
  .title,
  .author,
  .badge,
  [part='write'] {
    font-weight: 600;
  }
  .text,
  .reply-text {
    margin: 0.25em 0;
    white-space: pre-line;
    /* Long words, URLs and unbroken Chinese or emoji runs wrap instead of overflowing. */
    overflow-wrap: anywhere;
  }
  .private {
    font-style: italic;
  }
  /* Smaller, never fainter: the text's own colour keeps its contrast. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .check {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: light-dark(#1a7f37, #3fb950);
    stroke: light-dark(#fff, #000);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .check path {
    fill: none;
  }
  .pending {
    padding: 0 0.6em;
    border: 1px dashed;
    border-radius: 1em;
  }
  @media (forced-colors: active) {
    .check {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
  sc-review-photos {
    display: block;
    margin: 0.5em 0;
    /* Its thumbnails' row, before it loads. */
    min-block-size: calc(var(--sc-review-photo-size, 4rem) + 2px);
  }
  [part='replies'] {
    display: grid;
    gap: 0.75em;
    list-style: none;
    margin: 0;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--sc-color-border, #8884);
  }
  /* The shop's answer, set apart in a tinted box headed by the shop's name. */
  [part~='seller'] {
    padding: 0.75em 1em;
    border-radius: 0.5em;
    background: var(--sc-review-reply-background, color-mix(in srgb, currentColor 7%, transparent));
  }
  [part~='reply'] {
    display: grid;
    gap: 0.25em;
  }
  .from {
    font-weight: 700;
  }
  .actions {
    gap: 0.5em;
  }
  button {
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: 1em;
    padding: 0.2em 0.8em;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    color: var(--_accent);
    border-color: currentColor;
  }
  ${pressedStyles}
  form {
    display: grid;
    gap: 0.4em;
    margin-block-start: 0.5em;
    max-inline-size: 32em;
  }
  .reasons {
    display: grid;
    gap: 0.3em;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .reasons label {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .dialog-title {
    font-weight: 600;
    margin: 0;
  }
  [part='more'] {
    margin-block-start: 1em;
  }
  /* The way in, standing out from the reviews' own buttons. */
  [part='write'] {
    padding: 0.5em 1.25em;
    border: 2px solid;
  }
  [role='alert'] {
    color: var(--_accent);
  }
`;
