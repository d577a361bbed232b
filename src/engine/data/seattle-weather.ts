import { firstDate, precipitation, tempMax, tempMin } from './generated/seattle-weather';

/** Seattle's daily weather, 2012-01-01 to 2015-12-31, one entry per day. */
export interface SeattleWeather {
  /** Day index 0, 1, 2, ... (the course's θ_t is indexed by day). */
  readonly day: number[];
  /** ISO date of each day, e.g. `'2012-01-01'`. */
  readonly date: string[];
  /** Daily maximum temperature, °C. */
  readonly tempMax: number[];
  /** Daily minimum temperature, °C. */
  readonly tempMin: number[];
  /** Daily precipitation, mm. */
  readonly precipitation: number[];
}

/**
 * Real daily temperatures for the exponentially weighted averages chapter:
 * the 1461 days of vega-datasets' seattle-weather, bundled at build time
 * (about 18 kB, never fetched at run time). Smooth them with
 * v_t = β·v_{t−1} + (1 − β)·θ_t.
 *
 * ```ts
 * const { day, tempMax } = seattleWeather(); // tempMax[0] = 12.8 °C on 2012-01-01
 * ```
 */
export function seattleWeather(): SeattleWeather {
  const start = Date.parse(`${firstDate}T00:00:00Z`);
  const day = tempMax.map((_, i) => i);
  return {
    day,
    date: day.map((i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10)),
    tempMax: [...tempMax],
    tempMin: [...tempMin],
    precipitation: [...precipitation],
  };
}
