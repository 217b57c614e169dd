import { catalogueFrom, errandOrder } from '../engine/load';
import { compileFlow, type FlowMachine } from '../machines/flowMachine';

/**
 * Every errand is found by path, so a new folder in flows/ and locales/ is
 * picked up without any change here. The build has already validated them.
 */
export const catalogue = catalogueFrom({
  flows: import.meta.glob('../../flows/*/flow.json', { eager: true }),
  contacts: import.meta.glob('../../flows/contacts.json', { eager: true })['../../flows/contacts.json'],
  sources: import.meta.glob('../../flows/sources.json', { eager: true })['../../flows/sources.json'],
  locales: import.meta.glob('../../locales/*/*.json', { eager: true }),
});

export const errands = errandOrder(catalogue);

const machines = new Map<string, FlowMachine>();
export function machineFor(errand: string): FlowMachine {
  let m = machines.get(errand);
  if (!m) machines.set(errand, (m = compileFlow(catalogue.flows[errand]!)));
  return m;
}
