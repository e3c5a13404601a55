import { svg, type SVGTemplateResult } from 'lit';
import { siFacebook, siLine, siPinterest, siSinaweibo, siTelegram, siWhatsapp, siX } from 'simple-icons';
import type { MenuNetwork } from './share-targets.js';

// Loaded with import() when a menu first opens: a page with share buttons that nobody opens
// never downloads the marks.
const mark = (path: string) => svg`<path class="mark" d=${path} />`;
const line = (path: string) => svg`<path d=${path} />`;

/**
 * Each menu item's icon, drawn in the text's colour (forced colours too) beside its name.
 * The networks' marks are Simple Icons' (CC0-1.0, the `simple-icons` package), imported one by
 * one so that only these reach the bundle. Simple Icons dropped LinkedIn's at LinkedIn's request,
 * so LinkedIn, like copy and e-mail, has a plain line icon of ours.
 */
export const networkIcons: Record<MenuNetwork, SVGTemplateResult> = {
  copy: line('M10 14a4.5 4.5 0 0 0 6.4 0l3.3-3.3a4.5 4.5 0 0 0-6.4-6.4L12 5.6M14 10a4.5 4.5 0 0 0-6.4 0l-3.3 3.3a4.5 4.5 0 0 0 6.4 6.4l1.3-1.3'),
  email: line('M3 5h18v14H3zM3 6l9 7 9-7'),
  whatsapp: mark(siWhatsapp.path),
  x: mark(siX.path),
  facebook: mark(siFacebook.path),
  linkedin: line('M3 8h18v12H3zM9 8V5h6v3M3 13h18'),
  pinterest: mark(siPinterest.path),
  telegram: mark(siTelegram.path),
  line: mark(siLine.path),
  weibo: mark(siSinaweibo.path),
};
