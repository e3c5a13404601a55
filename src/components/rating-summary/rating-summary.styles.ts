import { css } from 'lit';
import { pressedStyles } from '../../styles/pressed.styles.js';

export const ratingSummaryStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_star-size: 1.5em;
  }
  /* Reserved before the summary arrives: the header and five bars. A product with no
     reviews then takes one line, not an empty block. */
  [aria-busy='true'] {
    display: block;
    min-block-size: var(--sc-rating-summary-height, 11em);
  }
  :host([compact]) {
    display: inline-block;
    container-type: normal;
    /* As the like button: the middle of the line, before and after its text arrives. */
    vertical-align: middle;
    min-block-size: 1.5em;
    --_star-size: 1.1em;
  }
  /* Room for the stars while they load; an unreviewed product's card then keeps no gap. */
  :host([compact]) [aria-busy='true'] {
    min-block-size: 0;
    inline-size: 8em;
    max-inline-size: 100%;
  }
  p,
  :host([compact]) [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .head {
    gap: 0.75em;
  }
  [part='average'] {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1;
  }
  .of {
    display: grid;
    gap: 0.25em;
  }
  /* One grid for the five bars, its columns as wide as the widest label and count in the
     language shown ("5 sterren", "5 étoiles"), so labels stay on one line and tracks line up. */
  [part='histogram'] {
    display: grid;
    grid-template-columns: max-content 1fr max-content;
    gap: 0.25em 0;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }
  /* Bars as long as a glance takes in, not the page's width; beside the average where there is room. */
  [part='histogram'] {
    max-inline-size: 26em;
  }
  @container (min-width: 36em) {
    div[part='base'] {
      display: flex;
      align-items: center;
      gap: 2.5em;
    }
    div[part='base'] [part='histogram'] {
      flex: 1;
      margin: 0;
    }
  }
  [part='histogram'] li,
  [part='bar'] {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  [part='bar'] {
    align-items: center;
    column-gap: 0.5em;
    white-space: nowrap;
    padding: 0.2em 0.4em;
    border: 1px solid transparent;
    border-radius: 0.4em;
    text-align: start;
    cursor: pointer;
  }
  [part='bar'][aria-pressed='true'] {
    border-color: currentColor;
  }
  .track {
    block-size: 0.6em;
    border-radius: 0.3em;
    background: var(--sc-color-border, #8884);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: var(--share);
    background: var(--sc-star-color, light-dark(#b26b00, #ffc247));
  }
  @media (forced-colors: active) {
    /* Forced colours would paint the fill as the track: the track outlined, the fill in the text's colour. */
    .track {
      border: 1px solid CanvasText;
    }
    .fill {
      background: CanvasText;
    }
    [aria-pressed='true'] .track {
      border-color: HighlightText;
    }
    [aria-pressed='true'] .fill {
      background: HighlightText;
    }
  }
  ${pressedStyles}
  .count {
    min-inline-size: 2ch;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [role='alert'] {
    color: var(--_accent);
  }
`;
