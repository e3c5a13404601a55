import { css } from 'lit';

/**
 * A pressed button or checked radio (a histogram filter, "Helpful", the chosen poll option) is told from the
 * others by shape as well as colour (WCAG 1.4.1): its border drawn twice as thick.
 * In forced colours (Windows' contrast themes) every button takes the same system colours,
 * so a pressed one is drawn as selected. Kept from forcing: forced text gets a Canvas
 * backplate, on which HighlightText would vanish.
 */
export const pressedStyles = css`
  [aria-pressed='true'],
  [aria-checked='true'] {
    box-shadow: inset 0 0 0 1px currentColor;
  }
  @media (forced-colors: active) {
    [aria-pressed='true'],
    [aria-checked='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
