/**
 * The lattice view's sentences that depend on the model: the 3D figure's caption (also read by screen
 * readers) and the polite live summary of t, μ, τ and the verdict. Pure (messages in, strings out), so
 * the view only composes panels; each is a $derived of its own in LatticeView, so a slider step
 * re-words only what it changed.
 */
import { m } from '../../paraglide/messages.js';
import { fixed, withUnit } from '../../lib/format';
import type { LatticeModel } from '../../lib/readouts/lattice';
import type { UrlState } from '../../lib/state/schema';
import { verdictWords } from './verdictText';

export type StructureWordKind = 'cubic' | 'orthorhombic' | 'delta';

/** The structure's name: cubic, orthorhombic or δ. */
export function kindWord(kind: StructureWordKind): string {
  return kind === 'cubic' ? m.lat_kind_cubic() : kind === 'delta' ? m.lat_kind_delta() : m.lat_kind_orthorhombic();
}

/** The drawing style's name in a sentence. */
export function styleWord(style: UrlState['style']): string {
  return ({ ball: m.lat_style_name_ball, space: m.lat_style_name_space, poly: m.lat_style_name_poly })[style]();
}

/** The caption of the 3D figure: what is drawn (cells or a nanocube), in which style, with its tilts. */
export function canvasCaption(
  model: LatticeModel,
  view: { shape: UrlState['shape']; edge: number; style: UrlState['style']; cells: readonly number[] },
  labels: { A: string; B: string; X: string },
): string {
  const style = styleWord(view.style);
  const sentence =
    view.shape === 'cube'
      ? m.lat_caption_cube({ formula: model.formula, edge: withUnit(view.edge, 'nm', 1), style, layer: `${labels.A}${labels.X}` })
      : (model.drawnKind === 'orthorhombic'
          ? m.lat_caption_cells_orthorhombic
          : model.drawnKind === 'delta'
            ? m.lat_caption_cells_delta
            : m.lat_caption_cells_cubic)({
          formula: model.formula,
          cells: view.cells.join(' × '),
          style,
          anti: fixed(model.pnmaTilts.antiPhaseDeg, 1),
          inphase: fixed(model.pnmaTilts.inPhaseDeg, 1),
          a: labels.A,
          bx: `${labels.B}${labels.X}`,
        });
  return model.structure === 'non-perovskite' ? `${sentence} ${m.lat_caption_hypothetical()}` : sentence;
}

/** The live region's sentence: t, μ, τ and the verdict's title. */
export function liveSummary(model: Pick<LatticeModel, 'verdict' | 'blackPhaseMetastable'>): string {
  return m.lat_live_summary({
    t: fixed(model.verdict.t, 3),
    mu: fixed(model.verdict.mu, 3),
    tau: fixed(model.verdict.tau, 2),
    verdict: verdictWords(model.verdict, { blackPhaseMetastable: model.blackPhaseMetastable }).title,
  });
}
