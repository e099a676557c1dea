import { foldText } from '../../../shared/fold-text';

/** Greek letters by name, as a folder written in Latin letters spells them ("Ψ-nan" as "Psi-nan"). */
const GREEK_NAMES: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu',
  ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
// One Greek letter standing in a title in another script ("Saiki Kusuo no Ψ-nan", "Macross Δ"); a Greek word is left as it is.
const LONE_GREEK_LETTER = /(?<!\p{Script=Greek})\p{Script=Greek}(?!\p{Script=Greek})/gu;

/**
 * What titles are compared as: folded (see `foldText`), without a year in brackets, and a lone
 * Greek letter read by its name.
 */
export function normalizeTitle(title: string): string {
  const text = title.normalize('NFKC').replace(/\((?:19|20)\d{2}\)/g, ' ');
  return foldText(text.replace(LONE_GREEK_LETTER, (letter) => ` ${GREEK_NAMES[letter.toLowerCase()] ?? letter} `));
}
