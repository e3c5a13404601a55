/** A server-sent event stream read with fetch, as the browser's EventSource would. */
export interface EventStream {
  /** Resolves with the next event's name and parsed data; rejects after `timeout` ms. */
  next(timeout?: number): Promise<{ event: string; data: any }>;
  close(): void;
}

export async function openEvents(url: string): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/event-stream' } });
  if (response.status !== 200) throw new Error(`events answered ${response.status}: ${await response.text()}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (timeout = 5000): Promise<{ event: string; data: any }> => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
        if (fields.event) return { event: fields.event, data: JSON.parse(fields.data ?? 'null') };
        continue; // a comment (keep-alive)
      }
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), Math.max(0, deadline - Date.now()))),
      ]);
      if (chunk.done) throw new Error('stream ended');
      buffer += chunk.value;
    }
  };
  return { next, close: () => controller.abort() };
}
