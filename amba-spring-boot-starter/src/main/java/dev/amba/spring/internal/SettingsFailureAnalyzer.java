package dev.amba.spring.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a bad Amba setting into Spring Boot's "APPLICATION FAILED TO START" report, so the first
 * thing a developer reads is the key to set rather than a chain of bean creation exceptions.
 */
public final class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<ClientSettings.InvalidSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ClientSettings.InvalidSettingsException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the keys named above: in application.properties or application.yml (amba.project-id=...), or as"
            + " environment variables (AMBA_PROJECT_ID=...). Keys under amba.clients.<name> configure a named client.",
        cause);
  }
}
