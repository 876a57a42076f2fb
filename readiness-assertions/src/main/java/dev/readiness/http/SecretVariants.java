package dev.readiness.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms in which a secret the scan sent can come back in a response: as it is, percent-encoded (in a URL or a
 * {@code Location}), form-encoded (in an echoed form body), JSON-escaped (in an echoed JSON field, where a {@code "}
 * becomes {@code \"}), HTML-escaped, and Base64 (as in a Basic {@code Authorization} header).
 */
final class SecretVariants {

  private SecretVariants() {}

  /**
   * @param secret a value the scan knows to be secret
   * @return the secret and every encoding of it listed above, without duplicates
   */
  static Set<String> of(String secret) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    String percent = form.replace("+", "%20");
    for (String encoded : new String[] {form, percent}) {
      variants.add(encoded);
      variants.add(lowerHexEscapes(encoded));
    }
    String json = json(secret);
    variants.add(json);
    variants.add(json.replace("/", "\\/"));
    variants.add(html(secret));
    variants.addAll(base64(secret));
    return variants;
  }

  /**
   * @param user a user name
   * @param password its password
   * @return the Base64 forms of {@code user:password}, as a Basic {@code Authorization} header carries them
   */
  static Set<String> basic(String user, String password) {
    return base64(user + ":" + password);
  }

  private static Set<String> base64(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String standard = Base64.getEncoder().encodeToString(bytes);
    String url = Base64.getUrlEncoder().encodeToString(bytes);
    return new LinkedHashSet<>(List.of(standard, url, strip(standard), strip(url)));
  }

  private static String strip(String base64) {
    int end = base64.length();
    while (end > 0 && base64.charAt(end - 1) == '=') {
      end--;
    }
    return base64.substring(0, end);
  }

  private static String lowerHexEscapes(String encoded) {
    StringBuilder out = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length()) {
        out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
