// Turning places in a file (offsets, data paths, substrings) into findings with line:col.
import type { LineIndex } from '../playbook/lines.ts';
import type { Path } from '../playbook/parse.ts';
import { codeInfo, type Code } from './codes.ts';
import type { Finding } from './finding.ts';
import type { SourceFile } from './source.ts';

/** A finding at a span of a file's text, with the code's severity. */
export function findingAt(file: { path: string; lines: LineIndex }, span: { start: number; end: number }, code: Code, message: string): Finding {
  const a = file.lines.position(span.start);
  const b = file.lines.position(Math.max(span.end, span.start));
  return {
    file: file.path,
    line: a.line,
    column: a.column,
    ...(b.line === a.line && b.column > a.column ? { endLine: b.line, endColumn: b.column } : {}),
    severity: codeInfo(code).severity,
    code,
    message,
  };
}

/** A finding at the node (or key) at `path` of a file's data. */
export function findingAtPath(file: SourceFile, path: Path, code: Code, message: string, part: 'key' | 'value' = 'value'): Finding {
  return findingAt(file, file.span(path, part), code, message);
}

/** A finding at the first occurrence of `needle` inside the string at `path`; the whole value when not found verbatim (escapes, folding). */
export function findingInText(file: SourceFile, path: Path, needle: string, code: Code, message: string): Finding {
  const span = file.span(path, 'value');
  const at = needle === '' ? -1 : file.text.indexOf(needle, span.start);
  if (at !== -1 && at + needle.length <= span.nodeEnd) return findingAt(file, { start: at, end: at + needle.length }, code, message);
  return findingAt(file, span, code, message);
}

/** A finding for a whole file, at its first line. */
export function fileFinding(path: string, code: Code, message: string, line = 1, column = 1): Finding {
  return { file: path, line, column, severity: codeInfo(code).severity, code, message };
}

