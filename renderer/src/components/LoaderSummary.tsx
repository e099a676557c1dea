import { loaderSummary, networkSummary } from '../lib/loader-summary';
import { act } from '../state/actions';
import { useLibrary, useServices } from '../state/context';

/** "Loading 3 of 12" / "532 series, all ready" / "2 failed", with Pause / Resume. */
export function LoaderSummary() {
  const services = useServices();
  const { counts, loader } = useLibrary();
  const summary = loaderSummary(counts, loader);
  const network = networkSummary(loader);
  const paused = loader?.paused ?? false;
  const toggle = () =>
    act(services, paused ? 'Resuming the loader' : 'Pausing the loader', async () => {
      const status = await services.client.call(paused ? 'loader.resume' : 'loader.pause');
      services.library.applyLoader(status);
    });
  const elsewhere = loader && !loader.active ? 'Another Anishelf on this library runs the loader; its progress shows here.' : undefined;
  return (
    <div className="summary">
      <span className={`summary-text summary-count tone-${summary.tone}`} data-testid="loader-summary" title={elsewhere} aria-live="polite">
        <span className="summary-dot" aria-hidden="true" />
        <span className="summary-words" title={summary.text}>
          {summary.text}
        </span>
      </span>
      {network && (
        <span className="summary-text summary-network tone-busy" data-testid="network-summary" title={network} aria-live="polite">
          {network}
        </span>
      )}
      {loader && counts.total > 0 && (
        <button className="btn btn-small btn-ghost" onClick={toggle} data-testid={paused ? 'resume-loader' : 'pause-loader'}>
          {paused ? '▶ Resume' : '❚❚ Pause'}
        </button>
      )}
    </div>
  );
}
