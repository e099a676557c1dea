import { useEffect, useState } from 'react';
import type { MissingSeriesPrompt } from '../../../shared/types';
import { useRoots } from '../hooks/useRoots';
import { useServices } from '../state/context';
import { ConfirmDialog } from './ConfirmDialog';

/** The watch-limit banner, and the one question per batch about series folders that are gone. */
export function WatchBanners({ onOpenFolders }: { onOpenFolders: () => void }) {
  const { client, notices } = useServices();
  const { roots } = useRoots();
  const [prompt, setPrompt] = useState<MissingSeriesPrompt | null>(null);
  useEffect(() => client.on('library:missing', (p) => setPrompt(p)), [client]);

  const limited = roots.filter((r) => r.problem?.code === 'WATCH_LIMIT');
  const answer = (remove: boolean) => {
    const asked = prompt;
    setPrompt(null);
    if (!asked || !remove) return;
    client.call('roots.removeMissing', { ids: asked.series.map((s) => s.id) }).then(
      (removed) => notices.push({ tone: 'ok', title: `Removed ${removed.length} missing series from the library` }),
      (err: unknown) => notices.push({ tone: 'error', title: 'Removing failed', lines: [err instanceof Error ? err.message : String(err)] }),
    );
  };
  const titles = prompt?.series.map((s) => s.title) ?? [];
  return (
    <>
      {limited.length > 0 && (
        <div className="connection-banner watch-banner" role="alert" data-testid="watch-limit-banner">
          {limited[0]!.problem!.message}{' '}
          <button className="link-button" onClick={onOpenFolders}>Library folders</button>
        </div>
      )}
      {prompt && (
        <ConfirmDialog
          title={`${titles.length} series folder${titles.length === 1 ? ' is' : 's are'} gone`}
          message={`${titles.slice(0, 8).join(', ')}${titles.length > 8 ? ` and ${titles.length - 8} more` : ''} can no longer be found in ${prompt.rootPath}. Remove ${titles.length === 1 ? 'it' : 'them'} from the library? Nothing on disk is touched.`}
          confirmLabel="Remove from library"
          onConfirm={() => answer(true)}
          onCancel={() => answer(false)}
        />
      )}
    </>
  );
}
