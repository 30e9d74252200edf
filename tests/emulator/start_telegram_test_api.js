// Start the telegram-test-api Bot API emulator (npm, pinned in package.json) on 127.0.0.1.
// Usage: node tests/emulator/start_telegram_test_api.js PORT
// Prints "listening PORT" on stdout once it accepts connections; stops on SIGTERM/SIGINT.
// storeTimeout is raised from 60 s to a day because the package deletes stored messages
// older than that, which would drop messages in the middle of a long test module.
'use strict';

const path = require('path');

const TelegramServer = require(path.join(__dirname, '..', '..', 'node_modules', 'telegram-test-api'));

async function main() {
  const port = Number(process.argv[2] || 0);
  if (!Number.isInteger(port) || port <= 0) {
    process.stderr.write('usage: start_telegram_test_api.js PORT\n');
    process.exit(2);
  }
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 86400 });
  await server.start();
  process.stdout.write(`listening ${port}\n`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`telegram-test-api failed to start: ${err}\n`);
  process.exit(1);
});
