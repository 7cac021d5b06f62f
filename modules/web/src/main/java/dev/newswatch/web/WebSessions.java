package dev.newswatch.web;

import dev.newswatch.alerts.subscriptions.OwnerAuth;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in browsers: server-side sessions keyed by a random 256-bit id (the cookie), each holding the
 * token it signed in with, the caller it stands for and its CSRF token. Bounded ({@link WebSettings#maxSessions()},
 * least recently used evicted), ending after {@link WebSettings#sessionIdle()} unused or
 * {@link WebSettings#sessionMax()} after sign-in, and on sign-out. Memory only: a restart signs everyone out.
 * Session ids are stored as their SHA-256, so a heap dump does not hand out live cookies.
 */
public final class WebSessions {

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One session.
   *
   * @param token   the owner's API token it signed in with (presented to the API on its behalf; never shown)
   * @param caller  who it is
   * @param csrf    the token every unsafe request of this session must carry
   * @param created sign-in time
   */
  public record Session(String token, OwnerAuth.Caller caller, String csrf, Instant created) {
    @Override
    public String toString() {
      return "Session[" + caller.owner() + "]";
    }
  }

  private static final class Held {
    final Session session;
    Instant lastUsed;

    Held(Session session, Instant lastUsed) {
      this.session = session;
      this.lastUsed = lastUsed;
    }
  }

  private final WebSettings settings;
  private final Clock clock;
  private final LinkedHashMap<String, Held> sessions;

  public WebSessions(WebSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
        return size() > settings.maxSessions();
      }
    };
  }

  /** A new session for {@code caller}; returns the cookie value. */
  public synchronized String create(String token, OwnerAuth.Caller caller) {
    String id = random();
    sessions.put(key(id), new Held(new Session(token, caller, random(), clock.instant()), clock.instant()));
    return id;
  }

  /** The live session of cookie value {@code id}, marked used now; empty when unknown or expired. */
  public synchronized Optional<Session> find(String id) {
    if (id == null || id.length() != 43) {
      return Optional.empty();
    }
    String key = key(id);
    Held held = sessions.get(key);
    if (held == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!now.isBefore(held.lastUsed.plus(settings.sessionIdle()))
        || !now.isBefore(held.session.created().plus(settings.sessionMax()))) {
      sessions.remove(key);
      return Optional.empty();
    }
    held.lastUsed = now;
    return Optional.of(held.session);
  }

  /** Ends the session of cookie value {@code id}. */
  public synchronized void end(String id) {
    if (id != null) {
      sessions.remove(key(id));
    }
  }

  /** Sessions held now (expired ones not yet looked up included). */
  public synchronized int size() {
    return sessions.size();
  }

  /** True when {@code given} is the session's CSRF token; compared in constant time. */
  public static boolean csrfMatches(Session session, String given) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        session.csrf().getBytes(StandardCharsets.UTF_8));
  }

  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String key(String id) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
