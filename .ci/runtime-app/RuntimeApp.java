import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The small application of the runtime test images (.ci/docker-images.sh): notes stored in memory or in Redis, a
 * health endpoint, a login issuing JWTs, and a long poll. Every behaviour the resilience.*, logs.*, shutdown.* and
 * auth.session-lifetime checks judge is switched by an environment variable, so the hardened and the naive variant
 * are the same code:
 *   STORE=memory|redis      where notes live (REDIS_HOST, REDIS_PORT: the store)
 *   HEALTH=deep|shallow     deep pings the store and answers 503 when it is gone; shallow always answers 200
 *   ERRORS=clean|trace      a store failure answers a clean 503, or a 500 carrying the Java stack trace
 *   LOG_SECRETS=false|true  true prints passwords, tokens and Authorization headers to stdout
 *   SHUTDOWN=drain|ignore   drain: on SIGTERM refuse new requests with 503, finish those in flight, exit 143;
 *                           ignore: SIGTERM is ignored, so only SIGKILL ends the process
 *   REFRESH_TTL=seconds     lifetime of the refresh token (JWT exp) and the session cookie (Max-Age); 0: unbounded
 *   REFRESH_FORMAT=jwt|opaque  opaque: a random refresh token kept by the server, rotated on use, in a cookie
 *                           without Max-Age; REFRESH_IDLE=seconds refuses one unused for longer (0: never)
 */
public final class RuntimeApp {

  private static final Map<String, String> ENV = System.getenv();
  private static final Map<String, String> MEMORY = new ConcurrentHashMap<>();
  private static final Map<String, Instant> OPAQUE = new ConcurrentHashMap<>();
  private static final AtomicBoolean DRAINING = new AtomicBoolean();
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final byte[] KEY = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 64);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", RuntimeApp::handle);
    if (env("SHUTDOWN", "drain").equals("ignore")) {
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> log("SIGTERM received and ignored"));
    } else {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> drain(server)));
    }
    server.start();
    log("listening on 8080, store=" + env("STORE", "memory") + ", health=" + env("HEALTH", "deep"));
  }

  private static void drain(HttpServer server) {
    DRAINING.set(true);
    log("SIGTERM: draining " + IN_FLIGHT.get() + " request(s) in flight");
    Instant end = Instant.now().plusSeconds(20);
    while (IN_FLIGHT.get() > 0 && Instant.now().isBefore(end)) {
      sleep(50);
    }
    server.stop(0);
    log("stopped");
  }

  private static void handle(HttpExchange exchange) throws IOException {
    IN_FLIGHT.incrementAndGet();
    try {
      if (DRAINING.get()) {
        send(exchange, 503, "{\"error\":\"shutting down\"}");
        return;
      }
      route(exchange);
    } catch (IOException | RuntimeException e) {
      if (env("ERRORS", "clean").equals("trace")) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        send(exchange, 500, trace.toString());
      } else {
        log("store failure: " + e.getClass().getSimpleName());
        send(exchange, 503, "{\"error\":\"store unavailable\"}");
      }
    } finally {
      IN_FLIGHT.decrementAndGet();
    }
  }

  private static void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(read(exchange.getRequestBody()), StandardCharsets.UTF_8);
    if (secretsLogged()) {
      log(method + " " + path + " Authorization: " + exchange.getRequestHeaders().getFirst("Authorization")
          + " Cookie: " + exchange.getRequestHeaders().getFirst("Cookie") + " body: " + body);
    } else {
      log(method + " " + path);
    }
    if (path.equals("/health")) {
      boolean up = !env("HEALTH", "deep").equals("deep") || !env("STORE", "memory").equals("redis") || storeUp();
      send(exchange, up ? 200 : 503, up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    } else if (path.equals("/api/notes") && method.equals("POST")) {
      String id = UUID.randomUUID().toString();
      put(id, field(body, "text"));
      send(exchange, 201, "{\"id\":\"" + id + "\"}");
    } else if (path.startsWith("/api/notes/") && method.equals("GET")) {
      String text = get(path.substring("/api/notes/".length()));
      send(exchange, text == null ? 404 : 200, text == null ? "{\"error\":\"no such note\"}"
          : "{\"text\":\"" + text + "\"}");
    } else if (path.equals("/login") && method.equals("POST")) {
      login(exchange, body);
    } else if (path.equals("/refresh") && method.equals("POST")) {
      refresh(exchange, body);
    } else if (path.equals("/slow")) {
      sleep(Long.parseLong(env("SLOW_MS", "3000")));
      send(exchange, 200, "{\"done\":true}");
    } else {
      send(exchange, 404, "{\"error\":\"not found\"}");
    }
  }

  private static void login(HttpExchange exchange, String body) throws IOException {
    if (!env("APP_USER", "alice").equals(field(body, "username"))
        || !env("APP_PASSWORD", "correct-horse-battery").equals(field(body, "password"))) {
      send(exchange, 401, "{\"error\":\"invalid credentials\"}");
      return;
    }
    issue(exchange, field(body, "username"));
  }

  private static void refresh(HttpExchange exchange, String body) throws IOException {
    String token = field(body, "refresh_token");
    if (env("REFRESH_FORMAT", "jwt").equals("opaque")) {
      Instant lastUsed = token == null ? null : OPAQUE.remove(token);
      long idle = Long.parseLong(env("REFRESH_IDLE", "0"));
      if (lastUsed == null || (idle > 0 && lastUsed.plusSeconds(idle).isBefore(Instant.now()))) {
        send(exchange, 401, "{\"error\":\"invalid refresh token\"}");
        return;
      }
      issue(exchange, "alice");
      return;
    }
    Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(payload(token));
    boolean valid = token != null && token.equals(sign(token.substring(0, Math.max(0, token.lastIndexOf('.')))))
        && (!exp.find() || Long.parseLong(exp.group(1)) > Instant.now().getEpochSecond());
    if (!valid) {
      send(exchange, 401, "{\"error\":\"invalid refresh token\"}");
      return;
    }
    issue(exchange, "alice");
  }

  private static void issue(HttpExchange exchange, String user) throws IOException {
    long now = Instant.now().getEpochSecond();
    long ttl = Long.parseLong(env("REFRESH_TTL", "604800"));
    String access = jwt("{\"sub\":\"" + user + "\",\"iat\":" + now + ",\"exp\":" + (now + 900) + "}");
    boolean opaque = env("REFRESH_FORMAT", "jwt").equals("opaque");
    String refresh = opaque ? UUID.randomUUID().toString().replace("-", "")
        : jwt("{\"sub\":\"" + user + "\",\"typ\":\"refresh\",\"iat\":" + now
            + (ttl > 0 ? ",\"exp\":" + (now + ttl) : "") + ",\"jti\":\"" + UUID.randomUUID() + "\"}");
    if (opaque) {
      OPAQUE.put(refresh, Instant.now());
    }
    if (secretsLogged()) {
      log("issued access_token=" + access + " refresh_token=" + refresh);
    }
    exchange.getResponseHeaders().add("Set-Cookie", "refresh=" + refresh + "; Path=/refresh; HttpOnly"
        + (ttl > 0 && !opaque ? "; Max-Age=" + ttl : ""));
    send(exchange, 200, "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\"}");
  }

  private static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return sign(b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)));
  }

  private static String sign(String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String payload(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    try {
      return parts.length == 3 ? new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static void put(String id, String text) throws IOException {
    if (env("STORE", "memory").equals("redis")) {
      redis("SET", "note:" + id, text == null ? "" : text);
    } else {
      MEMORY.put(id, text == null ? "" : text);
    }
  }

  private static String get(String id) throws IOException {
    if (env("STORE", "memory").equals("redis")) {
      String reply = redis("GET", "note:" + id);
      return reply.startsWith("$-1") ? null : reply.substring(reply.indexOf('\n') + 1).strip();
    }
    return MEMORY.get(id);
  }

  private static boolean storeUp() {
    try {
      return redis("PING").startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  /** One RESP command on a fresh connection (so a store that comes back is used at once), within 1 s. */
  private static String redis(String... command) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(env("REDIS_HOST", "redis"), Integer.parseInt(env("REDIS_PORT", "6379"))),
          1000);
      socket.setSoTimeout(1000);
      StringBuilder request = new StringBuilder("*" + command.length + "\r\n");
      for (String part : command) {
        request.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(part)
            .append("\r\n");
      }
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      byte[] buffer = new byte[8192];
      int n = socket.getInputStream().read(buffer);
      if (n < 0) {
        throw new IOException("redis closed the connection");
      }
      String reply = new String(buffer, 0, n, StandardCharsets.UTF_8);
      if (reply.startsWith("$") && !reply.startsWith("$-1") && reply.indexOf('\n') == reply.length() - 1) {
        n = socket.getInputStream().read(buffer);
        reply += n > 0 ? new String(buffer, 0, n, StandardCharsets.UTF_8) : "";
      }
      return reply;
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static boolean secretsLogged() {
    return env("LOG_SECRETS", "false").equals("true");
  }

  private static String env(String name, String fallback) {
    return ENV.getOrDefault(name, fallback);
  }

  private static void log(String line) {
    System.out.println(Instant.now() + " " + line);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(Duration.ofMillis(millis).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
