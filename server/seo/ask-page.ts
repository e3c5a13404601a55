import type { Handler } from 'hono';
import { readFile } from 'node:fs/promises';
import { askQuestion, englishAskQuestion } from '../../src/seo/ask-question.js';
import type { Sql } from '../db/db.js';
import { findPolls } from '../data/polls.js';

/** What a link to an ask shows where it is shared: its question, the page's line, the first product's picture. */
export interface AskPreview {
  readonly title: string;
  readonly description: string;
  /** An absolute http(s) URL; absent when the first product has none (the demo's pictures are inline data). */
  readonly image?: string;
  readonly url: string;
}

/** How a page words its ask, in its language. */
export interface AskWording {
  /** The page's language (its `<html lang>`): how titles are joined ("A, B, or C"). */
  readonly lang: string;
  /** The question around the joined titles; default: the share button's English. */
  readonly question?: (choices: string) => string;
  /** The page's own description of itself. */
  readonly description: string;
}

/**
 * The preview of the ask `pollId` on the page at `pageUrl` (the ask's link): its question, as
 * the ask button words it, with the catalog's titles of its products. Undefined when the site
 * has no such ask.
 */
export async function readAskPreview(sql: Sql, site: string, pollId: string, pageUrl: URL, wording: AskWording): Promise<AskPreview | undefined> {
  const [poll] = await findPolls(sql, site, [pollId]);
  if (poll?.kind !== 'ask') return undefined;
  const ids = poll.options.map((option) => option.id);
  const rows = await sql.query<{ id: string; title: string; images: string[] }>('SELECT id, title, images FROM products WHERE site_id = $1 AND id = ANY($2)', [site, ids]);
  const products = new Map(rows.map((row) => [row.id, row]));
  const titles = poll.options.map((option) => products.get(option.id)?.title ?? option.label);
  const image = absoluteHttp(products.get(ids[0]!)?.images[0], pageUrl);
  // The link without its share's UTM parameters: the one address every share of this ask has.
  const url = new URL(pageUrl.pathname, pageUrl);
  url.searchParams.set('sc-poll', pollId);
  const title = askQuestion(wording.question ?? englishAskQuestion, wording.lang, titles);
  return { title, description: wording.description, url: url.href, ...(image ? { image } : {}) };
}

function absoluteHttp(src: string | undefined, base: URL): string | undefined {
  try {
    const url = new URL(src ?? '', base);
    return src && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text safe in an attribute value or an element's content. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!);

/** Open Graph and Twitter card tags for a page's `<head>`, every value escaped. */
export function askMetaTags(preview: AskPreview): string {
  const tags: [string, string, string | undefined][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', preview.url],
    ['property', 'og:image', preview.image],
    // The large card shows the product; without a picture, the plain one.
    ['name', 'twitter:card', preview.image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', preview.title],
    ['name', 'twitter:description', preview.description],
    ['name', 'twitter:image', preview.image],
  ];
  return tags
    .filter(([, , content]) => content)
    .map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeHtml(content!)}" />`)
    .join('\n    ');
}

/**
 * The ask page (demo/ask.html, or a shop's page like it) with its preview written into the
 * HTML: the sites that show a shared link's preview read the page without running its script.
 * The title becomes the question too. A page without a known ask is served as it is. A page
 * in another language than English passes its `question` (its pack's `shareButton.askQuestion`).
 */
export function askPage(options: { db: Sql; site: string; file: string; question?: (choices: string) => string }): Handler {
  return async (c) => {
    const page = await readFile(options.file, 'utf8');
    const pollId = c.req.query('sc-poll');
    const lang = /<html[^>]*\blang="([^"]+)"/.exec(page)?.[1] ?? 'en';
    const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1] ?? '';
    // The page's description is already escaped HTML: unescaped once here, escaped again by the tags.
    // Ids the server makes (`ask_…`) and nothing else reaches the database: a crawler may send anything.
    const preview = pollId && /^[\w-]{1,64}$/.test(pollId) && (await readAskPreview(options.db, options.site, pollId, new URL(c.req.url), { lang, question: options.question, description: unescapeHtml(description) }));
    if (!preview) return c.html(page);
    return c.html(
      page
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(preview.title)}</title>`)
        .replace('</head>', `  ${askMetaTags(preview)}\n  </head>`),
    );
  };
}

const unescapes = Object.fromEntries(Object.entries(escapes).map(([char, entity]) => [entity, char]));
const unescapeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => unescapes[entity]!);
