/** Checks in a row a series folder must be gone before the user is asked to remove it. */
export const MISSING_CHECKS_BEFORE_ASKING = 2;
/** Above this share of a root gone at once, something bigger happened (a half-mounted share). */
export const MASS_VANISH_SHARE = 0.1;

export interface MissingDecision {
  /** Series to put to the user now, as one batch. */
  ask: number[];
  /** True when this check held back because too much of the root vanished at once. */
  held: boolean;
}

/**
 * What to ask after a check of one root. Nothing is asked for a folder seen gone fewer than two
 * times, none is asked twice, and when more than a tenth of the root is gone the question waits
 * for one more check (a share coming back in pieces must not prompt mass removal).
 */
export function decideMissing(input: {
  totalSeries: number;
  missing: ReadonlyArray<{ id: number; checks: number }>;
  alreadyAsked: ReadonlySet<number>;
  heldLastCheck: boolean;
}): MissingDecision {
  const share = input.totalSeries === 0 ? 0 : input.missing.length / input.totalSeries;
  if (share > MASS_VANISH_SHARE && !input.heldLastCheck) return { ask: [], held: true };
  const ask = input.missing.filter((m) => m.checks >= MISSING_CHECKS_BEFORE_ASKING && !input.alreadyAsked.has(m.id)).map((m) => m.id);
  return { ask, held: false };
}
