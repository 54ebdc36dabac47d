// A second process for test/db/lock.test.ts: takes the library lock on argv[2], prints `held`,
// and keeps it until its stdin closes (then lets go cleanly) or it is killed.
import { lockLibrary } from '../../src/main/db/lock';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: lock-holder.ts <dataDir>');
  process.exit(2);
}
const lock = lockLibrary(dataDir);
process.stdout.write('held\n');
process.stdin.resume();
process.stdin.on('end', () => {
  lock.release();
  process.exit(0);
});
