/**
 * Calls `onNear` once when `element` comes within a screen of the viewport, so widgets far
 * below the fold load nothing until scrolled to. The browser delivers every observer's
 * entries in one task, so elements that appear together still share a batched read.
 * Returns the function that stops watching.
 */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  const observer = new IntersectionObserver(
    ([entry]) => {
      if (!entry.isIntersecting) return;
      observer.disconnect();
      onNear();
    },
    { rootMargin: '100%' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
