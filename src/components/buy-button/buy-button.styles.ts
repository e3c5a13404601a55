import { css } from 'lit';
import { filled } from '../../styles/filled.styles.js';

export const buyButtonStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    /* The button's row is there before the product loads, so nothing below moves. */
    min-block-size: 2.5em;
  }
  label {
    display: grid;
    /* May be narrower than its longest option: the select shrinks with it. */
    min-inline-size: 0;
    gap: 0.15em;
    font-size: 0.85em;
  }
  label > span:first-child {
    text-transform: capitalize;
  }
  sc-gift-note {
    display: block;
    flex-basis: 100%;
    font-size: 0.9em;
    /* Its summary's line, before it loads. */
    min-block-size: 1.5em;
  }
  input {
    inline-size: 4em;
  }
  select {
    /* Its label's width, which may be less than its longest option's. */
    inline-size: 100%;
  }
  [part='button'] {
    flex: 1 1 8em;
    /* A minimum: with large text or a narrow card, its label wraps and the button grows. */
    min-block-size: 2.5rem;
    padding: 0.25em 1em;
    font-weight: 600;
    border-radius: var(--sc-radius, 1em);
    cursor: pointer;
  }
  ${filled(css`[part='button']`)}
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
  /* What a press did, on its own line under the button: an add, with "View cart" beside it; an order's reference; why not. */
  [role='alert'],
  .said {
    flex-basis: 100%;
    font-size: 0.85em;
  }
  .said {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
  }
  .added::before {
    content: '✓ ' / '';
  }
  [part='view-cart'] {
    /* A link's look, a target of 24 px or more. */
    min-block-size: 1.5rem;
    padding: 0;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  [role='alert'] {
    color: var(--_accent);
  }
  [role='alert']:empty {
    display: none;
  }
`;
