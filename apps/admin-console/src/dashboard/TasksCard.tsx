import { Card, CardContent, CardHeader, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { TaskView } from '@xieshang/contracts';
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** A task's kind in the console's language; a kind the console does not know yet shows as it is. */
const kindLabel = (kind: string, translate: ReturnType<typeof useTranslate>): string => translate(`resources.tasks.kinds.${kind}`, { _: kind });

/**
 * 待办: what waits for the signed-in person across the procedure, soonest due first, each opening
 * its record. One query; the live notice stream refetches it when a task opens or closes.
 */
export const TasksCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending } = useGetList<TaskView & { id: string }>('tasks', { pagination: { page: 1, perPage: 50 }, sort: { field: 'dueOn', order: 'ASC' } });
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }} data-testid="tasks-card">
      <CardHeader title={translate('resources.tasks.title')} component="h2" />
      <CardContent sx={{ pt: 0 }}>
        {!isPending && (data ?? []).length === 0 && (
          <Typography color="text.secondary" data-testid="tasks-empty">
            {translate('resources.tasks.empty')}
          </Typography>
        )}
        <List dense data-testid="task-list" aria-label={translate('resources.tasks.title')}>
          {(data ?? []).map((task) => (
            <ListItem key={task.id} disablePadding>
              <ListItemButton
                component={Link}
                to={createPath({ resource: task.link.resource, id: task.link.id, type: 'show' })}
                data-testid="task-item"
                data-kind={task.kind}
              >
                <ListItemText
                  primary={`${kindLabel(task.kind, translate)}：${task.title}`}
                  secondary={task.dueOn ? translate('resources.tasks.due', { date: task.dueOn }) : translate('resources.tasks.no_due')}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
