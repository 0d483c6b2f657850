import { Group, NumberInput, Select, Switch, Text } from '@mantine/core';
import { keptBackupsPerSafetyKind } from '@shared/backup/backupRetention';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useBackupSchedule } from '../hooks/useBackupSchedule';
import { changeBackupSchedule, type BackupSchedule } from '../utils/backupSchedule';

const intervals = [
  { value: '1', label: 'Every hour of use' },
  { value: '4', label: 'Every 4 hours of use' },
  { value: '24', label: 'Every 24 hours of use' },
  { value: '0', label: 'Only on quit' },
];

export function BackupScheduleFields() {
  const { db } = useDatabase();
  const schedule = useBackupSchedule();
  const save = (change: Partial<BackupSchedule>) => void changeBackupSchedule(db, change);
  const count = (value: string | number) => Math.min(1000, Math.max(1, Math.round(Number(value) || 1)));
  return (
    <>
      <Group align="flex-end">
        <Select label="Back up automatically" data={intervals} value={String(schedule.intervalHours)} onChange={(value) => value !== null && save({ intervalHours: Number(value) })} allowDeselect={false} w={240} />
        <Switch label="Also when Outpost closes" checked={schedule.onQuit} onChange={(event) => save({ onQuit: event.currentTarget.checked })} mb={8} />
      </Group>
      <Group>
        <NumberInput label="Hourly backups to keep" min={1} max={1000} value={schedule.keepHourly} onChange={(value) => save({ keepHourly: count(value) })} w={200} />
        <NumberInput label="Daily backups to keep" min={1} max={1000} value={schedule.keepDaily} onChange={(value) => save({ keepDaily: count(value) })} w={200} />
      </Group>
      <Text size="sm" c="dimmed">
        These counts thin the automatic backups. Of the backups made with "Back up now", before a restore and before an update, the last {keptBackupsPerSafetyKind} of each
        are kept.
      </Text>
    </>
  );
}
