/**
 * `sourceCheck.showReferences`, the command of the registry CodeLens: takes
 * its arguments in LSP shapes (a URI string, a position, locations) and shows
 * them with VS Code's references peek.
 */
import * as vscode from 'vscode';
import type { PlaceInFile } from '../protocol.ts';

/** A VS Code location for an LSP one. */
export function toLocation(place: PlaceInFile): vscode.Location {
  const { start, end } = place.range;
  return new vscode.Location(vscode.Uri.parse(place.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** Shows `locations` in the references peek at `position` of `uri`; false when the arguments are not those shapes. */
export async function showReferences(uri: unknown, position: unknown, locations: unknown): Promise<boolean> {
  const p = position as { line?: unknown; character?: unknown } | null;
  if (typeof uri !== 'string' || typeof p?.line !== 'number' || typeof p.character !== 'number' || !Array.isArray(locations)) return false;
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(p.line, p.character), (locations as PlaceInFile[]).map(toLocation));
  return true;
}
