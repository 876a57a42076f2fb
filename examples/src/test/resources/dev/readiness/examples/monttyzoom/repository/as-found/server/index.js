const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const rateLimit = require('express-rate-limit');
const cors = require('cors');

const app = express();
const allowedOrigins = (process.env.ALLOWED_ORIGINS || '').split(',');
app.use(cors({ origin: allowedOrigins }));
app.use('/api', rateLimit({
  windowMs: Number(process.env.RATE_LIMIT_WINDOW_MS),
  max: Number(process.env.RATE_LIMIT_MAX_REQUESTS),
}));

const server = http.createServer(app);
const io = new Server(server, { cors: { origin: allowedOrigins } });
server.listen(process.env.PORT || 5000);
