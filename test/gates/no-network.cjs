/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by plain node (a --require preload, a child script) */
/**
 * Preloaded with `node --require` into a child process under test: every way Node opens a
 * connection or resolves a name (net, tls, http, https, dns) throws, and each attempt is counted
 * in NO_NETWORK_LOG (one line per attempt) so a gate can assert that nothing tried.
 */
const fs = require('node:fs');
const log = process.env.NO_NETWORK_LOG;
function refuse(what) {
  return function refused() {
    if (log) fs.appendFileSync(log, `${what}\n`);
    const err = new Error(`network refused by the no-network gate: ${what}`);
    err.code = 'ENETUNREACH';
    throw err;
  };
}
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('net.Socket.connect');
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
dns.lookup = refuse('dns.lookup');
dns.resolve = dns.resolve4 = dns.resolve6 = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
