import type { Catalogs } from './messages.js';

type Message = (...args: never[]) => string;
type MessageKeys<S> = { [K in keyof S]: S[K] extends Message ? K : never }[keyof S];
type Names<M> = M extends (...args: infer A) => string ? { readonly [I in keyof A]: string } : never;

/** For every message with values, a placeholder name for each of its arguments, in order. */
export type MessageParams = { readonly [S in keyof Catalogs as MessageKeys<Catalogs[S]> extends never ? never : S]: { readonly [K in MessageKeys<Catalogs[S]>]: Names<Catalogs[S][K]> } };

/**
 * The names a JSON template gives a message's values: `{count}` in "{count} Bewertungen".
 * Where a count comes twice, as a number and as text in the page's language (`count,
 * formatted`), both take one name: the placeholder says the text, the number picks the plural
 * form. TypeScript checks that every message with values is here, with one name per argument.
 */
export const messageParams: MessageParams = {
  likeButton: { count: ['count', 'count'] },
  wishlistButton: { count: ['count', 'count'] },
  reviewThread: { filtered: ['stars'], showing: ['from', 'to', 'total'], rated: ['stars'], shopReply: ['shop'], member: ['name', 'role'] },
  reviewForm: { stars: ['count'], charactersLeft: ['count', 'count'] },
  ratingSummary: { reviews: ['count', 'count'], rated: ['average'], stars: ['count'] },
  wishlist: { listOption: ['name', 'count'], ownersList: ['name'], remove: ['product'], removed: ['product'], moved: ['product'], created: ['name'], confirmDelete: ['name'], deleted: ['name'] },
  shareButton: { shares: ['count', 'count'], askQuestion: ['choices'], seeVotes: ['count', 'count'] },
  poll: { votes: ['count', 'count'], voted: ['label'] },
  questions: { count: ['count', 'count'], answers: ['count', 'count'], shop: ['name', 'role'], answeredNews: ['count'] },
  likeDisplay: { likes: ['count'] },
  buyButton: { chooseOption: ['option'], soldOutValue: ['value'], inCart: ['count'] },
  giftNote: { sendTo: ['owner'] },
  productCard: { from: ['price'], was: ['price'], like: ['title'], wish: ['title'] },
  cart: { button: ['count', 'count'] },
  cartPanel: { quantityOf: ['title'], fewer: ['title'], more: ['title'], remove: ['title'], inCart: ['count'], discount: ['code'] },
  order: { placed: ['reference'], giftPlaced: ['reference'] },
  store: { products: ['count', 'count'], showing: ['total', 'shown', 'total'] },
  reviewPhotos: { hint: ['max'], picked: ['count', 'max'], remove: ['position'], notImage: ['name'], tooLarge: ['name'], full: ['name'], photo: ['position', 'count', 'author'], viewer: ['author'], position: ['position', 'count'] },
  coupon: { off: ['value'], minOrder: ['price'], validUntil: ['date'], qr: ['code'] },
  ideas: { votes: ['count', 'count'], comments: ['count', 'count'], signed: ['name', 'role'], showing: ['shown', 'total'] },
};
