/**
 * `check --format html`: one self-contained page for editors who do not use
 * VS Code — the summary, each draft's findings with the quoted words and the
 * source's wording, registry problems, and each labelled source with the
 * drafts that quote it. Inline CSS, no scripts; every text is escaped.
 */
import { LineIndex } from '../core/lineIndex.ts';
import type { SourceEntry } from '../core/registry/model.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { Finding } from '../core/types.ts';
import { summary, type FileFindings } from './format.ts';

/** What the report shows. */
export interface HtmlReportInput {
  /** Drafts with findings or findings set aside. */
  drafts: FileFindings[];
  /** Registry files with problems. */
  registryFiles: FileFindings[];
  /** How many drafts were checked. */
  checked: number;
  /** The registries the drafts were checked against. */
  registries: Iterable<Registry>;
}

/** Characters that must not reach HTML as written. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Statuses that are labels: a quote of a source with one is a finding. */
const UNLABELLED = new Set(['verified', 'unverified']);
/** The longest excerpt of a source's text shown under a finding. */
const MAX_WORDING = 600;

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
.summary{font-size:1.1rem;padding:.5rem .75rem;background:#f4f4f4;border-radius:4px}
ol.findings{list-style:none;padding:0}ol.findings>li{border-left:4px solid #999;padding:.5rem .75rem;margin:.75rem 0;background:#fafafa}
li.error{border-color:#c62828}li.warning{border-color:#e6a100}li.information{border-color:#1565c0}li.hint{border-color:#777}li.suppressed{opacity:.75;border-style:dashed}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem;margin-right:.5rem}.error .sev{color:#c62828}.warning .sev{color:#8a6100}.information .sev{color:#1565c0}
code,.where{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
blockquote{margin:.4rem 0;padding:.25rem .75rem;border-left:3px solid #ccc;background:#fff;white-space:pre-wrap}
.label{display:inline-block;padding:0 .4rem;border-radius:3px;background:#eee;font-size:.85rem}
.label.retracted,.label.mistaken,.label.fabricated{background:#fde0e0}.label.draft,.label.disputed,.label.superseded{background:#fff1cc}
dl{margin:.25rem 0}dt{font-weight:600;float:left;clear:left;width:7rem}dd{margin-left:7.5rem}
.none{color:#555}`;

/** The whole page. */
export function htmlReport(input: HtmlReportInput): string {
  const sources = new Map<string, SourceEntry>();
  for (const registry of input.registries) for (const [id, s] of registry.sources) if (!sources.has(id)) sources.set(id, s);
  const body = [
    '<h1>Source Check report</h1>',
    `<p class="summary">${escapeHtml(summary([...input.drafts, ...input.registryFiles], input.checked))}</p>`,
    '<h2 id="drafts">Drafts</h2>',
    input.drafts.length ? input.drafts.map((f) => draftSection(f, sources)).join('\n') : '<p class="none">No findings in the drafts checked.</p>',
    ...(input.registryFiles.length ? ['<h2 id="registry">Registry problems</h2>', ...input.registryFiles.map(registrySection)] : []),
    '<h2 id="labelled">Labelled sources</h2>',
    labelledSection(input.drafts, sources),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source Check report</title>
<style>${STYLE}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function draftSection(file: FileFindings, sources: ReadonlyMap<string, SourceEntry>): string {
  const lines = new LineIndex(file.text);
  const items = file.findings.map((d) => findingItem(file, lines, d, sources));
  for (const s of file.suppressed ?? []) items.push(findingItem(file, lines, s.finding, sources, s.reason));
  return `<h3>${escapeHtml(file.path)}</h3>\n<ol class="findings">\n${items.join('\n')}\n</ol>`;
}

function findingItem(file: FileFindings, lines: LineIndex, d: Finding, sources: ReadonlyMap<string, SourceEntry>, reason?: string): string {
  const p = lines.positionAt(d.start);
  const quoted = file.text.slice(d.start, d.end);
  const source = d.sourceId ? sources.get(d.sourceId) : undefined;
  const parts = [
    `<span class="sev">${escapeHtml(d.severity)}</span><span class="where">${escapeHtml(`${file.path}:${p.line + 1}:${p.character + 1}`)}</span> <code>${escapeHtml(d.code)}</code>`,
    `<p>${escapeHtml(d.message)}</p>`,
  ];
  if (quoted.trim()) parts.push(`<div>The draft:</div><blockquote>${escapeHtml(quoted)}</blockquote>`);
  const wording = sourceWording(d, source);
  if (source && wording) parts.push(`<div>The source, ${escapeHtml(source.title ?? source.id)}${source.speaker ? ` (${escapeHtml(source.speaker.name)})` : ''}:</div><blockquote>${escapeHtml(wording)}</blockquote>`);
  if (reason !== undefined) parts.push(`<p><strong>Set aside with a reason:</strong> ${escapeHtml(reason)}</p>`);
  return `<li class="${escapeHtml(d.severity)}${reason !== undefined ? ' suppressed' : ''}">\n${parts.join('\n')}\n</li>`;
}

/** The source's words for a finding: the verbatim words a misquote should have, else the start of its text. */
function sourceWording(d: Finding, source: SourceEntry | undefined): string | undefined {
  const fix = d.code === 'misquote' ? d.fixes?.[0]?.newText : undefined;
  if (fix) return fix;
  const text = source?.text;
  if (!text) return undefined;
  return text.length > MAX_WORDING ? `${text.slice(0, MAX_WORDING)}…` : text;
}

function registrySection(file: FileFindings): string {
  const lines = new LineIndex(file.text);
  const items = file.findings.map((d) => {
    const p = lines.positionAt(d.start);
    return `<li class="${escapeHtml(d.severity)}"><span class="sev">${escapeHtml(d.severity)}</span><span class="where">${escapeHtml(`${file.path}:${p.line + 1}:${p.character + 1}`)}</span>\n<p>${escapeHtml(d.message)}</p></li>`;
  });
  return `<h3>${escapeHtml(file.path)}</h3>\n<ol class="findings">\n${items.join('\n')}\n</ol>`;
}

function labelledSection(drafts: readonly FileFindings[], sources: ReadonlyMap<string, SourceEntry>): string {
  const quotedIn = new Map<string, string[]>();
  for (const f of drafts) {
    const lines = new LineIndex(f.text);
    for (const d of [...f.findings, ...(f.suppressed ?? []).map((s) => s.finding)]) {
      if (!d.sourceId) continue;
      const where = `${f.path}:${lines.positionAt(d.start).line + 1}`;
      const list = quotedIn.get(d.sourceId) ?? [];
      if (!list.includes(where)) list.push(where);
      quotedIn.set(d.sourceId, list);
    }
  }
  const labelled = [...sources.values()].filter((s) => !UNLABELLED.has(s.status)).sort((a, b) => a.id.localeCompare(b.id));
  if (!labelled.length) return '<p class="none">No source in the registry carries a label.</p>';
  return labelled.map((s) => {
    const facts: [string, string | undefined][] = [
      ['Id', s.id], ['By', s.speaker?.name], ['Date', s.date], ['Labelled by', s.statusBy?.name], ['On', s.statusDate],
      ['Note', s.statusNote], ['Because of', s.statusSource], ['Replaced by', s.supersededBy],
    ];
    const where = quotedIn.get(s.id);
    return [
      `<h3>${escapeHtml(s.title ?? s.id)} <span class="label ${escapeHtml(s.status)}">${escapeHtml(s.status)}</span></h3>`,
      `<dl>${facts.filter(([, v]) => v).map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v!)}</dd>`).join('')}</dl>`,
      where ? `<p>Quoted in:</p><ul>${where.map((w) => `<li class="where">${escapeHtml(w)}</li>`).join('')}</ul>` : '<p class="none">Not quoted in the drafts checked.</p>',
    ].join('\n');
  }).join('\n');
}
