import { css } from 'lit';

/**
 * In forced colours (Windows' contrast themes) every button takes the same system colours,
 * so a pressed one (a histogram filter, "Helpful", the chosen poll option) is drawn as selected.
 */
export const pressedStyles = css`
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
