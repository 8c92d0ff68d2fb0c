import VerifiedIcon from '@mui/icons-material/Verified';
import { Alert } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { AuditChainReport } from './audit-event.js';

const ChainReport = ({ report }: { report: AuditChainReport }) => {
  const translate = useTranslate();
  if (report.valid) {
    return (
      <Alert severity="success" data-testid="audit-chain-report">
        {translate('resources.audit-events.verify.valid', { checked: report.checked, lastSeq: report.lastSeq ?? '-' })}
      </Alert>
    );
  }
  const broken = report.firstBroken;
  return (
    <Alert severity="error" data-testid="audit-chain-report">
      {translate('resources.audit-events.verify.broken', {
        checked: report.checked,
        seq: broken?.seq ?? '-',
        reason: broken ? translate(`resources.audit-events.verify.reasons.${broken.reason}`, { _: broken.reason }) : '-',
      })}
    </Alert>
  );
};

/** Re-walks the tenant's hash chain on the server and tells whether, and where, it was tampered with. */
export const VerifyChainButton = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const { mutate, data, error, isPending } = useMutation({ mutationFn: () => dataProvider.verifyAuditChain() });
  return (
    <>
      <Button label="resources.audit-events.verify.action" onClick={() => mutate()} disabled={isPending} data-testid="audit-verify">
        <VerifiedIcon />
      </Button>
      {data && <ChainReport report={data} />}
      {error && (
        <Alert severity="error" data-testid="audit-chain-report">
          {translate('resources.audit-events.verify.failed')} {error.message}
        </Alert>
      )}
    </>
  );
};
