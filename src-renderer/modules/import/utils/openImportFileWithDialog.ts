import { bridge } from '../../../bridge/bridge';
import type { ChosenImportFile } from './importSource';
import { openedImportFile } from './openedImportFile';

// The file chosen in the native open dialog, read through the bridge as the import goes, never
// whole; null when the user cancelled. A file main refused (too big, another type) is an error
// with its reason.
export async function openImportFileWithDialog(): Promise<ChosenImportFile | null> {
  const result = await bridge.openFile({ formats: ['csv', 'vcf'] });
  if (result.status === 'cancelled') return null;
  if (result.status === 'refused') throw new Error(`${result.name} was not opened: ${result.reason}`);
  return openedImportFile(result, bridge);
}
