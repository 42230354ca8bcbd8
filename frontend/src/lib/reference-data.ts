import type { Option } from '@/components/ui/form-fields';

// Shared reference data. Codes from the API contract; labels as the API gives them in `regionLabel` / `typeLabel`.
export const REGIONS: Option[] = [
  { value: 'north-east', text: 'North East' },
  { value: 'north-west', text: 'North West' },
  { value: 'yorkshire-and-the-humber', text: 'Yorkshire and The Humber' },
  { value: 'east-midlands', text: 'East Midlands' },
  { value: 'west-midlands', text: 'West Midlands' },
  { value: 'east-of-england', text: 'East of England' },
  { value: 'london', text: 'London' },
  { value: 'south-east', text: 'South East' },
  { value: 'south-west', text: 'South West' },
];

export const COUNCIL_TYPES: Option[] = [
  { value: 'county', text: 'County council' },
  { value: 'district', text: 'District council' },
  { value: 'unitary', text: 'Unitary authority' },
  { value: 'metropolitan-district', text: 'Metropolitan district' },
  { value: 'london-borough', text: 'London borough' },
  { value: 'city-corporation', text: 'City corporation' },
  { value: 'combined-authority', text: 'Combined authority' },
  { value: 'strategic-authority', text: 'Strategic regional authority' },
];

/** Label for a region code, or the code itself. */
export function regionLabel(code: string | undefined): string {
  return REGIONS.find((region) => region.value === code)?.text ?? code ?? '';
}

/** Label for a council type code, or the code itself. */
export function councilTypeLabel(code: string | undefined): string {
  return COUNCIL_TYPES.find((type) => type.value === code)?.text ?? code ?? '';
}
