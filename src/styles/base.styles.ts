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
    /* Read as text whatever accent a shop sets: CIE lightness follows luminance alone, and
       at most 48 it has 4.8:1 on white, at least 60 it has 5.9:1 on #121212. */
    --_accent: light-dark(lch(from var(--sc-color-accent, #d1242f) min(l, 48) c h), lch(from var(--sc-color-accent, #d1242f) max(l, 60) c h));
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
