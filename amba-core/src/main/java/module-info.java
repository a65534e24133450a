/** The Amba client: configuration, transport and every namespace. */
module dev.amba.core {
  requires transitive java.net.http;
  requires jakarta.json.bind;
  requires jakarta.json;

  exports dev.amba;
  exports dev.amba.achievements;
  exports dev.amba.ai;
  exports dev.amba.auth;
  exports dev.amba.catalog;
  exports dev.amba.challenges;
  exports dev.amba.collections;
  exports dev.amba.config;
  exports dev.amba.currencies;
  exports dev.amba.entitlements;
  exports dev.amba.events;
  exports dev.amba.inventory;
  exports dev.amba.feeds;
  exports dev.amba.flags;
  exports dev.amba.friends;
  exports dev.amba.groups;
  exports dev.amba.leaderboards;
  exports dev.amba.leagues;
  exports dev.amba.push;
  exports dev.amba.referrals;
  exports dev.amba.segments;
  exports dev.amba.storage;
  exports dev.amba.stores;
  exports dev.amba.streaks;
  exports dev.amba.users;
  exports dev.amba.xp;
  // The endpoint table, so the emulator serves exactly what the SDK sends.
  exports dev.amba.internal.endpoint to dev.amba.testkit;

  // JSON-B builds the SDK's response records reflectively, through their fields (ModuleOpensTest
  // checks every package that declares one is here); nothing else may reach in.
  opens dev.amba to org.eclipse.yasson;
  opens dev.amba.achievements to org.eclipse.yasson;
  opens dev.amba.ai to org.eclipse.yasson;
  opens dev.amba.auth to org.eclipse.yasson;
  opens dev.amba.catalog to org.eclipse.yasson;
  opens dev.amba.challenges to org.eclipse.yasson;
  opens dev.amba.collections to org.eclipse.yasson;
  opens dev.amba.config to org.eclipse.yasson;
  opens dev.amba.currencies to org.eclipse.yasson;
  opens dev.amba.entitlements to org.eclipse.yasson;
  opens dev.amba.events to org.eclipse.yasson;
  opens dev.amba.inventory to org.eclipse.yasson;
  opens dev.amba.feeds to org.eclipse.yasson;
  opens dev.amba.flags to org.eclipse.yasson;
  opens dev.amba.friends to org.eclipse.yasson;
  opens dev.amba.groups to org.eclipse.yasson;
  opens dev.amba.leaderboards to org.eclipse.yasson;
  opens dev.amba.leagues to org.eclipse.yasson;
  opens dev.amba.push to org.eclipse.yasson;
  opens dev.amba.referrals to org.eclipse.yasson;
  opens dev.amba.segments to org.eclipse.yasson;
  opens dev.amba.storage to org.eclipse.yasson;
  opens dev.amba.stores to org.eclipse.yasson;
  opens dev.amba.streaks to org.eclipse.yasson;
  opens dev.amba.users to org.eclipse.yasson;
  opens dev.amba.xp to org.eclipse.yasson;
  // Internal wire shapes too (the answer envelopes; an area that reads answers into its own types first).
  opens dev.amba.internal to org.eclipse.yasson;
  opens dev.amba.internal.achievements to org.eclipse.yasson;
  opens dev.amba.internal.catalog to org.eclipse.yasson;
  opens dev.amba.internal.challenges to org.eclipse.yasson;
  opens dev.amba.internal.collections to org.eclipse.yasson;
  opens dev.amba.internal.config to org.eclipse.yasson;
  opens dev.amba.internal.currencies to org.eclipse.yasson;
  opens dev.amba.internal.events to org.eclipse.yasson;
  opens dev.amba.internal.inventory to org.eclipse.yasson;
  opens dev.amba.internal.feeds to org.eclipse.yasson;
  opens dev.amba.internal.flags to org.eclipse.yasson;
  opens dev.amba.internal.friends to org.eclipse.yasson;
  opens dev.amba.internal.groups to org.eclipse.yasson;
  opens dev.amba.internal.leaderboards to org.eclipse.yasson;
  opens dev.amba.internal.leagues to org.eclipse.yasson;
  opens dev.amba.internal.push to org.eclipse.yasson;
  opens dev.amba.internal.referrals to org.eclipse.yasson;
  opens dev.amba.internal.segments to org.eclipse.yasson;
  opens dev.amba.internal.storage to org.eclipse.yasson;
  opens dev.amba.internal.stores to org.eclipse.yasson;
  opens dev.amba.internal.streaks to org.eclipse.yasson;
  opens dev.amba.internal.xp to org.eclipse.yasson;
}
