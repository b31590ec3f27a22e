// Page-size bounds shared by every connection: out of range is an error, never a silent clamp.
import { badInput } from '../domain/errors.ts';

export const MAX_PAGE_SIZE = 100;

export function pageArgs(args: { first?: number | null; last?: number | null }): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}: ask for the next page with after/before instead`);
    }
  }
}
