/** Typed access to the Mocha globals @web/test-runner provides (the project has no @types/mocha). */
type Body = (this: unknown) => void | Promise<unknown>;
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
  afterEach(body: Body): void;
}
const mocha = globalThis as unknown as MochaGlobals;
export const describe: MochaGlobals['describe'] = (title, body) => mocha.describe(title, body);
export const it: MochaGlobals['it'] = (title, body) => mocha.it(title, body);
export const afterEach: MochaGlobals['afterEach'] = (body) => mocha.afterEach(body);
