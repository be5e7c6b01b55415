// Outcome tallies per strategy over the latest repeated runs: detected by Go's check, silent damage found afterwards, or clean.
import { STRATEGY_NAMES } from '../../lab/strategies/index.ts';
import { formatRate, meanThroughput, tally } from './lab-model.ts';
import { useLab } from './lab-store.ts';
import { STRATEGY_INFO } from './strategy-info.ts';

export function OutcomeTallies() {
  const batches = useLab((s) => s.batches);
  const names = STRATEGY_NAMES.filter((n) => batches[n]?.length);
  return (
    <section className="lab-tallies" aria-labelledby="lab-tallies-title">
      <h3 id="lab-tallies-title">What happened to the map</h3>
      <p className="lab-hint">
        After every run the lab walks the map’s buckets and overflow chains and looks up every key a worker wrote:
        lost inserts, keys stored twice, broken chains and a wrong count are <em>silent damage</em> — no error was
        raised. As in Go, where <code>fatal error: concurrent map writes</code> ends the whole program, a detection
        stops every worker at once.
      </p>
      {names.length === 0 ? <p className="lab-hint">No runs yet.</p> : (
        <table className="lab-table" aria-label="Outcomes by strategy">
          <thead>
            <tr><th scope="col">strategy</th><th scope="col">runs</th><th scope="col">detected (fatal error)</th><th scope="col">silent damage</th><th scope="col">clean</th><th scope="col">other</th><th scope="col">mean ops/s</th></tr>
          </thead>
          <tbody>
            {names.map((n) => {
              const t = tally(batches[n]!);
              return (
                <tr key={n} data-strategy={n}>
                  <th scope="row">{STRATEGY_INFO[n].title}</th>
                  <td>{t.runs}</td>
                  <td>{t.detected}</td>
                  <td>{t.damaged}</td>
                  <td>{t.clean}</td>
                  <td>{t.other}</td>
                  <td>{formatRate(meanThroughput(batches[n]!))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {names.map((n) => {
        const t = tally(batches[n]!);
        const fatals = Object.entries(t.fatals);
        if (fatals.length === 0 && t.damageExamples.length === 0 && !(n === 'none' && t.clean > 0)) return null;
        return (
          <div key={n} className="lab-findings" aria-label={`Findings for ${n}`}>
            <h4>{STRATEGY_INFO[n].title}: out of {t.runs} runs, {t.detected} detected, {t.damaged} silently damaged, {t.clean} clean</h4>
            {fatals.length > 0 && (
              <ul className="lab-fatals">{fatals.map(([f, k]) => <li key={f}><code>{f}</code> × {k}</li>)}</ul>
            )}
            {n === 'none' && t.clean > 0 && (
              <p className="lab-hint">
                A clean unprotected run only means the threads did not collide in a way that left a trace this
                time (often one worker simply got ahead of the other). Go’s check is best effort: it never
                promises to catch a race, and the map is no safer for having survived.
              </p>
            )}
            {t.damageExamples.length > 0 && (
              <>
                <p>Damage found:</p>
                <ul>{t.damageExamples.map((e) => <li key={e}>{e}</li>)}</ul>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
