package dev.readiness.profile;

import dev.readiness.target.Target;
import dev.readiness.target.TrustAnchors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/** Reads the {@code target} section into a {@link Target}, loading trust anchors from PEM files. */
final class TargetReader {

  private TargetReader() {}

  /**
   * @param root the profile's root mapping
   * @param baseDirectory the directory {@code target.trust} is relative to
   * @return the target
   * @throws ProfileException naming the key that is missing or invalid
   */
  static Target read(ProfileNode root, Path baseDirectory) {
    ProfileNode target = root.required("target").mapping("url", "httpUrl", "trust", "timeout",
        "maxRequestsPerSecond", "maxWait", "scanTimeout");
    Target.Builder builder = Target.builder()
        .url(target.required("url").as(HttpUrlValue::check))
        .timeout(target.value("timeout", node -> node.duration(ValueLimits.TARGET_TIMEOUT), Target.DEFAULT_TIMEOUT));
    target.get("maxWait").map(node -> node.duration(ValueLimits.TARGET_MAX_WAIT)).ifPresent(builder::maxWait);
    target.get("scanTimeout").map(node -> node.duration(ValueLimits.TARGET_SCAN_TIMEOUT)).ifPresent(builder::scanTimeout);
    target.get("maxRequestsPerSecond").map(node -> node.as(TargetReader::rate))
        .ifPresent(builder::maxRequestsPerSecond);
    target.get("httpUrl").map(node -> node.as(HttpUrlValue::check)).ifPresent(builder::httpUrl);
    target.get("trust").map(node -> trustAnchors(node, baseDirectory)).ifPresent(builder::trust);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw target.error(e.getMessage(), e);
    }
  }

  /** @return a rate such as {@code 5} or {@code 0.5}, above 0 and at most the cap */
  private static double rate(String text) {
    double rate = text.matches("[0-9]{1,6}(\\.[0-9]{1,6})?") ? Double.parseDouble(text) : -1;
    if (rate <= 0 || rate > Target.MAX_REQUESTS_PER_SECOND_CAP) {
      throw new IllegalArgumentException("'" + text + "' is not a rate above 0 and at most "
          + (long) Target.MAX_REQUESTS_PER_SECOND_CAP + " requests per second, such as 5 or 0.5");
    }
    return rate;
  }

  private static List<X509Certificate> trustAnchors(ProfileNode trust, Path baseDirectory) {
    Path pem = ProfileReader.resolve(trust, baseDirectory);
    if (!Files.isRegularFile(pem)) {
      throw trust.error("no such PEM file: " + pem);
    }
    try {
      return TrustAnchors.fromPemFile(pem);
    } catch (IllegalArgumentException e) {
      throw trust.error(e.getMessage(), e);
    }
  }
}
