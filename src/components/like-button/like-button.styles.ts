import { css } from 'lit';

export const likeButtonStyles = css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    box-sizing: border-box;
    block-size: var(--sc-like-height, 2.25em);
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--sc-like-background, var(--_bg));
    cursor: pointer;
    line-height: 1;
  }
  [part='base'][aria-pressed='true'] {
    border-color: var(--sc-like-color, var(--_accent));
    color: var(--sc-like-color, var(--_accent));
  }
  [part='base'][aria-disabled='true'] {
    cursor: progress;
  }
  [part='icon'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  [aria-pressed='true'] [part='icon'] {
    fill: currentColor;
  }
  [part='count'] {
    /* Reserved before the count arrives, so nothing moves: "1.2K", "1,2 k", "1.2万" fit. */
    min-inline-size: 4.5ch;
    font-variant-numeric: tabular-nums;
    text-align: start;
  }
  [part='message'] {
    position: absolute;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 16em;
    font-size: 0.8125em;
  }
  [role='alert'] {
    color: var(--_danger);
  }
`;
