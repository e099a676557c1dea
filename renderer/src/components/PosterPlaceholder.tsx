import { initials, placeholderStyle } from '../lib/placeholder';

/** The series' initials on a colour taken from its title: shown until (or instead of) its poster. */
export function PosterPlaceholder({ title }: { title: string }) {
  return (
    <div className="poster-placeholder" style={placeholderStyle(title)} aria-hidden="true">
      <span>{initials(title)}</span>
    </div>
  );
}
