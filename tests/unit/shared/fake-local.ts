import type { LocalArea } from '../../../src/shared/highlight-memory';

/** storage.local as the browser gives it: values are copied in and out. */
export class FakeLocal implements LocalArea {
  data: Record<string, unknown> = {};
  async get(key: string) { return Object.hasOwn(this.data, key) ? { [key]: structuredClone(this.data[key]) } : {}; }
  async set(items: Record<string, unknown>) { Object.assign(this.data, structuredClone(items)); }
}
