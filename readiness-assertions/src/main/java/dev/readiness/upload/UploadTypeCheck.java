package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code upload.type}: after a valid file of each allowed type is stored (control), a Windows PE, an ELF, a shell
 * script, an HTML page and an SVG with a script, each sent with its own name and media type, are rejected with 4xx.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadTypeCheck extends UploadCheck {

  /** The catalogue id. */
  public static final String ID = "upload.type";

  static final String WHY = "an endpoint that stores executables, scripts or markup lets an attacker host malware "
      + "or run script in your users' browsers from your origin";
  static final String FIX = "Accept only the allowed types, decided from the content's magic bytes: multer "
      + "fileFilter with file-type, FastAPI a check of UploadFile's first bytes, Spring a MultipartFile check with "
      + "Apache Tika, nginx cannot judge content (do it in the application)";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Uploads of disallowed types are rejected";
  }

  @Override
  Outcome probe(UploadEndpoint endpoint) {
    List<UploadAttempt> attempts = endpoint.sendAll(UploadPayloads.disallowedTypes());
    return endpoint.verdict(attempts.size() + " files of disallowed types rejected: " + UploadPolicy.briefs(attempts),
        attempts, UploadPolicy.rejections(attempts, WHY, FIX));
  }
}
