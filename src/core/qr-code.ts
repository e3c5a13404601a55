import { generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';
import { html, type TemplateResult } from 'lit';

/** Modules of light margin a scanner needs around the code (ISO 18004's quiet zone). */
const QUIET_ZONE = 4;

/**
 * `text` as a QR code: an SVG drawn dark on white whatever the theme or forced colours,
 * since scanners read dark modules on a light ground. Sized by its container (`width`).
 * `label` names it for screen readers ("QR code: …"); the text it holds should also be
 * on the page as text, which is what a person without a camera uses.
 */
export function qrCode(text: string, label: string): TemplateResult {
  const code = generate(text);
  const side = code.size + 2 * QUIET_ZONE;
  return html`<svg part="qr" role="img" aria-label=${label} viewBox=${`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
    style="display:block;forced-color-adjust:none;background:#fff" shape-rendering="crispEdges">
    <path fill="#000" d=${toSvgPath(code)}></path>
  </svg>`;
}
