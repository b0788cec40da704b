// Where the build puts lookup's precomputed data (scripts/build-lookup.ts), relative to the package.
export const LOOKUP_INDEX_JSON = 'dist/lookup-index.json';
export const HAN_TABLE_JSON = 'dist/han-t2s.json';
