import { useLiveQuery } from 'dexie-react-hooks';
import type { ProvinceDecision } from '../domain/procedure-family.ts';
import type { ProvinceCode } from '../domain/provinces.ts';
import { getProvinceLists, toDecisions } from './province-lists.ts';

/** Every province's decision stored on the device, live; undefined while loading. */
export function useProvinceDecisions(): Map<ProvinceCode, ProvinceDecision> | undefined {
  return useLiveQuery(async () => toDecisions(await getProvinceLists()), []);
}
