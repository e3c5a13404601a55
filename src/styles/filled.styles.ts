import { css, type CSSResult } from 'lit';

/** Where black text starts to read better than white: 1e9 times the luminance Y of 0.179, both 4.58:1 there. */
export const fillTextThreshold = css`calc(1.79e8 - y * 1e9)`;

/**
 * Black or white, whichever reads on `--_fill`, whatever colour the shop sets: with `--_t` set
 * to fillTextThreshold beside `--_fill`, relative colour syntax makes `t` huge (white) below the
 * threshold and hugely negative (black) above, clamped into the gamut.
 */
export const textOnFill = css`color(from var(--_fill) xyz var(--_t) var(--_t) var(--_t))`;

/**
 * A button filled with the shop's accent, or `--sc-buy-button-color` (buy, check out), as
 * `button` selects it, its text black or white (textOnFill). Its focus ring is two-toned, the
 * page's text colour around the page's own colour, so one tone shows on the page and one on the
 * button; in forced colours it has a border.
 */
export const filled = (button: CSSResult) => css`
  ${button} {
    --_fill: var(--sc-buy-button-color, var(--sc-color-accent, light-dark(#d1242f, #ff7b82)));
    --_t: ${fillTextThreshold};
    color: var(--sc-buy-button-text, ${textOnFill});
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
