import { useGetList } from 'react-admin';

/** How many notices the signed-in person has not read: the total of a one-row page of unread ones. */
export const useUnreadNotices = (): number | undefined => {
  const { total } = useGetList(
    'notices',
    { filter: { unread: true }, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } },
    // New notices arrive from events, not from this person's own clicks; look again now and then.
    { refetchInterval: 60_000 },
  );
  return total;
};
