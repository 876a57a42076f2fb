package dev.readiness.stacks.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The stack's two limiters, per client address, answering 429 with {@code Retry-After} and a JSON error: failed
 * logins on {@code POST /api/auth/login} (10 a minute, only 401 answers count; off with the {@code login-unlimited}
 * fault) and every request to {@code /api/rooms} (100 a minute).
 */
final class LimitFilter extends OncePerRequestFilter {

  private final WindowLimiter logins = new WindowLimiter(10, Duration.ofMinutes(1));
  private final WindowLimiter api = new WindowLimiter(100, Duration.ofMinutes(1));
  private final boolean loginLimited;

  LimitFilter(StackFaults faults) {
    this.loginLimited = !faults.has("login-unlimited");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    String path = request.getRequestURI();
    boolean login = loginLimited && "POST".equals(request.getMethod()) && "/api/auth/login".equals(path);
    WindowLimiter limiter = login ? logins : "/api/rooms".equals(path) ? api : null;
    if (limiter == null) {
      chain.doFilter(request, response);
      return;
    }
    long wait = limiter.retryAfter(client);
    if (wait > 0) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(wait));
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"too many requests\"}");
      return;
    }
    if (!login) {
      limiter.record(client);
    }
    chain.doFilter(request, response);
    if (login && response.getStatus() == 401) {
      limiter.record(client);
    }
  }
}
