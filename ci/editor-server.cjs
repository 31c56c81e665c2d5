// Starts the Cucumber language server installed under the folder given as first argument, on stdio.
// The package's own bin looks for the tree-sitter grammars (.wasm) under its own node_modules, where a
// plain `npm install` does not put them (npm hoists @cucumber/language-service beside it), and then
// parses no glue at all; this starts the same standalone server with the grammars where npm put them.
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const installDir = path.resolve(process.argv[2]);
const requireThere = createRequire(path.join(installDir, 'package.json'));
const service = packageDir('@cucumber/language-service');
const server = packageDir('@cucumber/language-server');
const { startStandaloneServer } = requireThere(path.join(server, 'dist/cjs/src/wasm/startStandaloneServer.js'));
const { NodeFiles } = requireThere(path.join(server, 'dist/cjs/src/node/NodeFiles.js'));

/** The folder of an installed package: up from its main file to the package.json that names it. */
function packageDir(name) {
  let dir = path.dirname(requireThere.resolve(name));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === name) {
      return dir;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`${name} is not installed under ${installDir}`);
}

const { connection } = startStandaloneServer(path.join(service, 'dist'), (rootUri) => new NodeFiles(rootUri));
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Cucumber Language Server: unhandled rejection: ${reason}`);
});
