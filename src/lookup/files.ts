// Where the build puts lookup's precomputed data (scripts/build-lookup.ts), relative to the package.
export const LOOKUP_INDEX_JSON = 'dist/lookup-index.json';
export const HAN_TRADITIONAL_TXT = 'dist/han-traditional.txt';
