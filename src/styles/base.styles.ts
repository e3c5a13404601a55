import { css } from 'lit';

/**
 * Shared by every element. Colours follow the page's `color-scheme` (light or dark)
 * unless the element says `theme="light"` or `theme="dark"`; every colour and size is a
 * `--sc-*` custom property a shop can set once on `:root`.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--sc-color-text, light-dark(#1f2328, #e6e8eb));
    --_bg: var(--sc-color-surface, light-dark(#fff, #1c1f24));
    --_border: var(--sc-color-border, light-dark(#c9cdd2, #454b54));
    --_accent: var(--sc-color-accent, light-dark(#d1242f, #ff6b72));
    --_danger: var(--sc-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--sc-color-focus, light-dark(#0a5bd6, #8ab4ff));
    --_radius: var(--sc-radius, 999px);
    font: var(--sc-font, inherit);
    color: var(--_fg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
