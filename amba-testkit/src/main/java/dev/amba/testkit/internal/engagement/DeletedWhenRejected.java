package dev.amba.testkit.internal.engagement;

import dev.amba.testkit.internal.kit.Resource;
import dev.amba.testkit.internal.kit.Resource.Scope;
import dev.amba.testkit.internal.kit.Row;
import dev.amba.testkit.internal.store.Stores;
import java.sql.SQLException;

/**
 * The {@link ModeratedContent} of a type whose rejected items are deleted and whose approved ones
 * stay as they are (27.4: messages, feed items), kept as rows of one project resource.
 */
public final class DeletedWhenRejected implements ModeratedContent {

  private final String contentType;
  private final Resource rows;
  private final Stores stores;

  public DeletedWhenRejected(String contentType, Resource rows, Stores stores) {
    this.contentType = contentType;
    this.rows = rows;
    this.stores = stores;
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public void approved(String projectId, String contentId) {
    // An approved item stays as it is.
  }

  @Override
  public void rejected(String projectId, String contentId) throws SQLException {
    stores.db().transaction(c -> {
      for (Row item : rows.findById(c, Scope.project(projectId), contentId).stream().toList()) {
        rows.delete(c, item);
      }
      return null;
    });
  }
}
