import { css } from 'lit';

export const shareButtonStyles = css`
  :host {
    display: inline-block;
    position: relative;
    /* On the middle of the line, as its reserved box before the script runs. */
    vertical-align: middle;
  }
  /* The ask's "See the votes" is a pill beside it, of the same height on the same line. */
  [part='base'],
  [part='votes'] {
    display: inline-flex;
    vertical-align: middle;
    align-items: center;
    gap: 0.4em;
    /* A minimum, and no wider than the page: a long label wraps rather than being cut. */
    min-block-size: var(--sc-share-height, 2.25em);
    max-inline-size: 100%;
    padding: 0 0.75em;
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: var(--sc-radius, 1em);
    cursor: pointer;
  }
  svg {
    flex: none;
    inline-size: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  [role='menu'] {
    /* Over the page, not in its flow: opening it moves nothing. */
    position: absolute;
    z-index: 1;
    inset: calc(100% + 0.25em) auto auto 0;
    min-inline-size: 12em;
    margin: 0;
    padding: 0.25em;
    list-style: none;
    background: var(--sc-share-menu-background, Canvas);
    color: var(--sc-share-menu-color, CanvasText);
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: 0.5em;
    box-shadow: 0 0.25em 1em #0003;
  }
  [part='item'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4em 0.75em;
    border: 0;
    border-radius: 0.25em;
    color: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  /* Drawn in the item's colour, so forced colours show them too. */
  .mark {
    fill: currentColor;
    stroke: none;
  }
  [part='item']:is(:hover, :focus) {
    background: #8883;
  }
  [part='votes'] {
    margin-inline-start: 0.25em;
  }
  /* Over the page, as the menu: showing the votes moves nothing below. */
  [part='poll'] {
    position: absolute;
    z-index: 1;
    inset: calc(100% + 0.25em) auto auto 0;
    box-sizing: border-box;
    inline-size: min(22em, 90vw);
    padding: 0.75em;
    background: var(--sc-share-menu-background, Canvas);
    color: var(--sc-share-menu-color, CanvasText);
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: 0.5em;
    box-shadow: 0 0.25em 1em #0003;
  }
  [part='poll'][hidden] {
    display: none;
  }
`;
