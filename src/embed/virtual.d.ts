// Modules made by the widget build's plugins (scripts/build-widgets.mjs).
declare module 'virtual:pqd-katex-fonts' {
  const fonts: readonly import('./katexFonts').FontFile[];
  export default fonts;
}
// The KaTeX script's file name beside the site's view bundle (scripts/build-widgets.mjs, siteViewBuild).
declare module 'virtual:pqd-katex-file' {
  const file: string;
  export default file;
}
// The site's view bundles (scripts/build-widgets.mjs, siteViews): each view's script and stylesheets,
// relative to the page; null in `vite dev`.
declare module 'virtual:pqd-view-files' {
  const files: Record<import('../lib/state/schema').ViewId, { js: string; css: string[] }> | null;
  export default files;
}
