package dev.readiness.stacks.spring;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Security: stateless, {@code /api/rooms} and {@code /api/files} need a bearer token (401 otherwise), the
 * default security headers (HSTS a year with subdomains, nosniff, {@code X-Frame-Options: DENY}) plus
 * {@code Content-Security-Policy} and {@code Referrer-Policy}, and CORS for the configured origin only.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, Tokens tokens, StackFaults faults) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .cors(Customizer.withDefaults())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a.requestMatchers("/api/rooms", "/api/files").authenticated()
            .anyRequest().permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .headers(h -> {
          h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"));
          h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
          if (faults.has("hsts-missing")) {
            h.httpStrictTransportSecurity(hsts -> hsts.disable());
          } else {
            h.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                .maxAgeInSeconds(faults.has("hsts-short") ? 86400 : 31536000));
          }
        })
        .addFilterBefore(new LimitFilter(faults), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  CorsConfigurationSource corsConfigurationSource(StackFaults faults,
      @org.springframework.beans.factory.annotation.Value("${stack.allowed-origin}") String allowedOrigin) {
    CorsConfiguration cors = new CorsConfiguration();
    if (faults.has("cors-reflect")) {
      cors.setAllowedOriginPatterns(List.of("*"));
    } else {
      cors.setAllowedOrigins(List.of(allowedOrigin));
    }
    cors.setAllowCredentials(true);
    cors.setAllowedMethods(List.of("GET", "POST"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return source;
  }
}
