import { css } from 'lit';
import { fieldStyles } from '../../styles/field.styles.js';
import { messageStyles } from '../../styles/message.styles.js';
import { pressedStyles } from '../../styles/pressed.styles.js';

/**
 * Lines have a colour and a dash pattern each, so they stay apart without colour (and in forced
 * colours, where every line is drawn in the text colour). The defaults keep 3:1 on a white and on
 * a dark page alike (light-dark follows the `color-scheme` in force).
 */
const ownStyles = css`
  :host {
    display: block;
    --_bar: var(--sc-insights-bar, var(--_accent));
    --_grid: var(--sc-insights-grid, color-mix(in srgb, currentColor 25%, transparent));
    --_s1: var(--sc-insights-series-1, light-dark(#c2185b, #f48fb1));
    --_s2: var(--sc-insights-series-2, light-dark(#6a1b9a, #ce93d8));
    --_s3: var(--sc-insights-series-3, light-dark(#1565c0, #90caf9));
    --_s4: var(--sc-insights-series-4, light-dark(#a15c00, #ffcc80));
    --_s5: var(--sc-insights-series-5, light-dark(#2e7d32, #a5d6a7));
    --_s6: var(--sc-insights-series-6, light-dark(#37474f, #cfd8dc));
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  legend {
    font-weight: bold;
    padding: 0;
    margin-block-end: 0.25em;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .charts {
    display: grid;
    gap: 1.5em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 28em), 1fr));
  }
  figure {
    margin: 0;
    min-inline-size: 0;
  }
  h3 {
    font-size: 1.1em;
    margin-block: 0 0.5em;
  }
  .votes {
    grid-column: 1 / -1;
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
  }
  .votes > h3 {
    grid-column: 1 / -1;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
  }
  .legend label {
    flex-direction: row;
    align-items: center;
  }
  .swatch {
    inline-size: 1.5em;
    block-size: 0;
    border-block-start: 3px solid var(--_line);
  }
  .series-1 { --_line: var(--_s1); --_dash: none; }
  .series-2 { --_line: var(--_s2); --_dash: 6 3; }
  .series-3 { --_line: var(--_s3); --_dash: 2 3; }
  .series-4 { --_line: var(--_s4); --_dash: 10 3 2 3; }
  .series-5 { --_line: var(--_s5); --_dash: 12 4; }
  .series-6 { --_line: var(--_s6); --_dash: 2 2 6 2; }
  .legend .series-2 .swatch, .legend .series-5 .swatch { border-block-start-style: dashed; }
  .legend .series-3 .swatch, .legend .series-4 .swatch, .legend .series-6 .swatch { border-block-start-style: dotted; }
  /* Reserves the drawing's height before the numbers arrive: no layout shift. */
  .drawing {
    position: relative;
    min-block-size: 12em;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 1em;
  }
  text {
    fill: currentColor;
  }
  .tick {
    font-size: 0.85em;
  }
  .grid {
    stroke: var(--_grid);
  }
  .axis,
  .guide {
    stroke: currentColor;
  }
  .bar {
    fill: var(--_bar);
  }
  .hit {
    fill: transparent;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible .bar,
  .point.active .bar {
    stroke: currentColor;
    stroke-width: 2px;
  }
  rect.point:focus-visible {
    stroke: currentColor;
    stroke-dasharray: 2 2;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2px;
    stroke-dasharray: var(--_dash);
  }
  .dot {
    fill: var(--_line);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    margin-block-start: 0.5em;
    padding: 0.3em 0.6em;
    background: Canvas;
    color: CanvasText;
    border: 1px solid currentColor;
    border-radius: var(--sc-radius, 4px);
    pointer-events: none;
    white-space: normal;
  }
  .table {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    margin-block: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: bold;
  }
  th,
  td {
    padding: 0.2em 0.6em;
    text-align: start;
    border-block-end: 1px solid var(--_grid);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  details {
    margin-block: 0.5em;
  }
  @media (forced-colors: active) {
    .bar, .dot { fill: CanvasText; }
    .line, .swatch { stroke: CanvasText; border-color: CanvasText; }
    .grid { stroke: GrayText; }
    .point:focus-visible .bar, .point.active .bar { fill: Highlight; }
  }
`;

export const insightsStyles = [fieldStyles, messageStyles, pressedStyles, ownStyles];
