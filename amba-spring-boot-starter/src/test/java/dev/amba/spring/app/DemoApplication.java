package dev.amba.spring.app;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A servlet application as a user would write it: the starter on the class path, Spring Security
 * with HTTP Basic in front, a controller using the injected client and the filter's attributes.
 */
@SpringBootApplication
public class DemoApplication {

  /** Everyone's password; the user name is the caller's Amba uid. */
  public static final String PASSWORD = "pw";

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a.requestMatchers("/api/me").authenticated().anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  UserDetailsService users() {
    return name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
  }

  /**
   * A plain async servlet outside the filter's patterns (/api/*) that dispatches into them: the
   * filter only sees the request on the ASYNC dispatch.
   */
  @Bean
  ServletRegistrationBean<HttpServlet> rawAsync() {
    HttpServlet servlet = new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        AsyncContext async = request.startAsync();
        async.dispatch("/api/after-async");
      }
    };
    ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(servlet, "/raw/start-async");
    registration.setAsyncSupported(true);
    return registration;
  }
}
