package dev.readiness.upload;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.LoginSession;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Finding;
import dev.readiness.check.Outcome;
import dev.readiness.http.AbusiveAnswer;
import dev.readiness.http.ProbeRequest;
import dev.readiness.profile.Upload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The profile's upload endpoint as the four upload checks use it: what stops a check before any file is sent
 * (no {@code upload} section, no type to build a control of, a failed login), the positive control, sending files
 * with the shared login's token, and the final verdict. Each check only chooses its files and its rule.
 */
final class UploadEndpoint {

  private final CheckContext context;
  private final Upload upload;
  private final List<SampleFormat> formats;
  private final List<String> unbuildable;
  private final Optional<IssuedTokens> tokens;

  private UploadEndpoint(CheckContext context, Upload upload, Optional<IssuedTokens> tokens) {
    this.context = context;
    this.upload = upload;
    this.formats = upload.allowedTypes().stream().map(SampleFormat::of).flatMap(Optional::stream).distinct()
        .toList();
    this.unbuildable = upload.allowedTypes().stream().filter(t -> SampleFormat.of(t).isEmpty()).toList();
    this.tokens = tokens;
  }

  /**
   * Opens the endpoint, logging in first when it is authenticated, sends a valid file of every allowed type it can
   * build (the positive control: each must be stored), and then runs the check's body on it.
   *
   * @param context the running check
   * @param body the check's probing and judgement, given the open endpoint that stored every valid file
   * @return the SKIPPED or ERROR outcome that stops the check before any file is sent, the ERROR of a failed
   *     control, else what {@code body} returns
   */
  static Outcome run(CheckContext context, Function<UploadEndpoint, Outcome> body) {
    Optional<Upload> configured = context.profile().upload();
    if (configured.isEmpty()) {
      return Outcome.skipped("upload is not configured in the stack profile, so there is no upload "
          + "endpoint to probe");
    }
    Upload upload = configured.get();
    if (upload.allowedTypes().isEmpty()) {
      return Outcome.skipped("upload.allowedTypes is not configured in the stack profile, so the check "
          + "cannot send a legitimate file first (positive control)");
    }
    if (upload.allowedTypes().stream().allMatch(t -> SampleFormat.of(t).isEmpty())) {
      return Outcome.error("upload.allowedTypes " + upload.allowedTypes() + " lists no type this check "
          + "can build a valid file of (" + supported() + "), so there is no positive control", List.of());
    }
    Optional<IssuedTokens> tokens = Optional.empty();
    if (upload.authenticated()) {
      Optional<LoginSession> login = LoginSession.of(context);
      if (login.isEmpty()) {
        return Outcome.skipped("upload.authenticated is true but auth.login is not configured in the "
            + "stack profile, so the check cannot log in to upload");
      }
      if (login.get().tokens().isEmpty()) {
        return Outcome.error(login.get().failure(), context.http().evidence());
      }
      tokens = login.get().tokens();
    }
    UploadEndpoint endpoint = new UploadEndpoint(context, upload, tokens);
    Optional<String> control = UploadPolicy.controlFailure(endpoint.sendAll(UploadPayloads.valid(endpoint.formats)));
    if (control.isPresent()) {
      return Outcome.error(control.get(), context.http().evidence());
    }
    return body.apply(endpoint);
  }

  /** @return the allowed formats this check can build files of, in profile order, never empty */
  List<SampleFormat> formats() {
    return formats;
  }

  /** @return the configured maximum file size */
  long maxBytes() {
    return upload.maxBytes();
  }

  /** @return each file sent, in order, with its answer */
  List<UploadAttempt> sendAll(List<UploadFile> files) {
    return files.stream().map(this::send).toList();
  }

  /** @return the file sent, with its answer */
  UploadAttempt send(UploadFile file) {
    return new UploadAttempt(file, context.http().upload(request(), file.part(upload.field())));
  }

  /**
   * @param file a deliberately abusive file (an oversize one)
   * @return its answer, or the transport's refusal (a connection closed while the file was written), kept as
   *     evidence either way
   */
  AbusiveAnswer sendAbusive(UploadFile file) {
    return context.http().uploadAbusive(request(), file.part(upload.field()));
  }

  private ProbeRequest request() {
    ProbeRequest.Builder request = ProbeRequest.builder("POST", context.http().resolve(upload.path()));
    tokens.ifPresent(t -> LoginSession.authorize(request, t.accessToken(), t));
    return request.build();
  }

  /**
   * @param passMessage what held, when nothing blocks
   * @param attempts the files judged
   * @param findings the rule's findings about them
   * @return FAIL when a file was stored; else ERROR when an answer was undecided; else PASS, with a warning per
   *     allowed type no control could be built for
   */
  Outcome verdict(String passMessage, List<UploadAttempt> attempts, List<Finding> findings) {
    Optional<String> undecided = UploadPolicy.undecidedReason(attempts, findings);
    if (undecided.isPresent()) {
      return Outcome.error(undecided.get(), context.http().evidence());
    }
    List<Finding> all = new ArrayList<>(findings);
    for (String type : unbuildable) {
      all.add(Finding.warning("upload.allowedTypes lists " + type + ", which this check cannot build a valid file "
          + "of (" + supported() + "), so it was not used", "None needed; the other allowed types were tested"));
    }
    return Outcome.of(passMessage, all, context.http().evidence());
  }

  private static String supported() {
    return Arrays.stream(SampleFormat.values()).map(SampleFormat::mediaType).collect(Collectors.joining(", "));
  }
}
