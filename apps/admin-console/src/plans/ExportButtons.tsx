import DescriptionIcon from '@mui/icons-material/Description';
import TableChartIcon from '@mui/icons-material/TableChart';
import { useMutation } from '@tanstack/react-query';
import type { ExportFormat, PlanView } from '@xieshang/contracts';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { saveFile } from '../documents/save-file.js';

const ExportButton = ({ plan, format }: { plan: PlanView; format: ExportFormat }) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.exportPlan(plan.id, format),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
    onError: (error: Error) =>
      notify('resources.plans.notifications.export_failed', { type: 'error', messageArgs: { message: error.message } }),
  });
  return (
    <Button
      label={`resources.plans.actions.export_${format}`}
      onClick={() => mutate()}
      disabled={isPending}
      data-testid={`export-${format}`}
    >
      {format === 'docx' ? <DescriptionIcon /> : <TableChartIcon />}
    </Button>
  );
};

/** The approved or published plan as an official notice (DOCX) and as a table (XLSX), fetched with the bearer token. */
export const ExportButtons = () => {
  const plan = useRecordContext<PlanView>();
  if (!plan || !['approved', 'published'].includes(plan.status)) return null;
  return (
    <>
      <ExportButton plan={plan} format="docx" />
      <ExportButton plan={plan} format="xlsx" />
    </>
  );
};
