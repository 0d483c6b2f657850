import { bridge } from '../../../bridge/bridge';

// The file chosen in the native open dialog as a File, as the Dropzone would give it; null when
// the user cancelled. A file main refused (too big, another type) is an error with its reason.
export async function openImportFileWithDialog(): Promise<File | null> {
  const result = await bridge.openFile({ formats: ['csv', 'vcf'] });
  if (result.status === 'cancelled') return null;
  if (result.status === 'refused') throw new Error(`${result.name} was not opened: ${result.reason}`);
  return new File([result.data as Uint8Array<ArrayBuffer>], result.name);
}
