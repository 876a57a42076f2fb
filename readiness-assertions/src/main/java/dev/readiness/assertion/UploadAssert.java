package dev.readiness.assertion;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.profile.StackProfile;
import dev.readiness.upload.UploadContentSniffingCheck;
import dev.readiness.upload.UploadMalwareCheck;
import dev.readiness.upload.UploadSizeCheck;
import dev.readiness.upload.UploadTypeCheck;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the upload endpoint of the profile's {@code upload} section. Each one first makes the endpoint
 * store a valid file of every allowed type (a failed control fails the assertion), then sends the files of its
 * check.
 *
 * <pre>{@code
 * Readiness.assertThat(profile).uploads().rejectDisallowedTypes().rejectDisguisedContent()
 *     .rejectOversizedFiles().rejectMalware();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class UploadAssert extends AbstractAssert<UploadAssert, StackProfile> {

  /** @param actual the stack whose upload endpoint is asserted on */
  public UploadAssert(StackProfile actual) {
    super(actual, UploadAssert.class);
  }

  /**
   * Verifies {@code upload.type}: a Windows PE, an ELF, a shell script, HTML and an SVG with a script are rejected.
   *
   * @return this assertion
   */
  public UploadAssert rejectDisallowedTypes() {
    return passes(UploadTypeCheck.ID);
  }

  /**
   * Verifies {@code upload.content-sniffing}: PE bytes named as an allowed type, a double extension and a polyglot
   * are rejected.
   *
   * @return this assertion
   */
  public UploadAssert rejectDisguisedContent() {
    return passes(UploadContentSniffingCheck.ID);
  }

  /**
   * Verifies {@code upload.size}: a file of exactly {@code upload.maxBytes} is stored and one byte more is rejected.
   *
   * @return this assertion
   */
  public UploadAssert rejectOversizedFiles() {
    return passes(UploadSizeCheck.ID);
  }

  /**
   * Verifies {@code upload.malware}: the EICAR anti-virus test file is rejected.
   *
   * @return this assertion
   */
  public UploadAssert rejectMalware() {
    return passes(UploadMalwareCheck.ID);
  }

  private UploadAssert passes(String id) {
    isNotNull();
    new StackAssert(actual).passes(id);
    return this;
  }
}
