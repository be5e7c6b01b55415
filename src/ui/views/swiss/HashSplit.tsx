// The last probe: the key's hash in hex and in binary, cut into the directory bits, H1 (with the
// low bits that choose the first group) and H2, then the groups visited in order and the ending.
import { goroutineColor } from '../goroutine-colors.ts';
import type { BitField, ProbeView } from './probe-model.ts';

const roleName: Record<BitField['role'], string> = { dir: 'directory', h1: 'H1', group: 'group', h2: 'H2' };

/** What each run of bits does, in one sentence. */
function explain(v: ProbeView): string {
  const p = v.probe;
  const parts: string[] = [];
  if (v.dirBits > 0) parts.push(`the top ${v.dirBits} bit${v.dirBits === 1 ? '' : 's'} pick directory entry ${p.dirIndex}`);
  if (p.table >= 0) {
    parts.push(`H1 = hash >> 7 = ${v.h1Hex}; its low ${v.groupBits} bit${v.groupBits === 1 ? '' : 's'} (${p.groups[0] ?? 0}) pick the first of ${v.ngroups} groups`);
  } else {
    parts.push('H1 is not used: a small map has one group');
  }
  parts.push(`H2 = hash & 0x7f = ${v.h2Hex} is what a full slot's control byte holds`);
  return parts.join('; ') + '.';
}

export function HashSplit({ v }: { v: ProbeView }) {
  const p = v.probe;
  return (
    <section className={`swiss-probe${v.stale ? ' stale' : ''}`} aria-label="Last probe" data-testid="swiss-probe">
      <div className="swiss-probe-title">
        <span className="swiss-probe-who" style={{ borderColor: goroutineColor(p.g) }}>
          g{p.g}
        </span>{' '}
        <strong>{p.op}</strong> probe for key <code>{v.key}</code> · hash <code data-testid="swiss-hash-hex">{v.hashHex}</code> · H1{' '}
        <code>{v.h1Hex}</code> · H2 <code data-testid="swiss-h2">{v.h2Hex}</code>
      </div>
      <div className="swiss-bits" data-testid="swiss-bits" aria-label={`hash bits: ${v.fields.map((f) => `${roleName[f.role]} ${f.bits}`).join(', ')}`}>
        {v.fields.map((f) => (
          <span key={f.role} className={`swiss-bitfield ${f.role}`} data-role={f.role}>
            <span className="swiss-bitfield-bits">{f.bits}</span>
            <span className="swiss-bitfield-name">{roleName[f.role]}</span>
          </span>
        ))}
      </div>
      <div className="swiss-bits-note">{explain(v)}</div>
      <div className="swiss-probe-path" data-testid="swiss-probe-path">
        <span className="swiss-probe-where">{v.where}:</span>{' '}
        {p.table >= 0 ? (
          <ol className="swiss-probe-groups" aria-label="groups visited in probe order">
            {p.groups.map((g, i) => (
              <li key={i} data-group={g}>
                <span className="swiss-probe-badge">{i + 1}</span> group {g}
              </li>
            ))}
          </ol>
        ) : null}{' '}
        <span className="swiss-probe-end" data-testid="swiss-probe-end">
          {v.ending}
        </span>
      </div>
      {v.staleText && <div className="swiss-probe-stale">Since then {v.staleText}.</div>}
    </section>
  );
}
