import { css } from 'lit';

/**
 * A field's border colour: all that shows where a text field is, so it needs 3:1 on the page (WCAG
 * 1.4.11). Made from the text colour, it has 4.2:1 on white and on #121212 alike.
 */
export const fieldBorderColour = css`var(--sc-color-border, color-mix(in srgb, currentColor 55%, transparent))`;

/** Form fields as every widget draws them: the page's font and colours, a thin rounded border. */
export const fieldStyles = css`
  input,
  select,
  textarea {
    box-sizing: border-box;
    block-size: 2.5rem;
    /* Never wider than the widget: a select's longest option would otherwise widen it. */
    max-inline-size: 100%;
    padding: 0 0.5em;
    font: inherit;
    font-size: 1rem;
    color: inherit;
    background: transparent;
    border: 1px solid ${fieldBorderColour};
    border-radius: 0.4em;
  }
  option {
    color: initial;
  }
`;
