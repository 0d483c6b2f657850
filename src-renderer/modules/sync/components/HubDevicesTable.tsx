import { Badge, Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HubDevice } from '@shared/hub/hubMessages';
import { bridge } from '../../../bridge/bridge';
import { hubDevicesQueryKey } from '../hooks/useHubStatus';

export type HubDevicesTableProps = { devices: HubDevice[] };

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'Never');

export function HubDevicesTable({ devices }: HubDevicesTableProps) {
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<HubDevice | null>(null);
  if (devices.length === 0) return <Text size="sm">No device has paired yet: invite a teammate to get started.</Text>;

  // A revoked token cannot be given back, so this asks first instead of offering undo.
  const revoke = async (device: HubDevice) => {
    await bridge.revokeHubDevice({ tokenId: device.tokenId });
    setRevoking(null);
    await queryClient.invalidateQueries({ queryKey: hubDevicesQueryKey });
  };

  return (
    <>
      <Table aria-label="Paired devices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Device</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Last sync</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.map((device) => (
            <Table.Tr key={device.tokenId}>
              <Table.Td>{device.deviceName}</Table.Td>
              <Table.Td>{device.email}</Table.Td>
              <Table.Td>{when(device.lastSeenAt)}</Table.Td>
              <Table.Td>
                {device.revoked ? (
                  <Badge color="gray">Revoked</Badge>
                ) : (
                  <Button size="xs" variant="default" onClick={() => setRevoking(device)} aria-label={`Revoke ${device.deviceName}`}>
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={`Revoke ${revoking?.deviceName ?? ''}?`}>
        <Text size="sm">It stops syncing at once and must pair again with a new code. What it holds stays on it.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setRevoking(null)}>
            Cancel
          </Button>
          <Button color="red" onClick={() => revoking && void revoke(revoking)}>
            Revoke
          </Button>
        </Group>
      </Modal>
    </>
  );
}
