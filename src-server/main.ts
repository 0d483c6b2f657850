import { AdminError } from './admin/AdminError';
import { adminSocketPath, sendAdminCommand } from './cli/adminSocket';
import { parseServerCommand, UsageError, usage } from './cli/parseServerCommand';
import { runAdminCommand } from './cli/runAdminCommand';
import { startServer } from './cli/startServer';
import { openSyncStore } from './store/openSyncStore';

// `npm run server -- [command]`: see usage in cli/parseServerCommand.ts.
async function main(): Promise<void> {
  const command = parseServerCommand(process.argv.slice(2), process.env);
  if (command.name === 'help') {
    console.log(usage);
    return;
  }
  if (command.name !== 'start' && command.storage.kind === 'pglite' && command.storage.dataDir) {
    // A running server owns the data folder: ask it.
    const answer = await sendAdminCommand(adminSocketPath(command.storage.dataDir), command);
    if (answer !== null) {
      console.log(answer);
      return;
    }
  }
  const store = await openSyncStore(command.storage);
  if (command.name === 'start') {
    await startServer(store, command);
    return;
  }
  try {
    console.log(await runAdminCommand(store, command));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
  else if (error instanceof AdminError) console.error(error.message);
  else console.error(`Outpost server: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
