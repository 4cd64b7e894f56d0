/**
 * Command-line arguments of `source-check`: parsed strictly, so that a typo
 * is a usage error (exit 2) rather than a silent default.
 */

/** What the user asked for. */
export interface CliArgs {
  command: 'check' | 'suppressions' | 'extract' | 'help' | 'version';
  paths: string[];
  registry: string[];
  format: 'text' | 'json' | 'html';
  /** Write the output to this file instead of standard output. */
  out?: string;
  config?: string;
  noConfig: boolean;
}

/** A usage error: the message to print before the usage text. */
export class UsageError extends Error {}

/** The usage text. */
export const USAGE = `usage: source-check check [PATH...] [--registry PATH]... [--format text|json|html] [--out FILE] [--config FILE | --no-config]
       source-check suppressions [PATH...] [--registry PATH]... [--format text|json] [--config FILE | --no-config]
       source-check extract FILE... [--registry PATH]... [--format json|text]
       source-check import claimreview|csl-json|retraction-watch FILE... [--out FILE.yaml] [--registry PATH]...
       source-check --help | --version

check         checks drafts (files or folders; default the current folder) against
              the source registry; exits 0 with no error finding, 1 with any,
              2 on bad usage (findings suppressed with a reason do not count)
suppressions  lists the drafts' suppression comments: where, the codes, the
              reason and the findings each set aside; exits 0 (2 on bad usage)
extract       prints the quotations, speakers and cues found in each file
import        writes registry YAML from fact-checks (ClaimReview), a bibliography
              (CSL-JSON) or the Retraction Watch CSV; into an existing --out file
              it updates entries in place; exits 0, 2 on bad usage or bad input

--registry PATH  registry file or folder (repeatable, anywhere); default: the
                 nearest sources/ folder at or above each draft, up to the
                 repository root (the folder holding .git)
--format FORMAT  text (default for check), json, or html (check: a page for editors)
--out FILE       write the output to FILE instead of standard output
--config FILE    a VS Code settings.json to read sourceCheck.* settings from;
                 default: the nearest .vscode/settings.json at or above the first
                 path, up to the repository root; its sourceCheck.registry must
                 stay inside its workspace folder
--no-config      ignore settings files`;

/** Parses argv (without node and script). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'help', paths: [], registry: [], format: 'text', noConfig: false };
  let formatGiven = false;
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first !== 'check' && first !== 'suppressions' && first !== 'extract') throw new UsageError(`unknown command \`${first}\`; expected check, suppressions, extract or import`);
  args.command = first;
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length) {
    const a = rest.shift()!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      rest.unshift(a.slice(eq + 1));
      rest.unshift(a.slice(0, eq));
      continue;
    }
    if (a === '--registry') args.registry.push(value(a));
    else if (a === '--format') {
      const f = value(a);
      if (f !== 'text' && f !== 'json' && f !== 'html') throw new UsageError(`unknown format \`${f}\`; expected text, json or html`);
      args.format = f;
      formatGiven = true;
    } else if (a === '--out') args.out = value(a);
    else if (a === '--config') args.config = value(a);
    else if (a === '--no-config') args.noConfig = true;
    else if (a === '--help' || a === '-h') return { ...args, command: 'help' };
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option \`${a}\``);
    else args.paths.push(a);
  }
  if (args.command === 'extract') {
    if (!args.paths.length) throw new UsageError('extract needs at least one FILE');
    if (!formatGiven) args.format = 'json';
  }
  if (args.format === 'html' && args.command !== 'check') throw new UsageError('--format html is for check; expected text or json');
  if ((args.command === 'check' || args.command === 'suppressions') && !args.paths.length) args.paths.push('.');
  return args;
}
