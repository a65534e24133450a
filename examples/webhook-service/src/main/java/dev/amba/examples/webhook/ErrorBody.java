package dev.amba.examples.webhook;

/** Every error this service answers with. */
public record ErrorBody(String error, String message) {}
