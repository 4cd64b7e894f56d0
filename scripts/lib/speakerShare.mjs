// Speaker share split by whether our quote has a cue, and PolNeAR articles
// re-wrapped at 72 columns. Matching is the shared scorer's
// (../shared/tools/lib/polnear.mjs score): each gold quote takes the unused
// predicted quote it overlaps most, if by half the longer of the two.

/** Hard-wraps text at `width` columns: in each longer line the last space before the column becomes a line break (offsets stay). */
export function wrapAt(text, width = 72) {
  const out = text.split('');
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    // the line [lineStart, i)
    let from = lineStart;
    while (i - from > width) {
      let cut = text.lastIndexOf(' ', from + width);
      if (cut <= from) cut = text.indexOf(' ', from + width + 1);
      if (cut < 0 || cut >= i) break;
      out[cut] = '\n';
      from = cut + 1;
    }
    lineStart = i + 1;
  }
  return out.join('');
}

const trimSpan = (text, s, e) => {
  while (s < e && /[\s\u201C\u201D"'‘’,.;:!?]/.test(text[s])) s++;
  while (e > s && /[\s\u201C\u201D"'‘’,.;:!?]/.test(text[e - 1])) e--;
  return [s, e];
};
const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Speaker share over matched quotes with an annotated speaker: all, those our extraction gave a cue, those it gave none; and how many got a wrong speaker or none. */
export function speakerShareByCue(docs, preds) {
  const tally = { all: [0, 0], cue: [0, 0], noCue: [0, 0] };
  let wrong = 0;
  let none = 0;
  for (const d of docs) {
    const p = (preds.get(d.file) || []).map((q) => ({ ...q, used: false }));
    for (const g of d.quotes) {
      const [gs, ge] = trimSpan(d.text, g.start, g.end);
      let best = null;
      let bestOv = 0;
      for (const q of p) {
        if (q.used) continue;
        const ov = overlap(gs, ge, q.start, q.end);
        if (ov > bestOv) (bestOv = ov), (best = q);
      }
      if (!best || bestOv < 0.5 * Math.max(ge - gs, best.end - best.start)) continue;
      best.used = true;
      if (!g.source) continue;
      const sp = best.speaker;
      const ok = sp && g.source.some(([s, e]) => overlap(s, e, sp.start, sp.end) > 0) ? 1 : 0;
      if (!sp) none++;
      else if (!ok) wrong++;
      for (const k of ['all', best.cue ? 'cue' : 'noCue']) {
        tally[k][0] += ok;
        tally[k][1]++;
      }
    }
  }
  const share = ([ok, n]) => ({ share: ok / (n || 1), quotes: n });
  return { all: share(tally.all), cue: share(tally.cue), noCue: share(tally.noCue), wrong, none };
}
