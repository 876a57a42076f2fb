package dev.readiness.profile;

import dev.readiness.target.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything a {@link StackProfile} holds, validated and with defaults applied. */
record ProfileValues(
    Target target,
    Optional<Path> source,
    Path baseDirectory,
    TlsProfile tlsProfile,
    Paths paths,
    Optional<Auth> auth,
    Jwt jwt,
    Hsts hsts,
    Optional<Cors> cors,
    RateLimit rateLimit,
    Optional<Upload> upload,
    Optional<WebSocketSettings> websocket,
    Exposure exposure,
    Optional<Path> repository,
    Optional<Load> load,
    List<String> containers,
    RuntimeSections runtime) {

  ProfileValues {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(tlsProfile, "tlsProfile");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(hsts, "hsts");
    Objects.requireNonNull(cors, "cors");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(websocket, "websocket");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(load, "load");
    containers = List.copyOf(containers);
    Objects.requireNonNull(runtime, "runtime");
  }

  /** @return the values of a profile that names only its target */
  static ProfileValues defaults(Target target, Path baseDirectory) {
    return new ProfileValues(
        target,
        Optional.empty(),
        baseDirectory,
        TlsProfile.INTERMEDIATE,
        new Paths(Paths.DEFAULT_HOME, Optional.empty(), Optional.empty()),
        Optional.empty(),
        new Jwt(Jwt.DEFAULT_MAX_LIFETIME),
        new Hsts(Hsts.DEFAULT_MIN_MAX_AGE),
        Optional.empty(),
        new RateLimit(List.of(), false),
        Optional.empty(),
        Optional.empty(),
        new Exposure(List.of()),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        RuntimeSections.NONE);
  }

  ProfileValues withTarget(Target newTarget) {
    return new ProfileValues(newTarget, source, baseDirectory, tlsProfile, paths, auth, jwt, hsts,
        cors, rateLimit, upload, websocket, exposure, repository, load, containers, runtime);
  }

  ProfileValues withContainers(List<String> newContainers) {
    return new ProfileValues(target, source, baseDirectory, tlsProfile, paths, auth, jwt, hsts,
        cors, rateLimit, upload, websocket, exposure, repository, load, newContainers, runtime);
  }
}
