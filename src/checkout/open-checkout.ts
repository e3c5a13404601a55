/** Social apps' in-app browsers (Instagram, Facebook, TikTok, LINE, WeChat), which block pop-ups. */
const IN_APP_BROWSER = /Instagram|FBAN|FBAV|FB_IAB|TikTok|musical_ly|Bytedance|\bLine\/|MicroMessenger/i;

/** The parts of `window` a checkout navigates with; a test passes its own. */
export type CheckoutWindow = Pick<Window, 'open' | 'navigator' | 'location' | 'top' | 'self'>;

/**
 * Sends the shopper to pay. On a shop's own page: this window. In a frame (a social tab),
 * a new tab, since payment pages refuse to be framed; in an in-app browser, which blocks
 * pop-ups, or when the pop-up was blocked, the whole tab goes.
 */
export function openCheckout(url: string, win: CheckoutWindow = window): void {
  const framed = win.top !== win.self;
  if (framed && !IN_APP_BROWSER.test(win.navigator.userAgent)) {
    const opened = win.open(url, '_blank');
    if (opened) return void (opened.opener = null);
  }
  // A cross-origin frame may set only `href` of its top window's location, after a click.
  try {
    win.top!.location.href = url;
  } catch {
    win.location.href = url;
  }
}
