import type { Attendance, AttendancePage } from '@/features/events/api/attendances';
import type { EventView } from '@/features/events/api/get-events';
import type { Programme } from '@/lib/reference/programmes';

// Absent optional fields are left out, as the API leaves them out.

export function eventView(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 311,
    programme: {
      id: 'leadership-essentials',
      name: 'Leadership Essentials',
      theme: 'governance-and-leadership',
      themeLabel: 'Governance and leadership',
    },
    title: 'Finance for portfolio holders',
    type: 'masterclass',
    typeLabel: 'Masterclass',
    format: 'in-person',
    formatLabel: 'In person',
    startDate: '2024-11-14',
    endDate: '2024-11-15',
    financialYear: '2024-25',
    region: 'west-midlands',
    venue: 'Warwick Conferences',
    capacity: 30,
    organisation: { id: 'lga', name: 'LGA' },
    booked: 3,
    attended: 2,
    councilsRepresented: 2,
    attendedByRole: [
      { role: 'councillor', roleLabel: 'Councillor', attended: 1 },
      { role: 'officer', roleLabel: 'Officer', attended: 1 },
      { role: 'chief-executive', roleLabel: 'Chief executive', attended: 0 },
      { role: 'other', roleLabel: 'Other', attended: 0 },
    ],
    overbooked: false,
    version: 2,
    updatedAt: '2024-11-20T09:30:00Z',
    ...overrides,
  };
}

export function attendance(overrides: Partial<Attendance> = {}): Attendance {
  return {
    id: 5120,
    eventId: 311,
    council: { gssCode: 'E06000047', name: 'County Durham', startDate: '2009-04-01' },
    attendeeRole: 'councillor',
    attendeeRoleLabel: 'Councillor',
    attendeeKey: 'att-7q2mxk4bz9ra',
    attended: true,
    organisation: { id: 'lga', name: 'LGA' },
    version: 0,
    updatedAt: '2024-11-20T09:30:00Z',
    ...overrides,
  };
}

export function attendancePage(items: Attendance[], overrides: Partial<AttendancePage> = {}): AttendancePage {
  return { items, page: 1, size: 25, totalItems: items.length, totalPages: 1, ...overrides };
}

export function programme(id: string, name: string): Programme {
  return {
    id,
    name,
    theme: 'governance-and-leadership',
    themeLabel: 'Governance and leadership',
    funder: 'mhclg-grant',
    funderLabel: 'MHCLG grant',
    deliveringOrganisation: { id: 'lga', name: 'LGA' },
    audience: 'councillors',
    audienceLabel: 'Councillors',
    activeFrom: '2012-13',
    active: true,
    version: 0,
    updatedAt: '2026-11-22T10:15:30Z',
  };
}

export const PROGRAMMES = [
  programme('leadership-essentials', 'Leadership Essentials'),
  programme('springboard', 'Springboard'),
];
