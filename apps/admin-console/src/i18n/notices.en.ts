/** Texts of the notices resource; same keys as notices.zh-CN.ts. */
export const noticesEn = {
  notices: {
    name: 'Notice |||| Notices',
    fields: {
      title: 'Title',
      body: 'Text',
      kind: 'Kind',
      recipientOrgUnitId: 'Addressed to',
      createdAt: 'Sent',
      read: 'Read',
      readAt: 'Read at',
      unread: 'Unread',
    },
    kinds: {
      'plan.solicited': 'Topics asked for',
      'plan.published': 'Plan published',
      'plan.revised': 'Plan revised',
      'suggestion.decided': 'Suggestion decided',
    },
  },
};
