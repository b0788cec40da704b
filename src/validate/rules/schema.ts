// The JSON Schema check, with ajv's errors turned into findings people can act on: the key
// that is wrong (not its parent), a "did you mean", and what the key is for (from the schema's
// own descriptions). Pure: the compiled validator comes in through the context.
import schemaJson from '../../../schema/playbook.schema.json' with { type: 'json' };
import type { Path } from '../../playbook/parse.ts';
import { findingAtPath } from '../at.ts';
import type { Code } from '../codes.ts';
import type { Finding } from '../finding.ts';
import type { Rule, SchemaError } from '../rule.ts';
import type { SourceFile } from '../source.ts';
import { closest, didYouMean } from '../suggest.ts';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  $ref?: string;
}

const DEFINITIONS = (schemaJson as unknown as { definitions: Record<string, SchemaNode> }).definitions;

/**
 * The schema definition that governs a path of the data. ajv reports `schemaPath` relative to
 * the referenced definition, so walk the schema along the instance path instead.
 */
function definitionAt(kind: SourceFile['kind'], path: Path): { name: string; node: SchemaNode } | undefined {
  let name = kind === 'cases' ? 'caseFile' : 'playbook';
  let node: SchemaNode | undefined = DEFINITIONS[name];
  const deref = () => {
    while (node?.$ref) {
      name = node.$ref.replace('#/definitions/', '');
      node = DEFINITIONS[name];
    }
  };
  deref();
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'string' && node.properties?.[seg]) node = node.properties[seg];
    else if (typeof seg === 'number' && node.items) node = node.items;
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else return undefined;
    deref();
  }
  return node ? { name, node } : undefined;
}

const LABELS: Record<string, string> = {
  playbook: 'the playbook',
  caseFile: 'a case file',
  technique: 'a technique',
  objection: 'an objection',
  response: 'a response',
  persona: 'a persona',
  case: 'a case',
  looseCase: 'a case',
  text: 'a localised text',
  variants: 'a localised text',
};

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Pointer → path, with list indices as numbers (the locator tells lists from mappings by them). */
function toPath(data: unknown, pointer: string): { path: Path; value: unknown } {
  const path: (string | number)[] = [];
  let cur: unknown = data;
  for (const seg of segments(pointer)) {
    if (Array.isArray(cur)) {
      path.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      path.push(seg);
      cur = cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return { path, value: cur };
}

function typeName(v: unknown): string {
  if (v === undefined || v === null) return 'empty (no value after the `:`)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return `\`${v}\` (true/false)`;
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'a mapping (`key: value` lines)',
  'string,array': 'a string or a list of strings',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function describeKey(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') return `item ${last + 1} of \`${String(path[path.length - 2] ?? '')}\``;
  return `\`${last}\``;
}

const LOCALISED = new Set(['title', 'name', 'summary', 'cues', 'risk', 'text', 'aliases', 'motto', 'note', 'description']);

function kebab(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function finding(file: SourceFile, path: Path, code: Code, message: string, part: 'key' | 'value' = 'value'): Finding {
  return findingAtPath(file, path, code, message, part);
}

function mapError(file: SourceFile, err: SchemaError): Finding | undefined {
  const { path, value } = toPath(file.data, err.instancePath);
  const at = definitionAt(file.kind, path);
  const def = at?.name;
  const label = (def && LABELS[def]) ?? 'this mapping';
  const params = err.params;
  switch (err.keyword) {
    case 'if':
      return undefined; // reported through the branch that failed
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(at?.node.properties ?? {});
      const hint = closest(key, known);
      const tail = hint ? ` Did you mean \`${hint}\`?` : known.length ? ` Known keys here: ${known.join(', ')}.` : '';
      return finding(file, [...path, key], 'unknown-key', `unknown key \`${key}\` in ${label}.${tail}`, 'key');
    }
    case 'required': {
      const key = String(params.missingProperty);
      if (def === 'playbook' && path.length === 0 && key === 'parry')
        return finding(file, [], 'missing-key', 'add `parry: 1` as the first key: it says which format the file is in (a file that holds only `cases:` needs nothing else).');
      const about = at?.node.properties?.[key]?.description;
      return finding(file, path, 'missing-key', `${label} needs \`${key}:\`${about ? ` (${about.replace(/\.$/, '')})` : ''}.`, 'key');
    }
    case 'type': {
      const expected = String(params.type);
      const key = describeKey(path);
      const parentField = path.length >= 2 ? String(path[path.length - 2]) : '';
      let advice = '';
      if (expected === 'object' && LOCALISED.has(String(path[path.length - 1])))
        advice = ` Write it per language, e.g. \`${String(path[path.length - 1])}: { en: … }\`.`;
      else if (expected === 'string' && Array.isArray(value) && LOCALISED.has(parentField))
        advice = ' Only `text` of objections, `aliases` and `cues` take lists of variants; here write one string.';
      else if (expected === 'array' && typeof value === 'string') advice = ` Write it as a list: \`[${value}]\`.`;
      return finding(file, path, 'wrong-type', `${key} must be ${EXPECTED[expected] ?? expected}, but is ${typeName(value)}.${advice}`);
    }
    case 'const':
      if (path.length === 1 && path[0] === 'parry') {
        if (value === '1' || value === '1.0')
          return finding(file, path, 'wrong-type', 'write `parry: 1` as a number, without quotes.');
        return finding(
          file,
          path,
          'unsupported-version',
          `this file is format ${JSON.stringify(value)}, but this version of Parry reads format 1; write \`parry: 1\` (or upgrade Parry if the file is newer).`,
        );
      }
      return finding(file, path, 'invalid-value', `${describeKey(path)} must be ${JSON.stringify(params.allowedValue)}.`);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const what = path[path.length - 1] === 'family' ? 'a technique family' : 'an allowed value';
      return finding(
        file,
        path,
        'invalid-value',
        `\`${String(value)}\` is not ${what}.${didYouMean(String(value), allowed)} Allowed: ${allowed.join(', ')}.`,
      );
    }
    case 'pattern': {
      if (err.propertyName !== undefined) return undefined; // reported by its `propertyNames` error
      if (def === 'lang') return finding(file, path, 'invalid-locale', `\`${String(value)}\` is not a BCP 47 language tag; use tags such as \`en\`, \`zh\`, \`zh-Hant\`, \`ru\`, \`fa\`.`);
      const suggestion = kebab(String(value));
      const qualified = def === 'objectionRef' ? ' (or `playbook-id/objection-id`)' : '';
      return finding(
        file,
        path,
        'invalid-id',
        `\`${String(value)}\` is not a kebab-case id${qualified}: lower-case letters and digits joined by single hyphens.${suggestion && suggestion !== value ? ` Write \`${suggestion}\`.` : ''}`,
      );
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      // `{ ru: Лицо, принимающее решение }`: the comma ended the value and the rest became a key.
      const keyValue = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      const split =
        keyValue === null || /[\s\u0080-\uffff]/.test(key) ? ' It looks like text split at a comma inside `{ … }`: quote text that contains commas.' : '';
      return finding(
        file,
        [...path, key],
        'invalid-locale',
        `\`${key}\` is not a BCP 47 language tag; keys of localised text are languages such as \`en\`, \`zh\`, \`zh-Hant\`, \`ru\`, \`fa\`.${split}`,
        'key',
      );
    }
    case 'minLength':
      return finding(file, path, 'empty-text', `${describeKey(path)} is empty; write the text or remove the key.`);
    case 'minItems':
      return finding(file, path, 'empty-text', `${describeKey(path)} is an empty list; give at least one variant or remove the key.`);
    case 'minProperties':
      return finding(file, path, 'empty-text', `${describeKey(path)} has no languages; add one (e.g. \`en: …\`) or remove the key.`, 'key');
    case 'uniqueItems': {
      const j = Number(params.j);
      const i = Number(params.i);
      const list = Array.isArray(value) ? value : [];
      return finding(
        file,
        [...path, Math.max(i, j)],
        'duplicate-item',
        `\`${String(list[Math.max(i, j)])}\` is listed twice in ${describeKey(path)} (items ${Math.min(i, j) + 1} and ${Math.max(i, j) + 1}); remove one.`,
      );
    }
    default:
      return finding(file, path, 'invalid-value', `${describeKey(path)} ${err.message ?? 'is not valid'}.`);
  }
}

export const schemaRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files) {
    if (ctx.schema(file.data)) continue;
    const seen = new Set<string>();
    const errors = ctx.schema.errors ?? [];
    // A key that is not a language tag: its value's own errors would only repeat the finding.
    const badKeys = new Set(errors.filter((e) => e.keyword === 'propertyNames').map((e) => `${e.instancePath}/${String(e.params.propertyName).replace(/~/g, '~0').replace(/\//g, '~1')}`));
    for (const err of errors) {
      if (badKeys.has(err.instancePath)) continue;
      const f = mapError(file, err);
      if (!f) continue;
      const key = `${f.line}:${f.column}:${f.code}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
};
