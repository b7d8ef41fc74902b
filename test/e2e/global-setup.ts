import { build } from 'vite';
import { rendererConfig } from '../../renderer/vite.config.ts';

/** End-to-end tests run against the production renderer bundle, built once per run. */
export default async function setup(): Promise<void> {
  await build({ ...rendererConfig, logLevel: 'warn' });
}
