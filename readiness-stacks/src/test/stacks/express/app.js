'use strict';
// An Express 5 API hardened as the seed reports ask: helmet, an exact CORS list, a login limiter of 10 wrong
// passwords a minute with draft-8 RateLimit headers, an API limiter, HS256 tokens of 10 minutes with rotating
// refresh tokens, and multer uploads checked by their magic bytes. HTTPS on an ephemeral 127.0.0.1 port, plus a
// plain-HTTP listener that redirects to it. STACK_FAULTS (comma-separated) seeds one fault per variant.
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const { rateLimit } = require('express-rate-limit');
const multer = require('multer');
const jwt = require('jsonwebtoken');

const faults = new Set((process.env.STACK_FAULTS || '').split(',').map((f) => f.trim()).filter(Boolean));
const password = process.env.STACK_PASSWORD;
const maxBytes = Number(process.env.STACK_MAX_BYTES || 65536);
const allowedOrigin = process.env.STACK_ALLOWED_ORIGIN || 'https://app.example.com';
if (!password) {
  throw new Error('STACK_PASSWORD is not set');
}
const accounts = new Map([['alice', password]]);
if (faults.has('default-credentials')) {
  accounts.set('admin', 'admin');
}
const signingKey = crypto.randomBytes(32);
const refreshTokens = new Map();

const app = express();
app.disable('x-powered-by');
const hsts = { maxAge: faults.has('hsts-short') ? 86400 : 31536000, includeSubDomains: true };
app.use(helmet({ hsts: faults.has('hsts-missing') ? false : hsts }));
app.use(cors({ origin: faults.has('cors-reflect') ? true : [allowedOrigin], credentials: true }));
app.use(express.json({ limit: '16kb' }));

const loginLimiter = rateLimit({
  windowMs: 60_000,
  limit: 10,
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  skipSuccessfulRequests: true,
  message: { error: 'too many login attempts' },
});
const apiLimiter = rateLimit({
  windowMs: 60_000,
  limit: 100,
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  message: { error: 'too many requests' },
});

function issueTokens(user) {
  const accessToken = jwt.sign({ sub: user }, signingKey, {
    algorithm: 'HS256',
    expiresIn: faults.has('jwt-long-lifetime') ? '7d' : '10m',
  });
  const refreshToken = crypto.randomBytes(32).toString('base64url');
  refreshTokens.set(refreshToken, user);
  return { access_token: accessToken, refresh_token: refreshToken, token_type: 'Bearer' };
}

function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    req.user = jwt.verify(token, signingKey, { algorithms: ['HS256'] }).sub;
    next();
  } catch {
    res.status(401).json({ error: 'authentication required' });
  }
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
function detectedType(bytes) {
  if (bytes.length > 16 && bytes.subarray(0, 8).equals(PNG) && bytes.subarray(bytes.length - 8).equals(PNG_END)) {
    return 'image/png';
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
      && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9) {
    return 'image/jpeg';
  }
  return null;
}
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1 } });

app.get('/', (req, res) => {
  res.type('html').send('<!DOCTYPE html><html><head><title>Rooms</title></head><body><h1>Rooms</h1></body></html>');
});
app.get('/health', (req, res) => res.json({ status: 'ok' }));

const login = [express.json({ limit: '16kb' }), (req, res) => {
  const { username, password: given } = req.body || {};
  const expected = typeof username === 'string' ? accounts.get(username) : undefined;
  if (typeof given !== 'string' || expected === undefined
      || !crypto.timingSafeEqual(crypto.createHash('sha256').update(given).digest(),
        crypto.createHash('sha256').update(expected).digest())) {
    res.status(401).json({ error: 'invalid credentials' });
    return;
  }
  res.json(issueTokens(username));
}];
if (faults.has('login-unlimited')) {
  app.post('/api/auth/login', login);
} else {
  app.post('/api/auth/login', loginLimiter, login);
}
app.post('/api/auth/refresh', (req, res) => {
  const token = req.body && req.body.refresh_token;
  const user = typeof token === 'string' ? refreshTokens.get(token) : undefined;
  if (user === undefined) {
    res.status(401).json({ error: 'invalid refresh token' });
    return;
  }
  refreshTokens.delete(token);
  res.json(issueTokens(user));
});
app.get('/api/rooms', apiLimiter, requireAuth, (req, res) => res.json([{ id: 1, name: 'general' }]));
app.post('/api/files', requireAuth, upload.single('file'), (req, res) => {
  const type = req.file ? detectedType(req.file.buffer) : null;
  if (type === null) {
    res.status(415).json({ error: 'only PNG and JPEG images are accepted' });
    return;
  }
  res.status(201).json({ id: crypto.randomUUID(), type, size: req.file.size });
});

app.use((req, res) => res.status(404).json({ error: 'not found' }));
app.use((err, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const status = err.code === 'LIMIT_FILE_SIZE' ? 413 : (err.status || err.statusCode || 500);
  if (faults.has('debug-traces')) {
    res.status(status).type('text').send(String(err.stack));
    return;
  }
  res.status(status).json({ error: status === 413 ? 'file too large' : (status < 500 ? 'bad request' : 'internal error') });
});

const tls = {
  key: fs.readFileSync(process.env.STACK_TLS_KEY),
  cert: fs.readFileSync(process.env.STACK_TLS_CERT),
  minVersion: 'TLSv1.2',
  ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:'
    + 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305',
  honorCipherOrder: false,
};
const secure = https.createServer(tls, app);
secure.listen(Number(process.env.STACK_HTTPS_PORT || 0), '127.0.0.1', () => {
  const httpsPort = secure.address().port;
  const plain = http.createServer((req, res) => {
    res.writeHead(301, { Location: `https://127.0.0.1:${httpsPort}${req.url}` }).end();
  });
  plain.listen(Number(process.env.STACK_HTTP_PORT || 0), '127.0.0.1', () => {
    console.log(`READY https=${httpsPort} http=${plain.address().port}`);
  });
});
