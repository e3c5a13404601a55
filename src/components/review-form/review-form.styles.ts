import { css } from 'lit';
import { fieldBorderColour } from '../../styles/field.styles.js';

export const reviewFormStyles = css`
  :host {
    display: block;
    --_border: ${fieldBorderColour};
  }
  form,
  .field {
    display: grid;
    gap: 0.3em;
  }
  form {
    gap: 1em;
  }
  sc-photo-picker {
    /* Its field and hint, before it loads. */
    min-block-size: 6em;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label {
    padding: 0;
    font-weight: 600;
  }
  input,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4em 0.6em;
    font: inherit;
    color: inherit;
    background: transparent;
    /* Mixed from the text colour: a field's edge shows on light and dark pages alike. */
    border: 1px solid var(--_border);
    border-radius: 0.4em;
  }
  textarea {
    min-block-size: var(--sc-review-form-text-height, 8em);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_accent);
  }
  .stars {
    position: relative;
    display: flex;
  }
  .stars label {
    display: flex;
    padding: 0.1em;
    color: var(--sc-star-color, light-dark(#b26b00, #ffc247));
    cursor: pointer;
  }
  /* Outline and filled stars differ in shape, not only colour. */
  .star {
    block-size: var(--sc-review-form-star-size, 1.75em);
    aspect-ratio: 1;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.3;
    stroke-linejoin: round;
  }
  .filled .star,
  .stars:hover .star {
    fill: currentColor;
  }
  .stars label:hover ~ label .star {
    fill: none;
  }
  input:focus-visible + label {
    outline: 2px solid var(--sc-color-focus, currentColor);
    outline-offset: 1px;
    border-radius: 0.2em;
  }
  p {
    margin: 0;
    font-size: 0.85em;
  }
  .problem,
  [role='alert'] {
    color: var(--_accent);
  }
  button {
    padding: 0.5em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--sc-radius, 1em);
    font-weight: 600;
    cursor: pointer;
  }
  [aria-busy='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .messages {
    /* One line kept for the thanks or the failure, so nothing below moves when it comes. */
    min-block-size: 1.5em;
    margin-block-start: 0.5em;
  }
`;
