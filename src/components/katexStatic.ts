/**
 * Equations rendered at build time (issue #15). Every equation whose TeX is known when the app is built lives in
 * an equation module (`equations.ts` beside the panels that show it), registered here with `staticEquations`.
 * `node scripts/build/katex.mjs` renders each with KaTeX in Node and writes `equations.generated.ts` beside
 * it: a compact tree per equation — tags, classes, attributes, and the style text kept apart — which
 * `buildEquation` turns into DOM, setting each style through the CSSOM (`element.style.cssText`), as
 * katexTree.ts does, so a strict Content-Security-Policy without 'unsafe-inline' allows it (issue #14).
 * The generated module is imported dynamically: on the site it is a chunk fetched when a "How is this
 * computed?" of that view first opens; widget scripts and single files bundle it (their dynamic imports are
 * static). Equations with the state's numbers are templates (`liveEquations`) whose numbers are filled in.
 * No KaTeX runtime ships: Katex.svelte asks `staticEquation` first; TeX that is not here would be typeset by
 * katexRender.ts (KaTeX in dev and tests only).
 * tests/unit/embed/katexStatic.test.ts fails when a generated module is stale; tests/component/katex/
 * katexStatic.test.ts compares each tree's DOM (and each template's, filled) with KaTeX's own render.
 */

/**
 * One node of a rendered equation: a text, or an element
 * `[tag, class, style, attributes, ...children]` (`''` for no class, style or attributes; tag `''` = span).
 * In the tree of a template (an equation with the state's numbers, `liveEquations`) a number `i ≥ 0` is the
 * i-th number put in, and `-1` the TeX itself (the MathML annotation).
 */
export type EqNode = string | number | EqElement;
export type EqElement = [tag: string, cls: string, style: string, attrs: Record<string, string> | '', ...children: EqNode[]];
/** TeX → tree (display mode); `@name` → the tree of template `name`. */
export type EqTrees = Record<string, EqNode>;
/** A generated module's default export: its trees, parsed on first call. */
type Loader = () => Promise<{ default: () => EqTrees }>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

const registry = new Map<string, () => Promise<EqTrees>>();
/** The TeX of the equations with numbers put in that were last made (`liveEquations`): their template and numbers. */
const filled = new Map<string, { load: () => Promise<EqTrees>; key: string; values: readonly string[] }>();
const FILLED_KEPT = 256;
/** A number put into a template: digits with an optional decimal part (as `fixed` writes a positive number). */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

function once(load: Loader): () => Promise<EqTrees> {
  let pending: Promise<EqTrees> | null = null;
  return () =>
    (pending ??= load().then(
      (m) => m.default(),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
}

/**
 * Registers the TeX of an equation module, whose rendered trees `load` imports (the module's own
 * `equations.generated.ts`). Returns `tex` unchanged, so call sites read `TEX.brus`.
 */
export function staticEquations<T extends Record<string, string>>(load: Loader, tex: T): T {
  const get = once(load);
  for (const t of Object.values(tex)) registry.set(t, get);
  return tex;
}

/** An equation with numbers put in: its TeX from the numbers (formatted by the caller), `slots` of them. */
export interface EquationTemplate {
  slots: number;
  tex: (values: readonly string[]) => string;
}
/** A template made callable: the TeX with `values` put in (remembered, so Katex.svelte builds it from the tree). */
export type FilledEquation = ((...values: string[]) => string) & EquationTemplate;

/**
 * Equations whose numbers change with the state (issue #15): each template is rendered at build time with
 * stand-in numbers (`node scripts/build/katex.mjs equations`) and its numbers put into the tree when shown.
 * A number only changes the text of its own node (KaTeX gives every digit the same height and depth and leaves
 * widths to the browser), so the DOM equals KaTeX's render of the filled TeX; the component test checks that
 * for many states. Returns one function per template: `LIVE.mu('0.99', '2.20', '0.450')` is the TeX.
 */
export function liveEquations<K extends string>(load: Loader, templates: Record<K, EquationTemplate>): Record<K, FilledEquation> {
  const get = once(load);
  const out = {} as Record<K, FilledEquation>;
  for (const key of Object.keys(templates) as K[]) {
    const t = templates[key];
    const fill = (...values: string[]): string => {
      if (values.length !== t.slots) throw new RangeError(`equation ${key} takes ${t.slots} numbers, got ${values.length}`);
      const tex = t.tex(values);
      filled.delete(tex);
      filled.set(tex, { load: get, key, values });
      if (filled.size > FILLED_KEPT) filled.delete(filled.keys().next().value as string);
      return tex;
    };
    out[key] = Object.assign(fill, t);
  }
  return out;
}

/** The tree of a template with `values` and `tex` put in. */
export function fillTree(node: EqNode, values: readonly string[], tex: string): EqNode {
  if (typeof node === 'number') return node < 0 ? tex : (values[node] ?? '');
  if (typeof node === 'string') return node;
  const [tag, cls, style, attrs, ...children] = node;
  return [tag, cls, style, attrs, ...children.map((c) => fillTree(c, values, tex))];
}

/**
 * The build-time tree of `tex` (display mode), or `null` when it was not rendered at build time (then KaTeX
 * typesets it). Rejects when the generated module could not be loaded.
 */
export async function staticEquation(tex: string): Promise<EqNode | null> {
  const load = registry.get(tex);
  if (load) return (await load())[tex] ?? null;
  const live = filled.get(tex);
  // A number that is not plain digits (a missing value's dash) would change the tree's shape: KaTeX typesets it.
  if (!live || !live.values.every((v) => PLAIN_NUMBER.test(v))) return null;
  const tree = (await live.load())[`@${live.key}`];
  return tree === undefined ? null : fillTree(tree, live.values, tex);
}

/** True when `tex` belongs to a registered equation module or template (its tree comes from the build). */
export function isStaticEquation(tex: string): boolean {
  return registry.has(tex) || filled.has(tex);
}

/** The DOM of a tree, in `doc`; styles through the CSSOM, never as a `style` attribute. */
export function buildEquation(node: EqNode, doc: Document = document, ns: string | null = null): Node {
  if (typeof node === 'number') throw new Error('a template tree must be filled (fillTree) before it is built');
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
