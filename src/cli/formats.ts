/**
 * The output formats of `check`, by name: each turns a report into the text
 * printed on standard output. A new format is one more entry here.
 */
import { checkJson, checkText, summary } from './format.ts';
import { githubCommands } from './githubFormat.ts';
import { htmlReport } from './htmlReport.ts';
import { junitXml } from './junitFormat.ts';
import type { CheckReport } from './report.ts';
import { sarifLog } from './sarifFormat.ts';

/** A format: the report as printed text ('' prints nothing). */
export type Formatter = (report: CheckReport) => string;

/** The formats of `check`, by the name `--format` takes. */
export const FORMATS = {
  text: (r) => [checkText(r.files), summary(r.files, r.checked)].filter(Boolean).join('\n'),
  json: (r) => checkJson(r.files),
  sarif: (r) => JSON.stringify(sarifLog(r, r.version), null, 2),
  github: githubCommands,
  junit: junitXml,
  html: (r) => htmlReport({ drafts: r.files.filter((f) => !f.registry), registryFiles: r.files.filter((f) => f.registry), checked: r.checked, registries: r.registries }),
} satisfies Record<string, Formatter>;

/** The names `check --format` takes. */
export const FORMAT_NAMES = Object.keys(FORMATS) as (keyof typeof FORMATS)[];
