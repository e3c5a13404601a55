import { $settings } from './config.js';
import type { FamilyCore } from './family.js';
import * as outbox from './outbox.js';
import type { ToggleSpec, ToggleState } from './toggle-family.js';

/** Queues one toggle made on `site`. */
export type ToggleSender = (id: string, on: boolean, site: string) => void;

/**
 * Hands a toggle family's writes to the outbox and its answers back to the family:
 * confirmed states, rollbacks on refusal. Loaded with the outbox on the first write, so
 * read-only visitors never download it.
 */
export function connectToggle<F extends string>(
  spec: ToggleSpec<F>,
  { confirmed, show }: FamilyCore<ToggleState<F>>,
  pending: Map<string, boolean>,
): ToggleSender {
  outbox.registerWriter<boolean, ToggleState<F>>(spec.kind, {
    send: (adapter, write) => spec.write(adapter, write.id, write.value),
    answered(write, settled, state, error) {
      // Answers about another site (the page switched sites meanwhile) are not this page's to show.
      if (write.site !== $settings.get().site) return;
      if (state !== undefined) confirmed.set(write.id, state);
      if (settled) pending.delete(write.id);
      show(write.id, { error });
    },
  });
  // Writes a previous page left unconfirmed: show them; the outbox sends them again.
  for (const write of outbox.pendingWrites<boolean>(spec.kind)) {
    pending.set(write.id, write.value);
    if (confirmed.has(write.id)) show(write.id);
  }
  return (id, value, site) => outbox.enqueue({ kind: spec.kind, site, id, value });
}
