package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code upload.content-sniffing}: after a valid file of each allowed type is stored (control), content that is not
 * what it claims is rejected with 4xx: a Windows PE named and declared as each allowed type, and a PE named
 * {@code photo.png.exe}. A valid image followed by an HTML page (a polyglot) is sent too; storing it is a warning
 * with its own fix ({@link UploadPolicy#polyglot}), since its content is the declared type.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadContentSniffingCheck extends UploadCheck {

  /** The catalogue id. */
  public static final String ID = "upload.content-sniffing";

  static final String WHY = "the endpoint trusts the file name or the declared Content-Type, so any content "
      + "passes as an allowed type";
  static final String FIX = "Decide the type from the content, never the name or Content-Type: multer fileFilter "
      + "with file-type, FastAPI Pillow verify() or python-magic, Spring Apache Tika detect() on MultipartFile bytes, "
      + "nginx cannot judge content (do it in the application)";

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
    List<UploadAttempt> disguised = endpoint.sendAll(UploadPayloads.disguised(endpoint.formats()));
    Optional<UploadAttempt> polyglot = UploadPayloads.polyglot(endpoint.formats()).map(endpoint::send);
    List<UploadAttempt> attempts = new ArrayList<>(disguised);
    polyglot.ifPresent(attempts::add);
    List<Finding> findings = new ArrayList<>(UploadPolicy.rejections(disguised, WHY, FIX));
    polyglot.map(UploadPolicy::polyglot).ifPresent(findings::addAll);
    String pass = disguised.size() + " disguised files rejected: " + UploadPolicy.briefs(disguised)
        + polyglot.map(p -> "; the polyglot " + p.brief()).orElse("");
    return endpoint.verdict(pass, attempts, findings);
  }
}
