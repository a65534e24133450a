package dev.amba.spring.app;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.servlet.AmbaFilter;
import dev.amba.servlet.AmbaRequests;
import dev.amba.spring.AmbaClientName;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class AmbaController {

  private final AmbaClient amba;
  private final AmbaClient acme;

  AmbaController(AmbaClient amba, @AmbaClientName("acme") AmbaClient acme) {
    this.amba = amba;
    this.acme = acme;
  }

  @GetMapping("/project")
  Map<String, Object> project(HttpServletRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sameClient", AmbaRequests.client(request) == amba);
    out.put("serverProjectId", amba.diagnostics().ping().serverProjectId());
    out.put("acmeProjectId", acme.diagnostics().ping().serverProjectId());
    return out;
  }

  @GetMapping("/whoami")
  Map<String, Object> whoami(HttpServletRequest request) {
    return Map.of("uid", AmbaRequests.user(request).map(AmbaUser::uid).orElse("anonymous"));
  }

  @GetMapping("/me")
  Map<String, Object> me(HttpServletRequest request) {
    AmbaUser user = AmbaRequests.user(request).orElseThrow();
    user.events().track("profile_viewed", Map.of());
    return Map.of("uid", user.uid());
  }

  /** The client is read from the request and used on Spring MVC's async thread, not the servlet's. */
  @GetMapping("/async")
  Callable<Map<String, Object>> async(HttpServletRequest request) {
    String servletThread = Thread.currentThread().getName();
    return () -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("otherThread", !Thread.currentThread().getName().equals(servletThread));
      out.put("serverProjectId", AmbaRequests.client(request).diagnostics().ping().serverProjectId());
      return out;
    };
  }

  @GetMapping("/after-async")
  Map<String, Object> afterAsync(HttpServletRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dispatcherType", request.getDispatcherType().name());
    out.put("hasClient", request.getAttribute(AmbaFilter.CLIENT_ATTRIBUTE) != null);
    out.put("serverProjectId", AmbaRequests.client(request).diagnostics().ping().serverProjectId());
    return out;
  }
}
