// Tiny assertion helpers shared by the client scripts: any mismatch prints a clear message and exits non-zero.
import { inspect } from 'node:util';

export function checker(client) {
  let passed = 0;
  const fail = (message) => {
    console.error(`${client}: MISMATCH ${message}`);
    process.exit(1);
  };
  return {
    equal(name, actual, expected) {
      const a = inspect(actual, { depth: 5 });
      const e = inspect(expected, { depth: 5 });
      if (a !== e) fail(`${name}\n  expected: ${e}\n  actual:   ${a}`);
      passed++;
    },
    async rejects(name, promise, code) {
      try {
        await promise;
      } catch (error) {
        if (error.code !== code) fail(`${name}: expected SQLSTATE ${code}, got ${error.code} (${error.message})`);
        if (/sqlite/i.test(error.message)) fail(`${name}: SQLite leaks into the message: ${error.message}`);
        passed++;
        return error;
      }
      fail(`${name}: expected SQLSTATE ${code}, but it succeeded`);
    },
    done() {
      console.log(`${client}: ${passed} checks passed`);
    },
    fail,
  };
}

export function target() {
  const [host, port, database, user] = process.argv.slice(2);
  if (!host || !port || !database || !user) {
    console.error('usage: node <script>.mjs <host> <port> <database> <user>');
    process.exit(2);
  }
  return { host, port: Number(port), database, user };
}

// A hung server must fail the run, not hang the build.
export function watchdog(client, seconds = 60) {
  setTimeout(() => {
    console.error(`${client}: MISMATCH no result within ${seconds} s`);
    process.exit(1);
  }, seconds * 1000).unref();
}
