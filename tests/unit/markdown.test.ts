import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { excerptOf, headingId, markdownToText, readMarkdown, renderMarkdown } from '../../src/lib/markdown';

describe('renderMarkdown safety', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">点我</a>',
    '[点我](javascript:alert(1))',
    '[点我](JaVaScRiPt:alert(1))',
    '[点我](java\tscript:alert(1))',
    '[点我](vbscript:msgbox(1))',
    '[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![图](javascript:alert(1))',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<svg onload=alert(1)>',
    '[a](  javascript:alert(1))',
    '<javascript:alert(1)>',
    '[外站](//evil.example/x)',
  ];
  it.each(attacks)('neutralises %j', (source) => {
    const html = renderMarkdown(source);
    const doc = new DOMParserLike(html);
    expect(doc.tags()).not.toContain('script');
    expect(doc.tags()).not.toContain('iframe');
    expect(doc.tags()).not.toContain('svg');
    expect(doc.attrNames().some((a) => a.startsWith('on'))).toBe(false);
    // A browser drops tabs and newlines inside a URL's scheme (`java\tscript:`): so does the oracle.
    expect(
      doc.urls().some((u) => /^\s*(javascript|vbscript|data):/i.test(u.replace(/[\t\n\r]/g, '')) || u.startsWith('//')),
    ).toBe(false);
  });

  it('keeps ordinary links and images', () => {
    const html = renderMarkdown(
      '[社区](https://example.cn/a) [电话](tel:051266881234) [本站](/events/) ![图](/uploads/a.jpg)',
    );
    expect(html).toContain('href="https://example.cn/a"');
    expect(html).toContain('href="tel:051266881234"');
    expect(html).toContain('href="/events/"');
    expect(html).toContain('src="/uploads/a.jpg"');
    expect(html).toContain('loading="lazy"');
  });

  it('shows raw HTML as text instead of dropping what the editor wrote', () => {
    expect(renderMarkdown('<b>注意</b>')).toContain('&lt;b&gt;注意&lt;/b&gt;');
  });
});

describe('headings and tables', () => {
  it('gives headings readable, unique ids', () => {
    const html = renderMarkdown('## 报名方式\n\n## 报名方式\n\n### What to bring 带什么');
    expect(html).toContain('<h2 id="报名方式">');
    expect(html).toContain('<h2 id="报名方式-2">');
    expect(html).toContain('<h3 id="what-to-bring-带什么">');
    expect(headingId('！？')).toBe('section');
  });
  it("keeps the page's one <h1> and its own ids", () => {
    const html = renderMarkdown('# 大标题\n\n## main\n\n## search results');
    expect(html).toContain('<h2 id="大标题">大标题</h2>');
    expect(html).not.toContain('<h1');
    expect(html).toContain('id="main-2"');
    expect(html).toContain('id="search-results-2"');
  });
  it('wraps tables so they scroll inside a narrow page', () => {
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toMatch(/<div class="table-scroll"[^>]*><table>/);
  });
});

describe('plain text', () => {
  it('extracts text and cuts an excerpt at a sentence end', () => {
    const src = '## 标题\n\n第一句话很长很长很长。第二句话也很长很长很长很长很长很长很长。';
    expect(markdownToText(src)).toBe('标题 第一句话很长很长很长。第二句话也很长很长很长很长很长很长很长。');
    expect(excerptOf(markdownToText(src), 24)).toBe('标题 第一句话很长很长很长。');
  });
});

/** A tiny HTML scanner: enough to list tag names, attribute names and URL values. */
/** What a browser would make of the HTML: a real parser, so entities are decoded as a browser decodes them. */
class DOMParserLike {
  private elements: DefaultTreeAdapterMap['element'][] = [];
  constructor(html: string) {
    const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
      for (const child of node.childNodes) {
        if ('tagName' in child) {
          this.elements.push(child);
          walk(child);
        }
      }
    };
    walk(parseFragment(html));
  }
  tags() {
    return this.elements.map((e) => e.tagName);
  }
  attrNames() {
    return this.elements.flatMap((e) => e.attrs.map((a) => a.name));
  }
  urls() {
    return this.elements.flatMap((e) =>
      e.attrs.filter((a) => a.name === 'href' || a.name === 'src').map((a) => a.value),
    );
  }
}

describe('text as residents read it', () => {
  it('ends a bare address where the Chinese text begins', () => {
    const html = renderMarkdown('详见https://example.cn/a了解更多。');
    expect(html).toContain('<a href="https://example.cn/a">https://example.cn/a</a>了解更多。');
  });
  it('keeps values whole: phone numbers, time ranges, numbers with units, dates', () => {
    const html = renderMarkdown('电话 0512-6688 1234，09:00–11:30，28 人，5 克盐，2027年3月5日。');
    for (const v of ['0512-6688 1234', '09:00–11:30', '28 人', '5 克', '2027年3月5日']) {
      expect(html).toContain(`<span class="nowrap">${v}</span>`);
    }
  });
  it('does not take the minutes of a time for a number with a unit', () => {
    expect(renderMarkdown('20:00 志愿者上门')).toContain('20:00 志愿者上门');
  });
  it('leaves the text that excerpts and checks read as written', () => {
    expect(excerptOf(markdownToText('电话 0512-6688 1234，28 人。'))).toBe('电话 0512-6688 1234，28 人。');
  });
});

describe("readMarkdown, the build's one parse of a body", () => {
  const body = [
    '# 报名方式',
    '',
    '请带上**身份证**，电话 0512-6688 1234。',
    '',
    '![老人量血压](/uploads/xueya.jpg)',
    '',
    '- 第一条 [链接](https://example.cn)',
    '- ![第二张](/uploads/二.png "说明")',
    '',
    '| 时间 | 地点 |',
    '| --- | --- |',
    '| 9:00 | 活动室 |',
    '',
    '<script>alert(1)</script>',
  ].join('\n');

  it('gives what the separate calls give (the HTML, the text), and the images', () => {
    const read = readMarkdown(body);
    expect(read.html).toBe(renderMarkdown(body));
    expect(read.text).toBe(markdownToText(body));
    expect(read.images).toEqual(['/uploads/xueya.jpg', '/uploads/%E4%BA%8C.png']);
    expect(read.html).not.toContain('<script>');
  });
});
