import type { Catalog } from '../../i18n/locale.js';

export interface WishlistMessages {
  /** The name of the default list, which the visitor did not choose. */
  readonly defaultName: string;
  readonly chooseList: string;
  items(count: number): string;
  readonly empty: string;
  readonly sharedEmpty: string;
  remove(product: string): string;
  removed(product: string): string;
  readonly newList: string;
  readonly newListName: string;
  readonly create: string;
  created(name: string): string;
  readonly share: string;
  readonly shareLink: string;
  readonly copy: string;
  readonly copied: string;
  readonly deleteList: string;
  confirmDelete(name: string): string;
  deleted(name: string): string;
  readonly loading: string;
}

export const wishlistMessages: Catalog<WishlistMessages> = {
  en: {
    defaultName: 'Wish list',
    chooseList: 'List',
    items: (count) => (count === 1 ? '1 item' : `${count} items`),
    empty: 'Nothing on this list yet.',
    sharedEmpty: 'This list is empty.',
    remove: (product) => `Remove ${product}`,
    removed: (product) => `${product} removed.`,
    newList: 'New list',
    newListName: 'Name of the new list',
    create: 'Create',
    created: (name) => `List “${name}” created.`,
    share: 'Share list',
    shareLink: 'Link for friends',
    copy: 'Copy link',
    copied: 'Link copied.',
    deleteList: 'Delete list',
    confirmDelete: (name) => `Delete “${name}” for good`,
    deleted: (name) => `List “${name}” deleted.`,
    loading: 'Loading…',
  },
  nl: {
    defaultName: 'Verlanglijst',
    chooseList: 'Lijst',
    items: (count) => (count === 1 ? '1 artikel' : `${count} artikelen`),
    empty: 'Nog niets op deze lijst.',
    sharedEmpty: 'Deze lijst is leeg.',
    remove: (product) => `${product} verwijderen`,
    removed: (product) => `${product} verwijderd.`,
    newList: 'Nieuwe lijst',
    newListName: 'Naam van de nieuwe lijst',
    create: 'Maken',
    created: (name) => `Lijst ‘${name}’ gemaakt.`,
    share: 'Lijst delen',
    shareLink: 'Link voor vrienden',
    copy: 'Link kopiëren',
    copied: 'Link gekopieerd.',
    deleteList: 'Lijst verwijderen',
    confirmDelete: (name) => `‘${name}’ definitief verwijderen`,
    deleted: (name) => `Lijst ‘${name}’ verwijderd.`,
    loading: 'Laden…',
  },
  fr: {
    defaultName: 'Liste d’envies',
    chooseList: 'Liste',
    items: (count) => (count < 2 ? `${count} article` : `${count} articles`),
    empty: 'Rien sur cette liste pour l’instant.',
    sharedEmpty: 'Cette liste est vide.',
    remove: (product) => `Retirer ${product}`,
    removed: (product) => `${product} retiré.`,
    newList: 'Nouvelle liste',
    newListName: 'Nom de la nouvelle liste',
    create: 'Créer',
    created: (name) => `Liste « ${name} » créée.`,
    share: 'Partager la liste',
    shareLink: 'Lien pour vos amis',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    deleteList: 'Supprimer la liste',
    confirmDelete: (name) => `Supprimer « ${name} » définitivement`,
    deleted: (name) => `Liste « ${name} » supprimée.`,
    loading: 'Chargement…',
  },
  'zh-CN': {
    defaultName: '心愿单',
    chooseList: '清单',
    items: (count) => `${count} 件商品`,
    empty: '这个清单还是空的。',
    sharedEmpty: '这个清单是空的。',
    remove: (product) => `移除${product}`,
    removed: (product) => `已移除${product}。`,
    newList: '新建清单',
    newListName: '新清单名称',
    create: '创建',
    created: (name) => `已创建清单“${name}”。`,
    share: '分享清单',
    shareLink: '给朋友的链接',
    copy: '复制链接',
    copied: '链接已复制。',
    deleteList: '删除清单',
    confirmDelete: (name) => `永久删除“${name}”`,
    deleted: (name) => `已删除清单“${name}”。`,
    loading: '加载中…',
  },
};
