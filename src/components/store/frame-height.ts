/** What a store in a frame posts to its parent page: `{ type: 'sc-widgets:height', height }`, in CSS pixels. */
export const FRAME_HEIGHT_MESSAGE = 'sc-widgets:height';

/**
 * Inside an iframe (a social tab), tells the parent page the document's height whenever
 * it changes, so the parent can size the frame and it never shows a scrollbar of its own.
 * The height is no secret, so any parent may hear it. Returns the function that stops.
 */
export function reportFrameHeight(): () => void {
  if (window.parent === window) return () => undefined;
  const root = document.documentElement;
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) window.parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height: (last = height) }, '*');
  });
  observer.observe(root);
  return () => observer.disconnect();
}
