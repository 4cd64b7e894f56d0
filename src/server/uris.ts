/**
 * File URIs spelt one way across the server, the way VS Code spells them
 * (vscode-uri: `%28` for `(`, `%C3%A9` for `é` …), whatever spelling a
 * client sends; and open documents found by any spelling of their URI.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';

/** The URI of a file path, as VS Code writes it. */
export function fileUri(filePath: string): string {
  return URI.file(filePath).toString();
}

/** A file: URI in VS Code's spelling (other URIs, and ones that do not parse, as they are). */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** The path of a file: URI, or undefined for another URI or one that does not parse. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return URI.parse(uri).fsPath;
  } catch {
    return undefined;
  }
}

/** The decoded path part of a URI (`/a b/c.md`), or undefined when it does not parse. */
export function decodedPathOf(uri: string): string | undefined {
  try {
    return URI.parse(uri).path;
  } catch {
    return undefined;
  }
}

/** The URI of an entry `name` of the folder at `folderUri`. */
export function childUri(folderUri: string, name: string): string {
  const folder = URI.parse(folderUri);
  // a folder at its authority's root, written without the slash (`vscode-test-web://mount`): a path of '' cannot be joined
  return Utils.joinPath(folder.path ? folder : folder.with({ path: '/' }), name).toString();
}

/** The open document at a URI, however the client spelt it. */
export function openDocumentAt(documents: TextDocuments<TextDocument>, uri: string): TextDocument | undefined {
  const exact = documents.get(uri);
  if (exact || !uri.startsWith('file:')) return exact;
  const wanted = canonicalUri(uri);
  return documents.all().find((d) => d.uri.startsWith('file:') && canonicalUri(d.uri) === wanted);
}

/** Open documents by the VS Code spelling of their URI, kept current from open and close (for lookups many times a request). */
export class OpenDocumentsByUri {
  private readonly spelt = new Map<string, string>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    documents.onDidOpen((e) => this.spelt.set(canonicalUri(e.document.uri), e.document.uri));
    documents.onDidClose((e) => {
      const key = canonicalUri(e.document.uri);
      if (this.spelt.get(key) === e.document.uri) this.spelt.delete(key);
    });
  }

  /** The open document at `uri` (any spelling). */
  get(uri: string): TextDocument | undefined {
    const exact = this.documents.get(uri);
    if (exact) return exact;
    const spelt = this.spelt.get(canonicalUri(uri));
    return spelt === undefined ? undefined : this.documents.get(spelt);
  }
}
