/**
 * The host-page snippet for iframe embeds (`dist/embed.js`, a few hundred bytes):
 * sets each `<iframe data-capaian>` to its content's height. A message counts only
 * when it comes from that iframe's own window and from the origin of its `src`, and
 * it carries nothing but a height: nothing in it can navigate or script the host.
 */
((w: Window & { capaianEmbedHost?: 1 }) => {
  if (w.capaianEmbedHost) return;
  w.capaianEmbedHost = 1;
  w.addEventListener('message', (event) => {
    const data = event.data as { capaian?: unknown; height?: unknown } | null;
    const height = data?.height;
    if (data?.capaian !== 'height' || typeof height !== 'number' || !(height > 0 && height < 1e5)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-capaian]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin === event.origin) frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });
})(window);

export {};
