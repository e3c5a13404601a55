import { css } from 'lit';

/**
 * Shared by every element. Text and surfaces inherit from the page, so a widget matches
 * a light or a dark page by itself; the accent follows the `color-scheme` in force, which
 * a shop can set on the element itself (`sc-like-button { color-scheme: dark }`). Shops
 * restyle through `--sc-*` custom properties set once on `:root`, and `::part`; the font
 * is inherited from the page.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--sc-color-accent, light-dark(#d1242f, #ff7b82));
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
