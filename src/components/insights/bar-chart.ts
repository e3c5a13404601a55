import { html, svg } from 'lit';
import { type ChartView, fitText, labelledTicks, pointAttributes, pointKeys, textWidth, tooltip } from './chart-frame.js';
import { niceTicks } from './nice-ticks.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** What the bar says in its tooltip and to a screen reader after its label: "12 likes". */
  readonly says: string;
  /** Written at the bar's end; the value on the axis's scale otherwise (a funnel's rate, a rating's reviews). */
  readonly note?: string;
}

/**
 * Horizontal bars, one per row, their labels on the left (long product names fit there at
 * any width) and the value scale below with nice ticks and grid lines. `max` fixes the scale's
 * end (5 for stars); otherwise the largest bar sets it.
 */
export function barChart(view: ChartView, name: string, bars: readonly Bar[], max?: number) {
  const em = view.fontSize;
  const row = 2.2 * em;
  const top = 0.5 * em;
  const labelWidth = Math.min(view.width * 0.4, Math.max(4 * em, ...bars.map((bar) => (textWidth(bar.label) + 1) * em)));
  const noteWidth = Math.max(2.5 * em, ...bars.map((bar) => (textWidth(bar.note ?? view.format(bar.value)) + 0.5) * em));
  const x0 = labelWidth + 0.5 * em;
  const x1 = Math.max(x0 + 2 * em, view.width - noteWidth);
  const ticks = niceTicks(max ?? Math.max(0, ...bars.map((bar) => bar.value)), Math.max(2, Math.floor((x1 - x0) / (4 * em))));
  const end = ticks.at(-1)!;
  const x = (value: number) => x0 + ((x1 - x0) * value) / end;
  const labelled = labelledTicks(ticks, x, view.format, em);
  const bottom = top + bars.length * row;
  const height = bottom + 2 * em;
  const active = view.active === undefined ? undefined : bars[view.active];
  const tip = active && { x: x(active.value), y: top + (view.active! + 0.9) * row, title: active.label, lines: [active.says] };
  return html`<div class="plot">
    <svg role="group" aria-label=${name} width=${view.width} height=${height} viewBox="0 0 ${view.width} ${height}" @keydown=${pointKeys(view, bars.length)} @pointerleave=${() => view.hide()}>
      ${ticks.map((tick) => svg`<line class="grid" x1=${x(tick)} x2=${x(tick)} y1=${top} y2=${bottom}></line>
        ${labelled.has(tick) ? svg`<text class="tick" x=${x(tick)} y=${bottom + 1.3 * em} text-anchor="middle" aria-hidden="true">${view.format(tick)}</text>` : null}`)}
      ${bars.map((bar, index) => {
        const point = pointAttributes(view, index);
        const y = top + index * row;
        return svg`<g class="point ${index === view.active ? 'active' : ''}" role="img" aria-label=${view.named(bar.label, bar.says)} data-index=${index} tabindex=${point.tabindex}
            @focus=${point.focus} @blur=${() => view.hide()} @pointerenter=${point.enter}>
          <rect class="hit" x="0" y=${y} width=${view.width} height=${row}></rect>
          <text class="label" x=${labelWidth} y=${y + row / 2} text-anchor="end" dominant-baseline="central" aria-hidden="true">${fitText(bar.label, labelWidth / em - 0.5)}</text>
          <rect class="bar" x=${x0} y=${y + 0.35 * em} width=${Math.max(0, x(bar.value) - x0)} height=${row - 0.7 * em}></rect>
          <text class="value" x=${x(bar.value) + 0.4 * em} y=${y + row / 2} dominant-baseline="central" aria-hidden="true">${bar.note ?? view.format(bar.value)}</text>
        </g>`;
      })}
      <line class="axis" x1=${x0} x2=${x0} y1=${top} y2=${bottom}></line>
    </svg>
    ${tooltip(view, tip)}
  </div>`;
}
