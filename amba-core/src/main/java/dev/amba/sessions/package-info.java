/**
 * App sessions: a user's sessions of the app, named by the app's own session id, with start, end,
 * heartbeat and analytics (amba-api-modules.md 29).
 *
 * <p>Starting a session writes {@code session_started} into the user's event stream and ending it
 * {@code session_ended}, which streaks, XP rules and achievements can count like tracked events.
 *
 * <pre>{@code
 * UserSessions sessions = amba.asUser(uid).sessions();
 * sessions.start(NewSession.of(sessionId).platform("ios").appVersion("2.4.0"));
 * sessions.heartbeat(sessionId);
 * AppSession ended = sessions.end(sessionId);           // durationSeconds from start to now
 * SessionAnalytics week = amba.sessions().analytics(SessionPeriod.DAYS_7);
 * }</pre>
 */
package dev.amba.sessions;
