import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_settings';
import { migration0003 } from './0003_nfo_metadata';
import { migration0004 } from './0004_episode_details';
import { migration0007 } from './0007_watch';
import { migration0008 } from './0008_identification';
import { migration0009 } from './0009_broken_artwork';
import { migration0011 } from './0011_written_files';
import { migration0012 } from './0012_missing_episodes';
import { migration0014 } from './0014_artwork_fetch';
import { migration0015 } from './0015_artwork_versions';
import { migration0016 } from './0016_episode_ids';
import { migration0017 } from './0017_drop_episodes_series_index';
import { migration0018 } from './0018_unreadable_paths';
import { migration0019 } from './0019_episode_nfo_problem';
import { migration0020 } from './0020_series_folder_name_index';
import { migration0021 } from './0021_series_name_keys';
import { migration0022 } from './0022_kept_out_folders';
import { migration0023 } from './0023_away_series_index';
import { migration0024 } from './0024_cast';
import { migration0025 } from './0025_season_names';
import { migration0026 } from './0026_content_rating';
import { migration0027 } from './0027_tmdb_companion';
import { migration0028 } from './0028_artwork_retry';
import { migration0029 } from './0029_provider_refresh';
import type { Migration } from './migration';

export type { Migration } from './migration';

// Listed statically: the packaged app has no migrations folder to scan.
export const migrations: readonly Migration[] = [
  migration0001, migration0002, migration0003, migration0004, migration0007, migration0008, migration0009, migration0011, migration0012, migration0014, migration0015, migration0016,
  migration0017, migration0018, migration0019, migration0020, migration0021, migration0022, migration0023, migration0024, migration0025, migration0026, migration0027, migration0028,
  migration0029,
];
