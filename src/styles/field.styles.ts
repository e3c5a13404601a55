import { css } from 'lit';

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
    border: 1px solid var(--sc-color-border, #8888);
    border-radius: 0.4em;
  }
  option {
    color: initial;
  }
`;
