import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { bridge } from '../../../bridge/bridge';
import { SectionCard } from '../../../ui/SectionCard';

export function AboutSettings() {
  const { data } = useQuery({ queryKey: ['app-info'], queryFn: () => bridge.getAppInfo(), staleTime: Infinity });
  return (
    <SectionCard title="About">
      <Text size="sm">
        {data ? `${data.name} ${data.version}, running ${data.runtime === 'electron' ? 'as the desktop app' : 'in a browser'} on ${data.platform}.` : 'Outpost'}
      </Text>
    </SectionCard>
  );
}
