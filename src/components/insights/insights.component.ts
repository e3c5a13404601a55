import { html, nothing, type PropertyValues } from 'lit';
import { ScError } from '../../core/errors.js';
import { ScElement } from '../../core/sc-element.js';
import { type Bar, barChart } from './bar-chart.js';
import { type ChartView } from './chart-frame.js';
import { cell, type ChartNumbers, csvHref, numbersTable } from './chart-table.js';
import { insightsMessages, type InsightsMessages } from './insights.messages.js';
import { insightsStyles } from './insights.styles.js';
import {
  ACTIVITY_KINDS, type ActivityKind, type InsightsActivity, type InsightsFunnel, type InsightsInterval, type InsightsMetric,
  type InsightsNetworks, type InsightsProducts, type InsightsRange, type InsightsRatings, type InsightsSource, type InsightsVotes,
  type VoteOption,
} from './insights-source.js';
import { lineChart } from './line-chart.js';

/** The server keeps 400 days of activity, and answers no wider range. */
const MAX_DAYS = 400;
const PRESETS = [7, 30, 90] as const;
const INTERVALS: readonly InsightsInterval[] = ['day', 'week'];
const METRICS: readonly InsightsMetric[] = ['likes', 'wishes', 'shares', 'rating'];
/** The lines shown at first: the steps from interest to a sale. The others are a checkbox away. */
const FIRST_LINES: readonly ActivityKind[] = ['like', 'wish', 'share', 'review', 'cart_add', 'checkout'];

interface Loaded {
  activity: InsightsActivity;
  products: InsightsProducts;
  networks: InsightsNetworks;
  ratings: InsightsRatings;
  funnel: InsightsFunnel;
  votes: InsightsVotes;
}
type Part = keyof Loaded;

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayOf = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN);
/** The last `days` days up to today (UTC, as the server counts days). */
const lastDays = (days: number): InsightsRange => ({ from: isoDay(Date.now() - (days - 1) * DAY), to: isoDay(Date.now()) });

/**
 * The shop's insights for the seller console: activity over time (lines by day or week), top
 * products (by likes, wishes, shares or rating), shares by network, the rating distribution,
 * the funnel from like to checkout with its conversion rates, and poll and ask results, for a
 * range of dates (two date fields and 7, 30, 90 day presets). Every chart has axes, labels and
 * a tooltip (pointer, and keyboard: one tab stop per chart, arrow keys between its bars or
 * days), and its numbers as a table and a CSV file with the same rows. Reads through `source`
 * (`restInsightsSource` for the reference server). Console-only: its own entry
 * (`sc-widgets/insights`, `dist/sc-insights.js`), never in a shopper's bundle. The charts are
 * hand-drawn SVG (README, Dependencies: smaller than a charting library, and accessible).
 *
 * @tagname sc-insights
 * @summary The seller's charts: activity, top products, networks, ratings, funnel, votes; with tables and CSV.
 *
 * @event {CustomEvent<ScErrorDetail>} sc-error - The insights could not be loaded (what was shown stays).
 *
 * @csspart base - The whole element.
 * @csspart controls - The date fields and the 7, 30 and 90 day presets.
 * @csspart chart - One chart's figure: its heading, drawing, table and CSV link.
 * @csspart tooltip - A chart's tooltip.
 * @csspart table - A chart's numbers.
 * @csspart csv - A chart's CSV download link.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-insights-bar - The bars' colour. Default: the accent (`--sc-color-accent`).
 * @cssproperty --sc-insights-series-1 - The first line's colour (likes); `-2` to `-6` the others. Defaults suit light and dark.
 * @cssproperty --sc-insights-grid - Grid lines. Default: the text colour at low contrast.
 */
export class ScInsights extends ScElement {
  static override styles = [ScElement.styles, insightsStyles];
  static override properties = {
    source: { attribute: false },
    from: {},
    to: {},
    interval: {},
    metric: {},
    data: { state: true },
    loading: { state: true },
    failure: { state: true },
    tip: { state: true },
    lines: { state: true },
    widths: { state: true },
  };

  /** Where the numbers come from. */
  source?: InsightsSource;
  /** The first day, `YYYY-MM-DD` (UTC). Default: 29 days before `to`. */
  from = '';
  /** The last day, `YYYY-MM-DD` (UTC), included. Default: today. */
  to = '';
  /** Activity per `day` or ISO `week`. */
  interval: InsightsInterval = 'day';
  /** What ranks the top products. */
  metric: InsightsMetric = 'likes';

  private data: Partial<Loaded> = {};
  /** How many reads are under way. */
  private loading = 0;
  private failure?: { message: string; parts: Part[] };
  private tip?: { chart: string; index: number };
  private lines = new Set<ActivityKind>(FIRST_LINES);
  private widths = new Map<string, number>();
  /** Each part's latest read: an older answer arriving late is dropped. */
  private readonly reads = new Map<Part, number>();
  /**
   * Each chart is drawn at its box's width. Read in the observer, drawn in the next frame: a
   * redraw that changes the page's height (a scroll bar coming) is then a new observation,
   * not a loop within this one.
   */
  private readonly sizes = new ResizeObserver((entries) => {
    const seen = entries.map((entry) => [(entry.target as HTMLElement).dataset.chart!, Math.floor(entry.contentRect.width)] as const);
    if (seen.every(([id, width]) => this.widths.get(id) === width)) return;
    requestAnimationFrame(() => (this.widths = new Map([...this.widths, ...seen])));
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizes.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the charts are observed again after the next render.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** The range shown: the attributes, or the last 30 days. */
  get range(): InsightsRange {
    const fallback = lastDays(30);
    const to = this.to || fallback.to;
    return { from: this.from || isoDay(dayOf(to) - 29 * DAY), to };
  }

  private get rangeValid(): boolean {
    const from = dayOf(this.range.from);
    const to = dayOf(this.range.to);
    return from <= to && (to - from) / DAY < MAX_DAYS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.source || !this.rangeValid) return;
    if (changed.has('source') || changed.has('from') || changed.has('to')) this.load(['activity', 'products', 'networks', 'ratings', 'funnel', 'votes']);
    else {
      if (changed.has('interval')) this.load(['activity']);
      if (changed.has('metric')) this.load(['products']);
    }
  }

  protected override updated(): void {
    for (const plot of this.renderRoot.querySelectorAll<HTMLElement>('[data-chart]')) this.sizes.observe(plot);
  }

  /** Reads `parts` again (the Retry button: what failed last). */
  private load(parts: Part[]): void {
    const source = this.source!;
    const range = this.range;
    const reads: { [P in Part]: () => Promise<Loaded[P]> } = {
      activity: () => source.activity(range, this.interval),
      products: () => source.products(range, this.metric),
      networks: () => source.networks(range),
      ratings: () => source.ratings(range),
      funnel: () => source.funnel(range),
      votes: () => source.votes(range),
    };
    this.failure = undefined;
    for (const part of parts) {
      const read = (this.reads.get(part) ?? 0) + 1;
      this.reads.set(part, read);
      this.loading++;
      reads[part]().then(
        (answer) => {
          if (this.reads.get(part) === read) this.data = { ...this.data, [part]: answer };
        },
        (error: unknown) => {
          if (this.reads.get(part) !== read) return;
          const reason = error instanceof Error ? error.message : String(error);
          const message = this.strings(insightsMessages).failed(reason);
          const failed = [...(this.failure?.parts ?? []), part];
          this.failure = { message, parts: failed };
          if (failed.length === 1) this.emit('sc-error', error instanceof ScError ? error.detail(message) : { code: 'network', message });
        },
      ).finally(() => this.loading--);
    }
  }

  private setRange(range: Partial<InsightsRange>): void {
    this.tip = undefined;
    Object.assign(this, range);
  }

  /** The view of chart `id` for its template: its width, and its tooltip state. */
  private view(id: string, format: (value: number) => string): ChartView {
    const t = this.strings(insightsMessages);
    return {
      id,
      width: this.widths.get(id) ?? 600,
      fontSize: parseFloat(getComputedStyle(this).fontSize) || 16,
      active: this.tip?.chart === id ? this.tip.index : undefined,
      format,
      named: (label, says) => t.named(label, says),
      list: (items) => items.join(t.separator),
      show: (index, focus) => {
        this.tip = { chart: id, index };
        if (focus) this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-chart="${id}"] [data-index="${index}"]`)?.focus());
      },
      hide: () => {
        if (this.tip?.chart === id) this.tip = undefined;
      },
    };
  }

  protected override render() {
    const t = this.strings(insightsMessages);
    const { locale } = this;
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const format = (value: number) => number.format(value);
    const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const date = (iso: string) => longDate.format(dayOf(iso));
    const { from, to } = this.range;
    return html`<div part="base" aria-busy=${this.loading > 0 ? 'true' : 'false'}>
      ${this.controls(t)}
      <p part="message" role="status">${this.loading ? t.loading : this.rangeValid && this.data.activity ? t.showing(date(from), date(to)) : ''}</p>
      <p part="message" role="alert">${this.failure
        ? html`${this.failure.message} <button type="button" @click=${() => this.load(this.failure!.parts)}>${t.retry}</button>`
        : this.rangeValid ? '' : t.badRange}</p>
      <div class="charts">
        ${this.activityChart(t, format, shortDate, date)}
        ${this.productsChart(t, format)}
        ${this.networksChart(t, format)}
        ${this.ratingsChart(t, format)}
        ${this.funnelChart(t, format)}
        ${this.votesCharts(t, format, date)}
      </div>
    </div>`;
  }

  private controls(t: InsightsMessages) {
    const { from, to } = this.range;
    const today = lastDays(1).to;
    const preset = (days: number) => {
      const range = lastDays(days);
      return html`<button type="button" aria-pressed=${from === range.from && to === range.to ? 'true' : 'false'} @click=${() => this.setRange(range)}>${t.lastDays(days)}</button>`;
    };
    return html`<fieldset part="controls">
      <legend>${t.range}</legend>
      <label>${t.from} <input type="date" name="from" .value=${from} max=${today} @change=${(event: Event) => this.setRange({ from: (event.target as HTMLInputElement).value })} /></label>
      <label>${t.to} <input type="date" name="to" .value=${to} max=${today} @change=${(event: Event) => this.setRange({ to: (event.target as HTMLInputElement).value })} /></label>
      <span class="presets">${PRESETS.map(preset)}</span>
    </fieldset>`;
  }

  /** A chart's figure: heading, drawing (or why there is none), then its numbers and their CSV. */
  private figure(id: Part | string, title: string, drawing: unknown, numbers: ChartNumbers | undefined, extra: unknown = nothing) {
    const { from, to } = this.range;
    return html`<figure part="chart" aria-labelledby="${id}-title">
      <figcaption><h3 id="${id}-title">${title}</h3></figcaption>
      ${extra}
      <div class="drawing" data-chart=${id}>${numbers ? (numbers.rows.length ? drawing : html`<p>${this.strings(insightsMessages).empty}</p>`) : html`<p class="placeholder"></p>`}</div>
      ${numbers?.rows.length
        ? html`<details>
            <summary>${this.strings(insightsMessages).numbers}</summary>
            ${numbersTable(title, numbers)}
          </details>
          <a part="csv" href=${csvHref(numbers)} download="${id}-${from}-${to}.csv">${this.strings(insightsMessages).csv}<span class="sr-only">: ${title}</span></a>`
        : nothing}
    </figure>`;
  }

  private activityChart(t: InsightsMessages, format: (value: number) => string, shortDate: Intl.DateTimeFormat, date: (iso: string) => string) {
    const activity = this.data.activity;
    const shown = activity?.series.filter((series) => this.lines.has(series.kind)) ?? [];
    const dates = activity?.series[0]?.points.map((point) => point.date) ?? [];
    // The first lines take the six styles in order; the others share them round, each kind always the same.
    const others = ACTIVITY_KINDS.filter((kind) => !FIRST_LINES.includes(kind));
    const style = (kind: ActivityKind) => (FIRST_LINES.includes(kind) ? FIRST_LINES.indexOf(kind) : others.indexOf(kind) % FIRST_LINES.length) + 1;
    const numbers = activity && {
      columns: [t.columns.date, ...shown.map((series) => t.kinds[series.kind])],
      rows: dates.map((day, index) => [cell(day, date(day)), ...shown.map((series) => cell(series.points[index]!.count, format(series.points[index]!.count)))]),
    };
    const lines = shown.map((series) => ({ label: t.kinds[series.kind], values: series.points.map((point) => point.count), style: style(series.kind) }));
    const drawing = lineChart(this.view('activity', format), t.activity, dates.map((day) => ({ short: shortDate.format(dayOf(day)), long: date(day) })), lines);
    const toggle = (kind: ActivityKind, on: boolean) => {
      const next = new Set(this.lines);
      if (on) next.add(kind);
      else next.delete(kind);
      this.lines = next;
    };
    const extra = html`<div class="options">
      <label>${t.per} <select @change=${(event: Event) => (this.interval = (event.target as HTMLSelectElement).value as InsightsInterval)}>
        ${INTERVALS.map((interval) => html`<option value=${interval} ?selected=${interval === this.interval}>${t.intervals[interval]}</option>`)}
      </select></label>
      ${activity
        ? html`<fieldset class="legend"><legend>${t.shownLines}</legend>
            ${activity.series.map((series) => html`<label class="series-${style(series.kind)}"><input type="checkbox" .checked=${this.lines.has(series.kind)}
              @change=${(event: Event) => toggle(series.kind, (event.target as HTMLInputElement).checked)} /><span class="swatch" aria-hidden="true"></span>${t.kinds[series.kind]}</label>`)}
          </fieldset>`
        : nothing}
    </div>`;
    return this.figure('activity', t.activity, drawing, numbers, extra);
  }

  private productsChart(t: InsightsMessages, format: (value: number) => string) {
    const products = this.data.products;
    const rating = products?.metric === 'rating';
    const named = products?.products.map((product) => ({ ...product, label: product.name ?? product.productId })) ?? [];
    const bars: Bar[] = named.map((product) => ({
      label: product.label,
      value: product.value,
      says: rating ? t.average(format(product.value), product.count, format(product.count)) : t.counts[products!.metric](product.value, format(product.value)),
    }));
    const numbers = products && {
      columns: rating ? [t.columns.product, t.columns.average, t.columns.reviews] : [t.columns.product, t.metrics[products.metric]],
      rows: named.map((product) => [cell(product.label), cell(product.value, format(product.value)), ...(rating ? [cell(product.count, format(product.count))] : [])]),
    };
    const extra = html`<div class="options"><label>${t.metric} <select @change=${(event: Event) => (this.metric = (event.target as HTMLSelectElement).value as InsightsMetric)}>
      ${METRICS.map((metric) => html`<option value=${metric} ?selected=${metric === this.metric}>${t.metrics[metric]}</option>`)}
    </select></label></div>`;
    return this.figure('products', t.products, barChart(this.view('products', format), t.products, bars, rating ? 5 : undefined), numbers, extra);
  }

  private networksChart(t: InsightsMessages, format: (value: number) => string) {
    const networks = this.data.networks?.networks ?? [];
    const bars = networks.map(({ network, count }) => ({ label: network, value: count, says: t.counts.shares(count, format(count)) }));
    const numbers = this.data.networks && {
      columns: [t.columns.network, t.columns.count],
      rows: networks.map(({ network, count }) => [cell(network), cell(count, format(count))]),
    };
    return this.figure('networks', t.networks, barChart(this.view('networks', format), t.networks, bars), numbers);
  }

  private ratingsChart(t: InsightsMessages, format: (value: number) => string) {
    // Five stars on top, as a review summary shows them.
    const ratings = [...(this.data.ratings?.ratings ?? [])].reverse();
    const bars = ratings.map(({ stars, count }) => ({ label: t.stars(stars), value: count, says: t.counts.reviews(count, format(count)) }));
    const numbers = this.data.ratings && {
      columns: [t.columns.stars, t.columns.reviews],
      rows: ratings.map(({ stars, count }) => [cell(stars, t.stars(stars)), cell(count, format(count))]),
    };
    // Always five rows: no reviews is still a distribution to show.
    return this.figure('ratings', t.ratings, barChart(this.view('ratings', format), t.ratings, bars), numbers && (ratings.some((rating) => rating.count) ? numbers : { ...numbers, rows: [] }));
  }

  private funnelChart(t: InsightsMessages, format: (value: number) => string) {
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 });
    const steps = this.data.funnel?.steps ?? [];
    const bars = steps.map(({ step, visitors, rate }) => ({
      label: t.steps[step],
      value: visitors,
      says: [t.counts.visitors(visitors, format(visitors)), ...(rate === null ? [] : [t.ofPrevious(percent.format(rate))])].join(t.separator),
      note: rate === null ? format(visitors) : `${format(visitors)} (${percent.format(rate)})`,
    }));
    const numbers = this.data.funnel && {
      columns: [t.columns.step, t.columns.visitors, t.columns.rate],
      rows: steps.map(({ step, visitors, rate }) => [cell(step, t.steps[step]), cell(visitors, format(visitors)), rate === null ? cell('', '–') : cell(rate, percent.format(rate))]),
    };
    return this.figure('funnel', t.funnel, barChart(this.view('funnel', format), t.funnel, bars), numbers && (steps.some((step) => step.visitors) ? numbers : { ...numbers, rows: [] }));
  }

  /** One bar chart per poll and per ask, the most voted first. */
  private votesCharts(t: InsightsMessages, format: (value: number) => string, date: (iso: string) => string) {
    const votes = this.data.votes;
    const chart = (id: string, question: string, options: readonly VoteOption[], note: unknown = nothing) => {
      const bars = options.map(({ label, votes: count }) => ({ label, value: count, says: t.counts.votes(count, format(count)) }));
      const numbers = { columns: [t.columns.option, t.columns.votes], rows: options.map(({ label, votes: count }) => [cell(label), cell(count, format(count))]) };
      return this.figure(id, question, barChart(this.view(id, format), question, bars), numbers, note);
    };
    if (!votes) return nothing;
    return html`
      <section class="votes" aria-labelledby="polls-title">
        <h3 id="polls-title">${t.polls}</h3>
        ${votes.polls.length
          ? votes.polls.map((poll) => chart(`poll-${poll.pollId}`, poll.question, poll.options, poll.closesAt ? html`<p>${t.closes(date(poll.closesAt.slice(0, 10)))}</p>` : nothing))
          : html`<p>${t.empty}</p>`}
      </section>
      <section class="votes" aria-labelledby="asks-title">
        <h3 id="asks-title">${t.asks}</h3>
        ${votes.asks.length ? votes.asks.map((ask) => chart(`ask-${ask.askId}`, ask.question || t.whichOne, ask.options)) : html`<p>${t.empty}</p>`}
      </section>
    `;
  }
}
