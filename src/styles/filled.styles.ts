import { css, type CSSResult } from 'lit';

/**
 * A button filled with the shop's accent, or `--sc-buy-button-color` (buy, check out), as `button` selects it. Its text is
 * black or white by the accent's luminance Y (relative colour syntax: `t` is huge, so white,
 * below 0.179, where both have 4.58:1, and huge negative, so black, above), whatever accent the
 * shop sets. Its focus ring is two-toned, the page's text colour around the page's own colour,
 * so one tone shows on the page and one on the button; in forced colours it has a border.
 */
export const filled = (button: CSSResult) => css`
  ${button} {
    --_fill: var(--sc-buy-button-color, var(--sc-color-accent, light-dark(#d1242f, #ff7b82)));
    --_t: calc(1.79e8 - y * 1e9);
    color: var(--sc-buy-button-text, color(from var(--_fill) xyz var(--_t) var(--_t) var(--_t)));
    background: var(--_fill);
    border: 0;
  }
  ${button}:focus-visible {
    outline-color: var(--sc-color-focus, CanvasText);
    box-shadow: 0 0 0 2px Canvas;
  }
  @media (forced-colors: active) {
    ${button} {
      border: 1px solid ButtonText;
    }
  }
`;
