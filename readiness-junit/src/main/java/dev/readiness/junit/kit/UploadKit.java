package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.junit.CheckRun;
import dev.readiness.junit.ReadinessCheck;
import org.apiguardian.api.API;

/**
 * File uploads: {@code upload.type}, {@code upload.content-sniffing}, {@code upload.size} and {@code upload.malware}.
 * Each first makes the profile's upload endpoint store a valid file of every allowed type (positive control).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface UploadKit extends ReadinessKit {

  /** {@code upload.type}: a Windows PE, an ELF, a shell script, HTML and an SVG with a script are rejected. */
  @ReadinessCheck("upload.type")
  default void uploadType(CheckRun run) {
    run.verify();
  }

  /**
   * {@code upload.content-sniffing}: PE bytes named as an allowed type and a double extension are rejected; a
   * stored polyglot is a warning.
   */
  @ReadinessCheck("upload.content-sniffing")
  default void uploadContentSniffing(CheckRun run) {
    run.verify();
  }

  /** {@code upload.size}: a file one byte over {@code upload.maxBytes}, streamed, is rejected, 413 preferred. */
  @ReadinessCheck("upload.size")
  default void uploadSize(CheckRun run) {
    run.verify();
  }

  /** {@code upload.malware}: the EICAR anti-virus test file, sent as an allowed type, is rejected. */
  @ReadinessCheck("upload.malware")
  default void uploadMalware(CheckRun run) {
    run.verify();
  }
}
