/** 每行一种：名称（或 CAS 号）和吨数, e.g. “液氯 25”; what cannot be read is named. */
export function parseChemicals(text: string): { chemicals: { name?: string; cas?: string; quantityTonnes: number }[]; bad: string | null } {
  const chemicals: { name?: string; cas?: string; quantityTonnes: number }[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)[\s,，:：]+(\d+(?:\.\d+)?)\s*(?:t|吨)?$/.exec(line);
    if (!m) return { chemicals: [], bad: line };
    const what = m[1].trim();
    chemicals.push({ ...(/^\d{2,7}-\d{2}-\d$/.test(what) ? { cas: what } : { name: what }), quantityTonnes: Number(m[2]) });
  }
  return { chemicals, bad: chemicals.length ? null : text };
}
