import type { PlanView } from '@xieshang/contracts';
import { Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { AddItemButton } from './AddItemButton.js';
import { ExportButtons } from './ExportButtons.js';
import { PlanActionButtons } from './PlanActionButtons.js';
import { PlanCalendar } from './PlanCalendar.js';
import { PlanHeader } from './PlanHeader.js';
import { PlanItemsTab } from './PlanItemsTab.js';
import { RenamePlanButton } from './RenamePlanButton.js';
import { PlanSuggestionsTab } from './PlanSuggestionsTab.js';
import { RevisionHistory } from './RevisionHistory.js';

const PlanShowActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <PlanActionButtons />
    <RenamePlanButton />
    <AddItemButton />
    <ExportButtons />
  </TopToolbar>
);

const PlanTitle = () => {
  const plan = useRecordContext<PlanView>();
  return <span>{plan?.title ?? ''}</span>;
};

/** The plan: its header and minimums, the buttons the person may press, items, calendar, revisions and suggestions. */
export const PlanShow = () => {
  const { canAccess: readsSuggestions } = useCanAccess({ resource: 'plan-suggestions', action: 'list' });
  return (
    <Show actions={<PlanShowActions />} title={<PlanTitle />}>
      <PlanHeader />
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label="resources.plans.tabs.items">
          <PlanItemsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.plans.tabs.calendar" path="calendar">
          <PlanCalendar />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.plans.tabs.revisions" path="revisions">
          <RevisionHistory />
        </TabbedShowLayout.Tab>
        {readsSuggestions && (
          <TabbedShowLayout.Tab label="resources.plans.tabs.suggestions" path="suggestions">
            <PlanSuggestionsTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
