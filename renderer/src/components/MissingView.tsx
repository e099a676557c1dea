import { useEffect, useMemo, useState } from 'react';
import { unlistedText, type MissingRow } from '../../../shared/missing';
import { groupBySeries, missingCsv } from '../lib/missing-csv';
import { errorMessage } from '../rpc-error';
import { act } from '../state/actions';
import { useMissingCounts, useServices } from '../state/context';

type Show = 'aired' | 'upcoming' | 'specials';
const LABELS: Record<Show, string> = { aired: 'Aired', upcoming: 'Upcoming', specials: 'Specials' };
const STATE_TEXT: Record<MissingRow['state'], string> = { missing: 'missing', 'just-aired': 'just aired', upcoming: 'upcoming', tba: 'TBA' };

function included(r: MissingRow, show: ReadonlySet<Show>): boolean {
  if (r.special && !show.has('specials')) return false;
  return r.state === 'missing' ? show.has('aired') : show.has('upcoming');
}

/** Every missing episode of the library, grouped by series, filtered, exportable as CSV. */
export function MissingView({ onClose, onOpenSeries }: { onClose: () => void; onOpenSeries: (id: number) => void }) {
  const services = useServices();
  const { client, missing } = services;
  const { version, unlisted, bySeries } = useMissingCounts();
  const [rows, setRows] = useState<MissingRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [show, setShow] = useState<ReadonlySet<Show>>(new Set(['aired']));
  const [countSpecials, setCountSpecials] = useState<boolean | null>(null);

  useEffect(() => {
    client.call('missing.settings').then((s) => setCountSpecials(s.showSpecials), () => setCountSpecials(null));
  }, [client]);

  const changeCountSpecials = (value: boolean) =>
    act(services, 'Changing the specials setting', async () => {
      setCountSpecials((await client.call('missing.setGlobalShowSpecials', { show: value })).showSpecials);
      // The user's own change: the cards and chips follow it at once, not after the burst delay.
      void missing.refresh();
    });

  useEffect(() => {
    let live = true;
    client.call('missing.list', { upcoming: true, specials: true }).then(
      (r) => live && (setRows(r), setError(null)),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [client, version]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('[data-testid="detail-panel"]')) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const visible = useMemo(() => (rows ?? []).filter((r) => included(r, show)), [rows, show]);
  const groups = useMemo(() => groupBySeries(visible), [visible]);
  const countFor = (what: Show) => (rows ?? []).filter((r) => included(r, new Set(what === 'specials' ? ['aired', 'upcoming', 'specials'] : [what])) && (what !== 'specials' || r.special)).length;

  const toggle = (what: Show) => {
    const next = new Set(show);
    if (next.has(what)) next.delete(what);
    else next.add(what);
    setShow(next);
  };

  const exportCsv = () => {
    const url = URL.createObjectURL(new Blob([missingCsv(visible)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'missing-episodes.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  return (
    <section className="missing-view" aria-labelledby="missing-view-title" data-testid="missing-view">
      <div className="missing-view-head">
        <h2 id="missing-view-title">Missing episodes</h2>
        <div className="chips" role="group" aria-label="Show">
          {(Object.keys(LABELS) as Show[]).map((what) => (
            <button key={what} className={`chip${show.has(what) ? ' chip-active' : ''}`} aria-pressed={show.has(what)} data-testid={`missing-filter-${what}`} onClick={() => toggle(what)}>
              {LABELS[what]}
              {rows && <span className="chip-count">{countFor(what).toLocaleString('en-US')}</span>}
            </button>
          ))}
        </div>
        <div className="header-spacer" />
        {countSpecials !== null && (
          <label className="missing-toggle" title="Series without their own choice count their specials as missing">
            <input type="checkbox" checked={countSpecials} data-testid="count-specials" onChange={(e) => void changeCountSpecials(e.target.checked)} />
            Count specials in every series
          </label>
        )}
        <button className="btn" data-testid="export-csv" disabled={visible.length === 0} onClick={exportCsv}>
          Export CSV
        </button>
        <button className="btn" data-testid="close-missing-view" onClick={onClose}>
          Back to library
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {unlisted > 0 && (
        <p className="muted missing-unlisted" data-testid="missing-unlisted">
          {unlistedText(unlisted, bySeries.size - unlisted)}
        </p>
      )}
      {rows && groups.length === 0 && unlisted < bySeries.size && <p className="content-message">Nothing missing here.</p>}
      <div className="missing-view-list">
        {groups.map((g) => (
          <section key={g.seriesId} className="missing-group" data-testid="missing-group" data-series-id={g.seriesId}>
            <h3>
              <button className="link-button" onClick={() => onOpenSeries(g.seriesId)}>
                {g.series}
              </button>{' '}
              <span className="muted">{g.rows.length}</span>
            </h3>
            <table className="missing-table">
              <tbody>
                {g.rows.map((r) => (
                  <tr key={`${r.season}:${r.episode}`} className={`missing-row-${r.state}`} data-testid="missing-view-row">
                    <td className="missing-code">{`S${String(r.season).padStart(2, '0')}E${String(r.episode).padStart(2, '0')}`}</td>
                    <td>{r.title ?? ''}</td>
                    <td className="muted">{r.aired?.slice(0, 10) ?? (r.state === 'tba' ? 'TBA' : '')}</td>
                    <td className="missing-state">{r.notWanted ? 'not wanted' : STATE_TEXT[r.state]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </section>
  );
}
