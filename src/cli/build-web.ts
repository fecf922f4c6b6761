// `npm run build:web`: bundles the UI into web/dist and reports the script's gzipped size.
import { bundleWeb } from '../web-build';

bundleWeb()
  .then(({ files, gzipBytes }) => console.log(`wrote ${files.length} files; app.js is ${(gzipBytes / 1024).toFixed(1)} KB gzipped`))
  .catch((err: unknown) => {
    console.error(`sift build:web: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
