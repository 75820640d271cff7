/**
 * Decap's Chinese interface, in the words a community office uses. Decap's own zh_Hans is a
 * translation of a developer tool (集合, 快速新建, 富文本 / Markdown, URL, Backend); these
 * phrases replace the ones an editor meets, and the rest stay Decap's.
 */
import { zh_Hans } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

/** Each question the CMS asks before publishing or deleting, worded once. */
export const ASK = {
  publish: '确定要发布吗？发布后几分钟内网站上就能看到。',
  notReady: '只有“待发布”的内容才能发布：先把状态改成“待发布”（或在审核发布里拖到“待发布”一栏）。',
  deletePublished: '确定要删除这条内容吗？网站上的这一页会一起删掉，旧链接和海报上的二维码会打不开。',
  dropChanges: '确定要放弃还没发布的修改吗？放弃后找不回来。',
};

const plainChinese: Phrases = {
  app: {
    header: { content: '内容', media: '图片库', quickAdd: '新建', workflow: '审核发布' },
    app: { waitingBackend: '正在连接内容管理后台…', loadingConfig: '正在打开…' },
  },
  collection: {
    sidebar: { collections: '栏目', allCollections: '全部栏目', searchAll: '在全部内容里找…', searchIn: '在这里找' },
    collectionTop: { newButton: '＋ 新建%{collectionLabel}', newButtonAriaLabel: '新建一条%{collectionLabel}' },
    entries: { noEntries: '这里还没有内容' },
  },
  editor: {
    editorControlPane: {
      widget: {
        required: '请填写“%{fieldLabel}”。',
        regexPattern: '“%{fieldLabel}”写得不对。%{pattern}',
      },
    },
    editor: {
      onLeavePage: '有修改还没保存，确定要离开吗？',
      confirmLoadBackup: '上次有没保存的修改，要接着编辑吗？',
      // The same questions as on the 审核发布 board: one wording for one decision.
      onPublishingNotReady: ASK.notReady,
      onPublishingWithUnsavedChanges: '有修改还没保存：先点“保存”，再发布。',
      onPublishing: ASK.publish,
      onUnpublishing: '确定要从网站上撤下这条内容吗？撤下后居民就看不到了。',
      onDeleteWithUnsavedChanges: ASK.deletePublished,
      onDeletePublishedEntry: ASK.deletePublished,
      // Decap asks these two one after the other when there are unsaved changes: the same words,
      // and the second question is answered by the first (askOnce in start-cms.ts).
      onDeleteUnpublishedChangesWithUnsavedChanges: ASK.dropChanges,
      onDeleteUnpublishedChanges: ASK.dropChanges,
    },
    editorToolbar: {
      backCollection: '返回“%{collectionLabel}”列表',
      unsavedChanges: '有修改还没保存',
      // Shown also on an empty new entry, where "saved" is not true: say nothing instead.
      changesSaved: '',
      deletePublishedEntry: '删除',
      deleteEntry: '删除',
      // Review before publishing: 草稿 → 待审核 → 待发布, then 发布.
      status: '状态：%{status}',
      draft: '草稿',
      inReview: '待审核',
      ready: '待发布',
      publish: '发布',
      publishNow: '立即发布',
      published: '已发布',
      publishing: '正在发布…',
      saving: '正在保存…',
      unpublish: '撤下',
      unpublishing: '正在撤下…',
      deleteUnpublishedChanges: '放弃没发布的修改',
      deleteUnpublishedEntry: '删除这篇草稿',
      deployButtonLabel: '查看网站上的这一页',
    },
    editorWidgets: {
      markdown: {
        richText: '排版视图',
        markdown: '原文视图',
        linkPrompt: '输入链接的网址',
        addComponent: '插入图片',
      },
      image: { choose: '选择图片', chooseDifferent: '换一张图片', remove: '不用图片' },
      datetime: { now: '现在', clear: '清空' },
    },
  },
  mediaLibrary: {
    mediaLibrary: { onDelete: '确定要从图片库删除这张图片吗？用到它的内容会缺一张图。' },
    mediaLibraryCard: { copyUrl: '复制图片地址', copyPath: '复制路径', copyName: '复制文件名' },
    mediaLibraryModal: {
      images: '图片库',
      mediaAssets: '图片库',
      deleting: '正在删除…',
      deleteSelected: '删除选中的图片',
      chooseSelected: '用这张图片',
      upload: '上传新图片',
    },
  },
  workflow: {
    workflow: {
      loading: '正在打开审核发布…',
      workflowHeading: '审核发布',
      newPost: '新建',
      description: '%{smart_count} 篇待审核，%{readyCount} 篇待发布',
      dateFormat: 'M月D日',
    },
    workflowCard: {
      deleteChanges: '放弃修改',
      deleteNewEntry: '删除草稿',
      publishChanges: '发布修改',
      publishNewEntry: '发布',
    },
    workflowList: {
      onDeleteEntry: ASK.dropChanges,
      onPublishingNotReadyEntry: ASK.notReady,
      onPublishEntry: ASK.publish,
      draftHeader: '草稿',
      inReviewHeader: '待审核',
      readyHeader: '待发布',
      currentEntries: '%{smart_count} 篇',
    },
  },
  ui: {
    toast: {
      onFailToPersist: '没有保存：%{details}',
      missingRequiredField: '还有内容没填好，请看表单里标红的地方。',
      entrySaved: '已保存，网站正在更新。',
      entryPublished: '已发布，网站正在更新。',
      entryUpdated: '状态已改好。',
      entryUnpublished: '已撤下，网站正在更新。',
      onDeleteUnpublishedChanges: '没发布的修改已放弃。',
      onFailToUpdateStatus: '状态没有改好：%{details}',
      onFailToPublishEntry: '没有发布：%{details}',
      onBackendDown: '内容管理后台连不上了：%{details}',
    },
  },
};

function merge(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? merge(b, v) : v;
  }
  return out;
}

export const phrases = merge(zh_Hans as unknown as Phrases, plainChinese);

/** With review before publishing, saving does not touch the site: the notice must not say it does. */
export function phrasesFor(review: boolean): Phrases {
  return review ? merge(phrases, { ui: { toast: { entrySaved: '已保存，还没有发布。' } } }) : phrases;
}
