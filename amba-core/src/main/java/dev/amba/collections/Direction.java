package dev.amba.collections;

/** The direction of one {@link Query#orderBy} column. */
public enum Direction {
  /** Smallest first; NULLs last. */
  ASC,
  /** Largest first; NULLs first. */
  DESC
}
