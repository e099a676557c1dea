// What Kodi's JSON-RPC answers about shows, seasons and episodes, as far as the real-Kodi test reads it.

export interface KodiShow {
  tvshowid: number;
  title: string;
  originaltitle: string;
  sorttitle: string;
  year: number;
  premiered: string;
  plot: string;
  genre: string[];
  uniqueid: Record<string, string>;
  episode: number;
  season: number;
  file: string;
  art: Record<string, string>;
  cast: Array<{ name: string; role: string; order: number; thumbnail?: string }>;
  mpaa: string;
}
export interface KodiSeason {
  tvshowid: number;
  title: string;
  season: number;
  episode: number;
  art: Record<string, string>;
}
export interface KodiEpisode {
  tvshowid: number;
  title: string;
  season: number;
  episode: number;
  file: string;
  firstaired: string;
  uniqueid: Record<string, string>;
  art: Record<string, string>;
}
