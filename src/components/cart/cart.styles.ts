import { css } from 'lit';
import { fillTextThreshold, textOnFill } from '../../styles/filled.styles.js';

/** The cart's and its panel's buttons: borderless, with line icons. */
export const cartButtonStyles = css`
  button {
    border: 0;
    cursor: pointer;
  }
  svg {
    inline-size: 1.4em;
    block-size: 1.4em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;

export const cartStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  [part='button'] {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.75em;
    block-size: 2.75em;
    border-radius: 50%;
  }
  [part='badge'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    min-inline-size: 1.5em;
    padding: 0 0.3em;
    box-sizing: border-box;
    font-size: 0.7em;
    font-weight: 700;
    line-height: 1.5em;
    --_fill: var(--sc-cart-badge-color, var(--_accent));
    --_t: ${fillTextThreshold};
    color: ${textOnFill};
    background: var(--_fill);
    border-radius: 1em;
  }
  dialog {
    box-sizing: border-box;
    inline-size: var(--sc-cart-width, min(26rem, 100vw));
    max-inline-size: 100vw;
    /* In a frame taller than the screen, the part of it in view (frame-view.ts). */
    inset-block-start: var(--_top, 0);
    block-size: var(--_height, 100dvh);
    max-block-size: var(--_height, 100dvh);
    margin: 0 0 0 auto;
    padding: 0;
    color: CanvasText;
    background: var(--sc-cart-surface, Canvas);
    border: 0;
    box-shadow: 0 0 2em #0004;
  }
  :host(:dir(rtl)) dialog {
    margin: 0 auto 0 0;
  }
  dialog::backdrop {
    background: #0006;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  header {
    display: flex;
    padding: 1em;
    align-items: center;
    justify-content: space-between;
    border-block-end: 1px solid var(--sc-color-border, #8888);
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
  }
  [part='close'] {
    inline-size: 2.75em;
    block-size: 2.75em;
    font-size: 1em;
  }
`;
