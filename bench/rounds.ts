// A/B rounds: each round measures every system once, in an order that alternates, and figures are summarised as median (min–max).
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** Runs `measure` for each system in each round, reversing the order every other round so that neither always goes first. */
export async function interleaved<S extends string, M>(
  systems: S[],
  rounds: number,
  measure: (system: S, round: number) => Promise<M>,
): Promise<Record<S, M[]>> {
  const results = Object.fromEntries(systems.map((system) => [system, [] as M[]])) as Record<S, M[]>;
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 ? [...systems].reverse() : systems;
    for (const system of order) results[system].push(await measure(system, round));
  }
  return results;
}

/** Summarises one numeric field of every round's measure. */
export function summarise<M>(measures: M[], field: (measure: M) => number): Spread {
  return spread(measures.map(field));
}

export function format(value: Spread, digits = 0, unit = ''): string {
  const f = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${f(value.median)}${unit} (${f(value.min)}–${f(value.max)})`;
}
