// The YAML schema playbooks are read with: YAML 1.2 core (null, booleans, numbers; everything
// else a string, so `no:` stays the language tag for Norwegian and dates stay text), resolved
// faster. js-yaml's CORE schema asks four resolvers about every plain scalar; in a playbook
// nearly all of them are words, which none of the four can start with. One gate on the first
// character saves about a quarter of the parse. Pure.
import * as jsyaml from 'js-yaml';

type ScalarType = { resolve(data: string): boolean; construct(data: string): unknown };
const { FAILSAFE_SCHEMA, Type } = jsyaml;
// `types` is exported by js-yaml 4 but missing from @types/js-yaml.
const types = (jsyaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', ScalarType & jsyaml.Type> }).types;

const CORE = [types.null, types.bool, types.int, types.float] as const;

/** Whether a plain scalar can be null, a boolean or a number: `~ n N t T f F + - . 0-9`. */
function mayBeCore(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

let resolved: ScalarType = types.null; // set by resolve, read by the construct js-yaml calls right after

const coreScalar = new Type('tag:yaml.org,2002:core-scalar', {
  kind: 'scalar',
  resolve(data: string | null) {
    if (data === null || data.length === 0 || !mayBeCore(data.charCodeAt(0))) return false;
    for (const t of CORE)
      if (t.resolve(data)) {
        resolved = t;
        return true;
      }
    return false;
  },
  construct: (data: string) => resolved.construct(data),
});

export const PLAYBOOK_YAML_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar], explicit: [...CORE] });
