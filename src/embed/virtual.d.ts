// Modules made by the widget build's plugins (scripts/build-widgets.mjs).
declare module 'virtual:pqd-katex-fonts' {
  const fonts: readonly import('./katexFonts').FontFile[];
  export default fonts;
}
// The site's chunks (scripts/build-widgets.mjs, siteViews/buildSiteChunks): the app's entry chunk, each view's
// chunk and every chunk's static dependencies and stylesheets, relative to the page; null in `vite dev`.
declare module 'virtual:pqd-site-chunks' {
  const site: {
    entry: string;
    views: Record<import('../lib/state/schema').ViewId, string>;
    chunks: import('../chunkLoader').ChunkManifest;
  } | null;
  export default site;
}
// The views a widget script defines (scripts/build-widgets.mjs, widgetViews).
declare module 'virtual:pqd-widget-views' {
  const views: readonly import('../lib/state/schema').ViewId[];
  export default views;
}
