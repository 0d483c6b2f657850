import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { parseScanPayload, type ScanFormat } from '@shared/capture/parseScanPayload';
import { parseSignature } from '@shared/capture/parseSignature';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { CaptureFormValues } from '../utils/captureFormValues';
import { findCaptureDuplicates, type CaptureDuplicateQuery } from '../utils/findCaptureDuplicates';
import { PageHeader } from '../../../ui/PageHeader';
import { ScrollablePage } from '../../../ui/ScrollablePage';
import { useCaptureDuplicates } from '../hooks/useCaptureDuplicates';
import { useCaptureEvent } from '../hooks/useCaptureEvent';
import { useCaptureForm } from '../hooks/useCaptureForm';
import { useCaptureStats } from '../hooks/useCaptureStats';
import { useEventAttributes } from '../hooks/useEventAttributes';
import { saveShortcut } from '../utils/captureShortcuts';
import { CaptureDuplicateAlert } from './CaptureDuplicateAlert';
import { CaptureEventBar } from './CaptureEventBar';
import { CaptureForm } from './CaptureForm';
import { RecentCaptures } from './RecentCaptures';
import { CaptureTools } from './CaptureTools';
import { useVCardQueue } from '../hooks/useVCardQueue';

const scanMessages: Record<ScanFormat, string> = {
  vcard: 'Read a vCard badge: check the fields and save',
  mecard: 'Read a MECARD badge: check the fields and save',
  url: 'The badge holds a web address: it is in Website',
  text: 'Read the badge text: check the fields and save',
  unknown: 'The badge’s code is in an unknown format: its text is in Notes',
};

// Said the same way in the status line and beside it: "Card 2 of 5".
const cardPosition = (position: number, total: number) => `Card ${position} of ${total}`;
const cardMessage = (position: number, total: number) => `${cardPosition(position, total)}: check it and save`;

// Trade-show capture: one contact after another, from the keyboard, under the active event.
export function CaptureView() {
  const event = useCaptureEvent();
  if (event === undefined) return null;
  return <CaptureScreen key={event?.id ?? 'none'} event={event} />;
}

type CaptureScreenProps = { event: Parameters<typeof useCaptureForm>[0] };

function CaptureScreen({ event }: CaptureScreenProps) {
  const { db } = useDatabase();
  const attributes = useEventAttributes(event);
  const state = useCaptureForm(event, attributes);
  const stats = useCaptureStats(event?.id ?? null);
  const [ignoredIds, setIgnoredIds] = useState<string[]>([]);
  const firstChoiceRef = useRef<HTMLButtonElement | null>(null);
  const queryOf = (values: CaptureFormValues): CaptureDuplicateQuery => ({
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    phone: values.phone,
    companyId: values.companyId,
    ignoredIds: state.editing ? [...ignoredIds, state.editing.contact.id] : ignoredIds,
  });
  const duplicates = useCaptureDuplicates(queryOf(state.form.getValues()));
  const pending = duplicates.length > 0;
  // Set when a save was held back by a warning that had not been shown yet: it takes the focus once shown.
  const focusWarning = useRef(false);
  useEffect(() => {
    if (!pending || !focusWarning.current) return;
    focusWarning.current = false;
    firstChoiceRef.current?.focus();
  }, [pending]);
  const cards = useVCardQueue();

  // After a save, the next card of an opened .vcf file comes up for review.
  const afterSave = (saved: boolean) => {
    if (!saved) return;
    setIgnoredIds([]);
    if (cards.total === 0) return;
    const card = cards.next();
    if (card) state.fill(card, cardMessage(cards.position + 1, cards.total));
  };
  const save = async () => {
    // A likely duplicate is decided on before anything is created: the warning shown, or one
    // for the very last keystrokes that the live check has not shown yet.
    if (pending) {
      firstChoiceRef.current?.focus();
      return;
    }
    // The values as they are now: the last keystrokes may not have been rendered yet.
    if ((await findCaptureDuplicates(db, queryOf(state.form.getValues()))).length > 0) {
      focusWarning.current = true;
      return;
    }
    afterSave(await state.save());
  };
  const scanned = (payload: string) => {
    const { format, fields } = parseScanPayload(payload);
    state.fill(fields, scanMessages[format]);
  };
  const pasted = (text: string) => state.fill(parseSignature(text), 'Filled from the pasted text: check it and save');
  const openCards = (file: File) => {
    cards.open(file).then(
      ([card, ...rest]) => (card ? state.fill(card, cardMessage(1, rest.length + 1)) : state.fill({}, `No contact cards in ${file.name}`)),
      () => state.fill({}, `${file.name} could not be read`),
    );
  };
  useHotkeys([[saveShortcut.hotkey, () => void save()]], []);

  return (
    <ScrollablePage label="Capture">
      <Stack
        gap="md"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          const file = [...event.dataTransfer.files].find((dropped) => /\.vcf$/i.test(dropped.name) || dropped.type.includes('vcard'));
          if (!file) return;
          event.preventDefault();
          openCards(file);
        }}
      >
        <PageHeader
          title="Capture"
          subtitle="Type, press Enter to move on, Enter on notes (or Ctrl/Cmd+Enter anywhere) to save and start the next. Drop a .vcf file here to review its cards."
          actions={<CaptureTools onScan={scanned} onPaste={pasted} onVCardFile={openCards} />}
        />
        <CaptureEventBar event={event} today={stats?.today ?? 0} inEvent={stats?.inEvent ?? 0} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <CaptureForm
              state={state}
              attributes={attributes}
              onSave={() => void save()}
              onPasteLines={pasted}
              warning={
                <CaptureDuplicateAlert
                  duplicates={duplicates}
                  busy={state.saving}
                  firstChoiceRef={firstChoiceRef}
                  onUpdate={(contact) => void state.updateExisting(contact).then(() => setIgnoredIds([]))}
                  onCreateAnyway={(contactId) => setIgnoredIds((ids) => [...ids, contactId])}
                />
              }
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Text role="status" aria-label="Capture status" size="sm" fw={500} mih={20}>
                {pending ? 'Possible duplicate: open it, update it, or create anyway' : state.status}
              </Text>
              {cards.total > 0 && (
                <Group justify="space-between">
                  <Text size="sm">{cardPosition(cards.position, cards.total)}</Text>
                  <Button size="compact-sm" variant="default" onClick={cards.stop}>
                    Stop reviewing cards
                  </Button>
                </Group>
              )}
              <RecentCaptures contacts={stats?.recent ?? []} onReopen={(contact) => void state.reopen(contact)} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </ScrollablePage>
  );
}
