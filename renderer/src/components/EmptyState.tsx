import { useState } from 'react';
import { addSample } from '../state/actions';
import { useServices } from '../state/context';

export function EmptyState({ onAddFolder }: { onAddFolder: () => void }) {
  const services = useServices();
  const [adding, setAdding] = useState(false);
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-art" aria-hidden="true">
        <svg viewBox="0 0 120 96">
          <rect x="8" y="22" width="104" height="66" rx="10" className="empty-folder-back" />
          <rect x="20" y="10" width="26" height="38" rx="4" className="empty-poster p1" />
          <rect x="48" y="6" width="26" height="42" rx="4" className="empty-poster p2" />
          <rect x="76" y="12" width="26" height="36" rx="4" className="empty-poster p3" />
          <path d="M8 40a10 10 0 0 1 10-10h28l8 8h48a10 10 0 0 1 10 10v30a10 10 0 0 1-10 10H18A10 10 0 0 1 8 78z" className="empty-folder-front" />
        </svg>
      </div>
      {/* A browser cannot tell where a dropped folder lives, so web mode does not invite a drop. */}
      <h1>{services.client.desktop ? 'Drop a folder here' : 'Add a folder to start'}</h1>
      <p>
        {services.client.desktop ? '' : 'Add the folder that holds your series, or one series’ folder. '}
        Anishelf finds every series inside, shows them at once, and loads episodes, NFO files and artwork in the background. Your files stay where they are.
      </p>
      <div className="empty-actions">
        <button className="btn btn-primary btn-large" onClick={onAddFolder}>
          Add folder
        </button>
        <button
          className="btn btn-large"
          disabled={adding}
          data-testid="try-sample"
          onClick={async () => {
            setAdding(true);
            await addSample(services);
            setAdding(false);
          }}
        >
          {adding ? 'Creating the sample…' : 'Try the sample library'}
        </button>
      </div>
    </div>
  );
}
