import { html, svg } from 'lit';
import { type ChartView, pointAttributes, pointKeys, textWidth, tooltip } from './chart-frame.js';
import { niceTicks } from './nice-ticks.js';

export interface Line {
  readonly label: string;
  readonly values: readonly number[];
  /** Its colour and dash pattern (`--sc-insights-series-N`), so lines keep their look when others are hidden. */
  readonly style: number;
}

/**
 * Lines over time: one point per day or week, the count scale on the left with nice ticks and
 * grid lines, dates below (as many as fit). One tab stop; arrow keys walk the days, and the
 * tooltip lists every line's count that day. `short` labels the axis, `long` the tooltips.
 */
export function lineChart(view: ChartView, name: string, dates: { readonly short: string; readonly long: string }[], lines: readonly Line[]) {
  const em = view.fontSize;
  const top = 0.8 * em;
  const bottom = top + Math.max(8 * em, Math.min(16 * em, view.width * 0.45));
  const ticks = niceTicks(Math.max(0, ...lines.flatMap((line) => line.values)), Math.max(2, Math.floor((bottom - top) / (2.5 * em))));
  const end = ticks.at(-1)!;
  const x0 = (Math.max(...ticks.map((tick) => textWidth(view.format(tick)))) + 0.8) * em;
  const x1 = view.width - 1.5 * em;
  const count = dates.length;
  const x = (index: number) => (count < 2 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * index) / (count - 1));
  const y = (value: number) => bottom - ((bottom - top) * value) / end;
  const height = bottom + 2 * em;
  // As many date labels as fit, evenly spaced from the first.
  const every = Math.max(1, Math.ceil(count / Math.max(1, Math.floor((x1 - x0) / ((Math.max(1, ...dates.map((date) => textWidth(date.short))) + 1) * em)))));
  const says = (index: number) => lines.map((line) => view.named(line.label, view.format(line.values[index] ?? 0)));
  const active = view.active;
  const tip = active === undefined || active >= count ? undefined : { x: x(active), y: top, title: dates[active]!.long, lines: says(active) };
  const slot = count < 2 ? x1 - x0 : (x1 - x0) / (count - 1);
  return html`<div class="plot">
    <svg role="group" aria-label=${name} width=${view.width} height=${height} viewBox="0 0 ${view.width} ${height}" @keydown=${pointKeys(view, count)} @pointerleave=${() => view.hide()}>
      ${ticks.map((tick) => svg`<line class="grid" x1=${x0} x2=${x1} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="tick" x=${x0 - 0.4 * em} y=${y(tick)} text-anchor="end" dominant-baseline="central" aria-hidden="true">${view.format(tick)}</text>`)}
      ${dates.map((date, index) => (index % every ? null : svg`<text class="tick" x=${x(index)} y=${bottom + 1.3 * em} text-anchor="middle" aria-hidden="true">${date.short}</text>`))}
      <line class="axis" x1=${x0} x2=${x1} y1=${bottom} y2=${bottom}></line>
      ${lines.map((line) => svg`<polyline class="line series-${line.style}" points=${line.values.map((value, index) => `${x(index)},${y(value)}`).join(' ')}></polyline>`)}
      ${active === undefined || active >= count ? null : svg`<line class="guide" x1=${x(active)} x2=${x(active)} y1=${top} y2=${bottom}></line>
        ${lines.map((line) => svg`<circle class="dot series-${line.style}" cx=${x(active)} cy=${y(line.values[active] ?? 0)} r=${0.25 * em}></circle>`)}`}
      ${dates.map((date, index) => {
        const point = pointAttributes(view, index);
        return svg`<rect class="hit point" role="img" aria-label=${view.named(date.long, view.list(says(index)))} data-index=${index} tabindex=${point.tabindex}
          x=${x(index) - slot / 2} y=${top} width=${slot} height=${bottom - top} @focus=${point.focus} @blur=${() => view.hide()} @pointerenter=${point.enter}></rect>`;
      })}
    </svg>
    ${tooltip(view, tip)}
  </div>`;
}
