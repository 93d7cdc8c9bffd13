// Mandate switcher: filtering 500 identities per keystroke, from setting the filter value to the updated render.
import '../src/entries/mandate-switcher.js';
import type { LoketMandateSwitcher } from '../src/components/mandate-switcher/mandate-switcher.js';
import type { Authorization, Entity, Profile } from '../src/data/identity.js';
import { medianMs, percentile, report, type BenchRow } from './support.js';

const N = 500;

function profile(): Profile {
  const identities: Authorization[] = [{ loginHint: 'self' }];
  for (let i = 1; i < N; i += 1) {
    const onBehalfOf: Entity =
      i % 10 === 0
        ? { code: 'VER', name: `Vzw Buurtwerk ${i}`, identifier: `V${String(i).padStart(7, '0')}` }
        : { code: 'EA', name: `${i % 3 === 0 ? 'Poetsdienst' : 'Schoonmaak'} Peeters ${i} BV – vestiging ${i % 7 === 0 ? 'Gent' : 'Antwerpen'}`, identifier: String(400000000 + i * 1237) };
    identities.push({ onBehalfOf, loginHint: `id-${i}` });
  }
  return { active: true, user: { firstName: 'Jan', name: 'Janssens' }, identities };
}

async function run(): Promise<BenchRow[]> {
  const el = document.createElement('loket-mandate-switcher') as LoketMandateSwitcher;
  el.profile = profile();
  document.body.append(el);
  await el.updateComplete;
  await el.show();
  const field = el.shadowRoot!.querySelector('input')!;
  const popup = el.shadowRoot!.querySelector<HTMLElement>('.popup')!;
  // Setting the value, Lit's update, then a forced style + layout pass: what the next frame must do.
  const type = async (value: string) => {
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    void popup.offsetHeight;
  };
  // A person typing "schoonmaak peeters 4", then deleting it again: every keystroke is one measurement.
  const word = 'schoonmaak peeters 4';
  const steps = [...[...word].map((_, i) => word.slice(0, i + 1)), ...[...word].map((_, i) => word.slice(0, word.length - i - 1))];
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const value of steps) {
      const start = performance.now();
      await type(value);
      times.push(performance.now() - start);
    }
  }
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  // The worst single keystroke: from nothing to "s" (every row matches; the capped list is rebuilt).
  const first = await medianMs(async () => {
    await type('');
    await type('s');
  }, 9);
  const open = await medianMs(async () => {
    el.hide();
    await el.updateComplete;
    await el.show();
    void popup.offsetHeight;
  }, 9);
  if (el.shadowRoot!.querySelectorAll('[role=option]').length === 0) throw new Error('nothing rendered');
  return [
    { name: `mandate switcher: filter ${N} identities, per keystroke (median)`, value: median, unit: 'ms', budget: 16 },
    { name: `mandate switcher: filter ${N} identities, per keystroke (p95)`, value: p95, unit: 'ms', budget: 16 },
    { name: `mandate switcher: clear + first keystroke on ${N} identities`, value: first, unit: 'ms', budget: 16 },
    { name: `mandate switcher: open the list with ${N} identities`, value: open, unit: 'ms' },
  ];
}

report(run());
