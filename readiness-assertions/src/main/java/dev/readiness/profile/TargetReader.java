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
    ProfileNode target = root.required("target").mapping("url", "httpUrl", "trust", "timeout");
    Target.Builder builder = Target.builder()
        .url(target.required("url").as(HttpUrlValue::check))
        .timeout(target.value("timeout", node -> node.duration(ValueLimits.TARGET_TIMEOUT), Target.DEFAULT_TIMEOUT));
    target.get("httpUrl").map(node -> node.as(HttpUrlValue::check)).ifPresent(builder::httpUrl);
    target.get("trust").map(node -> trustAnchors(node, baseDirectory)).ifPresent(builder::trust);
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw target.error(e.getMessage(), e);
    }
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
