import { ScElement } from './sc-element.js';
import type { Catalog, CatalogLocale } from '../i18n/locale.js';
import { packLoading } from '../i18n/language-pack.js';

/** Each catalog language's own name, so `strings()` tells which one an element speaks. */
const catalogLocales: Catalog<CatalogLocale> = { en: 'en', nl: 'nl', fr: 'fr', 'zh-CN': 'zh-CN' };

/** An element whose strings come from a language pack (see LanguagePack). */
export class ScPackedElement extends ScElement {
  /**
   * Renders once the element's language pack is in, so a Dutch page never flashes English
   * (and `updateComplete` waits for it too). A later `lang` or locale waits the same way.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = packLoading(this.strings(catalogLocales));
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
