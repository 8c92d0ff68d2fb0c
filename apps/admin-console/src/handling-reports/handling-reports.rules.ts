/** The year the handling reports page shows: the one asked for in its address (`?year=`), else this year. */
export const reportYear = (asked: string | null, now: Date = new Date()): number => {
  const year = Number(asked);
  return asked && Number.isInteger(year) && year >= 2000 && year <= 2999 ? year : now.getFullYear();
};
