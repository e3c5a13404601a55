import { ScElement } from './sc-element.js';
import { catalogLocale } from '../i18n/locale.js';
import { packLoading } from '../i18n/language-pack.js';

/** An element whose strings come from a language pack (see LanguagePack). */
export class ScPackedElement extends ScElement {
  /**
   * Renders once the element's language pack is in, so a Dutch page never flashes English
   * (and `updateComplete` waits for it too). A later `lang` or locale waits the same way.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = packLoading(catalogLocale(this.locale));
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
