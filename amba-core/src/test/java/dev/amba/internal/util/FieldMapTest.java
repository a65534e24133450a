package dev.amba.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMapTest {

  @Test
  void keepsTheOrderFieldsWereFirstSetAndLeavesTheOriginalUnchanged() {
    FieldMap first = FieldMap.empty().with("b", 1).with("a", 2);
    FieldMap changed = first.with("b", 3);

    assertEquals(List.of("b", "a"), List.copyOf(changed.asMap().keySet()));
    assertEquals(3, changed.get("b"));
    assertEquals(1, first.get("b"));
    assertTrue(FieldMap.empty().isEmpty());
  }

  @Test
  void aNullValueIsAFieldSetToNullNotAFieldLeftOut() {
    FieldMap cleared = FieldMap.empty().with("ends_at", null);

    assertTrue(cleared.has("ends_at"));
    assertNull(cleared.get("ends_at"));
    assertFalse(cleared.without("ends_at").has("ends_at"));
    assertNotEquals(FieldMap.empty(), cleared);
  }

  @Test
  void comparesByContentAndCannotBeChangedThroughItsMap() {
    FieldMap a = FieldMap.empty().with("x", 1);
    FieldMap b = FieldMap.empty().with("x", 1);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertSame(a, a.without("missing"));
    assertThrows(UnsupportedOperationException.class, () -> a.asMap().put("y", 2));
    assertEquals("Object{x=1}", a.describe(new Object()));
    assertEquals(Map.of("x", 1), a.asMap());
  }
}
