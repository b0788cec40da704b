// Ids are how playbooks refer to each other, so two things with one id make references
// ambiguous. Playbook, technique and persona ids are unique among everything loaded (and a core
// technique id may not be reused); objection ids are unique within their playbook. Pure.
import type { Playbook } from '../../playbook/model.ts';
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { definitions } from '../shape.ts';

function origin(pb: Playbook): string {
  if (pb.builtin && pb.id === 'core') return 'the core vocabulary (built in)';
  return pb.builtin ? `the built-in playbook \`${pb.id}\`` : `playbook \`${pb.id}\`${pb.file ? ` (${pb.file})` : ''}`;
}

export const duplicateIdsRule: Rule = (ctx) => {
  const out: Finding[] = [];
  const first = new Map<string, { where: () => string; core: boolean }>();
  for (const pb of ctx.context) {
    const where = () => origin(pb);
    if (!first.has(`playbook:${pb.id}`)) first.set(`playbook:${pb.id}`, { where, core: false });
    for (const t of pb.techniques) if (!first.has(`technique:${t.id}`)) first.set(`technique:${t.id}`, { where, core: pb.builtin === true && pb.id === 'core' });
    for (const p of pb.personas) if (!first.has(`persona:${p.id}`)) first.set(`persona:${p.id}`, { where, core: false });
  }
  for (const file of ctx.files) {
    // Positions are looked up only for what is reported: locating every id would cost a second parse.
    const lineOf = (path: readonly (string | number)[]) => file.lines.position(file.span(path).start).line;
    const objections = new Map<string, readonly (string | number)[]>();
    for (const def of definitions(file.data)) {
      if (def.kind === 'objection') {
        const prev = objections.get(def.id);
        if (prev === undefined) objections.set(def.id, def.path);
        else
          out.push(
            findingAtPath(file, def.path, 'duplicate-id', `objection id \`${def.id}\` is already used on line ${lineOf(prev)} of this playbook; give each objection its own id.`),
          );
        continue;
      }
      const key = `${def.kind}:${def.id}`;
      const prev = first.get(key);
      if (!prev) {
        first.set(key, { where: () => `${file.path}:${lineOf(def.path)}`, core: false });
        continue;
      }
      const message = prev.core
        ? `technique id \`${def.id}\` belongs to the core vocabulary; a playbook may not redefine a core technique. Use the core one (just refer to \`${def.id}\`) or pick another id.`
        : `${def.kind} id \`${def.id}\` is already defined by ${prev.where()}; ${def.kind} ids must be unique among the playbooks loaded together. Rename one of them.`;
      out.push(findingAtPath(file, def.path, 'duplicate-id', message));
    }
  }
  return out;
};
