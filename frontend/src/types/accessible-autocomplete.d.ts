// alphagov/accessible-autocomplete ships no types; this is the part of its API we use.
declare module 'accessible-autocomplete' {
  type Options<T> = {
    element: HTMLElement;
    id: string;
    name?: string;
    source: (query: string, populate: (results: T[]) => void) => void;
    minLength?: number;
    defaultValue?: string;
    confirmOnBlur?: boolean;
    showNoOptionsFound?: boolean;
    inputClasses?: string;
    templates?: { inputValue?: (result: T | undefined) => string; suggestion?: (result: T | string) => string };
    onConfirm?: (result: T | undefined) => void;
    tNoResults?: () => string;
    tStatusQueryTooShort?: (minLength: number) => string;
  };
  export default function accessibleAutocomplete<T>(options: Options<T>): void;
}
