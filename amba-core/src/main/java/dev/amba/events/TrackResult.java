package dev.amba.events;

/** @param tracked how many events the server accepted (an already-seen event id counts, once stored) */
public record TrackResult(int tracked) {}
