// Child process for the lock test: opens a congress file, tells the parent, and waits to be killed.
import { openCongressDb } from '../../main/db/connection';

const db = openCongressDb(process.argv[2]!, { create: false });
process.send?.('open');
setInterval(() => db.prepare('SELECT 1').get(), 1000);
