import type { Peer } from '@/features/peers/api/get-peers';

/** A member peer as the API returns one: never with sex or ethnic group. */
export function peerView(overrides: Partial<Peer> = {}): Peer {
  return {
    id: 17,
    kind: 'member',
    kindLabel: 'Member peer',
    name: 'Cllr Alex Morgan',
    email: 'alex.morgan@example.org',
    phone: '01632 960123',
    jobTitle: 'Leader of the Council',
    politicalGroup: 'labour',
    homeCouncil: { gssCode: 'E06000047', name: 'County Durham', startDate: '2009-04-01' },
    accreditationDate: '2021-06-15',
    accredited: true,
    active: true,
    version: 3,
    ...overrides,
  };
}
