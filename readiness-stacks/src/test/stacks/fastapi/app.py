"""A FastAPI API hardened as the seed reports ask, served by uvicorn on ephemeral 127.0.0.1 ports.

Security headers from a middleware, an exact CORS list, a login limiter (10 wrong passwords a minute per client,
429 with Retry-After: slowapi is not packaged by Debian, so it is a small middleware) and an API limiter (100
requests a minute on /api/rooms, the same way), HS256 tokens of 10 minutes
with rotating refresh tokens, uploads checked by their magic bytes, no docs endpoints, no server header. A second
listener on plain HTTP redirects to HTTPS. STACK_FAULTS (comma-separated) seeds one fault per variant.
"""
import asyncio
import hmac
import os
import secrets
import socket
import ssl
import sys
import time
import traceback
from collections import defaultdict, deque

import jwt
import uvicorn
from fastapi import FastAPI, File, Request, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse

FAULTS = {f.strip() for f in os.environ.get("STACK_FAULTS", "").split(",") if f.strip()}
PASSWORD = os.environ["STACK_PASSWORD"]
MAX_BYTES = int(os.environ.get("STACK_MAX_BYTES", "65536"))
ALLOWED_ORIGIN = os.environ.get("STACK_ALLOWED_ORIGIN", "https://app.example.com")
ACCOUNTS = {"alice": PASSWORD}
if "default-credentials" in FAULTS:
    ACCOUNTS["admin"] = "admin"
SIGNING_KEY = secrets.token_bytes(32)
REFRESH_TOKENS = {}
LOGIN_PATH = "/api/auth/login"
LOGIN_LIMIT = 10
LOGIN_WINDOW = 60.0

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None, debug="debug-traces" in FAULTS)


class SlidingWindow:
    """Counts events per client address in a sliding window; retry_after says how long a full window has to wait."""

    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.events = defaultdict(deque)

    def retry_after(self, client):
        now = time.monotonic()
        recent = self.events[client]
        while recent and now - recent[0] >= self.window:
            recent.popleft()
        if len(recent) < self.limit:
            return 0
        return max(1, int(self.window - (now - recent[0])) + 1)

    def record(self, client):
        self.events[client].append(time.monotonic())


LOGIN_LIMITER = SlidingWindow(LOGIN_LIMIT, LOGIN_WINDOW)
API_LIMITER = SlidingWindow(100, 60.0)


def client_of(request: Request):
    return request.client.host if request.client else "unknown"


@app.middleware("http")
async def api_limit(request: Request, call_next):
    if request.url.path == "/api/rooms":
        client = client_of(request)
        wait = API_LIMITER.retry_after(client)
        if wait:
            return JSONResponse({"error": "too many requests"}, status_code=429, headers={"Retry-After": str(wait)})
        API_LIMITER.record(client)
    return await call_next(request)


@app.middleware("http")
async def login_limit(request: Request, call_next):
    if request.url.path == LOGIN_PATH and request.method == "POST" and "login-unlimited" not in FAULTS:
        client = client_of(request)
        wait = LOGIN_LIMITER.retry_after(client)
        if wait:
            return JSONResponse({"error": "too many login attempts"}, status_code=429,
                                headers={"Retry-After": str(wait)})
        response = await call_next(request)
        if response.status_code == 401:
            LOGIN_LIMITER.record(client)
        return response
    return await call_next(request)


@app.middleware("http")
async def security_headers(request: Request, call_next):
    response = await call_next(request)
    if "hsts-missing" not in FAULTS:
        max_age = 86400 if "hsts-short" in FAULTS else 31536000
        response.headers["Strict-Transport-Security"] = f"max-age={max_age}; includeSubDomains"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response


app.add_middleware(CORSMiddleware,
                   allow_origin_regex=".*" if "cors-reflect" in FAULTS else None,
                   allow_origins=[] if "cors-reflect" in FAULTS else [ALLOWED_ORIGIN],
                   allow_credentials=True, allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])


@app.exception_handler(Exception)
async def internal_error(request: Request, exc: Exception):
    if "debug-traces" in FAULTS:
        return PlainTextResponse("".join(traceback.format_exception(exc)), status_code=500)
    return JSONResponse({"error": "internal error"}, status_code=500)


def issue_tokens(user):
    now = int(time.time())
    lifetime = 7 * 24 * 3600 if "jwt-long-lifetime" in FAULTS else 600
    access = jwt.encode({"sub": user, "iat": now, "exp": now + lifetime}, SIGNING_KEY, algorithm="HS256")
    refresh = secrets.token_urlsafe(32)
    REFRESH_TOKENS[refresh] = user
    return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer"}


def current_user(request: Request):
    header = request.headers.get("authorization", "")
    if not header.startswith("Bearer "):
        return None
    try:
        return jwt.decode(header[7:], SIGNING_KEY, algorithms=["HS256"])["sub"]
    except jwt.PyJWTError:
        return None


async def json_body(request: Request):
    try:
        body = await request.json()
    except ValueError:
        if "debug-traces" in FAULTS:
            raise
        return None
    return body if isinstance(body, dict) else None


@app.get("/", response_class=HTMLResponse)
async def home():
    return "<!DOCTYPE html><html><head><title>Rooms</title></head><body><h1>Rooms</h1></body></html>"


@app.get("/health")
async def health():
    return {"status": "ok"}


@app.post(LOGIN_PATH)
async def login(request: Request):
    body = await json_body(request)
    if body is None:
        return JSONResponse({"error": "bad request"}, status_code=400)
    user, given = body.get("username"), body.get("password")
    expected = ACCOUNTS.get(user) if isinstance(user, str) else None
    if not isinstance(given, str) or expected is None or not hmac.compare_digest(given.encode(), expected.encode()):
        return JSONResponse({"error": "invalid credentials"}, status_code=401)
    return issue_tokens(user)


@app.post("/api/auth/refresh")
async def refresh(request: Request):
    body = await json_body(request)
    token = body.get("refresh_token") if body else None
    user = REFRESH_TOKENS.pop(token, None) if isinstance(token, str) else None
    if user is None:
        return JSONResponse({"error": "invalid refresh token"}, status_code=401)
    return issue_tokens(user)


@app.get("/api/rooms")
async def rooms(request: Request):
    if current_user(request) is None:
        return JSONResponse({"error": "authentication required"}, status_code=401)
    return [{"id": 1, "name": "general"}]


PNG, PNG_END = b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82"


def detected_type(data):
    if len(data) > 16 and data.startswith(PNG) and data.endswith(PNG_END):
        return "image/png"
    if len(data) > 4 and data.startswith(b"\xff\xd8\xff") and data.endswith(b"\xff\xd9"):
        return "image/jpeg"
    return None


@app.post("/api/files")
async def files(request: Request, file: UploadFile = File(...)):
    if current_user(request) is None:
        return JSONResponse({"error": "authentication required"}, status_code=401)
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return JSONResponse({"error": "file too large"}, status_code=413)
    kind = detected_type(data)
    if kind is None:
        return JSONResponse({"error": "only PNG and JPEG images are accepted"}, status_code=415)
    return JSONResponse({"id": secrets.token_hex(8), "type": kind, "size": len(data)}, status_code=201)


async def redirect_app(scope, receive, send):
    """The plain-HTTP listener: every request is answered 301 to the same path over HTTPS."""
    if scope["type"] != "http":
        return
    target = f"https://127.0.0.1:{HTTPS_PORT}{scope['path']}"
    if scope.get("query_string"):
        target += "?" + scope["query_string"].decode("latin-1")
    await RedirectResponse(target, status_code=301)(scope, receive, send)


def bound_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


CIPHERS = ("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
           "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305")
HTTPS_PORT = 0


async def main():
    global HTTPS_PORT
    secure_socket, plain_socket = bound_socket(), bound_socket()
    HTTPS_PORT = secure_socket.getsockname()[1]
    secure = uvicorn.Config(app, log_level="warning", server_header=False, access_log=False,
                            ssl_keyfile=os.environ["STACK_TLS_KEY"], ssl_certfile=os.environ["STACK_TLS_CERT"],
                            ssl_ciphers=CIPHERS)
    secure.load()
    secure.ssl.minimum_version = ssl.TLSVersion.TLSv1_2
    plain = uvicorn.Config(redirect_app, log_level="warning", server_header=False, access_log=False)
    servers = [uvicorn.Server(secure), uvicorn.Server(plain)]
    tasks = [asyncio.create_task(servers[0].serve(sockets=[secure_socket])),
             asyncio.create_task(servers[1].serve(sockets=[plain_socket]))]
    while not all(s.started for s in servers):
        await asyncio.sleep(0.05)
    print(f"READY https={HTTPS_PORT} http={plain_socket.getsockname()[1]}", flush=True)
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
