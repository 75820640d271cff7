/**
 * Text as a listener should hear it (朗读, src/components/ReadAloud.astro). Speech engines read
 * 09:30 as digits and skip a dash, so times become 9点30分, a range says 到, and （周五） becomes
 * 星期五 between pauses. Symbols that only mean something to the eye go.
 */
export function speakable(text: string): string {
  return text
    .replace(/[☎▶❚]/g, '')
    .replace(/（周([一二三四五六日天])）/g, '，星期$1，')
    .replace(/(\d{1,2}):(\d{2})/g, (_, h: string, m: string) => `${Number(h)}点${m === '00' ? '' : `${Number(m)}分`}`)
    .replace(/\s*[–—~～-]\s*(?=\d{1,2}点)/g, '到')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A labelled fact read as 「来源：清河派出所」, not run together as 「来源清河派出所」. */
export function labelled(label: string, value: string): string {
  const l = label.replace(/\s+/g, '').replace(/[:：]$/, '');
  return l ? `${l}：${value.trim()}` : value.trim();
}
