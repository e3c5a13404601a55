import { expect } from '@open-wc/testing';
import type { CatalogLocale } from '../../src/i18n/locale.js';
import { allStrings, catalogs } from '../support/catalogs.js';

const locales = Object.keys(catalogs) as CatalogLocale[];

/** The "Not" column of docs/glossary.md, per language. */
async function bannedWords(): Promise<Record<string, string[]>> {
  const text = await (await fetch('/docs/glossary.md')).text();
  const banned: Record<string, string[]> = {};
  let locale = '';
  for (const line of text.split('\n')) {
    locale = /^## .*\((.+)\)$/.exec(line)?.[1] ?? locale;
    const cells = line.split('|').map((cell) => cell.trim());
    if (!locale || cells.length < 5 || cells[1] === 'Concept' || cells[1].startsWith('-')) continue;
    (banned[locale] ??= []).push(...cells[3].split(',').map((word) => word.trim()).filter((word) => word && word !== '—'));
  }
  return banned;
}

// Whole words in Latin scripts ("ta" is not in "table"); any occurrence in Chinese, which has no spaces.
const says = (text: string, word: string) =>
  /\p{Script=Han}/u.test(word) ? text.includes(word) : new RegExp(`(?<!\\p{L})${word.replace(/[()]/g, '\\$&')}(?!\\p{L})`, 'iu').test(text);

/** The templates that take a product's or an option's name. */
const namedTemplates = ['wishlist.remove', 'wishlist.removed', 'cartPanel.quantityOf', 'cartPanel.fewer', 'cartPanel.more', 'cartPanel.remove', 'productCard.like', 'productCard.wish', 'buyButton.chooseOption'];

describe('translations', () => {
  it('use the glossary’s one term per thing and form of address in every language (docs/glossary.md)', async () => {
    const banned = await bannedWords();
    expect(Object.keys(banned)).to.have.members(locales);
    const wrong = locales.flatMap((locale) =>
      [...allStrings(catalogs[locale])].flatMap(([path, text]) => banned[locale].filter((word) => says(text, word)).map((word) => `${locale}${path}: “${word}” in “${text}”`)),
    );
    expect(wrong).to.deep.equal([]);
  });

  it('name a product or an option after a label, never inside a sentence', () => {
    const wrong = locales.flatMap((locale) =>
      namedTemplates
        .map((path) => [path, path.split('.').reduce((value: never, key) => value[key], catalogs[locale] as never) as (name: string) => string] as const)
        .map(([path, template]) => [path, template('Robe rouge')] as const)
        .filter(([, text]) => !/[:：]\s?Robe rouge$/.test(text))
        .map(([path, text]) => `${locale}.${path}: ${text}`),
    );
    expect(wrong).to.deep.equal([]);
  });

  it('keep French ? ! : ; and « » with their words through a narrow no-break space', () => {
    const wrong = [...allStrings(catalogs.fr)].filter(([, text]) => /[^\u202F][?!:;»]|«[^\u202F]|^[?!:;»]/.test(text)).map(([path, text]) => `${path}: ${JSON.stringify(text)}`);
    expect(wrong).to.deep.equal([]);
  });

  it('use full-width punctuation in Chinese, never an English colon, comma or bracket', () => {
    const wrong = [...allStrings(catalogs['zh-CN'], '红色连衣裙')].filter(([, text]) => /[,:;?!()]/.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(wrong).to.deep.equal([]);
  });

  it('count by each language’s plural rules: French says “0 étoile”, Dutch “0 sterren”', () => {
    expect(catalogs.fr.reviewForm.stars(0)).to.equal('0 étoile');
    expect(catalogs.fr.ratingSummary.stars(0)).to.equal('0 étoile');
    expect(catalogs.nl.reviewForm.stars(0)).to.equal('0 sterren');
    expect(catalogs.en.reviewForm.stars(0)).to.equal('0 stars');
  });

  it('say whether prices include VAT, for either kind of shop', () => {
    for (const locale of locales) expect(catalogs[locale].cartPanel.taxesIncluded).to.not.equal(catalogs[locale].cartPanel.taxesAdded);
    expect(catalogs.fr.cartPanel.taxesIncluded).to.contain('TVA comprise');
  });
});
