/**
 * Equations rendered at build time (issue #15). Every equation whose TeX is known when the app is built lives in
 * an equation module (`equations.ts` beside the panels that show it), registered here with `staticEquations`.
 * `node scripts/build/katex.mjs` renders each with KaTeX in Node and writes `equations.generated.ts` beside
 * it: a compact tree per equation — tags, classes, attributes, and the style text kept apart — which
 * `buildEquation` turns into DOM, setting each style through the CSSOM (`element.style.cssText`), as
 * katexTree.ts does, so a strict Content-Security-Policy without 'unsafe-inline' allows it (issue #14).
 * The generated module is imported dynamically: on the site it is a chunk fetched when a "How is this
 * computed?" of that view first opens; widget scripts and single files bundle it (their dynamic imports are
 * static). No KaTeX runtime is needed for these equations: Katex.svelte asks `staticEquation` first and
 * typesets with KaTeX only TeX that is not here (equations with live numbers, see katexRender.ts).
 * tests/component/katexStatic.test.ts fails when a generated module is stale and compares each tree's DOM
 * with KaTeX's own render.
 */

/**
 * One node of a rendered equation: a text, or an element
 * `[tag, class, style, attributes, ...children]` (`''` for no class, style or attributes; tag `''` = span).
 */
export type EqNode = string | EqElement;
export type EqElement = [tag: string, cls: string, style: string, attrs: Record<string, string> | '', ...children: EqNode[]];
/** A generated module's default export: TeX → tree (display mode). */
export type EqTrees = Record<string, EqNode>;
type Loader = () => Promise<{ default: EqTrees }>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

const registry = new Map<string, () => Promise<EqTrees>>();

/**
 * Registers the TeX of an equation module, whose rendered trees `load` imports (the module's own
 * `equations.generated.ts`). Returns `tex` unchanged, so call sites read `TEX.brus`.
 */
export function staticEquations<T extends Record<string, string>>(load: Loader, tex: T): T {
  let pending: Promise<EqTrees> | null = null;
  const once = (): Promise<EqTrees> =>
    (pending ??= load().then(
      (m) => m.default,
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  for (const t of Object.values(tex)) registry.set(t, once);
  return tex;
}

/**
 * The build-time tree of `tex` (display mode), or `null` when it was not rendered at build time (then KaTeX
 * typesets it). Rejects when the generated module could not be loaded.
 */
export async function staticEquation(tex: string): Promise<EqNode | null> {
  const load = registry.get(tex);
  if (!load) return null;
  return (await load())[tex] ?? null;
}

/** True when `tex` belongs to a registered equation module (its tree comes from the build). */
export function isStaticEquation(tex: string): boolean {
  return registry.has(tex);
}

/** The DOM of a tree, in `doc`; styles through the CSSOM, never as a `style` attribute. */
export function buildEquation(node: EqNode, doc: Document = document, ns: string | null = null): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, cls, style, attrs, ...children] = node;
  const name = tag || 'span';
  const space = name === 'svg' ? SVG_NS : name === 'math' ? MATHML_NS : ns;
  const el = space ? doc.createElementNS(space, name) : doc.createElement(name);
  if (cls) el.setAttribute('class', cls);
  if (style) (el as HTMLElement | SVGElement | MathMLElement).style.cssText = style;
  if (attrs) for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.appendChild(buildEquation(c, doc, space));
  return el;
}

/** Renders the tree into `target`, replacing its content. */
export function mountEquation(node: EqNode, target: HTMLElement): void {
  target.replaceChildren(buildEquation(node, target.ownerDocument));
}
