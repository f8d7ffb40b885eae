import { Credentials } from 'n8n-core';
import { ICredentialsHelper, NodeHelpers } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';

export interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

/**
 * What n8n's CLI does with credentials (its CredentialsHelper is not published): stores them
 * like the database, fills in defaults, resolves `={{$credentials.x}}` in generic
 * `authenticate`, and runs `preAuthentication` under the expirable-property rule, persisting
 * the returned session like n8n does. Because this re-implements the CLI, the same
 * credentials are also proven in a real n8n by the end-to-end suite.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	private readonly store = new Map<string, StoredCredential>();

	private nextId = 1;

	/** Calls of preAuthentication that reached the credential's function (for assertions). */
	preAuthenticationCalls = 0;

	constructor(private readonly types: Map<string, ICredentialType>) {
		super();
	}

	add(type: string, data: ICredentialDataDecryptedObject, name = `${type} test`): INodeCredentialsDetails {
		const id = String(this.nextId++);
		this.store.set(id, { id, name, type, data: { ...data } });
		return { id, name };
	}

	/** The stored data, as the database holds it (e.g. to see the persisted session key). */
	stored(id: string): ICredentialDataDecryptedObject {
		return { ...this.entry(id).data };
	}

	update(id: string, data: ICredentialDataDecryptedObject): void {
		const entry = this.entry(id);
		entry.data = { ...entry.data, ...data };
	}

	private entry(id: string | null): StoredCredential {
		const entry = id === null ? undefined : this.store.get(id);
		if (!entry) throw new Error(`Credential ${id} does not exist in the test store`);
		return entry;
	}

	private type(name: string): ICredentialType {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(name: string): string[] {
		const parents = this.type(name).extends ?? [];
		return parents.flatMap((parent) => [parent, ...(this.types.has(parent) ? this.getParentTypes(parent) : [])]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}

	/** Stored data with the type's defaults filled in, as the CLI's applyDefaultsAndOverwrites does. */
	withDefaults(type: string, data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject {
		const withDefaults = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			data as INodeParameters,
			true,
			false,
			null,
			null,
		);
		return { ...(withDefaults as ICredentialDataDecryptedObject), ...data };
	}

	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const entry = this.entry(nodeCredentials.id);
		if (entry.type !== type) throw new Error(`Credential ${entry.id} is a ${entry.type}, not a ${type}`);
		return this.withDefaults(type, entry.data);
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string) {
		const entry = this.entry(nodeCredentials.id);
		const credentials = new Credentials({ id: entry.id, name: entry.name }, type);
		await credentials.setData(entry.data);
		return credentials;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.entry(nodeCredentials.id).data = { ...data };
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incoming: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const requestOptions = incoming as IHttpRequestOptions;
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (!authenticate || authenticate.type !== 'generic') return requestOptions;
		if (!workflow || !node) throw new Error('Generic authentication needs the workflow and the node');
		const resolve = (value: string) =>
			typeof value === 'string' && value.startsWith('=')
				? String(
						workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '') ?? '',
					)
				: value;
		requestOptions.headers ??= {};
		for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
			const target = ((requestOptions as unknown as Record<string, Record<string, string>>)[outerKey] ??= {});
			for (const [key, value] of Object.entries(outerValue as Record<string, string>)) {
				target[resolve(key)] = resolve(value);
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isTestingCredentials = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) return undefined;
		this.preAuthenticationCalls++;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const nodeCredentials = node.credentials?.[type.name];
		if (!nodeCredentials) return undefined;
		if (nodeCredentials.id && this.store.has(nodeCredentials.id)) {
			this.update(nodeCredentials.id, output as ICredentialDataDecryptedObject);
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}
}
