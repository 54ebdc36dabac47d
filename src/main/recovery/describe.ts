import type { DatabaseProblem, DatabaseProblemKind } from '../../shared/domain/recovery';

/** Plain words for each way the database can be unusable; the file name is always named. */
export function describeProblem(
  kind: DatabaseProblemKind,
  file: string,
  detail: string,
): DatabaseProblem {
  const untouched = 'OneUp has not changed or deleted it.';
  switch (kind) {
    case 'corrupt':
      return {
        kind,
        title: 'Your library file is damaged',
        explanation: `Parts of ${file} cannot be read. This usually follows a disk problem, a crash of the computer, or a copy made while OneUp was writing. ${untouched} You can put your latest good backup in its place: the damaged file is moved to the "damaged" folder, not deleted.`,
        detail,
      };
    case 'not_a_database':
      return {
        kind,
        title: 'The library file is not a database',
        explanation: `${file} holds something other than a OneUp library, perhaps a file saved over it or a copy that stopped half-way. ${untouched} You can move it to the "damaged" folder and restore a backup, or start a new library.`,
        detail,
      };
    case 'foreign':
      return {
        kind,
        title: 'The library file belongs to another program',
        explanation: `${file} is a database, but not one OneUp made. ${untouched} If it was put there by mistake, move it to the "damaged" folder and restore a backup or start a new library.`,
        detail,
      };
    case 'newer':
      return {
        kind,
        title: 'Your library was saved by a newer OneUp',
        explanation: `${file} was written by a newer version of OneUp than this one. Install the newer OneUp to open it; your data is all there. ${untouched} Restoring a backup here would move the newer file to the "damaged" folder.`,
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
