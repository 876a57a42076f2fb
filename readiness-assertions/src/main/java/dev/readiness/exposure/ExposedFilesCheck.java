package dev.readiness.exposure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/** {@code exposure.files}: no secret or source file ({@link ExposedPaths#FILES}) is served. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExposedFilesCheck extends ExposureCheck {

  /** The catalogue id. */
  public static final String ID = "exposure.files";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "No exposed secret or source files";
  }

  @Override
  protected List<ExposedPath> paths() {
    return ExposedPaths.FILES;
  }

  @Override
  protected Set<String> allowed(CheckContext context) {
    return Set.of();
  }

  @Override
  protected String why() {
    return "so anyone can read secrets or source";
  }

  @Override
  protected String fix() {
    return "Serve only a build directory and deny dot-files and backups (nginx: location ~ /\\. { deny all; }; "
        + "Express: express.static(dir, {dotfiles: 'deny'}))";
  }
}
