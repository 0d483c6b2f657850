import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StartupFailure } from '@renderer/app/components/StartupFailure';
import { UpgradeBackupFailedError } from '@renderer/modules/backup/utils/openWithUpgradeBackup';

// The bridge reads `window` when loaded; these tests only render markup.
vi.mock('@renderer/bridge/bridge', () => ({ bridge: {} }));

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the start-up failure screen', () => {
  it('says a failed backup stopped the database update, and offers to try again or to update without a backup', () => {
    const html = renderToStaticMarkup(<StartupFailure error={new UpgradeBackupFailedError(3, 4, 'the disk is full')} onRetry={() => undefined} />);
    expect(text(html)).toContain('Outpost could not back up its database before updating it');
    expect(text(html)).toContain('Your data has not been changed');
    expect(text(html)).toContain('updates the database from version 3 to 4, and writes a backup first. That backup failed, so the update did not run.');
    expect(text(html)).toContain('the disk is full');
    expect(text(html)).toMatch(/Update without a backup… .*Try the backup again/);
  });

  it('offers no way past any other failure to open the database', () => {
    const html = renderToStaticMarkup(<StartupFailure error={new Error('Updating the database from version 3 to 4 failed')} onRetry={() => undefined} />);
    expect(text(html)).toContain('Outpost could not open its database');
    expect(text(html)).not.toContain('Update without a backup');
  });
});
