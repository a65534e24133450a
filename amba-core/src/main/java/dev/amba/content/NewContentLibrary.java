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
   * A library with this name; its slug is derived from it unless {@link #slug} sets one.
   *
   * @param name 1..128 characters, not blank
   * @return the library, to refine with the other methods
   * @throws IllegalArgumentException when {@code name} is null, blank or too long
   */
  public static NewContentLibrary of(String name) {
    return new NewContentLibrary(FieldMap.empty().with("name", TextArguments.name(name)));
  }

  /**
   * The channel name and path value: {@code ^[a-z][a-z0-9_]*$}, 1..64 characters, unique in the project.
   *
   * @param slug 1 to 64 characters of a-z, 0-9 and _, starting with a letter
   * @return a copy of this library with the slug
   * @throws IllegalArgumentException when {@code slug} is null or not of that form
   */
  public NewContentLibrary slug(String slug) {
    return new NewContentLibrary(fields.with("slug", ContentArguments.slug(slug)));
  }

  /**
   * A description for the console.
   *
   * @param description at most 1024 characters
   * @return a copy of this library with the description
   * @throws IllegalArgumentException when {@code description} is null or too long
   */
  public NewContentLibrary description(String description) {
    return new NewContentLibrary(fields.with("description", TextArguments.description(description)));
  }

  /**
   * The app's own description of the items, kept and answered as given.
   *
   * @param schema JSON-compatible values
   * @return a copy of this library with the schema
   * @throws NullPointerException when {@code schema} is null
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
