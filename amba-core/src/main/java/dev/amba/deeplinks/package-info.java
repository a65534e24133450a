/**
 * Deep links: tracked links that users resolve by slug and click (each click counted, by user and
 * platform), and the project's link settings (URL scheme, universal-link domain, app ids, fallback).
 *
 * <p>Admins manage links and settings through {@link dev.amba.AmbaClient#deepLinks()}; a user's app
 * resolves and clicks links, reads the public settings and makes its own links through
 * {@link dev.amba.AmbaUser#deepLinks()}. Links are the project's: any user resolves any link, but only
 * its maker and admins see who made it and how often it was clicked.
 *
 * <pre>{@code
 * amba.deepLinks().create(NewTrackedLink.to("https://example.com/sale").slug("sale"));
 * ResolvedLink link = amba.asUser(uid).deepLinks().resolve("sale");
 * amba.asUser(uid).deepLinks().click(link.id(), "android");
 * }</pre>
 */
package dev.amba.deeplinks;
