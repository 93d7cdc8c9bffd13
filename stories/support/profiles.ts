// Identity data shared by the header and mandate switcher stories: a citizen who may also act for
// companies, a branch, an association, a municipality and an agency (DOMAIN.md "Mandates").
import type { Authorization, Profile } from '../../src/entries/mandate-switcher.js';

export const user = { firstName: 'Sofie', name: 'Peeters' };
export const self: Authorization = { onBehalfOf: { code: 'BUR', firstName: 'Sofie', name: 'Peeters' }, loginHint: 'self' };
export const company: Authorization = { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV', identifier: '0123456789' }, loginHint: 'ea-0123456789' };

/** Seven identities: one short of the filter field. */
export const identities: Authorization[] = [
  self,
  company,
  { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV – vestiging Aalst', identifier: '980000611888' }, loginHint: 'ea-980000611888' },
  { onBehalfOf: { code: 'EA', name: 'Dienstenbedrijf Hulp aan Huis NV', identifier: '0812345678' }, loginHint: 'ea-0812345678' },
  { onBehalfOf: { code: 'VER', name: 'Vzw Buurtwerk De Brug', identifier: '0456789123' }, loginHint: 'ver-0456789123' },
  { onBehalfOf: { code: 'LB', name: 'Gemeente Zottegem', identifier: '0207451227' }, loginHint: 'lb-zottegem' },
  { onBehalfOf: { code: 'OV', name: 'Agentschap Opgroeien', identifier: '0316380841' }, loginHint: 'ov-opgroeien' },
];

/** Jan Janssens with 500 identities: branches of cleaning companies and now and then a sports club. */
export const manyIdentities: Profile = {
  active: true,
  user: { firstName: 'Jan', name: 'Janssens' },
  activeIdentity: self,
  identities: [
    self,
    ...Array.from({ length: 499 }, (_, i): Authorization => ({
      onBehalfOf:
        i % 25 === 0
          ? { code: 'VER', name: `Vzw Sportclub ${i + 1}`, identifier: `V${String(i + 1).padStart(7, '0')}` }
          : { code: 'EA', name: `${i % 2 ? 'Poetsdienst' : 'Schoonmaak'} Peeters – vestiging ${i + 1}`, identifier: String(2000000000 + i * 7919) },
      loginHint: `v-${i}`,
    })),
  ],
};

/** A long first name and surname, and an intermunicipal association with a very long name. */
export const longNames = {
  user: { firstName: 'Marie-Christine Anne-Sophie', name: 'Vandenbroucke-Van der Elst' },
  government: { onBehalfOf: { code: 'LB', name: 'Intergemeentelijke Vereniging voor Afvalbeheer en Energierecuperatie Regio Noord-Oost-Vlaanderen', identifier: '0207512345' } } satisfies Authorization,
};
