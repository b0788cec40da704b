// The one set of ajv options, shared by the build-time standalone compile and the run-time
// fallback, so both validators behave the same.
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  // `type: [string, array]` for text that is one string or a list of variants.
  allowUnionTypes: true,
} as const;
