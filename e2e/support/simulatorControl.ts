import { SimulatorControl } from '../../scripts/lib/simulators';
import { state } from './e2eN8n';

export type { LoggedRequest } from '../../scripts/lib/simulators';

/** A vendor simulator running beside n8n, driven through its /__sim/* control routes. */
export function simulator(vendor: string): SimulatorControl {
	const url = state().simulators[vendor];
	if (!url) throw new Error(`The ${vendor} simulator is not running`);
	return new SimulatorControl(url, vendor);
}
