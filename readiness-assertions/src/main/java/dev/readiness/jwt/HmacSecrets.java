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
 * Tries HMAC secrets against an HS256/384/512 token: the profile's candidates ({@code jwt.secretCandidates}) first,
 * then the built-in wordlist of common and framework-default secrets ({@code jwt-secrets.txt}, sources in its
 * header). A match names where the secret came from and its length, never the secret. Uses {@link Mac} directly
 * because Nimbus refuses keys shorter than the hash, and weak secrets are exactly those. Pure computation, no I/O
 * beyond reading the resource once.
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
   * @param fromProfile true for one of the profile's candidates, false for the built-in wordlist
   * @param position the candidate's place in {@code jwt.secretCandidates} (1-based), or the secret's line number
   *     in the wordlist (1-based, counting comments)
   * @param length the secret's length in characters
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Match(boolean fromProfile, int position, int length) {

    /** @return where the secret came from, such as {@code the built-in wordlist (jwt-secrets.txt line 8)} */
    public String source() {
      return fromProfile ? "the profile (jwt.secretCandidates item " + position + ")"
          : "the built-in wordlist (" + RESOURCE + " line " + position + ")";
    }
  }

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
    return find(token, List.of());
  }

  /**
   * @param token the token to test
   * @param candidates secrets to try before the built-in ones, in order
   * @return the first candidate, else the first built-in secret, the token's signature verifies with; empty when
   *     none does
   */
  public static Optional<Match> find(JwtToken token, List<String> candidates) {
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
    for (int i = 0; i < candidates.size(); i++) {
      String candidate = candidates.get(i);
      if (!candidate.isEmpty() && MessageDigest.isEqual(sign(mac, candidate, input), signature)) {
        return Optional.of(new Match(true, i + 1, candidate.length()));
      }
    }
    for (Entry entry : ENTRIES) {
      if (MessageDigest.isEqual(sign(mac, entry.secret(), input), signature)) {
        return Optional.of(new Match(false, entry.line(), entry.secret().length()));
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
