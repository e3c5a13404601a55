import { html } from 'lit';

/** One cell: what the table shows (`text`, formatted for the reader's language) and the raw `value` a spreadsheet gets. */
export interface Cell {
  readonly text: string;
  readonly value: string | number;
}

/** A chart's numbers: the table under it and its CSV are made from these same rows. */
export interface ChartNumbers {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export const cell = (value: string | number, text = String(value)): Cell => ({ text, value });

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (value: string | number) => (typeof value === 'string' && /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : String(value));

/** The CSV of `numbers`: a header line, then one line per table row, with raw values (ISO dates, unformatted numbers). */
export const csv = ({ columns, rows }: ChartNumbers): string =>
  [columns, ...rows.map((row) => row.map((one) => one.value))].map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';

/**
 * A `data:` address of the CSV, for a link with `download`: no object URL to revoke, and the
 * file is exactly what the table shows. The byte order mark makes spreadsheets read it as UTF-8.
 */
export const csvHref = (numbers: ChartNumbers): string => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv(numbers)}`)}`;

/**
 * The table of a chart's numbers: the first column heads each row; numbers carry their raw value
 * in `<data>`. Wider than a phone, it scrolls sideways in its own region, which a keyboard can
 * focus to scroll, and the page does not.
 */
export const numbersTable = (caption: string, { columns, rows }: ChartNumbers) => html`
  <div class="table" role="region" tabindex="0" aria-label=${caption}><table part="table">
    <caption>${caption}</caption>
    <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>
      ${rows.map(([head, ...rest]) => html`<tr><th scope="row"><data value=${head!.value}>${head!.text}</data></th>${rest.map((one) => html`<td><data value=${one.value}>${one.text}</data></td>`)}</tr>`)}
    </tbody>
  </table></div>
`;
