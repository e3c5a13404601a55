import type { ShareNetwork } from '../../core/adapter.js';

/** The networks a share menu offers: every network but the device's own share sheet. */
export type MenuNetwork = Exclude<ShareNetwork, 'native'>;

/** What a person shares; `url` already carries its UTM parameters. */
export interface ShareContent {
  readonly url: string;
  readonly title: string;
  readonly text: string;
  /** An absolute image URL, for the networks that show one. */
  readonly image: string;
}

// Each network's own share address: {u} the link, {t} the title, {x} the text and the
// link (for networks with one message field), {i} the image. Plain links, opened on
// click: no script, pixel or request of theirs before a person chooses them.
const targets: Record<Exclude<MenuNetwork, 'copy'>, string> = {
  email: 'mailto:?subject={t}&body={x}',
  whatsapp: 'https://wa.me/?text={x}',
  x: 'https://x.com/intent/tweet?text={t}&url={u}',
  facebook: 'https://www.facebook.com/sharer/sharer.php?u={u}',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?url={u}',
  pinterest: 'https://pinterest.com/pin/create/button/?url={u}&media={i}&description={t}',
  telegram: 'https://t.me/share/url?url={u}&text={t}',
  line: 'https://social-plugins.line.me/lineit/share?url={u}',
  weibo: 'https://service.weibo.com/share/share.php?url={u}&title={t}&pic={i}',
};

/** Every menu network, in the default order. */
export const MENU_NETWORKS = ['copy', ...Object.keys(targets)] as readonly MenuNetwork[];

/** Names that stay as the brands write them; copy, e-mail and Weibo are translated. */
export const BRAND_NAMES: Readonly<Record<string, string>> = {
  whatsapp: 'WhatsApp',
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  pinterest: 'Pinterest',
  telegram: 'Telegram',
  line: 'LINE',
};

/** `link` as shared on `network`: tagged `utm_source=<network>&utm_medium=social&utm_campaign=…`, unless `campaign` is null. */
export function taggedLink(link: URL, network: ShareNetwork, campaign: string | null): string {
  const url = new URL(link);
  if (campaign !== null) {
    Object.entries({ utm_source: network, utm_medium: 'social', utm_campaign: campaign }).forEach(([key, value]) => url.searchParams.set(key, value));
  }
  return url.href;
}

/** The address a menu item opens to share `content` on `network`. */
export function targetUrl(network: Exclude<MenuNetwork, 'copy'>, content: ShareContent): string {
  const values: Record<string, string> = { u: content.url, t: content.title, x: `${content.text || content.title} ${content.url}`, i: content.image };
  return targets[network].replace(/\{(\w)\}/g, (_, key: string) => encodeURIComponent(values[key]));
}

/** An http(s) URL from an attribute, relative to the page; the page itself when the attribute is empty or not one. */
export function pageUrl(value: string | undefined): URL {
  try {
    const url = new URL(value ?? '', location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // A malformed attribute: share the page instead.
  }
  return new URL(location.href);
}
