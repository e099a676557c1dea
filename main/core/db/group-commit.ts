import type { ControlledTransaction } from 'kysely';
import type { Db, Tx } from './handle';
import type { Database } from './schema';

const DEFAULT_MAX_BATCH = 64;

interface Queued {
  work: (trx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs short write transactions from many callers as one SQLite transaction per turn of the event
 * loop. A commit writes every page it touched to the write-ahead log: with five loader workers
 * each committing every stage of every series, commits were almost half of the main thread's SQL
 * time in the import bench. A work that throws is undone alone and only its caller sees the
 * error; the works that succeeded commit together, and a failed commit (a full disk) fails all
 * of them.
 *
 * Works almost never throw, so a batch first runs them one after another in the transaction as
 * they are. Only when one throws is the batch rolled back and run again with each work in a
 * savepoint of its own: two statements per work that the import otherwise paid 33,000 times for
 * 5,000 series.
 *
 * A work must only touch the database through the transaction it is given, must not wait on
 * anything else (the whole batch holds the connection while it runs), and must have no effect
 * but its writes: it may run twice.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private scheduled = false;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly maxBatch = DEFAULT_MAX_BATCH,
  ) {}

  /** Queues `work` for the next batch; settles once that batch has committed (or failed). */
  run<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Resolves once every work queued so far has committed or failed. */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.flushing || this.scheduled) {
      await (this.flushing ?? new Promise<void>((resolve) => setImmediate(resolve)));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    // setImmediate, not a microtask: the worker replies that arrived in this turn queue their
    // writes first, so they share the commit.
    setImmediate(() => {
      this.scheduled = false;
      this.flushing = this.flushBatch().finally(() => {
        this.flushing = null;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async flushBatch(): Promise<void> {
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = batch.length === 1 ? [await this.runAlone(batch[0]!)] : await this.runTogether(batch);
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const [i, item] of batch.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    }
  }

  /** One work needs no savepoint: its own transaction is undone whole when it throws. */
  private async runAlone(item: Queued): Promise<Outcome> {
    return { ok: true, value: await this.db.transaction().execute(item.work) };
  }

  private async runTogether(batch: Queued[]): Promise<Outcome[]> {
    return (await this.inTransaction((trx) => runAsTheyAre(trx, batch))) ?? (await this.inTransaction((trx) => runInSavepoints(trx, batch)));
  }

  /** Commits what `run` wrote, or rolls it back when `run` throws or gives up (null). */
  private async inTransaction<T extends Outcome[] | null>(run: (trx: ControlledTransaction<Database>) => Promise<T>): Promise<T> {
    const trx = await this.db.startTransaction().execute();
    try {
      const outcomes = await run(trx);
      if (outcomes === null) await rollBack(trx);
      else await trx.commit().execute();
      return outcomes;
    } catch (error) {
      await rollBack(trx);
      throw error;
    }
  }
}

/** Every work in the transaction as it is; null when one of them threw (the batch is undone). */
async function runAsTheyAre(trx: ControlledTransaction<Database>, batch: Queued[]): Promise<Outcome[] | null> {
  const outcomes: Outcome[] = [];
  for (const item of batch) {
    try {
      outcomes.push({ ok: true, value: await item.work(trx) });
    } catch {
      return null;
    }
  }
  return outcomes;
}

async function runInSavepoints(trx: ControlledTransaction<Database>, batch: Queued[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const item of batch) outcomes.push(await runInSavepoint(trx, item.work));
  return outcomes;
}

/** SQLite may have rolled the transaction back already (a full disk). */
async function rollBack(trx: ControlledTransaction<Database>): Promise<void> {
  await trx.rollback().execute().catch(() => undefined);
}

async function runInSavepoint(trx: ControlledTransaction<Database>, work: Queued['work']): Promise<Outcome> {
  const point = await trx.savepoint('work').execute();
  try {
    const value = await work(point);
    await point.releaseSavepoint('work').execute();
    return { ok: true, value };
  } catch (error) {
    try {
      await point.rollbackToSavepoint('work').execute();
      await point.releaseSavepoint('work').execute();
    } catch {
      // SQLite gave up the whole transaction (a full disk, an I/O error): the batch fails with
      // the work's own error, which says why.
      throw error;
    }
    return { ok: false, error };
  }
}
