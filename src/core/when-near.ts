/**
 * Calls `near` once the element comes within a screen of the viewport, so what sits far
 * below the fold costs nothing until scrolled to. Returns the function that stops waiting.
 */
export function whenNear(element: Element, near: () => void): () => void {
  const observer = new IntersectionObserver(
    ([entry]) => {
      if (!entry.isIntersecting) return;
      observer.disconnect();
      near();
    },
    { rootMargin: '100%' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
