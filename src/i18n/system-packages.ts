/**
 * What `npm test` says while it checks and installs the Debian packages the tests use
 * (scripts/system-packages.mjs): the tests read the same words from here. No imports: Node runs it.
 */
export const systemText = {
  /** What each package is for, said beside its name. */
  purpose: {
    chromium: '端到端测试用的浏览器',
    'fonts-noto-cjk': '浏览器里的中文字体，截图和打印用',
    nginx: '部署测试用的网页服务器',
    'libnginx-mod-http-brotli-static': 'Nginx 发送 brotli 压缩文件的模块',
  } as Record<string, string>,
  checking: '检查测试要用的系统软件包…',
  updating: '更新 Debian 软件源（apt-get update）…',
  installing: (name: string, purpose: string) => `安装 ${name}（${purpose}）…`,
  installed: (seconds: string) => ` 完成，用时 ${seconds} 秒`,
  allThere: (names: string[]) => `系统软件包都已安装：${names.join('、')}。`,
  notRoot: (names: string[]) =>
    `缺少测试要用的系统软件包：${names.join('、')}。请先运行下面这一行（要输入密码），再运行 npm test：`,
  noDpkg: (names: string[]) =>
    `这台机器没有 dpkg，不是 Debian 或 Ubuntu：请自己安装 ${names.join('、')} 对应的软件，` +
    '把 Chromium 的路径写进 CHROMIUM_PATH，再运行 npm test。',
  failed: (name: string, output: string) => `\n安装 ${name} 失败：\n${output}`,
} as const;
