import { AnishelfError } from '../errors';
import { readNfoDate } from './dates';
import { setSingle } from './edit';
import { setUniqueIds } from './merge-ids';
import { parseNfoXml } from './parse-xml';
import { serializeDocument } from './serialize';
import { BLOCKING_PROBLEMS } from './types';
import { attrOf, childElements, element, firstChild, textOf } from './xml-tree';
import type { XmlElement, XmlNode } from './xml-tree';

/**
 * One episode of a video file, as Kodi's `<episodedetails>` holds it. A missing key leaves the
 * element as it is; null removes it. Season and episode say which `<episodedetails>` it is.
 */
export interface EpisodeFields {
  season: number;
  episode: number;
  title?: string | null;
  plot?: string | null;
  /** YYYY-MM-DD. */
  aired?: string | null;
  /** The episode's own provider id (Kodi stores `<uniqueid>` as the episode's id). */
  uniqueId?: { type: string; value: string } | null;
  /** A still of the episode (TMDB's), which Kodi shows as the episode's thumbnail. */
  thumb?: string | null;
}

/**
 * Writes the `<episodedetails>` of one video file: one element per episode, in episode order, as
 * Kodi expects of a multi-episode file. An existing file is merged: each episode updates the
 * element with its season and episode numbers, and every other element, attribute and comment is
 * kept. An element with `<lockdata>true</lockdata>` is left as it is. Returns `existingText`
 * itself when nothing changes. Throws NFO_INVALID for a file that is not a Kodi episode NFO
 * (a scene release's text .nfo, a movie NFO): it is never rewritten.
 */
export function mergeEpisodeNfo(existingText: string | null, episodes: readonly EpisodeFields[]): string {
  validate(episodes);
  const fresh = existingText === null || existingText.trim() === '';
  const nodes: XmlNode[] = fresh ? [] : openEpisodes(existingText);
  const newline = !fresh && existingText.includes('\r\n') ? '\r\n' : '\n';
  let changed = false;
  for (const wanted of [...episodes].sort((a, b) => a.season - b.season || a.episode - b.episode)) {
    const roots = nodes.filter((n): n is XmlElement => n.kind === 'element');
    let target = roots.find((el) => numberOf(el, 'season') === wanted.season && numberOf(el, 'episode') === wanted.episode);
    if (!target) {
      target = element('episodedetails');
      // Kodi pairs a file's episodes with its <episodedetails> in order: keep them sorted.
      const after = roots.filter((el) => order(el) < wanted.season * 100_000 + wanted.episode).at(-1);
      nodes.splice(after ? nodes.indexOf(after) + 1 : indexOfFirstRoot(nodes), 0, target);
      changed = true;
    }
    if (isLocked(target)) continue;
    changed = applyFields(target, wanted) || changed;
  }
  if (!fresh && !changed) return existingText;
  return serializeDocument(nodes, '', newline);
}

function applyFields(el: XmlElement, fields: EpisodeFields): boolean {
  const changes = [
    setSingle(el, 'title', fields.title),
    setSingle(el, 'season', String(fields.season)),
    setSingle(el, 'episode', String(fields.episode)),
    setSingle(el, 'plot', fields.plot),
    setUniqueId(el, fields.uniqueId),
    setSingle(el, 'aired', fields.aired),
    setSingle(el, 'thumb', fields.thumb),
  ];
  return changes.includes(true);
}

/** The episode's id of one provider; another provider's id (a user's tvdb id) stays, and its default too. */
function setUniqueId(el: XmlElement, id: EpisodeFields['uniqueId']): boolean {
  if (id === undefined) return false;
  if (id === null) return setSingle(el, 'uniqueid', null);
  const type = id.type.trim().toLowerCase();
  const otherDefault = childElements(el, 'uniqueid').some((u) => (attrOf(u, 'type') ?? '').trim().toLowerCase() !== type && attrOf(u, 'default')?.trim().toLowerCase() === 'true');
  return setUniqueIds(el, { [type]: id.value }, otherDefault ? undefined : type);
}

function openEpisodes(text: string): XmlNode[] {
  const xml = parseNfoXml(text.replace(/^\uFEFF/, ''));
  const blocking = xml.problems.find((p) => BLOCKING_PROBLEMS.has(p.code));
  if (blocking) throw notKodi(blocking.message);
  if (xml.tail.trim() !== '') throw notKodi('it has text after its XML.');
  if (xml.roots.length === 0) throw notKodi('it holds no XML details.');
  const other = xml.roots.find((root) => root.name.toLowerCase() !== 'episodedetails');
  if (other) throw notKodi(`it holds <${other.name}>, not <episodedetails>.`);
  return xml.nodes;
}

function notKodi(reason: string): AnishelfError {
  return new AnishelfError('NFO_INVALID', `This .nfo is not a Kodi episode NFO that Anishelf can merge, so it is left as it is: ${reason}`);
}

function numberOf(el: XmlElement, name: string): number | null {
  const child = firstChild(el, name);
  const value = child ? Number(textOf(child)) : NaN;
  return Number.isInteger(value) ? value : null;
}

function order(el: XmlElement): number {
  return (numberOf(el, 'season') ?? 0) * 100_000 + (numberOf(el, 'episode') ?? 0);
}

function indexOfFirstRoot(nodes: XmlNode[]): number {
  const first = nodes.findIndex((n) => n.kind === 'element');
  return first < 0 ? nodes.length : first;
}

function isLocked(el: XmlElement): boolean {
  const lock = firstChild(el, 'lockdata');
  return lock !== undefined && textOf(lock).toLowerCase() === 'true';
}

function validate(episodes: readonly EpisodeFields[]): void {
  const bad = (message: string) => new AnishelfError('NFO_FIELDS', message);
  if (episodes.length === 0) throw bad('An episode NFO needs at least one episode.');
  for (const e of episodes) {
    if (!Number.isInteger(e.season) || e.season < 0 || !Number.isInteger(e.episode) || e.episode < 0) {
      throw bad(`Season ${e.season} episode ${e.episode} is not a pair of whole numbers.`);
    }
    if (e.aired != null && e.aired !== '') {
      const reading = readNfoDate(e.aired);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(e.aired) || !reading.ok || reading.date !== e.aired) {
        throw bad(`The air date "${e.aired}" is not a real date in YYYY-MM-DD form.`);
      }
    }
  }
}
