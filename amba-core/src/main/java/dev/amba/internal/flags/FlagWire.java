package dev.amba.internal.flags;

import dev.amba.flags.Flag;
import dev.amba.flags.FlagAssignment;
import dev.amba.internal.util.JsonValues;
import jakarta.json.JsonValue;
import java.time.Instant;

/** Flags as they arrive (34.2); the payload is read as JSON and handed over as Java values. */
public final class FlagWire {

  private FlagWire() {}

  public record Row(String name, Boolean enabled, String variant, JsonValue payload, String description,
      Instant createdAt, Instant updatedAt) {

    FlagAssignment toAssignment() {
      return new FlagAssignment(name, Boolean.TRUE.equals(enabled), variant, JsonValues.toJava(payload));
    }

    Flag toFlag() {
      return new Flag(name, Boolean.TRUE.equals(enabled), variant, JsonValues.toJava(payload), description,
          createdAt, updatedAt);
    }
  }

  /** {@code {data: FlagAssignment}} or {@code {data: null}}. */
  public record Maybe(Row data) {}
}
