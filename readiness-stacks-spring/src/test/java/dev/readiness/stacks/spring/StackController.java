package dev.readiness.stacks.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The stack's endpoints: home page, health, login, refresh, rooms and uploads. */
@RestController
class StackController {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
  private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

  private final Tokens tokens;
  private final Map<String, String> accounts;

  StackController(Tokens tokens, StackFaults faults, @Value("${stack.password}") String password) {
    this.tokens = tokens;
    this.accounts = faults.has("default-credentials") ? Map.of("alice", password, "admin", "admin")
        : Map.of("alice", password);
  }

  @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home() {
    return "<!DOCTYPE html><html><head><title>Rooms</title></head><body><h1>Rooms</h1></body></html>";
  }

  @GetMapping("/health")
  Map<String, String> health() {
    return Map.of("status", "ok");
  }

  @PostMapping("/api/auth/login")
  ResponseEntity<Map<String, String>> login(@RequestBody Map<String, Object> body) {
    Object user = body.get("username");
    Object given = body.get("password");
    String expected = user instanceof String name ? accounts.get(name) : null;
    if (expected == null || !(given instanceof String password) || !MessageDigest.isEqual(
        password.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid credentials"));
    }
    return ResponseEntity.ok(tokens.issue((String) user));
  }

  @PostMapping("/api/auth/refresh")
  ResponseEntity<Map<String, String>> refresh(@RequestBody Map<String, Object> body) {
    Optional<String> user = body.get("refresh_token") instanceof String token ? tokens.redeem(token) : Optional.empty();
    return user.map(u -> ResponseEntity.ok(tokens.issue(u)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid refresh token")));
  }

  @GetMapping("/api/rooms")
  List<Map<String, Object>> rooms() {
    return List.of(Map.of("id", 1, "name", "general"));
  }

  @PostMapping("/api/files")
  ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
    byte[] bytes = file.getBytes();
    String type = detectedType(bytes);
    if (type == null) {
      return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
          .body(Map.of("error", "only PNG and JPEG images are accepted"));
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("id", UUID.randomUUID().toString(), "type", type, "size", bytes.length));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge() {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("error", "file too large"));
  }

  private static String detectedType(byte[] bytes) {
    int n = bytes.length;
    if (n > 16 && Arrays.equals(bytes, 0, 8, PNG, 0, 8) && Arrays.equals(bytes, n - 8, n, PNG_END, 0, 8)) {
      return "image/png";
    }
    if (n > 4 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff
        && (bytes[n - 2] & 0xff) == 0xff && (bytes[n - 1] & 0xff) == 0xd9) {
      return "image/jpeg";
    }
    return null;
  }
}
