package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Tries the built-in wordlist of common and framework-default HMAC secrets ({@code jwt-secrets.txt}, sources in
 * its header) against an HS256/384/512 token. Uses {@link Mac} directly because Nimbus refuses keys shorter than
 * the hash, and weak secrets are exactly those. Pure computation, no I/O beyond reading the resource once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HmacSecrets {

  /** The wordlist resource, one secret a line, {@code #} comments. */
  public static final String RESOURCE = "jwt-secrets.txt";

  private static final Map<String, String> MACS = Map.of("HS256", "HmacSHA256", "HS384", "HmacSHA384", "HS512",
      "HmacSHA512");
  private static final List<Entry> ENTRIES = load();
  private static final List<String> BUILT_IN = ENTRIES.stream().map(Entry::secret).toList();

  private HmacSecrets() {}

  /**
   * A secret the signature verifies with.
   *
   * @param line the secret's line number in the wordlist (1-based, counting comments)
   * @param length the secret's length in characters
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Match(int line, int length) {}

  /** @return the built-in secrets, in file order */
  public static List<String> builtIn() {
    return BUILT_IN;
  }

  /** @return whether the token is HMAC-signed and its signature can be tried */
  public static boolean applies(JwtToken token) {
    return MACS.containsKey(token.algorithm().orElse(""));
  }

  /** @return the first built-in secret the token's signature verifies with, empty when none does */
  public static Optional<Match> find(JwtToken token) {
    String mac = MACS.get(token.algorithm().orElse(""));
    if (mac == null) {
      return Optional.empty();
    }
    byte[] signature;
    try {
      signature = java.util.Base64.getUrlDecoder().decode(token.signaturePart());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    byte[] input = token.signingInput().getBytes(StandardCharsets.US_ASCII);
    for (Entry entry : ENTRIES) {
      if (MessageDigest.isEqual(sign(mac, entry.secret(), input), signature)) {
        return Optional.of(new Match(entry.line(), entry.secret().length()));
      }
    }
    return Optional.empty();
  }

  private static byte[] sign(String algorithm, String secret, byte[] input) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is unavailable", e);
    }
  }

  private record Entry(int line, String secret) {}

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = HmacSecrets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isEmpty() && !line.startsWith("#")) {
          entries.add(new Entry(number, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
