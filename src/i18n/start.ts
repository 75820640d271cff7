/**
 * What `npm start` (scripts/start.mjs) says in the terminal, in one place: the tests read the
 * same words from here. Plain TypeScript with no imports: Node runs it as it is.
 */
export const startText = {
  building: '正在生成网站…',
  built: (seconds: string) => `网站已生成（用时 ${seconds} 秒）。`,
  buildFailed: '网站没有生成，请按上面的提示修改内容后再运行 npm start。',
  rebuilding: '\n检测到内容变化，正在重新生成网站…',
  updated: '网站已更新，刷新浏览器即可看到。',
  notUpdated: '这次没有更新网站，仍显示上一个版本。请按上面的提示修改。',
  rebuildError: (message: string) => `重新生成时出错：${message}。网站仍显示上一个版本，继续等待修改。`,
  watchError: (message: string) => `监视文件变化时出错：${message}`,
  handEdits: (files: string[], branch: string) =>
    `\n这些文件改了但还没有提交，网站上还是原来的样子：${files.slice(0, 5).join('、')}` +
    `${files.length > 5 ? ` 等 ${files.length} 个` : ''}。\n` +
    `网站只发布「${branch}」分支上已提交的内容：在内容管理里保存，或者提交：git add -A && git commit -m 修改说明\n`,
  started: (port: number) => `\n  网站已启动：http://localhost:${port}/`,
  cms: (port: number) => `  内容管理：http://localhost:${port}/admin/`,
  howGit: (branch: string) =>
    `  内容管理里每次保存都记入 git；「${branch}」分支有新的提交（发布）后自动重新生成。按 Ctrl+C 停止。\n`,
  howFiles: '  修改内容或图片（或在内容管理里保存）后会自动重新生成。按 Ctrl+C 停止。\n',
  stopped: '\n已停止：网站和内容管理都已关闭。',
  failed: (message: string) => `\nnpm start 出错停止了：${message}`,
  cmsFailed: (errors: string) => `\n内容管理后台没有启动起来。${errors}\n`,
} as const;
