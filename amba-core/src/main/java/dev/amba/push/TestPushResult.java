package dev.amba.push;

/**
 * @param sent how many devices the test push went to
 * @param message the server's summary
 */
public record TestPushResult(int sent, String message) {}
