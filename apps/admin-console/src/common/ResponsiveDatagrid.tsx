import { Box, useMediaQuery, type Theme } from '@mui/material';
import { isValidElement, type ReactNode } from 'react';
import { Datagrid, SimpleList, type DatagridProps, type RaRecord, type SimpleListProps } from 'react-admin';

/**
 * What a list shows of each record on a phone: one line to recognise it, one or two to tell it
 * apart; an element as tertiary text (a status chip, a short name) goes to the end of the first line.
 */
export type PhoneListText<RecordType extends RaRecord = RaRecord> = Pick<
  SimpleListProps<RecordType>,
  'primaryText' | 'secondaryText' | 'tertiaryText'
>;

export interface ResponsiveDatagridProps<RecordType extends RaRecord = RaRecord> extends DatagridProps<RecordType> {
  phone: PhoneListText<RecordType>;
  children: ReactNode;
  'data-testid'?: string;
}

/** Below `md` a table's columns leave each cell a few characters wide; lists are read there as a list. */
export const useIsPhone = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));

/** Floats an element (a status chip, a short name) to the end of a row's first line. */
const PhoneRowEnd = ({ children }: { children: ReactNode }) => (
  <Box component="div" sx={{ float: 'right', ml: 1 }}>
    {children}
  </Box>
);

/**
 * A resource's list: react-admin's `Datagrid` on wide screens, its `SimpleList` below the `md`
 * breakpoint with the texts the resource chose, opening a record the same way.
 */
export const ResponsiveDatagrid = <RecordType extends RaRecord = RaRecord>(props: ResponsiveDatagridProps<RecordType>) => {
  const { phone, rowClick, rowSx, 'data-testid': testId, ...datagridProps } = props;
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <SimpleList<RecordType>
        {...phone}
        tertiaryText={isValidElement(phone.tertiaryText) ? <PhoneRowEnd>{phone.tertiaryText}</PhoneRowEnd> : phone.tertiaryText}
        rowClick={typeof rowClick === 'function' || typeof rowClick === 'string' ? rowClick : false}
        rowSx={rowSx as SimpleListProps<RecordType>['rowSx']}
        data-testid={testId}
      />
    );
  }
  return <Datagrid rowClick={rowClick} rowSx={rowSx} data-testid={testId} {...datagridProps} />;
};
