import { lockActors, listsOf, mergeLists } from '../data/wishlists.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { MAX_ITEMS, MAX_LISTS, WishlistMerge } from '../schemas/wishlists.js';

export const mergeWishlists = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/wishlists/merge',
    operationId: 'mergeWishlists',
    tag: 'wishlists',
    summary: 'Move the lists this visitor made as a guest into the signed-in customer\'s lists',
    description: `Needs both tokens: X-Visitor-Token (the guest) and X-User-Token (the customer). The guest's default list joins the customer's default list; a named list joins the customer's list of the same name, or moves over whole. Within the customer's limits (${MAX_LISTS} lists, ${MAX_ITEMS} products a list): what does not fit stays on the guest's lists and is answered in \`skipped\`. Links the guest shared keep working. A product both wished for counts one person from then on. Repeating it changes nothing.`,
    auth: 'visitor',
    status: 200,
    response: WishlistMerge,
  },
  async (c) => {
    const user = c.get('user');
    if (!user) throw new HttpError(401, 'user_token_required', 'Merging needs the signed-in customer\'s X-User-Token.');
    const site = c.get('site').id;
    const guest = `v:${c.get('visitor')}`;
    const customer = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      await lockActors(tx, site, [guest, customer]);
      const skipped = await mergeLists(tx, site, guest, customer);
      return { wishlists: await listsOf(tx, site, customer), skipped };
    });
  },
);
