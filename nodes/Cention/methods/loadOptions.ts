import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { primaryResources } from '../helpers/jsonApi';
import { vendorRequest } from '../../shared/request';
import { api } from '../transport';

async function named(context: ILoadOptionsFunctions, type: string): Promise<INodePropertyOptions[]> {
	const document = await vendorRequest(context, api, { method: 'GET', path: `/json/${type}` }, { qs: {} });
	return primaryResources(document ?? {})
		.filter((resource) => resource.id !== undefined)
		.map((resource) => ({
			name: String(resource.attributes?.name ?? `#${resource.id}`),
			value: String(resource.id),
			description: `ID ${resource.id}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Dropdowns filled from the account (the token needs "Access to library"). */
export const loadOptions = {
	async getLibraries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await named(this, 'c3_libraries');
	},
	async getExternalLibraries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await named(this, 'c3_external_libraries');
	},
	async getCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await named(this, 'c3_library_categories');
	},
};
