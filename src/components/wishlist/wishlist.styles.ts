import { css } from 'lit';
import { fieldBorderColour } from '../../styles/field.styles.js';

export const wishlistStyles = css`
  [part='toolbar'],
  [part='share'],
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    max-inline-size: 100%;
  }
  select {
    /* A long list name wraps the label, never pushes the picker out of the widget. */
    max-inline-size: 100%;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
    min-block-size: 2.25em;
    padding: 0 0.75em;
    border: 1px solid ${fieldBorderColour};
    border-radius: var(--sc-radius, 1em);
    background: none;
  }
  select option {
    color: CanvasText;
    background: Canvas;
  }
  button {
    cursor: pointer;
  }
  input {
    min-inline-size: 0;
    flex: 1 1 12em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    container-type: inline-size;
  }
  [part='item'] {
    display: grid;
    /* The name keeps room of its own beside a wide buy button (a gift's note and options). */
    grid-template-columns: 4em minmax(7em, 1fr) auto;
    align-items: center;
    gap: 0.25em 0.75em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--sc-color-border, #8888);
  }
  img,
  .placeholder {
    grid-row: span 2;
    inline-size: 4em;
    block-size: 4em;
    object-fit: cover;
    border-radius: calc(var(--sc-radius, 1em) / 2);
  }
  /* Title, variant, "bought" and price stack beside the picture. */
  [part='item'] > :not(img, .placeholder, .actions) {
    grid-column: 2;
  }
  [part='bought'] {
    justify-self: start;
    padding: 0 0.6em;
    font-size: 0.875em;
    border: 1px solid currentColor;
    border-radius: var(--sc-radius, 1em);
  }
  [part='title'] {
    font-weight: 600;
    /* Breaks inside a word only where it cannot fit on a line of its own: names wrap at spaces. */
    overflow-wrap: break-word;
  }
  [part='price'] {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    grid-column: 3;
    grid-row: 1 / span 2;
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 0.5em;
  }
  /* A phone's width: the buttons under the product, full width, so names keep their line. */
  @container (max-width: 30em) {
    [part='item'] {
      grid-template-columns: 4em 1fr;
    }
    .actions {
      grid-column: 1 / -1;
      grid-row: auto;
      justify-content: stretch;
    }
    .actions > * {
      flex: 1 1 auto;
    }
  }
  [role='alert'] {
    color: var(--_accent);
  }
`;
