/**
 * The "Source Check: Check Sources" command: checks every draft in the
 * workspace, in chunks, with a cancellable progress notification.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DEFAULT_DRAFT_INCLUDE } from '../core/drafts.ts';
import { CHECK_FILES_REQUEST, type CheckFilesResult } from '../protocol.ts';
import { draftsAmong, type FolderRules } from './draftFilter.ts';

/** Drafts per request: small enough to report progress and cancel between chunks. */
const CHUNK = 25;

/** A glob matching any of several globs. */
function anyOf(globs: readonly string[]): string {
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

/** A setting that is a list of strings, else undefined (the rule's default). */
function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/**
 * The drafts the command checks: each workspace folder's files that its
 * `sourceCheck.include` globs list, kept when the shared draft rule (the CLI's
 * and the server's, src/client/draftFilter.ts) says they are drafts.
 */
export async function findDrafts(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const rules: FolderRules[] = folders.map((folder) => {
    const config = vscode.workspace.getConfiguration('sourceCheck', folder.uri);
    return { uri: folder.uri.toString(), rules: { include: strings(config.get('include')), exclude: strings(config.get('exclude')), registry: strings(config.get('registry')) } };
  });
  const found = new Map<string, vscode.Uri>();
  for (const [i, folder] of folders.entries()) {
    // (the globs only narrow the listing; which files are drafts is the rule's to say)
    const include = rules[i].rules.include?.length ? rules[i].rules.include! : DEFAULT_DRAFT_INCLUDE;
    const listed = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, anyOf(include)), '{**/node_modules/**,**/.git/**}', undefined, token);
    for (const uri of listed) found.set(uri.toString(), uri);
  }
  return draftsAmong([...found.keys()].sort(), rules).map((uri) => found.get(uri)!);
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
