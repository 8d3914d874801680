// The import boundaries of eslint.config.js, run through ESLint's Node API on small in-memory files: a
// boundary that stopped reporting (a zone gone wrong, imports no longer resolving) fails here, not silently.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const FRONTEND = join(import.meta.dirname, '..', '..');
const RULE = 'import-x/no-restricted-paths';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: FRONTEND, overrideConfigFile: join(FRONTEND, 'eslint.config.js') });
});

/** Every message ESLint gives for `code` as if it were the file `filePath` (relative to frontend/). */
async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(FRONTEND, filePath) });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages;
}

/** The boundary reports only; any other message (a parse error above all) fails the test. */
async function boundaryReports(filePath: string, code: string): Promise<string[]> {
  const messages = await lint(filePath, code);
  expect(messages.filter((m) => m.ruleId !== RULE)).toEqual([]);
  return messages.map((m) => m.message);
}

/** The imported module exists: an import that does not resolve is never reported, which would prove nothing. */
function existing(fromFile: string, specifier: string, ext = '.ts'): string {
  const target = resolve(FRONTEND, dirname(fromFile), specifier) + ext;
  expect(existsSync(target), `${target} should exist`).toBe(true);
  return specifier;
}

describe('import boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it('reports a feature importing another feature, statically, as a type or lazily', async () => {
    const desk = 'src/features/desk/routes/cross.ts';
    const store = existing(desk, '../../kiosk/model/store');
    expect(await boundaryReports(desk, `import { setKiosk } from '${store}';\nexport const f = setKiosk;\n`)).toEqual([
      expect.stringContaining('A feature never imports another feature (src/features/desk)'),
    ]);

    const legal = 'src/features/legal/routes/cross.ts';
    const kioskStore = existing(legal, '../../kiosk/model/store');
    const reports = await boundaryReports(
      legal,
      `import type { KioskState } from '${kioskStore}';\nexport type A = KioskState;\nexport const load = () => import('${kioskStore}');\n`,
    );
    expect(reports).toHaveLength(2);
    expect(reports.every((r) => r.includes('A feature never imports another feature (src/features/legal)'))).toBe(true);

    const kiosk = 'src/features/kiosk/cross.ts';
    const legalPage = existing(kiosk, '../legal/routes/legal-page', '.tsx');
    expect(await boundaryReports(kiosk, `export { loadPage } from '${legalPage}';\n`)).toHaveLength(1);
  });

  it('reports shared code (lib, components) importing a feature or the app', async () => {
    const lib = 'src/lib/cross.ts';
    const speech = existing(lib, '../features/kiosk/model/offer-speech');
    expect(await boundaryReports(lib, `import { offerSegments } from '${speech}';\nexport const f = offerSegments;\n`)).toEqual([
      expect.stringContaining('Shared code (src/lib, src/components, src/sw) never imports from src/features or src/app'),
    ]);

    const component = 'src/components/cross.tsx';
    const routes = existing(component, '../app/routes', '.tsx');
    expect(await boundaryReports(component, `import * as routes from '${routes}';\nexport const r = routes;\n`)).toHaveLength(1);

    const nested = 'src/lib/i18n/cross.ts';
    const plan = existing(nested, '../../features/kiosk/api/plan');
    expect(await boundaryReports(nested, `import * as plan from '${plan}';\nexport const p = plan;\n`)).toHaveLength(1);
  });

  it('reports a feature importing the app', async () => {
    const kiosk = 'src/features/kiosk/up.ts';
    const routes = existing(kiosk, '../../app/routes', '.tsx');
    expect(await boundaryReports(kiosk, `import * as routes from '${routes}';\nexport const r = routes;\n`)).toEqual([
      expect.stringContaining('A feature never imports from src/app'),
    ]);
  });

  it('lets a feature import shared code and itself, and the app import features', async () => {
    const desk = 'src/features/desk/routes/ok.ts';
    const client = existing(desk, '../../../lib/api/client');
    expect(await lint(desk, `import { api } from '${client}';\nexport const a = api;\n`)).toEqual([]);
    // The plan link's answers are shared code: the kiosk and the desk's visit both read them from lib.
    const answers = existing(desk, '../../../lib/triage/answers');
    expect(await lint(desk, `import { decodeFragment } from '${answers}';\nexport const d = decodeFragment;\n`)).toEqual([]);

    const kiosk = 'src/features/kiosk/ok.ts';
    const store = existing(kiosk, './model/store');
    const icon = existing(kiosk, '../../components/icon', '.tsx');
    expect(
      await lint(kiosk, `import { setKiosk } from '${store}';\nimport * as icon from '${icon}';\nexport const f = [setKiosk, icon];\n`),
    ).toEqual([]);

    const app = 'src/app/ok.ts';
    const plan = existing(app, '../features/kiosk/api/plan');
    expect(await lint(app, `import * as plan from '${plan}';\nexport const p = plan;\n`)).toEqual([]);
  });
});
