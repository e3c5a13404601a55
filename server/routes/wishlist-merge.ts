import { z } from 'zod';
import type { Sql } from '../db/db.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { Wishlist } from '../schemas/wishlists.js';
import { addWisher, defaultList, lockActors, readLists } from './wishlists.js';

interface GuestList {
  id: string;
  name: string;
  is_default: boolean;
  share_id: string | null;
}

export const mergeWishlists = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/wishlists/merge',
    operationId: 'mergeWishlists',
    tag: 'wishlists',
    summary: 'Move the lists this visitor made as a guest into the signed-in customer\'s lists',
    description:
      'Needs both tokens: X-Visitor-Token (the guest) and X-User-Token (the customer). The guest\'s default list joins the customer\'s default list; a named list joins the customer\'s list of the same name, or moves over whole. Links the guest shared keep working. A product both wished for counts one person from then on. Repeating it changes nothing.',
    auth: 'visitor',
    status: 200,
    response: z.object({ wishlists: z.array(Wishlist) }),
  },
  async (c) => {
    const user = c.get('user');
    if (!user) throw new HttpError(401, 'user_token_required', 'Merging needs the signed-in customer\'s X-User-Token.');
    const site = c.get('site').id;
    const guest = `v:${c.get('visitor')}`;
    const customer = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      await lockActors(tx, site, [guest, customer]);
      const both = await productsOfBoth(tx, site, guest, customer);
      const lists = await tx.query<GuestList>('SELECT id, name, is_default, share_id FROM wishlists WHERE site_id = $1 AND actor = $2 ORDER BY seq', [site, guest]);
      for (const list of lists) await mergeList(tx, site, list, customer);
      // Two people wishing for these are one person now.
      for (const productId of both) await addWisher(tx, site, productId, -1);
      return { wishlists: await readLists(tx, 'l.actor = $2', [site, customer]) };
    });
  },
);

async function productsOfBoth(tx: Sql, site: string, guest: string, customer: string): Promise<string[]> {
  const rows = await tx.query<{ product_id: string }>(
    `SELECT i.product_id FROM wishlist_items i JOIN wishlists l ON l.site_id = i.site_id AND l.id = i.list_id
      WHERE i.site_id = $1 AND l.actor IN ($2, $3) GROUP BY i.product_id HAVING count(DISTINCT l.actor) = 2`,
    [site, guest, customer],
  );
  return rows.map((row) => row.product_id);
}

/** One guest list into the customer's list of the same kind and name, or handed over whole. */
async function mergeList(tx: Sql, site: string, list: GuestList, customer: string): Promise<void> {
  const [target] = list.is_default
    ? [{ id: await defaultList(tx, site, customer) }]
    : await tx.query<{ id: string }>(
        'SELECT id FROM wishlists WHERE site_id = $1 AND actor = $2 AND name = $3 AND NOT is_default ORDER BY seq LIMIT 1',
        [site, customer, list.name],
      );
  if (!target) {
    await tx.query('UPDATE wishlists SET actor = $3 WHERE site_id = $1 AND id = $2', [site, list.id, customer]);
    return;
  }
  await tx.query(
    `INSERT INTO wishlist_items (site_id, list_id, product_id)
     SELECT site_id, $3, product_id FROM wishlist_items WHERE site_id = $1 AND list_id = $2 ORDER BY seq ON CONFLICT DO NOTHING`,
    [site, list.id, target.id],
  );
  await tx.query('DELETE FROM wishlists WHERE site_id = $1 AND id = $2', [site, list.id]);
  // A link the guest sent to friends keeps opening the merged list (unless it has its own link).
  await tx.query('UPDATE wishlists SET share_id = $3 WHERE site_id = $1 AND id = $2 AND share_id IS NULL', [site, target.id, list.share_id]);
}
