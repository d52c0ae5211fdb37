/**
 * The short quote of the paper each entry of the ligand library (ligands.ts) rests on, from the place its
 * `source` names — a verbatim citation in English (shown with lang="en" in the ligand's card). Moved out of the
 * table (issue #15) so that the view's first load, which shows no quote, does not carry them: the card that
 * shows one is a chunk of its own (src/views/ligands/LigandCard.svelte). A Record over the library's ids, so
 * the type check proves every entry has its quote; tests/unit/data/ligands.test.ts that none is empty.
 *
 * Sources: as ligands.ts (review — Y. Xu, M. Lyu, J. Zhu, Mater. Chem. Front. 2024, 8, 2029; PbS paper —
 * K. Liao et al., EES Sol. 2025, 1, 1148). Pure data: no DOM, no three/svelte/d3 imports (STYLE §1).
 */
import type { LigandId } from './ligands';

export const LIGAND_QUOTES: Readonly<Record<LigandId, string>> = {
  oa:
    'review §3: "an outer shell composed of monovalent cations Cs and anions (X′ = X⁻ and carboxylic acid ligands)"; §3.1: "X-type ligands mainly include … alkyl carboxylic … acids … oleates"',
  oam:
    'review §3.1: "L-Type ligands usually share a lone electron pair with Pb2+ cations acting as Lewis bases such as alkylamine"',
  oamh:
    'review §3: "The CsPbBr3 QDs are CsBr terminated (not PbBr2 terminated) with alkylammonium ligands substituting into some surface Cs sites"',
  octam:
    'review §4.1.2: "The direct exchange of OAm and OA parts into shorter molecules such as octylamine (OctAm) and octanoic acid (OctAc) during the synthesis process, reduces the insulating barrier"',
  octac:
    'review §4.1.2: "partially replacing the OA/OAm ligands with octanoic/octylamine (C8) ligands"',
  oac:
    'review §4.1.1: "In the first step of ligand exchange, the OA ligand is replaced by acetic acid produced by MeOAc hydrolysis, forming PQD surface-bound acetate and free OA"',
  bza:
    'review §4.1.1: "Wang et al. applied benzoic acid (BA) to treat CsPbBr3 QD film … BA post-treatment was demonstrated to effectively exchange the long-chain ligands"',
  scn:
    'review §3.2: "a post-synthetic thiocyanate (SCN−) surface treatment strategy was introduced by Koscher et al. to remediate the lead-rich surface"',
  bf4:
    'review §3.2: "They used tetrafluoroborate salts to treat the PQDs and the PLQYs of the green emissive CsPbBr3 and blue emissive CsPbBrxCl3-x are near unity"',
  cl:
    'review §4.1.1: "by using 2-pentanol as the solvent and Cl as the short ligand for the post-treatment of PQD solid films, the PQD solar cell yielded a PCE of 16.53%"',
  fa:
    'review §4.1.1: "When formamidinium iodide (FAI) is used, the smaller FA+ replaces long-chain OAm+ on the PQD surface"',
  pea:
    'review §4.1.1: "The PEA groups successfully replace the OAm ligand on the PQD surface, thus greatly improving the electronic coupling between the dots"',
  fpea:
    'review §4.1.2: "to partly substitute the long insulating ligands of OA and OAm with PEA or 2-(4-fluorophenyl)ethyl ammonium (FPEA)"',
  ga:
    'review §4.1.1: "The GA+ cations adsorb on the PQD surface to replace original amine ligands and fill surface defects"',
  ddab:
    'review §3.1: "X-Type ligands (cations and anions) have been proven to passivate the A and X sites … Pan et al. developed a two-step ligand exchange process for passivating CsPbX3 … with didodecyl dimethylammonium bromide (DDAB)"',
  csac:
    'review §4.1.1: "a variety of cesium salts (cesium acetate (CsAc), cesium idodide (CsI), cesium carbonate (Cs2CO3), and cesium nitrate (CsNO3)). Post-treatment with the Cs-salts not only fill atomic vacancies on the CsPbI3 QD surface"',
  tmsi:
    'review §4.1.2: "robustly riveting TMSI ligands with an inverted triangular-pyramidal cationic structure into surface vacancies of PQDs, distortions of the [PbI6]4− octahedral frameworks were suppressed … from the steric hindrance of the aprotic TMS+"',
  top:
    'review §3.1: "The relatively soft L-type Lewis bases … have a much stronger affinity for lead cations on PQD surfaces than carboxylate ligands. Liu et al. used TOP to synthesize the CsPbI3 QDs"',
  topo:
    'review §3.1: "L-Type ligands usually share a lone electron pair with Pb2+ cations acting as Lewis bases such as alkylamine and alkyl phosphine oxide"; "Trioctylphosphine oxide (TOPO) was also reported to passivate and stabilize CsPbX3 QDs"',
  tbp:
    'review §3.1: "Alpert et al. reported another promising molecule, tributyl phosphine (TBPh), for passivation of CsPbX3 QDs. The post-treatment with TBPh improves the PLQY of CsPbBr3 up to 100%"',
  '4mp':
    'review §4.1.1: "Lewis bases can provide a pair of non-bonded electrons to coordinate and passivate with the coordinated Pb2+ … Both a nitrogen (N) atom and thiol group (–SH) were confirmed to form bonding with the CsPbI3 PQD surface"',
  dpa:
    'review §4.1.1: "most of the secondary amines (specially di-n-propylamine, DPA) improved the performance … The DPA additive can efficiently remove long insulating surface ligands of OA and OAm"',
  dbsa:
    'review §3.1: "Other L-type ligands with sulfur functional groups such as sulfonic acids, thiolates or thioethers … The CsPbBr3 QDs prepared using dodecyl benzene sulfonic acid (DBSA) exhibited a PLQY up to 90%"',
  sbet:
    'review §3.1: "The long-chain zwitterionic ligands include sulfabetaine, phosphocholine, and γ-amino acid … both the deprotonated acid group and the quaternary ammonium are tightly bound to the PQDs by the chelating effect"',
  pchol:
    'review §3.1: "zwitterionic (or bidentate) ligands, in which the two functional groups with negative and positive charges simultaneously bind to the X-site and A-site, respectively … sulfabetaine, phosphocholine"',
  aet:
    'review §3.1: "A similar passivation effect was achieved by post-treating PQDs with short-chain zwitterionic 2-aminoethanethiol (AET) with both amine and thiolate groups"',
  gly:
    'review §4.1.1: "The amino acids (glycine), which are used as a dual-passivation ligand, could simultaneously passivate the A-site (cesium) and iodine vacancies on the PQD surface"',
  lphe:
    'review §4.1.2: "Shi et al. reported the use of L-phenylalanine (L-PHE) in the in situ management of the surface ligand environment of high-quality CsPbI3 QDs"',
  ida:
    'review §3.1: "the ligand 2,2′-iminodibenzoic acid (IDA) was introduced using a post-synthetic method … much stronger binding between CsPbI3 QDs and IDA compared to OA"',
  edta:
    'review §4.1.1: "Multidentate molecules, ethylene diamine tetra acetic (EDTA) … not only peel the suspended Pb2+ ions from the PQD surface but also passivate the surface defects of PQDs by occupying the I− vacancies"',
  pbbr2:
    'review §3.2: "PbBr2 and ZnBr2 are the most effective among several metal bromide salts … as an excellent bromide donor"; "the addition of PbBr2 repairs Br and Pb vacancies on the surface rather than internal traps"',
  znbr2:
    'review §3.2: "To build up a halide-rich surface, different metal halide salts have been used … PbBr2 and ZnBr2 are the most effective among several metal bromide salts (PbBr2, ZnBr2, InBr3, CuBr2, AgBr) as an excellent bromide donor"',
  cdcl2:
    'review §3.2: "post-treatment of CsPbCl3 QDs with CdCl2 at room temperature leads to an increase in PLQY from 3% to 98%. This enhancement is due to the substitution of Pb2+ by Cd2+ ions during the cation exchange process"',
  ycl3:
    'review §3.2: "a trivalent metal chloride salt (YCl3) was introduced to passivate the surface defects of CsPbCl3 QDs and increase the PLQY up to 60% … YCl3 robustly fill the Pb–Cl ion pair defects and passivate the uncoordinated Pb atoms"',
  i:
    'PbS paper §2: "the lead-rich polar <111> facets of PbS CQDs bound preferentially to I− due to strong electrostatic interactions, while the nonpolar <100> facets could not efficiently be passivated by halide anions"; "the E_ad values of I− and MA+ are −2.03 and −2.14 eV to <100> facets"',
  ma:
    'PbS paper §2: "It is found that the E_ad values of I− and MA+ are −2.03 and −2.14 eV to <100> facets, respectively"',
  ba:
    'PbS paper §2: "BA+ has a higher E_ad of −2.49 eV, indicating its stronger binding to the surface of PbS CQDs, particularly to (100) facets"; "the BA+ ligands … have stronger inward coordination with the sulfur atoms on nonpolar <100> facets"',
};
