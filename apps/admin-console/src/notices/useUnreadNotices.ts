import { useGetList } from 'react-admin';

/**
 * How many notices the signed-in person has not read: the total of a one-row page of unread ones.
 * New notices arrive on the live stream (LiveNotices), which refetches this; no polling.
 */
export const useUnreadNotices = (): number | undefined => {
  const { total } = useGetList('notices', { filter: { unread: true }, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } });
  return total;
};
