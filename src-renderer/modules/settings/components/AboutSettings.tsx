import { Text } from '@mantine/core';
import { useAppInfo } from '../../../bridge/useAppInfo';
import { SectionCard } from '../../../ui/SectionCard';

export function AboutSettings() {
  const { data } = useAppInfo();
  return (
    <SectionCard title="About">
      <Text size="sm">
        {data ? `${data.name} ${data.version}, running ${data.runtime === 'electron' ? 'as the desktop app' : 'in a browser'} on ${data.platform}.` : 'Outpost'}
      </Text>
    </SectionCard>
  );
}
