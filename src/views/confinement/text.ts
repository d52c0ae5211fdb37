/**
 * The confinement view's words that depend on codes returned by the locale-free core (issue #7): the
 * inverse problem's refusals (lib/readouts/confinement.ts TargetError) become sentences of the message
 * catalogue (messages/confinement/en.json). Numbers are formatted here, before they reach a message.
 * Sentences with inline markup use the shared slot helper (src/components/slots.ts).
 */
import { m } from '../../paraglide/messages.js';
import { MATERIALS } from '../../lib/data/materials';
import { fixed, sig } from '../../lib/format';
import type { TargetError, TargetErrorCode } from '../../lib/readouts/confinement';
import type { TargetInputError } from './controls';

/** Diameter of a refused target, as the refusal prints it (tiny ones in exponent form). */
function targetDiameterText(d: number): string {
  return d < 0.1 ? d.toExponential(1) : fixed(d, 2);
}

/** The sentence for each way the inverse problem can fail (TypeScript checks every code has one). */
const TARGET_ERROR_TEXT: { [C in TargetErrorCode]: (e: Extract<TargetError, { code: C }>) => string } = {
  'outside-view': (e) =>
    m.conf_target_outside_view({
      material: MATERIALS[e.material].displayName,
      diameter: targetDiameterText(e.diameterNm),
      min: String(e.minNm),
      max: String(e.maxNm),
    }),
  'below-brus-minimum': (e) =>
    m.conf_target_below_brus({
      material: e.material,
      gap: fixed(e.gapEv, 4),
      minGap: fixed(e.minGapEv, 4),
      turningPoint: fixed(e.turningPointNm, 1),
      bulkGap: sig(e.bulkGapEv, 6),
    }),
  'below-model-minimum': (e) =>
    (e.model === 'moreels' ? m.conf_target_below_moreels : e.model === 'cube' ? m.conf_target_below_cube : m.conf_target_below_confinement)({
      material: e.material,
      gap: fixed(e.gapEv, 4),
      minGap: sig(e.minGapEv, 6),
    }),
  'no-diameter': () => m.conf_target_no_diameter(),
};

/** The message shown when a colour target cannot be met. */
export function targetErrorText(error: TargetError): string {
  return (TARGET_ERROR_TEXT[error.code] as (e: TargetError) => string)(error);
}

/** The sentence for target text the field refused (controls.ts commitTarget). */
export function targetInputErrorText(error: TargetInputError): string {
  return error === 'positive' ? m.conf_target_positive() : error === 'wavelength-range' ? m.conf_target_wavelength_range() : m.conf_target_gap_range();
}
