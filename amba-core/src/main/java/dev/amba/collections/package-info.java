/**
 * Collections: typed tables defined per project, whose rows belong to end users.
 *
 * <p>Schemas are managed with the server key through {@link dev.amba.AmbaClient#collections()}.
 * Rows are read and written only for a user, through {@link dev.amba.AmbaUser#collection}, so a
 * query without a user scope does not compile:
 *
 * <pre>{@code
 * import static dev.amba.collections.Where.*;
 *
 * amba.collections().define(CollectionDefinition.of("posts",
 *     Column.of("title", ColumnType.TEXT), Column.optional("score", ColumnType.INTEGER)));
 *
 * UserCollection<Post> posts = amba.asUser(uid).collection("posts", Post.class);
 * posts.insert(new Post(null, "Hello", 100));
 * Page<Post> page = posts.find(Query.where(and(eq("status", "published"), gte("score", 100)))
 *     .orderBy("score", Direction.DESC).limit(50));
 * for (Post p : posts.findAll(Query.all())) { ... }   // every row, a page at a time
 * }</pre>
 *
 * <p>Names are checked before anything is sent: collection names match {@code [a-z][a-z0-9_]*}
 * (at most 50 characters, not reserved), columns {@code [a-zA-Z_][a-zA-Z0-9_]*} (at most 63).
 */
package dev.amba.collections;
