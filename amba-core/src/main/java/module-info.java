/** The Amba client: configuration, transport and every namespace. */
module dev.amba.core {
  requires transitive java.net.http;
  requires jakarta.json.bind;
  requires jakarta.json;

  exports dev.amba;
  exports dev.amba.auth;
  exports dev.amba.events;
  exports dev.amba.users;

  // JSON-B builds the SDK's response records reflectively; nothing else may reach in.
  opens dev.amba.auth to org.eclipse.yasson;
  opens dev.amba.events to org.eclipse.yasson;
  opens dev.amba.users to org.eclipse.yasson;
  opens dev.amba.internal to org.eclipse.yasson;
}
