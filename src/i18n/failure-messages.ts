import type { Catalog } from './locale.js';

export interface FailureMessages {
  /** A write failed for now and will be retried. */
  readonly retrying: string;
  /** Loading failed; pressing the widget tries again. */
  readonly loadFailed: string;
  /** The backend refused a write for good; it was undone. */
  readonly refused: string;
}

/**
 * Failure messages every widget shares. Loaded on the first failure (see
 * `ScElement.failureMessage`): most visitors never see one, so they never download them.
 */
export const failureMessages: Catalog<FailureMessages> = {
  en: { retrying: 'Not saved yet, retrying…', loadFailed: 'Could not load. Try again?', refused: 'Not saved, undone.' },
  nl: { retrying: 'Nog niet bewaard, opnieuw…', loadFailed: 'Laden mislukt. Opnieuw?', refused: 'Niet bewaard, ongedaan.' },
  fr: { retrying: 'Pas encore enregistré, nouvel essai…', loadFailed: 'Échec du chargement. Réessayer\u202F?', refused: 'Non enregistré, annulé.' },
  'zh-CN': { retrying: '尚未保存，正在重试…', loadFailed: '加载失败。重试？', refused: '未保存，已撤销。' },
};
