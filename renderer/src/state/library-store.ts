import type { LoaderStatus, SeriesSummary } from '../../../shared/types';
import type { AnishelfClient, ConnectionState } from '../bridge';
import { countSeries, type LibraryCounts } from '../lib/loader-summary';
import { compareFor, DEFAULT_QUERY, isDefaultQuery, matchesQuery, mergeIds, reconcileView, type ViewQuery } from '../lib/query';
import { sameSummary } from '../lib/same-summary';
import { titleNotes } from '../lib/title-collisions';
import { errorMessage } from '../rpc-error';

export interface LibrarySnapshot {
  /** Every series in the library, kept current by `series:changed` events. */
  series: ReadonlyMap<number, SeriesSummary>;
  /** The ids shown, in order: the last `library.list` for the query, plus series that appeared since. */
  view: readonly number[];
  query: ViewQuery;
  counts: LibraryCounts;
  /** What tells apart series whose titles collide (folder or root name), by id. */
  notes: ReadonlyMap<number, string>;
  loader: LoaderStatus | null;
  /** The loader went idle while the order was held: the core's order shows once released. */
  resortPending: boolean;
  /** The first list has arrived. */
  loaded: boolean;
  /**
   * Only the first page of the view has arrived (the whole list is on its way): the grid shows
   * it, while the counts, which need every series, wait for the whole list.
   */
  firstPage: boolean;
  error: string | null;
  connection: ConnectionState;
}

/** About two screens of cards: what the window shows first on a big library. */
export const FIRST_PAGE = 120;

function toArgs(q: ViewQuery) {
  const search = q.search.trim();
  return { sort: q.sort, ...(q.filter === 'all' ? {} : { filter: q.filter }), ...(search ? { search } : {}) };
}

/**
 * The library as the UI shows it. Lists come from `library.list`; after that, events are merged
 * by id (never polled). Filters follow live state: a series that starts matching is merged into
 * place, one that stops matching leaves. Cards that stay keep their place while the loader works;
 * the core's order (titles from NFO files have arrived) is shown once it is idle and the pointer
 * is not over the grid, or when the user changes the query.
 */
export class LibraryStore {
  private snapshot: LibrarySnapshot = {
    series: new Map(),
    view: [],
    query: DEFAULT_QUERY,
    counts: countSeries([]),
    notes: new Map(),
    resortPending: false,
    loader: null,
    loaded: false,
    firstPage: false,
    error: null,
    connection: 'connecting',
  };
  private readonly listeners = new Set<() => void>();
  private requestSeq = 0;
  /** Ids changed or removed by events while a list was in flight: the events are newer. */
  private changedDuringFetch: Set<number> | null = null;
  /** The user is pointing into the grid: a re-sort now would move the card under the pointer. */
  private orderHeld = false;

  constructor(
    private readonly client: AnishelfClient,
    initialQuery: ViewQuery = DEFAULT_QUERY,
  ) {
    this.snapshot.query = initialQuery;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LibrarySnapshot => this.snapshot;

  start(): () => void {
    const offs = [
      this.client.on('series:changed', (p) => this.applyChanges(p.series, p.removed ?? [])),
      this.client.on('loader:changed', (loader) => this.onLoader(loader)),
      this.client.onConnection((connection, reconnected) => {
        this.update({ connection });
        if (connection === 'open' && reconnected) void this.reload();
      }),
    ];
    this.update({ connection: this.client.connection() });
    void this.reload();
    return () => offs.forEach((off) => off());
  }

  /** Reads everything again: at start and after a reconnect. */
  async reload(): Promise<void> {
    const seq = ++this.requestSeq;
    const query = this.snapshot.query;
    this.changedDuringFetch = new Set();
    try {
      // 10,000 series take the core a few hundred ms to list and the page as long to read, while
      // the cards in view need only the first page. It is shown before the whole list is even
      // asked for: the core reads a list in one synchronous query, so a request sent beside it
      // would hold the page's answer back until the whole list was read.
      let whole: SeriesSummary[] | null = null;
      if (!this.snapshot.loaded) {
        const first = await this.client.call('library.list', { ...toArgs(query), limit: FIRST_PAGE });
        if (seq !== this.requestSeq) return;
        // A short page of the whole library is the whole list: it is not read twice.
        if (first.length < FIRST_PAGE && isDefaultQuery(query)) whole = first;
        else this.showFirstPage(first);
      }
      const [all, view, loader] = await Promise.all([
        whole ?? this.client.call('library.list', { sort: query.sort }),
        isDefaultQuery(query) ? null : this.client.call('library.list', toArgs(query)),
        this.client.call('loader.status'),
      ]);
      if (seq !== this.requestSeq) return;
      const series = this.mergeFetched(all, true);
      this.setView(this.withNewer((view ?? all).map((s) => s.id), series), { series, loader, loaded: true, firstPage: false, error: null });
    } catch (err) {
      if (seq === this.requestSeq) this.update({ error: errorMessage(err) });
    } finally {
      if (seq === this.requestSeq) this.changedDuringFetch = null;
    }
  }

  /** The first page of the view, shown until the whole list arrives. */
  private showFirstPage(first: readonly SeriesSummary[]): void {
    if (this.snapshot.loaded || first.length === 0) return;
    const series = new Map(this.snapshot.series);
    for (const s of first) if (!this.changedDuringFetch?.has(s.id)) series.set(s.id, s);
    this.setView(first.map((s) => s.id), { series, firstPage: true });
  }

  /** Resolves once the view for the new query is shown. */
  setQuery(change: Partial<ViewQuery>): Promise<void> {
    const query = { ...this.snapshot.query, ...change };
    if (query.search === this.snapshot.query.search && query.filter === this.snapshot.query.filter && query.sort === this.snapshot.query.sort) return Promise.resolve();
    this.update({ query });
    return this.fetchView();
  }

  /** While held (the pointer is over the grid), a re-sort the loader's end would bring waits. */
  holdOrder(held: boolean): void {
    this.orderHeld = held;
    if (!held && this.snapshot.resortPending) void this.fetchView();
  }

  private async fetchView(): Promise<void> {
    // Before the whole list has arrived, the view is read with it (the query is already set).
    if (!this.snapshot.loaded) return this.reload();
    if (this.snapshot.resortPending) this.update({ resortPending: false });
    const seq = ++this.requestSeq;
    this.changedDuringFetch = new Set();
    try {
      // The window holds every series and events keep them current: the view's ids are enough
      // (at 10,000 series a search's summaries were most of its answer time). Ids it does not hold
      // yet (an event still on its way) are read whole.
      const args = toArgs(this.snapshot.query);
      const ids = await this.client.call('library.ids', args);
      if (seq !== this.requestSeq) return;
      const held = this.snapshot.series;
      const list = ids.every((id) => held.has(id)) ? null : await this.client.call('library.list', args);
      if (seq !== this.requestSeq) return;
      const series = list ? this.mergeFetched(list, false) : held;
      // The same map: nothing to recount (10,000 series' counts and title notes).
      this.setView(this.withNewer(list ? list.map((s) => s.id) : ids, series), series === this.snapshot.series ? { error: null } : { series, error: null });
    } catch (err) {
      if (seq === this.requestSeq) this.update({ error: errorMessage(err) });
    } finally {
      if (seq === this.requestSeq) this.changedDuringFetch = null;
    }
  }

  applyLoader(loader: LoaderStatus): void {
    this.update({ loader });
  }

  /**
   * When the loader goes idle, the list is read once more: titles and years from NFO files have
   * arrived, so the order the core gives now is the one to show.
   */
  private onLoader(loader: LoaderStatus): void {
    const before = this.snapshot.loader;
    this.update({ loader });
    const wasBusy = before !== null && before.queued + before.running > 0;
    if (!wasBusy || loader.queued + loader.running > 0 || !this.snapshot.loaded) return;
    if (this.orderHeld) this.update({ resortPending: true });
    else void this.fetchView();
  }

  /** Applies series that changed (from an event or a call's result) and removals. */
  applyChanges(changed: readonly SeriesSummary[], removed: readonly number[]): void {
    if (changed.length === 0 && removed.length === 0) return;
    const series = new Map(this.snapshot.series);
    for (const s of changed) {
      series.set(s.id, s);
      this.changedDuringFetch?.add(s.id);
    }
    for (const id of removed) {
      series.delete(id);
      this.changedDuringFetch?.add(id);
    }
    let view = this.snapshot.view;
    if (removed.length) {
      const gone = new Set(removed);
      view = view.filter((id) => !gone.has(id));
    }
    if (this.snapshot.loaded) view = reconcileView(view, changed, (id) => series.get(id), this.snapshot.query);
    // Loading changes a series' status, rarely its title: the collision notes (every title
    // lower-cased and grouped, 10,000 of them) are kept unless a title or folder moved.
    const known = this.snapshot.series;
    const namesMoved = removed.length > 0 || changed.some((s) => known.get(s.id)?.title !== s.title || known.get(s.id)?.path !== s.path);
    this.setView(view, namesMoved ? { series } : { series, notes: this.snapshot.notes });
  }

  private mergeFetched(list: readonly SeriesSummary[], complete: boolean): ReadonlyMap<number, SeriesSummary> {
    const newer = this.changedDuringFetch ?? new Set<number>();
    const known = this.snapshot.series;
    // A search or a new sort mostly brings what is here already: nothing changed, nothing is copied.
    if (!complete && newer.size === 0 && list.every((s) => known.has(s.id) && sameSummary(known.get(s.id)!, s))) return known;
    const series = complete ? new Map<number, SeriesSummary>() : new Map(known);
    // The object already held is kept where nothing in it changed: its card need not render again.
    for (const s of list) if (!newer.has(s.id)) series.set(s.id, keepSame(known.get(s.id), s));
    // What events said while the list was on its way stays (newer); removals stay removed.
    for (const id of newer) {
      const current = this.snapshot.series.get(id);
      if (current) series.set(id, current);
      else series.delete(id);
    }
    return series;
  }

  /** A fetched order minus what was removed meanwhile, plus matching series that appeared meanwhile. */
  private withNewer(ids: number[], series: ReadonlyMap<number, SeriesSummary>): number[] {
    const present = ids.filter((id) => series.has(id));
    const listed = new Set(present);
    const appeared = [...(this.changedDuringFetch ?? [])].filter((id) => !listed.has(id) && series.has(id) && matchesQuery(series.get(id)!, this.snapshot.query));
    return mergeIds(present, appeared, (id) => series.get(id), compareFor(this.snapshot.query.sort));
  }

  private setView(view: readonly number[], rest: Partial<LibrarySnapshot>): void {
    this.update({ ...rest, view });
  }

  private update(change: Partial<LibrarySnapshot>): void {
    const next = { ...this.snapshot, ...change };
    // A first page alone would count as the whole library: the counts wait for it.
    if (change.series && next.loaded) {
      next.counts = countSeries(change.series.values());
      if (!change.notes) next.notes = titleNotes(change.series.values());
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

/** The summary already held when the fetched one says the same (see sameSummary). */
function keepSame(known: SeriesSummary | undefined, fetched: SeriesSummary): SeriesSummary {
  return known !== undefined && sameSummary(known, fetched) ? known : fetched;
}
