import { css } from 'lit';

export const toggleButtonStyles = css`
  :host {
    display: inline-block;
    /* On the middle of the line, as its reserved box before the script runs: on the text
       baseline it would move once its text arrives. */
    vertical-align: middle;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    /* A minimum, and no wider than the page: a long label wraps rather than being cut. */
    min-block-size: var(--sc-like-height, 2.25em);
    max-inline-size: 100%;
    padding: 0 0.75em;
    /* Half-transparent grey: visible on light and dark pages alike. */
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: var(--sc-radius, 1em);
    cursor: pointer;
  }
  [aria-pressed='true'] {
    color: var(--sc-like-color, var(--_accent));
  }
  svg {
    flex: none;
    inline-size: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  [aria-pressed='true'] svg {
    fill: currentColor;
  }
`;
