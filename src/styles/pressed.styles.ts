import { css } from 'lit';

/**
 * In forced colours (Windows' contrast themes) every button takes the same system colours,
 * so a pressed one (a histogram filter, "Helpful", the chosen poll option) is drawn as selected.
 * Kept from forcing: forced text gets a Canvas backplate, on which HighlightText would vanish.
 */
export const pressedStyles = css`
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
