import type { Authorization, Entity, Profile } from '../../src/data/identity.js';

/** Sofie Peeters: herself, two companies (one with a branch) and an association. */
export const self: Authorization = { onBehalfOf: { code: 'BUR', name: 'Peeters', firstName: 'Sofie' }, loginHint: 'self' };
export const company: Authorization = {
  onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV', identifier: '456789123' },
  loginHint: 'ea-0456789123',
};
export const branch: Authorization = {
  onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV – vestiging Gent', identifier: '2.145.678.901' },
  loginHint: 'ea-2145678901',
};
export const helpCompany: Authorization = {
  onBehalfOf: { code: 'EA', name: 'Dienstenbedrijf Hulp aan Huis NV', identifier: '0812.345.678' },
  loginHint: 'ea 0812/345&678',
};
export const association: Authorization = {
  onBehalfOf: { code: 'VER', name: 'Vzw Buurtwerk De Brug', identifier: 'V0012345' },
  loginHint: 'ver-V0012345',
};

export const citizen = (identities: Authorization[] = [self, company, branch, helpCompany, association]): Profile => ({
  active: true,
  user: { firstName: 'Sofie', name: 'Peeters' },
  identities,
});

export const actingFor = (active: Authorization, identities?: Authorization[]): Profile => ({ ...citizen(identities), activeIdentity: active });

/** A manager of `n` branches: herself plus n - 1 companies and branches. */
export function manager(n: number): Profile {
  const identities: Authorization[] = [self];
  for (let i = 1; i < n; i += 1) {
    const number = String(400000000 + i * 1237).padStart(10, '0');
    const onBehalfOf: Entity =
      i % 10 === 0
        ? { code: 'VER', name: `Vzw Vereniging ${i}`, identifier: `V${String(i).padStart(7, '0')}` }
        : { code: 'EA', name: `${i % 3 === 0 ? 'Poetsdienst' : 'Schoonmaak'} ${i} BV`, identifier: number };
    identities.push({ onBehalfOf, loginHint: `id-${i}` });
  }
  return { active: true, user: { firstName: 'Jan', name: 'Janssens' }, activeIdentity: self, identities };
}
