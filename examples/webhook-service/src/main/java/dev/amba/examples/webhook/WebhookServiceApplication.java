package dev.amba.examples.webhook;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every resource of the service, under {@code /api}. Resources are CDI beans found by scanning. */
@ApplicationPath("/api")
public class WebhookServiceApplication extends Application {}
