/**
 * CDI integration for Amba. Adding {@code amba-cdi} to a CDI application (Jakarta EE server, Weld
 * SE, Weld Servlet, Quarkus) makes {@code @Inject AmbaClient amba} work, with no {@code beans.xml}
 * and no producer of the application's own: a CDI Lite build-compatible extension ({@link
 * dev.amba.cdi.AmbaExtension}) registers one {@code @ApplicationScoped} client, built from
 * MicroProfile Config, told of the application's {@code AmbaListener} beans, and closed when the
 * container shuts down.
 *
 * <table>
 *   <caption>MicroProfile Config keys (environment variables follow MicroProfile's mapping)</caption>
 *   <tr><th>key</th><th>environment</th><th></th></tr>
 *   <tr><td>{@code amba.project-id}</td><td>{@code AMBA_PROJECT_ID}</td><td>required</td></tr>
 *   <tr><td>{@code amba.client-key}</td><td>{@code AMBA_CLIENT_KEY}</td><td>required</td></tr>
 *   <tr><td>{@code amba.server-key}</td><td>{@code AMBA_SERVER_KEY}</td><td>for {@code asUser} and admin calls</td></tr>
 *   <tr><td>{@code amba.pat}</td><td>{@code AMBA_PAT}</td><td>the developer PAT, for the email and experiments admin calls</td></tr>
 *   <tr><td>{@code amba.api-url}</td><td>{@code AMBA_API_URL}</td><td>default {@code https://api.amba.dev}</td></tr>
 *   <tr><td>{@code amba.connect-timeout}</td><td>{@code AMBA_CONNECT_TIMEOUT}</td><td>{@code 10s}, {@code 500ms}, {@code PT10S}</td></tr>
 *   <tr><td>{@code amba.request-timeout}</td><td>{@code AMBA_REQUEST_TIMEOUT}</td><td>per attempt</td></tr>
 *   <tr><td>{@code amba.clients.<name>.*}</td><td>{@code AMBA_CLIENTS_<NAME>_*}</td><td>the same keys for the client {@link dev.amba.cdi.AmbaClientName @AmbaClientName("&lt;name&gt;")}</td></tr>
 *   <tr><td>{@code amba.clients}</td><td>{@code AMBA_CLIENTS}</td><td>names of clients to create even when no injection point names them</td></tr>
 * </table>
 *
 * <p>A missing or invalid setting of a client the application injects stops the application when
 * the container starts, with a message that names the key. An application that produces its own {@code @Default AmbaClient}
 * keeps it: the extension then registers none.
 */
package dev.amba.cdi;
