/**
 * What the build's steps (src/integrations/) say in its log, in one place. Each line is a
 * template with named numbers: the step writes it with `say()`, and the tests and the benchmark
 * read the numbers back with `heard()`, so nobody copies our wording into a pattern. Plain
 * TypeScript with no imports: the benchmark runs it in Node.
 */
const LINES = {
  adminKept: '内容管理的程序包取自缓存，用时 {seconds} 秒',
  adminMade: '内容管理的程序包重新打包，用时 {seconds} 秒',
  searchIndex: '搜索索引：{pages} 篇，用时 {seconds} 秒（页面生成完以后又等了 {waited} 秒）',
  searchIndexKept: '搜索索引：{pages} 篇，搜索的内容没变，取自缓存，用时 {seconds} 秒',
  qrCodes: '二维码 {total} 个（新做 {made} 个，其余取自缓存），用时 {seconds} 秒',
  photos: '照片 {photos} 张，{files} 个尺寸文件（新做 {made} 个，其余取自缓存），用时 {seconds} 秒',
  sharePictures: '分享图片 {total} 张（新画 {made} 张，其余取自缓存），用时 {seconds} 秒',
  staleFiles: '删掉了上次生成留下、这次没有的文件 {removed} 个',
} as const;

export type BuildLine = keyof typeof LINES;

/** The line `name` with its numbers filled in. */
export function say(name: BuildLine, values: Record<string, number | string>): string {
  return LINES[name].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** The numbers of the last line `name` in `log`, by their names; undefined when it is not there. */
export function heard(name: BuildLine, log: string): Record<string, number> | undefined {
  const keys: string[] = [];
  const pattern = escape(LINES[name]).replace(/\\?\{(\w+)\\?\}/g, (_, key: string) => {
    keys.push(key);
    return '([\\d.]+)';
  });
  const all = [...log.matchAll(new RegExp(pattern, 'g'))];
  const last = all[all.length - 1];
  return last && Object.fromEntries(keys.map((k, i) => [k, Number(last[i + 1])]));
}
