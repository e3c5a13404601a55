import { css } from 'lit';
import { filled } from '../../styles/filled.styles.js';

export const cartPanelStyles = css`
  :host {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-block-size: 0;
  }
  ul {
    flex: 1;
    margin: 0;
    padding: 0 1em;
    overflow-y: auto;
    list-style: none;
  }
  .empty {
    flex: 1;
    padding: 1em;
  }
  li {
    display: grid;
    /* The text's column may shrink below its longest word, so a line fits 320 px at any font size. */
    grid-template-columns: 4em minmax(0, 1fr);
    gap: 0.25em 0.75em;
    padding: 0.75em 0;
    border-block-end: 1px solid var(--sc-color-border, #8888);
  }
  .image {
    grid-row: span 2;
    aspect-ratio: 1;
    overflow: hidden;
    border-radius: 0.5em;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .about {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 0.5em;
  }
  .title {
    font-weight: 600;
    /* Breaks inside a word only where it cannot fit on a line of its own: names wrap at spaces. */
    overflow-wrap: break-word;
  }
  .options {
    grid-row: 2;
    font-size: 0.85em;
    opacity: 0.8;
  }
  .price {
    grid-row: 1;
    grid-column: 2;
  }
  .quantity {
    display: flex;
    /* On a narrow screen or with large text, "remove" goes to its own line. */
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }
  .quantity button {
    inline-size: 2.5em;
    block-size: 2.5em;
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: 50%;
  }
  .quantity input {
    inline-size: 3.5em;
    text-align: center;
  }
  [part='remove'] {
    margin-inline-start: auto;
  }
  footer {
    display: grid;
    padding: 1em;
    gap: 0.5em;
    border-block-start: 1px solid var(--sc-color-border, #8888);
  }
  footer p {
    margin: 0;
  }
  [part='subtotal'] {
    display: flex;
    justify-content: space-between;
    font-size: 1.1em;
  }
  [part='coupon'] {
    display: grid;
    gap: 0.25em;
  }
  [part='discount'] {
    display: grid;
    grid-template-columns: 1fr auto;
  }
  .taxes {
    font-size: 0.85em;
    opacity: 0.8;
  }
  [part='checkout'] {
    /* A minimum: with large text or text spacing, its label wraps and the button grows. */
    min-block-size: 3em;
    font-weight: 600;
    border-radius: var(--sc-radius, 1em);
  }
  ${filled(css`[part='checkout']`)}
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  [role='alert'] {
    color: var(--_accent);
  }
  /* An order placed (or a demo's): under the button pressed, set apart from the totals. */
  [role='status']:not(.sr-only) {
    padding: 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: 0.5em;
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  [part='message']:empty {
    display: none;
  }
`;
