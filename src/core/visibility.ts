const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

/**
 * Calls `onNear` once when `element` comes within a screen of the viewport, so widgets far
 * below the fold load nothing until scrolled to. All elements share one observer, whose
 * callback brings every element that became visible at once, so their reads share a batch.
 * Returns the function that stops watching.
 */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        callbacks.get(entry.target)?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
  callbacks.set(element, onNear);
  observer.observe(element);
  return () => observer!.unobserve(element);
}
