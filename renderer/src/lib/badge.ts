import type { LoadingStage, SeriesSummary } from '../../../shared/types';

export type BadgeStatus = 'pending' | 'loading' | 'completed' | 'failed' | 'cancelled' | 'offline';

export interface Badge {
  status: BadgeStatus;
  stage: LoadingStage | null;
  label: string;
  /** 0–1, shown as a bar while loading. */
  progress: number;
  /** Hover text: the error, or why it is offline. */
  title: string;
}

export const STAGE_LABELS: Record<LoadingStage, string> = { episodes: 'Episodes', nfo: 'NFO', logo: 'Logo', images: 'Images' };

/** What a card's badge shows. Offline and gone folders win over the loading status. */
export function badgeFor(s: SeriesSummary): Badge {
  if (s.state !== 'present') {
    const label = s.state === 'offline' ? 'Offline' : 'Gone';
    const title = s.state === 'offline' ? 'The drive or share holding this series cannot be reached.' : 'The folder is gone from its library folder.';
    return { status: 'offline', stage: null, label, progress: s.progress, title };
  }
  switch (s.loadingStatus) {
    case 'pending':
      return { status: 'pending', stage: null, label: 'Queued', progress: s.progress, title: s.loadingError ? `Will retry: ${s.loadingError.message}` : 'Waiting for a loader worker.' };
    case 'loading': {
      const stage = s.loadingStage;
      return { status: 'loading', stage, label: stage ? STAGE_LABELS[stage] : 'Loading', progress: s.progress, title: `Loading${stage ? `: ${STAGE_LABELS[stage]}` : ''}` };
    }
    case 'completed':
      return { status: 'completed', stage: null, label: 'Ready', progress: 1, title: 'Ready: episodes, NFO, logo and images checked.' };
    case 'failed':
      return { status: 'failed', stage: s.loadingStage, label: 'Failed', progress: s.progress, title: s.loadingError?.message ?? 'Loading failed.' };
    case 'cancelled':
      return { status: 'cancelled', stage: null, label: 'Cancelled', progress: s.progress, title: 'Loading was cancelled.' };
  }
}
