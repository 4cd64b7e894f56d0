/**
 * The "Source Check: Check Sources" command: checks every draft in the
 * workspace, in chunks, with a cancellable progress notification.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CHECK_FILES_REQUEST, type CheckFilesResult } from '../protocol.ts';

/** Drafts per request: small enough to report progress and cancel between chunks. */
const CHUNK = 25;

/** A glob matching any of several globs. */
function anyOf(globs: string[]): string | undefined {
  if (!globs.length) return undefined;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

/** The drafts the command checks: `sourceCheck.include` less `sourceCheck.exclude` and the registry. */
export async function findDrafts(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const config = vscode.workspace.getConfiguration('sourceCheck');
  const include = config.get<string[]>('include') ?? ['**/*.md', '**/*.markdown', '**/*.txt'];
  const registry = (config.get<string[]>('registry') ?? []).map((r) => `${r.replace(/\/+$/, '')}/**`);
  const exclude = [...(config.get<string[]>('exclude') ?? ['**/node_modules/**']), '**/sources/**', ...registry];
  return vscode.workspace.findFiles(anyOf(include) ?? '**/*.md', anyOf(exclude), undefined, token);
}

/** Runs the command; resolves to the totals (also shown to the user). */
export async function checkSources(client: LanguageClient): Promise<CheckFilesResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Source Check', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'finding drafts…' });
      const drafts = await findDrafts(token);
      const total: CheckFilesResult = { checked: 0, findings: 0, skipped: [] };
      for (let i = 0; i < drafts.length && !token.isCancellationRequested; i += CHUNK) {
        const chunk = drafts.slice(i, i + CHUNK).map((u) => u.toString());
        const result = await client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { uris: chunk }, token);
        total.checked += result.checked;
        total.findings += result.findings;
        total.skipped.push(...result.skipped);
        progress.report({ message: `checked ${total.checked} of ${drafts.length} drafts`, increment: (100 * chunk.length) / drafts.length });
      }
      const skipped = total.skipped.length ? `; skipped ${total.skipped.length} (${total.skipped[0].reason}${total.skipped.length > 1 ? ', …' : ''})` : '';
      const verb = token.isCancellationRequested ? 'cancelled after checking' : 'checked';
      void vscode.window.showInformationMessage(`Source Check: ${verb} ${total.checked} draft${total.checked === 1 ? '' : 's'}, ${total.findings} finding${total.findings === 1 ? '' : 's'}${skipped}.`);
      return total;
    },
  );
}
