package dev.readiness.stacks.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The plain-HTTP listener: a second Tomcat connector on an ephemeral 127.0.0.1 port, and a filter ahead of every
 * other that answers each request on it with 301 to the same path on the HTTPS connector.
 */
@Configuration
class PlainHttpRedirect {

  private final AtomicInteger httpsPort = new AtomicInteger();

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainHttpConnector() {
    return factory -> {
      Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
      connector.setPort(0);
      connector.setProperty("address", "127.0.0.1");
      factory.addAdditionalTomcatConnectors(connector);
    };
  }

  @Bean
  ApplicationListener<ServletWebServerInitializedEvent> httpsPortListener() {
    return event -> httpsPort.set(event.getWebServer().getPort());
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> redirectToHttps() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.isSecure()) {
          chain.doFilter(request, response);
          return;
        }
        String query = request.getQueryString();
        response.setStatus(301);
        response.setHeader("Location", "https://127.0.0.1:" + httpsPort.get() + request.getRequestURI()
            + (query == null ? "" : "?" + query));
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
