package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The rules of the {@code upload.*} checks, pure, on {@link Refusal}'s rule: a 2xx stored the file, a refusal (a 4xx
 * other than 408 and 429) rejected it (413 preferred for size), anything else (a redirect, a 5xx, a 429 from a rate
 * limiter, a 408) leaves the check unable to decide.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadPolicy {

  /** The fix of {@code upload.size}, naming the usual settings. */
  public static final String SIZE_FIX = "Enforce a maximum while the body streams and answer 413: multer "
      + "limits.fileSize, Starlette/FastAPI a size check while reading UploadFile, Spring "
      + "spring.servlet.multipart.max-file-size, nginx client_max_body_size";

  /** The fix of a stored polyglot: make stored files harmless whatever trails them. */
  public static final String POLYGLOT_FIX = "Re-encode stored images so trailing data is dropped (sharp, Pillow, "
      + "ImageIO), and serve uploads with X-Content-Type-Options: nosniff and Content-Disposition: attachment";

  private UploadPolicy() {}

  /**
   * The positive control: every legitimate file must be stored.
   *
   * @param controls the valid files sent and their answers
   * @return why the check cannot judge the stack (for an ERROR), empty when every valid file got a 2xx
   */
  public static Optional<String> controlFailure(List<UploadAttempt> controls) {
    return controls.stream().filter(a -> Refusal.of(a.response()) != Refusal.ACCEPTED).findFirst()
        .map(a -> a.response().summary() + " for " + a.file().label() + ": expected 2xx (positive control); an "
            + "endpoint that does not store a legitimate file proves nothing by rejecting others. Check upload.path, "
            + "upload.field, upload.authenticated, upload.allowedTypes and upload.maxBytes in the profile"
            + explain(a.response().status()));
  }

  /**
   * @param attempts the files that must be rejected and their answers
   * @param why why storing such a file is dangerous, for the message
   * @param fix the one-line fix
   * @return a blocking finding per stored file, a warning per undecided answer
   */
  public static List<Finding> rejections(List<UploadAttempt> attempts, String why, String fix) {
    List<Finding> findings = new ArrayList<>();
    for (UploadAttempt attempt : attempts) {
      switch (Refusal.of(attempt.response())) {
        case ACCEPTED -> findings.add(Finding.fail(attempt.response().summary() + ": " + attempt.file().label()
            + " was stored; " + why, fix));
        case REDIRECTED, NO_ANSWER -> findings.add(undecided(attempt));
        case REFUSED -> { }
      }
    }
    return findings;
  }

  /**
   * The polyglot rule of {@code upload.content-sniffing}. A valid image followed by HTML is what it claims to be at
   * its start, so an endpoint that checks magic bytes stores it; the risk is in how the file is served, so a stored
   * polyglot is a warning, not a failure.
   *
   * @param polyglot the polyglot sent and its answer
   * @return a warning when it was stored or the answer was undecided; nothing when it was refused
   */
  public static List<Finding> polyglot(UploadAttempt polyglot) {
    return switch (Refusal.of(polyglot.response())) {
      case ACCEPTED -> List.of(Finding.warning(polyglot.response().summary() + ": " + polyglot.file().label()
          + " was stored; it passes a magic-byte check because it starts as a valid image, and the HTML behind the "
          + "image runs as a page in your origin if the file is ever served as text/html or sniffed by a browser",
          POLYGLOT_FIX));
      case REDIRECTED, NO_ANSWER -> List.of(undecided(polyglot));
      case REFUSED -> List.of();
    };
  }

  /**
   * The {@code upload.size} rule.
   *
   * @param atLimit the file of exactly the maximum and its answer
   * @param overLimit the file one byte over the maximum and its answer
   * @param maxBytes the configured maximum
   * @return a blocking finding when the larger file was stored; a warning when it was rejected with a 4xx other than
   *     413 or was undecided, and when the file of exactly the maximum was not stored (the stack's limit is lower
   *     than the profile says)
   */
  public static List<Finding> size(UploadAttempt atLimit, UploadAttempt overLimit, long maxBytes) {
    List<Finding> findings = new ArrayList<>();
    int status = overLimit.response().status();
    String sent = overLimit.response().summary() + ": " + overLimit.file().label();
    switch (Refusal.of(status)) {
      case ACCEPTED -> findings.add(Finding.fail(sent + " was stored, although upload.maxBytes is " + maxBytes
          + "; without a size limit one client can fill the disk or exhaust memory", SIZE_FIX));
      case REFUSED -> {
        if (status != 413) {
          findings.add(Finding.warning(sent + " was rejected with " + status + " instead of 413 Content Too Large, "
              + "so clients cannot tell the size was the reason", "Answer an over-size upload with 413"));
        }
      }
      case REDIRECTED, NO_ANSWER -> findings.add(undecided(overLimit));
    }
    atLimitWarning(atLimit).ifPresent(findings::add);
    return findings;
  }

  /**
   * The {@code upload.size} rule when the stack refused the larger file at the transport (closed the connection
   * while it was written) instead of answering: a refusal, so nothing blocks, with a warning that 413 tells clients
   * why.
   *
   * @param atLimit the file of exactly the maximum and its answer
   * @param overLimit the file one byte over the maximum
   * @param refusal how it was refused, the request named ({@code POST https://... -> refused: ...})
   * @return the 413 warning, and the warning of {@link #size} when the file of exactly the maximum was not stored
   */
  public static List<Finding> sizeRefused(UploadAttempt atLimit, UploadFile overLimit, String refusal) {
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.warning(refusal + ": " + overLimit.label() + " was refused without an HTTP answer, so "
        + "clients cannot tell the size was the reason", "Answer an over-size upload with 413 (read or discard the "
        + "rest of the body before closing)"));
    atLimitWarning(atLimit).ifPresent(findings::add);
    return findings;
  }

  private static Optional<Finding> atLimitWarning(UploadAttempt atLimit) {
    if (Refusal.of(atLimit.response()) == Refusal.ACCEPTED) {
      return Optional.empty();
    }
    return Optional.of(Finding.warning(atLimit.response().summary() + ": " + atLimit.file().label() + " was not "
        + "stored, so the stack's limit is below upload.maxBytes (a body limit such as nginx client_max_body_size "
        + "also counts the multipart envelope)", "Set upload.maxBytes to the largest file the stack stores"));
  }

  /**
   * @param attempts the attempts whose findings were judged
   * @param findings those findings
   * @return why the check cannot decide (for an ERROR): some answer was neither 2xx nor 4xx and no file was stored
   */
  public static Optional<String> undecidedReason(List<UploadAttempt> attempts, List<Finding> findings) {
    if (findings.stream().anyMatch(Finding::isBlocking)) {
      return Optional.empty();
    }
    List<UploadAttempt> undecided = attempts.stream()
        .filter(a -> leavesUndecided(a.response().status())).toList();
    if (undecided.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(undecided.stream().map(a -> a.response().summary() + " for " + a.file().fileName()
            + explain(a.response().status()))
        .collect(Collectors.joining("; ", "", "; expected 2xx (stored) or 4xx (rejected), so the check cannot tell "
            + "whether the file was stored")));
  }

  /** @return {@code photo.png -> 415, page.html -> 415}, for pass messages */
  public static String briefs(List<UploadAttempt> attempts) {
    return attempts.stream().map(UploadAttempt::brief).collect(Collectors.joining(", "));
  }

  private static Finding undecided(UploadAttempt attempt) {
    return Finding.warning(attempt.response().summary() + " for " + attempt.file().label() + ": neither stored (2xx)"
        + " nor rejected (4xx)" + explain(attempt.response().status()),
        "Answer a refused upload with a 4xx status");
  }

  private static boolean leavesUndecided(int status) {
    Refusal verdict = Refusal.of(status);
    return verdict == Refusal.REDIRECTED || verdict == Refusal.NO_ANSWER;
  }

  private static String explain(int status) {
    if (Refusal.of(status) == Refusal.REDIRECTED) {
      return " (a redirect, which is not followed: point upload.path at the endpoint that stores the file)";
    }
    if (status == 401 || status == 403) {
      return " (not authorised: set upload.authenticated: true and configure auth.login)";
    }
    return Refusal.explain(status);
  }
}
