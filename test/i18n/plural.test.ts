import { expect } from '@open-wc/testing';
import { plural } from '../../src/i18n/plural.js';

describe('plural()', () => {
  it('picks the form by the language’s plural rules, for languages with more than one and other', () => {
    const files = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' };
    expect([1, 2, 5, 22, 1.5].map((count) => plural('pl', count, files))).to.deep.equal(['plik', 'pliki', 'plików', 'pliki', 'pliku']);
    const stars = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((count) => plural('ar', count, stars))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('falls back to `other` for a form the phrase does not need', () => {
    expect(plural('fr', 0, { other: 'articles' })).to.equal('articles');
    expect(plural('fr', 0, { one: 'article', other: 'articles' })).to.equal('article');
  });
});
