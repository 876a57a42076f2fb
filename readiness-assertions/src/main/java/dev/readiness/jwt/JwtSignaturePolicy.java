package dev.readiness.jwt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.Finding;
import dev.readiness.http.HttpExchange;
import dev.readiness.http.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The rule of {@code jwt.signature-enforced}, pure: a forged token is rejected by a refusal ({@link Refusal}: a 4xx
 * other than 408 and 429) or by the same redirect the request without any token got (a login page); accepted by a
 * 2xx; anything else (a 5xx behind a proxy, a 408 or 429, another redirect) leaves the check unable to decide.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JwtSignaturePolicy {

  private JwtSignaturePolicy() {}

  /**
   * A forged token presented to the protected endpoint and the answer it got.
   *
   * @param forgery what was forged
   * @param answer the protected endpoint's answer
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ForgedAttempt(TokenForgeries.Forgery forgery, HttpExchange answer) {}

  /**
   * @param answer the answer to a forged token
   * @param anonymous the answer to the same request without any token (not a 2xx)
   * @return {@link Refusal#REFUSED} also for a redirect identical to the anonymous one (status and
   *     {@code Location}); otherwise what {@link Refusal} says
   */
  public static Refusal verdict(HttpExchange answer, HttpExchange anonymous) {
    Refusal verdict = Refusal.of(answer);
    if (verdict == Refusal.REDIRECTED && answer.status() == anonymous.status()
        && answer.header("Location").equals(anonymous.header("Location"))) {
      return Refusal.REFUSED;
    }
    return verdict;
  }

  /** @return a blocking finding per forged token the endpoint accepted */
  public static List<Finding> accepted(List<ForgedAttempt> attempts) {
    return attempts.stream().filter(a -> a.answer().isSuccessful())
        .map(a -> Finding.fail(a.answer().summary() + " with the real token altered (" + a.forgery().name()
            + "): expected 401, so the signature is not verified and anyone can forge tokens", a.forgery().fix()))
        .toList();
  }

  /**
   * @param attempts every forged token sent and its answer
   * @param anonymous the answer without any token
   * @return why the check cannot decide (for an ERROR): no forged token was accepted, but some got an answer that
   *     is neither accepted nor refused; empty otherwise
   */
  public static Optional<String> undecided(List<ForgedAttempt> attempts, HttpExchange anonymous) {
    if (attempts.stream().anyMatch(a -> a.answer().isSuccessful())) {
      return Optional.empty();
    }
    Map<Integer, List<ForgedAttempt>> byStatus = new LinkedHashMap<>();
    attempts.stream().filter(a -> verdict(a.answer(), anonymous) != Refusal.REFUSED)
        .forEach(a -> byStatus.computeIfAbsent(a.answer().status(), s -> new ArrayList<>()).add(a));
    if (byStatus.isEmpty()) {
      return Optional.empty();
    }
    String url = attempts.get(0).answer().request().method() + " " + attempts.get(0).answer().url();
    return Optional.of(byStatus.entrySet().stream()
        .map(e -> e.getKey() + " for " + e.getValue().size() + " of " + attempts.size() + " forged variants"
            + (e.getValue().size() == attempts.size() ? "" : " (" + e.getValue().stream()
                .map(a -> a.forgery().name()).collect(Collectors.joining(", ")) + ")")
            + Refusal.explain(e.getKey()))
        .collect(Collectors.joining("; ", url + " with a forged token -> ", "; expected 401 or 403 (rejected), so "
            + "the check cannot tell whether the stack verifies signatures or only failed to answer")));
  }
}
