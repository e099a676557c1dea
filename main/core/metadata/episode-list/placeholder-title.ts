/**
 * Names a provider gives an episode it has no title for: TMDB's "Episode 3" (in the asked
 * language: "Épisode 3", "Folge 3", "第3話"…) and the "TBA" of an episode not aired yet. They say
 * nothing the episode's number does not, so they are no title: a title the file name gave is
 * kept over them (Sonarr treats "TBA" the same way), and the missing list leaves them blank.
 */
const PLACEHOLDER = /^(?:(?:episode|[ée]pisode|episodio|epis[óo]dio|folge|aflevering|odcinek|avsnitt|jakso|эпизод|серия)\s*#?\s*\d{1,5}|第\s*\d{1,5}\s*[話话集]|tba|tbd|to be announced)$/i;

export function isPlaceholderTitle(title: string): boolean {
  return PLACEHOLDER.test(title.trim());
}

/** The title, or null when there is none or it is only a placeholder. */
export function providerTitle(title: string | null | undefined): string | null {
  return title && !isPlaceholderTitle(title) ? title : null;
}
