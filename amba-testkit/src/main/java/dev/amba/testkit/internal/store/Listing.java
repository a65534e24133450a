package dev.amba.testkit.internal.store;

import java.util.List;

/** One page of an offset-paged list and the size of the whole list. */
public record Listing<T>(List<T> items, long total) {}
