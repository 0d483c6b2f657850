import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { readStorageStatus } from '../../../db/persistentStorage';
import { SectionCard } from '../../../ui/SectionCard';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;

export function StorageSettings() {
  const { data } = useQuery({ queryKey: ['storage-status'], queryFn: readStorageStatus, refetchInterval: 30_000 });
  const persistence =
    data?.persisted === true
      ? 'Persistent: the browser will not clear this data to free space.'
      : data?.persisted === false
        ? 'Not persistent: the browser may clear this data when the disk runs low. Keep backups.'
        : 'Persistence is not reported by this browser.';
  return (
    <SectionCard title="Storage" description="All your data lives on this device first.">
      <Text size="sm">{persistence}</Text>
      {data?.usageBytes != null && data.quotaBytes != null && (
        <Text size="sm">
          Using {megabytes(data.usageBytes)} of {megabytes(data.quotaBytes)} available.
        </Text>
      )}
    </SectionCard>
  );
}
