import { css } from 'lit';
import { pressedStyles } from '../../styles/pressed.styles.js';

export const pollStyles = css`
  :host {
    display: block;
    /* Reserved before the poll arrives, so nothing moves. */
    min-block-size: var(--sc-poll-height, 12em);
  }
  [part='question'] {
    margin: 0 0 0.5em;
    font-weight: bold;
  }
  ul {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='option'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.25em 0.75em;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: var(--sc-radius, 1em);
    text-align: start;
  }
  button[part~='option'] {
    cursor: pointer;
  }
  [aria-checked='true'] {
    border-color: var(--sc-poll-color, var(--_accent));
  }
  [part='image'] {
    grid-row: span 2;
    inline-size: 3em;
    block-size: 3em;
    object-fit: cover;
    border-radius: 0.5em;
  }
  [part='tally'] {
    font-variant-numeric: tabular-nums;
  }
  .bar {
    grid-column: 2 / 4;
    block-size: 0.3em;
    border-radius: 0.15em;
    background: linear-gradient(90deg, var(--sc-poll-color, var(--_accent)) var(--share), #8883 0);
  }
  @media (forced-colors: active) {
    /* Forced colours drop a gradient: the bar in system colours, kept. */
    .bar {
      forced-color-adjust: none;
      background: linear-gradient(90deg, CanvasText var(--share), Canvas 0);
      border: 1px solid CanvasText;
    }
    [aria-checked='true'] .bar {
      background: linear-gradient(90deg, HighlightText var(--share), Highlight 0);
      border-color: HighlightText;
    }
  }
  ${pressedStyles}
`;
