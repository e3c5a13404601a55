import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * What a chart is drawn in: its width and the text's size in CSS pixels (so labels keep the
 * reader's text size at any width, as large text needs), the point whose tooltip shows, and
 * how to show another. The element keeps this state; the charts are pure templates of it.
 */
export interface ChartView {
  /** Unique in the element: the chart's name in ids and in the CSV's file name. */
  readonly id: string;
  readonly width: number;
  readonly fontSize: number;
  /** The point (bar, day) whose tooltip shows, if any. */
  readonly active: number | undefined;
  /** Numbers on the axis, in the reader's language. */
  readonly format: (value: number) => string;
  /** A point's name: its label, then what it says (`Label: 3 likes`, with the language's colon). */
  readonly named: (label: string, says: string) => string;
  /** Numbers one after another, with the language's comma. */
  readonly list: (items: readonly string[]) => string;
  /** Shows point `index`'s tooltip; `focus` also moves keyboard focus to it (arrow keys). */
  show(index: number, focus?: boolean): void;
  hide(): void;
}

/** A tooltip's content and where it points, in the chart's pixels. */
export interface Tip {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly lines: readonly string[];
}

/** Roughly how wide `text` is in ems: an ideograph is a full em, other letters about half. */
export const textWidth = (text: string): number => [...text].reduce((sum, char) => sum + (/[\u2E80-\uFFEF]/.test(char) ? 1 : 0.56), 0);

/**
 * Which of `ticks` get a label on a horizontal axis: from the first, each one clear of the last
 * labelled (`at` gives a tick's x), so narrow charts with large text never overlap numbers.
 */
export function labelledTicks(ticks: readonly number[], at: (tick: number) => number, label: (tick: number) => string, em: number): Set<number> {
  const shown = new Set<number>();
  let right = -Infinity;
  for (const tick of ticks) {
    const half = ((textWidth(label(tick)) + 0.8) * em) / 2;
    if (at(tick) - half < right) continue;
    shown.add(tick);
    right = at(tick) + half;
  }
  return shown;
}

/** `text` cut with an ellipsis to fit `ems` (the whole text stays in the point's name, tooltip and table). */
export function fitText(text: string, ems: number): string {
  if (textWidth(text) <= ems) return text;
  let cut = text;
  while (cut && textWidth(cut) + 0.6 > ems) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * One tab stop per chart, arrow keys between its points (a roving tabindex): Left/Up the
 * previous, Right/Down the next, Home and End the first and last; Escape hides the tooltip.
 */
export function pointKeys(view: ChartView, count: number) {
  return (event: KeyboardEvent) => {
    const at = view.active ?? 0;
    const next = { ArrowLeft: at - 1, ArrowUp: at - 1, ArrowRight: at + 1, ArrowDown: at + 1, Home: 0, End: count - 1 }[event.key];
    if (event.key === 'Escape') return view.hide();
    if (next === undefined) return;
    event.preventDefault();
    view.show(Math.min(count - 1, Math.max(0, next)), true);
  };
}

/** A point's focus and pointer wiring: focus or hover shows its tooltip. */
export const pointAttributes = (view: ChartView, index: number) => ({
  tabindex: (view.active ?? 0) === index ? 0 : -1,
  focus: () => view.show(index),
  enter: () => view.show(index),
});

/**
 * The tooltip over the point: for sighted readers, pointer and keyboard alike. Hidden from
 * screen readers, which hear the same words as the point's name.
 */
export function tooltip(view: ChartView, tip: Tip | undefined) {
  if (!tip) return nothing;
  // Kept inside the chart: to the left of the point on the right half, no wider than the room beside it.
  const right = tip.x > view.width / 2;
  const room = right ? tip.x : view.width - tip.x;
  const style = { top: `${tip.y}px`, 'max-inline-size': `min(18em, ${room}px)`, ...(right ? { right: `${view.width - tip.x}px` } : { left: `${tip.x}px` }) };
  return html`<div part="tooltip" class="tooltip" id="${view.id}-tip" aria-hidden="true" style=${styleMap(style)}>
    <strong>${tip.title}</strong>${tip.lines.map((line) => html`<br />${line}`)}
  </div>`;
}
