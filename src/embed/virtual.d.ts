// Modules made by the widget build's plugins (scripts/build-widgets.mjs).
declare module 'virtual:pqd-katex-fonts' {
  const fonts: readonly import('./katexFonts').FontFile[];
  export default fonts;
}
