import { css } from 'lit';

/**
 * Shared by every element. Text and surfaces inherit from the page, so a widget matches
 * a light or a dark page by itself; the accent follows the `color-scheme` in force (a fill uses the shop's accent as set: src/styles/filled.styles.ts), which
 * a shop can set on the element itself (`sc-like-button { color-scheme: dark }`). Shops
 * restyle through `--sc-*` custom properties set once on `:root`, and `::part`; the font
 * is inherited from the page.
 */
export const baseStyles = css`
  :host {
    /* Read as text (4.5:1) on a light or a dark page whatever accent a shop sets: darkened
       or lightened to an OKLCH lightness of at most 0.5 or at least 0.75. */
    --_accent: light-dark(oklch(from var(--sc-color-accent, #d1242f) min(l, 0.5) c h), oklch(from var(--sc-color-accent, #ff7b82) max(l, 0.75) c h));
  }
  :host([hidden]) {
    display: none;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
  }
  :focus-visible {
    outline: 2px solid var(--sc-color-focus, currentColor);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    clip-path: inset(50%);
    inline-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
`;
