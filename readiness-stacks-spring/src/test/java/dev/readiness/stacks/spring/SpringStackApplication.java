package dev.readiness.stacks.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * A Spring Boot 3 + Spring Security API hardened as the seed reports ask, in the shape of the other stacks of
 * readiness-stacks (docs/stacks.md): Spring Security's default headers plus a CSP and a Referrer-Policy, an exact
 * CORS list, stateless HS256 tokens of 10 minutes with rotating refresh tokens, a login limiter of 10 failed logins
 * a minute and an API limiter of 100 requests a minute (429 with {@code Retry-After}), PNG/JPEG uploads of at most
 * 65536 bytes (413 above), errors without stack traces, and a plain-HTTP connector that redirects to HTTPS. The
 * property {@code stack.faults} seeds faults by their {@code Fault} key.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class SpringStackApplication {}
