import { Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { NearbyHub } from '@shared/hub/hubMessages';
import { bridge } from '../../../bridge/bridge';

// Hubs announcing themselves on this network (desktop app only). Only a hint of who hosts: the
// code still decides where this device connects and which certificate it trusts.
export function NearbyHubs() {
  const [hubs, setHubs] = useState<NearbyHub[] | null>(null);
  const [looking, setLooking] = useState(false);
  const look = async () => {
    setLooking(true);
    setHubs(await bridge.findNearbyHubs());
    setLooking(false);
  };
  return (
    <Stack gap="xs">
      <Button variant="default" onClick={() => void look()} loading={looking} w="fit-content">
        Look for hubs nearby
      </Button>
      {hubs && hubs.length === 0 && <Text size="sm">No hub answered on this network. Ask the host to turn on hosting, or type their code.</Text>}
      {hubs && hubs.length > 0 && (
        <List size="sm" aria-label="Hubs nearby">
          {hubs.map((hub) => (
            <List.Item key={`${hub.host}:${hub.port}`}>
              {hub.name} at {hub.addresses[0] ?? hub.host}:{hub.port}: ask its host for a pairing code.
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
