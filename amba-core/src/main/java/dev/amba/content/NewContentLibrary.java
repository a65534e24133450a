package dev.amba.content;

import dev.amba.internal.WireForms;
import dev.amba.internal.content.ContentArguments;
import dev.amba.internal.util.FieldMap;
import dev.amba.internal.util.TextArguments;
import java.util.Map;

/**
 * A library to create. Without a slug the service derives one from the name ({@code "Daily Tips"}
 * becomes {@code daily_tips}). Immutable: each method returns a new value.
 */
public final class NewContentLibrary {

  static {
    WireForms.register(NewContentLibrary.class, v -> v.fields.asMap());
  }

  private final FieldMap fields;

  private NewContentLibrary(FieldMap fields) {
    this.fields = fields;
  }

  /**
   * A library with this name, its slug derived from it.
   *
   * @param name 1..128 characters, not blank
   * @return the new library
   * @throws IllegalArgumentException for a null, blank or over-long name
   */
  public static NewContentLibrary of(String name) {
    return new NewContentLibrary(FieldMap.empty().with("name", TextArguments.name(name)));
  }

  /**
   * The channel name and path value, unique in the project.
   *
   * @param slug {@code ^[a-z][a-z0-9_]*$}, 1..64 characters
   * @return a copy with this slug
   * @throws IllegalArgumentException for a slug of another form
   */
  public NewContentLibrary slug(String slug) {
    return new NewContentLibrary(fields.with("slug", ContentArguments.slug(slug)));
  }

  /**
   * What the library holds, for the console.
   *
   * @param description at most 1024 characters (empty allowed)
   * @return a copy with this description
   * @throws IllegalArgumentException for a null or over-long description
   */
  public NewContentLibrary description(String description) {
    return new NewContentLibrary(fields.with("description", TextArguments.description(description)));
  }

  /**
   * The app's own description of the items, kept and answered as given.
   *
   * @param schema a JSON object: JSON-compatible values with string keys; deep-copied
   * @return a copy with this schema
   * @throws NullPointerException if {@code schema} is null
   * @throws IllegalArgumentException naming the first value JSON cannot carry
   */
  public NewContentLibrary contentSchema(Map<String, ?> schema) {
    return new NewContentLibrary(fields.with("content_schema", ContentArguments.object(schema, "contentSchema")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewContentLibrary other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.describe(this);
  }
}
