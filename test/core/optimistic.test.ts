import { expect, waitUntil } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import type { Adapter, LikeState } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { NetworkError, RefusedError } from '../../src/core/errors.js';
import { createFamily, type Family } from '../../src/core/family.js';
import { optimistic, type Writes } from '../../src/core/optimistic.js';
import { likes } from '../../src/stores/likes.js';

/**
 * The one optimistic write on its own: a family of like states on a LocalAdapter, with a
 * kind of write of the test's own on top. The stores' own tests (like button, cart, poll,
 * the outbox, offline bundles) show it through their widgets.
 */

let made = 0;

function likesWithWrites() {
  const kind = `test-${made++}`;
  const family = createFamily<LikeState>({
    read: (adapter) => adapter.likes.read,
    changed: () => undefined,
    view(id, state) {
      const liked = writes.pending(id);
      return liked === undefined ? state : { ...state, liked };
    },
    keep: (id) => writes.pending(id) !== undefined,
  });
  const writes: Writes<boolean> = optimistic<boolean, LikeState>({ kind, family, send: (adapter, { id, value }) => adapter.likes.set(id, value) });
  return { kind, family, writes };
}

/** A LocalAdapter whose writes go through `set`, so a test can make them fail. */
function adapterWith(set: (local: LocalAdapter, id: string, liked: boolean) => Promise<LikeState>) {
  const site = `optimistic-${Date.now()}-${made++}`;
  const local = new LocalAdapter(site);
  const adapter: Adapter = { likes: { read: local.likes.read, set: (id, liked) => set(local, id, liked) } };
  configure({ adapter, site });
  return { adapter, local, site };
}

/** Loads `id` and keeps it followed, as a widget on screen would. */
async function shown(family: Family<LikeState>, id: string) {
  family.get(id).listen(() => undefined);
  family.load(id);
  await waitUntil(() => family.get(id).get().status === 'ready', 'never loaded');
  return () => family.get(id).get();
}

/** The writes of `kind` kept on the device. */
const kept = (kind: string) =>
  (JSON.parse(localStorage.getItem('sc-widgets:outbox') ?? '[]') as { kind: string }[]).filter((write) => write.kind === kind);

describe('optimistic writes', () => {
  beforeEach(() => localStorage.clear());
  // The next test file's page would read what is left.
  after(() => localStorage.clear());

  it('shows a write at once, keeps it on the device in the same task, and drops it once the backend confirms it', async () => {
    const { local, site } = adapterWith((local, id, liked) => local.likes.set(id, liked));
    const { kind, family, writes } = likesWithWrites();
    const entry = await shown(family, 'p');
    writes.write('p', true);
    expect(entry().value).to.deep.equal({ count: 0, liked: true });
    expect(kept(kind)).to.deep.equal([{ kind, site, id: 'p', value: true }]);
    expect(writes.pending('p')).to.equal(true);
    await waitUntil(() => !kept(kind).length, 'never confirmed');
    expect(entry()).to.deep.include({ status: 'ready', value: { count: 1, liked: true }, error: undefined });
    expect(writes.pending('p')).to.equal(undefined);
    expect((await local.likes.read(['p'])).p.liked).to.be.true;
  });

  it('undoes a write the backend refuses for good, and says why', async () => {
    adapterWith(() => Promise.reject(new RefusedError('No', 403, 'forbidden')));
    const { kind, family, writes } = likesWithWrites();
    const entry = await shown(family, 'p');
    writes.write('p', true);
    expect(entry().value!.liked).to.be.true;
    await waitUntil(() => entry().error, 'never refused');
    expect(entry().error).to.include({ code: 'forbidden', transient: false });
    expect(entry().value).to.deep.equal({ count: 0, liked: false });
    expect(writes.all()).to.deep.equal([]);
    expect(kept(kind)).to.deep.equal([]);
  });

  it('keeps a write that failed for now, says it is retrying, and sends it again', async () => {
    let failures = 1;
    adapterWith((local, id, liked) => (failures-- > 0 ? Promise.reject(new NetworkError()) : local.likes.set(id, liked)));
    const { kind, family, writes } = likesWithWrites();
    const entry = await shown(family, 'p');
    writes.write('p', true);
    await waitUntil(() => entry().error, 'never failed');
    expect(entry().error!.transient).to.be.true;
    expect(entry().value!.liked).to.be.true;
    expect(kept(kind).map((write) => write.kind)).to.deep.equal([kind]);
    await waitUntil(() => !kept(kind).length, 'never sent again', { timeout: 5000 });
    expect(entry()).to.deep.include({ value: { count: 1, liked: true }, error: undefined });
  });

  it('shows only the current site’s writes, and keeps another site’s for when it is back', async () => {
    // The first site never answers: its write stays unconfirmed.
    const first = adapterWith(() => new Promise(() => undefined));
    const { kind, family, writes } = likesWithWrites();
    const entry = await shown(family, 'p');
    writes.write('p', true);
    adapterWith((local, id, liked) => local.likes.set(id, liked));
    await waitUntil(() => entry().status === 'ready', 'never loaded for the second site');
    expect(entry().value).to.deep.equal({ count: 0, liked: false });
    expect(writes.all()).to.deep.equal([]);
    expect(kept(kind)).to.deep.equal([{ kind, site: first.site, id: 'p', value: true }]);
  });

  it('shows a like again when the page comes back to the site it was made on, while it is still unconfirmed', async () => {
    const first = adapterWith(() => new Promise(() => undefined));
    const entry = await shown(likes, 'q');
    likes.set('q', true);
    adapterWith((local, id, liked) => local.likes.set(id, liked));
    await waitUntil(() => entry().status === 'ready', 'never loaded for the second site');
    expect(entry().value!.liked).to.be.false;
    configure({ adapter: first.adapter, site: first.site });
    await waitUntil(() => entry().status === 'ready', 'never loaded for the first site again');
    expect(entry().value).to.deep.equal({ count: 1, liked: true });
  });
});
