import { SegmentedControl, type MantineColorScheme, useMantineColorScheme } from '@mantine/core';
import { SectionCard } from '../../../ui/SectionCard';

const schemes: Array<{ value: MantineColorScheme; label: string }> = [
  { value: 'auto', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSettings() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SectionCard title="Appearance" description="System follows your operating system's light or dark mode.">
      <SegmentedControl aria-label="Theme" value={colorScheme} onChange={(value) => setColorScheme(value as MantineColorScheme)} data={schemes} w="fit-content" />
    </SectionCard>
  );
}
