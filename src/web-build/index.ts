// Re-exports the web bundler.
export { bundleWeb, defaultBundleWebOptions, type BundleWebOptions, type BundleWebResult } from './bundle-web';
export { isWebDistStale } from './web-dist-stale';
