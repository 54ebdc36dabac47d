import { formatBytes } from '../../shared/bytes';
import type { DatabaseProblem, DatabaseProblemKind } from '../../shared/domain/recovery';
import type { OpenFacts } from '../db/open';

/**
 * Plain words for each way the database can be unusable; the file name is always named, and for
 * a disk or permission problem so are the folder, the free space or the missing permission.
 */
export function describeProblem(
  kind: DatabaseProblemKind,
  file: string,
  detail: string,
  facts: OpenFacts = {},
): DatabaseProblem {
  const untouched = 'OneUp has not changed or deleted it.';
  const fileIsFine = `Your library file ${file} has not been changed, and nothing is wrong with it.`;
  switch (kind) {
    case 'disk_full':
      return {
        kind,
        title: 'The disk is full',
        explanation: `The disk that holds ${facts.folder ?? file} has ${formatBytes(facts.freeBytes ?? 0)} free, so OneUp cannot open your library: it needs a little room to open it and roughly ${formatBytes(facts.neededBytes ?? null)} to keep saving your work. ${fileIsFine} Free some space (empty the trash, delete large downloads), then press Try again.`,
        detail,
      };
    case 'read_only':
      return {
        kind,
        title: 'The disk is read-only',
        explanation: `${facts.folder ?? file} is on a disk that can only be read, not written — for example a locked USB drive, a network share mounted read-only, or a disk the system protected after an error. OneUp cannot save anything there. ${fileIsFine} Make the disk writable (or move the OneUp folder to one that is), then press Try again.`,
        detail,
      };
    case 'permission': {
      const what = facts.path ?? file;
      const permission = facts.missing === 'read' ? 'read' : 'write to';
      return {
        kind,
        title: 'OneUp is not allowed to use your library',
        explanation: `Your user account has no permission to ${permission} ${what}. ${untouched} Give your account ${facts.missing === 'read' ? 'read' : 'write'} permission on it (or ask whoever manages this computer), then press Try again.`,
        detail,
      };
    }
    case 'unavailable':
      return {
        kind,
        title: 'OneUp could not reach your library',
        explanation: `The system reported an error while opening ${file}. This is usually the disk, not the file: a drive that was unplugged, a network share that went away, or a disk error. ${untouched} Check the disk, then press Try again.`,
        detail,
      };
    case 'empty':
      return {
        kind,
        title: 'The library file is empty',
        explanation: `The library file ${file} is empty (0 bytes), so there is nothing in it OneUp can show. This can follow a copy or sync that stopped half-way, or a disk problem. ${untouched} If you have a backup, restore it; or start a new library. Either way the empty file is kept in the "damaged" folder.`,
        detail,
      };
    case 'corrupt':
      return {
        kind,
        title: 'Your library file is damaged',
        explanation: `Parts of ${file} cannot be read. This usually follows a disk problem, a crash of the computer, or a copy made while OneUp was writing. ${untouched} You can put your latest good backup in its place: the damaged file is copied to the "damaged" folder first, never deleted.`,
        detail,
      };
    case 'not_a_database':
      return {
        kind,
        title: 'The library file is not a database',
        explanation: `${file} holds something other than a OneUp library, perhaps a file saved over it or a copy that stopped half-way. ${untouched} You can keep it in the "damaged" folder and restore a backup, or start a new library.`,
        detail,
      };
    case 'foreign':
      return {
        kind,
        title: 'The library file belongs to another program',
        explanation: `${file} is a database, but not one OneUp made. ${untouched} If it was put there by mistake, keep it in the "damaged" folder and restore a backup or start a new library.`,
        detail,
      };
    case 'newer':
      return {
        kind,
        title: 'Your library was saved by a newer OneUp',
        explanation: `${file} was written by a newer version of OneUp than this one. Install the newer OneUp to open it; your data is all there. ${untouched}`,
        detail,
      };
    case 'locked':
      return {
        kind,
        title: 'Another program is using your library',
        explanation: `${file} is locked by another program — another OneUp, or a backup or sync tool. Close it, then press Try again. ${untouched}`,
        detail,
      };
  }
}
