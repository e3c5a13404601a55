import { css } from 'lit';
import { fieldBorderColour } from '../../styles/field.styles.js';
import { pressedStyles } from '../../styles/pressed.styles.js';

export const reviewThreadStyles = css`
  :host {
    display: block;
    /* Reserved before the first page arrives. */
    min-block-size: var(--sc-review-thread-height, 20em);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
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
    padding: 1em 0;
    border-block-end: 1px solid var(--sc-color-border, #8884);
  }
  .title {
    font-weight: 600;
    margin: 0.25em 0;
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
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    opacity: 0.85;
  }
  .badge {
    font-weight: 600;
  }
  sc-review-photos {
    display: block;
    margin: 0.5em 0;
    /* Its thumbnails' row, before it loads. */
    min-block-size: calc(var(--sc-review-photo-size, 4rem) + 2px);
  }
  [part='replies'] {
    list-style: none;
    margin: 0.5em 0 0;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--sc-color-border, #8884);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
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
  [role='alert'] {
    color: var(--_accent);
  }
`;
