package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Outcome;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code upload.content-sniffing}: after a valid file of each allowed type is stored (control), content that is not
 * what it claims is rejected with 4xx: a Windows PE named and declared as each allowed type, a PE named
 * {@code photo.png.exe}, and a valid image followed by an HTML page (a polyglot).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadContentSniffingCheck extends UploadCheck {

  /** The catalogue id. */
  public static final String ID = "upload.content-sniffing";

  static final String WHY = "the endpoint trusts the file name or the declared Content-Type, so any content "
      + "passes as an allowed type";
  static final String FIX = "Decide the type from the content, never the name or Content-Type, and reject trailing "
      + "data or re-encode images: multer fileFilter with file-type plus sharp, FastAPI Pillow verify(), Spring Apache "
      + "Tika detect() on MultipartFile bytes, nginx cannot judge content (do it in the application)";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Disguised uploads are rejected";
  }

  @Override
  Outcome probe(UploadEndpoint endpoint) {
    List<UploadAttempt> attempts = endpoint.sendAll(UploadPayloads.disguised(endpoint.formats()));
    return endpoint.verdict(attempts.size() + " disguised files rejected: " + UploadPolicy.briefs(attempts),
        attempts, UploadPolicy.rejections(attempts, WHY, FIX));
  }
}
