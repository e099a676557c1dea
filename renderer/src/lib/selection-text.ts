/** What the selection bar says, and what its actions report. */

export function seriesCount(n: number): string {
  return `${n.toLocaleString('en-US')} series`;
}

/** "this series" or "these 3 series", for the confirmations. */
export function theseSeries(n: number): string {
  return n === 1 ? 'this series' : `these ${seriesCount(n)}`;
}

export function selectedText(n: number): string {
  return n === 0 ? 'Click series to select them' : `${seriesCount(n)} selected`;
}

export function reloadedText(reloaded: number): string {
  return reloaded === 1 ? '1 series is read from disk again.' : `${seriesCount(reloaded)} are read from disk again.`;
}

export function removedText(removed: number): string {
  const which = removed === 1 ? '1 series left' : `${seriesCount(removed)} left`;
  return `${which} the library. Their files stay where they are.`;
}

export function listsText(asked: number, selected: number): string {
  if (asked === 0) return selected === 1 ? 'This series has no episode list yet; lists come with identification.' : 'None of these series has an episode list yet; lists come with identification.';
  const which = asked === selected ? (asked === 1 ? 'The episode list is' : `The episode lists of all ${seriesCount(asked)} are`) : `The episode lists of ${asked.toLocaleString('en-US')} of ${seriesCount(selected)} are`;
  return `${which} fetched again in the background, at the providers' pace.`;
}

export function refreshedText(asked: number, selected: number): string {
  if (asked === 0) return selected === 1 ? 'This series is not matched yet, so there is nothing to refresh.' : 'None of these series is matched yet, so there is nothing to refresh.';
  const matched = asked === selected ? (asked === 1 ? 'The series is' : `All ${seriesCount(asked)} are`) : `${asked.toLocaleString('en-US')} of ${seriesCount(selected)} are matched and`;
  return `${matched} refreshed from the provider in the background; the header says how many are left.`;
}
