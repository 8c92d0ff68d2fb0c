import type { Theme } from '@mui/material';

/**
 * For a table whose rows are forms (an input per row) rather than records to open: below `md`
 * each row becomes a block of its cells, one under the other, and the header row is left out.
 */
export const stackedOnPhone = (theme: Theme) => ({
  [theme.breakpoints.down('md')]: {
    '& thead': { display: 'none' },
    '& tr': { display: 'block', borderBottom: `1px solid ${theme.palette.divider}`, py: 1 },
    '& td': { display: 'block', width: 'auto !important', borderBottom: 0, py: 0.5 },
  },
});
