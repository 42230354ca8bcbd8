import type { Deliverable } from '@/features/programmes/api/get-deliverables';
import type { Programme } from '@/lib/reference/programmes';

// Absent optional fields are left out, as the API leaves them out.

export function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'ignite',
    name: 'Ignite',
    theme: 'workforce',
    themeLabel: 'Workforce',
    funder: 'self-funded',
    funderLabel: 'Self-funded',
    deliveringOrganisation: { id: 'solace', name: 'Solace' },
    audience: 'chief-executives',
    audienceLabel: 'Chief executives',
    description: 'Solace’s programme for chief executives and aspiring chief executives.',
    activeFrom: '2016-17',
    active: true,
    version: 2,
    updatedAt: '2025-04-02T10:15:30Z',
    ...overrides,
  };
}

export function deliverable(overrides: Partial<Deliverable> = {}): Deliverable {
  return {
    id: 12,
    programme: { id: 'ignite', name: 'Ignite', theme: 'workforce', themeLabel: 'Workforce' },
    deliveringOrganisation: { id: 'solace', name: 'Solace' },
    financialYear: '2025-26',
    statement: '90 per cent of chief executives report increased confidence',
    targetValue: 90,
    targetUnit: 'per-cent',
    targetUnitLabel: 'Per cent',
    metricKey: 'increased-confidence-chief-executives',
    version: 1,
    updatedAt: '2025-06-30T14:00:00Z',
    ...overrides,
  };
}

export function page<T>(items: T[], overrides: Record<string, unknown> = {}) {
  return { items, page: 1, size: 25, totalItems: items.length, totalPages: 1, ...overrides };
}

export const ORGANISATIONS = page([
  { id: 'lga', name: 'LGA', fullName: 'Local Government Association', role: 'lga' },
  { id: 'solace', name: 'Solace', fullName: 'Solace', role: 'partner' },
]);
