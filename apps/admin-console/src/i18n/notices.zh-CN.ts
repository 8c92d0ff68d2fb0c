/** 通知资源的文案。键与 notices.en.ts 完全一致。 */
export const noticesZhCN = {
  notices: {
    name: '通知',
    fields: {
      title: '标题',
      body: '内容',
      kind: '类别',
      recipientOrgUnitId: '收件单位',
      createdAt: '发出时间',
      read: '已读',
      readAt: '阅读时间',
      unread: '未读',
    },
    kinds: {
      'plan.solicited': '征集协商议题',
      'plan.published': '年度计划印发',
      'plan.revised': '年度计划修订',
      'suggestion.decided': '议题建议答复',
    },
  },
};
