package dev.readiness.logs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.LoginSession;
import dev.readiness.check.Category;
import dev.readiness.check.Check;
import dev.readiness.check.CheckContext;
import dev.readiness.check.Evidence;
import dev.readiness.check.Outcome;
import dev.readiness.container.ContainerControl;
import dev.readiness.container.ContainerException;
import dev.readiness.container.ContainerState;
import dev.readiness.cookies.SetCookie;
import dev.readiness.profile.Login;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code logs.secrets}: after the run's login (and the checks before it, which used its tokens), the logs of every
 * container of the stack ({@code containers}, or the {@code @ReadinessTarget} container) hold neither the login
 * password, nor the issued access or refresh token (which is also what an {@code Authorization} header carries), nor
 * a cookie value the login set. Positive control: the logs could be read and hold at least one line, else ERROR.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LogSecretsCheck implements Check {

  /** The catalogue id. */
  public static final String ID = "logs.secrets";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Logs keep no password, token or cookie";
  }

  @Override
  public Category category() {
    return Category.LEAKS;
  }

  @Override
  public Outcome run(CheckContext context) {
    List<String> containers = context.profile().containers();
    if (containers.isEmpty()) {
      return Outcome.skipped("logs.secrets reads the containers' logs, and the target is a plain URL: name the "
          + "containers in containers, or mark the Testcontainers field @ReadinessTarget");
    }
    Optional<Login> login = context.profile().auth().flatMap(auth -> auth.login());
    Optional<LoginSession> session = LoginSession.of(context);
    if (login.isEmpty() || session.isEmpty()) {
      return Outcome.skipped("auth.login is not configured, so the run holds no password or token to look for in "
          + "the logs");
    }
    if (session.get().tokens().isEmpty()) {
      return Outcome.error(session.get().failure(), context.http().evidence());
    }
    List<LogSecret> secrets = secrets(login.get(), session.get());
    Map<String, String> logs = new LinkedHashMap<>();
    List<Evidence> evidence = new ArrayList<>(context.http().evidence());
    try (ContainerControl control = ContainerControl.connect()) {
      for (String reference : containers) {
        ContainerState state = control.state(reference);
        String text = control.logs(reference);
        logs.put(state.label(), text);
        evidence.add(new Evidence("docker logs " + reference, state.label() + ": " + text.lines().count()
            + " lines read"));
      }
    } catch (ContainerException e) {
      return Outcome.error(e.getMessage(), evidence);
    }
    long lines = logs.values().stream().mapToLong(text -> text.lines().filter(l -> !l.isBlank()).count()).sum();
    if (lines == 0) {
      return Outcome.error("the containers " + String.join(", ", logs.keySet()) + " wrote no log line after the "
          + "login, so whether they log secrets cannot be seen: the application must log to standard output or "
          + "error (docker logs) for logs.secrets to judge it", evidence);
    }
    return Outcome.of("none of the " + lines + " log lines of " + String.join(", ", logs.keySet()) + " holds "
        + String.join(", ", secrets.stream().map(LogSecret::kind).distinct().toList()),
        LogSecretsPolicy.evaluate(logs, secrets), evidence);
  }

  private static List<LogSecret> secrets(Login login, LoginSession session) {
    List<LogSecret> secrets = new ArrayList<>();
    secrets.add(new LogSecret("the login password", login.password()));
    IssuedTokens tokens = session.tokens().orElseThrow();
    secrets.add(new LogSecret("the access token", tokens.accessToken()));
    tokens.refreshToken().ifPresent(token -> secrets.add(new LogSecret("the refresh token", token)));
    session.attempt().ifPresent(attempt -> attempt.exchange().headers().all("Set-Cookie").stream()
        .flatMap(header -> SetCookie.parse(header).stream())
        .filter(cookie -> !cookie.deletes())
        .forEach(cookie -> secrets.add(new LogSecret("the value of cookie '" + cookie.name() + "'", cookie.value()))));
    return secrets;
  }
}
