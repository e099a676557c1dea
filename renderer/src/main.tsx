import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './bridge';
import { App } from './components/App';
import { AppContext, type AppServices } from './state/context';
import { LibraryStore } from './state/library-store';
import { queryFromSearch } from './lib/url-query';
import { NoticeStore } from './state/notices';
import { syncQueryToUrl } from './state/url-sync';
import './styles/theme.css';
import './styles/layout.css';
import './styles/grid.css';
import './styles/detail.css';
import './styles/dialogs.css';
import './styles/library-folders.css';

const client = createClient();
const services: AppServices = { client, library: new LibraryStore(client, queryFromSearch(location.search)), notices: new NoticeStore() };
syncQueryToUrl(services.library);
services.library.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext.Provider value={services}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);
