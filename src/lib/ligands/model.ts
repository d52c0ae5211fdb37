/**
 * The illustrative model of the ligand explorer (issue #6, #12). It turns a described surface (sites, what
 * is vacant, which ligand sits where) into numbers a student can read. ILLUSTRATIVE: the equations are
 * textbook forms with adjustable parameters, not fits to the papers; where a number comes from a paper it
 * is cited, where it is chosen it says so. One ledger: the view, the live region and the embed readouts
 * all read ledger() (no second computation anywhere).
 *
 * 1. Ledger — net charge, unpassivated trap sites, coverage (ledger()).
 *      net charge  q = Σ_bare sites q_bare + Σ_placements (q_left − q_replaced)          (rules.ts)
 *                    = open halide vacancies − open A-site vacancies + uncompensated polar (111) Pb
 *                      − anions bound on top + cations bound on top                        (ChargeBreakdown)
 *      trap sites  = surface sites of a trap kind (under-coordinated Pb²⁺, bare PbS sites) no ligand heals.
 *      coverage    = binding spots holding a ligand / binding spots of the ideal patch (a fixed number: a
 *                    halide vacancy and the Pb²⁺ it exposes are one spot, so vacancies never change it).
 *    Why these are traps: review §3 "The undercoordinated Pb atoms on the PQD surface usually act as
 *    charge-trapping centers"; §3.2 "the undercoordinated lead atoms (in other words, halogen vacancies)
 *    are the most abundant active defects". A-site vacancies are not counted as traps by default (the
 *    review never calls them trap centres); PbS sites without a ligand are (PbS paper §2: non-polar (100)
 *    facets give "reduced surface passivation efficiency"). The set is an option.
 * 2. Dot PLQY as an ensemble (plqy()): the patch stands for one dot's surface; the traps per dot scatter
 *    as a Poisson variable of mean λ = n_traps (the standard picture for randomly placed defects); a dot
 *    with k traps has PLQY_k = k_rad / (k_rad + k·k_trap), and the ensemble averages over dots:
 *      PLQY = Σ_k e^(−λ) λ^k / k! · k_rad / (k_rad + k·k_trap).
 *    With a fast trap (k_trap ≫ k_rad) it tends to e^(−λ), the share of dots with no trap at all.
 * 3. Purification (purify()): what the papers SAY about each ligand (review: OA/OAm "highly dynamic … easily
 *    lost"; PbS paper: PbI₂/MAPbI₃ ligands "detach", (BA)₂PbI₄ ligands "less inclined to detach"). One wash
 *    strips the fraction `washLoss` (CHOSEN, default ½, adjustable) of the loosely bound ligands and none of
 *    the strongly bound ones. The PbS paper's DFT energies (−2.03, −2.14, −2.49 eV) are shown, not turned
 *    into survival: differences of 0.1–0.5 eV between slab energies with different reference states do not
 *    support a quantitative Boltzmann factor.
 * 4. Dot-to-dot tunnelling coupling ∝ exp(−β·d), d = the inter-dot gap bridged by two ligand shells
 *    (tunnellingCoupling(), interDotDistanceNm()).
 *
 * The model is split along these seams: ledger.ts (1), plqy.ts (2), purify.ts (3), tunnelling.ts (4); this
 * module is their one public entry point.
 *
 * Pure TypeScript: no DOM.
 */
export * from './ledger';
export * from './plqy';
export * from './purify';
export * from './tunnelling';
