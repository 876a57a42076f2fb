package dev.readiness.repo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Tells a real secret from an instruction or a placeholder by its shape, as gitleaks and detect-secrets do: a known
 * credential format ({@link KeyFormat}), or a token of at least {@value #MIN_RANDOM_LENGTH} characters whose Shannon
 * entropy is that of random data: hex (letters and digits) of at least {@value #HEX_ENTROPY} bits per character, or
 * base64 / alphanumeric mixing at least two of upper case, lower case and digits of at least
 * {@code min(4.5, 0.8 log2(length))} bits. Words, such as {@code generate-with-openssl-rand-hex-32} or
 * {@code CHANGE_ME_IN_PRODUCTION}, repeat letters and stay below it; a repeated pattern ({@code 0000...}) never
 * counts; no word list is involved.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SecretShape {

  /** Tokens shorter than this are not judged by entropy: too short to tell random from chosen. */
  public static final int MIN_RANDOM_LENGTH = 20;

  /** The entropy a hex token must reach, in bits per character (detect-secrets' hex limit; at most 4). */
  public static final double HEX_ENTROPY = 3.0;

  /**
   * The ceiling of the entropy a base64 or alphanumeric token must reach, in bits per character (detect-secrets'
   * base64 limit); shorter tokens need {@value #SHORT_TOKEN_SHARE} of the most their length allows.
   */
  public static final double BASE64_ENTROPY = 4.5;

  /** The share of {@code log2(length)} a token shorter than 2^(4.5/0.8) characters must reach. */
  public static final double SHORT_TOKEN_SHARE = 0.8;

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=_-]+");

  private SecretShape() {}

  /**
   * @param value a variable's value
   * @return what makes it a real secret ({@code "an AWS access key ID"}, {@code "a random-looking hex string
   *     (3.8 bits of entropy per character)"}), empty for an instruction, a placeholder, a reference or a short or
   *     repetitive value
   */
  public static Optional<String> of(String value) {
    Optional<KeyFormat> format = KeyFormat.find(value);
    if (format.isPresent()) {
      return Optional.of(format.get().label());
    }
    String token = value.strip();
    if (token.length() < MIN_RANDOM_LENGTH || SecretValues.isReference(token) || repeats(token)) {
      return Optional.empty();
    }
    double entropy = entropy(token);
    if (HEX.matcher(token).matches()) {
      boolean letters = token.chars().anyMatch(Character::isLetter);
      boolean digits = token.chars().anyMatch(Character::isDigit);
      return letters && digits && entropy >= HEX_ENTROPY
          ? Optional.of("a random-looking hex string (" + bits(entropy) + " bits of entropy per character)")
          : Optional.empty();
    }
    if (!BASE64.matcher(token).matches() || classes(token) < 2) {
      return Optional.empty();
    }
    double needed = Math.min(BASE64_ENTROPY, SHORT_TOKEN_SHARE * Math.log(token.length()) / Math.log(2));
    return entropy >= needed
        ? Optional.of("a random-looking string (" + bits(entropy) + " bits of entropy per character)")
        : Optional.empty();
  }

  /** @return the Shannon entropy of {@code text} in bits per character, 0 for an empty text */
  public static double entropy(String text) {
    Map<Integer, Long> counts = text.chars().boxed()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    double entropy = 0;
    for (long count : counts.values()) {
      double p = (double) count / text.length();
      entropy -= p * Math.log(p) / Math.log(2);
    }
    return entropy;
  }

  /** @return true when the token is a shorter pattern repeated ({@code 0000...}, {@code abcdabcd...}) */
  private static boolean repeats(String token) {
    for (int period = 1; period <= token.length() / 2; period++) {
      if (token.length() % period == 0
          && token.substring(0, period).repeat(token.length() / period).equals(token)) {
        return true;
      }
    }
    return false;
  }

  /** @return how many of upper case, lower case and digits the token uses */
  private static int classes(String token) {
    return (token.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
        + (token.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
        + (token.chars().anyMatch(Character::isDigit) ? 1 : 0);
  }

  private static String bits(double entropy) {
    return String.format(Locale.ROOT, "%.1f", entropy);
  }
}
