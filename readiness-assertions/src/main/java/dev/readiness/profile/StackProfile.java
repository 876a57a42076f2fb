package dev.readiness.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.target.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The stack under test as described by {@code readiness.yaml}: the target and what the checks need
 * to know about it (login, CORS origins, upload endpoint and so on).
 *
 * <p>A profile is immutable and fully validated: reading one either succeeds or throws a
 * {@link ProfileException} naming the key and line of the first problem (an unknown key, a wrong type,
 * a missing required key, an invalid URL, origin or duration, an unset environment variable), before
 * any request is sent. A key that is absent yields its default or an empty {@link Optional}, so the
 * checks that need it can be skipped with a reason.
 *
 * <p>Values may reference environment variables as {@code ${env:NAME}} or
 * {@code ${env:NAME:-default}}; other placeholders, such as {@code ${user}} in a body template, are
 * kept as written.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StackProfile {

  private final ProfileValues values;

  StackProfile(ProfileValues values) {
    this.values = values;
  }

  /**
   * Reads a profile file, resolving environment references from {@link System#getenv()}. Relative
   * paths in it ({@code target.trust}, {@code repository}) are resolved against the file's directory.
   *
   * @param file the profile, at most 1 MiB of UTF-8 YAML
   * @return the validated profile
   * @throws ProfileException when the file cannot be read or the profile is invalid
   */
  public static StackProfile load(Path file) {
    return ProfileReader.readFile(file, System.getenv());
  }

  /**
   * Reads a profile file with some values set from outside it, such as test annotations. Each override replaces
   * (or adds) its key before validation, so it is checked like the file's own values; a problem with it is
   * reported at its {@linkplain ProfileOverride#origin() origin} instead of a line of the file.
   *
   * @param file the profile, at most 1 MiB of UTF-8 YAML
   * @param overrides values to set, applied in order (a later one wins)
   * @return the validated profile
   * @throws ProfileException when the file cannot be read, the profile is invalid, or an override is
   */
  public static StackProfile load(Path file, List<ProfileOverride> overrides) {
    return ProfileReader.readFile(file, System.getenv(), overrides);
  }

  /**
   * A profile made only of values set from outside a file: the target URL and any other keys. Environment
   * references are resolved from {@link System#getenv()}; relative paths against the working directory.
   *
   * @param url the target's base URL, reported as coming from {@code urlOrigin}
   * @param urlOrigin where the URL was written, for messages
   * @param overrides the other values, applied after the URL
   * @return the validated profile, with no {@linkplain #source() source}
   * @throws ProfileException naming the origin of the first invalid value
   */
  public static StackProfile fromSettings(String url, String urlOrigin, List<ProfileOverride> overrides) {
    List<ProfileOverride> all = new java.util.ArrayList<>();
    all.add(new ProfileOverride("target.url", url, urlOrigin));
    all.addAll(overrides);
    return ProfileReader.fromOverrides(Path.of("").toAbsolutePath(), System.getenv(), all);
  }

  /**
   * Reads a profile from text.
   *
   * @param yaml the profile, at most 1 MiB in UTF-8
   * @param baseDirectory the directory relative paths ({@code target.trust}, {@code repository}) are
   *     resolved against
   * @param env the environment variables {@code ${env:NAME}} references are resolved from
   * @return the validated profile, with no {@linkplain #source() source}
   * @throws ProfileException when the profile is invalid; messages call it {@code readiness.yaml}
   */
  public static StackProfile parse(String yaml, Path baseDirectory, Map<String, String> env) {
    return ProfileReader.read(yaml, Optional.empty(), baseDirectory, env);
  }

  /**
   * A profile that names only a target: every other setting has its default, every optional section
   * is empty, and the base directory is the working directory.
   *
   * @param target the stack under test
   * @return the profile
   */
  public static StackProfile forTarget(Target target) {
    Objects.requireNonNull(target, "target");
    return new StackProfile(ProfileValues.defaults(target, Path.of("").toAbsolutePath()));
  }

  /** @return the stack under test (key {@code target}) */
  public Target target() {
    return values.target();
  }

  /**
   * @param target the new target
   * @return a profile equal to this one except for its target
   */
  public StackProfile withTarget(Target target) {
    return new StackProfile(values.withTarget(Objects.requireNonNull(target, "target")));
  }

  /**
   * Points the profile at another base URL, such as a test container's mapped port, keeping the
   * rest of the target (plain-HTTP URL, trust anchors, timeout) and every other setting.
   *
   * @param url the new base URL
   * @return a profile equal to this one except for {@code target.url}
   * @throws IllegalArgumentException naming the URL when it is not an absolute http(s) URL with a host
   */
  public StackProfile withUrl(String url) {
    return withTarget(values.target().toBuilder().url(url).build());
  }

  /** @return the file this profile was loaded from; empty when it was parsed from text or built */
  public Optional<Path> source() {
    return values.source();
  }

  /** @return the absolute directory relative paths in the profile were resolved against */
  public Path baseDirectory() {
    return values.baseDirectory();
  }

  /** @return how strictly TLS is judged (key {@code profile}, default {@link TlsProfile#INTERMEDIATE}) */
  public TlsProfile tlsProfile() {
    return values.tlsProfile();
  }

  /** @return the paths checks use (section {@code paths}); never null */
  public Paths paths() {
    return values.paths();
  }

  /** @return how to log in and refresh tokens (section {@code auth}), when configured */
  public Optional<Auth> auth() {
    return values.auth();
  }

  /** @return expectations on access tokens (section {@code jwt}); defaults when absent */
  public Jwt jwt() {
    return values.jwt();
  }

  /** @return expectations on HSTS (section {@code hsts}); defaults when absent */
  public Hsts hsts() {
    return values.hsts();
  }

  /** @return the CORS policy (section {@code cors}), when configured */
  public Optional<Cors> cors() {
    return values.cors();
  }

  /** @return where to probe rate limiting (section {@code rateLimit}); empty endpoints when absent */
  public RateLimit rateLimit() {
    return values.rateLimit();
  }

  /** @return the upload endpoint (section {@code upload}), when configured */
  public Optional<Upload> upload() {
    return values.upload();
  }

  /** @return the WebSocket endpoint (section {@code websocket}), when configured */
  public Optional<WebSocketSettings> websocket() {
    return values.websocket();
  }

  /** @return what may be exposed on purpose (section {@code exposure}); empty allow-list when absent */
  public Exposure exposure() {
    return values.exposure();
  }

  /** @return the repository root for {@code config.*} and {@code docker.*} checks, an existing directory */
  public Optional<Path> repository() {
    return values.repository();
  }

  /** @return the load run (section {@code load}), when configured */
  public Optional<Load> load() {
    return values.load();
  }

  /**
   * @return the running containers the {@code container.*} checks inspect through the Docker API (key
   *     {@code containers}: names or ids); empty when absent, which makes those checks SKIPPED
   */
  public List<String> containers() {
    return values.containers();
  }

  /**
   * Names the running containers under test, such as the ones a test started, in place of the profile's own.
   *
   * @param containers container names or ids, none blank
   * @return a profile equal to this one except for {@code containers}
   * @throws IllegalArgumentException when a name is blank
   */
  public StackProfile withContainers(List<String> containers) {
    if (containers.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("containers: a container name or id cannot be blank");
    }
    return new StackProfile(values.withContainers(containers));
  }

  /** @return how {@code resilience.restart} writes and reads a record (section {@code persistence}), when configured */
  public Optional<Persistence> persistence() {
    return values.runtime().persistence();
  }

  /** @return the dependency {@code resilience.dependency-down} stops (section {@code dependency}), when configured */
  public Optional<Dependency> dependency() {
    return values.runtime().dependency();
  }

  /** @return how {@code shutdown.graceful} stops the application (section {@code shutdown}), when configured */
  public Optional<Shutdown> shutdown() {
    return values.runtime().shutdown();
  }

  /** @return the session's lifetime bound (section {@code session}); 30 days and no idle timeout when absent */
  public Session session() {
    return values.runtime().session();
  }

  /** @return true when the other profile holds equal settings, source included */
  @Override
  public boolean equals(Object other) {
    return other instanceof StackProfile profile && values.equals(profile.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** @return the target and the source file; never a secret */
  @Override
  public String toString() {
    return "StackProfile[" + values.target() + values.source().map(file -> ", from " + file).orElse("") + "]";
  }
}
