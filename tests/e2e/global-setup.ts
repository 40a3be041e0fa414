/**
 * Serves the built site (`build/`, what a static host serves) on a free loopback port for the
 * end-to-end tests, unless E2E_BASE_URL points at a server already running.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let server: Server | undefined;

export async function setup(project: TestProject) {
	if (process.env.E2E_BASE_URL) {
		project.provide('baseURL', process.env.E2E_BASE_URL);
		return;
	}
	if (!existsSync('build/index.html'))
		throw new Error('No build/ folder: run `npm run build` before the e2e tests.');
	// The headers the README asks static hosts to send: embeds sandboxed without
	// allow-same-origin load our modules and data as cross-origin requests.
	const serve = sirv('build', {
		dev: false,
		etag: true,
		extensions: ['html'],
		setHeaders: (response) => response.setHeader('Access-Control-Allow-Origin', '*')
	});
	server = createServer((request, response) =>
		serve(request, response, () => {
			response.statusCode = 404;
			response.end('Not found');
		})
	);
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	project.provide('baseURL', `http://127.0.0.1:${port}`);
}

export async function teardown() {
	await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}
