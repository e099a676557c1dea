import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './bridge';
import { App } from './components/App';
import { AppContext, type AppServices } from './state/context';
import { LibraryStore } from './state/library-store';
import { MissingStore } from './state/missing-store';
import { queryFromSearch } from './lib/url-query';
import { NoticeStore } from './state/notices';
import { syncQueryToUrl } from './state/url-sync';
import './styles/theme.css';
import './styles/layout.css';
import './styles/grid.css';
import './styles/detail.css';
import './styles/dialogs.css';
import './styles/library-folders.css';
import './styles/missing.css';

const client = createClient();
const services: AppServices = {
  client, library: new LibraryStore(client, queryFromSearch(location.search)), notices: new NoticeStore(), missing: new MissingStore(client),
};
syncQueryToUrl(services.library);
services.library.start();
services.missing.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext.Provider value={services}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
