import { z } from 'zod';

// Why a backup was written; part of its file name.
export const backupKinds = ['scheduled', 'manual', 'before-restore', 'before-upgrade', 'on-quit'] as const;
export type BackupKind = (typeof backupKinds)[number];

// Written by the schedule rather than asked for: these are thinned by the hourly/daily retention.
export function isAutomaticBackupKind(kind: BackupKind): boolean {
  return kind === 'scheduled' || kind === 'on-quit';
}

// outpost-2026-12-04T19-30-00-123Z-scheduled.outpost: the time sorts as text and carries no
// characters a file system refuses. Main accepts only names of this shape, so none is a path.
const backupNamePattern = new RegExp(`^outpost-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${backupKinds.join('|')})\\.outpost$`);

export const backupNameSchema = z.string().max(100).regex(backupNamePattern, 'A backup file name');

export function backupFileName(createdAt: Date, kind: BackupKind): string {
  return `outpost-${createdAt.toISOString().replace(/[:.]/g, '-')}-${kind}.outpost`;
}

export function parseBackupName(name: string): { createdAt: string; kind: BackupKind } | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, kind] = match;
  return { createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`, kind: kind as BackupKind };
}
