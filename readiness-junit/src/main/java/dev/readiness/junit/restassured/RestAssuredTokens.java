package dev.readiness.junit.restassured;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.IssuedTokens;
import dev.readiness.auth.TokenSource;
import io.restassured.http.Cookie;
import io.restassured.specification.QueryableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.SpecificationQuerier;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A {@link TokenSource} read from a REST Assured {@link RequestSpecification} the team already uses for its API
 * tests: its {@code Authorization: Bearer} header, else its first cookie. The specification is only read through
 * {@link SpecificationQuerier}; REST Assured's global settings are never touched. Put it into the run with
 * {@code session.shared().computeIfAbsent(TokenSource.SHARED_KEY, TokenSource.class, () ->
 * RestAssuredTokens.from(spec))} from a {@code @BeforeEach} method taking the {@code TargetSession}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RestAssuredTokens {

  private static final String BEARER = "bearer ";

  private RestAssuredTokens() {}

  /**
   * @param specification a specification carrying the credentials
   * @return a token source yielding the specification's bearer token or cookie
   * @throws IllegalArgumentException when the specification carries neither, naming what was looked for
   */
  public static TokenSource from(RequestSpecification specification) {
    QueryableRequestSpecification query = SpecificationQuerier.query(specification);
    String authorization = query.getHeaders().getValue("Authorization");
    if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
        && authorization.length() > BEARER.length()) {
      IssuedTokens tokens = new IssuedTokens(authorization.substring(BEARER.length()).trim(), Optional.empty(),
          Optional.empty(), Optional.empty());
      return () -> tokens;
    }
    for (Cookie cookie : query.getCookies()) {
      if (cookie.getValue() != null && !cookie.getValue().isBlank()) {
        IssuedTokens tokens = new IssuedTokens(cookie.getValue(), Optional.empty(), Optional.of(cookie.getName()),
            Optional.empty());
        return () -> tokens;
      }
    }
    throw new IllegalArgumentException("the RequestSpecification carries no Authorization: Bearer header and no "
        + "cookie, so it holds no token to reuse");
  }
}
