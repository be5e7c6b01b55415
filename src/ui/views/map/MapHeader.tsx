// The hmap header of one map: count, B, overflow, hash0, the evacuation pointer, and the flags
// bit by bit, hashWriting lit in the colour of the goroutine whose write set it.
import { memo } from 'react';
import { goroutineColor, goroutineTint } from '../goroutine-colors.ts';
import type { HeaderModel } from './map-model.ts';

export const MapHeader = memo(function MapHeader({ h }: { h: HeaderModel }) {
  return (
    <div className="map-header">
      <dl className="map-fields">
        <Field name="count" value={h.count} />
        <Field name="B" value={`${h.B} (${h.nbuckets} buckets)`} />
        <Field name="noverflow" value={h.noverflow} />
        <Field name="hash0" value={h.hash0} />
        {h.nevacuate !== null && <Field name="nevacuate" value={`${h.nevacuate} of ${h.oldNbuckets}`} />}
      </dl>
      <div className="map-flags" role="group" aria-label={`flags = ${h.flagsText}`}>
        <span className="map-flags-label">flags</span>
        {h.flags.map((f) => {
          const lit = f.set && f.name === 'hashWriting';
          return (
            <span
              key={f.name}
              className={`map-flag${f.set ? ' map-flag-set' : ''}${lit ? ' map-flag-writing' : ''}`}
              data-flag={f.name}
              data-set={f.set ? 'true' : 'false'}
              style={lit ? { background: goroutineTint(f.g, 0.9), borderColor: goroutineColor(f.g), color: '#fff' } : undefined}
              title={f.set ? `${f.name} is set` : `${f.name} is clear`}
            >
              {f.name}
              {lit && f.g > 0 ? ` (g${f.g})` : ''}
              <span className="visually-hidden">{f.set ? ' set' : ' clear'}</span>
            </span>
          );
        })}
      </div>
      {h.inWindow.length > 0 && (
        <p className="map-writers">
          Inside a write:{' '}
          {h.inWindow.map((g) => (
            <span key={g} className="map-writer" style={{ color: goroutineColor(g) }}>
              g{g}{' '}
            </span>
          ))}
          {h.inWindow.length > 1 && <strong className="map-collision">— two writers at once</strong>}
        </p>
      )}
    </div>
  );
});

function Field({ name, value }: { name: string; value: string | number }) {
  return (
    <div className="map-field">
      <dt>{name}</dt>
      <dd data-field={name}>{value}</dd>
    </div>
  );
}
